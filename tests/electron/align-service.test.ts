import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';
import { articleCase, beadF1 } from '../../bench/align-data';
import type { Unit } from '../../shared/project';

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
    const result = await pird.alignTranslation({ documentId: DOC, fileName: 'article.en.txt', contentBase64: base64(gold.target.join(' ')), presegmented: false });
    expect(result.targetSentences).toBe(gold.target.length);
    expect(result.canUndo).toBe(true);
    const document = await pird.getDocument({ documentId: DOC });
    expect(document.units.every((u) => u.status === 'aligned' && u.alignment !== undefined)).toBe(true);
    expect(beadF1(linksOf(document.units), gold.gold).f1).toBeGreaterThanOrEqual(0.95);
    expect(document.units.find((u) => u.source.length === 1 && u.source[0]?.text.startsWith('لە کاتێکدا سەرۆکی ئەمریکا'))?.target).toEqual([]);

    await pird.undo({ documentId: DOC });
    const restored = await pird.getDocument({ documentId: DOC });
    expect(restored.units.every((u) => u.status === 'translated' && u.target.length === 1)).toBe(true);
    await pird.flush();
  });

  it('reads one sentence per line with presegmented, and refuses a file with no text', async () => {
    const pird = service();
    const result = await pird.alignTranslation({ documentId: DOC, fileName: 't.txt', contentBase64: base64('One.\n\nTwo.\n'), presegmented: true });
    expect(result.targetSentences).toBe(2);
    await expect(pird.alignTranslation({ documentId: DOC, fileName: 'e.txt', contentBase64: base64(' \n'), presegmented: true })).rejects.toMatchObject({ code: 'invalid-input' });
    await pird.flush();
  });

  it('realigns the rest after a person fixed and confirmed links, keeping what was confirmed', async () => {
    const pird = service();
    const gold = articleCase();
    await pird.alignTranslation({ documentId: DOC, fileName: 'a.txt', contentBase64: base64(gold.target.join(' ')), presegmented: false });
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
});
