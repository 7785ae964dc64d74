import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertDigits, findNumbers, parseNumber, plainDigitsValue, sameNumber } from '../../../shared/text';
import { PROPERTY_SEED, messyText } from './arbitraries';

const value = (written: string): number | undefined => parseNumber(written)?.value;

describe('numerals', () => {
  it('reads the same number in every digit script', () => {
    expect(value('٢٠٠٩')).toBe(2009);
    expect(value('۲۰۰۹')).toBe(2009);
    expect(value('2009')).toBe(2009);
    expect(sameNumber(parseNumber('٢٠٠٩')!, parseNumber('۲۰۰۹')!)).toBe(true);
  });

  it('reads plain digits of one script in place as parseNumber reads them, and leaves anything else to it', () => {
    fc.assert(fc.property(fc.nat({ max: 10 ** 12 }), fc.constantFrom('latn', 'arab', 'pers') , (n, script) => {
      const written = convertDigits(String(n), script);
      const text = `پێش ${written} دوای`;
      expect(plainDigitsValue(text, 4, 4 + written.length)).toBe(value(written));
    }), { seed: PROPERTY_SEED });
    expect(plainDigitsValue('20٠9', 0, 4)).toBe(-1); // two scripts: parseNumber decides
    expect(plainDigitsValue('1,000', 0, 5)).toBe(-1);
    expect(plainDigitsValue('12', 1, 1)).toBe(-1);
  });

  it('reads separators: thousands, decimals, fractions', () => {
    expect(value('12,000')).toBe(12000);
    expect(value('١٢٬٠٠٠')).toBe(12000);
    expect(value('1.000.000')).toBe(1000000);
    expect(value('٣.٥')).toBe(3.5);
    expect(value('٣٫٥')).toBe(3.5);
    expect(value('1/2')).toBe(0.5);
    expect(sameNumber(parseNumber('1,000')!, parseNumber('١٠٠٠')!)).toBe(true);
  });

  it('reads ordinals: ٢٠ی = 20th', () => {
    expect(parseNumber('٢٠ی')).toEqual({ value: 20, ordinal: true, script: 'arab' });
    expect(parseNumber('20th')).toEqual({ value: 20, ordinal: true, script: 'latn' });
    expect(parseNumber('٣یەم')?.ordinal).toBe(true);
    expect(sameNumber(parseNumber('٢٠ی')!, parseNumber('20th')!, { strictOrdinal: true })).toBe(true);
    expect(sameNumber(parseNumber('٢٠ی')!, parseNumber('20')!, { strictOrdinal: true })).toBe(false);
  });

  it('refuses what is not a number', () => {
    expect(parseNumber('کازمی')).toBeNull();
    expect(parseNumber('1/0')).toBeNull();
    expect(parseNumber('20abc')).toBeNull();
  });

  it('finds numbers in the seed sentence with their offsets', () => {
    const text = 'لە ١٠ی حوزەیرانی رابردوودا ... لە ساڵی ٢٠٠٩ دا';
    const found = findNumbers(text);
    expect(found.map((n) => [n.text, n.value, n.ordinal])).toEqual([['١٠ی', 10, true], ['٢٠٠٩', 2009, false]]);
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
  });

  it('converts digits between scripts without touching anything else', () => {
    expect(convertDigits('ساڵی 2009', 'arab')).toBe('ساڵی ٢٠٠٩');
    expect(convertDigits('٢٠٠٩', 'pers')).toBe('۲۰۰۹');
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const latin = String(n);
        expect(convertDigits(convertDigits(latin, 'arab'), 'latn')).toBe(latin);
        expect(value(convertDigits(latin, 'pers'))).toBe(n);
      }),
      { seed: PROPERTY_SEED },
    );
  });
});

describe('findNumbers without the full tokenizer', () => {
  it('finds exactly what the tokenizer-based reading finds', async () => {
    const { findNumbersByTokens } = await import('../../../shared/text/numerals');
    const piece = fc.constantFrom('٢٠', '2009', '۲۰۰۹', '1,000', '١٠٠٠', '3.5', '1/2', 'ی', 'ەم', 'th', 'st', ' ', '.', ',', 'ساڵی', 'June', 'F16', 'U.S.', '-', '٫', '\u200C', 'یەمین', 'thousand');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), messyText()), (text) => {
        expect(findNumbers(text)).toEqual(findNumbersByTokens(text));
      }),
      { seed: PROPERTY_SEED, numRuns: 2000 },
    );
  });
});
