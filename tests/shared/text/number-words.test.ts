import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishNumberWords, findNumberWords, soraniNumberWords } from '../../../shared/text';
import { numberWordsFrom } from '../../../shared/text/number-words';

const read = (text: string, language: 'ckb' | 'en') => findNumberWords(text, language).map(({ text: written, value, ordinal, approximate }) => ({ written, value, ordinal, approximate }));

describe('numbers written in words', () => {
  it('finds what reading every token from the start finds (the text before the first number word is never tokenized)', () => {
    const pieces = {
      ckb: ['دوو', 'هەزار', 'و', 'پێنج', 'سەد', 'سێیەم', 'ملیۆنێک', 'دەیان', '10', '٢٫٥', 'کەس', 'لە', 'یەک', 'H5N1', 'کۆڤید-19', 'ئەم-ئەو', '3.5', '،', '-'],
      en: ['a', 'two', 'hundred', 'and', 'five', 'twenty-five', 'first', 'tens', 'of', 'thousands', 'million', '10', '2.5', 'people', 'one', 'COVID-19', 'a-b', ',', '-'],
    } as const;
    // English words glued to digits (2.5thousands) are not looked for: the pre-test wants a word's start.
    const gaps = { ckb: [' ', '', '  ', '-'], en: [' ', '  ', '-'] } as const;
    for (const language of ['ckb', 'en'] as const) {
      fc.assert(fc.property(fc.array(fc.constantFrom(...pieces[language]), { maxLength: 14 }), fc.array(fc.constantFrom(...gaps[language]), { minLength: 14, maxLength: 14 }), (words, gaps) => {
        const text = words.map((word, k) => `${word}${gaps[k] ?? ' '}`).join('');
        expect(findNumberWords(text, language)).toEqual(numberWordsFrom(text, language, 0));
      }), { seed: 23, numRuns: 2000 });
    }
  });

  it('reads back the value of any whole number written out in Sorani and in English', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 999_999_999 }), (value) => {
      for (const [text, language] of [[soraniNumberWords(value), 'ckb'], [englishNumberWords(value), 'en']] as const) {
        const found = findNumberWords(`${language === 'ckb' ? 'نزیکەی' : 'about'} ${text} ${language === 'ckb' ? 'کەس' : 'people'}`, language);
        expect(found.map((n) => n.value), text).toEqual([value]);
      }
    }), { seed: 17, numRuns: 500 });
  });

  it('reads Sorani compounds, digits with a scale word, ordinals and the indefinite ending', () => {
    expect(read('دوو هەزار و پێنج سەد کەس', 'ckb')).toEqual([{ written: 'دوو هەزار و پێنج سەد', value: 2500, ordinal: false, approximate: false }]);
    expect(read('زیاتر لە 10 هەزار تووشبوو', 'ckb')[0]).toMatchObject({ written: '10 هەزار', value: 10_000 });
    expect(read('٢٫٥ ملیۆن دۆلار', 'ckb')[0]).toMatchObject({ value: 2_500_000 });
    expect(read('بۆ جاری سێیەم', 'ckb')[0]).toMatchObject({ value: 3, ordinal: true });
    expect(read('دووەم و بیست و یەکەم', 'ckb').map((n) => [n.value, n.ordinal])).toEqual([[2, true], [21, true]]);
    expect(read('ملیۆنێک کەس', 'ckb')[0]).toMatchObject({ value: 1_000_000, ordinal: false });
    // A lone یەک (one, a) is as often an article: not a number by itself.
    expect(read('یەک لە ئەندامەکان', 'ckb')).toEqual([]);
  });

  it('reads English compounds, hyphenated tens, "a million", ordinals', () => {
    expect(read('two hundred and five cases', 'en')[0]).toMatchObject({ value: 205 });
    expect(read('twenty-five people', 'en')[0]).toMatchObject({ value: 25 });
    expect(read('a million doses and a dozen eggs', 'en').map((n) => n.value)).toEqual([1_000_000, 12]);
    expect(read('the twenty-first day', 'en')[0]).toMatchObject({ value: 21, ordinal: true });
    expect(read('2.5 million', 'en')[0]).toMatchObject({ value: 2_500_000 });
    expect(read('one of them', 'en')).toEqual([]);
  });

  it('reads plural scale words as approximate quantities of their order', () => {
    expect(read('tens of thousands of people', 'en')[0]).toMatchObject({ value: 10_000, approximate: true });
    expect(read('hundreds of cases', 'en')[0]).toMatchObject({ value: 100, approximate: true });
    expect(read('دەیان هەزار کەس', 'ckb')[0]).toMatchObject({ value: 10_000, approximate: true });
    expect(read('سەدان کەس', 'ckb')[0]).toMatchObject({ value: 100, approximate: true });
  });
});
