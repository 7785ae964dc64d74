import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEGMENTATION_RULES, SegmentationRuleError, segment, sentences, withUserRules,
} from '../../../shared/text';
import { PROPERTY_SEED, anyText, messyText } from './arbitraries';

const SEED = readFileSync(new URL('../../../corpus/demo/kadhimi-washington.ckb.txt', import.meta.url), 'utf8');
const split = (text: string, lang: 'ckb' | 'en' | 'auto' = 'auto'): string[] => sentences(text, { lang }).map((s) => s.text);

describe('sentence segmenter', () => {
  it('splits Sorani at . ؟ ! ؛ and keeps the closing quote with its sentence (؟ ".)', () => {
    expect(split('بەخەڵک بڵێن "چی روویداوە؟ ". حەکیم و عامری هاتن! باشە؛ ئەوە راستە. کۆتایی')).toEqual([
      'بەخەڵک بڵێن "چی روویداوە؟ ".', 'حەکیم و عامری هاتن!', 'باشە؛', 'ئەوە راستە.', 'کۆتایی',
    ]);
  });

  it('keeps «» and brackets with the sentence they close', () => {
    expect(split('ئەو گوتی «ئێمە دەڕۆین.» ئینجا رۆیشت (بە خێرایی.) تەواو.')).toEqual([
      'ئەو گوتی «ئێمە دەڕۆین.»', 'ئینجا رۆیشت (بە خێرایی.)', 'تەواو.',
    ]);
  });

  it('does not split inside abbreviations, initials, decimals, URLs or dotted acronyms', () => {
    expect(split('Dr. Smith met U.S. envoy J. Biden at 3.5 p.m. on example.com/a.b today. Then he left.', 'en')).toEqual([
      'Dr. Smith met U.S. envoy J. Biden at 3.5 p.m. on example.com/a.b today.', 'Then he left.',
    ]);
    expect(split('د. فوئاد مەعسوم و ن.ت.و. لە ٣.٥ کاتژمێردا گەیشتن. دواتر رۆیشتن.', 'ckb')).toEqual([
      'د. فوئاد مەعسوم و ن.ت.و. لە ٣.٥ کاتژمێردا گەیشتن.', 'دواتر رۆیشتن.',
    ]);
  });

  it('does not split at an ellipsis mid-sentence, but does before a new capitalised sentence', () => {
    expect(split('He paused... and went on. Then... Silence.', 'en')).toEqual(['He paused... and went on.', 'Then...', 'Silence.']);
    expect(split('ئەو وەستا... دواتر قسەی کرد.', 'ckb')).toEqual(['ئەو وەستا... دواتر قسەی کرد.']);
  });

  it('goes on after a lower-case word ("Why?" he asked)', () => {
    expect(split('"Why?" he asked. Nobody answered.', 'en')).toEqual(['"Why?" he asked.', 'Nobody answered.']);
  });

  it('splits a Sorani sentence glued to the next one (بەغدا.هەرچەندە)', () => {
    expect(split('لە بەغدا.هەرچەندە وایە', 'ckb')).toEqual(['لە بەغدا.', 'هەرچەندە وایە']);
  });

  it('ends sentences and paragraphs at line breaks, and numbers paragraphs', () => {
    const found = sentences('یەکەم. دووەم\nسێیەم\n\nچوارەم', { lang: 'ckb' });
    expect(found.map((s) => [s.text, s.paragraph])).toEqual([['یەکەم.', 0], ['دووەم', 0], ['سێیەم', 1], ['چوارەم', 2]]);
  });

  it('with blank-line paragraphs, a single line break stays inside the sentence', () => {
    const rules = { ...DEFAULT_SEGMENTATION_RULES.en, paragraphs: 'blank-line' as const };
    const found = sentences('A wrapped\nline. Next.\n\nNew paragraph.', { rules });
    expect(found.map((s) => [s.text, s.paragraph])).toEqual([['A wrapped\nline.', 0], ['Next.', 0], ['New paragraph.', 1]]);
  });

  it('takes user rules as data: an exception and an extra break', () => {
    const rules = withUserRules(DEFAULT_SEGMENTATION_RULES.ckb, [
      { break: false, before: 'هتد\\.', after: '\\s' },
      { break: true, before: ':', after: '\\s' },
    ]);
    expect(sentences('کتێب و قەڵەم هتد. هەموو هەن: ئەوە', { rules }).map((s) => s.text)).toEqual([
      'کتێب و قەڵەم هتد. هەموو هەن:', 'ئەوە',
    ]);
  });

  it('reports a user rule that does not compile, naming it', () => {
    const rules = withUserRules(DEFAULT_SEGMENTATION_RULES.ckb, [{ break: false, before: '(', after: '' }]);
    expect(() => segment('a. b', { rules })).toThrow(SegmentationRuleError);
    expect(() => segment('a. b', { rules })).toThrow(/rule 1: invalid before/);
  });

  it('segments the seed article into its 31 sentences', () => {
    const found = split(SEED, 'ckb');
    expect(found).toHaveLength(31);
    expect(found[0]?.startsWith('کازمی لە ٢٠ی ئەم مانگەدا')).toBe(true);
    expect(found[2]?.endsWith('چی روویداوە؟ ".')).toBe(true);
    expect(found[30]?.endsWith('بۆ چوار ساڵی دیکە.')).toBe(true);
    for (const sentence of sentences(SEED, { lang: 'ckb' })) expect(SEED.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('partition', () => {
  const rebuild = (text: string, lang: 'ckb' | 'en'): string => segment(text, { lang }).map((s) => text.slice(s.start, s.end)).join('');

  for (const lang of ['ckb', 'en'] as const) {
    it(`${lang}: segments partition any input exactly`, () => {
      fc.assert(
        fc.property(fc.oneof(messyText(200), anyText(200)), (text) => {
          const spans = segment(text, { lang });
          let cursor = 0;
          for (const span of spans) {
            expect(span.start).toBe(cursor);
            expect(span.end).toBeGreaterThan(span.start);
            cursor = span.end;
          }
          expect(cursor).toBe(text.length);
          expect(rebuild(text, lang)).toBe(text);
        }),
        { seed: PROPERTY_SEED, numRuns: 1500 },
      );
    });
  }

  it('bad input: empty, NUL, lone surrogates, mixed RTL/LTR, a 1 MB line, a 1 MB run of ?', () => {
    expect(segment('')).toEqual([]);
    for (const text of [
      '\u0000\u0000. \u0000',
      '\uD800. \uDFFF؟ x',
      'کازمی met Trump in Washington. ترەمپ گوتی "OK". Done',
      'کازمی لە بەغدا، '.repeat(65000),
      '?'.repeat(1_000_000),
      '؟ "'.repeat(300_000),
      '. '.repeat(500_000),
    ]) {
      expect(rebuild(text, 'ckb')).toBe(text);
    }
  });
});
