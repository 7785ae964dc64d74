import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { random } from './corpus';
import { readTico } from './planted-mistakes';
import type { BenchResult } from './measure';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BUNDLE = join(ROOT, 'dist', 'cli', 'pird.mjs');
const PAIRS = 1000;
const SENTENCES = 300;

/**
 * Document pairs of real Sorani-English sentences (TICO-19), each a window of `SENTENCES` pairs at
 * a random place, one sentence a line, and their manifest.
 */
function writePairs(dir: string): string {
  const pairs = readTico();
  const next = random(17);
  const manifest: string[] = [];
  for (let d = 0; d < PAIRS; d++) {
    const at = Math.floor(next() * pairs.length);
    const window = Array.from({ length: SENTENCES }, (_, k) => pairs[(at + k) % pairs.length]);
    writeFileSync(join(dir, `d${d}.ckb.txt`), `${window.map((pair) => pair?.ckb).join('\n')}\n`);
    writeFileSync(join(dir, `d${d}.en.txt`), `${window.map((pair) => pair?.en).join('\n')}\n`);
    manifest.push(`d${d}.ckb.txt\td${d}.en.txt\td${d}`);
  }
  const path = join(dir, 'pairs.tsv');
  writeFileSync(path, `${manifest.join('\n')}\n`);
  return path;
}

/**
 * `pird align --manifest` (the bundle, as installed) on 1,000 pairs of 300 sentences: one job
 * against one per core, each from an empty output folder.
 */
export function benchAlignBatch(): BenchResult {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'pird-align-batch-'));
  const manifest = writePairs(dir);
  const cores = availableParallelism();
  const rows = [1, cores].map((jobs) => {
    const out = join(dir, `out-${jobs}`);
    const start = performance.now();
    execFileSync(process.execPath, [BUNDLE, 'align', '--manifest', manifest, '--out', out, '--jobs', String(jobs), '--presegmented'], { stdio: 'ignore', maxBuffer: 1 << 26 });
    const ms = Math.round(performance.now() - start);
    return { name: `${PAIRS} pairs of ${SENTENCES} sentences, --jobs ${jobs}`, ms, pairsPerSecond: Number((PAIRS / (ms / 1000)).toFixed(1)) };
  });
  const [one, all] = rows;
  rmSync(dir, { recursive: true, force: true });
  return {
    bench: 'align-batch',
    input: `pird align --manifest from the bundle on ${PAIRS} document pairs of ${SENTENCES} real TICO-19 sentence pairs each (windows at random places), --jobs 1 and --jobs ${cores} (the cores here)`,
    rows: [...rows, { name: `speed-up with ${cores} jobs`, ms: null, pairsPerSecond: null, speedUp: one && all ? Number((one.ms / all.ms).toFixed(2)) : null }],
  };
}
