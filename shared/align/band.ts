import type { SideFeatures } from './features';

/** A source and a target sentence that share evidence nothing else in either text has. */
export interface AnchorPoint {
  readonly source: number;
  readonly target: number;
}

/** Keys found in exactly one sentence of a side's range, with that sentence (else -1 or -2). */
function uniqueSentenceOfKey(side: SideFeatures, from: number, to: number, keyCount: number): Int32Array {
  const sentence = new Int32Array(keyCount).fill(-1);
  for (let s = from; s < to; s++) {
    for (let item = side.itemStart[s] ?? 0; item < (side.itemStart[s + 1] ?? 0); item++) {
      for (let k = side.keyStart[item] ?? 0; k < (side.keyStart[item + 1] ?? 0); k++) {
        const key = side.keys[k] ?? 0;
        const seen = sentence[key] ?? -1;
        if (seen === -1) sentence[key] = s;
        else if (seen !== s) sentence[key] = -2;
      }
    }
  }
  return sentence;
}

/**
 * Points where the alignment surely passes: pairs of sentences sharing a key that occurs in no
 * other sentence of either side (a number, a name, a rare word), reduced to the longest chain
 * that moves forward on both sides (patience sorting), so stray coincidences drop out.
 */
export function anchorChain(
  source: SideFeatures, target: SideFeatures, keyCount: number,
  range: { sourceStart: number; sourceEnd: number; targetStart: number; targetEnd: number },
): readonly AnchorPoint[] {
  const asked = `${keyCount}:${range.sourceStart}:${range.sourceEnd}:${range.targetStart}:${range.targetEnd}`;
  const last = lastChain.get(source);
  if (last?.target === target && last.asked === asked) return last.chain;
  const chain = chainOf(source, target, keyCount, range);
  lastChain.set(source, { target, asked, chain });
  return chain;
}

/** The last chain worked out for a side's features: the second pass asks again for the first pass's whole-document chain. */
const lastChain = new WeakMap<SideFeatures, { target: SideFeatures; asked: string; chain: readonly AnchorPoint[] }>();

function chainOf(
  source: SideFeatures, target: SideFeatures, keyCount: number,
  range: { sourceStart: number; sourceEnd: number; targetStart: number; targetEnd: number },
): AnchorPoint[] {
  const inSource = uniqueSentenceOfKey(source, range.sourceStart, range.sourceEnd, keyCount);
  const inTarget = uniqueSentenceOfKey(target, range.targetStart, range.targetEnd, keyCount);
  const seenPair = new Set<number>();
  const points: AnchorPoint[] = [];
  const width = range.targetEnd - range.targetStart + 1;
  for (let key = 0; key < keyCount; key++) {
    const s = inSource[key] ?? -1;
    const t = inTarget[key] ?? -1;
    if (s < 0 || t < 0) continue;
    const id = (s - range.sourceStart) * width + (t - range.targetStart);
    if (seenPair.has(id)) continue;
    seenPair.add(id);
    points.push({ source: s, target: t });
  }
  // Longest chain strictly increasing in both: sort by source, ties by target descending.
  points.sort((a, b) => a.source - b.source || b.target - a.target);
  const tails: number[] = [];
  const tailPoint: number[] = [];
  const previous = new Int32Array(points.length).fill(-1);
  for (const [index, point] of points.entries()) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < point.target) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = point.target;
    tailPoint[lo] = index;
    previous[index] = lo > 0 ? (tailPoint[lo - 1] ?? -1) : -1;
  }
  const chain: AnchorPoint[] = [];
  for (let index = tails.length > 0 ? (tailPoint[tails.length - 1] ?? -1) : -1; index >= 0; index = previous[index] ?? -1) {
    const point = points[index];
    if (point) chain.push(point);
  }
  return chain.reverse();
}

/** Allowed target positions per source position: lo[i]..hi[i] for i = 0..n, both non-decreasing. */
export interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /**
   * Rows whose low or high edge a kept bead set (`keepingBeads`): a path along such an edge goes
   * where it was told to, which is no sign that a wider band would find a better one.
   */
  readonly keptLo?: Uint8Array;
  readonly keptHi?: Uint8Array;
}

/**
 * Doubles the band's half-width around the rows where the path ran along its edge (a passage one
 * side left out, a stretch the anchors missed), and only there: widening the whole band made a
 * translation missing a passage of 1,500 of 10,000 sentences take 6.9 s to align, not 2.6 s
 * (bench align). False when no row could widen.
 */
export function widenAround(widths: Int32Array, edgeRows: readonly number[], widest: number): boolean {
  const before = Int32Array.from(widths);
  let widened = false;
  for (const row of edgeRows) {
    const doubled = Math.min(widest, 2 * (before[row] ?? 0));
    const reach = 2 * doubled + 8;
    for (let i = Math.max(0, row - reach); i <= Math.min(widths.length - 1, row + reach); i++) {
      if ((widths[i] ?? 0) < doubled) {
        widths[i] = doubled;
        widened = true;
      }
    }
  }
  return widened;
}

/** The middle of each anchor pair's cell: where the path passes through. */
export const anchorCentres = (chain: readonly AnchorPoint[]): Array<readonly [number, number]> =>
  chain.map((point) => [point.source + 0.5, point.target + 0.5] as const);

/**
 * A band around the line through the given points (and the two corners), in positions local to
 * the range (0..n sources, 0..m targets): of half-width `width`, or `width[i]` at row i.
 */
export function bandAround(points: ReadonlyArray<readonly [number, number]>, n: number, m: number, width: number | ArrayLike<number>): Band {
  const xs: number[] = [0];
  const ys: number[] = [0];
  for (const [x, y] of points) {
    if (x > (xs[xs.length - 1] ?? 0) && y > (ys[ys.length - 1] ?? 0) && x < n && y < m) {
      xs.push(x);
      ys.push(y);
    }
  }
  xs.push(n);
  ys.push(m);
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let segment = 0;
  for (let i = 0; i <= n; i++) {
    while (segment < xs.length - 2 && i > (xs[segment + 1] ?? 0)) segment++;
    const x0 = xs[segment] ?? 0;
    const x1 = xs[segment + 1] ?? n;
    const y0 = ys[segment] ?? 0;
    const y1 = ys[segment + 1] ?? m;
    const center = x1 === x0 ? y1 : y0 + ((i - x0) * (y1 - y0)) / (x1 - x0);
    const half = typeof width === 'number' ? width : (width[i] ?? 0);
    lo[i] = Math.max(0, Math.floor(center) - half);
    hi[i] = Math.min(m, Math.ceil(center) + half);
  }
  // Non-decreasing on both edges, with the corners inside.
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i] ?? 0, hi[i - 1] ?? 0);
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i] ?? 0, lo[i + 1] ?? 0);
  // Rows overlap, so a steep stretch (many targets per source) stays reachable through 0-1 steps.
  for (let i = 1; i <= n; i++) lo[i] = Math.min(lo[i] ?? 0, hi[i - 1] ?? 0);
  return { lo, hi };
}

/**
 * `band` narrowed so that every path keeps the given beads, each given by its corners
 * (x0, y0)-(x1, y1) in the band's positions, in order: no row up to x0 reaches past y0, no row
 * from x1 on starts before y1. Row x0 still holds lone targets before y0, and row x1 those after y1.
 */
export function keepingBeads(band: Band, kept: ReadonlyArray<readonly [number, number, number, number]>): Band {
  const lo = Int32Array.from(band.lo);
  const hi = Int32Array.from(band.hi);
  const n = lo.length - 1;
  const keptLo = new Uint8Array(n + 1);
  const keptHi = new Uint8Array(n + 1);
  const entersAt = new Int32Array(n + 1).fill(-1);
  const leavesAt = new Int32Array(n + 1).fill(-1);
  for (const [x0, y0, x1, y1] of kept) {
    if (x0 < 0 || x1 > n || y0 < (lo[x0] ?? 0) || y0 > (hi[x0] ?? 0) || y1 < (lo[x1] ?? 0) || y1 > (hi[x1] ?? 0)) continue;
    leavesAt[x0] = y0;
    entersAt[x1] = y1;
  }
  let floor = -1;
  for (let i = 0; i <= n; i++) {
    floor = Math.max(floor, entersAt[i] ?? -1);
    if (floor > (lo[i] ?? 0)) {
      lo[i] = floor;
      keptLo[i] = 1;
    }
  }
  let ceiling = Number.MAX_SAFE_INTEGER;
  for (let i = n; i >= 0; i--) {
    const leaves = leavesAt[i] ?? -1;
    if (leaves >= 0) ceiling = Math.min(ceiling, leaves);
    if (ceiling < (hi[i] ?? 0)) {
      hi[i] = ceiling;
      keptHi[i] = 1;
    }
  }
  return { lo, hi, keptLo, keptHi };
}
