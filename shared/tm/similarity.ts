import { matchingKey } from '../text';
import { TOKEN_WEIGHT, shareStem, tmTokens, wordStemIds, type ScoringToken, type TmToken } from './tokens';

/**
 * Pird's fuzzy match score (docs/TRANSLATION-MEMORY.md): a token-level edit distance over matching
 * keys, where a word is worth 1, a number ½ and punctuation ¼; changing a word into another form
 * of the same word (same stem) costs 0.3 of a word, another number in a number's place ¼.
 * score = ⌊100 × (1 − distance ÷ the larger sentence's weight)⌋, clamped to 0..99 unless the two
 * matching keys are the same (100); 101 is a 100 whose neighbours match too.
 */
export const INFLECTION_COST = 0.3;
/** Another number in a number's place: the translation's number is adapted, so it costs little. */
export const NUMBER_CHANGE_COST = 0.25;

export type DiffKind = 'equal' | 'inflected' | 'changed' | 'inserted' | 'deleted';

/** One step of the comparison: tokens of the current sentence (`current`) against the stored one (`stored`). */
export interface DiffOp {
  readonly kind: DiffKind;
  /** Token index in the current sentence (absent for `deleted`). */
  readonly current?: number;
  /** Token index in the stored sentence (absent for `inserted`). */
  readonly stored?: number;
}

export interface Comparison {
  readonly score: number;
  readonly current: readonly TmToken[];
  readonly stored: readonly TmToken[];
  /** The steps from the stored sentence to the current one, in order. */
  readonly ops: readonly DiffOp[];
}

const weight = (token: ScoringToken): number => TOKEN_WEIGHT[token.kind];

const EQUAL = { cost: 0, kind: 'equal' } as const;
const NUMBER_CHANGED = { cost: NUMBER_CHANGE_COST, kind: 'changed' } as const;
const INFLECTED = { cost: INFLECTION_COST, kind: 'inflected' } as const;
const CHANGED = [{ cost: TOKEN_WEIGHT.punct, kind: 'changed' }, { cost: TOKEN_WEIGHT.number, kind: 'changed' }, { cost: TOKEN_WEIGHT.word, kind: 'changed' }] as const;

/** What it costs to put token `b` where `a` was (`stemsA`, `stemsB`: the words' stem numbers). */
function substitution(a: ScoringToken, b: ScoringToken, stemsA: Int32Array | undefined, stemsB: Int32Array | undefined): { readonly cost: number; readonly kind: DiffKind } {
  if (a.key === b.key) return EQUAL;
  if (a.kind === 'number' && b.kind === 'number') return a.value !== undefined && a.value === b.value ? EQUAL : NUMBER_CHANGED;
  if (stemsA && stemsB && shareStem(stemsA, stemsB)) return INFLECTED;
  const heavier = Math.max(weight(a), weight(b));
  return heavier === TOKEN_WEIGHT.word ? CHANGED[2] : heavier === TOKEN_WEIGHT.number ? CHANGED[1] : CHANGED[0];
}

/** Each word's stem numbers (other tokens: undefined). */
const stemsOf = (tokens: readonly ScoringToken[]): Array<Int32Array | undefined> =>
  tokens.map((token) => (token.kind === 'word' ? wordStemIds(token.key) : undefined));

/** Compares two sentences (or their tokens): the score and the word-by-word differences. */
export function compareSentences(current: string | readonly TmToken[], stored: string | readonly TmToken[]): Comparison {
  const a = typeof current === 'string' ? tmTokens(current) : current;
  const b = typeof stored === 'string' ? tmTokens(stored) : stored;
  const n = a.length;
  const m = b.length;
  const stemsA = stemsOf(a);
  const stemsB = stemsOf(b);
  // Distances in a flat table; `step` remembers which move reached each cell (1 sub, 2 insert, 3 delete).
  const cost = new Float64Array((n + 1) * (m + 1));
  const step = new Uint8Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => i * (m + 1) + j;
  for (let i = 1; i <= n; i++) {
    cost[at(i, 0)] = (cost[at(i - 1, 0)] ?? 0) + weight(a[i - 1] as TmToken);
    step[at(i, 0)] = 2;
  }
  for (let j = 1; j <= m; j++) {
    cost[at(0, j)] = (cost[at(0, j - 1)] ?? 0) + weight(b[j - 1] as TmToken);
    step[at(0, j)] = 3;
  }
  for (let i = 1; i <= n; i++) {
    const ti = a[i - 1] as TmToken;
    for (let j = 1; j <= m; j++) {
      const tj = b[j - 1] as TmToken;
      const sub = (cost[at(i - 1, j - 1)] ?? 0) + substitution(ti, tj, stemsA[i - 1], stemsB[j - 1]).cost;
      const insert = (cost[at(i - 1, j)] ?? 0) + weight(ti);
      const remove = (cost[at(i, j - 1)] ?? 0) + weight(tj);
      let best = sub;
      let move = 1;
      if (insert < best) {
        best = insert;
        move = 2;
      }
      if (remove < best) {
        best = remove;
        move = 3;
      }
      cost[at(i, j)] = best;
      step[at(i, j)] = move;
    }
  }
  const ops: DiffOp[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const move = step[at(i, j)];
    if (move === 1) {
      ops.push({ kind: substitution(a[i - 1] as TmToken, b[j - 1] as TmToken, stemsA[i - 1], stemsB[j - 1]).kind, current: i - 1, stored: j - 1 });
      i--;
      j--;
    } else if (move === 2) {
      ops.push({ kind: 'inserted', current: i - 1 });
      i--;
    } else {
      ops.push({ kind: 'deleted', stored: j - 1 });
      j--;
    }
  }
  ops.reverse();
  const total = Math.max(sentenceWeight(a), sentenceWeight(b));
  const distance = cost[at(n, m)] ?? 0;
  const sameKey = typeof current === 'string' && typeof stored === 'string'
    ? matchingKey(current) === matchingKey(stored)
    : ops.every((op) => op.kind === 'equal');
  const raw = total === 0 ? 1 : 1 - distance / total;
  const score = sameKey ? 100 : Math.max(0, Math.min(99, Math.floor(raw * 100 + 1e-9)));
  return { score, current: a, stored: b, ops };
}

/** A sentence's weight as the score counts it: words 1, numbers ½, punctuation ¼. */
export const sentenceWeight = (tokens: readonly ScoringToken[]): number => tokens.reduce((total, token) => total + weight(token), 0);

/** A sentence made ready to be scored against many: its tokens, their stems, its weight. */
export interface PreparedSentence {
  readonly tokens: readonly ScoringToken[];
  readonly stems: ReadonlyArray<Int32Array | undefined>;
  readonly weight: number;
  /** Its keys and its words' stems, made when it is first scored against another. */
  bag?: { readonly keys: ReadonlySet<string>; readonly stems: ReadonlySet<number> };
}

export const prepareSentence = (tokens: readonly ScoringToken[]): PreparedSentence => ({ tokens, stems: stemsOf(tokens), weight: sentenceWeight(tokens) });

/**
 * Whether more than `allowed` words of `b` have no partner in `a` (no token of the same key, no
 * word sharing a stem): each such word costs a whole word whatever the alignment, so the distance
 * is at least their number. Stems are looked up only for words without a partner by key.
 */
function tooManyWithoutPartner(a: PreparedSentence, b: readonly ScoringToken[], allowed: number): boolean {
  const bag = (a.bag ??= {
    keys: new Set(a.tokens.map((token) => token.key)),
    stems: new Set(a.stems.flatMap((stems) => (stems ? [...stems] : []))),
  });
  let alone = 0;
  for (const token of b) {
    if (token.kind !== 'word' || bag.keys.has(token.key)) continue;
    if (wordStemIds(token.key).some((stem) => bag.stems.has(stem))) continue;
    if (++alone > allowed) return true;
  }
  return false;
}

/**
 * The score `compareSentences` gives two sentences, without the differences (two rows of its
 * table, not all of them), or -1 as soon as it is sure to stay under `atLeast`: the cheapest cell
 * of a row never gets cheaper in the rows below it. The stored sentence may come as bare tokens,
 * prepared only if it passes the cheap bounds.
 */
export function scoreAtLeast(a: PreparedSentence, stored: PreparedSentence | readonly ScoringToken[], atLeast = 0): number {
  const weightB = 'weight' in stored ? stored.weight : sentenceWeight(stored);
  const total = Math.max(a.weight, weightB);
  if (total === 0) return 100;
  const allowed = total * (1 - atLeast / 100) + 1e-6;
  if (Math.abs(a.weight - weightB) > allowed || tooManyWithoutPartner(a, 'weight' in stored ? stored.tokens : stored, allowed)) return -1;
  const b = 'weight' in stored ? stored : prepareSentence(stored);
  const m = b.tokens.length;
  let previous = new Float64Array(m + 1);
  let row = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) previous[j] = (previous[j - 1] ?? 0) + weight(b.tokens[j - 1] as ScoringToken);
  for (let i = 1; i <= a.tokens.length; i++) {
    const ti = a.tokens[i - 1] as ScoringToken;
    const wi = weight(ti);
    const stemsI = a.stems[i - 1];
    row[0] = (previous[0] ?? 0) + wi;
    let least = row[0] ?? 0;
    for (let j = 1; j <= m; j++) {
      const tj = b.tokens[j - 1] as ScoringToken;
      const sub = (previous[j - 1] ?? 0) + substitution(ti, tj, stemsI, b.stems[j - 1]).cost;
      const insert = (previous[j] ?? 0) + wi;
      const remove = (row[j - 1] ?? 0) + weight(tj);
      const best = Math.min(sub, insert, remove);
      row[j] = best;
      if (best < least) least = best;
    }
    if (least > allowed) return -1;
    [previous, row] = [row, previous];
  }
  const distance = previous[m] ?? 0;
  const score = distance === 0 ? 100 : Math.max(0, Math.min(99, Math.floor((1 - distance / total) * 100 + 1e-9)));
  return score >= atLeast ? score : -1;
}

/** The fuzzy match score of two sentences, 0..100. */
export function similarity(current: string, stored: string): number {
  return compareSentences(current, stored).score;
}

/** A 100% match whose sentences before and after are the same too is a context match: 101%. */
export function contextScore(score: number, sameBefore: boolean, sameAfter: boolean): number {
  return score === 100 && sameBefore && sameAfter ? 101 : score;
}

/** The analysis bands Trados and memoQ report, by score. */
export const MATCH_BANDS = ['101', '100', '95-99', '85-94', '75-84', '50-74', 'none'] as const;
export type MatchBand = (typeof MATCH_BANDS)[number];

export function matchBand(score: number | undefined): MatchBand {
  if (score === undefined || score < 50) return 'none';
  if (score >= 101) return '101';
  if (score === 100) return '100';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 75) return '75-84';
  return '50-74';
}
