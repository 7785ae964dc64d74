// Fits the link confidence (shared/align/link-confidence.ts): a logistic model over each link's
// features, then an isotonic map of its output, on alignments with known answers
// (bench/align-data.ts `calibrationSplit().fitting`), and writes them to
// shared/align/link-confidence-model.ts. Prints how the fitted confidence holds on the judged sets.
//   npm run fit:link-confidence
import { writeFileSync } from 'node:fs';
import { LINK_FEATURES, calibrated } from '../shared/align';
import { calibrationSplit } from '../bench/align-data';
import { reliability, samplesOf, type Sample } from '../bench/link-calibration';

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Solves a small dense system by Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = row;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const head = a[col] as number[];
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const line = a[row] as number[];
      const factor = (line[col] ?? 0) / (head[col] ?? 1);
      for (let k = col; k <= n; k++) line[k] = (line[k] ?? 0) - factor * (head[k] ?? 0);
    }
  }
  return a.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const dot = (w: readonly number[], x: readonly number[]): number => w.reduce((sum, wi, i) => sum + wi * (x[i] ?? 0), 0);

/** Logistic regression by Newton's method, lightly regularized (the weights stay finite where a feature separates). */
function fitLogistic(samples: readonly Sample[], lambda = 0.01): number[] {
  const d = LINK_FEATURES.length;
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 30; iteration++) {
    const hessian = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (__, j) => (i === j ? lambda : 0)));
    const gradient = w.map((wi) => -lambda * wi);
    for (const { features, right } of samples) {
      const p = sigmoid(dot(w, features));
      const weight = p * (1 - p);
      for (let i = 0; i < d; i++) {
        gradient[i] = (gradient[i] ?? 0) + ((right ? 1 : 0) - p) * (features[i] ?? 0);
        const row = hessian[i] as number[];
        for (let j = 0; j < d; j++) row[j] = (row[j] ?? 0) + weight * (features[i] ?? 0) * (features[j] ?? 0);
      }
    }
    const step = solve(hessian, gradient);
    w = w.map((wi, i) => wi + (step[i] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return w;
}

/** Pool-adjacent-violators: the non-decreasing map from score to share right, as knots (mean score, share right) of its blocks. */
function fitIsotonic(scored: ReadonlyArray<{ score: number; right: boolean }>): { at: number[]; value: number[] } {
  const blocks: Array<{ sumScore: number; sumRight: number; count: number }> = [];
  for (const { score, right } of [...scored].sort((a, b) => a.score - b.score)) {
    blocks.push({ sumScore: score, sumRight: right ? 1 : 0, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as (typeof blocks)[number];
      const before = blocks[blocks.length - 2] as (typeof blocks)[number];
      if (before.sumRight / before.count < last.sumRight / last.count) break;
      blocks.splice(blocks.length - 2, 2, { sumScore: before.sumScore + last.sumScore, sumRight: before.sumRight + last.sumRight, count: before.count + last.count });
    }
  }
  return { at: blocks.map((b) => round(b.sumScore / b.count)), value: blocks.map((b) => round(b.sumRight / b.count)) };
}

const { fitting, judged } = calibrationSplit();
const samples = fitting.flatMap(samplesOf);
const weights = fitLogistic(samples);
const isotonic = fitIsotonic(samples.map(({ features, right }) => ({ score: sigmoid(dot(weights, features)), right })));
const fittedOn = `${samples.length} links of ${fitting.length} alignments (${samples.filter((s) => s.right).length} right)`;
writeFileSync(new URL('../shared/align/link-confidence-model.ts', import.meta.url), `// Written by scripts/fit-link-confidence.ts (npm run fit:link-confidence): do not edit by hand.
// Features, in order: ${LINK_FEATURES.join(', ')}.
import type { LinkConfidenceModel } from './link-confidence';

export const LINK_CONFIDENCE_MODEL: LinkConfidenceModel = {
  fittedOn: '${fittedOn}',
  weights: [${weights.map(round).join(', ')}],
  isotonic: {
    at: [${isotonic.at.join(', ')}],
    value: [${isotonic.value.join(', ')}],
  },
};
`);
const judgedSamples = judged.flatMap(samplesOf);
const confidence = (features: readonly number[]): number => calibrated(sigmoid(dot(weights, features)), isotonic.at, isotonic.value);
console.log(`fitted on ${fittedOn}; weights ${LINK_FEATURES.map((name, i) => `${name} ${round(weights[i] ?? 0)}`).join(', ')}; ${isotonic.at.length} isotonic knots`);
console.log('judged sets:', JSON.stringify(reliability(judgedSamples.map(({ features, right }) => ({ confidence: confidence(features), right }))), null, 1));
