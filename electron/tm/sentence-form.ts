import { englishTerms, indexedForm } from '../../shared/tm';

/**
 * All the index keeps of a unit's two sides, in a few strings (a large document's forms are sent
 * between threads and held until written): the source's index terms, the FTS5 text (those terms
 * and the translation's English stems), its weight, encoded tokens and their digest.
 */
export interface SentenceForm {
  /** The source's index terms, space-separated (Sorani terms hold no spaces). */
  readonly terms: string;
  /** What FTS5 indexes the entry by. */
  readonly fts: string;
  readonly weight: number;
  readonly tokens: string;
  readonly digest: number;
}

/** `target`: the translation, or '' when the unit is no memory entry (only its digest is needed then). */
export function sentenceForm(source: string, target: string): SentenceForm {
  const form = indexedForm(source);
  const english = target === '' ? [] : englishTerms(target).map(englishTerm);
  const terms = form.terms.join(' ');
  // Terms hold no spaces: the punctuation taken out of the whole text is taken out of each term.
  const fts = (english.length === 0 ? terms : `${terms} ${english.join(' ')}`).replace(FTS_PUNCTUATION_BUT_SPACE, '');
  return { terms, fts, weight: form.weight, tokens: form.tokens, digest: form.digest };
}

/**
 * English stems share the one FTS5 column with the Sorani bases (a table with `detail=none` cannot
 * be searched by column), marked with a leading 0, which no Sorani base has (digits are not indexed).
 */
export const englishTerm = (stem: string): string => `0${stem}`;

/**
 * A term as one token of FTS5's ascii tokenizer, which splits at ASCII punctuation (a term split
 * in two would be a phrase, which a `detail=none` table cannot search): that punctuation left out
 * when indexing and when searching alike (don't is dont, عەبدوڵڵا-ی is عەبدوڵڵای).
 */
// eslint-disable-next-line no-control-regex -- ASCII's control characters are punctuation to the ascii tokenizer too
export const ftsToken = (term: string): string => term.replace(/[\u0000-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007F]/gu, '');
// eslint-disable-next-line no-control-regex -- as ftsToken's, the space kept
const FTS_PUNCTUATION_BUT_SPACE = /[\u0000-\u001F\u0021-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007F]+/gu;
