import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../../shared/api';
import type { DocumentFile, Unit } from '../../shared/project';
import { englishTerms, indexedForm, memoryEntryOf, queryWords, termsOf, type ConcordanceSide, type IndexedForm, type MemoryEntry } from '../../shared/tm';
import { unitSourceText } from '../../shared/project';

/** Bumped when the tables change: an index of another version is rebuilt from the documents. */
const SCHEMA_VERSION = 9;
/**
 * Candidates: the entries found by a sentence's four rarest stems (each stem's list read up to
 * 20,000 entries), those sharing the most of them first, at most 200 scored in full.
 */
const QUERY_TERMS = 4;
const POSTINGS_READ = 20_000;
const MAX_CANDIDATES = 200;
/** An analysis needs each segment's best band only: the 30 entries sharing most words are enough to find it. */
export const ANALYSIS_CANDIDATES = 30;
/** The memory at large, for learning word pairs: a thousand entries tell a word's usual frequency well enough. */
const SAMPLE_SIZE = 1000;
const SAMPLE_KEPT_MS = 5 * 60_000;

/** An entry as SQLite hands it back: the optional fields are there, null when absent. */
type UnitRow = { readonly [K in keyof MemoryEntry]-?: undefined extends MemoryEntry[K] ? Exclude<MemoryEntry[K], undefined> | null : MemoryEntry[K] };

/**
 * The translation memory's index: every unit of the data directory that can be a match (approved,
 * translated, aligned, with a translation), kept in SQLite (`tm/index.sqlite`, WAL mode, so that
 * every Pird process reads and writes it at once) with an FTS5 table of its words and their
 * stems. Derived data: it is rebuilt from the documents when it is missing, damaged or of another
 * version, and each process updates it as its own changes reach the disk.
 */
export class TmIndex {
  private readonly statements = new Map<string, Database.Statement>();
  private sampled: { at: number; entries: ReadonlyArray<{ source: string; target: string }> } | undefined;

  private constructor(private readonly db: Database.Database) {}

  /** A statement prepared once per text. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  /** Whether an error from the index means its file is damaged (it is then made anew). */
  static isDamage(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/u.test(code);
  }

  /**
   * Opens the index, or makes it anew when there is none, it is of another
   * version or it cannot be opened; `fresh`: made anew in any case (it was found damaged in use).
   */
  static open(path: string, fresh = false): TmIndex {
    mkdirSync(dirname(path), { recursive: true });
    checkNativeModule();
    const existing = fresh ? undefined : TmIndex.openExisting(path);
    if (existing) return existing;
    // Kept aside for whoever wants to look at it; the index itself is made again from the documents.
    for (const suffix of ['', '-wal', '-shm']) {
      try {
        renameSync(`${path}${suffix}`, `${path}.damaged${suffix}`);
      } catch {
        rmSync(`${path}${suffix}`, { force: true });
      }
    }
    const db = connect(path);
    createTables(db);
    return new TmIndex(db);
  }

  /** The index at `path` if it can be used as it is (or is a new empty file), else undefined. */
  private static openExisting(path: string): TmIndex | undefined {
    let db: Database.Database;
    try {
      db = connect(path);
    } catch {
      return undefined; // not a database at all
    }
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      // A whole integrity check reads the whole file (seconds for a million units): damage found later, in use, is handled there.
      if (version === SCHEMA_VERSION && hasTables(db)) return new TmIndex(db);
      if (version === 0 && isEmpty(db)) {
        createTables(db);
        return new TmIndex(db);
      }
    } catch {
      // damaged
    }
    db.close();
    return undefined;
  }

  close(): void {
    this.db.close();
  }

  /** Each indexed document with the last change (`updatedAt`) the index holds of it. */
  indexedDocuments(): Map<string, string> {
    const rows = this.db.prepare('SELECT document, updated FROM documents').all() as Array<{ document: string; updated: string }>;
    return new Map(rows.map((row) => [row.document, row.updated]));
  }

  /** Puts every unit of a document in the index (in place of what it had of it), as of its last change `updated`. */
  indexDocument(memory: string, project: string, document: Pick<DocumentFile, 'id'> & { units: Iterable<Unit> }, updated: string): number {
    let count = 0;
    this.db.transaction(() => {
      const counts = new TermCounts();
      this.deleteRows('document = ?', [document.id], counts);
      const insert = this.insertStatement(counts);
      // Each unit with its neighbours, as the units go by (a document may be walked only once), each sentence read once.
      let before: IndexedForm | undefined;
      let current: { unit: Unit; form: IndexedForm } | undefined;
      const put = (after: IndexedForm | undefined): void => {
        const entry = current && memoryEntryOf(current.unit, { memory, project, document: document.id }, { before: before?.digest, after: after?.digest });
        if (entry && current) {
          insert(entry, current.form);
          count++;
        }
      };
      for (const unit of document.units) {
        const form = indexedForm(unitSourceText(unit));
        put(form);
        before = current?.form;
        current = { unit, form };
      }
      put(undefined);
      this.noteDocument(document.id, project, updated);
      counts.save(this.db);
    })();
    return count;
  }

  /**
   * An imported memory's entries, added in batches as its file is read (a transaction per 5,000):
   * `finish` marks it indexed as of `updated`; `abandon` takes back what was added.
   */
  memoryWriter(memoryId: string): { add(source: string, target: string): void; finish(updated: string): number; abandon(): void } {
    const document = memoryDocument(memoryId);
    let batch: MemoryEntry[] = [];
    let count = 0;
    const flush = (): void => {
      const entries = batch;
      batch = [];
      this.db.transaction(() => {
        const counts = new TermCounts();
        const insert = this.insertStatement(counts);
        for (const entry of entries) insert(entry);
        counts.save(this.db);
      })();
    };
    this.removeDocument(document);
    return {
      add: (source, target) => {
        if (source.trim() === '' || target.trim() === '') return;
        batch.push({ memory: memoryId, project: '', document, unit: `t${count++}`, kind: 'memory', source, target });
        if (batch.length >= 5000) flush();
      },
      finish: (updated) => {
        flush();
        this.noteDocument(document, '', updated);
        return count;
      },
      abandon: () => {
        batch = [];
        this.removeDocument(document);
      },
    };
  }

  /** Every entry of an imported memory (by id) or of a project's documents, in order, for an export. */
  *entries(of: { memory: string } | { project: string }): Generator<MemoryEntry> {
    const rows = 'memory' in of
      ? this.db.prepare(`SELECT ${COLUMNS} FROM units WHERE memory = ? ORDER BY id`).iterate(of.memory)
      : this.db.prepare(`SELECT ${COLUMNS} FROM units WHERE memory = '' AND project = ? ORDER BY id`).iterate(of.project);
    for (const row of rows as Iterable<UnitRow>) yield entryOf(row);
  }

  /**
   * After an edit: the units it removed taken out, the entries of the units it touched (and of
   * their neighbours, whose context changed) put in again; `touched` names them all.
   */
  applyChange(project: string, document: string, touched: readonly string[], entries: readonly MemoryEntry[], updated: string): void {
    this.db.transaction(() => {
      const counts = new TermCounts();
      this.deleteRows('document = ? AND unit IN (SELECT value FROM json_each(?))', [document, JSON.stringify([...new Set(touched)])], counts);
      const insert = this.insertStatement(counts);
      for (const entry of entries) insert(entry);
      this.noteDocument(document, project, updated);
      counts.save(this.db);
    })();
  }

  removeDocument(document: string): void {
    this.db.transaction(() => {
      const counts = new TermCounts();
      this.deleteRows('document = ?', [document], counts);
      this.db.prepare('DELETE FROM documents WHERE document = ?').run(document);
      counts.save(this.db);
    })();
  }

  /**
   * The entries that may match a sentence: those sharing the most of its four rarest stems, no
   * more than 200, and none too much shorter or longer to reach `threshold` percent (a score is
   * at most the lighter sentence's weight over the heavier's); `rankMatches` scores them.
   */
  candidates(source: string, threshold = 0, memories: readonly string[] = [''], most = MAX_CANDIDATES): MemoryEntry[] {
    const { weight, digest } = indexedForm(source);
    const inMemories = JSON.stringify(memories);
    // The same sentence is never left to the stems' chances.
    const exact = this.sql(`SELECT id, ${CANDIDATE_COLUMNS} FROM units WHERE digest = ? AND memory IN (SELECT value FROM json_each(?)) LIMIT ${most}`)
      .all(digest, inMemories) as Array<UnitRow & { id: number }>;
    const words = queryWords(source);
    // Each word's weight in the index: the entries found by any of its stems (a little more than the truth, never less).
    const frequency = this.sql('SELECT coalesce(sum(documents), 0) FROM terms WHERE term IN (SELECT value FROM json_each(?))').pluck();
    const rarest = words
      .map((stems) => ({ stems, documents: frequency.get(JSON.stringify(stems)) as number }))
      .filter((word) => word.documents > 0)
      .sort((a, b) => a.documents - b.documents)
      .slice(0, QUERY_TERMS);
    const postings = this.sql(`SELECT rowid AS id FROM words WHERE words MATCH ? LIMIT ${POSTINGS_READ}`).pluck();
    const hits = new Map<number, number>();
    for (const { stems } of rarest) {
      for (const id of postings.all(anyOf(stems)) as number[]) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    for (const row of exact) hits.delete(row.id);
    const best = mostShared(hits, most * 4);
    const ratio = Math.max(0.01, threshold / 100 - 0.05);
    const rows = best.length === 0 ? [] : this.sql(`
      SELECT id, ${CANDIDATE_COLUMNS} FROM units
      WHERE id IN (SELECT value FROM json_each(?)) AND weight BETWEEN ? AND ? AND memory IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(best), weight * ratio - 1, weight / ratio + 1, inMemories) as Array<UnitRow & { id: number }>;
    const order = new Map(best.map((id, k) => [id, k]));
    rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    return [...exact, ...rows].slice(0, most).map(({ id: _id, ...row }) => entryOf(row));
  }

  /**
   * Entries with every word of a query: Sorani words by their bases in the sources, English words
   * by their stems in the translations; at most `limit`, oldest first.
   */
  search(query: string, side: ConcordanceSide, limit: number, memories?: readonly string[], project?: string): MemoryEntry[] {
    const words = side === 'source' ? queryWords(query) : englishTerms(query).map((stem) => [englishTerm(stem)]);
    if (words.length === 0) return [];
    const match = words.map(anyOf).join(' AND ');
    const rows = this.db.prepare(`
      SELECT ${COLUMNS} FROM units WHERE id IN (SELECT rowid FROM words WHERE words MATCH ?)
        AND (? IS NULL OR memory IN (SELECT value FROM json_each(?))) AND (? IS NULL OR project = ? OR memory <> '')
      ORDER BY id LIMIT ?`).all(match, memories ? 1 : null, JSON.stringify(memories ?? []), project ?? null, project ?? null, limit) as UnitRow[];
    return rows.map(entryOf);
  }

  /** Puts an entry in (`form`: its source's `indexedForm`, if already made). */
  /**
   * Up to `size` entries picked at random, the same for five minutes: the memory at large, against
   * which the word pairs of a concordance's hits are learned.
   */
  sample(size = SAMPLE_SIZE): ReadonlyArray<{ source: string; target: string }> {
    if (this.sampled && Date.now() - this.sampled.at < SAMPLE_KEPT_MS) return this.sampled.entries;
    const last = (this.sql('SELECT coalesce(max(id), 0) FROM units').pluck().get() as number);
    const ids = last <= size * 2 ? undefined : Array.from({ length: size }, () => 1 + Math.floor(Math.random() * last));
    const entries = (ids
      ? this.sql('SELECT source, target FROM units WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids))
      : this.sql(`SELECT source, target FROM units LIMIT ${size}`).all()) as Array<{ source: string; target: string }>;
    this.sampled = { at: Date.now(), entries };
    return entries;
  }

  private insertStatement(counts: TermCounts): (entry: MemoryEntry, form?: IndexedForm) => void {
    const unit = this.sql(`INSERT INTO units(memory, project, document, unit, kind, source, target, author, changed, weight, before, after, tokens, digest)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const words = this.sql('INSERT INTO words(rowid, terms) VALUES (?, ?)');
    return (entry, form = indexedForm(entry.source)) => {
      const { terms, weight } = form;
      const { lastInsertRowid } = unit.run(
        entry.memory, entry.project, entry.document, entry.unit, entry.kind, entry.source, entry.target, entry.author ?? null, entry.changed ?? null, weight,
        entry.before ?? null, entry.after ?? null, form.tokens, form.digest,
      );
      words.run(lastInsertRowid, `${terms.join(' ')} ${englishTerms(entry.target).map(englishTerm).join(' ')}`);
      counts.add(terms, 1);
    };
  }

  /** Deletes the entries a condition on `units` picks, their terms and what they counted. */
  private deleteRows(where: string, values: readonly unknown[], counts: TermCounts): void {
    const rows = this.db.prepare(`SELECT id, tokens FROM units WHERE ${where}`).all(...values) as Array<{ id: number; tokens: string }>;
    if (rows.length === 0) return;
    for (const row of rows) counts.add(termsOf(row.tokens), -1);
    const ids = JSON.stringify(rows.map((row) => row.id));
    this.db.prepare('DELETE FROM words WHERE rowid IN (SELECT value FROM json_each(?))').run(ids);
    this.db.prepare('DELETE FROM units WHERE id IN (SELECT value FROM json_each(?))').run(ids);
  }

  private noteDocument(document: string, project: string, updated: string): void {
    this.db.prepare('INSERT OR REPLACE INTO documents(document, project, updated) VALUES (?, ?, ?)').run(document, project, updated);
  }
}

/**
 * How many entries each term is found in, counted in memory over one transaction and written once
 * at its end (a document's 50,000 entries make about as many distinct terms as they hold words).
 */
class TermCounts {
  private readonly deltas = new Map<string, number>();

  add(terms: readonly string[], by: number): void {
    for (const term of terms) this.deltas.set(term, (this.deltas.get(term) ?? 0) + by);
  }

  save(db: Database.Database): void {
    const upsert = db.prepare('INSERT INTO terms(term, documents) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET documents = documents + excluded.documents');
    for (const [term, delta] of this.deltas) if (delta !== 0) upsert.run(term, delta);
  }
}

/**
 * English stems share the one FTS5 column with the Sorani bases (a table with `detail=none` cannot
 * be searched by column), marked with a leading 0, which no Sorani base has (digits are not indexed).
 */
const englishTerm = (stem: string): string => `0${stem}`;

/** Any of some terms, as an FTS5 query (inner quotes doubled). */
const anyOf = (terms: readonly string[]): string => `(${terms.map((term) => `"${term.replace(/"/gu, '""')}"`).join(' OR ')})`;

const COLUMNS = 'before, after, memory, project, document, unit, kind, source, target, author, changed';
const CANDIDATE_COLUMNS = `${COLUMNS}, tokens`;

/** The `most` entries sharing the most of a query's terms (`hits`: entry → how many), by bucket rather than by sorting them all. */
function mostShared(hits: ReadonlyMap<number, number>, most: number): number[] {
  const buckets: number[][] = [];
  for (const [id, shared] of hits) (buckets[shared] ??= []).push(id);
  const best: number[] = [];
  for (let shared = buckets.length - 1; shared > 0 && best.length < most; shared--) {
    for (const id of buckets[shared] ?? []) {
      if (best.length === most) break;
      best.push(id);
    }
  }
  return best;
}

/** A row as an entry: SQL's nulls left out. */
function entryOf({ before, after, author, changed, tokens, ...row }: Omit<UnitRow, 'tokens'> & { tokens?: string | null }): MemoryEntry {
  return {
    ...row, ...(before === null ? {} : { before }), ...(after === null ? {} : { after }),
    ...(author === null ? {} : { author }), ...(changed === null ? {} : { changed }), ...(tokens === null || tokens === undefined ? {} : { tokens }),
  };
}

/** The key an imported memory's entries are kept under, beside the documents' ids. */
export const memoryDocument = (memoryId: string): string => `memory:${memoryId}`;

/** A module built for the other runtime (Electron's ABI under Node, or the reverse) says so in words. */
function checkNativeModule(): void {
  try {
    new Database(':memory:').close();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/NODE_MODULE_VERSION|was compiled against/u.test(message)) throw error;
    throw new ApiError('internal', `the translation memory's SQLite module was built for another runtime (${message.split('\n')[0]}); run npm rebuild better-sqlite3 (for Node) or npx electron-builder install-app-deps (for the app)`);
  }
}

function connect(path: string): Database.Database {
  const db = new Database(path, { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // 64 MB of page cache: building a million entries merges FTS5 segments that would not fit in the default 2 MB.
  db.pragma('cache_size = -65536');
  return db;
}

function hasTables(db: Database.Database): boolean {
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((row) => row.name);
  return ['units', 'words', 'terms', 'documents'].every((name) => names.includes(name));
}

function isEmpty(db: Database.Database): boolean {
  return (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n === 0;
}

function createTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE units(
      id INTEGER PRIMARY KEY,
      memory TEXT NOT NULL, project TEXT NOT NULL, document TEXT NOT NULL, unit TEXT NOT NULL,
      kind TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, author TEXT, changed TEXT, weight REAL NOT NULL,
      before INTEGER, after INTEGER, tokens TEXT NOT NULL, digest INTEGER NOT NULL
    );
    CREATE INDEX units_by_document ON units(document, unit);
    CREATE INDEX units_by_digest ON units(digest);
    CREATE VIRTUAL TABLE words USING fts5(terms, content='', contentless_delete=1, detail='none', tokenize='ascii');
    INSERT INTO words(words, rank) VALUES ('automerge', 16);
    CREATE TABLE terms(term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE documents(document TEXT PRIMARY KEY, project TEXT NOT NULL, updated TEXT NOT NULL);
    PRAGMA user_version = ${SCHEMA_VERSION};
  `);
}

