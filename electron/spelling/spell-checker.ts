import nspell from 'nspell';
import { dictionaryForm, sourceNameMatcher, spellingCandidates, type WordSpan } from '../../shared/spelling';

/** A word the dictionary does not know, with its offsets in the checked text. */
export type Misspelling = WordSpan;

export interface SpellChecker {
  /** Unknown words of an English text; names that sound like words of `source` are let through. */
  check(text: string, source?: string): Misspelling[];
  /**
   * Suggestions for a word (at most `limit`). None for capitalized words, which are mostly names,
   * nor for long words: Hunspell's search for those takes about a second and would hold up saves.
   */
  suggest(word: string, limit?: number): string[];
  /** Teaches a word for this session (the caller stores it). */
  add(word: string): void;
}

/** Longer words are not searched for suggestions: nspell's search grows fast with length. */
const SUGGEST_MAX_LENGTH = 18;

/**
 * Hunspell's en-US and en-GB dictionaries (packages dictionary-en and dictionary-en-gb, which read
 * their files on import: no network). A word either knows is correct: translators write both.
 */
async function readEnglishDictionaries(): Promise<Array<{ aff: Buffer; dic: Buffer }>> {
  const loaded = await Promise.all([import('dictionary-en'), import('dictionary-en-gb')]);
  return loaded.map(({ default: { aff, dic } }) => ({ aff: Buffer.from(aff), dic: Buffer.from(dic) }));
}

export async function loadSpellChecker(userWords: readonly string[]): Promise<SpellChecker> {
  const spellers = (await readEnglishDictionaries()).map((dictionary) => nspell(dictionary));
  for (const speller of spellers) for (const word of userWords) speller.add(word);
  const known = (word: string): boolean => spellers.some((speller) => speller.correct(dictionaryForm(word)));
  return {
    check(text, source) {
      const isSourceName = source ? sourceNameMatcher(source) : () => false;
      return spellingCandidates(text).filter((span) => !known(span.word) && !isSourceName(span.word));
    },
    suggest(word, limit = 6) {
      if (word.length > SUGGEST_MAX_LENGTH || /^\p{Lu}/u.test(word)) return [];
      const all = spellers.flatMap((speller) => speller.suggest(dictionaryForm(word)));
      return [...new Set(all)].slice(0, limit);
    },
    add(word) {
      for (const speller of spellers) speller.add(dictionaryForm(word));
    },
  };
}
