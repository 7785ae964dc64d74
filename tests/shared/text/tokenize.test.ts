import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/text';
import { TOKEN_PATTERN } from '../../../shared/text/tokenize';
import { PROPERTY_SEED, anyText, messyText } from './arbitraries';

const texts = (input: string): string[] => tokenize(input).map((token) => token.text);

describe('tokenizer', () => {
  it('splits a Sorani sentence into words, numbers and punctuation with offsets', () => {
    const input = 'کازمی لە ٢٠ی ئەم مانگەدا، بەرەو واشنتن دەفڕێت؟';
    const tokens = tokenize(input);
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['کازمی', 'word'], ['لە', 'word'], ['٢٠', 'number'], ['ی', 'word'], ['ئەم', 'word'], ['مانگەدا', 'word'],
      ['،', 'punct'], ['بەرەو', 'word'], ['واشنتن', 'word'], ['دەفڕێت', 'word'], ['؟', 'punct'],
    ]);
    for (const token of tokens) expect(input.slice(token.start, token.end)).toBe(token.text);
  });

  it('splits a Latin token glued to a Sorani suffix: AMەکان is AM + ەکان', () => {
    const tokens = tokenize('AMەکان');
    expect(tokens.map((t) => [t.text, t.script])).toEqual([['AM', 'latn'], ['ەکان', 'arab']]);
  });

  it.each([
    ['٣.٥'], ['12,000'], ['1/2'], ['٢٠٠٩'], ['۲۰۰۹'], ['١٢٬٥٠٠'], ['٣٫٥'],
  ])('keeps the number %s whole', (number) => {
    expect(tokenize(`لە ${number} دا`).map((t) => [t.text, t.kind])).toContainEqual([number, 'number']);
  });

  it('keeps URLs and e-mails whole and leaves their trailing punctuation out', () => {
    expect(texts('بڕوانە https://example.org/a?b=1&c=2. یان www.rudaw.net، news@example.com!')).toEqual([
      'بڕوانە', 'https://example.org/a?b=1&c=2', '.', 'یان', 'www.rudaw.net', '،', 'news@example.com', '!',
    ]);
  });

  it('treats Sorani and Latin punctuation, quotes and ellipses as punctuation', () => {
    expect(tokenize('«سڵاو»؛ "hi"... ؟').map((t) => t.kind)).toEqual([
      'punct', 'word', 'punct', 'punct', 'punct', 'word', 'punct', 'punct', 'punct',
    ]);
  });

  it('keeps dotted acronyms, apostrophes and hyphenated names', () => {
    expect(texts("U.S. ن.ت.و. don't al-Kadhimi")).toEqual(['U.S.', 'ن.ت.و.', "don't", 'al-Kadhimi']);
  });

  it('keeps a ZWNJ compound as one word', () => {
    expect(texts('سەرۆک\u200Cوەزیران')).toEqual(['سەرۆک\u200Cوەزیران']);
  });

  it('reads every text as the one pattern alone reads it (white space and Sorani words are read by character codes)', () => {
    const patternTokens = (input: string): Array<[string, number, string, string]> => {
      const out: Array<[string, number, string, string]> = [];
      const pattern = new RegExp(TOKEN_PATTERN.source, 'uy');
      while (pattern.lastIndex < input.length) {
        const start = pattern.lastIndex;
        const match = pattern.exec(input) as RegExpExecArray;
        const groups = match.groups ?? {};
        let value = match[0];
        if (groups['url'] !== undefined) {
          value = value.replace(/[.,;:!?؟،؛)\]}'’"»]+$/u, '');
          pattern.lastIndex = start + value.length;
        }
        if (groups['space'] !== undefined) continue;
        const kind = groups['url'] !== undefined ? 'url' : groups['email'] !== undefined ? 'email' : groups['number'] !== undefined ? 'number'
          : groups['ellipsis'] !== undefined ? 'punct' : groups['single'] !== undefined ? (/^\p{P}$/u.test(value) ? 'punct' : 'symbol') : 'word';
        const script = kind === 'url' || kind === 'email' || groups['latn'] !== undefined ? 'latn' : groups['arab'] !== undefined ? 'arab'
          : groups['other'] !== undefined ? 'other' : groups['acronym'] !== undefined ? (/[\u0620-\u064A]/u.test(value) ? 'arab' : 'latn') : 'none';
        out.push([value, start, kind, script]);
      }
      return out;
    };
    const dotted = fc.array(fc.constantFrom('ن.', 'ت.', 'و', '.', 'U.', 'S.', 'http://a.b/c.', 'a@b.cd', ' ', '\u200C', 'سەرۆک'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(messyText(), anyText(), dotted), (input) => {
        expect(tokenize(input).map((t) => [t.text, t.start, t.kind, t.script])).toEqual(patternTokens(input));
      }),
      { seed: PROPERTY_SEED, numRuns: 2000 },
    );
  });

  it('covers every non-space character once, in order, with exact offsets', () => {
    fc.assert(
      fc.property(fc.oneof(messyText(), anyText()), (input) => {
        const tokens = tokenize(input);
        let cursor = 0;
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(cursor);
          expect(input.slice(cursor, token.start).trim()).toBe('');
          expect(input.slice(token.start, token.end)).toBe(token.text);
          expect(token.end).toBeGreaterThan(token.start);
          cursor = token.end;
        }
        expect(input.slice(cursor).trim()).toBe('');
      }),
      { seed: PROPERTY_SEED, numRuns: 1000 },
    );
  });
});

describe('bidi runs', () => {
  it('isolates Latin runs in Sorani and Sorani runs in English, giving the text back exactly', async () => {
    const { bidiRuns } = await import('../../../shared/text');
    const sorani = 'ترەمپ گوتی: Make America Great Again 2020! ئینجا ڕۆیشت.';
    expect(bidiRuns(sorani, 'rtl').filter((r) => r.foreign).map((r) => r.text)).toEqual(['Make America Great Again 2020']);
    const english = 'Kadhimi (کازمی لە بەغدا) met Trump.';
    expect(bidiRuns(english, 'ltr').filter((r) => r.foreign).map((r) => r.text)).toEqual(['کازمی لە بەغدا']);
    fc.assert(
      fc.property(messyText(), fc.constantFrom('rtl' as const, 'ltr' as const), (text, direction) => {
        expect(bidiRuns(text, direction).map((r) => r.text).join('')).toBe(text);
      }),
      { seed: PROPERTY_SEED, numRuns: 500 },
    );
  });
});

describe('countWords', () => {
  it('counts words as a reader would: ٢٠ی, al-Kadhimi and Trump\'s are one word each', async () => {
    const { countWords } = await import('../../../shared/text');
    expect(countWords('کازمی لە ٢٠ی ئەم مانگەدا، بەرەو واشنتن دەفڕێت؟')).toBe(8);
    expect(countWords("Trump's team met al-Kadhimi on 20 August.")).toBe(7);
    expect(countWords('سەرۆک\u200Cوەزیران')).toBe(1);
    expect(countWords('')).toBe(0);
    expect(countWords('  ...  ')).toBe(0);
  });

  it('counts exactly the runs of the Unicode word pattern, astral letters and lone surrogates included', async () => {
    const { countWords } = await import('../../../shared/text');
    const byRegex = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}\u200C'’-]*/gu)?.length ?? 0;
    expect(countWords("𝐀𝐁 'x' \uD800a -b 𐒀'")).toBe(byRegex("𝐀𝐁 'x' \uD800a -b 𐒀'"));
    fc.assert(
      fc.property(fc.oneof(messyText(), anyText(), fc.string({ unit: 'binary' })), (input) => countWords(input) === byRegex(input)),
      { seed: PROPERTY_SEED, numRuns: 1000 },
    );
  });
});
