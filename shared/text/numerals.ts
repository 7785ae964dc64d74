import { RE_DIGIT, digitScript, digitValue, digitZero, isArabicLetter, isLatinLetter, type DigitScript } from './chars';
import type { Span } from './span';
import { tokenize } from './tokenize';

export interface ParsedNumber {
  readonly value: number;
  readonly ordinal: boolean;
  /** Digit script of the written number; `mixed` when a number mixes scripts. */
  readonly script: DigitScript | 'mixed';
}

export interface NumberMention extends ParsedNumber, Span {
  readonly text: string;
}

/** Sorani ordinal endings after digits (٢٠ی, ٢٠ەم, ٣یەم, ٥هەمین) and English ones (20th, 1st). */
const ORDINAL_SUFFIX = /^(?:ی|ەم|ەمین|هەم|هەمین|یەم|یەمین|st|nd|rd|th)$/iu;

function readDigits(raw: string): { digits: string; script: DigitScript | 'mixed' } | null {
  let digits = '';
  let script: DigitScript | 'mixed' | undefined;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const value = digitValue(code);
    if (value >= 0) {
      const own = digitScript(code);
      script = script === undefined || script === own ? own : 'mixed';
      digits += String(value);
    } else if (code === 0x066b) digits += '.';
    else if (code === 0x066c) digits += ',';
    else if (code === 0x2e || code === 0x2c || code === 0x2f) digits += raw[i];
    else return null;
  }
  return script === undefined ? null : { digits, script };
}

/** Value of a digit string with separators: 12,000 / ١٢٬٠٠٠ / ٣.٥ / ٣٫٥ / 1/2 / 1.000.000. */
function valueOf(digits: string): number | null {
  const fraction = /^(\d+)\/(\d+)$/.exec(digits);
  if (fraction) {
    const denominator = Number(fraction[2]);
    return denominator === 0 ? null : Number(fraction[1]) / denominator;
  }
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)) return Number(digits.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(digits)) return Number(digits.replace(/\./g, ''));
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits);
  if (/^\d+,\d+$/.test(digits)) return Number(digits.replace(',', '.'));
  return null;
}

/** Parses one written number, optionally with an ordinal ending: `٢٠٠٩`, `٢٠ی`, `20th`, `1,000`. */
export function parseNumber(written: string): ParsedNumber | null {
  const match = /^([\d\u0660-\u0669\u06F0-\u06F9.,/\u066B\u066C]+)(.*)$/u.exec(written.trim());
  if (!match) return null;
  const read = readDigits(match[1] ?? '');
  if (!read) return null;
  const suffix = match[2] ?? '';
  if (suffix !== '' && !ORDINAL_SUFFIX.test(suffix)) return null;
  const value = valueOf(read.digits);
  return value === null ? null : { value, ordinal: suffix !== '', script: read.script };
}

/** Every number in a text, with the ordinal ending that is glued to it (٢٠ی = 20th). */
export function findNumbers(text: string, digits = hasDigit(text)): NumberMention[] {
  if (!digits) return [];
  return MAY_HIDE_NUMBERS.test(text) ? findNumbersByTokens(text) : findNumbersByDigits(text);
}

const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** Whether the text has a digit in any of the scripts Sorani and English texts use. */
export const hasDigit = (text: string): boolean => ANY_DIGIT.test(text);
/** URLs and e-mail addresses are tokens of their own, digits and all: only the tokenizer knows where. */
const MAY_HIDE_NUMBERS = /:\/\/|www\.|@/iu;
const NUMBER_RUN = new RegExp(`[${RE_DIGIT}]+(?:[.,\\u066B\\u066C/][${RE_DIGIT}]+)*`, 'gu');

function mention(text: string, start: number, end: number): NumberMention | null {
  const written = text.slice(start, end);
  const parsed = parseNumber(written);
  // One object shape for every mention (plainMention's): a spread would make another.
  return parsed ? { value: parsed.value, ordinal: parsed.ordinal, script: parsed.script, text: written, start, end } : null;
}

/** Only a letter right after the digits can begin an ordinal ending (ی, ەم, th). */
function mayStartOrdinal(code: number): boolean {
  return isArabicLetter(code) || isLatinLetter(code);
}

/** Most numbers are plain digits in one script: their value needs no parsing. */
function plainMention(text: string, start: number, end: number): NumberMention | null {
  const value = plainDigitsValue(text, start, end);
  const script = digitScript(text.charCodeAt(start));
  if (value < 0 || script === undefined) return null;
  return { value, ordinal: false, script, text: text.slice(start, end), start, end };
}

/** The value of `text[start, end)` when it is plain digits of one script (most numbers are), else -1. */
export function plainDigitsValue(text: string, start: number, end: number): number {
  if (end <= start) return -1;
  let value = 0;
  let script: DigitScript | undefined;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const digit = digitValue(code);
    if (digit < 0) return -1;
    const own = digitScript(code);
    if (script !== undefined && own !== script) return -1;
    script = own;
    value = value * 10 + digit;
  }
  return Number.isSafeInteger(value) ? value : -1;
}

/**
 * The numbers of a run with slashes that is no fraction (0.31/100,000, a rate; 1/2/3): each part
 * between the slashes that reads as a number. Dates (28/9/2012) are read as dates beside this.
 */
function slashedParts(text: string, start: number, end: number): NumberMention[] {
  const parts: NumberMention[] = [];
  let from = start;
  for (let at = start; at <= end; at++) {
    if (at < end && text.charCodeAt(at) !== 0x2f) continue;
    const part = at > from ? mention(text, from, at) : null;
    if (part) parts.push(part);
    from = at + 1;
  }
  return parts;
}

/** The full tokenizer's view (the reference). */
export function findNumbersByTokens(text: string): NumberMention[] {
  const tokens = tokenize(text);
  const found: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.kind !== 'number') continue;
    const next = tokens[i + 1];
    const glued = next !== undefined && next.start === token.end && next.kind === 'word' && ORDINAL_SUFFIX.test(next.text);
    const found1 = mention(text, token.start, glued ? next.end : token.end);
    if (found1) found.push(found1);
    else found.push(...slashedParts(text, token.start, glued ? next.end : token.end));
  }
  return found;
}

/**
 * The same numbers without tokenizing the whole text: where no URL or e-mail can hide digits, a
 * number token is exactly a run of the tokenizer's number pattern, and only the word right after
 * it needs the tokenizer (a short window, for a glued ordinal ending).
 */
function findNumbersByDigits(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  NUMBER_RUN.lastIndex = 0;
  for (let match = NUMBER_RUN.exec(text); match !== null; match = NUMBER_RUN.exec(text)) {
    const start = match.index;
    let end = start + match[0].length;
    if (mayStartOrdinal(text.charCodeAt(end))) {
      const next = tokenize(text.slice(end, end + 16))[0];
      if (next && next.start === 0 && next.kind === 'word' && ORDINAL_SUFFIX.test(next.text)) end += next.end;
    }
    const found1 = end - start === match[0].length ? plainMention(text, start, end) ?? mention(text, start, end) : mention(text, start, end);
    if (found1) found.push(found1);
    else found.push(...slashedParts(text, start, end));
  }
  return found;
}

/** Same value, whatever the script or separators; an ordinal only equals an ordinal when both say so. */
export function sameNumber(a: ParsedNumber, b: ParsedNumber, options: { strictOrdinal?: boolean } = {}): boolean {
  if (options.strictOrdinal && a.ordinal !== b.ordinal) return false;
  return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
}

/** Rewrites every digit in the text in one script; separators are left as written. */
export function convertDigits(text: string, to: DigitScript): string {
  const zero = digitZero(to);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = digitValue(code);
    out += value >= 0 ? String.fromCharCode(zero + value) : text[i];
  }
  return out;
}
