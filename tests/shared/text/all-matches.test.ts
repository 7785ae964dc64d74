import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../shared/text';
import { PROPERTY_SEED, anyText, messyText } from './arbitraries';

const PATTERNS = [/[\u0600-\u06FF]+/gu, /\d*/g, /(?:)/gu, /\p{L}?/gu, /[ \u00A0]+(?=[,.])/g, /(a)|(b)?/g];

describe('allMatches', () => {
  it('finds what matchAll finds, empty matches and surrogate pairs included', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), messyText(), fc.constantFrom('😀a😀', 'ab', '')), fc.constantFrom(...PATTERNS), (text, pattern) => {
        const expected = [...text.matchAll(pattern)].map((m) => [m.index, [...m]]);
        expect(allMatches(pattern, text).map((m) => [m.index, [...m]])).toEqual(expected);
      }),
      { seed: PROPERTY_SEED, numRuns: 2000 },
    );
  });
});
