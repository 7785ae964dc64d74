import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorker, type BenchResult } from './measure';

const WORKER = new URL('./tm-worker.ts', import.meta.url);

/**
 * The translation memory's index at 100,000 and 1,000,000 units (large-vocabulary pairs, as the QA
 * bench makes them), each in a process of its own: build, reopen, one change, and fuzzy lookups of
 * sentences with one word changed (targets from issue 16: build ≤ 60 s and 1.5 GB, reopen < 1 s,
 * a change < 50 ms, lookup p95 ≤ 50 ms, concordance (first 100 hits, word pairs learned) p95 ≤ 200 ms,
 * a 20,000-segment document analysed ≤ 20 s, with how many of its known matches were found).
 */
export function benchTm(): BenchResult {
  const rows: Array<Record<string, string | number | boolean | null>> = [];
  for (const units of [100_000, 1_000_000]) {
    const dir = mkdtempSync(join(tmpdir(), 'pird-bench-tm-'));
    try {
      const result = runWorker(WORKER, [dir, String(units)]);
      const n = (key: string): number => Number(result[key]);
      rows.push({
        ...result,
        met: n('buildMs') <= 60_000 && n('peakRssMb') <= 1536 && n('reopenMs') < 1000 && n('changeMs') < 50 && n('lookupP95Ms') <= 50
          && n('concordanceP95Ms') <= 200 && n('analysis20kSegmentsS') <= 20,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { bench: 'tm', input: 'translation memory index of large-vocabulary pairs; lookups of 200 sentences with one word changed; concordance of 200 words; analysis of a 20,000-segment document', rows };
}
