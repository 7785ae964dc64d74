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
  let pool: FormPool | undefined;
  const formsOf = async (units: readonly Unit[]): Promise<SentenceForm[] | undefined> => {
    if (units.length < WORKERS_FROM) return undefined;
    try {
      pool ??= new FormPool();
      // Only a unit that is an entry needs its translation read.
      return await pool.forms(units.map((unit) => [unitSourceText(unit), memoryKindOf(unit) ? unitTargetText(unit) : ''] as const));
    } catch {
      return undefined; // workers that cannot start or stopped: the sentences are read here instead
    }
  };
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
    await pool?.close();
  }
  return { entries: count, readInWorkers };
}
