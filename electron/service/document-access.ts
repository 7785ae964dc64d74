import { join } from 'node:path';
import { ApiError } from '../../shared/api';
import { hasTranslation, type DocumentFile, type DocumentSummary, type ExportedDocument, type Splice } from '../../shared/project';
import { DocumentStore } from '../store/document-store';
import type { DebouncedWriter } from './debounced-writer';
import type { LibraryAccess } from './library-access';

/** A change on disk, as the translation memory needs it: the units it took out, and where its new units stand in the document. */
export interface DocumentChange {
  readonly project: string;
  readonly removed: readonly string[];
  /** The document after the change. */
  readonly after: DocumentFile;
  /** Where the new units are: [index, index + count) of `after.units`. */
  readonly index: number;
  readonly count: number;
}

/** A journal longer than this is folded into the snapshot without waiting for a pause. */
const COMPACT_AFTER_CHANGES = 2000;

export function summarize(document: DocumentFile): DocumentSummary {
  return {
    id: document.id,
    name: document.name,
    units: document.units.length,
    translated: document.units.filter(hasTranslation).length,
    updatedAt: document.updatedAt,
  };
}

/**
 * The documents of the library, each through its `DocumentStore`: read as any process last left
 * them, changed under their lock, their journals folded into snapshots when they are quiet.
 */
export class DocumentAccess {
  private readonly stores = new Map<string, DocumentStore>();

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
    private readonly library: LibraryAccess,
    private readonly writer: DebouncedWriter,
    private readonly compactDelayMs: number,
    /** Told of every change this process made, once it is on disk (the translation memory's index follows). */
    private readonly changed: (change: DocumentChange) => void = () => undefined,
  ) {}

  store(id: string): DocumentStore {
    let store = this.stores.get(id);
    if (!store) {
      store = new DocumentStore(join(this.dataDir, 'documents'), id, this.now);
      this.stores.set(id, store);
    }
    return store;
  }

  /** A document of the library as last changed by any process, or not-found. */
  async read(id: string): Promise<DocumentFile> {
    await this.library.projectOf(id);
    const document = await this.store(id).read();
    if (!document) throw new ApiError('not-found', `the file of document "${id}" is missing`);
    return document;
  }

  /** A document for an export: the open copy if there is one, else read from disk a unit at a time and not kept. */
  async exported(id: string): Promise<ExportedDocument> {
    await this.library.projectOf(id);
    const held = this.stores.get(id);
    const store = held ?? this.store(id);
    const document = await store.readForExport();
    if (!held) this.stores.delete(id);
    if (!document) throw new ApiError('not-found', `the file of document "${id}" is missing`);
    return document;
  }

  /** The next document is read while the caller works on this one: the disk and the CPU overlap. */
  async *once(ids: readonly string[]): AsyncGenerator<ExportedDocument> {
    const load = (index: number): Promise<ExportedDocument> | undefined => {
      const id = ids[index];
      if (id === undefined) return undefined;
      const loading = this.exported(id);
      loading.catch(() => undefined); // reported when awaited; unheard of if the caller stops first
      return loading;
    };
    let next = load(0);
    for (let index = 0; next; index++) {
      const current = await next;
      next = load(index + 1);
      yield current;
    }
  }

  /**
   * Changes a document (see `DocumentStore.change`): settled once the change is on disk. The
   * summary in the library follows, and the journal is folded into the snapshot when quiet.
   */
  async change<T extends { document: DocumentFile; splice: Splice }>(id: string, edit: (document: DocumentFile) => T): Promise<T & { revision: number }> {
    const project = await this.library.projectOf(id);
    const store = this.store(id);
    let removed: string[] = [];
    const outcome = await store.change((document) => {
      const made = edit(document);
      removed = document.units.slice(made.splice.index, made.splice.index + made.splice.deleteCount).map((unit) => unit.id);
      return made;
    });
    this.changed({ project: project.id, removed, after: outcome.document, index: outcome.splice.index, count: outcome.splice.units.length });
    this.writer.schedule(`snapshot:${id}`, () => store.compact(), store.journalLength > COMPACT_AFTER_CHANGES ? 0 : this.compactDelayMs);
    this.library.noteSummary(summarize(outcome.document));
    return outcome;
  }

  /** Writes a new document (durably); listing it in a project is the caller's next step. */
  create(document: DocumentFile): Promise<void> {
    return this.store(document.id).create(document);
  }

  /** Lets go of a document this process holds (a corpus part just written: read back only when opened). */
  forget(id: string): void {
    this.stores.delete(id);
  }

  async remove(id: string): Promise<void> {
    await this.store(id).remove();
    this.stores.delete(id);
  }
}
