import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './measure';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BUNDLE = join(ROOT, 'dist', 'cli', 'pird.mjs');
const FROM_SOURCES = join(ROOT, 'bin', 'pird.mjs');
const SORANI = join(ROOT, 'corpus', 'demo', 'kadhimi-washington.ckb.txt');
const ENGLISH = join(ROOT, 'corpus', 'demo', 'kadhimi-washington.en.txt');
const RUNS = 9;

/** Median wall time of a command run afresh `RUNS` times, and all the times. */
function timed(args: readonly string[]): { ms: number; runs: string } {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    times.push(Math.round(performance.now() - start));
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { ms: sorted[Math.floor(RUNS / 2)] ?? 0, runs: times.join(' ') };
}

/**
 * How long a `pird` call takes before and besides its work: the bundle an installed package runs
 * (dist/cli, each command's code loaded only when it runs) against the sources through tsx, and
 * Node starting with nothing to do.
 */
export function benchCliStartup(): BenchResult {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'ignore' });
  const data = mkdtempSync(join(tmpdir(), 'pird-startup-'));
  const cases: ReadonlyArray<readonly [string, readonly string[], string | null]> = [
    ['node -e 0 (Node alone)', ['-e', '0'], null],
    ['pird --version, bundle', [BUNDLE, '--version'], '≤ 200 ms'],
    ['pird --version, sources through tsx', [FROM_SOURCES, '--version'], null],
    ['pird segment (the demo article), bundle', [BUNDLE, 'segment', SORANI], null],
    ['pird segment (the demo article), sources through tsx', [FROM_SOURCES, 'segment', SORANI], null],
    ['pird align (the demo article, 31 × 31 sentences), bundle', [BUNDLE, 'align', SORANI, ENGLISH, '--json'], null],
    ['pird align (the demo article, 31 × 31 sentences), sources through tsx', [FROM_SOURCES, 'align', SORANI, ENGLISH, '--json'], null],
    ['pird projects (a new data directory), bundle', [BUNDLE, '--data-dir', data, 'projects'], null],
    ['pird projects (a new data directory), sources through tsx', [FROM_SOURCES, '--data-dir', data, 'projects'], null],
  ];
  const rows = cases.map(([name, args, target]) => {
    const { ms, runs } = timed(args);
    return { name, ms, runs, target, met: target === null ? null : ms <= 200 };
  });
  return { bench: 'cli-startup', input: `median of ${RUNS} fresh processes each; the bundle built by scripts/build-cli.mjs first`, rows };
}
