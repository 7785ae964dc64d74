import { findDates, soraniMonth } from './dates';
import { nameSimilarity } from './transliterate';
import { matchingKey } from './normalize';
import { findNumberWords } from './number-words';
import { convertDigits, findNumbers, hasDigit, parseNumber } from './numerals';
import { RE_DIGIT, bmpClassTable, isArabicLetter, isDigit, isLatinLetter } from './chars';
import { isSpace } from './blank';
import type { Span } from './span';

/** What a quantity in a text is: a number (cardinal or ordinal, with a percent sign or not), a date, an approximate order, an identifier's digits. */
export type QuantityKind = 'number' | 'date' | 'approximate' | 'identifier';

export interface Quantity extends Span {
  readonly kind: QuantityKind;
  readonly text: string;
  /** A number's value; an approximate quantity's order (hundreds: 100); an identifier's digits' value. */
  readonly value: number;
  readonly ordinal: boolean;
  readonly percent: boolean;
  /** Written in words (دوو هەزار, ten), not digits. */
  readonly words: boolean;
  /** A date's parts, those written. */
  readonly date?: { readonly day?: number; readonly month?: number; readonly year?: number };
  /** `d/m` with no year: a date or a fraction (5/3); the other side decides. */
  readonly dayOrFraction?: boolean;
  /** Another value it stands for: an identifier's (COVID-19: 2019), a number that may be thousands or a decimal (42.000). */
  readonly alias?: number;
  /** An identifier's letters; a number's word right before it (کۆڤید 19, typed with a space: it may be COVID-19). */
  readonly label?: string;
}

const D = `[${RE_DIGIT}]`;
/** 28/9/2012, 27-2-2020, 2020/2/27, 2020-02-27, 5/3 (a day and a month, or a fraction). */
const NUMERIC_DATE = new RegExp(`(?<![${RE_DIGIT}./-])(${D}{1,4})([/\\-.])(${D}{1,2})(?:\\2(${D}{1,4}))?(?![${RE_DIGIT}]|[/\\-.]${D})`, 'gu');
/** مانگی ٧, مانگی١٢, مانگی حەوت: the month by its number; مانگی ئادار, مانگی کانوونی دووەم: by its name, with no day or year. */
const MONTH_NUMBER = new RegExp(`مانگی\\s*(${D}{1,2}|(?:کانوونی|کانونی|تشرینی)\\s+[\\p{L}]+|[\\p{L}]+)`, 'gu');
/** COVID-19, SARS-CoV-2, H5N1, G7, کۆڤید-١٩, 4×109: letters glued to digits, or joined by a hyphen; digits times digits. */
// (Letter groups are joined by a hyphen only: nested repeats over letters would backtrack without end on long words.)
// The last form is an identifier typed inside right-to-left text, its digits first: (19-COVID), (2-SARS-CoV) (a capital after the hyphen: 30-day is no identifier).
const IDENTIFIER = new RegExp(`[\\p{L}]+(?:-[\\p{L}]+)*(?:-|\\s-\\s?|-\\s)?${D}+(?:[\\p{L}]+${D}+)*[\\p{L}]*|${D}+\\s?[x×]\\s?${D}+|${D}+[\\p{L}]+${D}+[\\p{L}]*|${D}+-[A-Z][A-Za-z]*(?:-[A-Za-z]+)*`, 'gu');
/** 8،866: Sorani typists often write the Arabic comma as the thousands separator. */
const ARABIC_COMMA_THOUSANDS = new RegExp(`(?<![${RE_DIGIT}،])${D}{1,3}(?:،${D}{3})+(?![${RE_DIGIT}]|،${D})`, 'gu');
/** Type II, phase III: Roman numerals after a word they number (the lone I is a pronoun). */
const ROMAN = /(?<=\b(?:[Tt]ype|[Pp]hase|[Cc]lass|[Ss]tage|[Gg]rade|[Ll]evel|[Ww]orld [Ww]ar|[Cc]hapter|[Pp]art)[- ](?:(?:I{1,3}|IV|V|VI{1,3}|IX|X)[-–/])?)(?:I{1,3}|IV|V|VI{1,3}|IX|X)\b/gu;
/** 2019–20, 1957–58: a range of years whose second is written with its last two digits. */
const SHORT_YEAR_RANGE = new RegExp(`(?<![${RE_DIGIT}])(${D}{4})[–-](${D}{2})(?![${RE_DIGIT}])`, 'gu');
/** 42.000, 10,700: thousands, or a decimal; the other side decides. */
const THOUSANDS_OR_DECIMAL = /^\d{1,3}[.,]\d{3}$/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };
/** COVID-19 is "coronavirus disease 2019": a Sorani text writes the year. */
const COVID = /^(?:(?:covid|کۆڤید|کۆڤیدی)-?\d+|\d+-covid)$/iu;
// Cheap tests first: most sentences have none of these forms, and their patterns are not run on them.
const MAY_HOLD_NUMERIC_DATE = new RegExp(`${D}[/.-]${D}`, 'u');
/** Whether a letter stands right before `at`, or before a hyphen or a space there (COVID-19, کۆڤید 19). */
function letterBefore(text: string, at: number): boolean {
  let k = at - 1;
  for (let skipped = 0; skipped < 2 && k >= 0 && (text[k] === ' ' || text[k] === '-'); skipped++) k--;
  return k >= 0 && isLetterCode(text.charCodeAt(k));
}

/** The letters before `at` and a space, a hyphen, a space there (each may be missing: کۆڤید 19, COVID - 19), within 24 characters. */
function labelBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 24);
  let end = at;
  if (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > from && text.charCodeAt(end - 1) === 0x2d) end--;
  if (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && isAnyLetter(text.charCodeAt(start - 1))) start--;
  return start < end ? text.slice(start, end) : undefined;
}

let anyLetter: Uint8Array | undefined;
/** A letter of any script (`\p{L}`). */
const isAnyLetter = (code: number): boolean => (anyLetter ??= bmpClassTable('\\p{L}'))[code] === 1;

/** Whether digits at `at` may end an identifier: a letter right before them, or a hyphen after a letter (COVID-19, COVID - 19). */
function identifierBefore(text: string, at: number): boolean {
  let k = at - 1;
  if (text[k] === ' ') k--;
  if (text[k] === '-') {
    k--;
    if (text[k] === ' ') k--;
  } else if (k !== at - 1) return false;
  return k >= 0 && isLetterCode(text.charCodeAt(k));
}

/** Whether digits ending at `at` may begin an identifier: letters and then digits (5N1), or × and digits (4×109, 20 x 10). */
function identifierAfter(text: string, at: number): boolean {
  let k = at;
  if (text[k] === ' ' && (text[k + 1] === 'x' || text[k + 1] === '×')) k++;
  if (text[k] === 'x' || text[k] === '×') {
    k++;
    if (text[k] === ' ') k++;
    return isDigit(text.charCodeAt(k));
  }
  // Typed inside right-to-left text, digits first: 19-COVID.
  if (text[k] === '-' && /[A-Z]/u.test(text[k + 1] ?? '')) return true;
  while (k < text.length && isLetterCode(text.charCodeAt(k))) k++;
  return k > at && isDigit(text.charCodeAt(k));
}

const NOT_DIGITS = new RegExp(`[^${RE_DIGIT}]+`, 'gu');

/** Latin and Arabic-script letters, the ones identifiers and ordinal endings are made of. */
const isLetterCode = (code: number): boolean => isArabicLetter(code) || isLatinLetter(code);
const MAY_HOLD_ARABIC_COMMA = new RegExp(`${D}،${D}`, 'u');
const MAY_HOLD_ROMAN = /(?:ype|hase|lass|tage|rade|evel|War|hapter|art)[- ][IVX]/u;
/** Whether a hyphen or an en dash stands between two digits somewhere (2019–20, 15-18): found by `indexOf`, cheaper than a pattern. */
function dashBetweenDigits(text: string): boolean {
  for (const dash of ['-', '–']) {
    for (let at = text.indexOf(dash, 1); at > 0; at = text.indexOf(dash, at + 1)) {
      if (isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1))) return true;
    }
  }
  return false;
}
const MAY_HOLD_PERCENT = /[%٪]|per ?cent|سەدا/iu;

/** The other reading of 42.000 or 10,700 (thousands, or a decimal), if it has one. */
function thousandsOrDecimal(written: string, value: number): number | undefined {
  const latin = convertDigits(written, 'latn');
  if (!THOUSANDS_OR_DECIMAL.test(latin)) return undefined;
  const other = Number(latin.replace(/[.,]/u, ''));
  return other === value ? undefined : other;
}

const PERCENT_BEFORE = /[%٪]\s?$/u;
const PERCENT_AFTER = /^\s?(?:[%٪]|percent\b|per cent\b|لەسەدا|لە\s?سەدا)/iu;

const value = (digits: string): number | undefined => parseNumber(digits)?.value;

function validDate(day: number | undefined, month: number | undefined, year: number | undefined): boolean {
  return (day === undefined || (day >= 1 && day <= 31)) && (month === undefined || (month >= 1 && month <= 12)) && (year === undefined || (year >= 1000 && year <= 2999));
}

/**
 * A quantity in digits, neither ordinal nor percent, with what more it has (a date's parts, an
 * alias, a label) added after its fixed fields: the engine keeps one shape for most quantities
 * (spreading a common base into each literal measured a fifth of the whole reading).
 */
function plain(kind: QuantityKind, text: string, start: number, end: number, value: number, more?: Pick<Quantity, 'date' | 'dayOrFraction' | 'alias' | 'label'>): Quantity {
  const quantity = { kind, text, start, end, value, ordinal: false, percent: false, words: false };
  return more ? Object.assign(quantity, more) : quantity;
}

/**
 * Every quantity of a Sorani or English text, each once, with its value and kind: numeric dates
 * (d/m/yyyy, yyyy/m/d, d-m-yyyy, d/m) and dates with month names (`findDates`), month numbers
 * (مانگی ٧); identifiers with digits (COVID-19); numbers in digits (any script, with a percent
 * sign or word), in words and with scale words (`findNumberWords`), approximate ones.
 */
export function findQuantities(text: string, language: 'ckb' | 'en'): Quantity[] {
  const found: Quantity[] = [];
  const taken: Span[] = [];
  const free = (start: number, end: number): boolean => {
    for (const span of taken) if (end > span.start && start < span.end) return false;
    return true;
  };
  const add = (quantity: Quantity): void => {
    found.push(quantity);
    taken.push(quantity);
  };
  const digits = hasDigit(text);
  const digitRuns = findNumbers(text, digits);
  if (digits) {
    for (const match of MAY_HOLD_NUMERIC_DATE.test(text) ? text.matchAll(NUMERIC_DATE) : []) {
      const [whole, a = '', , b = '', c] = match;
      const [x, y, z] = [value(a), value(b), c === undefined ? undefined : value(c)];
      if (x === undefined || y === undefined) continue;
      const start = match.index;
      // yyyy/m/d, or d/m/yyyy (the day first, as Iraq and Europe write it), or d/m.
      const date = a.length === 4 ? { year: x, month: y, ...(z === undefined ? {} : { day: z }) } : { day: x, month: y, ...(z === undefined ? {} : { year: z }) };
      if (!validDate(date.day, date.month, date.year)) continue;
      if (z === undefined && a.length > 2) continue;
      // 15-18 is a range, 3.5 a decimal: only / makes a two-part date, and - or . with a year.
      if (z === undefined && match[2] !== '/') continue;
      if (!free(start, start + whole.length)) continue;
      add(plain('date', whole, start, start + whole.length, x, z === undefined ? { date, dayOrFraction: true } : { date }));
    }
    for (const match of dashBetweenDigits(text) ? text.matchAll(SHORT_YEAR_RANGE) : []) {
      const [whole, first = '', last = ''] = match;
      const from = value(first);
      const to = value(last);
      if (from === undefined || to === undefined) continue;
      const start = match.index;
      const year = Math.floor(from / 100) * 100 + to;
      if (year <= from) continue;
      add(plain('number', first, start, start + first.length, from));
      add(plain('number', last, start + whole.length - last.length, start + whole.length, year));
    }
    for (const match of MAY_HOLD_ARABIC_COMMA.test(text) ? text.matchAll(ARABIC_COMMA_THOUSANDS) : []) {
      const start = match.index;
      if (!free(start, start + match[0].length)) continue;
      const parsed = value(match[0].replace(/،/gu, ','));
      if (parsed !== undefined) add(plain('number', match[0], start, start + match[0].length, parsed));
    }
    const mayHoldIdentifier = digitRuns.some((run) => identifierBefore(text, run.start) || identifierAfter(text, run.end));
    for (const match of mayHoldIdentifier ? text.matchAll(IDENTIFIER) : []) {
      const start = match.index;
      const end = start + match[0].length;
      if (!free(start, end)) continue;
      // An identifier is all its digits (4×109 is not 5×109; H5N1 is 51): compared as a token.
      const digits = match[0].replace(NOT_DIGITS, '');
      const parsed = digits.length > 15 ? undefined : value(digits);
      if (parsed === undefined) continue;
      const label = /[\p{L}]+/u.exec(match[0])?.[0];
      add(plain('identifier', match[0], start, end, parsed, { ...(COVID.test(match[0]) ? { alias: 2000 + parsed } : {}), ...(label ? { label } : {}) }));
    }
  }
  for (const date of findDates(text, digits)) {
    if (!free(date.start, date.end)) continue;
    const { day, month, year } = date;
    // "10 July." ends a sentence: the full stop is not the abbreviation's.
    const end = text[date.end - 1] === '.' && /[a-z]{3}\.$/u.test(text.slice(date.start, date.end)) && !/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/u.test(text.slice(date.start, date.end)) ? date.end - 1 : date.end;
    add(plain('date', text.slice(date.start, end), date.start, end, day ?? year ?? month, { date: { month, ...(day === undefined ? {} : { day }), ...(year === undefined ? {} : { year }) } }));
  }
  if (language === 'ckb' && text.includes('مانگی')) {
    for (const match of text.matchAll(MONTH_NUMBER)) {
      const written = match[1] ?? '';
      const month = value(written) ?? soraniMonth(written) ?? findNumberWords(written, 'ckb')[0]?.value ?? (matchingKey(written) === matchingKey('یەک') ? 1 : undefined);
      if (month === undefined || month < 1 || month > 12) continue;
      const start = match.index;
      if (!free(start, start + match[0].length)) continue;
      add(plain('date', match[0], start, start + match[0].length, month, { date: { month } }));
    }
  }
  if (language === 'en' && MAY_HOLD_ROMAN.test(text)) {
    for (const match of text.matchAll(ROMAN)) {
      const start = match.index;
      add(Object.assign(plain('number', match[0], start, start + match[0].length, ROMAN_VALUES[match[0]] ?? 0), { words: true }));
    }
  }
  // Percent signs and words are rare: each number looks for one only where the text has one.
  const mayHoldPercent = MAY_HOLD_PERCENT.test(text);
  for (const number of digitRuns) {
    if (taken.length > 0 && !free(number.start, number.end)) continue;
    const quantity: { -readonly [K in keyof Quantity]: Quantity[K] } = {
      kind: 'number', text: number.text, start: number.start, end: number.end, value: number.value, ordinal: number.ordinal, words: false,
      percent: mayHoldPercent && (PERCENT_BEFORE.test(text.slice(Math.max(0, number.start - 2), number.start)) || PERCENT_AFTER.test(text.slice(number.end, number.end + 12))),
    };
    // The 50s, the 1990s: a decade, an order of magnitude (never a number of the translation's own).
    if (language === 'en' && number.value % 10 === 0 && text[number.end] === 's' && !isLetterCode(text.charCodeAt(number.end + 1))) quantity.kind = 'approximate';
    if (letterBefore(text, number.start)) {
      const label = labelBefore(text, number.start);
      if (label) quantity.label = label;
    }
    const alias = number.value % 1 !== 0 || number.text.includes('.') || number.text.includes(',') ? thousandsOrDecimal(number.text, number.value) : undefined;
    if (alias !== undefined) quantity.alias = alias;
    add(quantity);
  }
  for (const number of findNumberWords(text, language)) {
    if (found.length === 0) {
      add({ kind: number.approximate ? 'approximate' : 'number', text: number.text, start: number.start, end: number.end, value: number.value, ordinal: number.ordinal, percent: PERCENT_AFTER.test(text.slice(number.end, number.end + 12)), words: !hasDigit(number.text) });
      continue;
    }
    // Digits with a scale word (10 هەزار) replace the digits alone.
    const inside = found.filter((q) => q.kind === 'number' && q.start >= number.start && q.end <= number.end);
    if (!inside.every((q) => !q.words) || !taken.filter((span) => !inside.includes(span as Quantity)).every((span) => number.end <= span.start || number.start >= span.end)) continue;
    for (const q of inside) {
      found.splice(found.indexOf(q), 1);
      taken.splice(taken.indexOf(q), 1);
    }
    const percent = PERCENT_AFTER.test(text.slice(number.end, number.end + 12));
    // Digits with a scale word (49 هەزار, 3.7 million) are written in digits: left out or changed, they are errors.
    add({ kind: number.approximate ? 'approximate' : 'number', text: number.text, start: number.start, end: number.end, value: number.value, ordinal: number.ordinal, percent, words: !hasDigit(number.text) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a number after a word (کۆڤید 19) is an identifier written with a space (COVID-19): its digits and a name like its letters. */
export function mayBeIdentifier(number: Quantity, identifier: Quantity): boolean {
  return number.label !== undefined && identifier.label !== undefined && nameSimilarity(number.label, identifier.label) >= 0.75;
}
