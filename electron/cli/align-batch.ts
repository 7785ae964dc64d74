import { existsSync } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeFileDurably } from '../store/durable-file';
import type { LinkFormat } from './align-pair';
import type { ManifestEntry } from './align-manifest';

/** What a worker is sent: one document pair and where its links go. */
export interface PairJob {
  readonly index: number;
  readonly source: string;
  readonly target: string;
  readonly out: string;
}

/** What a worker answers for a pair. */
export type PairOutcome =
  | { readonly index: number; readonly ok: true; readonly sourceSentences: number; readonly targetSentences: number; readonly links: number; readonly meanConfidence: number; readonly toCheck: readonly number[] }
  | { readonly index: number; readonly ok: false; readonly message: string };

/** A pair's line of the summary. */
export type PairSummary = { readonly name: string; readonly source: string; readonly target: string; readonly file: string } & (
  | { readonly status: 'aligned'; readonly sourceSentences: number; readonly targetSentences: number; readonly links: number; readonly meanConfidence: number; readonly toCheck: readonly number[] }
  | { readonly status: 'failed'; readonly error: string });

export interface BatchOptions {
  readonly outDir: string;
  readonly format: LinkFormat;
  readonly jobs: number;
  readonly presegmented: boolean;
  readonly glossaryPath?: string | undefined;
  /** Word pairs learned from a project's confirmed units (`--lexicon-from`), sent to every worker. */
  readonly wordPairs?: ReadonlyMap<string, readonly string[]> | undefined;
  /** Told of each pair this run aligns (or fails to), as it is done. */
  onPair?(summary: PairSummary): void;
}

export interface BatchResult {
  readonly pairs: readonly PairSummary[];
  readonly skipped: number;
  readonly failed: number;
}

const EXTENSION: Readonly<Record<LinkFormat, string>> = { json: 'json', tsv: 'tsv', tmx: 'tmx' };
/** The journal of pairs done, a JSON line each, appended as they finish: what a run after an interrupt skips. */
export const SUMMARY_LINES = 'summary.jsonl';
/** The summary of the whole batch, written when it ends. */
export const SUMMARY_TABLE = 'summary.tsv';

/** The default number of worker threads: one per core. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** The pairs an earlier run finished (its journal's complete lines), by name, where their output is still there. */
async function finishedBefore(outDir: string): Promise<Map<string, PairSummary>> {
  const done = new Map<string, PairSummary>();
  let text = '';
  try {
    text = await readFile(join(outDir, SUMMARY_LINES), 'utf8');
  } catch {
    return done;
  }
  // A run killed while appending leaves a last line without its line break: not done.
  const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
  for (const line of complete.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const summary = JSON.parse(line) as PairSummary;
      if (summary.status === 'aligned' && existsSync(join(outDir, summary.file))) done.set(summary.name, summary);
      else done.delete(summary.name);
    } catch {
      // A damaged line: that pair is aligned again.
    }
  }
  return done;
}

/**
 * Aligns many document pairs in worker threads (`jobs` of them, each with its own lexicon), each
 * pair's links written to `outDir/<name>.<format>` as it finishes (durably, so an interrupted run
 * leaves whole files only), its summary appended to `summary.jsonl`; a run after an interrupt
 * skips the pairs that journal has. Ends with `summary.tsv`: each pair's sentences, links, mean
 * confidence and the links to check.
 */
export async function alignBatch(entries: readonly ManifestEntry[], options: BatchOptions): Promise<BatchResult> {
  await mkdir(options.outDir, { recursive: true });
  const done = await finishedBefore(options.outDir);
  const results: Array<PairSummary | undefined> = entries.map((entry) => done.get(entry.name));
  const queue = entries.flatMap((entry, index) => (results[index] ? [] : [index]));
  const fileOf = (entry: ManifestEntry): string => `${entry.name}.${EXTENSION[options.format]}`;
  const journal = join(options.outDir, SUMMARY_LINES);
  let appending = Promise.resolve();
  const record = (summary: PairSummary): Promise<void> => {
    // One append at a time, in the order pairs finish.
    appending = appending.then(() => appendLine(journal, JSON.stringify(summary)));
    return appending;
  };

  const workerCount = Math.max(1, Math.min(options.jobs, queue.length));
  const workerUrl = new URL('./align-worker.mjs', import.meta.url);
  await Promise.all(Array.from({ length: queue.length === 0 ? 0 : workerCount }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: { format: options.format, presegmented: options.presegmented, glossaryPath: options.glossaryPath, wordPairs: options.wordPairs && [...options.wordPairs] } });
    const next = (): void => {
      const index = queue.shift();
      if (index === undefined) {
        void worker.terminate().then(() => resolve());
        return;
      }
      const entry = entries[index] as ManifestEntry;
      worker.postMessage({ index, source: entry.source, target: entry.target, out: join(options.outDir, fileOf(entry)) } satisfies PairJob);
    };
    worker.on('message', (outcome: PairOutcome) => {
      const entry = entries[outcome.index] as ManifestEntry;
      const base = { name: entry.name, source: entry.source, target: entry.target, file: fileOf(entry) };
      const summary: PairSummary = outcome.ok
        ? { ...base, status: 'aligned', sourceSentences: outcome.sourceSentences, targetSentences: outcome.targetSentences, links: outcome.links, meanConfidence: outcome.meanConfidence, toCheck: outcome.toCheck }
        : { ...base, status: 'failed', error: outcome.message };
      results[outcome.index] = summary;
      record(summary).then(() => {
        options.onPair?.(summary);
        next();
      }, reject);
    });
    worker.on('error', reject);
    next();
  })));

  const pairs = results.filter((summary): summary is PairSummary => summary !== undefined);
  await writeFileDurably(join(options.outDir, SUMMARY_TABLE), summaryTable(pairs));
  return { pairs, skipped: done.size, failed: pairs.filter((pair) => pair.status === 'failed').length };
}

/** Appends a line and waits until it is on disk. */
async function appendLine(path: string, line: string): Promise<void> {
  const handle = await open(path, 'a');
  try {
    await handle.appendFile(`${line}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** The summary as a table: a pair a line, the links to check by their 0-based numbers. */
export function summaryTable(pairs: readonly PairSummary[]): string {
  const header = 'name\tstatus\tsource sentences\ttarget sentences\tlinks\tmean confidence\tlinks to check\tfile\tsource\ttarget\terror';
  const lines = pairs.map((pair) => (pair.status === 'aligned'
    ? [pair.name, pair.status, pair.sourceSentences, pair.targetSentences, pair.links, pair.meanConfidence, pair.toCheck.join(','), pair.file, pair.source, pair.target, '']
    : [pair.name, pair.status, '', '', '', '', '', pair.file, pair.source, pair.target, pair.error.replace(/[\t\n]/gu, ' ')]).join('\t'));
  return `${[header, ...lines].join('\n')}\n`;
}
