import { performance } from 'node:perf_hooks';

export interface BenchResult {
  readonly bench: string;
  readonly input: string;
  readonly rows: ReadonlyArray<Record<string, string | number | boolean | null>>;
}

export interface Timing {
  readonly bestMs: number;
  readonly medianMs: number;
  readonly peakRssMb: number;
}

/** Runs `work` once to warm up, then `runs` times; best and median wall time, peak RSS. */
export function measure(work: () => unknown, runs: number): Timing {
  work();
  const times: number[] = [];
  let peak = process.memoryUsage.rss();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage.rss());
  }
  times.sort((a, b) => a - b);
  return {
    bestMs: times[0] ?? 0,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    peakRssMb: Math.round(peak / (1024 * 1024)),
  };
}
