import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

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

/** Where `bundled` writes its bundles: a folder at the top of the repository, so that their `../corpus` paths hold. */
const BUNDLES = new URL('../.bench-build/', import.meta.url);

/**
 * A bench script bundled by esbuild, as the app's code ships (the renderer, the Electron main
 * process and their workers are bundles): the file to run, rebuilt on every call.
 */
export function bundled(script: URL): URL {
  const name = basename(fileURLToPath(script)).replace(/\.ts$/u, '.mjs');
  const outfile = new URL(name, BUNDLES);
  buildSync({ entryPoints: [fileURLToPath(script)], outfile: fileURLToPath(outfile), bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning' });
  // The worker threads the bundle starts, bundled beside it, where it looks for them.
  for (const [, worker] of readFileSync(outfile, 'utf8').matchAll(/new URL\("\.\/([\w-]+-worker)\.mjs", import\.meta\.url\)/gu)) {
    const source = WORKER_SOURCES.find((path) => basename(path) === `${worker}.ts`);
    if (!source) throw new Error(`${name} starts ${worker}.mjs, whose source is not under electron/`);
    buildSync({ entryPoints: [source], outfile: fileURLToPath(new URL(`${worker}.mjs`, BUNDLES)), bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning' });
  }
  return outfile;
}

/** The sources of the app's worker threads. */
const WORKER_SOURCES = (readdirSync(fileURLToPath(new URL('../electron/', import.meta.url)), { recursive: true }) as string[])
  .filter((path) => path.endsWith('-worker.ts'))
  .map((path) => fileURLToPath(new URL(`../electron/${path}`, import.meta.url)));

/** Runs a bundle from `bundled` as `runWorker` runs a script. */
export function runBundledWorker(bundle: URL, args: readonly string[]): Record<string, number | string> {
  const output = execFileSync(process.execPath, [fileURLToPath(bundle), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Record<string, number | string>;
}

/**
 * Runs a bench script in a process of its own (so its peak memory is its own) and answers with the
 * JSON object its last line of output prints.
 */
export function runWorker(script: URL, args: readonly string[], nodeOptions: readonly string[] = []): Record<string, number | string> {
  const output = execFileSync(process.execPath, [...nodeOptions, '--import', 'tsx', fileURLToPath(script), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Record<string, number | string>;
}
