import { describe, expect, it } from 'vitest';
import { sourceNameMatcher, spellingCandidates } from '../../../shared/spelling';

describe('spelling candidates', () => {
  it('keeps English words with their offsets, splits hyphens, skips acronyms, numbers, links and Sorani', () => {
    const text = 'The hundred-day goverment of the US met کازمی at www.example.org in 2020s, e.g. 5th.';
    const words = spellingCandidates(text).map((s) => s.word);
    expect(words).toEqual(['The', 'hundred', 'day', 'goverment', 'of', 'the', 'met', 'at', 'in']);
    const typo = spellingCandidates(text).find((s) => s.word === 'goverment');
    expect(typo && text.slice(typo.start, typo.end)).toBe('goverment');
    expect(spellingCandidates('al-Sadr and el-Sisi').map((s) => s.word)).toEqual(['Sadr', 'and', 'Sisi']);
    expect(spellingCandidates("Kadhimi's team")).toEqual([{ start: 0, end: 9, word: "Kadhimi's" }, { start: 10, end: 14, word: 'team' }]);
  });

  it('recognises names carried over from the Sorani source, inflected there, and nothing else', () => {
    const isName = sourceNameMatcher('کازمی لە واشنتنەوە گەڕایەوە بۆ بەغدا و لەگەڵ ترەمپ کۆبووەوە.');
    expect(['Kadhimi', 'Washington', 'Baghdad', 'Trump', "Kadhimi's"].map(isName)).toEqual([true, true, true, true, true]);
    expect(['Moscow', 'kadhimi', 'Paris'].map(isName)).toEqual([false, false, false]);
  });
});
