import { XMLParser } from 'fast-xml-parser';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The package as `npm pack` makes it, installed with `npm install -g` into a folder of its own
// (outside the repository, so nothing resolves to the repository's node_modules): every command
// runs from the bundle, without tsx, TypeScript or any other development dependency.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEMO = join(ROOT, 'corpus', 'demo');
const SORANI = join(DEMO, 'kadhimi-washington.ckb.txt');
const ENGLISH = join(DEMO, 'kadhimi-washington.en.txt');
const STARTER_GLOSSARY = join(ROOT, 'corpus', 'glossary', 'political.ckb-en.tbx');
const DOCX = join(ROOT, 'tests', 'fixtures', 'kadhimi-visit.docx');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let prefix = '';
let installed = '';

/** The installed `pird`, run with a data directory; never throws. */
function pird(dataDir: string | undefined, args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(prefix, 'bin', 'pird'), [...(dataDir ? ['--data-dir', dataDir] : []), ...args], { encoding: 'utf8', cwd: tmpdir() });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the npm package', () => {
  beforeAll(() => {
    const work = mkdtempSync(join(tmpdir(), 'pird-package-'));
    // prepack builds dist/cli first.
    const packed = execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop() ?? '';
    prefix = join(work, 'prefix');
    execFileSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', join(work, packed)], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
    installed = join(prefix, 'lib', 'node_modules', 'pird');
  }, 600_000);

  it('holds the bundle, the demo and the lexicon, and installs no development dependency', () => {
    expect(existsSync(join(installed, 'dist', 'cli', 'pird.mjs'))).toBe(true);
    expect(existsSync(join(installed, 'electron'))).toBe(false);
    for (const file of ['demo/kadhimi-washington.ckb.txt', 'lexicon/ckb-en.tsv', 'glossary/political.ckb-en.tbx']) expect(existsSync(join(installed, 'corpus', file))).toBe(true);
    const modules = readdirSync(join(installed, 'node_modules'));
    for (const dev of ['tsx', 'typescript', 'esbuild', 'vite', 'vitest', 'react', 'monaco-editor', 'electron']) expect(modules).not.toContain(dev);
    expect(modules).toContain('better-sqlite3');
  });

  it('answers --version, segments, normalizes, stems, finds terms and aligns files', () => {
    expect(pird(undefined, ['--version']).stdout.trim()).toBe(VERSION);
    const segmented = pird(undefined, ['segment', SORANI]);
    expect(segmented.code).toBe(0);
    expect(segmented.stdout.trim().split('\n').length).toBe(31);
    const dir = mkdtempSync(join(tmpdir(), 'pird-package-text-'));
    writeFileSync(join(dir, 'typed.txt'), 'ئێمه\n');
    expect(pird(undefined, ['normalize', join(dir, 'typed.txt')]).stdout).toBe('ئێمە\n');
    expect(pird(undefined, ['stem', 'دانوستاندنەکانە']).stdout).toMatch(/^دانوستاندنەکانە\tدانوستاندن /u);
    const terms = JSON.parse(pird(undefined, ['terms', SORANI, '--glossary', STARTER_GLOSSARY, '--json']).stdout) as { hits: Array<{ term: string; target: string }> };
    expect(terms.hits).toContainEqual(expect.objectContaining({ term: 'کازمی', target: 'Kadhimi' }));
    const aligned = JSON.parse(pird(undefined, ['align', SORANI, ENGLISH, '--json']).stdout) as { links: Array<{ source: number[]; target: number[] }> };
    expect(aligned.links.length).toBe(31);
    expect(aligned.links.every((link, k) => link.source.join() === String(k) && link.target.join() === String(k))).toBe(true);
    // Many pairs in the bundle's worker threads.
    writeFileSync(join(dir, 'pairs.tsv'), `${SORANI}\t${ENGLISH}\tfirst\n${SORANI}\t${ENGLISH}\tsecond\n`);
    const batch = pird(undefined, ['align', '--manifest', join(dir, 'pairs.tsv'), '--out', join(dir, 'out'), '--jobs', '2']);
    expect(batch.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'summary.tsv'), 'utf8')).toMatch(/^second\taligned\t31\t31\t31\t/mu);
    expect(new XMLParser({ isArray: (name) => name === 'tu' }).parse(readFileSync(join(dir, 'out', 'first.tmx'), 'utf8')).tmx.body.tu).toHaveLength(31);
  }, 120_000);

  it('imports a text and a DOCX with their translations, checks, exports and keeps a memory', () => {
    const data = mkdtempSync(join(tmpdir(), 'pird-package-data-'));
    expect(pird(data, ['import', 'news', SORANI, ENGLISH]).stdout).toMatch(/^31 units in 1 document\(s\) imported as txt into project \S+ \(news\)/u);
    // DOCX text is read in a worker thread: the bundle's worker file must be where the bundle starts it.
    expect(pird(data, ['import', 'news', DOCX, ENGLISH]).stdout).toMatch(/^31 units in 1 document\(s\) imported as docx/u);
    const listed = JSON.parse(pird(data, ['projects', '--json']).stdout) as { projects: Array<{ name: string; documents: Array<{ id: string; units: number }> }> };
    const news = listed.projects.find((project) => project.name === 'news');
    expect(news?.documents.map((document) => document.units)).toEqual([31, 31]);
    const shown = pird(data, ['show', news?.documents[0]?.id ?? '']);
    expect(shown.stdout.trim().split('\n').length).toBe(31);
    const qa = pird(data, ['qa', 'news', '--json']);
    expect(JSON.parse(qa.stdout)).toHaveProperty('issues');
    const tmx = join(data, 'news.tmx');
    const exported = pird(data, ['export', 'news', '--format', 'tmx', '--out', tmx]);
    const written = /^(\d+) pairs written/mu.exec(exported.stdout)?.[1] ?? '';
    // The text's 31 pairs, and what of the DOCX (another version of the article) paired with that translation.
    expect(Number(written)).toBeGreaterThan(31);
    const units = new XMLParser({ isArray: (name) => name === 'tu' }).parse(readFileSync(tmx, 'utf8')).tmx.body.tu as unknown[];
    expect(units.length).toBe(Number(written));
    const memoryFile = join(data, 'memory.tmx');
    expect(pird(data, ['tm', 'export', 'news', '--out', memoryFile]).code).toBe(0);
    expect(pird(data, ['tm', 'import', 'archive', memoryFile]).stdout).toMatch(/units imported as memory "archive"/u);
    expect(pird(data, ['tm', 'list']).stdout).toContain('archive');
    const firstSentence = readFileSync(SORANI, 'utf8').split(/(?<=\.)\s/u)[0] ?? '';
    const lookup = JSON.parse(pird(data, ['tm', 'lookup', 'news', firstSentence, '--json']).stdout) as { matches: Array<{ score: number }> };
    expect(lookup.matches[0]?.score).toBeGreaterThanOrEqual(100);
    const concordance = JSON.parse(pird(data, ['concordance', 'کازمی', '--json']).stdout) as { hits: unknown[] };
    expect(concordance.hits.length).toBeGreaterThan(0);
    const analysis = JSON.parse(pird(data, ['analyze', 'news', '--json']).stdout) as { documents: unknown[] };
    expect(analysis.documents.length).toBe(2);
    expect(pird(data, ['pretranslate', 'news']).code).toBe(0);
  }, 120_000);
});
