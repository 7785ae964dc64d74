import type { RawBead } from './dp';
import { LINK_CONFIDENCE_MODEL } from './link-confidence-model';

/**
 * At or above this confidence a link is sure: right 97 times in 100 on the judged sets (bench
 * align). The alignment view paints it green; below it, a link is one to check.
 */
export const SURE_LINK = 0.8;

/** The fitted confidence: the logistic model's weights (in `LINK_FEATURES` order) and the isotonic map of its output. */
export interface LinkConfidenceModel {
  readonly fittedOn: string;
  readonly weights: readonly number[];
  readonly isotonic: { readonly at: readonly number[]; readonly value: readonly number[] };
}

/**
 * What a link's confidence is read from: its shape, how well its lengths fit, how much of its
 * evidence found a partner, and how sure its neighbours are (a link between two sure ones is
 * rarely wrong). `linkFeatures` makes them; `LINK_CONFIDENCE_MODEL` weighs them.
 */
export const LINK_FEATURES = [
  'bias', 'lone', 'several', 'lengthFit', 'dice', 'littleEvidence', 'evidence', 'neighbours', 'loneLength',
] as const;

/** How much of a bead's evidence found a partner (Dice). */
function diceOf(bead: RawBead): number {
  return bead.evidence > 0 ? Math.min(1, (2 * bead.matched) / bead.evidence) : 0;
}

const isLone = (bead: RawBead): boolean => bead.sourceEnd === bead.sourceStart || bead.targetEnd === bead.targetStart;

/** A bead's own sureness before calibration: lengths and shared evidence, as `neighbours` reads it. */
export function rawBeadScore(bead: RawBead): number {
  if (isLone(bead)) return 0.2;
  const score = bead.evidence >= 4 ? 0.35 * bead.lengthProbability + 0.65 * Math.min(1, diceOf(bead) / 0.4) : 0.6 * bead.lengthProbability;
  return Math.min(1, Math.max(0, score));
}

/**
 * The features of the `k`th of a document's beads (in order; `fixed[k]` where a person confirmed
 * it), given the visible length of each side's sentences.
 */
export function linkFeatures(beads: readonly RawBead[], fixed: readonly boolean[], k: number, sourceChars: ArrayLike<number>, targetChars: ArrayLike<number>): number[] {
  const bead = beads[k] as RawBead;
  const lone = isLone(bead);
  const sources = bead.sourceEnd - bead.sourceStart;
  const targets = bead.targetEnd - bead.targetStart;
  const neighbour = (at: number): number => {
    const other = beads[at];
    if (!other) return 1;
    return fixed[at] ? 1 : rawBeadScore(other);
  };
  let loneChars = 0;
  if (lone) {
    for (let s = bead.sourceStart; s < bead.sourceEnd; s++) loneChars += sourceChars[s] ?? 0;
    for (let t = bead.targetStart; t < bead.targetEnd; t++) loneChars += targetChars[t] ?? 0;
  }
  const inner = lone ? 0 : 1;
  return [
    1,
    lone ? 1 : 0,
    !lone && sources + targets > 2 ? 1 : 0,
    inner * bead.lengthProbability,
    inner * diceOf(bead),
    inner * (bead.evidence < 4 ? 1 : 0),
    inner * Math.min(bead.evidence, 40) / 40,
    (neighbour(k - 1) + neighbour(k + 1)) / 2,
    lone ? Math.log1p(loneChars) / 6 : 0,
  ];
}

/**
 * The probability that a link is right, from its features: a logistic model over them, then the
 * isotonic map that calibrates its output, both fitted offline on aligned test sets with known
 * answers (`scripts/fit-link-confidence.ts`) and shipped as data.
 */
export function linkConfidence(features: readonly number[]): number {
  const { weights, isotonic } = LINK_CONFIDENCE_MODEL;
  let z = 0;
  for (let i = 0; i < weights.length; i++) z += (weights[i] ?? 0) * (features[i] ?? 0);
  // Never certain either way: 1 is what a person's confirmation gives, and 0 would hide a link from doubt.
  return Math.min(0.99, Math.max(0.01, calibrated(1 / (1 + Math.exp(-z)), isotonic.at, isotonic.value)));
}

/** A monotone step map read between its steps: below the first, the lesser of its value and x; the last's value above. */
export function calibrated(x: number, at: readonly number[], value: readonly number[]): number {
  if (at.length === 0) return x;
  // Below the fitted links, the logistic model's own probability (no more than the lowest step): a
  // link less likely than any seen in fitting is not lifted to their rate.
  if (x <= (at[0] ?? 0)) return Math.min(value[0] ?? x, x);
  for (let i = 1; i < at.length; i++) {
    const hi = at[i] ?? 0;
    if (x <= hi) {
      const lo = at[i - 1] ?? 0;
      const share = hi === lo ? 1 : (x - lo) / (hi - lo);
      return (value[i - 1] ?? 0) + share * ((value[i] ?? 0) - (value[i - 1] ?? 0));
    }
  }
  return value[value.length - 1] ?? x;
}
