import { BoundedCache, matchingKey, parseNumber, stemCandidates, tokenize, type Span } from '../text';

/** What a token counts as in a fuzzy match: words most, numbers half, punctuation a quarter. */
export type TmTokenKind = 'word' | 'number' | 'punct';

export const TOKEN_WEIGHT: Readonly<Record<TmTokenKind, number>> = { word: 1, number: 0.5, punct: 0.25 };

/** What the score needs of a token. */
export interface ScoringToken {
  readonly kind: TmTokenKind;
  /** The matching key (look-alike letters, digit scripts, ە/ه, ZWNJ folded away). */
  readonly key: string;
  /** A number's value (٢٠٠٩ and 2009 are 2009). */
  readonly value?: number;
}

/** A token of a sentence as the memory compares it: its matching key, and its place in the text as written. */
export interface TmToken extends ScoringToken, Span {}

const ZWNJ = /\u200C/gu;
// eslint-disable-next-line no-control-regex -- these are the characters to find
const CONTROLS = /[\u0000-\u001F]/gu;

/**
 * A sentence's tokens for fuzzy matching: words, numbers and punctuation with their matching keys
 * and offsets into the text as written. A Sorani ordinal ending written onto digits (٢٠ی) is part
 * of the number.
 */
export function tmTokens(text: string): TmToken[] {
  const out: TmToken[] = [];
  const raw = tokenize(text);
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i];
    if (!token) continue;
    if (token.kind === 'number') {
      const next = raw[i + 1];
      const glued = next && next.start === token.end && next.kind === 'word' && parseNumber(`${token.text}${next.text}`) !== null;
      const end = glued ? next.end : token.end;
      const written = text.slice(token.start, end);
      const parsed = parseNumber(written);
      out.push({ kind: 'number', key: matchingKey(written), start: token.start, end, ...(parsed ? { value: parsed.value } : {}) });
      if (glued) i++;
    } else if (token.kind === 'punct' || token.kind === 'symbol') {
      // Control characters never make a key: the index keeps tokens separated by them (encodeTokens).
      out.push({ kind: 'punct', key: token.text.replace(CONTROLS, '\uFFFD'), start: token.start, end: token.end });
    } else {
      const key = matchingKey(token.text);
      out.push({ kind: 'word', key: key.includes('\u200C') ? key.replace(ZWNJ, '') : key, start: token.start, end: token.end });
    }
  }
  return out;
}

const STEM_CACHE = 100_000;

const stemsOf = new BoundedCache<string, ReadonlySet<string>>(STEM_CACHE, (key) => new Set([key, ...stemCandidates(key).map((stem) => matchingKey(stem))]));

/** The stems a word may have (from its key): two words sharing one differ only by inflection or clitics. */
export function wordStems(key: string): ReadonlySet<string> {
  return stemsOf.get(key);
}

/**
 * Stems numbered as they are met (comparing numbers is cheaper than comparing strings); never
 * forgotten, since a number must go on standing for its one stem.
 */
const stemNumbers = new Map<string, number>();
function numberOf(stem: string): number {
  let number = stemNumbers.get(stem);
  if (number === undefined) {
    number = stemNumbers.size;
    stemNumbers.set(stem, number);
  }
  return number;
}

const stemIdsOf = new BoundedCache<string, Int32Array>(STEM_CACHE, (key) => {
  const numbers: number[] = [];
  for (const stem of wordStems(key)) if (stem.length >= 2) numbers.push(numberOf(stem));
  return Int32Array.from(numbers);
});

/** A word's stems (two letters or more) as numbers, for comparing many pairs of words quickly. */
export function wordStemIds(key: string): Int32Array {
  return stemIdsOf.get(key);
}

/** Whether two words' stem numbers share one. */
export function shareStem(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) if (a[i] === b[j]) return true;
  return false;
}

/** Whether two words with different keys are forms of one word (حکومەتەکە, حکومەتەکەی). */
export function sameStem(a: string, b: string): boolean {
  return shareStem(wordStemIds(a), wordStemIds(b));
}

/** Whether two word keys are one word: the same key, or forms of it. */
export const sameWord = (a: string, b: string): boolean => a === b || sameStem(a, b);

const TOKEN_SEPARATOR = '\u0001';
const VALUE_END = '\u0002';
const KIND_MARK: Readonly<Record<TmTokenKind, string>> = { word: 'w', number: 'n', punct: 'p' };

/**
 * A sentence's tokens as one string, which the index keeps beside the sentence so that scoring a
 * stored sentence never tokenizes it again: each token's kind, a number's value, its key (keys
 * hold no control characters; see tmTokens).
 */
export function encodeTokens(tokens: readonly ScoringToken[]): string {
  let code = '';
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as ScoringToken;
    if (k > 0) code += TOKEN_SEPARATOR;
    code += token.kind === 'number' ? `n${token.value ?? ''}${VALUE_END}${token.key}` : `${KIND_MARK[token.kind]}${token.key}`;
  }
  return code;
}

export function decodeTokens(code: string): ScoringToken[] {
  if (code === '') return [];
  return code.split(TOKEN_SEPARATOR).map((part): ScoringToken => {
    const mark = part.charAt(0);
    if (mark === 'w') return { kind: 'word', key: part.slice(1) };
    if (mark === 'p') return { kind: 'punct', key: part.slice(1) };
    const end = part.indexOf(VALUE_END);
    const value = part.slice(1, end);
    return { kind: 'number', key: part.slice(end + 1), ...(value === '' ? {} : { value: Number(value) }) };
  });
}
