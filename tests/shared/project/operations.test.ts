import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyOperation, applySplice, buildDocument, canMove, type DocumentFile, type Operation, UNIT_STATUSES,
} from '../../../shared/project';

const SOURCE = 'کازمی دەچێتە واشنتن. ترەمپ چاوەڕێیە. باسی هێزەکان دەکەن.';

function demo(): DocumentFile {
  return buildDocument({
    id: 'd', projectId: 'p', name: 'd', sourceLang: 'ckb', targetLang: 'en', sourceText: SOURCE,
    translations: ['Kadhimi goes to Washington.', 'Trump is waiting.'], now: 'T0', author: 'demo',
  });
}

let counter = 0;
const ctx = { now: 'T1', author: 'tester', newUnitId: () => `n${counter++}` };

describe('unit operations', () => {
  it('merges a unit with the next: sources and targets kept in order, n-m units', () => {
    const applied = applyOperation(demo(), { kind: 'merge-next', unitId: 'u1' }, ctx);
    expect(applied.units).toHaveLength(2);
    expect(applied.units[0]?.source.map((s) => s.text)).toEqual(['کازمی دەچێتە واشنتن.', 'ترەمپ چاوەڕێیە.']);
    expect(applied.units[0]?.target.map((s) => s.text)).toEqual(['Kadhimi goes to Washington.', 'Trump is waiting.']);
    expect(applied.units[0]?.status).toBe('draft');
  });

  it('splits a unit at an offset of its source and, optionally, of its target', () => {
    const document = demo();
    const at = 'کازمی دەچێتە'.length;
    const applied = applyOperation(document, { kind: 'split', unitId: 'u1', sourceAt: at, targetAt: 'Kadhimi goes'.length }, ctx);
    expect(applied.units.map((u) => u.source[0]?.text)).toEqual(['کازمی دەچێتە', 'واشنتن.', 'ترەمپ چاوەڕێیە.', 'باسی هێزەکان دەکەن.']);
    expect(applied.units.slice(0, 2).map((u) => u.target[0]?.text)).toEqual(['Kadhimi goes', 'to Washington.']);
    expect(() => applyOperation(document, { kind: 'split', unitId: 'u1', sourceAt: 1000 }, ctx)).toThrow(/both sides/);
  });

  it('refuses status moves the state machine does not allow, and approving an empty target', () => {
    const document = demo();
    expect(() => applyOperation(document, { kind: 'set-status', unitId: 'u3', status: 'approved' }, ctx)).toThrow(/new unit cannot become approved/);
    const approved = applyOperation(document, { kind: 'set-status', unitId: 'u1', status: 'approved', note: 'fine' }, ctx);
    expect(approved.units[0]?.history.at(-1)).toMatchObject({ status: 'approved', by: 'tester', note: 'fine' });
    const edited = applyOperation({ ...document, units: [...approved.units] }, { kind: 'set-target', unitId: 'u1', text: 'Changed.' }, ctx);
    expect(edited.units[0]?.status).toBe('translated'); // editing an approved unit returns it to translated
  });

  it('every operation is undone by its inverse, and redone by the inverse of that', () => {
    const operations = fc.oneof(
      fc.record({ kind: fc.constant('set-target' as const), unitId: fc.constantFrom('u1', 'u2', 'u3'), text: fc.string({ maxLength: 20 }) }),
      fc.record({ kind: fc.constant('set-status' as const), unitId: fc.constantFrom('u1', 'u2', 'u3'), status: fc.constantFrom(...UNIT_STATUSES) }),
      fc.record({ kind: fc.constant('merge-next' as const), unitId: fc.constantFrom('u1', 'u2') }),
      fc.record({ kind: fc.constant('split' as const), unitId: fc.constantFrom('u1', 'u2', 'u3'), sourceAt: fc.integer({ min: 1, max: 20 }) }),
    );
    fc.assert(
      fc.property(fc.array(operations, { maxLength: 8 }), (sequence: Operation[]) => {
        let document = demo();
        for (const operation of sequence) {
          let applied;
          try {
            applied = applyOperation(document, operation, ctx);
          } catch {
            continue; // not allowed here: nothing changed
          }
          const after = { ...document, units: [...applied.units] };
          expect(applySplice(document.units, applied.change)).toEqual(applied.units);
          const undone = applyOperation(after, { kind: 'splice', ...applied.inverse }, ctx);
          expect(undone.units).toEqual(document.units);
          const redone = applyOperation({ ...document, units: [...undone.units] }, { kind: 'splice', ...undone.inverse }, ctx);
          expect(redone.units).toEqual(applied.units);
          document = after;
        }
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });

  it('the state machine allows staying put and never skips review', () => {
    for (const status of UNIT_STATUSES) expect(canMove(status, status)).toBe(true);
    expect(canMove('new', 'approved')).toBe(false);
    expect(canMove('draft', 'approved')).toBe(false);
    expect(canMove('translated', 'approved')).toBe(true);
  });
});
