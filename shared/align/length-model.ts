/**
 * Gale and Church's length model, calibrated for Sorani against English: the English length of a
 * translation is about `ratio` times the Sorani length, with a variance that grows with length.
 * Lengths are visible characters (no white space).
 */
export interface LengthModel {
  /** English characters per Sorani character. */
  readonly ratio: number;
  /** Variance of the English length per Sorani character. */
  readonly variance: number;
}

/**
 * The ratio is measured on the demo article and its translation (31 sentence pairs: 1.026 English
 * characters per Sorani character; the `align` bench prints it again). Sorani writes short vowels
 * and the izafe into few letters but glues clitics and postpositions to the word, so the two come
 * out about even. The variance there is 1.2 per character, for a close translation; published
 * translations paraphrase more, so the model allows 3 (Gale and Church found 6.8 for
 * English-French; at that width long sentences were merged rather than left alone).
 */
export const SORANI_ENGLISH: LengthModel = { ratio: 1.03, variance: 3 };

/** The standard normal distribution's upper tail, 1 - Φ(x) for x >= 0 (Abramowitz-Stegun 7.1.26). */
function upperTail(x: number): number {
  const t = 1 / (1 + 0.3275911 * (x / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 0.5 * poly * Math.exp(-(x * x) / 2);
}

/** How far, in standard deviations, a target length is from what the source length predicts. */
export function lengthDeviation(model: LengthModel, sourceChars: number, targetChars: number): number {
  const mean = (sourceChars + targetChars / model.ratio) / 2;
  if (mean === 0) return 0;
  return (targetChars - sourceChars * model.ratio) / Math.sqrt(mean * model.variance);
}

/** Probability of a deviation at least this large: 1 for a perfect fit, near 0 for a misfit. */
export function lengthProbability(model: LengthModel, sourceChars: number, targetChars: number): number {
  return 2 * upperTail(Math.abs(lengthDeviation(model, sourceChars, targetChars)));
}

const FLOOR = 1e-12;

/** -ln of the length probability: what a bead's lengths cost the dynamic programme. */
export function lengthCost(model: LengthModel, sourceChars: number, targetChars: number): number {
  const deviation = Math.abs(lengthDeviation(model, sourceChars, targetChars));
  // Far out, -ln(2·tail) ≈ x²/2 + ln x: skip the exp/log round trip and keep costs finite.
  if (deviation > 6) return deviation * deviation / 2 + Math.log(deviation) + 0.23;
  return -Math.log(Math.max(FLOOR, 2 * upperTail(deviation)));
}
