import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';
import { articleCase, beadF1 } from '../../bench/align-data';
import { englishStem } from '../../shared/glossary';
import type { Unit } from '../../shared/project';
import { CONFIRMED_UNITS, GARDEN } from '../shared/align/word-pairs-fixture';
import { confirmedProject } from './helpers/word-pairs';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const DOC = 'kadhimi-washington';

function service() {
  return createPirdService({ dataDir: mkdtempSync(join(tmpdir(), 'pird-align-')), demoDir: DEMO_DIR, glossarySyncMs: 0 });
}

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** The units as links over flat sentence indices, to compare with the gold. */
function linksOf(units: readonly Unit[]) {
  let s = 0;
  let t = 0;
  return units.map((unit) => {
    const link = { source: unit.source.map((_, k) => s + k), target: unit.target.map((_, k) => t + k) };
    s += unit.source.length;
    t += unit.target.length;
    return link;
  });
}

describe('aligning a translation into a document', () => {
  it('imports a free-running translation: the units become the aligned links, status aligned, one undoable step', async () => {
    const pird = service();
    const gold = articleCase();
    const input = { documentId: DOC, fileName: 'article.en.txt', contentBase64: base64(gold.target.join(' ')), presegmented: false };
    // The demo is translated: nothing is replaced until the caller says how.
    await expect(pird.alignTranslation(input)).rejects.toMatchObject({ code: 'needs-decision', message: expect.stringMatching(/^31 segments are already translated/) });
    expect((await pird.getDocument({ documentId: DOC })).units.every((u) => u.status === 'translated')).toBe(true);
    const before = (await pird.getDocument({ documentId: DOC })).units;
    const result = await pird.alignTranslation({ ...input, existing: 'replace' });
    expect(result.targetSentences).toBe(gold.target.length);
    expect(result.canUndo).toBe(true);
    const document = await pird.getDocument({ documentId: DOC });
    expect(document.units.every((u) => u.status === 'aligned' && u.alignment !== undefined)).toBe(true);
    expect(beadF1(linksOf(document.units), gold.gold).f1).toBeGreaterThanOrEqual(0.95);
    expect(document.units.find((u) => u.source.length === 1 && u.source[0]?.text.startsWith('لە کاتێکدا سەرۆکی ئەمریکا'))?.target).toEqual([]);
    // Each replaced translation stays in the history of the link that took its sentences.
    const first = document.units[0] as Unit;
    expect(first.history.at(-1)).toMatchObject({ event: 'replaced-on-import', status: 'aligned' });
    expect(first.history.map((h) => h.target)).toContain(before[0]?.target[0]?.text);

    await pird.undo({ documentId: DOC });
    const restored = await pird.getDocument({ documentId: DOC });
    expect(restored.units.every((u) => u.status === 'translated' && u.target.length === 1)).toBe(true);
    await pird.flush();
  });

  it('reads one sentence per line with presegmented, and refuses a file with no text', async () => {
    const pird = service();
    const result = await pird.alignTranslation({ documentId: DOC, fileName: 't.txt', contentBase64: base64('One.\n\nTwo.\n'), presegmented: true, existing: 'replace' });
    expect(result.targetSentences).toBe(2);
    await expect(pird.alignTranslation({ documentId: DOC, fileName: 'e.txt', contentBase64: base64(' \n'), presegmented: true, existing: 'replace' })).rejects.toMatchObject({ code: 'invalid-input' });
    await pird.flush();
  });

  it('realigns the rest after a person fixed and confirmed links, keeping what was confirmed', async () => {
    const pird = service();
    const gold = articleCase();
    await pird.alignTranslation({ documentId: DOC, fileName: 'a.txt', contentBase64: base64(gold.target.join(' ')), presegmented: false, existing: 'replace' });
    let units = (await pird.getDocument({ documentId: DOC })).units;
    // A person moves the second English sentence of the first link into the next unit, and confirms both.
    await pird.edit({ documentId: DOC, operation: { kind: 'shift', unitId: units[0]?.id ?? '', side: 'target', direction: 'down' } });
    units = (await pird.getDocument({ documentId: DOC })).units;
    await pird.edit({ documentId: DOC, operation: { kind: 'confirm-links', unitIds: [units[0]?.id ?? '', units[1]?.id ?? ''], confirmed: true } });
    const confirmedShape = units.slice(0, 2).map((u) => [u.source.length, u.target.length]);
    // Something else goes wrong further down; realigning repairs it and keeps the two confirmed links.
    const later = units.slice(5).find((u) => u.source.length === 1 && u.target.length === 1) as Unit;
    await pird.edit({ documentId: DOC, operation: { kind: 'detach', unitId: later.id, side: 'target' } });
    const result = await pird.realign({ documentId: DOC });
    expect(result.change.index).toBeGreaterThanOrEqual(2);
    const after = (await pird.getDocument({ documentId: DOC })).units;
    expect(after.slice(0, 2).map((u) => [u.source.length, u.target.length])).toEqual(confirmedShape);
    expect(after.slice(0, 2).every((u) => u.alignment?.confirmed)).toBe(true);
    expect(after.some((u) => u.source.length > 0 && u.source[0]?.text === later.source[0]?.text && u.target.length > 0)).toBe(true);
    await pird.flush();
  });

  it('keeps the segments a person translated as confirmed links, aligning the imported text around them', async () => {
    const pird = service();
    const gold = articleCase();
    const units = (await pird.getDocument({ documentId: DOC })).units;
    // Only the first four segments hold a translator's work; the rest are emptied (drafts).
    for (const unit of units.slice(4)) await pird.updateTarget({ documentId: DOC, unitId: unit.id, text: '' });
    const result = await pird.alignTranslation({
      documentId: DOC, fileName: 'article.en.txt', contentBase64: base64(gold.target.join(' ')), presegmented: false, existing: 'keep',
    });
    const after = (await pird.getDocument({ documentId: DOC })).units;
    for (const [k, unit] of units.slice(0, 4).entries()) {
      expect(after[k]).toMatchObject({ id: unit.id, status: 'translated', target: unit.target, alignment: { score: 1, confirmed: true } });
      expect(after[k]?.history.at(-1)).toMatchObject({ event: 'kept-on-import', target: unit.target[0]?.text });
    }
    // Every source sentence is still there once, in order; the rest is aligned from the import.
    expect(after.flatMap((u) => u.source.map((s) => s.text))).toEqual(units.flatMap((u) => u.source.map((s) => s.text)));
    expect(after.slice(4).filter((u) => u.source.length > 0).every((u) => u.status === 'aligned')).toBe(true);
    expect(after.slice(4).some((u) => u.target.length > 0)).toBe(true);
    // One undo brings the drafts and the four translations back as they were.
    expect(result.canUndo).toBe(true);
    await pird.undo({ documentId: DOC });
    expect((await pird.getDocument({ documentId: DOC })).units.slice(0, 6).map((u) => u.target[0]?.text ?? '')).toEqual(
      [...units.slice(0, 4).map((u) => u.target[0]?.text), '', ''],
    );
    await pird.flush();
  });
});

describe('word pairs learned from the units people confirmed', () => {
  /** Imports the garden text and aligns its translation: the unit holding each Sorani sentence, with its English. */
  async function alignGarden(pird: ReturnType<typeof service>, projectId: string): Promise<Array<[string, string]>> {
    const { document } = await pird.importDocument({ projectId, fileName: 'garden.txt', contentBase64: base64(GARDEN.source.join('\n')) });
    await pird.alignTranslation({ documentId: document.id, fileName: 'garden.en.txt', contentBase64: base64(GARDEN.target.join('\n')), presegmented: true, existing: 'ask' });
    const units = (await pird.getDocument({ documentId: document.id })).units;
    return units.map((u) => [u.source.map((s) => s.text).join(' '), u.target.map((t) => t.text).join(' ')]);
  }

  it('learns them from every confirmed unit of the data directory, keeps them on disk, and aligns the next document with them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-word-pairs-'));
    const pird = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
    const project = await confirmedProject(pird);
    const learned = await pird.learnedWordPairs();
    expect(learned.units).toBe(31 + CONFIRMED_UNITS.length); // the demo's translated segments and these
    expect([...learned.pairs.values()].flat()).toEqual(expect.arrayContaining([englishStem('crow'), englishStem('rabbit')]));
    const file = join(dataDir, 'tm', 'word-pairs', 'all.json');
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { stamp: string; units: number };
    expect(kept.units).toBe(learned.units);

    const aligned = await alignGarden(pird, project.id);
    expect(aligned).toContainEqual([GARDEN.source[1], GARDEN.target[1]]);
    expect(aligned).toContainEqual([GARDEN.source[2], '']);

    // A unit confirmed since: learned again, and kept with the new stamp.
    const [nature] = (await pird.listProjects({})).find((p) => p.id === project.id)?.documents ?? [];
    const more = (await pird.getDocument({ documentId: nature?.id ?? '' })).units[0];
    await pird.updateTarget({ documentId: nature?.id ?? '', unitId: more?.id ?? '', text: 'The crow sat on the tree.' });
    await pird.setStatus({ documentId: nature?.id ?? '', unitId: more?.id ?? '', status: 'translated' });
    await pird.learnedWordPairs();
    expect((JSON.parse(readFileSync(file, 'utf8')) as { stamp: string }).stamp).not.toBe(kept.stamp);

    // A damaged file is derived data: learned again and written whole (by the next process to look).
    writeFileSync(file, '{"schemaVersion":1,"sta');
    await pird.flush();
    const next = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
    expect((await next.learnedWordPairs()).units).toBe(learned.units);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: 1, units: learned.units });
    await pird.flush();
  });

  it('without those confirmed units, the same translation is aligned wrongly (the pairs made the difference)', async () => {
    const pird = service();
    const project = await pird.createProject({ name: 'Garden only' });
    const aligned = await alignGarden(pird, project.id);
    expect(aligned).not.toContainEqual([GARDEN.source[1], GARDEN.target[1]]);
    await pird.flush();
  });
});
