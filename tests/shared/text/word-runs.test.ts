import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordRuns } from '../../../shared/text';
import { PROPERTY_SEED, anyText, messyText } from './arbitraries';

/** The definition the table-driven scan must keep: runs of letters and marks, numbers with separators. */
function reference(text: string): Array<{ text: string; start: number; end: number }> {
  const runs = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\u200C\u0640]+|\p{Nd}+(?:[.,\u066B\u066C/]\p{Nd}+)*/gu)) {
    const word = match[0].replace(/^[\u200C\u0640]+/u, '');
    const start = match.index + (match[0].length - word.length);
    const trimmed = word.replace(/[\u200C\u0640]+$/u, '');
    if (trimmed) runs.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return runs;
}

describe('wordRuns', () => {
  it('finds words and numbers with their offsets, ZWNJ and tatweel inside a word only', () => {
    expect(wordRuns('لە ساڵی ٢٠٠٩ دا، ‌کازمی‌ 1,000.5 U.S.')).toEqual([
      { text: 'لە', start: 0, end: 2 }, { text: 'ساڵی', start: 3, end: 7 }, { text: '٢٠٠٩', start: 8, end: 12 },
      { text: 'دا', start: 13, end: 15 }, { text: 'کازمی', start: 18, end: 23 }, { text: '1,000.5', start: 25, end: 32 },
      { text: 'U', start: 33, end: 34 }, { text: 'S', start: 35, end: 36 },
    ]);
  });

  it('agrees with the regular expression that defines it', () => {
    fc.assert(fc.property(fc.oneof(messyText(), anyText()), (text) => {
      expect(wordRuns(text)).toEqual(reference(text));
    }), { seed: PROPERTY_SEED, numRuns: 3000 });
  });
});
