import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createPirdService } from '../electron/service/pird-service';
import type { BenchResult } from './measure';
import { startApiHost, type ApiHost } from '../tests/electron/helpers/processes';

const DEMO_DIR = fileURLToPath(new URL('../corpus/demo', import.meta.url));
const DOC = 'kadhimi-washington';
const EDITS = 400;

function percentiles(times: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number): number => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

async function editsOver(host: ApiHost, label: string): Promise<number[]> {
  const times: number[] = [];
  for (let k = 0; k < EDITS; k++) {
    const start = performance.now();
    await host.call('edit', { documentId: DOC, operation: { kind: 'set-target', unitId: `u${(k % 31) + 1}`, text: `${label} ${k}.` } });
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * What "acknowledged means on disk" costs (issue 15): every edit locked, its journal line flushed
 * with fdatasync before the answer. In one process, over HTTP from one host, and from two hosts
 * editing the same document at once (each reads the other's new records before writing).
 */
export async function benchStoreWrites(): Promise<BenchResult> {
  const rows: Array<Record<string, string | number | boolean | null>> = [];
  const service = createPirdService({ dataDir: mkdtempSync(join(tmpdir(), 'pird-bench-store-')), demoDir: DEMO_DIR, glossarySyncMs: 0, compactDelayMs: 600_000 });
  await service.listProjects({});
  const inProcess: number[] = [];
  for (let k = 0; k < EDITS; k++) {
    const start = performance.now();
    await service.edit({ documentId: DOC, operation: { kind: 'set-target', unitId: `u${(k % 31) + 1}`, text: `Edit ${k}.` } });
    inProcess.push(performance.now() - start);
  }
  await service.flush();
  rows.push({ job: 'edit in the service (lock, read the tail, append, fdatasync)', edits: EDITS, ...percentiles(inProcess) });

  const dataDir = mkdtempSync(join(tmpdir(), 'pird-bench-store-two-'));
  const one = await startApiHost(dataDir, { PIRD_COMPACT_MS: '600000' });
  rows.push({ job: 'edit over HTTP, one host', edits: EDITS, ...percentiles(await editsOver(one, 'Alone')) });
  const two = await startApiHost(dataDir, { PIRD_COMPACT_MS: '600000' });
  const [a, b] = await Promise.all([editsOver(one, 'One'), editsOver(two, 'Two')]);
  rows.push({ job: 'edit over HTTP, two hosts on one document at once', edits: 2 * EDITS, ...percentiles([...(a ?? []), ...(b ?? [])]) });
  await Promise.all([one.stop(), two.stop()]);
  return { bench: 'store-writes', input: `${EDITS} translation edits of the demo document per client, each answered once on disk; milliseconds`, rows };
}
