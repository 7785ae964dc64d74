import { unitSourceText, unitTargetText, type Unit } from '../../shared/project';
import { memoryKindOf } from '../../shared/tm';
import { FormPool } from './form-pool';
import type { SentenceForm } from './sentence-form';
import type { TmIndex } from './tm-index';

/** A document to put in the index, as of its last change (its units may come as a stream, read once). */
export interface DocumentToIndex {
  readonly project: string;
  readonly document: { readonly id: string; readonly units: Iterable<Unit> };
  readonly updated: string;
}

/** A document of this many units or more has its sentences read in worker threads. */
const WORKERS_FROM = 2000;

/**
 * Puts documents in the index one after another. A large document's sentences are read (tokens,
 * stems, English terms: most of the work) in worker threads while the document before it is
 * written, so that both cores work; a small one's here (and a large one's too, should the workers
 * fail). Answers with the entries indexed and how many documents workers read.
 */
export async function indexDocuments(
  index: TmIndex, documents: AsyncIterable<DocumentToIndex> | Iterable<DocumentToIndex>,
): Promise<{ entries: number; readInWorkers: number }> {
  const reader = formReader();
  // Only a unit that is an entry needs its translation read.
  const formsOf = (units: readonly Unit[]): Promise<SentenceForm[] | undefined> =>
    reader.forms(units.map((unit) => [unitSourceText(unit), memoryKindOf(unit) ? unitTargetText(unit) : ''] as const));
  let count = 0;
  let readInWorkers = 0;
  // A document part holds at most 50,000 units (corpus imports are split so): held whole while it is read and written.
  let pending: { item: DocumentToIndex; units: readonly Unit[]; forms: Promise<SentenceForm[] | undefined> } | undefined;
  const write = async (waiting: NonNullable<typeof pending>): Promise<void> => {
    const forms = await waiting.forms;
    if (forms) readInWorkers++;
    count += index.indexDocument('', waiting.item.project, { id: waiting.item.document.id, units: waiting.units }, waiting.item.updated, forms);
    // A large library takes a while the first time: other requests go in between documents.
    await new Promise((resolve) => setImmediate(resolve));
  };
  try {
    for await (const item of documents) {
      const units = Array.from(item.document.units);
      const next = { item, units, forms: formsOf(units) };
      if (pending) await write(pending);
      pending = next;
    }
    if (pending) await write(pending);
  } finally {
    await reader.close();
  }
  return { entries: count, readInWorkers };
}

/** Reads sentences' forms in worker threads, started when first given enough to be worth them. */
export interface FormReader {
  /** The forms of some [source, target] pairs, or undefined: too few to send to workers, or the workers failed (read them here). */
  forms(pairs: ReadonlyArray<readonly [string, string]>): Promise<SentenceForm[] | undefined>;
  close(): Promise<void>;
}

export function formReader(from = WORKERS_FROM): FormReader {
  let pool: FormPool | undefined;
  return {
    async forms(pairs) {
      if (pairs.length < from) return undefined;
      try {
        pool ??= new FormPool();
        return await pool.forms(pairs);
      } catch {
        return undefined;
      }
    },
    async close() {
      await pool?.close();
    },
  };
}
