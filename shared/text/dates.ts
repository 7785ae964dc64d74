import { allMatches } from './all-matches';
import { type Normalized, displayText, normalize } from './normalize';
import { hasDigit, parseNumber } from './numerals';
import { prefixTreePattern } from './prefix-tree-pattern';
import type { Span } from './span';

/** A date written with a month name: the day and year where written, the month of the Gregorian calendar. */
export interface DateMention extends Span {
  readonly month: number;
  readonly day?: number;
  readonly year?: number;
}

/**
 * Sorani month names (the Syriac names used in Iraq, and the Western ones), at display-safe
 * normalization, with their Gregorian month. Kurdish solar months (خاکەلێوە...) straddle two
 * Gregorian months, so they are left out: their dates need converting, not comparing.
 */
const SORANI_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['کانوونی دووەم', 1], ['کانونی دووەم', 1], ['شوبات', 2], ['ئازار', 3], ['ئادار', 3], ['نیسان', 4], ['مایس', 5], ['ئایار', 5],
  ['حوزەیران', 6], ['تەممووز', 7], ['تەمووز', 7], ['تەمموز', 7], ['تەموز', 7], ['ئاب', 8], ['ئەیلوول', 9], ['ئەیلول', 9], ['تشرینی یەکەم', 10],
  ['تشرینی دووەم', 11], ['کانوونی یەکەم', 12], ['کانونی یەکەم', 12],
  ['جەنیوەری', 1], ['یەنایەر', 1], ['فێبریوەری', 2], ['فیبرایەر', 2], ['مارس', 3], ['مارچ', 3], ['ئەپریل', 4], ['ئەبریل', 4],
  ['مەی', 5], ['مایۆ', 5], ['جوون', 6], ['یونیۆ', 6], ['جولای', 7], ['یولیۆ', 7], ['ئۆگەست', 8], ['ئاگۆست', 8],
  ['سێپتەمبەر', 9], ['سەپتەمبەر', 9], ['ئۆکتۆبەر', 10], ['نۆڤەمبەر', 11], ['نۆفەمبەر', 11], ['دیسەمبەر', 12],
];

export const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const DIGITS = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const SORANI_MONTH_PATTERN = SORANI_MONTHS.map(([name]) => name.replace(/ /gu, '\\s+')).sort((a, b) => b.length - a.length).join('|');
/** `١٠ی حوزەیران`, `25 ی حوزەیران` (the ی often typed apart), `١٠ حوزەیرانی ٢٠٢٠`, `حوزەیرانی ٢٠٢٠` (a day before, or a year after: a month name alone is not a date). */
const SORANI_DATE = new RegExp(
  `(?:(${DIGITS}{1,2})(?:\\s?(?:ی|ەم|ەمین))?\\s+)?(${SORANI_MONTH_PATTERN})(?:ی|دا|ەوە|یدا)?(?:\\s+(?:ساڵی\\s+)?(${DIGITS}{4}))?(?![\\p{L}\\p{M}])`, 'gu',
);

/** What every Sorani date has: a month name as a word of its own, with or without an ending. */
const SORANI_MONTH_WORD = new RegExp(`${prefixTreePattern(SORANI_MONTHS.map(([name]) => name))}(?:ی|دا|ەوە|یدا)?(?![\\p{L}\\p{M}])`, 'u');

const ENGLISH_MONTH_PATTERN = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
/** `10 June`, `10th of June`, `the 19th day of March`, `June 10`, `June 10th, 2020`, `June 2020`. */
const ENGLISH_DATE = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+)?(?:of\\s+)?${ENGLISH_MONTH_PATTERN}|${ENGLISH_MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|${ENGLISH_MONTH_PATTERN})(?:,?\\s+(?:of\\s+)?(\\d{4}))?`, 'g',
);

/** Only a text with Arabic-script letters (or their presentation forms) has a Sorani month name. */
const MAY_HOLD_SORANI = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** Every English month name and abbreviation starts a word with one of these (capitalized, as ENGLISH_DATE reads them). */
const MAY_HOLD_ENGLISH = /\b(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)/;
const NO_TEXT: Normalized = { text: '', map: new Uint32Array(1) };

const monthOfSorani = new Map(SORANI_MONTHS.map(([name, month]) => [name, month]));

/** The Gregorian month a Sorani month name stands for (with an ending: ئادارەوە, شوباتدا), or undefined. */
export function soraniMonth(name: string): number | undefined {
  const written = displayText(name).replace(/\s+/gu, ' ');
  for (const ending of ['', 'ی', 'دا', 'یدا', 'ەوە']) {
    if (!written.endsWith(ending)) continue;
    const month = monthOfSorani.get(written.slice(0, written.length - ending.length));
    if (month !== undefined) return month;
  }
  return undefined;
}
const number = (written: string | undefined): number | undefined => (written ? parseNumber(written)?.value : undefined);

function englishMonth(name: string | undefined): number | undefined {
  if (!name) return undefined;
  const index = ENGLISH_MONTHS.findIndex((month) => month.toLowerCase().startsWith(name.toLowerCase().slice(0, 3)));
  return index >= 0 ? index + 1 : undefined;
}

/** Dates with a month name in a Sorani or English text, with their offsets. */
export function findDates(text: string, digits = hasDigit(text)): DateMention[] {
  // Every date has a day or a year: a text without a digit has none (and skips the normalizing).
  if (!digits) return [];
  const dates: DateMention[] = [];
  // Sorani is matched on the display-safe form (letter variants, ZWNJ); offsets map back. Most
  // texts with a digit have no month name as a word of its own (ئابووری is not ئاب), and most
  // are their own display form, whose offsets need no map.
  const displayed = MAY_HOLD_SORANI.test(text) ? displayText(text) : '';
  const display = !SORANI_MONTH_WORD.test(displayed) ? NO_TEXT : displayed === text ? undefined : normalize(text, 'display');
  const soraniDates = display === NO_TEXT ? [] : allMatches(SORANI_DATE, display?.text ?? text);
  for (const match of soraniDates) {
    const [whole, day, name = '', year] = match;
    // A bare month name is not a date: it needs a day before it or a year after it.
    if (!day && !year) continue;
    const month = monthOfSorani.get(name.replace(/\s+/gu, ' '));
    if (!month) continue;
    const start = display ? (display.map[match.index] ?? match.index) : match.index;
    const end = display ? (display.map[match.index + whole.length] ?? text.length) : match.index + whole.length;
    const dayValue = number(day);
    if (dayValue !== undefined && (dayValue < 1 || dayValue > 31)) continue;
    const yearValue = number(year);
    dates.push({ start, end, month, ...(dayValue === undefined ? {} : { day: dayValue }), ...(yearValue === undefined ? {} : { year: yearValue }) });
  }
  const english = MAY_HOLD_ENGLISH.test(text) ? allMatches(ENGLISH_DATE, text) : [];
  for (const match of english) {
    const [whole, dayBefore, monthAfterDay, monthBeforeDay, dayAfter, monthAlone, year] = match;
    const month = englishMonth(monthAfterDay ?? monthBeforeDay ?? monthAlone);
    if (!month) continue;
    // "May" alone is a verb as often as a month: only with a day or a year.
    if (monthAlone && !year) continue;
    const day = number(dayBefore ?? dayAfter);
    // "January 32" is no date: the 32 is a number of its own.
    if (day !== undefined && (day < 1 || day > 31)) continue;
    const yearValue = number(year);
    dates.push({ start: match.index, end: match.index + whole.length, month, ...(day === undefined ? {} : { day }), ...(yearValue === undefined ? {} : { year: yearValue }) });
  }
  return dates.sort((a, b) => a.start - b.start);
}
