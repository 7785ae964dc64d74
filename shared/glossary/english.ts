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

/** Stem and bare form by word as written: a document repeats its vocabulary thousands of times. */
const FORMS = new Map<string, { stem: string; bare: string }>();
const FORMS_LIMIT = 100_000;

function formsOf(word: string): { stem: string; bare: string } {
  let forms = FORMS.get(word);
  if (!forms) {
    if (FORMS.size >= FORMS_LIMIT) FORMS.clear();
    FORMS.set(word, (forms = { stem: englishStem(word), bare: word.toLowerCase().replace(/['’]s?$/u, '') }));
  }
  return forms;
}

function englishWords(text: string): EnglishWord[] {
  const words: EnglishWord[] = [];
  ENGLISH_WORD.lastIndex = 0;
  for (let m = ENGLISH_WORD.exec(text); m !== null; m = ENGLISH_WORD.exec(text)) {
    const { stem, bare } = formsOf(m[0]);
    words.push({ start: m.index, end: m.index + m[0].length, stem, bare });
  }
  return words;
}

/** `word` is `base` with `ending` added. */
const isWithEnding = (word: string, base: string, ending: string): boolean =>
  word.length === base.length + ending.length && word.endsWith(ending) && word.startsWith(base);

/** Same word, or one is the other's plural (the stemmer leaves -is words such as crisis alone, Sunnis too). */
const sameWord = (a: EnglishWord, b: EnglishWord): boolean =>
  a.stem === b.stem || isWithEnding(a.bare, b.bare, 's') || isWithEnding(b.bare, a.bare, 's') ||
  isWithEnding(a.bare, b.bare, 'es') || isWithEnding(b.bare, a.bare, 'es');

/** A text's words, found and stemmed once for all the terms looked up in it. */
export interface EnglishText {
  readonly words: readonly EnglishWord[];
}

export function englishText(text: string): EnglishText {
  return { words: englishWords(text) };
}

/** Terms are few and looked up again and again: their words are kept (bounded, like any cache here). */
const TERM_WORDS = new Map<string, EnglishWord[]>();
const TERM_WORDS_LIMIT = 50_000;

function termWordsOf(term: string): EnglishWord[] {
  let words = TERM_WORDS.get(term);
  if (!words) {
    if (TERM_WORDS.size >= TERM_WORDS_LIMIT) TERM_WORDS.clear();
    TERM_WORDS.set(term, (words = englishWords(term)));
  }
  return words;
}

/** Where an English term occurs in a text, case-insensitively and tolerant of inflection. */
export function findEnglishTerm(text: string | EnglishText, term: string): Span[] {
  const termWords = termWordsOf(term);
  if (termWords.length === 0) return [];
  const { words } = typeof text === 'string' ? englishText(text) : text;
  const found: Span[] = [];
  const last = words.length - termWords.length;
  for (let i = 0; i <= last; i++) {
    let k = 0;
    while (k < termWords.length && sameWord(words[i + k] as EnglishWord, termWords[k] as EnglishWord)) k++;
    if (k === termWords.length) found.push({ start: words[i]?.start ?? 0, end: words[i + k - 1]?.end ?? 0 });
  }
  return found;
}
