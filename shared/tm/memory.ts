import { unitSourceText, unitTargetText, type Unit } from '../project';
import { adaptNumbers } from './adapt';
import { compareSentences, contextScore, prepareSentence, scoreAtLeast, sentenceWeight, type Comparison } from './similarity';
import { BoundedCache, digestOf, matchingKey, stemCandidates } from '../text';
import { decodeTokens, encodeTokens, tmTokens, wordStems, type ScoringToken } from './tokens';

/** Which units a memory holds, by what a person did with them (`memory`: a unit of an imported TMX); each kind has its own penalty. */
export const MEMORY_KINDS = ['approved', 'translated', 'confirmed', 'aligned', 'memory'] as const;
export type MemoryKind = (typeof MEMORY_KINDS)[number];

/** Points taken off a match's score, by kind and for a unit of another project (a project may change them). */
export interface MatchPenalties {
  readonly approved: number;
  readonly translated: number;
  readonly confirmed: number;
  readonly aligned: number;
  readonly memory: number;
  readonly otherProject: number;
}

export const DEFAULT_PENALTIES: MatchPenalties = { approved: 0, translated: 0, confirmed: 1, aligned: 5, memory: 0, otherProject: 1 };

/**
 * What kind of memory entry a unit is, or `undefined` if it is none: approved and translated
 * units, and aligned ones (confirmed or not), with a translation; never rejected, draft or empty ones.
 */
export function memoryKindOf(unit: Unit): MemoryKind | undefined {
  if (unit.source.length === 0 || !unit.target.some((t) => t.text.trim() !== '')) return undefined;
  if (unit.status === 'approved' || unit.status === 'translated') return unit.status;
  if (unit.status === 'aligned') return unit.alignment?.confirmed ? 'confirmed' : 'aligned';
  return undefined;
}

/** A unit as a memory holds it. */
export interface MemoryEntry {
  /** Digests of the matching keys of the sources before and after it in its document (for 101% context matches). */
  readonly before?: number;
  readonly after?: number;
  readonly memory: string;
  readonly project: string;
  readonly document: string;
  readonly unit: string;
  readonly kind: MemoryKind;
  readonly source: string;
  readonly target: string;
  readonly author?: string;
  readonly changed?: string;
  /** The source's tokens as the index keeps them (`encodeTokens`): scoring it needs no tokenizing. */
  readonly tokens?: string;
}

export function memoryEntryOf(
  unit: Unit, where: { memory: string; project: string; document: string }, context?: { readonly before?: number | undefined; readonly after?: number | undefined },
): MemoryEntry | undefined {
  const kind = memoryKindOf(unit);
  if (!kind) return undefined;
  const last = unit.history.at(-1);
  return {
    ...where, unit: unit.id, kind, source: unitSourceText(unit), target: unitTargetText(unit),
    ...(last ? { author: last.by, changed: last.at } : {}),
    ...(context?.before === undefined ? {} : { before: context.before }), ...(context?.after === undefined ? {} : { after: context.after }),
  };
}

/** Equal for two sentences of the same tokens (what a 100% match is): a sentence's key to its exact matches and its neighbours' context. */
export const sentenceDigest = (text: string): number => tokensDigest(tmTokens(text));

/** `sentenceDigest` of a sentence's tokens. */
export const tokensDigest = (tokens: readonly ScoringToken[]): number => digestOf(encodeTokens(tokens));

/** The context a 101% match needs: digests of the sources around a segment (absent at a document's edges). */
export function contextOf(before: Unit | string | undefined, after: Unit | string | undefined): { before?: number; after?: number } {
  const digest = (unit: Unit | string | undefined): number | undefined => {
    if (unit === undefined) return undefined;
    return sentenceDigest(typeof unit === 'string' ? unit : unitSourceText(unit));
  };
  const [b, a] = [digest(before), digest(after)];
  return { ...(b === undefined ? {} : { before: b }), ...(a === undefined ? {} : { after: a }) };
}

/** What the index keeps of a sentence (see `indexedForm`). */
export interface IndexedForm {
  /** Each word's best and shortest stem, once. */
  readonly terms: string[];
  /** The sentence's weight as the score counts it. */
  readonly weight: number;
  /** Its tokens, encoded (`encodeTokens`). */
  readonly tokens: string;
  /** `sentenceDigest`. */
  readonly digest: number;
}

const TATWEEL = /\u0640/gu;
const withoutTatweel = (key: string): string => (key.includes('\u0640') ? key.replace(TATWEEL, '') : key);

/**
 * What the index keeps of a sentence, from one tokenizing: for each word, the stemmer's best guess
 * at its stem and its shortest stem (حکومەتەکەی, حکومەتدا and حکومەت all keep حکومەت; numbers
 * and punctuation are left out); the sentence's weight as the score counts it (words 1, numbers ½,
 * punctuation ¼); its tokens; its digest.
 */
export function indexedForm(text: string): IndexedForm {
  const tokens = tmTokens(text);
  const code = encodeTokens(tokens);
  return { terms: termsOf(tokens), weight: sentenceWeight(tokens), tokens: code, digest: digestOf(code) };
}

/** The index terms of a sentence's tokens, or of its encoded tokens (`IndexedForm.tokens`). */
export function termsOf(tokens: readonly ScoringToken[] | string): string[] {
  const terms = new Set<string>();
  for (const token of typeof tokens === 'string' ? decodeTokens(tokens) : tokens) {
    if (token.kind === 'word') for (const term of indexTermsOf(withoutTatweel(token.key))) terms.add(term);
  }
  return [...terms];
}

const indexTerms = new BoundedCache<string, readonly string[]>(100_000, (key) => {
  const best = stemCandidates(key).map((stem) => matchingKey(stem)).find((stem) => stem.length >= 2) ?? key;
  const shortest = baseOf(key);
  return best === shortest ? [best] : [best, shortest];
});

/** The terms a word is indexed by (see `indexedForm`). */
export const indexTermsOf = (key: string): readonly string[] => indexTerms.get(key);

/**
 * For a lookup, each word as the terms it is indexed by (its best and its shortest stem): any
 * inflected or cliticized form of it is indexed by one of them too (کۆماری by کۆمار as
 * کۆمارەکەی is; حکومەت by حکومەت as حکومەتەکەی is).
 */
export const queryWords = (text: string): string[][] => queryWordsOf(tmTokens(text));

/** `queryWords` of a sentence's tokens. */
export function queryWordsOf(tokens: readonly ScoringToken[]): string[][] {
  return tokens.filter((token) => token.kind === 'word').map((token) => [...indexTermsOf(withoutTatweel(token.key))]);
}

const bases = new BoundedCache<string, string>(100_000, (key) => {
  let shortest = key;
  for (const stem of wordStems(key)) if (stem.length >= 2 && stem.length < shortest.length) shortest = stem;
  return shortest;
});

/** A word's shortest stem of two letters or more. */
function baseOf(key: string): string {
  return bases.get(key);
}

export interface TmMatch extends MemoryEntry {
  /** Percent after penalties. */
  readonly score: number;
  /** The target with the current source's numbers put in where only numbers differ; else the target. */
  readonly suggestion: string;
  readonly adapted: boolean;
  readonly comparison: Comparison;
}

export interface RankOptions {
  readonly project: string;
  /** The current segment's context (`contextOf` its neighbours): a 100% match with the same is 101%. */
  readonly context?: { readonly before?: number | undefined; readonly after?: number | undefined };
  readonly penalties?: MatchPenalties;
  readonly threshold?: number;
  readonly limit?: number;
}

/**
 * Candidates scored against the current source, penalties taken off, the best first (at most
 * `limit`, at least `threshold`): every candidate scored without its differences (stopped as soon
 * as it cannot reach the threshold), only those kept compared word by word.
 */
export function rankMatches(current: string, candidates: Iterable<MemoryEntry>, options: RankOptions): TmMatch[] {
  const penalties = options.penalties ?? DEFAULT_PENALTIES;
  const threshold = options.threshold ?? 70;
  const tokens = tmTokens(current);
  const prepared = prepareSentence(tokens);
  const limit = options.limit ?? 5;
  const scored: Array<{ entry: MemoryEntry; score: number }> = [];
  // Once `limit` matches are in hand, a candidate must reach the lowest of them to count.
  const kept: number[] = [];
  let floor = threshold;
  for (const entry of candidates) {
    // An imported memory belongs to no project: its own penalty stands for "from elsewhere".
    const penalty = penalties[entry.kind] + (entry.kind !== 'memory' && entry.project !== options.project ? penalties.otherProject : 0);
    const stored = entry.tokens === undefined ? tmTokens(entry.source) : decodeTokens(entry.tokens);
    // A 100 may become 101: the raw score may be one under what the floor asks.
    const raw = scoreAtLeast(prepared, stored, floor + penalty - 1);
    if (raw < 0) continue;
    const sameContext = options.context !== undefined && entry.before === options.context.before && entry.after === options.context.after
      && (entry.before !== undefined || entry.after !== undefined);
    const score = Math.max(0, contextScore(raw, sameContext, sameContext) - penalty);
    if (score < floor) continue;
    scored.push({ entry, score });
    kept.push(score);
    if (kept.length >= limit) {
      kept.sort((a, b) => b - a);
      kept.length = limit;
      floor = Math.max(floor, kept[limit - 1] as number);
    }
  }
  const kindOrder = (entry: MemoryEntry): number => MEMORY_KINDS.indexOf(entry.kind);
  scored.sort((a, b) => b.score - a.score || kindOrder(a.entry) - kindOrder(b.entry) || (b.entry.changed ?? '').localeCompare(a.entry.changed ?? ''));
  return scored.slice(0, limit).map(({ entry: { tokens: _tokens, ...entry }, score }) => {
    const comparison = compareSentences(tokens, entry.source);
    const adapted = adaptNumbers(comparison, entry.target);
    return { ...entry, score, suggestion: adapted?.text ?? entry.target, adapted: adapted !== undefined, comparison };
  });
}
