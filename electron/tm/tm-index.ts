import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../../shared/api';
import type { DocumentFile, Unit } from '../../shared/project';
import {
  englishTerms, memoryEntryOf, memoryKindOf, queryWords, queryWordsOf, termsOf, tmTokens, tokensDigest, type ConcordanceSide, type MemoryEntry,
} from '../../shared/tm';
import { unitSourceText, unitTargetText } from '../../shared/project';
import { englishTerm, ftsToken, sentenceForm, type SentenceForm } from './sentence-form';
import type { FormReader } from './index-builder';

/** Bumped when the tables change: an index of another version is rebuilt from the documents. */
const SCHEMA_VERSION = 12;
/**
 * Candidates: the entries found by a sentence's four rarest stems (each stem's list read up to
 * 20,000 entries, newest first), those sharing the most of them first, at most 200 scored.
 */
const QUERY_TERMS = 4;
const POSTINGS_READ = 20_000;
const MAX_CANDIDATES = 200;
/**
 * An analysis needs each segment's best band only: the 20 entries sharing most of its rarest
 * stems (two at least) are enough to find it (bench/tm.ts measures how often).
 */
export const ANALYSIS_CANDIDATES = { most: 20, minShared: 2 } as const;
/** The memory at large, for learning word pairs: a thousand entries tell a word's usual frequency well enough. */
const SAMPLE_SIZE = 1000;
const SAMPLE_KEPT_MS = 5 * 60_000;
/** An imported memory is written 5,000 entries to a transaction. */
const MEMORY_BATCH = 5000;

/** The entries a person confirmed, of the library's documents (not imported memories, not unconfirmed alignments). */
const CONFIRMED = "memory = '' AND kind IN ('approved', 'translated', 'confirmed')";

/** An entry as SQLite hands it back: the optional fields are there, null when absent. */
type UnitRow = { readonly [K in keyof MemoryEntry]-?: undefined extends MemoryEntry[K] ? Exclude<MemoryEntry[K], undefined> | null : MemoryEntry[K] };
type CandidateRow = UnitRow & { readonly id: number };

export interface CandidateOptions {
  /** The memories to look in ('' for the library's documents). */
  readonly memories?: readonly string[];
  readonly most?: number;
  /** Leaves out a document's own entries (an analysis does not match a document against itself). */
  readonly notInDocument?: string;
  /** The same sentence found, nothing else is looked for (an analysis wants the best band only). */
  readonly exactEnough?: boolean;
  /** Entries found by fewer of those stems are left out (unless fewer stems were found). */
  readonly minShared?: number;
}

/**
 * What the lookups of one job (an analysis, a pre-translation) share: each stem's frequency and
 * posting list, read once. A job reads the index as it was when each stem was first met.
 */
export class CandidateWork {
  private readonly frequencies = new Map<string, number>();
  private readonly lists = new Map<string, Int32Array>();
  private held = 0;

  constructor(private readonly limit = 0) {}

  frequency(query: string, read: () => number): number {
    if (this.limit === 0) return read();
    let documents = this.frequencies.get(query);
    if (documents === undefined) this.frequencies.set(query, (documents = read()));
    return documents;
  }

  postings(query: string, read: () => Int32Array): Int32Array {
    if (this.limit === 0) return read();
    let list = this.lists.get(query);
    if (!list) {
      list = read();
      // Past its limit a job forgets what it read and starts again: its memory stays bounded.
      if (this.held + list.length > this.limit) {
        this.lists.clear();
        this.held = 0;
      }
      this.lists.set(query, list);
      this.held += list.length;
    }
    return list;
  }
}

/** A job keeps up to 16 million posting ids (64 MB). */
export const jobWork = (): CandidateWork => new CandidateWork(16_000_000);

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

  /** The index at `path` for reading only (a worker thread's own connection to it); it must be there. */
  static openReader(path: string): TmIndex {
    const db = new Database(path, { readonly: true, fileMustExist: true, timeout: 10_000 });
    // A reader merges no segments: half the writer's page cache (each worker of an analysis has one).
    db.pragma('cache_size = -32768');
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

  /**
   * Puts every unit of a document in the index (in place of what it had of it), as of its last
   * change `updated`; `forms`: each unit's sentence form, read elsewhere (a worker thread) already.
   */
  indexDocument(
    memory: string, project: string, document: Pick<DocumentFile, 'id'> & { units: Iterable<Unit> }, updated: string, forms?: readonly SentenceForm[],
  ): number {
    let count = 0;
    this.db.transaction(() => {
      const counts = new TermCounts();
      this.deleteRows('document = ?', [document.id], counts);
      const insert = this.insertStatement(counts);
      // Each unit with its neighbours, as the units go by (a document may be walked only once), each sentence read once.
      let before: SentenceForm | undefined;
      let current: { unit: Unit; form: SentenceForm } | undefined;
      const put = (after: SentenceForm | undefined): void => {
        const entry = current && memoryEntryOf(current.unit, { memory, project, document: document.id }, { before: before?.digest, after: after?.digest });
        if (entry && current) {
          insert(entry, current.form);
          count++;
        }
      };
      let k = 0;
      for (const unit of document.units) {
        const form = forms?.[k++] ?? sentenceForm(unitSourceText(unit), memoryKindOf(unit) ? unitTargetText(unit) : '');
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
   * An imported memory's entries, added as its file is read and written in batches of 5,000 (a
   * transaction each) by `drain`, their sentences read by `reader` (worker threads) where it can:
   * `finish` marks the memory indexed as of `updated`; `abandon` takes back what was added.
   */
  memoryWriter(memoryId: string, reader?: FormReader): {
    add(source: string, target: string): void; drain(): Promise<void>; finish(updated: string): Promise<number>; abandon(): void;
  } {
    const document = memoryDocument(memoryId);
    let batch: MemoryEntry[] = [];
    let count = 0;
    const write = async (entries: MemoryEntry[]): Promise<void> => {
      const forms = await reader?.forms(entries.map((entry) => [entry.source, entry.target] as const));
      this.db.transaction(() => {
        const counts = new TermCounts();
        const insert = this.insertStatement(counts);
        entries.forEach((entry, k) => insert(entry, forms?.[k]));
        counts.save(this.db);
      })();
    };
    this.removeDocument(document);
    return {
      add: (source, target) => {
        if (source.trim() === '' || target.trim() === '') return;
        batch.push({ memory: memoryId, project: '', document, unit: `t${count++}`, kind: 'memory', source, target });
      },
      drain: async () => {
        while (batch.length >= MEMORY_BATCH) await write(batch.splice(0, MEMORY_BATCH));
      },
      finish: async (updated) => {
        while (batch.length > 0) await write(batch.splice(0, MEMORY_BATCH));
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
   * The entries that may match a sentence: the same sentence (by digest) first, then those found
   * by the most of its four rarest stems (the newest entries of each), no more than `most` (200);
   * `rankMatches` scores them. `work`: what a job of many lookups shares.
   */
  candidates(source: string, options: CandidateOptions = {}, work: CandidateWork = new CandidateWork()): MemoryEntry[] {
    const { memories = [''], most = MAX_CANDIDATES, notInDocument = null } = options;
    const tokens = tmTokens(source);
    const digest = tokensDigest(tokens);
    const inMemories = JSON.stringify(memories);
    // The same sentence is never left to the stems' chances.
    const exact = this.sql(`SELECT id, ${CANDIDATE_COLUMNS} FROM units
      WHERE digest = ? AND memory IN (SELECT value FROM json_each(?)) AND (? IS NULL OR document <> ?) LIMIT ${most}`)
      .all(digest, inMemories, notInDocument, notInDocument) as CandidateRow[];
    if (exact.length > 0 && options.exactEnough) return exact.map(entryOf);
    // Each word's weight in the index: the entries found by any of its stems (a little more than the truth, never less).
    const frequency = this.sql('SELECT coalesce(sum(documents), 0) FROM terms WHERE term IN (SELECT value FROM json_each(?))').pluck();
    const rarest = queryWordsOf(tokens)
      .filter((stems) => stems.some((stem) => ftsToken(stem) !== ''))
      .map((stems) => {
        const query = anyOf(stems);
        return { query, documents: work.frequency(query, () => frequency.get(JSON.stringify(stems)) as number) };
      })
      .filter((word) => word.documents > 0)
      .sort((a, b) => a.documents - b.documents)
      .slice(0, QUERY_TERMS);
    // The newest entries of each stem first: a memory's recent translations are the ones to offer.
    const postings = this.sql(`SELECT rowid AS id FROM words WHERE words MATCH ? ORDER BY rowid DESC LIMIT ${POSTINGS_READ}`).pluck();
    const lists = rarest.map(({ query }) => work.postings(query, () => Int32Array.from(postings.all(query) as number[])));
    const skip = new Set(exact.map((row) => row.id));
    const best = this.mostShared(lists, most * 4, options.minShared ?? 1).filter((id) => !skip.has(id));
    const kept = best.slice(0, Math.max(0, most - exact.length));
    const rows = (kept.length === 0 ? [] : this.sql(`SELECT id, ${CANDIDATE_COLUMNS} FROM units WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(kept)) as CandidateRow[])
      .filter((row) => memories.includes(row.memory) && row.document !== notInDocument);
    const order = new Map(kept.map((id, k) => [id, k]));
    rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    return [...exact, ...rows].map(entryOf);
  }

  /** How many times each entry was counted, by id (kept between lookups, all zeros between them). */
  private counts = new Uint8Array(1 << 16);

  /**
   * The `most` entries found in the most of some posting lists (each sorted, each entry once),
   * counted in a table by id and picked by count rather than by sorting them all.
   */
  private mostShared(lists: readonly Int32Array[], most: number, minShared: number): number[] {
    let counts = this.counts;
    let last = 0;
    for (const list of lists) last = Math.max(last, list[0] ?? 0, list[list.length - 1] ?? 0);
    if (last >= counts.length) counts = this.counts = new Uint8Array(Math.max(last + 1, counts.length * 2));
    for (const list of lists) {
      for (let k = 0; k < list.length; k++) {
        const id = list[k] as number;
        counts[id] = (counts[id] as number) + 1;
      }
    }
    const buckets: number[][] = Array.from({ length: lists.length + 1 }, () => []);
    for (const list of lists) {
      for (let k = 0; k < list.length; k++) {
        const id = list[k] as number;
        const shared = counts[id] as number;
        if (shared === 0) continue;
        counts[id] = 0;
        (buckets[shared] as number[]).push(id);
      }
    }
    const best: number[] = [];
    for (let shared = lists.length; shared >= Math.min(minShared, lists.length) && shared > 0 && best.length < most; shared--) {
      for (const id of buckets[shared] as number[]) {
        if (best.length === most) break;
        best.push(id);
      }
    }
    return best;
  }

  /**
   * Entries with every word of a query: Sorani words by their bases in the sources, English words
   * by their stems in the translations; at most `limit`, oldest first.
   */
  search(query: string, side: ConcordanceSide, limit: number, memories?: readonly string[], project?: string): MemoryEntry[] {
    const words = (side === 'source' ? queryWords(query) : englishTerms(query).map((stem) => [englishTerm(stem)]))
      .filter((stems) => stems.some((stem) => ftsToken(stem) !== ''));
    if (words.length === 0) return [];
    const match = words.map(anyOf).join(' AND ');
    const rows = this.db.prepare(`
      SELECT ${COLUMNS} FROM units WHERE id IN (SELECT rowid FROM words WHERE words MATCH ?)
        AND (? IS NULL OR memory IN (SELECT value FROM json_each(?))) AND (? IS NULL OR project = ? OR memory <> '')
      ORDER BY id LIMIT ?`).all(match, memories ? 1 : null, JSON.stringify(memories ?? []), project ?? null, project ?? null, limit) as UnitRow[];
    return rows.map(entryOf);
  }

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

  /**
   * The units people confirmed in the library's documents (approved, translated, confirmed
   * alignments), newest first, at most `limit`: what the aligner learns word pairs from.
   */
  confirmedPairs(project: string | undefined, limit: number): Array<{ source: string; target: string }> {
    return this.sql(`SELECT source, target FROM units WHERE ${CONFIRMED} AND (? IS NULL OR project = ?) ORDER BY id DESC LIMIT ?`)
      .all(project ?? null, project ?? null, limit) as Array<{ source: string; target: string }>;
  }

  /** Changes whenever a confirmed unit comes in or goes (an edited one comes in anew, with a new id). */
  confirmedStamp(project: string | undefined): string {
    const row = this.sql(`SELECT count(*) AS count, coalesce(max(id), 0) AS last FROM units WHERE ${CONFIRMED} AND (? IS NULL OR project = ?)`)
      .get(project ?? null, project ?? null) as { count: number; last: number };
    return `${row.count}:${row.last}`;
  }

  /** Puts an entry in (`form`: its sentence form, if already made). */
  private insertStatement(counts: TermCounts): (entry: MemoryEntry, form?: SentenceForm) => void {
    const unit = this.sql(`INSERT INTO units(memory, project, document, unit, kind, source, target, author, changed, weight, before, after, tokens, digest)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const words = this.sql('INSERT INTO words(rowid, terms) VALUES (?, ?)');
    return (entry, given) => {
      const form = given ?? sentenceForm(entry.source, entry.target);
      const { terms, weight } = form;
      const { lastInsertRowid } = unit.run(
        entry.memory, entry.project, entry.document, entry.unit, entry.kind, entry.source, entry.target, entry.author ?? null, entry.changed ?? null, weight,
        entry.before ?? null, entry.after ?? null, form.tokens, form.digest,
      );
      words.run(lastInsertRowid, form.fts);
      if (terms !== '') counts.add(terms.split(' '), 1);
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

/** Any of some terms, as an FTS5 query; terms of ASCII punctuation alone (nothing left to search) are left out. */
const anyOf = (terms: readonly string[]): string => `(${terms.map(ftsToken).filter((term) => term !== '').map((term) => `"${term}"`).join(' OR ')})`;

const COLUMNS = 'before, after, memory, project, document, unit, kind, source, target, author, changed';
const CANDIDATE_COLUMNS = `${COLUMNS}, tokens`;


/** A row as an entry: SQL's nulls left out. */
function entryOf(row: Omit<UnitRow, 'tokens'> & { tokens?: string | null; id?: number }): MemoryEntry {
  const entry: { -readonly [K in keyof MemoryEntry]: MemoryEntry[K] } = {
    memory: row.memory, project: row.project, document: row.document, unit: row.unit, kind: row.kind, source: row.source, target: row.target,
  };
  if (row.before !== null) entry.before = row.before;
  if (row.after !== null) entry.after = row.after;
  if (row.author !== null) entry.author = row.author;
  if (row.changed !== null) entry.changed = row.changed;
  if (typeof row.tokens === 'string') entry.tokens = row.tokens;
  return entry;
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
  tune(db);
  return db;
}

function tune(db: Database.Database): void {
  // 64 MB of page cache: building a million entries merges FTS5 segments that would not fit in the default 2 MB.
  db.pragma('cache_size = -65536');
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

