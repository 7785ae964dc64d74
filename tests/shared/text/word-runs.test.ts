import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordSpans, scanWordRuns, wordRuns } from '../../../shared/text';
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

  it('counts in the same pass the code units nobody sees and gathers the marks of the characters outside words', () => {
    const marksOf = new Uint8Array(0x10000);
    for (const [mark, bit] of [['?', 1], ['؟', 1], ['(', 2], ['«', 4], ['.', 8]] as const) marksOf[mark.charCodeAt(0)] = bit;
    const hidden = (code: number) => code <= 32 || code === 0xa0 || code === 0x200c || code === 0x200b;
    const spans = new WordSpans();
    fc.assert(fc.property(fc.oneof(messyText(), anyText()), (text) => {
      scanWordRuns(text, spans, marksOf);
      const codes = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
      expect(spans.hidden).toBe(codes.filter(hidden).length);
      // Marks count outside words only: a "." inside 1,000.5 is part of the number.
      const inWord = new Set(wordRuns(text).flatMap((run) => Array.from({ length: run.end - run.start }, (_, k) => run.start + k)));
      expect(spans.marks).toBe(codes.reduce((bits, code, i) => (inWord.has(i) || hidden(code) ? bits : bits | (marksOf[code] ?? 0)), 0));
    }), { seed: PROPERTY_SEED, numRuns: 2000 });
    expect(scanWordRuns('کازمی؟ (1,000.5) «نا»\u200c.', spans, marksOf)).toMatchObject({ hidden: 3, marks: 1 | 2 | 4 | 8 });
    // Beyond the BMP the scan falls back to the pattern, and counts the same way.
    expect(scanWordRuns('😀 (1,000.5)', spans, marksOf)).toMatchObject({ count: 1, hidden: 1, marks: 2 });
  });
});
