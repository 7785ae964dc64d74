import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adaptNumbers, compareSentences, contextScore, decodeTokens, encodeTokens, matchBand, prepareSentence, scoreAtLeast, similarity, tmTokens,
} from '../../../shared/tm';
import { matchingKey } from '../../../shared/text';

// Words of the demo article and their inflected forms (same stem, another ending or clitic).
const WORDS = ['کازمی', 'سەردانی', 'واشنتن', 'دەکات', 'سەرۆک', 'ئەمریکا', 'پەرلەمان', 'هەڵبژاردن', 'نوێنەر', 'عێراق', 'کۆشکی', 'سپی', 'بڕیار', 'دا', 'لە', 'بۆ'];
const INFLECTED: ReadonlyArray<[string, string]> = [['حکومەت', 'حکومەتەکە'], ['حکومەتەکە', 'حکومەتەکەی'], ['پەرلەمان', 'پەرلەمانەکە'], ['سەرۆک', 'سەرۆکەکەی']];
const UNRELATED = ['مانگ', 'دەوڵەت', 'ئابووری', 'ڕۆژنامە'];
const DIGITS = '0123456789';
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 14 }).map((words) => `${words.join(' ')}.`);
/** The same sentence as a typist may write it: Arabic look-alike letters, Arabic-Indic digits, ZWNJ, extra spaces. */
function asTypedElsewhere(text: string): string {
  return text.replace(/ک/gu, 'ك').replace(/ی/gu, 'ي').replace(/[0-9]/gu, (d) => ARABIC_INDIC[DIGITS.indexOf(d)] ?? d).replace(/ /gu, '  ');
}

describe('the fuzzy match score', () => {
  it('is 100 exactly when the matching keys are the same, and between 0 and 99 otherwise', () => {
    fc.assert(fc.property(sentence, sentence, (a, b) => {
      const score = similarity(a, b);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      expect(score === 100).toBe(matchingKey(a) === matchingKey(b));
    }), { seed: 16, numRuns: 300 });
  });

  it('costs nothing for look-alike letters, digit scripts, ZWNJ and spacing', () => {
    fc.assert(fc.property(sentence, fc.integer({ min: 0, max: 3000 }), (text, year) => {
      const withNumber = text.replace(/\.$/u, ` ${year}.`);
      expect(similarity(withNumber, asTypedElsewhere(withNumber))).toBe(100);
    }), { seed: 16, numRuns: 200 });
    expect(similarity('هەڵبژاردنەکان', 'هەڵبژاردن\u200Cەکان')).toBe(100);
  });

  it('is symmetric', () => {
    fc.assert(fc.property(sentence, sentence, (a, b) => similarity(a, b) === similarity(b, a)), { seed: 16, numRuns: 200 });
  });

  it('falls as words are added', () => {
    fc.assert(fc.property(sentence, fc.array(fc.constantFrom(...UNRELATED), { minLength: 1, maxLength: 3 }), (text, extra) => {
      const longer = text.replace(/\.$/u, ` ${extra.join(' ')}.`);
      const more = `${longer.slice(0, -1)} ${UNRELATED[0]}.`;
      expect(similarity(text, longer)).toBeLessThan(100);
      expect(similarity(text, more)).toBeLessThanOrEqual(similarity(text, longer));
    }), { seed: 16, numRuns: 200 });
  });

  it('costs an inflection or a clitic less than another word, and a number less than a word', () => {
    fc.assert(fc.property(sentence, fc.constantFrom(...INFLECTED), fc.constantFrom(...UNRELATED), fc.nat(40), (text, [form, other], unrelated, place) => {
      const words = text.slice(0, -1).split(' ');
      const at = place % (words.length + 1);
      const withForm = (word: string): string => `${[...words.slice(0, at), word, ...words.slice(at)].join(' ')}.`;
      const inflected = similarity(withForm(form), withForm(other));
      const replaced = similarity(withForm(form), withForm(unrelated));
      expect(inflected).toBeGreaterThan(replaced);
      const number = similarity(withForm('2009'), withForm('2010'));
      expect(number).toBeGreaterThan(replaced);
      expect(number).toBeLessThan(100);
    }), { seed: 16, numRuns: 200 });
  });

  it('describes the differences token by token, each token of both sentences once, in order', () => {
    fc.assert(fc.property(sentence, sentence, (a, b) => {
      const comparison = compareSentences(a, b);
      const current = comparison.ops.flatMap((op) => (op.current === undefined ? [] : [op.current]));
      const stored = comparison.ops.flatMap((op) => (op.stored === undefined ? [] : [op.stored]));
      expect(current).toEqual(comparison.current.map((_, k) => k));
      expect(stored).toEqual(comparison.stored.map((_, k) => k));
    }), { seed: 16, numRuns: 200 });
  });

  it('ranks known edits in their documented bands (docs/TRANSLATION-MEMORY.md)', () => {
    const base = 'سەرۆک کۆماری ئەمریکا لە کۆشکی سپی پێشوازی لە سەرۆک وەزیرانی عێراق کرد.';
    const cases: Array<[string, string, readonly [number, number]]> = [
      ['a word changed', base.replace('ئەمریکا', 'فەرەنسا'), [85, 94]],
      ['an inflection changed', base.replace('کۆماری', 'کۆمارەکەی'), [95, 99]],
      ['a number changed', `${base.slice(0, -1)} لە ساڵی ٢٠٢٠.`.replace('٢٠٢٠', '٢٠٢١'), [95, 99]],
      ['the final mark changed', base.replace('.', '!'), [95, 99]],
      ['two words added', base.replace('کرد.', 'بە گەرمی کرد.'), [80, 89]],
      ['four words added', base.replace('کرد.', 'بە گەرمی و بە خۆشییەوە کرد.'), [65, 74]],
      ['half the sentence different', 'سەرۆک کۆماری ئەمریکا سەردانی بەغدای کرد و گفتوگۆی لەگەڵ پەرلەمان کرد.', [25, 49]],
    ];
    const reference = (name: string): string => (name === 'a number changed' ? `${base.slice(0, -1)} لە ساڵی ٢٠٢٠.` : base);
    for (const [name, edited, [low, high]] of cases) {
      const score = similarity(reference(name), edited);
      expect(score, name).toBeGreaterThanOrEqual(low);
      expect(score, name).toBeLessThanOrEqual(high);
    }
    expect(matchBand(contextScore(100, true, true))).toBe('101');
    expect(matchBand(contextScore(100, true, false))).toBe('100');
    expect(matchBand(49)).toBe('none');
  });
});

describe('scoring without the differences (how a memory scores its candidates)', () => {
  const edited = fc.tuple(sentence, fc.array(fc.constantFrom(...UNRELATED, ...WORDS, 'حکومەتەکەی', '2009', '٢٠١٠', '،'), { maxLength: 4 }), fc.nat(20))
    .map(([text, inserted, at]) => {
      const words = text.slice(0, -1).split(' ');
      const place = at % (words.length + 1);
      return `${[...words.slice(0, place), ...inserted, ...words.slice(place + 1)].join(' ')}.`;
    });

  it('gives the score compareSentences gives, from tokens kept encoded in the index', () => {
    fc.assert(fc.property(sentence, edited, (a, b) => {
      const stored = decodeTokens(encodeTokens(tmTokens(b)));
      expect(scoreAtLeast(prepareSentence(tmTokens(a)), prepareSentence(stored))).toBe(compareSentences(tmTokens(a), b).score);
    }), { seed: 16, numRuns: 400 });
  });

  it('gives up (-1) exactly when the score is under the floor asked for', () => {
    fc.assert(fc.property(sentence, edited, fc.integer({ min: 0, max: 101 }), (a, b, floor) => {
      const score = compareSentences(tmTokens(a), b).score;
      expect(scoreAtLeast(prepareSentence(tmTokens(a)), prepareSentence(tmTokens(b)), floor)).toBe(score >= floor ? score : -1);
    }), { seed: 16, numRuns: 400 });
  });

  it('keeps every token through encoding, control characters and numbers of any script included', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\u0001', '\u0002', '.', '٢', '0', 'ک', ',', '\u0000', '-') }), (text) => {
      const tokens = tmTokens(text).map(({ kind, key, value }) => ({ kind, key, ...(value === undefined ? {} : { value }) }));
      expect(decodeTokens(encodeTokens(tokens))).toEqual(tokens);
    }), { seed: 16, numRuns: 300 });
  });
});

describe('number adaptation', () => {
  it('puts the current numbers into the stored translation when the sources differ only in numbers, whatever the digits', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2100 }), fc.integer({ min: 1, max: 2100 }), (before, now) => {
      fc.pre(before !== now);
      const stored = `حکومەت لە ساڵی ${before} دامەزرا.`;
      const current = asTypedElsewhere(`حکومەت لە ساڵی ${now} دامەزرا.`);
      const adapted = adaptNumbers(compareSentences(current, stored), `The government was founded in ${before}.`);
      expect(adapted?.text).toBe(`The government was founded in ${now}.`);
    }), { seed: 16, numRuns: 100 });
  });

  it('writes English ordinals and thousands as the translation did, and adapts nothing when a word differs too', () => {
    const ordinal = compareSentences('کازمی لە ٢١ی ئەم مانگەدا دەڕوات.', 'کازمی لە ٢٠ی ئەم مانگەدا دەڕوات.');
    expect(adaptNumbers(ordinal, 'Kadhimi leaves on the 20th of this month.')?.text).toBe('Kadhimi leaves on the 21st of this month.');
    const thousands = compareSentences('١٥٠٠٠ کەس بەشدار بوون.', '١٢٠٠٠ کەس بەشدار بوون.');
    expect(adaptNumbers(thousands, '12,000 people took part.')?.text).toBe('15,000 people took part.');
    const more = compareSentences('١٥٠٠٠ کەس بەشدار نەبوون.', '١٢٠٠٠ کەس بەشدار بوون.');
    expect(adaptNumbers(more, '12,000 people took part.')).toBeUndefined();
    const missing = compareSentences('١٥٠٠٠ کەس بەشدار بوون.', '١٢٠٠٠ کەس بەشدار بوون.');
    expect(adaptNumbers(missing, 'Twelve thousand people took part.')).toBeUndefined();
  });
});
