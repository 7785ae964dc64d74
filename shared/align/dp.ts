import type { Band } from './band';
import type { SideFeatures } from './features';
import { lengthCost, lengthProbability, type LengthModel } from './length-model';

/** Bead shapes (source sentences, target sentences) and how often published translations use them. */
export const BEAD_SHAPES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0.82],
  [1, 0, 0.006],
  [0, 1, 0.006],
  [1, 2, 0.09],
  [2, 1, 0.04],
  [2, 2, 0.01],
  [1, 3, 0.02],
  [3, 1, 0.006],
];

export interface ScoringWeights {
  readonly model: LengthModel;
  /** How much shared evidence (Dice of matched items, 0..1) lowers a bead's cost. */
  readonly lexical: number;
  /** Evidence items below which the Dice is trusted only in part. */
  readonly evidenceFloor: number;
  /** What a bead pays for joining sentences of two paragraphs on one side. */
  readonly acrossParagraphs: number;
  /**
   * What a bead of several sentences pays for each sentence with evidence of which nothing finds a
   * partner on the bead's other side: a note, a heading or a sentence the other side left out,
   * glued to a neighbour, where the lengths alone would not tell. A 1-1 bead whose two sentences
   * both have evidence and share none pays it once.
   */
  readonly straySentence: number;
}

/** Whether sentences from..to-1 of a side span a paragraph break. */
function crossesParagraph(side: SideFeatures, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (side.paragraphStarts[k] === 1) return true;
  return false;
}

/** A bead as the programme found it, with what its score is made of. */
export interface RawBead {
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly targetStart: number;
  readonly targetEnd: number;
  readonly lengthProbability: number;
  /** Items of the bead's sentences (both sides) and how many source items found a partner. */
  readonly evidence: number;
  readonly matched: number;
}

export interface DpRange {
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly targetStart: number;
  readonly targetEnd: number;
}

export interface DpResult {
  readonly beads: RawBead[];
  /** Rows (local to the range) where the best path ran along the band's edge: a wider band there may find a better one. */
  readonly edgeRows: readonly number[];
}

const itemsOf = (side: SideFeatures, sentence: number): number =>
  (side.itemStart[sentence + 1] ?? 0) - (side.itemStart[sentence] ?? 0);

/**
 * Matched evidence for every source/target sentence pair a bead near the band can contain: how
 * many of the source sentence's items find one of their keys in the target sentence (a key two
 * items of one sentence share counts for the last of them). Read from the other end: each source
 * key is looked up in an index of the target sentences that have it, within the sentence's
 * window, so a cell costs only the keys the two sentences share, not every key of the target.
 */
export function pairMatches(source: SideFeatures, target: SideFeatures, range: DpRange, band: Band, keyCount: number) {
  const n = range.sourceEnd - range.sourceStart;
  const m = range.targetEnd - range.targetStart;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const offset = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) {
    from[s] = Math.max(0, (band.lo[s + 1] ?? 0) - 3);
    to[s] = Math.min(m - 1, (band.hi[Math.min(n, s + 3)] ?? 0) - 1);
    offset[s + 1] = (offset[s] ?? 0) + Math.max(0, (to[s] ?? 0) - (from[s] ?? 0) + 1);
  }
  const counts = new Uint16Array(offset[n] ?? 0);
  const sentencesWith = targetSentencesByKey(target, range, keyCount);
  // The last item of the sentence with each key (its owner), and which item was last counted at each target sentence.
  const owner = new Int32Array(keyCount).fill(-1);
  const ownerSentence = new Int32Array(keyCount).fill(-1);
  const countedFor = new Int32Array(m).fill(-1);
  // Where each key's list of target sentences was last read from: windows only move forward.
  const cursor = Int32Array.from(sentencesWith.start.subarray(0, keyCount));
  for (let s = 0; s < n; s++) {
    const gs = range.sourceStart + s;
    const firstItem = source.itemStart[gs] ?? 0;
    const endItem = source.itemStart[gs + 1] ?? 0;
    for (let item = firstItem; item < endItem; item++) {
      for (let k = source.keyStart[item] ?? 0; k < (source.keyStart[item + 1] ?? 0); k++) {
        const key = source.keys[k] ?? 0;
        owner[key] = item;
        ownerSentence[key] = gs;
      }
    }
    const first = from[s] ?? 0;
    const last = to[s] ?? -1;
    if (last < first) continue;
    const base = (offset[s] ?? 0) - first;
    for (let item = firstItem; item < endItem; item++) {
      for (let k = source.keyStart[item] ?? 0; k < (source.keyStart[item + 1] ?? 0); k++) {
        const key = source.keys[k] ?? 0;
        if (owner[key] !== item || ownerSentence[key] !== gs) continue;
        const listEnd = sentencesWith.start[key + 1] ?? 0;
        let at = cursor[key] ?? 0;
        while (at < listEnd && (sentencesWith.sentences[at] ?? 0) < first) at++;
        cursor[key] = at;
        for (; at < listEnd; at++) {
          const t = sentencesWith.sentences[at] ?? 0;
          if (t > last) break;
          if (countedFor[t] === item) continue;
          countedFor[t] = item;
          const cell = base + t;
          if ((counts[cell] ?? 0) < 65535) counts[cell] = (counts[cell] ?? 0) + 1;
        }
      }
    }
  }
  return { from, to, offset, counts };
}

interface SentencesByKey {
  readonly start: Int32Array;
  readonly sentences: Int32Array;
}

/**
 * The last index made of a target side's keys, by range: both passes of an alignment read the same
 * English features. The index covers every key the side has (the key table only grows), so a key
 * past its end, learned for the second pass, is simply in no target sentence (`pairMatches` reads
 * such keys as empty lists).
 */
const lastTargetIndex = new WeakMap<SideFeatures, { range: string; index: SentencesByKey }>();

/** For each key, the target sentences of the range that have it (relative to the range's start, ascending, each once). */
function targetSentencesByKey(target: SideFeatures, range: DpRange, keyCount: number): SentencesByKey {
  const asked = `${range.targetStart}:${range.targetEnd}`;
  const last = lastTargetIndex.get(target);
  if (last?.range === asked) return last.index;
  const index = indexTargetKeys(target, range, keyCount);
  lastTargetIndex.set(target, { range: asked, index });
  return index;
}

function indexTargetKeys(target: SideFeatures, range: DpRange, keyCount: number): SentencesByKey {
  const start = new Int32Array(keyCount + 1);
  const lastSeen = new Int32Array(keyCount).fill(-1);
  const each = (visit: (key: number, t: number) => void): void => {
    for (let t = 0; t < range.targetEnd - range.targetStart; t++) {
      const gt = range.targetStart + t;
      for (let k = target.keyStart[target.itemStart[gt] ?? 0] ?? 0; k < (target.keyStart[target.itemStart[gt + 1] ?? 0] ?? 0); k++) {
        const key = target.keys[k] ?? 0;
        if (lastSeen[key] === t) continue;
        lastSeen[key] = t;
        visit(key, t);
      }
    }
  };
  each((key) => (start[key + 1] = (start[key + 1] ?? 0) + 1));
  for (let key = 0; key < keyCount; key++) start[key + 1] = (start[key + 1] ?? 0) + (start[key] ?? 0);
  const sentences = new Int32Array(start[keyCount] ?? 0);
  const fill = Int32Array.from(start.subarray(0, keyCount));
  lastSeen.fill(-1);
  each((key, t) => {
    sentences[fill[key] ?? 0] = t;
    fill[key] = (fill[key] ?? 0) + 1;
  });
  return { start, sentences };
}

function prefixSums(values: Float64Array, start: number, end: number): Float64Array {
  const sums = new Float64Array(end - start + 1);
  for (let i = start; i < end; i++) sums[i - start + 1] = (sums[i - start] ?? 0) + (values[i] ?? 0);
  return sums;
}

function itemPrefix(side: SideFeatures, start: number, end: number): Float64Array {
  const sums = new Float64Array(end - start + 1);
  for (let i = start; i < end; i++) sums[i - start + 1] = (sums[i - start] ?? 0) + itemsOf(side, i);
  return sums;
}

/**
 * The search for the cheapest sequence of beads from (0,0) to (n,m) inside the band (Gale-Church's
 * dynamic programme with each bead's cost lowered by the evidence its two sides share), filled a
 * few rows at a time, so that a caller can report progress and let others run between them.
 */
export interface BandSearch {
  /** The rows of the programme (source sentences + 1). */
  readonly rows: number;
  /** Fills up to `rows` more rows; answers how many it filled (0: all are). */
  advance(rows: number): number;
  /** The path, once every row is filled. */
  result(): DpResult;
}

export function bandSearch(
  source: SideFeatures, target: SideFeatures, range: DpRange, band: Band, keyCount: number, weights: ScoringWeights,
): BandSearch {
  const n = range.sourceEnd - range.sourceStart;
  const m = range.targetEnd - range.targetStart;
  const { lo, hi } = band;
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = (rowStart[i] ?? 0) + (hi[i] ?? 0) - (lo[i] ?? 0) + 1;
  const cost = new Float64Array(rowStart[n + 1] ?? 0).fill(Infinity);
  const back = new Uint8Array(rowStart[n + 1] ?? 0);
  const sourceChars = prefixSums(source.chars, range.sourceStart, range.sourceEnd);
  const targetChars = prefixSums(target.chars, range.targetStart, range.targetEnd);
  const sourceItems = itemPrefix(source, range.sourceStart, range.sourceEnd);
  const targetItems = itemPrefix(target, range.targetStart, range.targetEnd);
  const { from: matchFrom, to: matchTo, offset: matchOffset, counts: matchCounts } = pairMatches(source, target, range, band, keyCount);
  const priors = BEAD_SHAPES.map(([, , p]) => -Math.log(p));

  const matchedIn = (i0: number, i1: number, j0: number, j1: number): number => {
    let matched = 0;
    for (let s = i0; s < i1; s++) {
      let found = 0;
      const first = matchFrom[s] ?? 0;
      const last = matchTo[s] ?? -1;
      const base = (matchOffset[s] ?? 0) - first;
      for (let t = Math.max(j0, first); t < j1 && t <= last; t++) found += matchCounts[base + t] ?? 0;
      matched += Math.min(found, itemsOf(source, range.sourceStart + s));
    }
    return matched;
  };

  /**
   * A bead's cost, or, where it surely is `cap` or more, a value at least `cap` (what the caller
   * compares it with): its shared evidence, the dear part, is then not counted.
   */
  const beadCost = (i0: number, i1: number, j0: number, j1: number, shape: number, cap: number): number => {
    const sc = (sourceChars[i1] ?? 0) - (sourceChars[i0] ?? 0);
    const tc = (targetChars[j1] ?? 0) - (targetChars[j0] ?? 0);
    // A sentence left without a partner pays only its prior: its length says nothing about it.
    // An empty one (a blank line) costs nothing alone, so it is never glued to a neighbour.
    if (i1 === i0 || j1 === j0) return sc + tc === 0 ? 0 : (priors[shape] ?? 0);
    let value = (priors[shape] ?? 0) + lengthCost(weights.model, sc, tc);
    if (i1 - i0 > 1 && crossesParagraph(source, range.sourceStart + i0, range.sourceStart + i1)) value += weights.acrossParagraphs;
    if (j1 - j0 > 1 && crossesParagraph(target, range.targetStart + j0, range.targetStart + j1)) value += weights.acrossParagraphs;
    const evidence = (sourceItems[i1] ?? 0) - (sourceItems[i0] ?? 0) + (targetItems[j1] ?? 0) - (targetItems[j0] ?? 0);
    if (evidence > 0) {
      const most = weights.lexical * Math.min(1, evidence / weights.evidenceFloor);
      if (value - most >= cap) return value - most;
      value -= most * ((2 * matchedIn(i0, i1, j0, j1)) / evidence);
      if (weights.straySentence > 0) {
        if (i1 - i0 + j1 - j0 > 2) value += weights.straySentence * straySentences(i0, i1, j0, j1);
        else if (cellMatches(i0, j0) === 0 && (sourceItems[i1] ?? 0) > (sourceItems[i0] ?? 0) && (targetItems[j1] ?? 0) > (targetItems[j0] ?? 0)) {
          // Two sentences with evidence and none of it shared: most often a sentence paired with
          // its neighbour's partner because one side left a sentence out. Paid once: both miss the same partner.
          value += weights.straySentence;
        }
      }
    }
    return value;
  };

  /** A cell's matched items: source sentence s's items that find a key in target sentence t. */
  const cellMatches = (s: number, t: number): number => {
    const first = matchFrom[s] ?? 0;
    return t < first || t > (matchTo[s] ?? -1) ? 0 : (matchCounts[(matchOffset[s] ?? 0) - first + t] ?? 0);
  };
  /** Sentences of the bead with evidence of which nothing meets the bead's other side. */
  const straySentences = (i0: number, i1: number, j0: number, j1: number): number => {
    let stray = 0;
    for (let s = i0; s < i1; s++) {
      if (itemsOf(source, range.sourceStart + s) === 0) continue;
      let found = 0;
      for (let t = j0; t < j1 && found === 0; t++) found += cellMatches(s, t);
      if (found === 0) stray++;
    }
    for (let t = j0; t < j1; t++) {
      if (itemsOf(target, range.targetStart + t) === 0) continue;
      let found = 0;
      for (let s = i0; s < i1 && found === 0; s++) found += cellMatches(s, t);
      if (found === 0) stray++;
    }
    return stray;
  };
  /** The least a bead of each shape can cost: its prior less the most evidence can take off (a lone one: nothing). */
  const floors = BEAD_SHAPES.map(([a, b], shape) => (a === 0 || b === 0 ? 0 : (priors[shape] ?? 0) - weights.lexical));

  cost[0] = 0;
  const fillRows = (first: number, last: number): void => {
    for (let i = first; i <= last; i++) {
      const rowLo = lo[i] ?? 0;
      const rowHi = hi[i] ?? 0;
      const base = rowStart[i] ?? 0;
      for (let j = rowLo; j <= rowHi; j++) {
        if (i === 0 && j === 0) continue;
        let best = Infinity;
        let bestShape = 0;
        for (let shape = 0; shape < BEAD_SHAPES.length; shape++) {
          const [a, b] = BEAD_SHAPES[shape] as readonly [number, number, number];
          const pi = i - a;
          const pj = j - b;
          if (pi < 0 || pj < (lo[pi] ?? 0) || pj > (hi[pi] ?? -1)) continue;
          const before = cost[(rowStart[pi] ?? 0) + pj - (lo[pi] ?? 0)] ?? Infinity;
          // Pruned where even the cheapest bead of this shape cannot beat the best so far: the same path, found sooner.
          if (before === Infinity || before + (floors[shape] ?? 0) >= best) continue;
          const total = before + beadCost(pi, i, pj, j, shape, best - before);
          if (total < best) {
            best = total;
            bestShape = shape;
          }
        }
        cost[base + j - rowLo] = best;
        back[base + j - rowLo] = bestShape;
      }
    }
  };
  let nextRow = 0;
  const advance = (rows: number): number => {
    const first = nextRow;
    const last = Math.min(n, first + rows - 1);
    fillRows(first, last);
    nextRow = last + 1;
    return last + 1 - first;
  };

  const result = (): DpResult => {
    const beads: RawBead[] = [];
    const edgeRows: number[] = [];
    let i = n;
    let j = m;
    while (i > 0 || j > 0) {
      const [a, b] = BEAD_SHAPES[back[(rowStart[i] ?? 0) + j - (lo[i] ?? 0)] ?? 0] as readonly [number, number, number];
      const pi = i - a;
      const pj = j - b;
      const nearLo = (lo[pi] ?? 0) > 0 && pj - (lo[pi] ?? 0) < 2 && band.keptLo?.[pi] !== 1;
      const nearHi = (hi[pi] ?? 0) < m && (hi[pi] ?? 0) - pj < 2 && band.keptHi?.[pi] !== 1;
      if ((pi > 0 || pj > 0) && (nearLo || nearHi)) {
        edgeRows.push(pi);
      }
      const sc = (sourceChars[i] ?? 0) - (sourceChars[pi] ?? 0);
      const tc = (targetChars[j] ?? 0) - (targetChars[pj] ?? 0);
      const evidence = a > 0 && b > 0 ? (sourceItems[i] ?? 0) - (sourceItems[pi] ?? 0) + (targetItems[j] ?? 0) - (targetItems[pj] ?? 0) : 0;
      beads.push({
        sourceStart: range.sourceStart + pi, sourceEnd: range.sourceStart + i,
        targetStart: range.targetStart + pj, targetEnd: range.targetStart + j,
        lengthProbability: lengthProbability(weights.model, sc, tc),
        evidence, matched: a > 0 && b > 0 ? matchedIn(pi, i, pj, j) : 0,
      });
      i = pi;
      j = pj;
    }
    beads.reverse();
    return { beads, edgeRows };
  };
  return { rows: n + 1, advance, result };
}
