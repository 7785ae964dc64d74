import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixTreePattern } from '../../../shared/text/prefix-tree-pattern';
import { PROPERTY_SEED } from './arbitraries';

describe('prefixTreePattern', () => {
  it('matches exactly the words it was made of, their first letter in either case', () => {
    const word = fc.array(fc.constantFrom(...'abtenhrsئادرک'), { minLength: 1, maxLength: 6 }).map((letters) => letters.join(''));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), word, (words, other) => {
      const pattern = new RegExp(`^(?:${prefixTreePattern(words)})$`, 'u');
      for (const w of words) {
        expect(pattern.test(w), w).toBe(true);
        expect(pattern.test(w.charAt(0).toUpperCase() + w.slice(1)), w).toBe(true);
      }
      expect(pattern.test(other)).toBe(words.includes(other));
    }), { seed: PROPERTY_SEED, numRuns: 500 });
  });

  it('lets a space in a word stand for any white space', () => {
    expect(new RegExp(`^${prefixTreePattern(['کانوونی دووەم'])}$`, 'u').test('کانوونی  دووەم')).toBe(true);
  });
});
