import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanInterner } from '../../../shared/text';
import { PROPERTY_SEED, anyText, soraniWord } from './arbitraries';

describe('SpanInterner', () => {
  it('gives equal spans one number and that number the span as its word, also as the table grows', () => {
    fc.assert(fc.property(fc.array(fc.oneof(soraniWord(), anyText(5)), { minLength: 1, maxLength: 3000 }), (list) => {
      const interner = new SpanInterner();
      const text = list.join('\u0000');
      const first = new Map<string, number>();
      let at = 0;
      for (const word of list) {
        const id = interner.idOf(text, at, at + word.length);
        expect(interner.words[id]).toBe(word);
        if (first.has(word)) expect(id).toBe(first.get(word));
        else first.set(word, id);
        at += word.length + 1;
      }
      expect(interner.words.length).toBe(first.size);
    }), { seed: PROPERTY_SEED, numRuns: 200 });
  });
});
