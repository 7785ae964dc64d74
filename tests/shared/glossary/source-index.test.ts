import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_TBX } from '../../../scripts/build-glossary';
import { buildSourceIndex, readTbx, toGlossaryEntries } from '../../../shared/glossary';
import { sentences, wordRuns } from '../../../shared/text';
import { PROPERTY_SEED, messyText, soraniWord } from '../text/arbitraries';
import { referenceSourceIndex } from './source-index-reference';

const ENTRIES = toGlossaryEntries(readTbx(readFileSync(GLOSSARY_TBX, 'utf8')), 'pol');
const ARTICLE = sentences(readFileSync(new URL('../../../corpus/demo/kadhimi-washington.ckb.txt', import.meta.url), 'utf8'), { lang: 'ckb' });

/** Words of the starter glossary's terms, so that generated texts are full of terms, whole and in pieces. */
const TERM_WORDS = [...new Set(ENTRIES.flatMap((entry) => entry.sourceTerms.flatMap((term) => wordRuns(term).map((run) => run.text))))];
const ENDINGS = ['', '', 'ی', 'ەکە', 'ەکەی', 'ەکان', 'ەکانی', 'دا', 'ەوە', 'یش', 'ێک', 'یان', 'ی\u200C'];
const GAPS = [' ', ' ', ' ', '\u200C', '  ', '، ', '. ', '\n', ' (', '\u00A0'];
/** How writers vary a word: old-font ە as ه or ه with ZWNJ, a preposition written on (بەحکومەت), Arabic letters. */
const SPELLINGS: ReadonlyArray<(word: string) => string> = [
  (word) => word, (word) => word, (word) => word.replace(/ە$/u, 'ه'), (word) => word.replace(/ە/gu, 'ه\u200C'),
  (word) => `بە${word}`, (word) => `لە${word}`, (word) => word.replace(/ک/gu, 'ك').replace(/ی/gu, 'ي'),
];
const termRichText = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...TERM_WORDS), soraniWord(), fc.constantFrom('بە', 'لە', '٢٠٠٩', '140')), fc.constantFrom(...SPELLINGS), fc.constantFrom(...ENDINGS), fc.constantFrom(...GAPS)), { maxLength: 14 })
  .map((parts) => parts.map(([word, spelling, ending, gap]) => spelling(word) + ending + gap).join(''));

describe('the Sorani term matcher', () => {
  const index = buildSourceIndex(ENTRIES);
  const reference = referenceSourceIndex(ENTRIES);

  it('finds exactly what the reference matcher finds in the demo article with the starter glossary', () => {
    const hits = ARTICLE.flatMap((sentence) => index.match(sentence.text));
    expect(hits.length).toBeGreaterThan(30);
    expect(hits).toEqual(ARTICLE.flatMap((sentence) => reference.match(sentence.text)));
  });

  it('finds exactly what the reference matcher finds, in any text made of term words, inflections and gaps', () => {
    fc.assert(
      fc.property(fc.oneof(termRichText, messyText()), (text) => {
        expect(index.match(text)).toEqual(reference.match(text));
      }),
      { seed: PROPERTY_SEED, numRuns: 4000 },
    );
  });
});
