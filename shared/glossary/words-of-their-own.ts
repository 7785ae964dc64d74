import { LIGHT_VERB_ENDINGS, displayText } from '../text';
import { GENERAL_LEXICON } from './general-lexicon';

/** The general lexicon's words by display form (ڕ and ر apart: گۆرانی "song" is not گۆڕانی), with their English glosses. */
let lexicon: Map<string, readonly string[]> | undefined;
function lexiconWords(): Map<string, readonly string[]> {
  lexicon ??= new Map(GENERAL_LEXICON.map(([ckb, en]) => [displayText(ckb), englishWords(en)]));
  return lexicon;
}

const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'to', 'and', 'or', 'in', 'on', 'for', 'be', 'is']);
const englishWords = (text: string): string[] => (text.toLowerCase().match(/[a-z]+/gu) ?? []).filter((word) => !STOP_WORDS.has(word));

/**
 * Whether two sets of English words speak of one thing: some word of each shares its first four
 * letters with one of the other (Kurdish and Kurd, Iraqi and Iraq, national and nation, re-elect
 * and election); end and quota, song and Gorran, Muslim and Mosul do not.
 */
export function relatedEnglish(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => {
    const length = Math.min(4, x.length, y.length);
    return length >= 3 && x.slice(0, length) === y.slice(0, length);
  }));
}

/**
 * The stems of a word that a word of its own vetoes: where the word, or a form of it on the way to
 * a stem, is a word the general lexicon knows (کۆتایی "end"), a shorter stem inside it (کۆتا
 * "quota") is not the word unless the lexicon's English for the longer form speaks of what the
 * glossary's English for the stem does (کوردستانی "Kurdistani" is Kurdistan's); the glossary's
 * sense is what counts (the lexicon's کۆتا is "last", the glossary's "quota").
 * `candidates`: the word's stems, display forms, the word itself among them; `englishOf`: a
 * stem's English in the glossary, undefined for a stem that is no term word.
 */
export function vetoedStems(candidates: readonly string[], englishOf: (stem: string) => readonly string[] | undefined): ReadonlySet<string> | undefined {
  const words = lexiconWords();
  let vetoed: Set<string> | undefined;
  for (const form of candidates) {
    const glosses = words.get(form);
    if (!glosses) continue;
    for (const stem of candidates) {
      if (stem.length >= form.length || !form.startsWith(stem)) continue;
      // A compound verb's verbal noun is the noun's doing (پاشەکشەکردن "retreat" is پاشەکشە's), whatever the lexicon calls it.
      if (LIGHT_VERB_ENDINGS.includes(form.slice(stem.length))) continue;
      const english = englishOf(stem);
      if (english && !relatedEnglish(glosses, english)) (vetoed ??= new Set()).add(stem);
    }
  }
  return vetoed;
}

/** The English words of a glossary entry's English terms, for `vetoedStems`. */
export const englishWordsOf = (terms: readonly string[]): string[] => terms.flatMap(englishWords);
