import type { Span } from '../text';

/**
 * A light English stem, enough to let a term match its inflections (militia ~ militias, forces ~
 * force, prime minister's ~ prime minister, backed ~ back): possessives, plurals, -ed and -ing.
 */
export function englishStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/u, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh|z)es$/u.test(w)) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

const ENGLISH_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

interface EnglishWord extends Span {
  readonly stem: string;
  /** Lower case, without a possessive. */
  readonly bare: string;
}

function englishWords(text: string): EnglishWord[] {
  return [...text.matchAll(ENGLISH_WORD)].map((m) => ({
    start: m.index, end: m.index + m[0].length, stem: englishStem(m[0]), bare: m[0].toLowerCase().replace(/['’]s?$/u, ''),
  }));
}

/** Same word, or one is the other's plural (the stemmer leaves -is words such as crisis alone, Sunnis too). */
const sameWord = (a: EnglishWord, b: EnglishWord): boolean =>
  a.stem === b.stem || a.bare === `${b.bare}s` || b.bare === `${a.bare}s` || a.bare === `${b.bare}es` || b.bare === `${a.bare}es`;

/** Where an English term occurs in a text, case-insensitively and tolerant of inflection. */
export function findEnglishTerm(text: string, term: string): Span[] {
  const termWords = englishWords(term);
  if (termWords.length === 0) return [];
  const words = englishWords(text);
  const found: Span[] = [];
  for (let i = 0; i + termWords.length <= words.length; i++) {
    if (termWords.every((termWord, k) => {
      const word = words[i + k];
      return word !== undefined && sameWord(word, termWord);
    })) {
      found.push({ start: words[i]?.start ?? 0, end: words[i + termWords.length - 1]?.end ?? 0 });
    }
  }
  return found;
}
