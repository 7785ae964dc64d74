import type { JobProgress, PirdApi } from '../../shared/api';
import type { CliIo } from './cli-io';
import { JobRegistry, type Job } from '../service/jobs';

const REDRAW_MS = 200;
const UNIT_WORDS: Readonly<Record<JobProgress['unit'], string>> = { characters: 'characters', units: 'segments', documents: 'documents', steps: 'steps', sentences: 'sentences' };

/** The progress line of a job: "import big.tmx: 1,234,567 of 9,876,543 characters (12%)". */
export function jobLine(label: string, progress: JobProgress | null): string {
  if (!progress || progress.total === null) return `${label}: ${progress ? progress.done.toLocaleString('en-US') : 'starting'}…`;
  const share = progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 100;
  return `${label}: ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} ${UNIT_WORDS[progress.unit]} (${share}%)`;
}

/**
 * Runs a long piece of work with a progress line redrawn on stderr when it is a terminal (not with
 * `quiet`), read from `progress`; Ctrl+C calls `interrupt` (the work then stops at a safe point and
 * undoes what it did) instead of killing the process halfway through a write.
 */
async function withProgressLine<T>(
  io: CliIo, label: string, quiet: boolean, progress: () => Promise<JobProgress | null> | JobProgress | null, interrupt: () => void, run: () => Promise<T>,
): Promise<T> {
  const show = io.progress === true && !quiet;
  let width = 0;
  const draw = async () => {
    const line = jobLine(label, await progress());
    io.err(`\r${line.padEnd(width)}`);
    width = line.length;
  };
  // Drawn at once (the work may hold the thread longer than a redraw interval), then as it goes.
  if (show) await draw();
  const timer = show ? setInterval(() => void draw(), REDRAW_MS) : undefined;
  const onSigint = () => {
    io.err(`${show ? '\n' : ''}pird: stopping ${label}…\n`);
    interrupt();
  };
  process.once('SIGINT', onSigint);
  try {
    return await run();
  } finally {
    clearInterval(timer);
    process.removeListener('SIGINT', onSigint);
    // The line is cleared: what follows (the report) starts on a clean line.
    if (show && width > 0) io.err(`\r${' '.repeat(width)}\r`);
  }
}

/** Runs a service request as a job (`jobId` given to it), its progress asked of the service. */
export function withJobProgress<T>(
  service: Pick<PirdApi, 'getJobProgress' | 'cancelJob'>, io: CliIo, label: string, quiet: boolean, run: (jobId: string) => Promise<T>,
): Promise<T> {
  const jobId = `cli-${process.pid}-${Date.now().toString(36)}`;
  return withProgressLine(io, label, quiet, () => service.getJobProgress({ jobId }).catch(() => null), () => void service.cancelJob({ jobId }), () => run(jobId));
}

/**
 * Runs work done in this process (an export, a project's QA: no service request of its own) as a
 * job with a progress line; Ctrl+C cancels it at its next checkpoint.
 */
export function withLocalJob<T>(io: CliIo, label: string, quiet: boolean, kind: string, work: (job: Job) => Promise<T>): Promise<T> {
  const jobs = new JobRegistry();
  return withProgressLine(io, label, quiet, () => jobs.progress(kind), () => void jobs.cancel(kind), () => jobs.run(kind, kind, work));
}

/**
 * Documents as they are read, counted on `job`; once it is cancelled the next one throws, so a
 * writer that removes its unfinished files on error (writeCorpus) leaves none.
 */
export async function* jobDocuments<T>(items: AsyncIterable<T>, total: number, job: Job): AsyncIterable<T> {
  let done = 0;
  job.report(done, total, 'documents');
  for await (const item of items) {
    job.checkpoint();
    yield item;
    job.report(++done, total, 'documents');
  }
}
