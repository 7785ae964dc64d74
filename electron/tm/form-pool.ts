import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SentenceForm } from './sentence-form';

const PART = 5000;

/**
 * Worker threads that read sentences for the index, one per core but the one the writer keeps (at
 * least one, at most three): a document's units are shared out between them, their forms come
 * back in order.
 */
export class FormPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (forms: SentenceForm[]) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size = Math.max(1, Math.min(3, availableParallelism() - 1))) {
    for (let k = 0; k < size; k++) {
      // Small parts and a small heap: a worker's memory stays a few hundred megabytes while a million sentences go through it.
      const worker = new Worker(new URL('./form-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 } });
      worker.on('message', ({ id, forms }: { id: number; forms: SentenceForm[] }) => {
        this.waiting.get(id)?.resolve(forms);
        this.waiting.delete(id);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => this.fail(new Error(`a worker reading sentences for the memory stopped (exit ${code})`)));
      this.workers.push(worker);
    }
  }

  /** The forms of some [source, target] pairs, in order: asked for in parts of 5,000, taken in turn by the workers. */
  async forms(pairs: ReadonlyArray<readonly [string, string]>): Promise<SentenceForm[]> {
    const parts: Array<Promise<SentenceForm[]>> = [];
    for (let from = 0, k = 0; from < pairs.length; from += PART, k++) {
      parts.push(this.ask(this.workers[k % this.workers.length] as Worker, pairs.slice(from, from + PART)));
    }
    return (await Promise.all(parts)).flat();
  }

  async close(): Promise<void> {
    this.failure ??= new Error('closed');
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private ask(worker: Worker, pairs: ReadonlyArray<readonly [string, string]>): Promise<SentenceForm[]> {
    if (pairs.length === 0) return Promise.resolve([]);
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, pairs });
    });
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
