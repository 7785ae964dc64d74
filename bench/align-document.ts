import { type BenchResult, bundled, runBundledWorker } from './measure';

const SIZES = [5000, 50_000];
const RUNS = 3;
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * A translation aligned into a document through the service (what "Import translation…" does,
 * the result written to the store), then "realign the rest", at the size an import splits corpora
 * into (50,000 units) and a tenth of it; bundled as the app ships, median of three processes.
 */
export function benchAlignDocument(): BenchResult {
  const worker = bundled(new URL('./align-document-worker.ts', import.meta.url));
  const rows = SIZES.flatMap((size) => {
    const runs = Array.from({ length: RUNS }, () => runBundledWorker(worker, [String(size)]));
    const of = (key: string): number[] => runs.map((run) => Number(run[key]));
    const target = size >= 50_000 ? '< 2000 ms' : null;
    return [
      { name: `align a ${size}-sentence translation into a document`, units: runs[0]?.['units'] ?? null, ms: median(of('alignMs')), runs: of('alignMs').join(' '), target, met: target ? median(of('alignMs')) < 2000 : null, peakRssMb: Math.max(...of('peakRssMb')) },
      { name: `realign the rest (${size} sentences)`, units: runs[0]?.['units'] ?? null, ms: median(of('realignMs')), runs: of('realignMs').join(' '), target, met: target ? median(of('realignMs')) < 2000 : null, peakRssMb: Math.max(...of('peakRssMb')) },
    ];
  });
  return { bench: 'align-document', input: `the demo article repeated to ${SIZES.join(' and ')} Sorani sentences, each numbered, its translation with every 40th sentence missing; service in a bundled process, median of ${RUNS}`, rows };
}
