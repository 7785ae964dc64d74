import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BestMatch, BestMatchJob, SegmentQuery } from './best-matches';

/** Who watches a long match: told of segments done, and asked at each report whether to go on (`checkpoint` throws to stop). */
export interface MatchWatch {
  advance(segments: number): void;
  checkpoint(): void;
}

/** A worker's heap: its share of segments, their candidates, and the postings its job keeps (64 MB). */
const WORKER_HEAP_MB = 256;

/**
 * The best matches of many segments, shared out in contiguous parts between worker threads (one
 * per core, at most four), each reading the index on its own connection; in segment order.
 */
export async function bestMatchesInWorkers(
  indexPath: string, job: BestMatchJob, segments: readonly SegmentQuery[], watch?: MatchWatch,
): Promise<Array<BestMatch | undefined>> {
  const workers = Math.max(1, Math.min(4, availableParallelism()));
  const size = Math.ceil(segments.length / workers);
  const parts = Array.from({ length: workers }, (_, k) => segments.slice(k * size, (k + 1) * size)).filter((part) => part.length > 0);
  const running: Worker[] = [];
  try {
    const results = await Promise.all(parts.map((part) => runPart(indexPath, job, part, running, watch)));
    return results.flat();
  } finally {
    // A stop (or a failure) in one part ends the others at once.
    for (const worker of running) void worker.terminate();
  }
}

function runPart(
  indexPath: string, job: BestMatchJob, segments: readonly SegmentQuery[], running: Worker[], watch: MatchWatch | undefined,
): Promise<Array<BestMatch | undefined>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./analysis-worker.mjs', import.meta.url), {
      workerData: { indexPath, job, segments }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    running.push(worker);
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: { progress: number } | { ok: true; results: Array<BestMatch | undefined> } | { ok: false; message: string }) => {
      if ('progress' in message) {
        try {
          watch?.advance(message.progress);
          watch?.checkpoint();
        } catch (stop) {
          settle(() => reject(stop));
        }
        return;
      }
      settle(() => (message.ok ? resolve(message.results) : reject(new Error(message.message))));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the analysis worker stopped (exit ${code})`))));
  });
}
