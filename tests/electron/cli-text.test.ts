import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sentences } from '../../shared/text';

const PIRD = fileURLToPath(new URL('../../bin/pird.mjs', import.meta.url));
const SEED_PATH = fileURLToPath(new URL('../../corpus/demo/kadhimi-washington.ckb.txt', import.meta.url));
const SEED = readFileSync(SEED_PATH, 'utf8');

function pird(args: string[], input?: string | Buffer): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [PIRD, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pird-cli-')), name);
  writeFileSync(path, content);
  return path;
}

describe('pird segment', () => {
  it('prints one sentence per line', () => {
    const { code, stdout } = pird(['segment', SEED_PATH]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(31);
    expect(lines[2]?.endsWith('چی روویداوە؟ ".')).toBe(true);
  });

  it('prints {"segments":[{"text","start","end"}]} with offsets into the file', () => {
    const { code, stdout } = pird(['segment', SEED_PATH, '--json', '--lang', 'ckb']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { segments: Array<{ text: string; start: number; end: number }> };
    expect(parsed.segments).toHaveLength(31);
    for (const segment of parsed.segments) {
      expect(Object.keys(segment)).toEqual(['text', 'start', 'end']);
      expect(SEED.slice(segment.start, segment.end)).toBe(segment.text);
    }
    expect(parsed.segments.map((s) => s.text)).toEqual(sentences(SEED, { lang: 'ckb' }).map((s) => s.text));
  });

  it('reads standard input, UTF-8 with a BOM and UTF-16 with a BOM', () => {
    expect(pird(['segment', '-'], 'یەکەم. دووەم.').stdout).toBe('یەکەم.\nدووەم.\n');
    const bom = tempFile('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('یەکەم. دووەم.')]));
    expect(pird(['segment', bom]).stdout).toBe('یەکەم.\nدووەم.\n');
    const utf16 = tempFile('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('یەکەم. دووەم.', 'utf16le')]));
    expect(pird(['segment', utf16]).stdout).toBe('یەکەم.\nدووەم.\n');
  });

  it('exits 1 with a one-line message for a missing file or bytes that are not text', () => {
    const missing = pird(['segment', '/no/such/file.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('pird: /no/such/file.txt: no such file\n');
    const latin1 = tempFile('cp1256.txt', Buffer.from([0xc7, 0xe1, 0xda, 0xd1, 0xc7, 0xe2]));
    const bad = pird(['segment', latin1]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^pird: .*cp1256\.txt: not valid UTF-8 or UTF-16 text/);
  });

  it('exits 2 on usage errors', () => {
    expect(pird(['segment']).code).toBe(2);
    expect(pird(['segment', SEED_PATH, '--lang', 'fr']).code).toBe(2);
    expect(pird(['no-such-command']).code).toBe(2);
  });
});

describe('pird normalize, stem, --help, --version', () => {
  it('normalize prints display-safe text by default and the key on request', () => {
    const file = tempFile('n.txt', 'كازمي لەس ەرەتاوە ٢٠٠٩');
    expect(pird(['normalize', file]).stdout).toBe('کازمی لەسەرەتاوە ٢٠٠٩');
    expect(pird(['normalize', file, '--level', 'key']).stdout).toBe('کازمی لەسەرەتاوە 2009');
    expect(pird(['normalize', file, '--level', 'loud']).code).toBe(2);
  });

  it('stem prints candidate stems per word, best first, and JSON on request', () => {
    const { code, stdout } = pird(['stem', 'حکومەتەکەی', 'داعشدا']);
    expect(code).toBe(0);
    const [first, second] = stdout.trimEnd().split('\n');
    expect(first?.split('\t')[0]).toBe('حکومەتەکەی');
    expect(first?.split('\t')[1]?.split(' ')[0]).toBe('حکومەت');
    expect(second?.split('\t')[1]?.split(' ')[0]).toBe('داعش');
    const json = JSON.parse(pird(['stem', '--json', 'کازمییەوە']).stdout) as { stems: Array<{ word: string; candidates: string[] }> };
    expect(json.stems[0]?.word).toBe('کازمییەوە');
    expect(json.stems[0]?.candidates[0]).toBe('کازمی');
  });

  it('prints help per command and the version', () => {
    const help = pird(['segment', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: pird segment');
    const version = pird(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('pird projects and show, over the same store as the app', () => {
  it('lists the demo project and prints its document', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-cli-data-'));
    const projects = pird(['--data-dir', dataDir, 'projects', '--json']);
    expect(projects.code).toBe(0);
    expect((JSON.parse(projects.stdout) as { projects: Array<{ id: string }> }).projects[0]?.id).toBe('demo');
    const shown = pird(['--data-dir', dataDir, 'show', 'kadhimi-washington']);
    expect(shown.code).toBe(0);
    const lines = shown.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(31);
    expect(lines[0]?.split('\t').slice(0, 2)).toEqual(['u1', 'translated']);
  });

  it('reports a corrupt document in one line, exits 1 and leaves the file as it was', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-cli-data-'));
    expect(pird(['--data-dir', dataDir, 'projects']).code).toBe(0);
    const file = join(dataDir, 'documents', 'kadhimi-washington.json');
    writeFileSync(file, '{"schemaVersion":1,');
    const shown = pird(['--data-dir', dataDir, 'show', 'kadhimi-washington']);
    expect(shown.code).toBe(1);
    expect(shown.stderr).toContain(`pird: ${file} is not valid JSON`);
    expect(shown.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion":1,');
  });

  it('takes the data directory from PIRD_DATA_DIR', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-cli-env-'));
    const result = spawnSync(process.execPath, [PIRD, 'projects'], { encoding: 'utf8', env: { ...process.env, PIRD_DATA_DIR: dataDir } });
    expect(result.status).toBe(0);
    expect(readFileSync(join(dataDir, 'library.json'), 'utf8')).toContain('"demo"');
  });
});
