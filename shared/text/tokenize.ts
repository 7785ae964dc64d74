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

const WORD_RUN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\u200C'’-]*/gu;

/** How many words a text has (letters or digits in a run), cheaper than tokenizing for counts. */
export function countWords(text: string): number {
  WORD_RUN.lastIndex = 0;
  let count = 0;
  while (WORD_RUN.exec(text) !== null) count++;
  return count;
}
