import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiError } from '../../shared/api';
import {
  DOCUMENT_SCHEMA_VERSION, JournalReplayError, applySplice, journalPieces, migrateDocument, replayJournal, type DocumentFile,
  type ExportedDocument, type JournalRecord, type Splice, type Unit,
} from '../../shared/project';
import { appendDurably, identityOfPath, MISSING, sameFile, syncFolder, type FileIdentity } from './durable-file';
import { withFileLock } from './file-lock';
import { readJournalFile } from './journal-file';
import { JsonFileStore, unreadableFileError } from './json-file-store';

/** What this process holds of a document, and which versions of its two files that came from. */
interface Loaded {
  document: DocumentFile;
  /** The last journal record the document holds. */
  seq: number;
  snapshot: FileIdentity;
  journal: FileIdentity;
  /** Where the next record goes: just past the journal's last complete line. */
  journalEnd: number;
  /** Records in the journal file after the snapshot. */
  journalRecords: number;
}

/** Changes another process made, as this one learnt of them: the last record's number, the units they touched. */
interface OutsideChange {
  readonly seq: number;
  readonly touched: ReadonlySet<string>;
}

const OUTSIDE_KEPT = 500;

type LoadOutcome = { ok: true; loaded: Loaded | undefined } | { ok: false; reason: string };

/**
 * One document on disk: `<id>.json`, a snapshot written atomically, and `<id>.journal.jsonl`, the
 * changes since, one line each. Several processes (the app, browser hosts, `pird`) may hold the
 * same document: every change is made under the document's lock (`<id>.json.lock`) on the
 * latest state on disk (another process's new records are read first) and answered only once
 * its record is flushed to disk. Reading takes no lock: a reader that meets a compaction half
 * way (a new journal beside an old snapshot) reads again under the lock before it calls anything
 * corrupt.
 *
 * Crash safety: the snapshot is replaced by rename and says which journal record it already
 * holds, so a crash between writing the snapshot and removing the journal replays nothing twice;
 * a crash mid-append leaves a torn last line that was never acknowledged: it is dropped, and cut
 * off before the next append.
 */
export class DocumentStore {
  private readonly snapshot: JsonFileStore<DocumentFile>;
  readonly journalPath: string;
  private loaded: Loaded | undefined;
  private outside: OutsideChange[] = [];
  /** Bumped whenever another process's changes are taken in (undo steps made before no longer fit). */
  private outsideCount = 0;
  /** This process's operations on the document run one after another. */
  private queue: Promise<unknown> = Promise.resolve();
  private broken: ApiError | undefined;

  constructor(
    private readonly documentsDir: string,
    readonly id: string,
    private readonly now: () => Date,
  ) {
    this.snapshot = new JsonFileStore(join(documentsDir, `${id}.json`), migrateDocument, now, { sealed: true, linesOf: 'units' });
    this.journalPath = join(documentsDir, `${id}.journal.jsonl`);
  }

  get path(): string {
    return this.snapshot.path;
  }

  /** The number of the last change the document holds; grows with every change by any process. */
  get revision(): number {
    return this.loaded?.seq ?? 0;
  }

  /** How many times changes of other processes were taken in. */
  get outsideChanges(): number {
    return this.outsideCount;
  }

  /** Changes not yet folded into the snapshot. */
  get journalLength(): number {
    return this.loaded?.journalRecords ?? 0;
  }

  /** Units that other processes changed after `revision`, as far as this process has learnt. */
  touchedSince(revision: number): ReadonlySet<string> {
    const touched = new Set<string>();
    for (const change of this.outside) if (change.seq > revision) for (const id of change.touched) touched.add(id);
    return touched;
  }

  /** The document as last changed by any process. `undefined` when there is no snapshot. */
  read(): Promise<DocumentFile | undefined> {
    return this.serial(() => this.refresh(false));
  }

  /**
   * Changes the document under its lock: `edit` gets the latest state on disk and answers with
   * the new state and the splice that makes it; the splice is appended to the journal and flushed
   * before this settles. If `edit` throws, or the write fails, nothing changes.
   */
  change<T extends { document: DocumentFile; splice: Splice }>(edit: (document: DocumentFile) => T): Promise<T & { revision: number }> {
    return this.serial(() => withFileLock(this.path, async () => {
      const document = await this.refresh(true);
      const loaded = this.loaded;
      if (!document || !loaded) throw new Error(`${this.path} does not exist`);
      const outcome = edit(document);
      const record: JournalRecord = { seq: loaded.seq + 1, at: outcome.document.updatedAt, splice: { ...outcome.splice, units: [...outcome.splice.units] } };
      const appended = await appendDurably(this.journalPath, journalPieces(record), loaded.journalEnd);
      this.loaded = {
        ...loaded, document: outcome.document, seq: record.seq, journal: appended.identity, journalEnd: appended.size,
        journalRecords: loaded.journalRecords + 1,
      };
      return { ...outcome, revision: record.seq };
    }));
  }

  /**
   * The document for an export, its units parsed one at a time as they are asked for: what a
   * million-unit corpus needs (a parsed 50,000-unit document costs more to keep than to read).
   * Only for a snapshot this store sealed, of the current version, with no journal to replay;
   * otherwise the whole document, read and checked as `read` does.
   */
  async readForExport(): Promise<ExportedDocument | undefined> {
    if (this.broken) throw this.broken;
    if (this.loaded) return this.read();
    const journal = await identityOfPath(this.journalPath);
    const sealed = journal.size === 0 ? await this.snapshot.readSealedLines() : undefined;
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

  /** A new document: a snapshot and no journal, on disk when this settles. */
  create(document: DocumentFile): Promise<void> {
    return this.serial(() => withFileLock(this.path, async () => {
      await rm(this.journalPath, { force: true });
      const snapshot = await this.snapshot.write({ ...document, journalSeq: 0 });
      this.loaded = { document, seq: 0, snapshot, journal: MISSING, journalEnd: 0, journalRecords: 0 };
    }));
  }

  /** Deletes the document's files (an import that failed takes back what it wrote). */
  remove(): Promise<void> {
    return this.serial(() => withFileLock(this.path, async () => {
      await rm(this.journalPath, { force: true });
      await this.snapshot.remove();
      this.loaded = undefined;
    }));
  }

  /** Folds the journal into a new snapshot (latest state on disk, under the lock), then removes the journal. */
  compact(): Promise<void> {
    return this.serial(() => withFileLock(this.path, async () => {
      const document = await this.refresh(true);
      const loaded = this.loaded;
      if (!document || !loaded || loaded.journal === MISSING) return;
      const snapshot = await this.snapshot.write({ ...document, journalSeq: loaded.seq });
      await rm(this.journalPath, { force: true });
      await syncFolder(this.documentsDir);
      this.loaded = { ...loaded, snapshot, journal: MISSING, journalEnd: 0, journalRecords: 0 };
    }));
  }

  /**
   * Brings the held document up to date with the disk: nothing to do if neither file changed,
   * only the new records if another process appended some, else the whole document again.
   */
  private async refresh(locked: boolean): Promise<DocumentFile | undefined> {
    if (this.broken) throw this.broken;
    const before = this.loaded;
    if (before) {
      const [snapshot, journal] = await Promise.all([identityOfPath(this.path), identityOfPath(this.journalPath)]);
      if (sameFile(snapshot, before.snapshot) && sameFile(journal, before.journal)) return before.document;
      if (sameFile(snapshot, before.snapshot) && journal !== MISSING && journal.ino === before.journal.ino && journal.size >= before.journalEnd) {
        const tail = await readJournalFile(this.journalPath, before.seq, before.journalEnd, before.journal.ino);
        if (tail && !tail.problem && this.takeOutside(before, tail.records)) {
          this.loaded = { ...this.loaded as Loaded, journal: tail.identity, journalEnd: tail.end, journalRecords: before.journalRecords + tail.records.length };
          return this.loaded.document;
        }
      }
    }
    let outcome = await this.load();
    // Met half way through another process's compaction: once more, holding the lock.
    if (!outcome.ok && !locked) outcome = await withFileLock(this.path, () => this.load());
    if (!outcome.ok) {
      this.broken = await unreadableFileError(this.journalPath, `cannot be replayed: ${outcome.reason}`, this.now());
      throw this.broken;
    }
    const after = outcome.loaded;
    if (before && after && after.seq !== before.seq) this.noteOutside(after.seq, changedUnits(before.document.units, after.document.units));
    this.loaded = after;
    return after?.document;
  }

  /** The snapshot and the journal after it, and whether they belong together. */
  private async load(): Promise<LoadOutcome> {
    const version = await this.snapshot.readVersion();
    if (!version) return { ok: true, loaded: undefined };
    const covered = version.value.journalSeq ?? 0;
    const journal = await readJournalFile(this.journalPath, covered);
    if (!journal) return { ok: false, reason: 'the journal vanished while it was read' };
    if (journal.problem) return { ok: false, reason: `line ${journal.problem.line} ${journal.problem.detail}` };
    if (!sameFile(await identityOfPath(this.path), version.identity)) return { ok: false, reason: 'the snapshot was replaced while it was read' };
    // The sequence number is the store's bookkeeping, not part of the document it hands out.
    const snapshot: DocumentFile = { ...version.value };
    delete snapshot.journalSeq;
    try {
      const document = replayJournal(snapshot, journal.records);
      return {
        ok: true,
        loaded: {
          document, seq: journal.records.at(-1)?.seq ?? covered, snapshot: version.identity, journal: journal.identity,
          journalEnd: journal.end, journalRecords: journal.records.length,
        },
      };
    } catch (error) {
      if (error instanceof JournalReplayError) return { ok: false, reason: error.message };
      throw error;
    }
  }

  /** Applies records another process appended; false if they do not fit (then the document is read again). */
  private takeOutside(before: Loaded, records: readonly JournalRecord[]): boolean {
    let units = before.document.units;
    const touched = new Set<string>();
    for (const { splice } of records) {
      if (splice.index + splice.deleteCount > units.length) return false;
      for (let i = splice.index; i < splice.index + splice.deleteCount; i++) touched.add(units[i]?.id ?? '');
      for (const unit of splice.units) touched.add(unit.id);
      units = applySplice(units, splice);
    }
    const last = records.at(-1);
    this.loaded = { ...before, document: last ? { ...before.document, units, updatedAt: last.at } : before.document, seq: last?.seq ?? before.seq };
    if (last) this.noteOutside(last.seq, touched);
    return true;
  }

  private noteOutside(seq: number, touched: ReadonlySet<string>): void {
    this.outside.push({ seq, touched });
    if (this.outside.length > OUTSIDE_KEPT) this.outside = this.outside.slice(-OUTSIDE_KEPT);
    this.outsideCount++;
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** The ids of units that differ between two versions of a document (changed, added or gone). */
function changedUnits(before: readonly Unit[], after: readonly Unit[]): Set<string> {
  const old = new Map(before.map((unit) => [unit.id, JSON.stringify(unit)]));
  const touched = new Set<string>();
  for (const unit of after) {
    if (old.get(unit.id) !== JSON.stringify(unit)) touched.add(unit.id);
    old.delete(unit.id);
  }
  for (const id of old.keys()) touched.add(id);
  return touched;
}
