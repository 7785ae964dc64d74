import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ApiError } from '../../shared/api';
import {
  DOCUMENT_SCHEMA_VERSION, JournalReplayError, journalLine, migrateDocument, readJournal, replayJournal, type DocumentFile,
  type ExportedDocument, type JournalRecord, type Splice, type Unit,
} from '../../shared/project';
import { JsonFileStore, unreadableFileError } from './json-file-store';

/**
 * One document on disk: `<id>.json`, a snapshot written atomically, and `<id>.journal.jsonl`, the
 * changes since, one line each. A change reaches the disk as one small append; compaction folds
 * the journal into a new snapshot when the document is idle or closed.
 *
 * Crash safety: the snapshot is replaced by rename and says which journal record it already holds,
 * so a crash between writing the snapshot and trimming the journal replays nothing twice; a crash
 * mid-append leaves a torn last line, which is dropped (it is at most the last change).
 */
export class DocumentStore {
  private readonly snapshot: JsonFileStore<DocumentFile>;
  readonly journalPath: string;
  /** The last sequence number given to a change. */
  private lastSeq = 0;
  /** Recorded, not yet appended. */
  private unwritten: JournalRecord[] = [];
  /** In the journal file, not yet folded into the snapshot. */
  private journaled: JournalRecord[] = [];
  /** Journal file operations run one after another. */
  private queue: Promise<void> = Promise.resolve();
  private broken: ApiError | undefined;

  constructor(
    documentsDir: string,
    readonly id: string,
    private readonly now: () => Date,
  ) {
    this.snapshot = new JsonFileStore(join(documentsDir, `${id}.json`), migrateDocument, now, { sealed: true, linesOf: 'units' });
    this.journalPath = join(documentsDir, `${id}.journal.jsonl`);
  }

  get path(): string {
    return this.snapshot.path;
  }

  /** Changes not yet folded into the snapshot. */
  get journalLength(): number {
    return this.unwritten.length + this.journaled.length;
  }

  /** The document as last changed: snapshot plus journal. `undefined` when there is no snapshot. */
  async read(): Promise<DocumentFile | undefined> {
    if (this.broken) throw this.broken;
    const base = await this.snapshot.read();
    if (!base) return undefined;
    const covered = base.journalSeq ?? 0;
    const text = await readFile(this.journalPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const reading = readJournal(text, covered);
    if (!reading.ok) throw await this.markBroken(`line ${reading.line} ${reading.detail}`);
    // The sequence number is the store's bookkeeping, not part of the document it hands out.
    const snapshot: DocumentFile = { ...base };
    delete snapshot.journalSeq;
    let document: DocumentFile;
    try {
      document = replayJournal(snapshot, reading.records);
    } catch (error) {
      if (error instanceof JournalReplayError) throw await this.markBroken(error.message);
      throw error;
    }
    this.journaled = [...reading.records];
    this.lastSeq = reading.records.at(-1)?.seq ?? covered;
    if (reading.tornTail) await this.enqueue(() => this.rewriteJournal());
    return document;
  }

  /**
   * The document for an export, its units parsed one at a time as they are asked for: what a
   * million-unit corpus needs (a parsed 50,000-unit document costs more to keep than to read).
   * Only for a snapshot this store sealed, of the current version, with no journal to replay;
   * otherwise the whole document, read and checked as `read` does.
   */
  async readForExport(): Promise<ExportedDocument | undefined> {
    if (this.broken) throw this.broken;
    const journal = await readFile(this.journalPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const sealed = journal.trim() === '' ? await this.snapshot.readSealedLines() : undefined;
    const { id, name, schemaVersion } = sealed?.head ?? {};
    if (!sealed || schemaVersion !== DOCUMENT_SCHEMA_VERSION || typeof id !== 'string' || typeof name !== 'string') return this.read();
    const lines = sealed.lines;
    return {
      id,
      name,
      units: {
        *[Symbol.iterator]() {
          for (const line of lines) yield JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as Unit;
        },
      },
    };
  }

  /** A new document: a snapshot and no journal. */
  async create(document: DocumentFile): Promise<void> {
    await this.enqueue(async () => {
      await rm(this.journalPath, { force: true });
      this.unwritten = [];
      this.journaled = [];
      await this.snapshot.write({ ...document, journalSeq: this.lastSeq });
    });
  }

  /** Deletes the document's files (an import that failed takes back what it wrote). */
  async remove(): Promise<void> {
    await this.enqueue(async () => {
      await rm(this.journalPath, { force: true });
      await this.snapshot.remove();
    });
  }

  /** Notes a change in memory; `appendRecorded` puts it on disk. */
  record(at: string, splice: Splice): void {
    this.unwritten.push({ seq: ++this.lastSeq, at, splice: { ...splice, units: [...splice.units] } });
  }

  /** Appends every recorded change to the journal in one write. */
  appendRecorded(): Promise<void> {
    return this.enqueue(async () => {
      const batch = this.unwritten;
      if (batch.length === 0) return;
      this.unwritten = [];
      await mkdir(dirname(this.journalPath), { recursive: true });
      try {
        await appendFile(this.journalPath, batch.map(journalLine).join(''), 'utf8');
      } catch (error) {
        this.unwritten = [...batch, ...this.unwritten];
        throw error;
      }
      this.journaled.push(...batch);
    });
  }

  /**
   * Writes `document` as the new snapshot and trims the journal. `document` must be the state after
   * every change recorded so far (the service's in-memory copy).
   */
  async compact(document: DocumentFile): Promise<void> {
    if (this.broken) throw this.broken;
    if (this.journalLength === 0) return;
    const upTo = this.lastSeq;
    await this.snapshot.write({ ...document, journalSeq: upTo });
    await this.enqueue(async () => {
      this.unwritten = this.unwritten.filter((r) => r.seq > upTo);
      this.journaled = this.journaled.filter((r) => r.seq > upTo);
      await this.rewriteJournal();
    });
  }

  /** Replaces the journal file by the records it should hold (write aside, then rename). */
  private async rewriteJournal(): Promise<void> {
    if (this.journaled.length === 0) {
      await rm(this.journalPath, { force: true });
      return;
    }
    const aside = `${this.journalPath}.tmp`;
    await writeFile(aside, this.journaled.map(journalLine).join(''), 'utf8');
    await rename(aside, this.journalPath);
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const next = this.queue.then(job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async markBroken(reason: string): Promise<ApiError> {
    this.broken = await unreadableFileError(this.journalPath, `cannot be replayed: ${reason}`, this.now());
    return this.broken;
  }
}
