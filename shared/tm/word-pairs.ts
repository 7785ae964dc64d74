/**
 * Word pairs learned from the memory itself: what a query is translated by in the memory's own
 * sentence pairs. A term on the other side of the concordance hits counts when it is there in a
 * good share of them and far more often than on the other side of the memory at large (a sample
 * of it): the association a translator sees by reading the hits, made mechanical.
 */

/** At least this many hits must hold a term on their other side (one pair teaches nothing). */
const MIN_SHARED = 2;
/** …and at least this share of them. */
const MIN_SHARE = 0.3;
/** …and it must be this many times as frequent there as in the sample (smoothed). */
const MIN_LIFT = 4;
/** The best few are enough to mark. */
const MOST = 3;

/**
 * The terms most likely to translate a query: `hits` holds, for each hit, the terms of its other
 * side; `sample` the same for entries of the memory at large. Best first.
 */
export function learnedCounterparts(hits: ReadonlyArray<ReadonlySet<string>>, sample: ReadonlyArray<ReadonlySet<string>>, exclude: ReadonlySet<string> = new Set()): string[] {
  if (hits.length < MIN_SHARED) return [];
  const inHits = countTerms(hits);
  const inSample = countTerms(sample);
  const scored: Array<{ term: string; share: number; lift: number }> = [];
  for (const [term, count] of inHits) {
    if (count < MIN_SHARED || exclude.has(term)) continue;
    const share = count / hits.length;
    const background = ((inSample.get(term) ?? 0) + 1) / (sample.length + 2);
    const lift = share / background;
    if (share >= MIN_SHARE && lift >= MIN_LIFT) scored.push({ term, share, lift });
  }
  // Share first (the translation is in most hits), then how much rarer the term is elsewhere.
  scored.sort((a, b) => b.share * Math.log(b.lift) - a.share * Math.log(a.lift) || a.term.localeCompare(b.term));
  return scored.slice(0, MOST).map((entry) => entry.term);
}

function countTerms(sets: ReadonlyArray<ReadonlySet<string>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const set of sets) for (const term of set) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
