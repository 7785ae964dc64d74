import { englishStem } from '../glossary';
import { isArabicLetter } from '../text';
import { sameWord, tmTokens } from './tokens';
import { termsOf } from './memory';

/** Which side of the memory a concordance query searches: Sorani sources or English translations. */
export type ConcordanceSide = 'source' | 'target';

const ENGLISH_WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** A query in Arabic script searches the Sorani side, any other the English side. */
export function concordanceSide(query: string): ConcordanceSide {
  for (const char of query) if (isArabicLetter(char.charCodeAt(0))) return 'source';
  return 'target';
}

/** English words' stems, lower case: what the index keeps of a translation, and what an English query looks for. */
export function englishTerms(text: string): string[] {
  const stems = new Set<string>();
  ENGLISH_WORD.lastIndex = 0;
  for (let match = ENGLISH_WORD.exec(text); match !== null; match = ENGLISH_WORD.exec(text)) stems.add(englishStem(match[0]));
  return [...stems];
}

/** Spans of the English words whose stems are among `stems`. */
export function englishSpans(text: string, stems: ReadonlySet<string>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(ENGLISH_WORD)) {
    if (stems.has(englishStem(match[0]))) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** Spans of the Sorani words indexed by one of `terms` (their stems, as `termsOf` gives them). */
export function soraniSpans(text: string, terms: ReadonlySet<string>): Array<[number, number]> {
  return tmTokens(text).filter((token) => token.kind === 'word' && termsOf([token]).some((term) => terms.has(term))).map((token) => [token.start, token.end]);
}

/** What a side of an entry is made of, for learning word pairs: English stems, or Sorani words' index terms. */
export const sideTerms = (text: string, side: ConcordanceSide): Set<string> => new Set(side === 'target' ? englishTerms(text) : termsOf(tmTokens(text)));

/**
 * Where a query stands in a text: the first run of words whose bases (Sorani) or stems (English)
 * are the query's, in order; else the first word that is one of them. `undefined` if none is.
 */
export function findQuery(text: string, query: string, side: ConcordanceSide): [number, number] | undefined {
  // Sorani words are the same word when they share a stem; English ones when their stems are equal.
  const words = side === 'source'
    ? tmTokens(text).filter((t) => t.kind === 'word').map((t) => ({ start: t.start, end: t.end, same: (key: string) => sameWord(key, t.key) }))
    : [...text.matchAll(ENGLISH_WORD)].map((m) => {
      const stem = englishStem(m[0]);
      return { start: m.index, end: m.index + m[0].length, same: (wanted: string) => wanted === stem };
    });
  const wanted = side === 'source'
    ? tmTokens(query).filter((t) => t.kind === 'word').map((t) => t.key)
    : [...query.matchAll(ENGLISH_WORD)].map((m) => englishStem(m[0]));
  if (wanted.length === 0) return undefined;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((term, k) => words[i + k]?.same(term))) return [words[i]?.start ?? 0, words[i + wanted.length - 1]?.end ?? 0];
  }
  const one = words.find((word) => wanted.some((term) => word.same(term)));
  return one ? [one.start, one.end] : undefined;
}
