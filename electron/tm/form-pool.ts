import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SentenceForm } from './sentence-form';

/**
 * Worker threads (one per core, at most four) that read sentences for the index: a document's
 * units are shared out between them and their forms come back in order.
 */
export class FormPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (forms: SentenceForm[]) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size = Math.max(1, Math.min(4, availableParallelism()))) {
    for (let k = 0; k < size; k++) {
      const worker = new Worker(new URL('./form-worker.mjs', import.meta.url));
      worker.on('message', ({ id, forms }: { id: number; forms: SentenceForm[] }) => {
        this.waiting.get(id)?.resolve(forms);
        this.waiting.delete(id);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => this.fail(new Error(`a worker reading sentences for the memory stopped (exit ${code})`)));
      this.workers.push(worker);
    }
  }

  /** The forms of some [source, target] pairs, in order. */
  async forms(pairs: ReadonlyArray<readonly [string, string]>): Promise<SentenceForm[]> {
    const size = Math.ceil(pairs.length / this.workers.length);
    const parts = await Promise.all(this.workers.map((worker, k) => this.ask(worker, pairs.slice(k * size, (k + 1) * size))));
    return parts.flat();
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
