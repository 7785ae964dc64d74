import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestOf, displayText, matchingKey, matchingKeyDigest, normalize, toSourceSpan } from '../../../shared/text';
import { PROPERTY_SEED, anyText, messyText } from './arbitraries';

const display = (text: string): string => normalize(text, 'display').text;
const key = (text: string): string => normalize(text, 'key').text;

describe('display-safe normalization', () => {
  it.each([
    ['Arabic kaf and yeh become Kurdish ک and ی', 'كازمي', 'کازمی'],
    ['swash kaf', 'ڪورد', 'کورد'],
    ['alef maksura and yeh barree', 'ڕۆژى ئەمڕۆے', 'ڕۆژی ئەمڕۆی'],
    ['teh marbuta becomes ە', 'حكومة', 'حکومە'],
    ['heh + ZWNJ from old fonts becomes ە', 'ده\u200Cوڵه\u200Cت', 'دەوڵەت'],
    ['waw with hamza becomes ۆ', 'کؤمار', 'کۆمار'],
    ['reh with small v above becomes ڕ', 'ڒێگا', 'ڕێگا'],
    ['reh + v mark composes ڕ', 'ر\u065Aێگا', 'ڕێگا'],
    ['lam variants become ڵ', 'گوڶ دڷ', 'گوڵ دڵ'],
    ['lam + v mark composes ڵ', 'دەسەل\u065Aات', 'دەسەڵات'],
    ['yeh + v mark composes ێ', 'ی\u065Aک', 'ێک'],
    ['yeh + hamza above composes ئ', 'ی\u0654ێران', 'ئێران'],
    ['presentation forms become base letters', 'ﻛﻮﺭﺩ ﻻ', 'کورد لا'],
    ['harakat are removed', 'كَتِبَّ', 'کتب'],
    ['tatweel inside a word is removed', 'کـــورد', 'کورد'],
    ['a lone tatweel used as a dash becomes a hyphen', 'CDC ـ 74,439 و UNESCO ــ 188', 'CDC - 74,439 و UNESCO - 188'],
    ['one tatweel is kept before a suffix written onto Latin letters or digits', 'PCRــی و 12/3ــوە', 'PCRـی و 12/3ـوە'],
    ['word-final ه typed on a Persian or Arabic layout becomes ە', 'ئەم نیشانانه ئێمه و پێویسته', 'ئەم نیشانانە ئێمە و پێویستە'],
    ['a detached ه is ە too', 'SARS-CoV ه هەتا', 'SARS-CoV ە هەتا'],
    ['a ه that begins the text alone, and شاه at its start', 'ه شاه', 'ە شاه'],
    ['a real final h is kept: listed words, هـ, Arabic words with ال and names with Allah', 'شاه گوناه ماهـ الله عبدالله نەسروڵڵاه', 'شاه گوناه ماهـ الله عبدالله نەسروڵڵاه'],
    ['ھ typed for h becomes ه, and هـ at a word end', 'ھەولێر و ماھ', 'هەولێر و ماهـ'],
    ['a space after ە or after a one-letter word is not closed (a letter is more likely missing)', 'هەناسە کە ەل و ێگری', 'هەناسە کە ەل و ێگری'],
    ['NBSP and thin spaces become spaces', 'a\u00A0b\u2009c\u202Fd', 'a b c d'],
    ['a bidi mark between words becomes a space', 'Kadhimi\u200Fکازمی', 'Kadhimi کازمی'],
    ['a bidi mark next to punctuation or space is dropped', 'کازمی\u200F. \u202Bبەغدا\u202C', 'کازمی. بەغدا'],
    ['a ZWNJ between joining letters is kept', 'سەرۆک\u200Cکۆمار', 'سەرۆک\u200Cکۆمار'],
    ['a ZWNJ after a right-joining letter is dropped', 'کورد\u200Cستان', 'کوردستان'],
    ['a ZWNJ before a space is dropped', 'کتێب\u200C ', 'کتێب '],
    ['a stray space inside a word is closed', 'لەس ەرەتاوە', 'لەسەرەتاوە'],
    ['byte-order mark and soft hyphen are dropped', '\uFEFFcor\u00ADpus', 'corpus'],
    ['Eastern digits are kept as written', '٢٠٠٩ ۲۰۰۹', '٢٠٠٩ ۲۰۰۹'],
    ['ه is kept (it is a consonant in Sorani)', 'هەولێر', 'هەولێر'],
    ['the conjunction و stays a word', 'کورد و عەرەب', 'کورد و عەرەب'],
  ])('%s', (_rule, input, expected) => {
    expect(display(input)).toBe(expected);
  });

  it('leaves the seed article readable: only the stray space changes', () => {
    const sentence = 'شابەندەر هەر لەس ەرەتاوە ئۆپۆزیسیۆنبوونی خۆی بۆ حکومەتەکەی کازمی نەشاردووەتەوە';
    expect(display(sentence)).toBe(sentence.replace('لەس ەرەتاوە', 'لەسەرەتاوە'));
  });
});

describe('matching key', () => {
  it.each([
    ['digits of every script become Latin', 'ساڵی ٢٠٠٩ و ۲۰۰۹', 'سالی 2009 و 2009'],
    ['word-final ه becomes ە', 'دۆسیه قورسه', 'دۆسیە قورسە'],
    ['ھ becomes ه', 'ھەولێر', 'هەولێر'],
    ['وو and و fold together', 'قبووڵ', 'قبول'],
    ['doubled letters fold', 'سوننە', 'سونە'],
    ['یی folds to ی', 'هاوپەیمانیی', 'هاوپەیمانی'],
    ['ڕ and ر fold together', 'ڕووداو', 'روداو'],
    ['ZWNJ is removed', 'سەرۆک\u200Cوەزیران', 'سەرۆکوەزیران'],
    ['Latin is case-folded', 'AMەکان Kadhimi', 'amەکان kadhimi'],
    ['alef variants fold', 'أحمد إبراهيم', 'احمد ابراهیم'],
  ])('%s', (_rule, input, expected) => {
    expect(key(input)).toBe(expected);
  });

  it('makes the seed spelling variants equal', () => {
    expect(key('دۆسیه')).toBe(key('دۆسیە'));
    expect(key('قبوڵ')).toBe(key('قبووڵ'));
    expect(key('سوننە')).toBe(key('سونە'));
  });
});

describe('offset maps', () => {
  it('point back at the user’s own characters', () => {
    const input = 'كَازمي لە ٢٠ی';
    const normalized = normalize(input, 'key');
    const at = normalized.text.indexOf('20');
    expect(toSourceSpan(normalized, at, at + 2)).toEqual({ start: input.indexOf('٢٠'), end: input.indexOf('٢٠') + 2 });
    const kazmi = toSourceSpan(normalized, 0, 5);
    expect(input.slice(kazmi.start, kazmi.end)).toBe('كَازمي');
  });
});

describe('properties', () => {
  const levels = ['display', 'key'] as const;

  for (const level of levels) {
    it(`${level}: idempotent`, () => {
      fc.assert(
        fc.property(messyText(), (text) => {
          const once = normalize(text, level).text;
          expect(normalize(once, level).text).toBe(once);
        }),
        { seed: PROPERTY_SEED, numRuns: 2000 },
      );
    });

    it(`${level}: the offset map is monotonic, in range and ends at the input length`, () => {
      fc.assert(
        fc.property(fc.oneof(messyText(), anyText()), (text) => {
          const { text: out, map } = normalize(text, level);
          expect(map.length).toBe(out.length + 1);
          expect(map[out.length]).toBe(text.length);
          for (let i = 0; i < out.length; i++) {
            expect(map[i]).toBeLessThan(text.length);
            expect(map[i]).toBeLessThanOrEqual(map[i + 1] ?? Infinity);
          }
        }),
        { seed: PROPERTY_SEED, numRuns: 1000 },
      );
    });
  }

  it('the matching key is the key level with white space folded, and its digest is the digest of that string', () => {
    fc.assert(
      fc.property(fc.oneof(messyText(), anyText()), (text) => {
        const folded = normalize(text, 'key').text.replace(/[\s\u0085]+/g, ' ').trim();
        expect(matchingKey(text)).toBe(folded);
        expect(matchingKeyDigest(text)).toBe(digestOf(folded));
        expect(displayText(text)).toBe(normalize(text, 'display').text);
      }),
      { seed: PROPERTY_SEED, numRuns: 2000 },
    );
  });

  it('does not depend on the text normalized before (the reused buffers hold its leftovers)', () => {
    normalize('ه ێکوردستان', 'key');
    // The space before ێ ends the text's last word but one: it is not a stray space inside a word.
    expect(normalize('ه ێ', 'key').text).toBe('ە ێ');
    expect(matchingKey('ه ێ')).toBe('ە ێ');
  });

  it('the one-pass key, its digest and the display fast path agree with the three passes on plain Sorani and English text', () => {
    // Letters the key folds, word-final ه, stray spaces before ە ێ ۆ, doubled letters, look-alikes, white space.
    const plain = fc.array(fc.constantFrom('ه', 'ە', 'ێ', 'ۆ', 'ل', 'ڵ', 'ر', 'ڕ', 'ك', 'ک', 'ي', 'ی', 'ھ', 'ة', 'ا', 'أ', 'ب', 'د', 'ن', 'و', 'ؤ', 'ۀ', '٢', '۲', '\u200C', '\u200C', 'ہ', 'ۆ', ' ', ' ', '\t', '\n', 'A', 'a', '١', '1', '.', '،', '\u0085'), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(plain, (text) => {
        const threePasses = normalize(text, 'key').text.replace(/[\s\u0085]+/g, ' ').trim();
        expect(matchingKey(text)).toBe(threePasses);
        expect(matchingKeyDigest(text)).toBe(digestOf(threePasses));
        expect(displayText(text)).toBe(normalize(text, 'display').text);
      }),
      { seed: PROPERTY_SEED, numRuns: 5000 },
    );
  });

  it('key of display equals key (display is a subset of key)', () => {
    fc.assert(
      fc.property(messyText(), (text) => {
        expect(key(display(text))).toBe(key(text));
      }),
      { seed: PROPERTY_SEED, numRuns: 2000 },
    );
  });
});

describe('bad input', () => {
  it('handles empty strings, NUL bytes, lone surrogates and a 1 MB line', () => {
    expect(normalize('').text).toBe('');
    expect(normalize('a\u0000b').text).toBe('a\u0000b');
    expect(normalize('\uD800x\uDFFF').text).toBe('\uD800x\uDFFF');
    const line = 'کازمی لە بەغدا '.repeat(70000);
    expect(normalize(line, 'key').text.length).toBeGreaterThan(900000);
  });
});
