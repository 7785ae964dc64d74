import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleCase, beadF1 } from '../../bench/align-data';
import { createPirdService } from '../../electron/service/pird-service';
import { GARDEN } from '../shared/align/word-pairs-fixture';
import { confirmedProject } from './helpers/word-pairs';

const PIRD = fileURLToPath(new URL('../../bin/pird.mjs', import.meta.url));
const SEED = fileURLToPath(new URL('../../corpus/demo/kadhimi-washington.ckb.txt', import.meta.url));
const TRANSLATION = fileURLToPath(new URL('../../corpus/demo/kadhimi-washington.en.txt', import.meta.url));
const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const STARTER = fileURLToPath(new URL('../../corpus/glossary/political.ckb-en.tbx', import.meta.url));

function pird(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [PIRD, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pird-align-')), name);
  writeFileSync(path, content);
  return path;
}

interface Link { source: number[]; target: number[]; score: number }

describe('pird align', () => {
  it('prints {"links":[...]} covering every sentence of both sides once, in order, for the article and a publisher-style translation', () => {
    const gold = articleCase();
    const target = tempFile('article.en.txt', gold.target.join(' '));
    const { code, stdout } = pird(['align', SEED, target, '--glossary', STARTER, '--json']);
    expect(code).toBe(0);
    const { links } = JSON.parse(stdout) as { links: Link[] };
    expect(Object.keys(links[0] ?? {})).toEqual(['source', 'target', 'score']);
    expect(links.flatMap((l) => l.source)).toEqual(gold.source.map((_, i) => i));
    expect(links.flatMap((l) => l.target)).toEqual(gold.target.map((_, i) => i));
    expect(beadF1(links, gold.gold).f1).toBeGreaterThanOrEqual(0.95);
  });

  it('reads one sentence per line with --presegmented, line i being sentence i', () => {
    const source = tempFile('s.txt', 'کازمی لە ٢٠ی ئەم مانگەدا دەفڕێت بۆ واشنتن.\n\nهیچ شتێک نەگۆڕا.\n');
    const target = tempFile('t.txt', 'On the 20th Kadhimi flies to Washington. He is expected there.\nNothing changed.\n');
    const { code, stdout } = pird(['align', source, target, '--presegmented', '--json']);
    expect(code).toBe(0);
    const { links } = JSON.parse(stdout) as { links: Link[] };
    expect(links.map((l) => [l.source, l.target])).toEqual([[[0], [0]], [[1], []], [[2], [1]]]);
  });

  it('prints tab-separated links by default and a TMX 1.4 document with --tmx', () => {
    const tsv = pird(['align', SEED, TRANSLATION]);
    expect(tsv.code).toBe(0);
    const rows = tsv.stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(rows).toHaveLength(31);
    expect(rows.every((row) => row.length === 3 && Number(row[0]) >= 0 && Number(row[0]) <= 1)).toBe(true);

    const tmx = pird(['align', SEED, TRANSLATION, '--tmx']);
    expect(tmx.code).toBe(0);
    expect(XMLValidator.validate(tmx.stdout)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(tmx.stdout) as {
      tmx: { version: string; header: Record<string, string>; body: { tu: Array<{ tuv: Array<{ 'xml:lang': string; seg: string }> }> } };
    };
    expect(parsed.tmx.version).toBe('1.4');
    expect(parsed.tmx.header).toMatchObject({ creationtool: 'Pird', segtype: 'sentence', srclang: 'ckb', 'o-tmf': 'Pird', adminlang: 'en', datatype: 'plaintext' });
    expect(parsed.tmx.header['creationdate']).toMatch(/^\d{8}T\d{6}Z$/u);
    expect(parsed.tmx.body.tu).toHaveLength(31);
    expect(parsed.tmx.body.tu[0]?.tuv.map((t) => t['xml:lang'])).toEqual(['ckb', 'en']);
  });

  it('aligns an empty side as all insertions, and refuses binary input and two formats with clear errors', () => {
    const empty = tempFile('empty.txt', '');
    const result = pird(['align', empty, TRANSLATION, '--json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { links: Link[] }).links.every((l) => l.source.length === 0 && l.target.length === 1)).toBe(true);

    const binary = tempFile('binary.dat', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
    const refused = pird(['align', binary, TRANSLATION]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/binary\.dat: not valid UTF-8/u);

    const twice = pird(['align', SEED, TRANSLATION, '--json', '--tmx']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/one of --json, --tsv and --tmx/u);
  });

  it('uses the word pairs learned from a project\'s confirmed units with --lexicon-from, also for a manifest', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-lexicon-from-'));
    const service = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
    await confirmedProject(service);
    await service.flush();
    const source = tempFile('garden.ckb.txt', GARDEN.source.join('\n'));
    const target = join(dirname(source), 'garden.en.txt');
    writeFileSync(target, GARDEN.target.join('\n'));
    const linksOf = (stdout: string) => (JSON.parse(stdout) as { links: Link[] }).links.map(({ source: s, target: t }) => ({ source: s, target: t }));
    const rightLinks = [{ source: [0], target: [0] }, { source: [1], target: [1] }, { source: [2], target: [] }, { source: [3], target: [2] }];

    const plain = pird(['--data-dir', dataDir, 'align', source, target, '--presegmented', '--json']);
    expect(plain.code).toBe(0);
    expect(linksOf(plain.stdout)).not.toEqual(rightLinks);
    const learned = pird(['--data-dir', dataDir, 'align', source, target, '--presegmented', '--json', '--lexicon-from', 'Nature']);
    expect(learned.code).toBe(0);
    expect(learned.stderr).toMatch(/^pird: \d+ word pair\(s\) learned from 6 confirmed unit\(s\) of Nature\n$/u);
    expect(linksOf(learned.stdout)).toEqual(rightLinks);

    const manifest = join(dirname(source), 'pairs.tsv');
    writeFileSync(manifest, 'garden.ckb.txt\tgarden.en.txt\tgarden\n');
    const out = join(dirname(source), 'out');
    const batch = pird(['--data-dir', dataDir, 'align', '--manifest', manifest, '--out', out, '--presegmented', '--json', '--jobs', '1', '--lexicon-from', 'Nature']);
    expect(batch.code).toBe(0);
    expect(linksOf(readFileSync(join(out, 'garden.json'), 'utf8'))).toEqual(rightLinks);

    const unknown = pird(['--data-dir', dataDir, 'align', source, target, '--lexicon-from', 'Nowhere']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--lexicon-from: no project "Nowhere"/u);
  });
});
