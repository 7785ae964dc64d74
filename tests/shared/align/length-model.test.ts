import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GALE_CHURCH, SORANI_ENGLISH, alignSentences, estimateLengthModel, ratioOfTotals, type LengthModel } from '../../../shared/align';
import { beadF1, udhrCases } from '../../../bench/align-data';
import { random } from '../../../bench/corpus';
import { PROPERTY_SEED } from '../text/arbitraries';

/** Normal noise by Box and Muller, from the benches' seeded generator. */
function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/** Sentence pairs whose target lengths follow a length model exactly as Gale and Church describe it. */
function pairsOf(model: LengthModel, count: number, seed: number): Array<[number, number]> {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const s = 20 + Math.floor(next() * 180);
    const mean = s * model.ratio;
    // The deviation is measured against the mean of both lengths in the source's units.
    const t = Math.max(1, Math.round(mean + normal(next) * Math.sqrt(model.variance * (s + mean / model.ratio) / 2)));
    return [s, t];
  });
}

describe('estimateLengthModel', () => {
  it("recovers a document's ratio and its variance (widened by half for real translations' tails)", () => {
    fc.assert(fc.property(fc.double({ min: 0.6, max: 1.8, noNaN: true }), fc.double({ min: 0.8, max: 8, noNaN: true }), fc.integer({ min: 1, max: 1e6 }), (ratio, variance, seed) => {
      const learned = estimateLengthModel(pairsOf({ ratio, variance }, 2000, seed), SORANI_ENGLISH);
      expect(Math.abs(learned.ratio / ratio - 1)).toBeLessThan(0.05);
      expect(Math.abs(learned.variance / (1.5 * variance) - 1)).toBeLessThan(0.2);
    }), { seed: PROPERTY_SEED, numRuns: 40 });
  });

  it('is hardly moved by a fifth of wrong pairs', () => {
    const right = pairsOf({ ratio: 1.4, variance: 2 }, 400, 3);
    const next = random(4);
    const wrong = Array.from({ length: 100 }, (): [number, number] => [20 + Math.floor(next() * 180), 20 + Math.floor(next() * 180)]);
    const learned = estimateLengthModel([...right, ...wrong], SORANI_ENGLISH);
    expect(learned.ratio).toBeGreaterThan(1.3);
    expect(learned.ratio).toBeLessThan(1.5);
  });

  it('keeps the prior for a handful of pairs and leans on it for a short document', () => {
    expect(estimateLengthModel([[40, 80], [50, 100]], SORANI_ENGLISH)).toBe(SORANI_ENGLISH);
    const short = estimateLengthModel(pairsOf({ ratio: 2, variance: 2 }, 10, 5), SORANI_ENGLISH);
    expect(short.ratio).toBeGreaterThan(SORANI_ENGLISH.ratio);
    expect(short.ratio).toBeLessThan(1.5);
    // Pairs too short to say anything count for nothing.
    expect(estimateLengthModel([[3, 9], [2, 7], [4, 12], [5, 15]], SORANI_ENGLISH)).toBe(SORANI_ENGLISH);
  });
});

describe('ratioOfTotals', () => {
  it("is the totals' ratio for a long document and the prior's for an empty one", () => {
    expect(ratioOfTotals(10_000, 14_000, 2000, SORANI_ENGLISH)).toBeCloseTo(1.4, 1);
    expect(ratioOfTotals(0, 500, 0, SORANI_ENGLISH)).toBe(SORANI_ENGLISH.ratio);
    expect(ratioOfTotals(100, 200, 20, SORANI_ENGLISH)).toBeCloseTo((2 + 1.03) / 2, 5);
  });
});

describe('alignSentences with a length model of its own', () => {
  it('aligns Arabic-English (English a third longer) far better than with the Sorani model, and better than plain Gale-Church', () => {
    const arabic = udhrCases().find((c) => c.otherLanguage === 'arb');
    if (!arabic) throw new Error('no UDHR Arabic set in bench/data/align/udhr');
    const f1 = (options: Parameters<typeof alignSentences>[2]): number => beadF1(alignSentences(arabic.source, arabic.target, options), arabic.gold).f1;
    const learned = f1({});
    expect(learned).toBeGreaterThan(0.85);
    expect(learned).toBeGreaterThan(f1({ model: SORANI_ENGLISH }) + 0.1);
    expect(learned).toBeGreaterThan(f1({ lengthOnly: true, model: GALE_CHURCH }) + 0.1);
  });
});
