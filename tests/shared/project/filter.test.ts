import { describe, expect, it } from 'vitest';
import { applyOperation, buildDocument, filterUnits, planReplace, type UnitFilter } from '../../../shared/project';

const document = buildDocument({
  id: 'd', projectId: 'p', name: 'd', sourceLang: 'ckb', targetLang: 'en',
  sourceText: 'کازمی دەچێتە واشنتن. ترەمپ چاوەڕێیە. داعش هێرش دەکات.',
  translations: ['Kadhimi goes to Washington.', 'Trump waits for Kadhimi.'], now: 'T0', author: 'demo',
});
const all: UnitFilter = { statuses: [], field: 'both', hasComments: false };

describe('filters', () => {
  it('by status, by text in source or target, by regex, by open comments', () => {
    expect(filterUnits(document.units, { ...all, statuses: ['new'] })).toEqual([2]);
    expect(filterUnits(document.units, { ...all, query: { text: 'kadhimi', regex: false, caseSensitive: false } })).toEqual([0, 1]);
    expect(filterUnits(document.units, { ...all, field: 'source', query: { text: 'کازمی', regex: false, caseSensitive: false } })).toEqual([0]);
    expect(filterUnits(document.units, { ...all, query: { text: '^Trump\\b', regex: true, caseSensitive: true } })).toEqual([1]);
    expect(filterUnits(document.units, { ...all, query: { text: '([', regex: true, caseSensitive: true } })).toEqual([]);
    const commented = applyOperation(document, { kind: 'add-comment', unitId: 'u2', text: 'check' }, { now: 'T', author: 'r', newUnitId: () => 'c1' });
    expect(filterUnits(commented.units, { ...all, hasComments: true })).toEqual([1]);
  });

  it('plans a find/replace in the targets with a preview, regex groups included', () => {
    expect(planReplace(document.units, { text: 'Kadhimi', regex: false, caseSensitive: true }, 'al-Kadhimi')).toEqual([
      { unitId: 'u1', before: 'Kadhimi goes to Washington.', after: 'al-Kadhimi goes to Washington.', count: 1 },
      { unitId: 'u2', before: 'Trump waits for Kadhimi.', after: 'Trump waits for al-Kadhimi.', count: 1 },
    ]);
    const swapped = planReplace(document.units, { text: '(\\w+) waits for (\\w+)', regex: true, caseSensitive: true }, '$2 waits for $1');
    expect(swapped).toEqual([{ unitId: 'u2', before: 'Trump waits for Kadhimi.', after: 'Kadhimi waits for Trump.', count: 1 }]);
    expect(planReplace(document.units, { text: '(', regex: true, caseSensitive: true }, 'x')).toHaveProperty('error');
    expect(planReplace(document.units, { text: 'a.b', regex: false, caseSensitive: true }, 'x')).toEqual([]);
  });

  it('applies a planned replacement as one operation that undoes in one step', () => {
    const plan = planReplace(document.units, { text: 'Kadhimi', regex: false, caseSensitive: true }, 'al-Kadhimi');
    if ('error' in plan) throw new Error(plan.error);
    const ctx = { now: 'T', author: 'r', newUnitId: () => 'x' };
    const applied = applyOperation(document, { kind: 'set-targets', items: plan.map((p) => ({ unitId: p.unitId, text: p.after })) }, ctx);
    expect(applied.units.map((u) => u.target[0]?.text)).toEqual(['al-Kadhimi goes to Washington.', 'Trump waits for al-Kadhimi.', undefined]);
    const undone = applyOperation({ ...document, units: [...applied.units] }, { kind: 'splice', ...applied.inverse }, ctx);
    expect(undone.units).toEqual(document.units);
  });
});
