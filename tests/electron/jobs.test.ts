import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const freshDir = () => mkdtempSync(join(tmpdir(), 'pird-jobs-'));
const base64 = (text: string) => Buffer.from(text).toString('base64');

/** A TSV corpus of `pairs` Sorani-English pairs. */
const tsvOf = (pairs: number) => ['ckb\ten', ...Array.from({ length: pairs }, (_, i) => `ڕستەی ژمارە ${i}.\tSentence number ${i}.`)].join('\n');

describe('long jobs: progress and cancel from any door', () => {
  it('reports an import as it goes; a cancel stops it and removes every part already written', async () => {
    const dataDir = freshDir();
    const service = createPirdService({ dataDir, corpusPartUnits: 5000, glossarySyncMs: 0 });
    const project = await service.createProject({ name: 'Big' });
    const running = service.importCorpus({ projectId: project.id, fileName: 'big.tsv', contentBase64: base64(tsvOf(60_000)), jobId: 'import-1' });
    const seen: number[] = [];
    // Polled as the page polls it, until some parts are on disk.
    for (;;) {
      const progress = await service.getJobProgress({ jobId: 'import-1' });
      if (progress && progress.done > 0) seen.push(progress.done);
      if (progress && progress.done >= 15_000) break;
      if (progress?.state !== 'running' && progress !== null) throw new Error(`job ended early: ${JSON.stringify(progress)}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await service.getJobProgress({ jobId: 'import-1' })).toMatchObject({ kind: 'import', state: 'running', total: 60_000, unit: 'units' });
    expect(await service.cancelJob({ jobId: 'import-1' })).toEqual({ cancelling: true });
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(await service.getJobProgress({ jobId: 'import-1' })).toMatchObject({ state: 'cancelled' });
    expect(await service.cancelJob({ jobId: 'import-1' })).toEqual({ cancelling: false });
    expect((await service.listProjects({})).find((p) => p.id === project.id)?.documents).toEqual([]);
    expect(readdirSync(join(dataDir, 'documents')).filter((name) => name.endsWith('.json'))).toEqual([]);
    // The same import without a cancel goes through, and its job says so.
    const done = await service.importCorpus({ projectId: project.id, fileName: 'big.tsv', contentBase64: base64(tsvOf(12_000)), jobId: 'import-2' });
    expect(done.pairs).toBe(12_000);
    expect(await service.getJobProgress({ jobId: 'import-2' })).toMatchObject({ state: 'done', done: 12_000, total: 12_000 });
    await service.flush();
  });

  it('imports a document as a job counted in steps (one per document it is compared with); a cancel adds nothing', async () => {
    const service = createPirdService({ dataDir: freshDir(), glossarySyncMs: 0 });
    const project = await service.createProject({ name: 'Texts' });
    const text = (n: number) => base64(Array.from({ length: 200 }, (_, i) => `ڕستەی ${n} ژمارە ${i}.`).join('\n'));
    for (const n of [1, 2]) await service.importDocument({ projectId: project.id, fileName: `text-${n}.txt`, contentBase64: text(n) });
    const cancelled = service.importDocument({ projectId: project.id, fileName: 'text-3.txt', contentBase64: text(3), jobId: 'doc-1' });
    expect(await service.cancelJob({ jobId: 'doc-1' })).toEqual({ cancelling: true });
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    expect((await service.listProjects({})).find((p) => p.id === project.id)?.documents.map((d) => d.name)).toEqual(['text-1', 'text-2']);
    const imported = await service.importDocument({ projectId: project.id, fileName: 'text-3.txt', contentBase64: text(3), jobId: 'doc-2' });
    expect(imported.document.units).toBe(200);
    expect(await service.getJobProgress({ jobId: 'doc-2' })).toMatchObject({ kind: 'import', state: 'done', done: 4, total: 4, unit: 'steps' });
    await service.flush();
  });

  it('cancels an alignment before anything is written: the document stays as it was', async () => {
    const service = createPirdService({ dataDir: freshDir(), demoDir: DEMO_DIR, glossarySyncMs: 0 });
    const before = await service.getDocument({ documentId: 'kadhimi-washington' });
    const aligning = service.alignTranslation({
      documentId: 'kadhimi-washington', fileName: 'other.en.txt', contentBase64: base64('One sentence. Another one.'), existing: 'replace', jobId: 'align-1',
    });
    expect(await service.cancelJob({ jobId: 'align-1' })).toEqual({ cancelling: true });
    await expect(aligning).rejects.toMatchObject({ code: 'cancelled', message: expect.stringContaining('align cancelled') });
    expect((await service.getDocument({ documentId: 'kadhimi-washington' })).units).toEqual(before.units);
    await service.flush();
  });

  it('reports a long alignment in sentences while the aligner runs, and stops it between its steps when cancelled', async () => {
    const service = createPirdService({ dataDir: freshDir(), glossarySyncMs: 0 });
    const project = await service.createProject({ name: 'Long' });
    const count = 20_000;
    const sorani = Array.from({ length: count }, (_, i) => `ڕستەی ژمارە ${i} لە ڕاپۆرتەکەدا.`).join('\n');
    const english = base64(Array.from({ length: count }, (_, i) => `Sentence number ${i} of the report.`).join('\n'));
    const { document } = await service.importDocument({ projectId: project.id, fileName: 'long.txt', contentBase64: base64(sorani) });
    const before = await service.getDocument({ documentId: document.id });
    const watch = async (jobId: string, stopAt: number | undefined): Promise<number[]> => {
      const seen: number[] = [];
      for (;;) {
        const progress = await service.getJobProgress({ jobId });
        if (progress?.state === 'running' && progress.done > 0 && progress.done < count) seen.push(progress.done);
        if (progress && progress.state !== 'running') return seen;
        if (stopAt !== undefined && seen.length > 0 && (seen[seen.length - 1] ?? 0) >= stopAt) {
          expect(progress).toMatchObject({ kind: 'align', unit: 'sentences', total: count });
          await service.cancelJob({ jobId });
          stopAt = undefined;
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const cancelled = service.alignTranslation({ documentId: document.id, fileName: 'long.en.txt', contentBase64: english, presegmented: true, existing: 'replace', jobId: 'long-1' });
    const [seenCancelled] = await Promise.all([watch('long-1', 1), expect(cancelled).rejects.toMatchObject({ code: 'cancelled' })]);
    // Cancelled as soon as progress showed inside the aligner: stopped at its next step (or before the write), nothing written.
    expect(seenCancelled.length).toBeGreaterThan(0);
    expect((await service.getDocument({ documentId: document.id })).units).toEqual(before.units);

    const aligning = service.alignTranslation({ documentId: document.id, fileName: 'long.en.txt', contentBase64: english, presegmented: true, existing: 'replace', jobId: 'long-2' });
    const [seen] = await Promise.all([watch('long-2', undefined), aligning]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await service.getJobProgress({ jobId: 'long-2' })).toMatchObject({ state: 'done', done: count, total: count, unit: 'sentences' });
    const aligned = await service.getDocument({ documentId: document.id });
    expect(aligned.units.map((unit) => unit.target[0]?.text).slice(0, 2)).toEqual(['Sentence number 0 of the report.', 'Sentence number 1 of the report.']);
    await service.flush();
  });

  it('checks a project as a job counted in segments; ids are checked and a running id is not reused', async () => {
    const service = createPirdService({ dataDir: freshDir(), demoDir: DEMO_DIR, glossarySyncMs: 0 });
    await service.listProjects({});
    const first = service.getProjectQa({ projectId: 'demo', jobId: 'qa-1' });
    await expect(service.getProjectQa({ projectId: 'demo', jobId: 'qa-1' })).rejects.toMatchObject({ code: 'conflict' });
    await first;
    expect(await service.getJobProgress({ jobId: 'qa-1' })).toMatchObject({ kind: 'qa', state: 'done', done: 31, total: 31, unit: 'units' });
    expect(await service.getJobProgress({ jobId: 'never-started' })).toBeNull();
    await expect(service.getJobProgress({ jobId: '../etc' })).rejects.toMatchObject({ code: 'invalid-input' });
    await service.flush();
  });
});
