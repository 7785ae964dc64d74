import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_SCHEMA_VERSION, applyOperation, applySplice, spliceBetween, unitsFromLinks, type DocumentFile, type Operation, type Unit,
} from '../../../shared/project';

let counter = 0;
const ctx = { now: 'T1', author: 'tester', newUnitId: () => `n${counter++}` };

/** A document of aligned units: 0-0, 1-1+2, 2+3-3, 4-(none), (none)-4. */
function aligned(): DocumentFile {
  const source = ['س٠.', 'س١.', 'س٢.', 'س٣.', 'س٤.'].map((text) => ({ text }));
  const target = ['T0.', 'T1.', 'T2.', 'T3.', 'T4.'].map((text) => ({ text }));
  let id = 0;
  const units = unitsFromLinks(source, target, [
    { source: [0], target: [0], score: 0.9 }, { source: [1], target: [1, 2], score: 0.8 }, { source: [2, 3], target: [3], score: 0.7 },
    { source: [4], target: [], score: 0.2 }, { source: [], target: [4], score: 0.2 },
  ], { newUnitId: () => `u${id++}` });
  return { schemaVersion: DOCUMENT_SCHEMA_VERSION, id: 'd', projectId: 'p', name: 'd', sourceLang: 'ckb', targetLang: 'en', sourceText: '', units, createdAt: 'T0', updatedAt: 'T0' };
}

const shape = (units: readonly Unit[]): string[] =>
  units.map((u) => `${u.source.map((s) => s.text).join('')}|${u.target.map((s) => s.text).join('')}`);

describe('alignment operations', () => {
  it('builds aligned units from links, each with its score, status aligned', () => {
    const units = aligned().units;
    expect(shape(units)).toEqual(['س٠.|T0.', 'س١.|T1.T2.', 'س٢.س٣.|T3.', 'س٤.|', '|T4.']);
    expect(units.every((u) => u.status === 'aligned' && u.alignment?.confirmed === false)).toBe(true);
    expect(units[1]?.alignment?.score).toBe(0.8);
  });

  it('shifts a sentence down into the next unit and up into the previous one, dropping a unit left empty', () => {
    const down = applyOperation(aligned(), { kind: 'shift', unitId: 'u1', side: 'target', direction: 'down' }, ctx);
    expect(shape(down.units)).toEqual(['س٠.|T0.', 'س١.|T1.', 'س٢.س٣.|T2.T3.', 'س٤.|', '|T4.']);
    const up = applyOperation(aligned(), { kind: 'shift', unitId: 'u4', side: 'target', direction: 'up' }, ctx);
    expect(shape(up.units)).toEqual(['س٠.|T0.', 'س١.|T1.T2.', 'س٢.س٣.|T3.', 'س٤.|T4.']);
    expect(up.units[3]?.status).toBe('aligned');
    expect(() => applyOperation(aligned(), { kind: 'shift', unitId: 'u0', side: 'source', direction: 'up' }, ctx)).toThrow(/no unit before/u);
    expect(() => applyOperation(aligned(), { kind: 'shift', unitId: 'u3', side: 'target', direction: 'down' }, ctx)).toThrow(/no target sentence/u);
  });

  it('splits one sentence at an offset, gives one side an empty partner, and merges with the next', () => {
    const split = applyOperation(aligned(), { kind: 'split-sentence', unitId: 'u2', side: 'target', sentence: 0, at: 1 }, ctx);
    expect(split.units[2]?.target.map((s) => s.text)).toEqual(['T', '3.']);
    const detached = applyOperation(aligned(), { kind: 'detach', unitId: 'u1', side: 'target' }, ctx);
    expect(shape(detached.units)).toEqual(['س٠.|T0.', 'س١.|', '|T1.T2.', 'س٢.س٣.|T3.', 'س٤.|', '|T4.']);
    expect(detached.units[2]?.status).toBe('aligned');
    const merged = applyOperation(aligned(), { kind: 'merge-next', unitId: 'u3' }, ctx);
    expect(shape(merged.units)).toEqual(['س٠.|T0.', 'س١.|T1.T2.', 'س٢.س٣.|T3.', 'س٤.|T4.']);
    expect(merged.units[3]?.status).toBe('aligned');
  });

  it('confirms links, and changing a confirmed unit takes its confirmation away', () => {
    const confirmed = applyOperation(aligned(), { kind: 'confirm-links', unitIds: ['u0', 'u1'], confirmed: true }, ctx);
    expect(confirmed.units.slice(0, 2).map((u) => u.alignment)).toEqual([{ score: 0.9, confirmed: true }, { score: 0.8, confirmed: true }]);
    const document = { ...aligned(), units: [...confirmed.units] };
    const shifted = applyOperation(document, { kind: 'shift', unitId: 'u1', side: 'target', direction: 'down' }, ctx);
    expect(shifted.units[1]?.alignment?.confirmed).toBe(false);
  });

  it('undoes every alignment operation exactly through its inverse splice', () => {
    const operation: fc.Arbitrary<Operation> = fc.oneof(
      fc.record({ kind: fc.constant('shift' as const), unitId: fc.constantFrom('u0', 'u1', 'u2', 'u3', 'u4'), side: fc.constantFrom('source' as const, 'target' as const), direction: fc.constantFrom('up' as const, 'down' as const) }),
      fc.record({ kind: fc.constant('detach' as const), unitId: fc.constantFrom('u0', 'u1', 'u2'), side: fc.constantFrom('source' as const, 'target' as const) }),
      fc.record({ kind: fc.constant('merge-next' as const), unitId: fc.constantFrom('u0', 'u1', 'u2', 'u3') }),
      fc.record({ kind: fc.constant('split-sentence' as const), unitId: fc.constantFrom('u0', 'u1', 'u2'), side: fc.constantFrom('source' as const, 'target' as const), sentence: fc.constant(0), at: fc.integer({ min: 1, max: 2 }) }),
    );
    fc.assert(fc.property(operation, (op) => {
      const document = aligned();
      let applied;
      try {
        applied = applyOperation(document, op, ctx);
      } catch {
        return;
      }
      expect(applySplice(applied.units, applied.inverse)).toEqual(document.units);
      const sentences = (units: readonly Unit[], side: 'source' | 'target') => units.flatMap((u) => u[side].map((s) => s.text)).join('');
      expect(sentences(applied.units, 'source')).toBe(sentences(document.units, 'source'));
      expect(sentences(applied.units, 'target')).toBe(sentences(document.units, 'target'));
    }), { seed: 20261125, numRuns: 300 });
  });

  it('finds the smallest splice between two unit lists', () => {
    const before = aligned().units;
    const after = [...before.slice(0, 2), { ...before[2] as Unit, target: [] }, ...before.slice(3)];
    expect(spliceBetween(before, after)).toEqual({ index: 2, deleteCount: 1, units: [after[2]] });
    expect(spliceBetween(before, before)).toEqual({ index: 5, deleteCount: 0, units: [] });
  });
});

describe('approving over quality errors', () => {
  it('needs a reason and records the overridden checks in the history', () => {
    const document = aligned();
    expect(() => applyOperation(document, { kind: 'set-status', unitId: 'u0', status: 'approved', override: ['number-missing'] }, ctx)).toThrow(/needs a reason/u);
    expect(() => applyOperation(document, { kind: 'set-status', unitId: 'u0', status: 'translated', note: 'x', override: ['number-missing'] }, ctx)).toThrow(/approvals only/u);
    const applied = applyOperation(document, { kind: 'set-status', unitId: 'u0', status: 'approved', note: 'The source has a typo in the year', override: ['number-missing'] }, ctx);
    expect(applied.units[0]?.history.at(-1)).toMatchObject({ status: 'approved', note: 'The source has a typo in the year', override: ['number-missing'] });
  });
});

describe('ignoring a quality warning', () => {
  it('records it in the history, and the warning counts again when the translation changes', () => {
    const document = aligned();
    const ignored = applyOperation(document, { kind: 'ignore-qa', unitId: 'u0', code: 'double-space', ignored: true }, ctx);
    expect(ignored.units[0]?.ignoredQa).toEqual(['double-space']);
    expect(ignored.units[0]?.history.at(-1)).toMatchObject({ qa: { code: 'double-space', ignored: true }, by: 'tester' });
    const edited = applyOperation({ ...document, units: [...ignored.units] }, { kind: 'set-target', unitId: 'u0', text: 'Another text.' }, ctx);
    expect(edited.units[0]?.ignoredQa).toBeUndefined();
    const restored = applyOperation({ ...document, units: [...ignored.units] }, { kind: 'ignore-qa', unitId: 'u0', code: 'double-space', ignored: false }, ctx);
    expect(restored.units[0]?.ignoredQa).toBeUndefined();
  });
});
