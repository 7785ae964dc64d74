import { BoundedCache } from './bounded-cache';
import { bmpClassTable, isDigit } from './chars';
import { FINAL_KEY_LETTER, INNER_KEY_LETTER } from './key-letters';
import { matchingKey } from './normalize';
import { prefixTreePattern } from './prefix-tree-pattern';
import { parseNumber } from './numerals';
import type { Span } from './span';


/** A quantity written in words, or digits with a scale word (10 هەزار, 2.5 million), or an approximate one (دەیان, hundreds). */
export interface WordNumber extends Span {
  readonly text: string;
  /** The value; for an approximate quantity, the smallest of its order (hundreds: 100). */
  readonly value: number;
  readonly ordinal: boolean;
  /** Set for "tens", "hundreds of thousands", دەیان هەزار…: the quantity is somewhere in [value, value × 10). */
  readonly approximate: boolean;
}

interface WordValue {
  readonly value: number;
  readonly ordinal?: boolean;
  /** Multiplies what comes before it (hundred, thousand, هەزار…). */
  readonly scale?: boolean;
  /** "tens", سەدان: an order of magnitude, not a number. */
  readonly approximate?: boolean;
  /** A scale word with the izafe (ملیۆنی, سەدی): a scale after a number (٢٧٥ ملیۆنی دۆلار), never a number alone (ڕێژەی سەدی, "percentage"). */
  readonly izafe?: boolean;
}

const SORANI_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['یەک', 1], ['دوو', 2], ['سێ', 3], ['چوار', 4], ['پێنج', 5], ['شەش', 6], ['حەوت', 7], ['هەشت', 8], ['نۆ', 9], ['دە', 10],
  ['یازدە', 11], ['دوازدە', 12], ['سێزدە', 13], ['چواردە', 14], ['پازدە', 15], ['پانزدە', 15], ['شازدە', 16], ['شانزدە', 16],
  ['حەڤدە', 17], ['حەفدە', 17], ['هەژدە', 18], ['نۆزدە', 19],
  ['بیست', 20], ['سی', 30], ['چل', 40], ['پەنجا', 50], ['شەست', 60], ['حەفتا', 70], ['هەفتا', 70], ['هەشتا', 80], ['نەوەد', 90],
];
const SORANI_SCALES: ReadonlyArray<readonly [string, number]> = [
  ['سەد', 100], ['هەزار', 1000], ['ملیۆن', 1e6], ['میلیۆن', 1e6], ['ملۆن', 1e6], ['میلۆن', 1e6], ['ملیار', 1e9], ['میلیار', 1e9], ['بلیۆن', 1e9], ['بیلیۆن', 1e9],
];
/** Plural scale words are orders of magnitude: دەیان (tens), سەدان (hundreds), هەزاران (thousands). */
const SORANI_APPROXIMATE: ReadonlyArray<readonly [string, number]> = [['دەیان', 10], ['سەدان', 100], ['سەتان', 100], ['هەزاران', 1000], ['ملیۆنان', 1e6], ['ملیاران', 1e9]];
/** Irregular ordinals; the others are the number and ەم / یەم (دووەم, سێیەم, بیستەم), or ەمین. */
const SORANI_ORDINALS: ReadonlyArray<readonly [string, number]> = [['یەکەم', 1], ['یەکەمین', 1], ['یەکەمی', 1]];

const ENGLISH_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12],
  // What English writes for small numbers without naming them (دوو جار: twice; لە هەردوو: both).
  ['twice', 2], ['both', 2], ['double', 2], ['pair', 2], ['couple', 2], ['dual', 2], ['thrice', 3], ['triple', 3],
];
const ENGLISH_SCALES: ReadonlyArray<readonly [string, number]> = [['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9]];
const ENGLISH_APPROXIMATE: ReadonlyArray<readonly [string, number]> = [
  ['tens', 10], ['dozens', 10], ['hundreds', 100], ['thousands', 1000], ['millions', 1e6], ['billions', 1e9],
];
const ENGLISH_ORDINALS: ReadonlyArray<readonly [string, number]> = [
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
  ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17],
  ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60],
  ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1000], ['millionth', 1e6],
];

const key = (word: string): string => matchingKey(word);

/** A word or a run of digits, with its place: all the reader needs of a text (the full tokenizer costs more than it gives here). */
interface Token extends Span {
  readonly kind: 'word' | 'number';
  readonly text: string;
}

let wordCodes: Uint8Array | undefined;
/** Letters, marks and ZWNJ: what a word is made of here. */
const isLightWordCode = (code: number): boolean => (wordCodes ??= bmpClassTable('[\\p{L}\\p{M}\\u200C]'))[code] === 1;
/** . , ٫ ٬ between digits. */
const isNumberSeparator = (code: number): boolean => code === 0x2e || code === 0x2c || code === 0x066b || code === 0x066c;

/**
 * Words (letters, marks and ZWNJs, joined by single hyphens: twenty-five) and runs of digits (with
 * . , ٫ ٬ between them), read by their character codes.
 */
function lightTokens(text: string, from = 0): Token[] {
  const tokens: Token[] = [];
  let at = from;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    const word = isLightWordCode(code);
    if (!word && !isDigit(code)) {
      at++;
      continue;
    }
    const belongs = word ? isLightWordCode : isDigit;
    const joins = word ? (joiner: number): boolean => joiner === 0x2d : isNumberSeparator;
    const start = at;
    let end = at + 1;
    for (;;) {
      while (end < text.length && belongs(text.charCodeAt(end))) end++;
      if (joins(text.charCodeAt(end)) && belongs(text.charCodeAt(end + 1))) end += 2;
      else break;
    }
    tokens.push({ kind: word ? 'word' : 'number', text: text.slice(start, end), start, end });
    at = end;
  }
  return tokens;
}

/** Where a Sorani text's first number word starts (its words, runs of the light tokens' letters, looked up one by one before any token is made), or -1. */
function firstSoraniNumberWord(text: string): number {
  let start = -1;
  for (let k = 0; k <= text.length; k++) {
    const inWord = k < text.length && isLightWordCode(text.charCodeAt(k));
    if (inWord && start < 0) start = k;
    else if (!inWord && start >= 0) {
      if (k - start >= 2 && mayBeSoraniNumberWord(text, start, k) && soraniWord.get(text.slice(start, k))) return start;
      start = -1;
    }
  }
  return -1;
}

/**
 * Where to start reading tokens for a number whose first word is at `at`: two tokens before it
 * (digits before a scale word, 10 هەزار; "a" before "million"), so that the text before them is
 * never tokenized.
 */
function twoTokensBefore(text: string, at: number): number {
  let start = at;
  for (let token = 0; token < 2; token++) {
    while (start > 0 && !isTokenCode(text.charCodeAt(start - 1))) start--;
    while (start > 0 && (isTokenCode(text.charCodeAt(start - 1)) || isJoinCode(text, start - 1))) start--;
  }
  return start;
}

const isTokenCode = (code: number): boolean => isLightWordCode(code) || isDigit(code);
/** A hyphen or number separator with a token's code on both sides (it is inside that token). */
const isJoinCode = (text: string, at: number): boolean =>
  (text.charCodeAt(at) === 0x2d || isNumberSeparator(text.charCodeAt(at))) && isTokenCode(text.charCodeAt(at - 1)) && isTokenCode(text.charCodeAt(at + 1));

/**
 * Whether `text[start, end)` may be a Sorani number word, by its first two and last letters: most words
 * are not, and are never cut out of the text and looked up.
 */
export function mayBeSoraniNumberWord(text: string, start: number, end: number): boolean {
  const first = INNER_KEY_LETTER[text.charCodeAt(start)] ?? 0;
  const second = INNER_KEY_LETTER[text.charCodeAt(start + 1)] ?? 0;
  const last = FINAL_KEY_LETTER[text.charCodeAt(end - 1)] ?? 0;
  if (first === 0 || last === 0) return true;
  // A second letter the key would fold away with the first (a doubled letter) is not known from its code alone.
  return NUMBER_WORD_EDGES.has(first * 0x10000 + last) && (second === 0 || second === first || NUMBER_WORD_OPENINGS.has(first * 0x10000 + second));
}




function soraniTable(): Map<string, WordValue> {
  const table = new Map<string, WordValue>();
  for (const [word, value] of SORANI_UNITS) table.set(key(word), { value });
  for (const [word, value] of SORANI_SCALES) table.set(key(word), { value, scale: true });
  for (const [word, value] of SORANI_APPROXIMATE) table.set(key(word), { value, approximate: true });
  // Ordinals: the number with ەم (after a vowel written یەم or هەم too: سێیەم, پێنجەم, دووەم); ەمین before the noun.
  // A number ending in ە takes یەم (دەیەم): دە + ەم would be دەم, "mouth", in the key.
  for (const [word, value] of [...SORANI_UNITS, ...SORANI_SCALES]) {
    const endings = word.endsWith('ە') ? ['یەم', 'یەمین', 'هەم', 'هەمین'] : ['ەم', 'ەمین', 'یەم', 'یەمین', 'هەم', 'هەمین'];
    for (const ending of endings) table.set(key(`${word}${ending}`), { value, ordinal: true, ...(value >= 100 ? { scale: true } : {}) });
    // With the izafe: قۆناغی پێنجەمی پڕۆژەکە, "the project's fifth phase".
    for (const ending of endings.filter((e) => !e.endsWith('ین'))) table.set(key(`${word}${ending}ی`), { value, ordinal: true });
  }
  for (const [word, value] of SORANI_ORDINALS) table.set(key(word), { value, ordinal: true });
  // "for the nth time", written as one word: یەکەمجار, دووەمجار.
  for (const [word, found] of [...table]) if (found.ordinal && !found.scale && !word.endsWith('ی')) table.set(key(`${word}جار`), { value: found.value, ordinal: true });
  // "a thousand", "a million": the scale word with the indefinite ending ێک; with the izafe (٢٧٥ ملیۆنی دۆلار) it is a scale still.
  for (const [word, value] of SORANI_SCALES) {
    table.set(key(`${word}ێک`), { value });
    table.set(key(`${word}ی`), { value, scale: true, izafe: true });
  }
  return table;
}

function englishTable(): Map<string, WordValue> {
  const table = new Map<string, WordValue>();
  for (const [word, value] of ENGLISH_UNITS) table.set(word, { value });
  for (const [word, value] of ENGLISH_SCALES) table.set(word, { value, scale: true });
  for (const [word, value] of ENGLISH_APPROXIMATE) table.set(word, { value, approximate: true });
  for (const [word, value] of ENGLISH_ORDINALS) table.set(word, { value, ordinal: true, ...(value >= 100 ? { scale: true } : {}) });
  return table;
}

const SORANI = soraniTable();
/** Each Sorani word as written, looked up by its matching key once. */
const soraniWord = new BoundedCache<string, WordValue | null>(50_000, (word) => SORANI.get(key(word)) ?? null);
/** The first and last letters of every Sorani number word's key, as one number each. */
const NUMBER_WORD_EDGES = new Set([...SORANI.keys()].map((word) => word.charCodeAt(0) * 0x10000 + word.charCodeAt(word.length - 1)));
/** The first two letters of every Sorani number word's key, as one number each. */
const NUMBER_WORD_OPENINGS = new Set([...SORANI.keys()].map((word) => word.charCodeAt(0) * 0x10000 + word.charCodeAt(1)));

const ENGLISH = englishTable();
/** Every English number word is a word so (or the first part of a hyphenated one): a text with none of them (most sentences) is not tokenized. */
const MAY_HOLD_ENGLISH = new RegExp(`\\b${prefixTreePattern([...ENGLISH.keys()])}(?![A-Za-z])`, 'u');
const SORANI_AND = key('و');
const ENGLISH_JOINERS = new Set(['and', 'a', 'of']);

/** A token's value as a number word of the language, if it is one; English tens and units may be hyphenated (twenty-five, twenty-first). */
function wordValue(token: Token, language: 'ckb' | 'en'): WordValue | undefined {
  if (token.kind !== 'word') return undefined;
  if (language === 'ckb') return mayBeSoraniNumberWord(token.text, 0, token.text.length) ? (soraniWord.get(token.text) ?? undefined) : undefined;
  const lower = token.text.toLowerCase();
  const known = ENGLISH.get(lower);
  if (known) return known;
  if (!lower.includes('-')) return undefined;
  const [tens, unit, more] = lower.split('-');
  if (more !== undefined || tens === undefined || unit === undefined) return undefined;
  const ten = ENGLISH.get(tens);
  const one = ENGLISH.get(unit);
  // A number word before a noun, hyphenated (hundred-day, two-year): the number.
  if (ten && !one && !ten.approximate) return { value: ten.value, ...(ten.ordinal ? { ordinal: true } : {}) };
  if (!ten || !one || ten.ordinal || ten.value < 20 || ten.value % 10 !== 0 || one.value < 1 || one.value > 9 || one.scale) return undefined;
  return { value: ten.value + one.value, ...(one.ordinal ? { ordinal: true } : {}) };
}

/** A token's value as digits (12, ١٢, 2.5), when a scale word may follow it (10 هەزار, 2.5 million). */
function tokenDigits(token: Token): number | undefined {
  if (token.kind !== 'number') return undefined;
  const parsed = parseNumber(token.text);
  return parsed && !parsed.ordinal ? parsed.value : undefined;
}

/**
 * Numbers written in words in a Sorani or English text, each with its value: یەک … نۆ, دە …
 * نەوەد, سەد, هەزار, ملیۆن, compounds with و (دوو هەزار و پێنج سەد = 2,500), digits with a scale
 * word (10 هەزار = 10,000), ordinals (سێیەم, twenty-first), ملیۆنێک and "a million"; plural scale
 * words (دەیان, سەدان, hundreds, tens of thousands) as approximate quantities of their order.
 * Digits alone are `findNumbers`'s.
 */
export function findNumberWords(text: string, language: 'ckb' | 'en'): WordNumber[] {
  const first = language === 'en' ? (MAY_HOLD_ENGLISH.exec(text)?.index ?? -1) : firstSoraniNumberWord(text);
  return first < 0 ? [] : numberWordsFrom(text, language, twoTokensBefore(text, first));
}

/** The numbers in words of a text from `from` on (a token's start), every token read (`findNumberWords` reads from just before the first number word). */
export function numberWordsFrom(text: string, language: 'ckb' | 'en', from: number): WordNumber[] {
  const tokens = lightTokens(text, from);
  const found: WordNumber[] = [];
  let k = 0;
  while (k < tokens.length) {
    const read = readNumber(tokens, k, language);
    if (!read) {
      k++;
      continue;
    }
    const first = tokens[k] as Token;
    const last = tokens[read.end - 1] as Token;
    if (language === 'ckb' && namesADay(tokens, k, read.end)) {
      k = read.end;
      continue;
    }
    found.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end, value: read.value, ordinal: read.ordinal, approximate: read.approximate });
    k = read.end;
  }
  return found;
}

const WEEKDAY = new Set(['شەمە', 'شەممە', 'شەمەی', 'شەممەی'].map(key));
const MONTH_BEFORE_ORDINAL = new Set(['کانوونی', 'کانونی', 'تشرینی'].map(key));

/**
 * Whether Sorani number words name a day rather than count: a weekday (سێ شەمە, Tuesday; پێنج
 * شەمە, Thursday) or a month (کانوونی دووەم, January; تشرینی یەکەم, October).
 */
function namesADay(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end];
  const before = tokens[start - 1];
  return (after !== undefined && WEEKDAY.has(key(after.text))) || (before !== undefined && MONTH_BEFORE_ORDINAL.has(key(before.text)));
}

/** One number starting at token `k`, read as far as it goes: its value and the token after it. */
function readNumber(tokens: readonly Token[], k: number, language: 'ckb' | 'en'): { value: number; ordinal: boolean; approximate: boolean; end: number } | undefined {
  let total = 0;
  let current = 0;
  let ordinal = false;
  let approximate = false;
  let words = 0;
  let end = k;
  let i = k;
  const a = language === 'en' && tokens[i]?.text.toLowerCase() === 'a' ? 1 : 0; // "a million", "a dozen"
  i += a;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const digits = words === 0 && !approximate ? tokenDigits(token) : undefined;
    const word = digits === undefined ? wordValue(token, language) : undefined;
    if (digits !== undefined) {
      // Digits count only with a scale word after them (10 هەزار); alone they are findNumbers's.
      const next = tokens[i + 1];
      const scale = next ? wordValue(next, language) : undefined;
      if (!scale?.scale || scale.ordinal) break;
      current = digits;
      words++;
      i++;
      continue;
    }
    if (!word || ordinal || (word.izafe && words === 0)) break;
    if (word.approximate) {
      // دەیان هەزار, tens of thousands: an order, times the scales after it.
      if (words > 0 && !approximate) break;
      approximate = true;
      current = current === 0 ? word.value : current * word.value;
    } else if (word.scale) {
      if (word.value === 100) current = (current === 0 ? 1 : current) * 100;
      else {
        total += (current === 0 ? 1 : current) * word.value;
        current = 0;
      }
    } else {
      if (approximate) break;
      // Two units in a row are two numbers (سێ چوار: three or four), unless a tens word takes a unit after it (twenty five).
      if (words > 0 && current % 100 !== 0 && !(current % 100 >= 20 && current % 10 === 0 && word.value < 10)) break;
      current += word.value;
    }
    if (word.ordinal) ordinal = true;
    words++;
    i++;
    end = i;
    // و / and / of between two number words belongs to the number (بیست و پێنج, two hundred and five, tens of thousands).
    const joiner = tokens[i];
    const after = tokens[i + 1];
    const joins = joiner !== undefined && (language === 'ckb' ? key(joiner.text) === SORANI_AND : ENGLISH_JOINERS.has(joiner.text.toLowerCase()));
    if (joins && after && wordValue(after, language) && !ordinal) i++;
  }
  if (words === 0) return undefined;
  // "a" alone before a word that is no scale or dozen is an article: "a second" (a moment) is not read.
  if (a === 1) {
    const head = wordValue(tokens[k + 1] as Token, language);
    if (!head?.scale && head?.value !== 12) return undefined;
  }
  // A lone یەک or "one" is as often a pronoun or an article as a number: read only with more words.
  const value = total + current;
  if (words === 1 && !approximate && value === 1 && !ordinal) return undefined;
  return { value, ordinal, approximate, end };
}

const SORANI_DIGIT_WORDS = ['', 'یەک', 'دوو', 'سێ', 'چوار', 'پێنج', 'شەش', 'حەوت', 'هەشت', 'نۆ'];
const SORANI_TEENS = ['دە', 'یازدە', 'دوازدە', 'سێزدە', 'چواردە', 'پازدە', 'شازدە', 'حەڤدە', 'هەژدە', 'نۆزدە'];
const SORANI_TENS = ['', '', 'بیست', 'سی', 'چل', 'پەنجا', 'شەست', 'حەفتا', 'هەشتا', 'نەوەد'];

/** A whole number from 1 to 999,999,999 in Sorani words, as a writer spells it (دوو هەزار و پێنج سەد). */
export function soraniNumberWords(value: number): string {
  const below1000 = (n: number): string[] => {
    const parts: string[] = [];
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    if (hundreds > 0) parts.push(hundreds === 1 ? 'سەد' : `${SORANI_DIGIT_WORDS[hundreds]} سەد`);
    if (rest >= 20) parts.push(rest % 10 === 0 ? SORANI_TENS[rest / 10] ?? '' : `${SORANI_TENS[Math.floor(rest / 10)]} و ${SORANI_DIGIT_WORDS[rest % 10]}`);
    else if (rest >= 10) parts.push(SORANI_TEENS[rest - 10] ?? '');
    else if (rest > 0) parts.push(SORANI_DIGIT_WORDS[rest] ?? '');
    return parts;
  };
  const groups: string[] = [];
  for (const [scale, word] of [[1e6, 'ملیۆن'], [1000, 'هەزار']] as const) {
    const count = Math.floor(value / scale) % 1000;
    if (count > 0) groups.push(count === 1 ? word : `${below1000(count).join(' و ')} ${word}`);
  }
  groups.push(...below1000(value % 1000));
  return groups.join(' و ');
}

const ENGLISH_DIGIT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ENGLISH_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number from 1 to 999,999,999 in English words (two thousand five hundred and six). */
export function englishNumberWords(value: number): string {
  const below1000 = (n: number): string => {
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    const tail = rest >= 20 ? `${ENGLISH_TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${ENGLISH_DIGIT_WORDS[rest % 10]}` : ''}` : rest >= 10 ? ENGLISH_TEENS[rest - 10] : ENGLISH_DIGIT_WORDS[rest];
    if (hundreds === 0) return tail ?? '';
    return tail ? `${ENGLISH_DIGIT_WORDS[hundreds]} hundred and ${tail}` : `${ENGLISH_DIGIT_WORDS[hundreds]} hundred`;
  };
  const parts: string[] = [];
  for (const [scale, word] of [[1e6, 'million'], [1000, 'thousand']] as const) {
    const count = Math.floor(value / scale) % 1000;
    if (count > 0) parts.push(`${below1000(count)} ${word}`);
  }
  if (value % 1000 > 0) parts.push(below1000(value % 1000));
  return parts.join(' ');
}
