import { describe, expect, it } from 'vitest';
import { BoundedSpanCache } from '../../../shared/text';

describe('a cache of words by their place in a text', () => {
  it('works a word out once however often and wherever it is met, and forgets all at its limit', () => {
    const asked: string[] = [];
    const cache = new BoundedSpanCache(3, (word) => {
      asked.push(word);
      return word.length;
    });
    const text = 'کازمی و کازمی، کازمییەوە و';
    expect(cache.get(text, 0, 5)).toBe(5);
    expect(cache.get(text, 8, 13)).toBe(5);
    expect(cache.get(text, 6, 7)).toBe(1);
    expect(cache.get(text, 15, 24)).toBe(9);
    expect(asked).toEqual(['کازمی', 'و', 'کازمییەوە']);
    // Three words held: the next new one empties it first.
    expect(cache.get('سپی', 0, 3)).toBe(3);
    expect(cache.get(text, 0, 5)).toBe(5);
    expect(asked).toEqual(['کازمی', 'و', 'کازمییەوە', 'سپی', 'کازمی']);
  });
});
