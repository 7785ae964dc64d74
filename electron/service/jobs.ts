import type { AlignProgress } from '../../shared/align';
import { ApiError, type JobProgress } from '../../shared/api';

/** What a long job tells and asks while it runs. */
export interface Job {
  /** How far it is: `done` of `total` (null: not known yet) in `unit`. */
  report(done: number, total: number | null, unit?: JobProgress['unit']): void;
  /** A safe point: throws `cancelled` when the job was asked to stop (the caller then undoes its work). */
  checkpoint(): void;
}

/** Lets requests that arrived during a long computation (a cancel, a progress question) be answered. */
export const yieldTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** How long an alignment keeps the thread before it lets other requests in (a progress question, a cancel). */
const ALIGNMENT_TURN_MS = 100;

/**
 * What a job does between an alignment's steps (`runPaced`): reports how many of the source's
 * `sentences` are aligned (both passes counted) and, every `ALIGNMENT_TURN_MS`, lets other
 * requests in and stops there when cancelled.
 */
export function alignmentPace(job: Job, sentences: number, now: () => number = Date.now): (progress: AlignProgress) => Promise<void> | undefined {
  let turn = now();
  return ({ done, total }) => {
    job.report(total > 0 ? Math.floor((sentences * done) / total) : 0, sentences, 'sentences');
    if (now() - turn < ALIGNMENT_TURN_MS) return undefined;
    return yieldTurn().then(() => {
      turn = now();
      job.checkpoint();
    });
  };
}

/** A job nobody can watch or cancel: what a request without a `jobId` runs with. */
const UNWATCHED: Job = { report: () => undefined, checkpoint: () => undefined };

/** How long a finished job's last state stays readable (the page polls a few times a second). */
const KEEP_FINISHED_MS = 60_000;
/** Jobs remembered at most (an id per request; a caller making up ids cannot grow this without end). */
const MAX_JOBS = 1000;

interface Entry {
  progress: JobProgress;
  cancelled: boolean;
  finishedAt: number | null;
}

/**
 * The long jobs running in this service (an import, an alignment, a project's QA): their progress,
 * asked for by id from any door, and a way to stop them at their next safe point.
 */
export class JobRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Runs `work` as the job `jobId` (unwatched when there is none); its state is kept for a minute after. */
  async run<T>(jobId: string | undefined, kind: string, work: (job: Job) => Promise<T>): Promise<T> {
    if (jobId === undefined) return work(UNWATCHED);
    if (this.entries.get(jobId)?.finishedAt === null) throw new ApiError('conflict', `job ${jobId} is already running`);
    this.prune();
    const entry: Entry = { progress: { jobId, kind, state: 'running', done: 0, total: null, unit: 'steps' }, cancelled: false, finishedAt: null };
    this.entries.set(jobId, entry);
    const job: Job = {
      report: (done, total, unit) => {
        entry.progress = { ...entry.progress, done, total, ...(unit ? { unit } : {}) };
      },
      checkpoint: () => {
        if (entry.cancelled) throw new ApiError('cancelled', `${kind} cancelled; nothing of it was kept`);
      },
    };
    try {
      const result = await work(job);
      entry.progress = { ...entry.progress, state: 'done', done: entry.progress.total ?? entry.progress.done };
      return result;
    } catch (error) {
      entry.progress = { ...entry.progress, state: error instanceof ApiError && error.code === 'cancelled' ? 'cancelled' : 'failed' };
      throw error;
    } finally {
      entry.finishedAt = this.now();
    }
  }

  progress(jobId: string): JobProgress | null {
    return this.entries.get(jobId)?.progress ?? null;
  }

  /** Asks the job to stop; false when it is not running. */
  cancel(jobId: string): boolean {
    const entry = this.entries.get(jobId);
    if (!entry || entry.finishedAt !== null) return false;
    entry.cancelled = true;
    return true;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) {
      if (entry.finishedAt !== null && (now - entry.finishedAt > KEEP_FINISHED_MS || this.entries.size >= MAX_JOBS)) this.entries.delete(id);
    }
  }
}
