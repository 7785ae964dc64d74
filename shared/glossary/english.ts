import { BoundedCache, type Span, bmpClassTable } from '../text';

/**
 * A light English stem, enough to let a term match its inflections (militia ~ militias, forces ~
 * force, prime minister's ~ prime minister, backed ~ back): possessives, plurals, -ed and -ing.
 */
export function englishStem(word: string): string {
  return formsOf(word).stem;
}

/** Lower case, without a possessive. */
const bareOf = (word: string): string => word.toLowerCase().replace(/['’]s?$/u, '');

function stemOfBare(bare: string): string {
  let w = bare;
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

/** What the search compares of a word. */
interface WordForms {
  readonly stem: string;
  /** Lower case, without a possessive. */
  readonly bare: string;
}

type EnglishWord = Span & WordForms;

/** Stem and bare form by word as written: a document repeats its vocabulary thousands of times. */
const FORMS = new BoundedCache<string, WordForms>(100_000, (word) => {
  const bare = bareOf(word);
  return { stem: stemOfBare(bare), bare };
});
const formsOf = (word: string): WordForms => FORMS.get(word);

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
const sameWord = (a: WordForms, b: WordForms): boolean =>
  a.stem === b.stem || isWithEnding(a.bare, b.bare, 's') || isWithEnding(b.bare, a.bare, 's') ||
  isWithEnding(a.bare, b.bare, 'es') || isWithEnding(b.bare, a.bare, 'es');

/**
 * A term as the search needs it: its words, and what every match of its first word must begin
 * with in lower case. A word matches by its stem, which is its bare form less an ending (less one
 * letter more for -ies: parties ~ party), or as a plural (+s, +es) of the term's word or its
 * singular, which begins with the term word's stem too: so every match begins with that stem
 * less its last letter.
 */
export interface TermPlan {
  readonly text: string;
  readonly words: readonly EnglishWord[];
  readonly prefix: string;
  /** Greek sigma changes with its place in a word when lower-cased: such a prefix is not searched for in the lower-cased text. */
  readonly wholeSearch: boolean;
}

function firstWordPrefix(word: EnglishWord | undefined): string {
  if (!word) return '';
  // Every match shares at least the first letter.
  return word.bare.slice(0, Math.max(1, word.stem.length - 1));
}

/** Terms are few and looked up again and again: their plans are kept. */
const TERM_PLANS = new BoundedCache<string, TermPlan>(50_000, (term) => {
  const words = englishWords(term);
  const prefix = firstWordPrefix(words[0]);
  return { text: term, words, prefix, wholeSearch: /[σς]/u.test(prefix) };
});
export const englishTermPlan = (term: string): TermPlan => TERM_PLANS.get(term);

/** Where an English term occurs in a text, case-insensitively and tolerant of inflection. */
export function findEnglishTerm(text: string, term: string): Span[] {
  return findTermWords(text, englishTermPlan(term).words);
}

function findTermWords(text: string, termWords: readonly EnglishWord[]): Span[] {
  if (termWords.length === 0) return [];
  const words = englishWords(text);
  const found: Span[] = [];
  const last = words.length - termWords.length;
  for (let i = 0; i <= last; i++) {
    let k = 0;
    while (k < termWords.length && sameWord(words[i + k] as EnglishWord, termWords[k] as EnglishWord)) k++;
    if (k === termWords.length) found.push({ start: words[i]?.start ?? 0, end: words[i + k - 1]?.end ?? 0 });
  }
  return found;
}

/** 1 for a letter, 2 for a digit or other number: what English words are made of. */
let wordClasses: Uint8Array | undefined;
function wordClassTable(): Uint8Array {
  if (wordClasses) return wordClasses;
  const table = bmpClassTable('\\p{L}');
  const numbers = bmpClassTable('\\p{N}');
  for (let code = 0; code < table.length; code++) if (numbers[code] === 1) table[code] = 2;
  return (wordClasses = table);
}

/** Whether a word of `text` goes on at `at` > 0 (a letter or digit before it, or an apostrophe within a word). */
function insideWord(text: string, at: number): boolean {
  const classes = wordClassTable();
  const before = text.charCodeAt(at - 1);
  if (classes[before] !== 0) return true;
  return (before === 0x27 || before === 0x2019) && at >= 2 && classes[text.charCodeAt(at - 2)] !== 0 && classes[text.charCodeAt(at)] === 1;
}

/**
 * `findEnglishTerm` without tokenizing the whole text: only where the text (in lower case, as
 * `lower`) holds what the term's first word must begin with are words read, from there on. The
 * same answer (a property test holds it to `findEnglishTerm`); for the translation of a segment
 * with a few glossary terms, a fraction of the work.
 */
export function findEnglishTermIn(text: string, lower: string, term: string): Span[] {
  return findPlannedTerm(text, lower, englishTermPlan(term));
}

/** `findEnglishTermIn` for a term planned once (`englishTermPlan`). */
export function findPlannedTerm(text: string, lower: string, plan: TermPlan): Span[] {
  const { words: termWords, prefix, wholeSearch } = plan;
  if (termWords.length === 0) return [];
  if (lower.length !== text.length || wholeSearch) return findTermWords(text, termWords);
  const found: Span[] = [];
  for (let at = lower.indexOf(prefix); at >= 0; at = lower.indexOf(prefix, at + 1)) {
    if (at > 0 && insideWord(text, at)) continue;
    ENGLISH_WORD.lastIndex = at;
    let end = at;
    let k = 0;
    for (; k < termWords.length; k++) {
      const match = ENGLISH_WORD.exec(text);
      if (!match || (k === 0 && match.index !== at)) break;
      if (!sameWord(formsOf(match[0]), termWords[k] as EnglishWord)) break;
      end = match.index + match[0].length;
    }
    if (k === termWords.length) found.push({ start: at, end });
  }
  return found;
}
