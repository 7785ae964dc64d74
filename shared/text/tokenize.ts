import { RE_ARABIC_LETTER, RE_ARABIC_MARK, RE_DIGIT } from './chars';
import type { Span } from './span';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email';
export type TokenScript = 'arab' | 'latn' | 'other' | 'none';

export interface Token extends Span {
  readonly text: string;
  readonly kind: TokenKind;
  readonly script: TokenScript;
}

const ARABIC_WORD = `[${RE_ARABIC_LETTER}][${RE_ARABIC_LETTER}${RE_ARABIC_MARK}]*(?:\\u200C[${RE_ARABIC_LETTER}][${RE_ARABIC_LETTER}${RE_ARABIC_MARK}]*)*`;
const LATIN_WORD = `[\\p{Script=Latin}][\\p{Script=Latin}\\p{M}]*(?:['’\\-][\\p{Script=Latin}][\\p{Script=Latin}\\p{M}]*)*`;
const NUMBER = `[${RE_DIGIT}]+(?:[.,\\u066B\\u066C/][${RE_DIGIT}]+)*`;
const URL_TEXT = `(?:[a-zA-Z][a-zA-Z0-9+.\\-]*:\\/\\/|www\\.)[^\\s<>"«»]+`;
const EMAIL = `[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}`;
const DOTTED_ACRONYM = `(?:[\\p{Lu}${RE_ARABIC_LETTER}]\\.){2,}`;

/**
 * One sticky pattern, tried in priority order: URL, e-mail, dotted acronym (U.S., ن.ت.و.), number,
 * Sorani word, Latin word, other letters, ellipsis, any other single character.
 */
const TOKEN = new RegExp(
  [
    `(?<url>${URL_TEXT})`,
    `(?<email>${EMAIL})`,
    `(?<acronym>${DOTTED_ACRONYM})`,
    `(?<number>${NUMBER})`,
    `(?<arab>${ARABIC_WORD})`,
    `(?<latn>${LATIN_WORD})`,
    `(?<other>[\\p{L}\\p{M}]+)`,
    `(?<ellipsis>\\.{3,}|…)`,
    `(?<space>\\s+)`,
    `(?<single>[\\s\\S])`,
  ].join('|'),
  'uy',
);

const URL_TRAILING = /[.,;:!?؟،؛)\]}'’"»]+$/u;
const PUNCT = /^[\p{P}]$/u;
const ACRONYM_SCRIPT = new RegExp(`[${RE_ARABIC_LETTER}]`, 'u');

function classify(groups: Record<string, string | undefined>, text: string): { kind: TokenKind; script: TokenScript } | null {
  if (groups['url'] !== undefined) return { kind: 'url', script: 'latn' };
  if (groups['email'] !== undefined) return { kind: 'email', script: 'latn' };
  if (groups['acronym'] !== undefined) return { kind: 'word', script: ACRONYM_SCRIPT.test(text) ? 'arab' : 'latn' };
  if (groups['number'] !== undefined) return { kind: 'number', script: 'none' };
  if (groups['arab'] !== undefined) return { kind: 'word', script: 'arab' };
  if (groups['latn'] !== undefined) return { kind: 'word', script: 'latn' };
  if (groups['other'] !== undefined) return { kind: 'word', script: 'other' };
  if (groups['ellipsis'] !== undefined) return { kind: 'punct', script: 'none' };
  if (groups['space'] !== undefined) return null;
  return { kind: PUNCT.test(text) ? 'punct' : 'symbol', script: 'none' };
}

/** Words, numbers, punctuation, URLs and e-mails with their offsets; white space is skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match === null) break; // unreachable: the last alternative matches any character
    let value = match[0];
    const groups = match.groups ?? {};
    if (groups['url'] !== undefined) {
      value = value.replace(URL_TRAILING, '');
      TOKEN.lastIndex = start + value.length;
    }
    const kind = classify(groups, value);
    if (kind !== null) tokens.push({ text: value, start, end: start + value.length, ...kind });
  }
  return tokens;
}

/** Word tokens only (Sorani, Latin or other letters), the unit of stemming and matching. */
export function words(text: string): Token[] {
  return tokenize(text).filter((token) => token.kind === 'word');
}

/** Character classes for word counting: 1 starts a word (letter, digit), 2 continues one only. */
const START = 1;
const CONTINUE = 2;
const IS_START = /[\p{L}\p{N}]/u;
const IS_CONTINUE = /[\p{M}\u200C'’-]/u;
/** Filled lazily per BMP code unit: 0 unknown, else 1 + class (0 none, START, CONTINUE). */
const bmpClass = new Uint8Array(0x10000);

function classOf(char: string): number {
  return IS_START.test(char) ? START : IS_CONTINUE.test(char) ? CONTINUE : 0;
}

/**
 * How many words a text has: runs that start with a letter or digit and go on through letters,
 * digits, marks, ZWNJ, apostrophes and hyphens (the greedy /[\p{L}\p{N}][\p{L}\p{N}\p{M}\u200C'’-]*\/u).
 * A table lookup per character instead of a Unicode regex: grids count 20,000 segments at once.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let kind: number;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const pair = text.codePointAt(i) ?? unit;
      if (pair > 0xffff) {
        kind = classOf(String.fromCodePoint(pair));
        i++;
      } else kind = 0;
    } else {
      let cached = bmpClass[unit] ?? 0;
      if (cached === 0) {
        cached = 1 + classOf(String.fromCharCode(unit));
        bmpClass[unit] = cached;
      }
      kind = cached - 1;
    }
    if (kind === START) {
      if (!inWord) count++;
      inWord = true;
    } else if (kind !== CONTINUE) inWord = false;
  }
  return count;
}
