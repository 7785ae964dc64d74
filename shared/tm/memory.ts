import { unitSourceText, unitTargetText, type Unit } from '../project';
import { adaptNumbers } from './adapt';
import { compareSentences, contextScore, type Comparison } from './similarity';
import { BoundedCache, matchingKey, matchingKeyDigest, stemCandidates, wordRuns } from '../text';
import { TOKEN_WEIGHT, tmTokens, wordStems } from './tokens';

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
}

export function memoryEntryOf(
  unit: Unit, where: { memory: string; project: string; document: string }, neighbours?: { before: Unit | undefined; after: Unit | undefined },
): MemoryEntry | undefined {
  const kind = memoryKindOf(unit);
  if (!kind) return undefined;
  const last = unit.history.at(-1);
  return {
    ...where, unit: unit.id, kind, source: unitSourceText(unit), target: unitTargetText(unit),
    ...(last ? { author: last.by, changed: last.at } : {}),
    ...(neighbours ? contextOf(neighbours.before, neighbours.after) : {}),
  };
}

/** The context a 101% match needs: digests of the sources around a segment (absent at a document's edges). */
export function contextOf(before: Unit | string | undefined, after: Unit | string | undefined): { before?: number; after?: number } {
  const digest = (unit: Unit | string | undefined): number | undefined => {
    if (unit === undefined) return undefined;
    return matchingKeyDigest(typeof unit === 'string' ? unit : unitSourceText(unit));
  };
  const [b, a] = [digest(before), digest(after)];
  return { ...(b === undefined ? {} : { before: b }), ...(a === undefined ? {} : { after: a }) };
}

const PUNCTUATION = /\p{P}/gu;
const JOINERS = /[\u200C\u0640]/gu;

/**
 * What the index keeps of a sentence to find it by: for each word, the stemmer's best guess at its
 * stem and its shortest stem (حکومەتەکەی, حکومەتدا and حکومەت all keep حکومەت; numbers and
 * punctuation are left out), and the sentence's weight as the score counts it (words 1, numbers ½,
 * punctuation ¼). One pass over the matching key, no offsets: a million sentences are indexed so.
 */
export function indexedForm(text: string): { terms: string[]; weight: number } {
  const key = matchingKey(text);
  const terms = new Set<string>();
  let weight = (key.match(PUNCTUATION)?.length ?? 0) * TOKEN_WEIGHT.punct;
  for (const run of wordRuns(key)) {
    if (isDigitRun(run.text)) {
      weight += TOKEN_WEIGHT.number;
      continue;
    }
    weight += TOKEN_WEIGHT.word;
    for (const term of indexTermsOf(run.text.replace(JOINERS, ''))) terms.add(term);
  }
  return { terms: [...terms], weight };
}

const isDigitRun = (text: string): boolean => /^\p{Nd}/u.test(text);

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
export function queryWords(text: string): string[][] {
  const words: string[][] = [];
  for (const run of wordRuns(matchingKey(text))) {
    if (!isDigitRun(run.text)) words.push([...indexTermsOf(run.text.replace(JOINERS, ''))]);
  }
  return words;
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
  readonly context?: { readonly before?: number; readonly after?: number };
  readonly penalties?: MatchPenalties;
  readonly threshold?: number;
  readonly limit?: number;
}

/** Candidates scored against the current source, penalties taken off, the best first (at most `limit`, at least `threshold`). */
export function rankMatches(current: string, candidates: Iterable<MemoryEntry>, options: RankOptions): TmMatch[] {
  const penalties = options.penalties ?? DEFAULT_PENALTIES;
  const tokens = tmTokens(current);
  const matches: TmMatch[] = [];
  for (const entry of candidates) {
    const comparison = compareSentences(tokens, entry.source);
    // An imported memory belongs to no project: its own penalty stands for "from elsewhere".
    const elsewhere = entry.kind !== 'memory' && entry.project !== options.project ? penalties.otherProject : 0;
    const sameContext = options.context !== undefined && entry.before === options.context.before && entry.after === options.context.after
      && (entry.before !== undefined || entry.after !== undefined);
    const score = Math.max(0, contextScore(comparison.score, sameContext, sameContext) - penalties[entry.kind] - elsewhere);
    if (score < (options.threshold ?? 70)) continue;
    const adapted = adaptNumbers(comparison, entry.target);
    matches.push({ ...entry, score, suggestion: adapted?.text ?? entry.target, adapted: adapted !== undefined, comparison });
  }
  const kindOrder = (m: TmMatch): number => MEMORY_KINDS.indexOf(m.kind);
  matches.sort((a, b) => b.score - a.score || kindOrder(a) - kindOrder(b) || (b.changed ?? '').localeCompare(a.changed ?? ''));
  return matches.slice(0, options.limit ?? 5);
}
