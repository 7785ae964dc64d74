import { XMLParser } from 'fast-xml-parser';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTico } from '../../bench/planted-mistakes';
import { pirdSync } from './helpers/processes';

const PIRD = fileURLToPath(new URL('../../bin/pird.mjs', import.meta.url));

/** The real TICO-19 pairs written as document files, one sentence a line: `count` documents of `size` pairs (wrapping round). */
function ticoDocuments(dir: string, count: number, size: number): string[] {
  const pairs = readTico();
  const lines: string[] = [];
  for (let d = 0; d < count; d++) {
    const chunk = Array.from({ length: size }, (_, k) => pairs[(d * size + k) % pairs.length]);
    writeFileSync(join(dir, `doc${d}.ckb.txt`), `${chunk.map((pair) => pair?.ckb).join('\n')}\n`);
    writeFileSync(join(dir, `doc${d}.en.txt`), `${chunk.map((pair) => pair?.en).join('\n')}\n`);
    lines.push(`doc${d}.ckb.txt\tdoc${d}.en.txt\tdoc${d}`);
  }
  writeFileSync(join(dir, 'pairs.tsv'), `# Sorani\tEnglish\tname\n${lines.join('\n')}\n`);
  return lines;
}

const tmxUnits = (path: string): unknown[] => {
  const parsed = new XMLParser({ isArray: (name) => name === 'tu' }).parse(readFileSync(path, 'utf8')) as { tmx: { body: { tu?: unknown[] } } };
  return parsed.tmx.body.tu ?? [];
};

const summaryRows = (out: string): string[][] => readFileSync(join(out, 'summary.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));

describe('pird align --manifest', () => {
  it('aligns every pair of a manifest in worker threads, one TMX per pair and a summary, as pird align does each pair alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pird-batch-'));
    ticoDocuments(dir, 6, 40);
    const out = join(dir, 'out');
    const run = pirdSync(dir, ['align', '--manifest', join(dir, 'pairs.tsv'), '--out', out, '--jobs', '2', '--presegmented']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').map((line) => line.split('\t').slice(0, 2).join(' ')).sort()).toEqual(
      ['doc0 aligned', 'doc1 aligned', 'doc2 aligned', 'doc3 aligned', 'doc4 aligned', 'doc5 aligned'],
    );
    expect(run.stderr).toMatch(/6 pair\(s\) aligned, 0 done before, 0 failed, in [\d.]+ s with 2 job\(s\)/u);
    const rows = summaryRows(out);
    expect(rows.map((row) => row[0])).toEqual(['doc0', 'doc1', 'doc2', 'doc3', 'doc4', 'doc5']);
    for (const row of rows) {
      const [name, status, sources, targets, links, mean] = row;
      expect(status).toBe('aligned');
      expect([sources, targets]).toEqual(['40', '40']);
      expect(Number(mean)).toBeGreaterThan(0.5);
      // Every link with both sides is a <tu>.
      expect(tmxUnits(join(out, `${name}.tmx`)).length).toBeLessThanOrEqual(Number(links));
      expect(tmxUnits(join(out, `${name}.tmx`)).length).toBeGreaterThan(30);
    }
    // The same links as the command gives for that pair alone.
    const alone = pirdSync(dir, ['align', join(dir, 'doc3.ckb.txt'), join(dir, 'doc3.en.txt'), '--presegmented', '--json']);
    const batchJson = pirdSync(dir, ['align', '--manifest', join(dir, 'pairs.tsv'), '--out', join(dir, 'json'), '--json', '--presegmented', '--jobs', '1']);
    expect(batchJson.code).toBe(0);
    expect(readFileSync(join(dir, 'json', 'doc3.json'), 'utf8')).toBe(alone.stdout);
  }, 120_000);

  it('goes on after a kill: whole files only, and the next run aligns just what was not done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pird-batch-kill-'));
    ticoDocuments(dir, 30, 60);
    const out = join(dir, 'out');
    const args = [PIRD, '--data-dir', dir, 'align', '--manifest', join(dir, 'pairs.tsv'), '--out', out, '--jobs', '2', '--presegmented'];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        printed += chunk.toString();
        if (printed.split('\n').length > 4) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    await new Promise((resolve) => child.on('close', resolve));
    const journal = readFileSync(join(out, 'summary.jsonl'), 'utf8');
    const doneBefore = journal.split('\n').filter((line) => line.endsWith('}')).length;
    expect(doneBefore).toBeGreaterThanOrEqual(4);
    expect(doneBefore).toBeLessThan(30);
    // Whatever the kill left is whole: every TMX present parses.
    for (const file of readdirSync(out).filter((name) => name.endsWith('.tmx'))) expect(tmxUnits(join(out, file)).length).toBeGreaterThan(0);

    const again = pirdSync(dir, ['align', '--manifest', join(dir, 'pairs.tsv'), '--out', out, '--jobs', '2', '--presegmented']);
    expect(again.code).toBe(0);
    const alignedNow = again.stdout.trim().split('\n').filter(Boolean).length;
    expect(again.stderr).toContain(`${alignedNow} pair(s) aligned, ${30 - alignedNow} done before, 0 failed`);
    expect(alignedNow).toBeLessThanOrEqual(30 - doneBefore);
    expect(summaryRows(out).filter((row) => row[1] === 'aligned').length).toBe(30);
    for (let d = 0; d < 30; d++) expect(tmxUnits(join(out, `doc${d}.tmx`)).length).toBeGreaterThan(40);

    // An output deleted by hand is aligned again.
    rmSync(join(out, 'doc7.tmx'));
    const third = pirdSync(dir, ['align', '--manifest', join(dir, 'pairs.tsv'), '--out', out, '--presegmented']);
    expect(third.stdout.trim()).toMatch(/^doc7\taligned\t/u);
    expect(existsSync(join(out, 'doc7.tmx'))).toBe(true);
  }, 180_000);

  it('reads the manifest from standard input, reports a pair it cannot read and goes on, and refuses wrong usage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pird-batch-usage-'));
    ticoDocuments(dir, 2, 10);
    writeFileSync(join(dir, 'bad.tsv'), `doc0.ckb.txt\tdoc0.en.txt\nmissing.ckb.txt\tdoc1.en.txt\tgone\n`);
    const out = join(dir, 'out');
    const run = pirdSync(dir, ['align', '--manifest', join(dir, 'bad.tsv'), '--out', out, '--presegmented']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^gone\tfailed\t\t\t\t.*missing\.ckb\.txt: no such file$/mu);
    expect(run.stdout).toMatch(/^doc0\.ckb\taligned\t10\t/mu);
    expect(run.stderr).toContain('1 pair(s) failed');
    // From standard input (as Spark's RDD.pipe feeds a partition's records), paths from the working folder.
    const piped = spawnSync(process.execPath, [PIRD, 'align', '--manifest', '-', '--out', join(dir, 'piped'), '--presegmented'], {
      cwd: dir, input: 'doc1.ckb.txt\tdoc1.en.txt\n', encoding: 'utf8',
    });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toMatch(/^doc1\.ckb\taligned\t10\t/u);
    expect(tmxUnits(join(dir, 'piped', 'doc1.ckb.tmx')).length).toBeGreaterThan(5);
    expect(pirdSync(dir, ['align', '--manifest', join(dir, 'pairs.tsv')]).stderr).toContain('--manifest needs --out <dir>');
    expect(pirdSync(dir, ['align', 'a.txt', 'b.txt', '--out', out]).stderr).toContain('--out and --jobs go with --manifest');
    expect(pirdSync(dir, ['align', '--manifest', join(dir, 'pairs.tsv'), '--out', out, '--jobs', '0']).code).toBe(2);
    writeFileSync(join(dir, 'broken.tsv'), 'only-one-column\n');
    expect(pirdSync(dir, ['align', '--manifest', join(dir, 'broken.tsv'), '--out', out]).stderr).toContain('manifest line 1: expected a source file, a tab');
  }, 60_000);
});
