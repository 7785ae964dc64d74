import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bmpClassTable, isBlank, trimmedLength } from '../../../shared/text';
import { PROPERTY_SEED, anyText, messyText } from './arbitraries';

describe('character class tables', () => {
  it('hold exactly the BMP code units each class matches, tested one by one', () => {
    for (const characterClass of ['[\\p{L}\\p{M}]', '\\p{N}', '\\s', '[\\s\\u200C]']) {
      const table = bmpClassTable(characterClass);
      const pattern = new RegExp(`^${characterClass}$`, 'u');
      const wrong: number[] = [];
      for (let code = 0; code < 0x10000; code++) {
        const expected = code >= 0xd800 && code <= 0xdfff ? false : pattern.test(String.fromCharCode(code));
        if ((table[code] === 1) !== expected) wrong.push(code);
      }
      expect(wrong, characterClass).toEqual([]);
    }
  });
});

describe('white space tests', () => {
  it('call a text blank exactly when trim() leaves nothing, and measure it as trim() does but for U+0085', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), messyText(), fc.constantFrom('', ' ', '\u3000\uFEFF', ' a ', '\u0085')), (text) => {
        expect(isBlank(text)).toBe(text.trim() === '');
        expect(trimmedLength(text)).toBe(text.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '').length);
      }),
      { seed: PROPERTY_SEED, numRuns: 3000 },
    );
  });
});
