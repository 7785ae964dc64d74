import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Band } from '../../../shared/align/band';
import { pairMatches, type DpRange } from '../../../shared/align/dp';
import type { SideFeatures } from '../../../shared/align/features';
import { PROPERTY_SEED } from '../text/arbitraries';

/** Sentences as lists of items, each item a list of keys, in the CSR layout the aligner uses. */
function side(sentences: ReadonlyArray<ReadonlyArray<readonly number[]>>): SideFeatures {
  const itemStart = [0];
  const keyStart = [0];
  const keys: number[] = [];
  for (const sentence of sentences) {
    for (const item of sentence) {
      keys.push(...item);
      keyStart.push(keys.length);
    }
    itemStart.push(keyStart.length - 1);
  }
  return {
    count: sentences.length, chars: new Float64Array(sentences.length).fill(10), paragraphStarts: new Uint8Array(0),
    itemStart: Int32Array.from(itemStart), keyStart: Int32Array.from(keyStart), keys: Int32Array.from(keys),
  };
}

/** The definition: for each cell, every key of the target sentence credits the source item that last has it in the source sentence, each item once. */
function reference(source: SideFeatures, target: SideFeatures, range: DpRange, from: Int32Array, to: Int32Array): number[][] {
  const rows: number[][] = [];
  for (let s = 0; s < range.sourceEnd - range.sourceStart; s++) {
    const gs = range.sourceStart + s;
    const ownerOf = new Map<number, number>();
    for (let item = source.itemStart[gs] ?? 0; item < (source.itemStart[gs + 1] ?? 0); item++) {
      for (let k = source.keyStart[item] ?? 0; k < (source.keyStart[item + 1] ?? 0); k++) ownerOf.set(source.keys[k] ?? 0, item);
    }
    const row: number[] = [];
    for (let t = from[s] ?? 0; t <= (to[s] ?? -1); t++) {
      const gt = range.targetStart + t;
      const credited = new Set<number>();
      for (let k = target.keyStart[target.itemStart[gt] ?? 0] ?? 0; k < (target.keyStart[target.itemStart[gt + 1] ?? 0] ?? 0); k++) {
        const owner = ownerOf.get(target.keys[k] ?? 0);
        if (owner !== undefined) credited.add(owner);
      }
      row.push(credited.size);
    }
    rows.push(row);
  }
  return rows;
}

const KEYS = 12;
const sentencesArb = fc.array(fc.array(fc.array(fc.integer({ min: 0, max: KEYS - 1 }), { minLength: 1, maxLength: 3 }), { maxLength: 5 }), { minLength: 1, maxLength: 14 });

describe('pairMatches', () => {
  it('counts, for every cell near the band, the source items whose keys the target sentence has, as the definition does', () => {
    fc.assert(fc.property(sentencesArb, sentencesArb, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 8 }), (sourceSentences, targetSentences, shift, width) => {
      // A stretch inside both sides, and a band of the given half-width around its diagonal.
      const source = side([[[0]], ...sourceSentences]);
      const target = side([[[1]], ...targetSentences]);
      const range = { sourceStart: 1, sourceEnd: source.count, targetStart: 1, targetEnd: target.count };
      const n = range.sourceEnd - range.sourceStart;
      const m = range.targetEnd - range.targetStart;
      const lo = new Int32Array(n + 1);
      const hi = new Int32Array(n + 1);
      for (let i = 0; i <= n; i++) {
        const centre = Math.round((i * m) / Math.max(1, n)) - shift + 3;
        lo[i] = Math.max(0, Math.min(m, centre - width));
        hi[i] = Math.max(lo[i] ?? 0, Math.min(m, centre + width));
      }
      const band: Band = { lo, hi };
      const found = pairMatches(source, target, range, band, KEYS);
      const expected = reference(source, target, range, found.from, found.to);
      const rows = expected.map((row, s) => Array.from(found.counts.subarray(found.offset[s] ?? 0, (found.offset[s] ?? 0) + row.length)));
      expect(rows).toEqual(expected);
    }), { seed: PROPERTY_SEED, numRuns: 1500 });
  });
});
