import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';
import { pirdSync } from './helpers/processes';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const DOC = 'kadhimi-washington';
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const service = (dataDir: string) => createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });

describe('the translation memory through the service', () => {
  it('offers the demo\'s translated segments for a near-duplicate, with its differences, and leaves the segment itself out', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-'));
    const pird = service(dataDir);
    const unit = (await pird.getDocument({ documentId: DOC })).units[2];
    const source = unit?.source[0]?.text ?? '';
    const same = await pird.tmLookup({ projectId: 'demo', text: source });
    expect(same.matches[0]).toMatchObject({ score: 100, unit: unit?.id, document: DOC, target: unit?.target[0]?.text, status: 'translated', kind: 'translated' });
    expect((await pird.tmLookup({ projectId: 'demo', text: source, documentId: DOC, unitId: unit?.id ?? '' })).matches.map((m) => m.unit)).not.toContain(unit?.id);

    // One word of the sentence replaced: a fuzzy match with the word marked changed at its place in the text.
    const words = source.split(' ');
    const at = words.findIndex((word, k) => k > 0 && /^[^\s،؛؟.,:!?"«»()]+$/u.test(word));
    const replaced = [...words.slice(0, at), 'ڕۆژنامەکە', ...words.slice(at + 1)].join(' ');
    const fuzzy = (await pird.tmLookup({ projectId: 'demo', text: replaced })).matches[0];
    expect(fuzzy?.unit).toBe(unit?.id);
    expect(fuzzy?.score).toBeGreaterThanOrEqual(85);
    expect(fuzzy?.score).toBeLessThan(100);
    const changed = fuzzy?.diff.filter((step) => step.kind !== 'equal') ?? [];
    expect(changed).toHaveLength(1);
    const [start, end] = changed[0]?.current ?? [0, 0];
    expect(replaced.slice(start, end)).toBe('ڕۆژنامەکە');
    await pird.flush();
  });

  it('offers a segment confirmed in one document at once in the next, and adapts its numbers', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-'));
    const pird = service(dataDir);
    const project = await pird.createProject({ name: 'Reports' });
    const { document } = await pird.importDocument({ projectId: project.id, fileName: 'a.txt', contentBase64: base64('حکومەتی هەرێم لە ساڵی ٢٠١٩ بودجەی پەسەند کرد. ئەمە هەواڵێکی ترە.') });
    await pird.tmLookup({ projectId: project.id, text: 'warm up' }).catch(() => undefined);
    const first = (await pird.getDocument({ documentId: document.id })).units[0];
    await pird.updateTarget({ documentId: document.id, unitId: first?.id ?? '', text: 'The regional government passed its budget in 2019.' });
    await pird.setStatus({ documentId: document.id, unitId: first?.id ?? '', status: 'translated' });
    const matches = (await pird.tmLookup({ projectId: project.id, text: 'حکومەتی هەرێم لە ساڵی ٢٠٢١ بودجەی پەسەند کرد.' })).matches;
    expect(matches[0]).toMatchObject({
      unit: first?.id, adapted: true, suggestion: 'The regional government passed its budget in 2021.', target: 'The regional government passed its budget in 2019.',
    });
    expect(matches[0]?.score).toBeGreaterThanOrEqual(95);
    // The demo project's units are another project's: one point less than the same text would score here.
    const demoSource = (await pird.getDocument({ documentId: DOC })).units[0]?.source[0]?.text ?? '';
    expect((await pird.tmLookup({ projectId: project.id, text: demoSource })).matches[0]?.score).toBe(99);
    await pird.flush();
  });

  it('rebuilds the index from the documents when it is deleted or damaged, keeping the damaged file aside', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-'));
    const source = (await service(dataDir).getDocument({ documentId: DOC })).units[4]?.source[0]?.text ?? '';
    const first = service(dataDir);
    expect((await first.tmLookup({ projectId: 'demo', text: source })).matches[0]?.score).toBe(100);
    await first.flush();
    const file = join(dataDir, 'tm', 'index.sqlite');
    expect(existsSync(file)).toBe(true);
    rmSync(file);
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    expect((await service(dataDir).tmLookup({ projectId: 'demo', text: source })).matches[0]?.score).toBe(100);
    writeFileSync(file, 'this is not a database at all, just text where the index was');
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    expect((await service(dataDir).tmLookup({ projectId: 'demo', text: source })).matches[0]?.score).toBe(100);
    expect(readdirSync(join(dataDir, 'tm'))).toContain('index.sqlite.damaged');
  });

  it('pird tm lookup prints the panel\'s matches with the same numbers, as JSON of the specified shape or one per line', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-cli-'));
    const pird = service(dataDir);
    const unit = (await pird.getDocument({ documentId: DOC })).units[5];
    const text = (unit?.source[0]?.text ?? '').replace(/\.$/u, '!');
    const expected = (await pird.tmLookup({ projectId: 'demo', text })).matches;
    await pird.flush();
    const json = pirdSync(dataDir, ['tm', 'lookup', 'demo', text, '--json']);
    expect(json.code).toBe(0);
    const printed = JSON.parse(json.stdout) as { matches: Array<Record<string, unknown>> };
    expect(Object.keys(printed.matches[0] ?? {})).toEqual(['score', 'source', 'target', 'suggestion', 'memory', 'project', 'document', 'unit', 'status']);
    expect(printed.matches.map((m) => [m['score'], m['unit']])).toEqual(expected.map((m) => [m.score, m.unit]));
    expect(printed.matches[0]).toMatchObject({ unit: unit?.id, status: 'translated', memory: '', project: 'demo', document: DOC });
    const lines = pirdSync(dataDir, ['tm', 'lookup', 'Demo: Kadhimi\'s visit to Washington', text]).stdout.trim().split('\n');
    expect(lines[0]?.split('\t').slice(0, 1).concat(lines[0]?.split('\t').slice(3) ?? [])).toEqual([String(expected[0]?.score), DOC, unit?.id]);
    expect(pirdSync(dataDir, ['tm', 'lookup', 'no such project', text]).code).toBe(2);
    expect(pirdSync(dataDir, ['tm', 'lookup', 'demo', text, '--limit', '0']).code).toBe(2);
  });
});
