import { describe, expect, it } from 'vitest';
import { unitsFromLinks, type Unit } from '../../shared/project';
import { confidenceClass, nextToCheck } from '../../renderer/align/links-to-check';

/** Aligned units with these scores, one sentence a side each; `confirmed` marks the ones a person confirmed. */
function unitsScored(scores: readonly number[], confirmed: readonly number[] = []): Unit[] {
  const sentences = scores.map((_, i) => ({ text: `S${i}.` }));
  let id = 0;
  const units = unitsFromLinks(sentences, sentences, scores.map((score, i) => ({ source: [i], target: [i], score })), { newUnitId: () => `u${id++}` });
  return units.map((unit, i) => (confirmed.includes(i) && unit.alignment ? { ...unit, alignment: { ...unit.alignment, confirmed: true } } : unit));
}

describe('links to check', () => {
  it('colours by the calibrated confidence: green from 0.8, red under 0.5, confirmed apart', () => {
    expect(unitsScored([0.95, 0.8, 0.79, 0.5, 0.49], [0]).map(confidenceClass)).toEqual(['confirmed', 'high', 'mid', 'mid', 'low']);
  });

  it('visits the least likely links first, then by place, and back again with the other direction', () => {
    //                         0     1     2     3     4     5     6
    const units = unitsScored([0.99, 0.62, 0.31, 0.9, 0.62, 0.45, 0.97]);
    const visits: number[] = [];
    for (let at: number | undefined = 0; (at = nextToCheck(units, at, 1)) !== undefined;) visits.push(at);
    expect(visits).toEqual([2, 5, 1, 4]);
    expect(nextToCheck(units, 4, -1)).toBe(1);
    expect(nextToCheck(units, 2, -1)).toBeUndefined();
  });

  it('goes on from a link just confirmed as from its place in the order, skips confirmed ones, and starts again from a sure one', () => {
    const units = unitsScored([0.3, 0.6, 0.4, 0.99], [2]);
    // Link 2 (0.4) was confirmed while active: the next least likely after it is link 1 (0.6).
    expect(nextToCheck(units, 2, 1)).toBe(1);
    // From a sure link the order starts again: N at the least likely, Shift+N at the most likely of those to check.
    expect(nextToCheck(units, 3, 1)).toBe(0);
    expect(nextToCheck(units, 3, -1)).toBe(1);
    expect(nextToCheck(units, 1, 1)).toBeUndefined();
  });
});
