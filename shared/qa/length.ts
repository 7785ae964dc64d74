import { trimmedLength } from '../text';
import type { QaIssue, QaSegment } from './types';

/** The document's own ratio of target to source length: median and spread of the log ratios. */
export interface LengthModel {
  readonly medianLogRatio: number;
  /** Median absolute deviation of the log ratios. */
  readonly spread: number;
}

/** Fewer pairs than this say nothing about a document's usual ratio. */
const MIN_PAIRS = 10;
/** Shorter sources vary too much in ratio to judge. */
const MIN_SOURCE_CHARS = 20;
/** Robust z-score above which a ratio is an outlier (Iglewicz and Hoaglin's 3.5). */
const OUTLIER_Z = 3.5;

/** The median of numbers sorted in place (a typed array sorts by value, natively). */
const median = (values: Float64Array): number => {
  const sorted = values.sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const logRatio = (segment: QaSegment): number | undefined => {
  const source = trimmedLength(segment.source);
  const target = trimmedLength(segment.target);
  return source >= MIN_SOURCE_CHARS && target > 0 ? Math.log(target / source) : undefined;
};

export function lengthModel(segments: readonly QaSegment[]): LengthModel | undefined {
  const all = new Float64Array(segments.length);
  let count = 0;
  for (const segment of segments) {
    const ratio = logRatio(segment);
    if (ratio !== undefined) all[count++] = ratio;
  }
  if (count < MIN_PAIRS) return undefined;
  const ratios = all.subarray(0, count);
  const medianLogRatio = median(ratios);
  const spread = median(ratios.map((r) => Math.abs(r - medianLogRatio)));
  return spread > 0 ? { medianLogRatio, spread } : undefined;
}

/** A translation far longer or shorter than this document's translations usually are: an omission or a misalignment. */
export function checkLength(segment: QaSegment, model: LengthModel | undefined): QaIssue[] {
  const ratio = logRatio(segment);
  if (!model || ratio === undefined) return [];
  const z = (0.6745 * (ratio - model.medianLogRatio)) / model.spread;
  if (Math.abs(z) <= OUTLIER_Z) return [];
  const expected = Math.round(trimmedLength(segment.source) * Math.exp(model.medianLogRatio));
  return [{
    check: 'length', code: z > 0 ? 'too-long' : 'too-short', severity: 'warning',
    target: [0, segment.target.length], params: { length: trimmedLength(segment.target), expected },
  }];
}
