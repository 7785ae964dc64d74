import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberIssues, plantedCaught, readNumbersSet } from '../../../bench/planted-mistakes';
import { NUMBERS_SET, numbersSet } from '../../../scripts/build-numbers-set';

describe('the numbers check on pairs of every form of number and date (tests/fixtures/numbers)', () => {
  const pairs = readNumbersSet();

  it('is the set the generator makes, 330 pairs', () => {
    expect(readFileSync(NUMBERS_SET, 'utf8')).toBe(numbersSet());
    expect(pairs).toHaveLength(330);
  });

  it('passes every faithful translation: no error and no warning', () => {
    expect(pairs.filter((pair) => numberIssues(pair, pair.en, true).length > 0)).toEqual([]);
  });

  it('catches every planted mistake: a digit changed, a number left out, a month, an ordinal, a number word, an identifier', () => {
    const tally = plantedCaught(pairs, true);
    expect(Object.keys(tally).sort()).toEqual(['digit', 'dropped', 'identifier', 'month', 'number word', 'ordinal']);
    for (const [kind, { caught, of, missed }] of Object.entries(tally)) {
      expect(of, kind).toBeGreaterThanOrEqual(15);
      expect({ kind, caught, missed }).toEqual({ kind, caught: of, missed: [] });
    }
  });
});
