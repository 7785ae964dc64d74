import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, stem, stemCandidates } from '../../../shared/text';
import { PROPERTY_SEED, soraniWord } from './arbitraries';

describe('stemmer', () => {
  it.each([
    ['حکومەتەکەی', 'حکومەت'], // definite + pronoun: his government
    ['حکومەتیان', 'حکومەت'], // their government
    ['حکومەتدا', 'حکومەت'], // in the government
    ['کازمییەوە', 'کازمی'], // postposition after a vowel-final name, glide ی
    ['داعشدا', 'داعش'],
    ['میلیشیایانە', 'میلیشیا'], // demonstrative plural after a vowel
    ['میلیشیاکان', 'میلیشیا'],
    ['هاوپەیمانیی', 'هاوپەیمانی'], // izafe after ی
    ['سپییەوە', 'سپی'],
    ['پەرلەمانەکەدا', 'پەرلەمان'],
    ['هەڵبژاردنەکاندا', 'هەڵبژاردن'],
    ['وەزیرەکەیان', 'وەزیر'],
    ['سوپاکەمان', 'سوپا'],
    ['شارەکانیش', 'شار'],
    ['دەوڵەتێکی', 'دەوڵەت'],
    ['گەورەترین', 'گەورە'],
    ['کوردستانەوە', 'کوردستان'],
    ['بەغداوە', 'بەغدا'],
    ['لەبەغدا', 'بەغدا'], // attached preposition
    ['بەکازمی', 'کازمی'],
    ['ئەمریکاش', 'ئەمریکا'],
  ])('%s has the candidate stem %s', (word, expected) => {
    expect(stemCandidates(word)).toContain(expected);
  });

  it.each([
    ['حکومەتەکەی', 'حکومەت'], ['کازمییەوە', 'کازمی'], ['داعشدا', 'داعش'], ['میلیشیایانە', 'میلیشیا'],
    ['هاوپەیمانیی', 'هاوپەیمانی'], ['پارتەکان', 'پارت'], ['هێزەکانی', 'هێز'], ['کوردستانەوە', 'کوردستان'],
  ])('ranks %s → %s first', (word, expected) => {
    expect(stemCandidates(word)[0]).toBe(expected);
  });

  it('never turns سەرۆکوەزیرانی (prime minister) into سەرۆک (president)', () => {
    expect(stemCandidates('سەرۆکوەزیرانی')).not.toContain('سەرۆک');
    expect(stemCandidates('سەرۆکوەزیرانی')).toContain('سەرۆکوەزیران');
  });

  it('ranks a candidate the lexicon knows first', () => {
    const known = new Set(['بەغدا']);
    expect(stemCandidates('بەغدا', { isKnown: (s) => known.has(s) })[0]).toBe('بەغدا');
  });

  it('records the suffixes it removed, innermost first', () => {
    const best = stem('حکومەتەکەیدا').candidates.find((c) => c.stem === 'حکومەت');
    expect(best?.suffixes).toEqual(['ەکە', 'ی', 'دا']);
  });

  it('normalizes before stemming (Arabic letters, old-font ە)', () => {
    expect(stemCandidates('حكومه\u200Cتەكەي')).toContain('حکومەت');
  });

  it('every stem is a substring of the normalized word, at least two letters long', () => {
    fc.assert(
      fc.property(soraniWord(), fc.constantFrom('', 'ەکە', 'ەکانی', 'یەوە', 'دا', 'یش', 'یان', 'ی'), (body, suffix) => {
        const word = body + suffix;
        const normalized = normalize(word, 'display').text;
        for (const candidate of stemCandidates(word)) {
          expect(normalized).toContain(candidate);
          expect(candidate.length).toBeGreaterThanOrEqual(Math.min(2, normalized.length));
        }
      }),
      { seed: PROPERTY_SEED, numRuns: 2000 },
    );
  });
});
