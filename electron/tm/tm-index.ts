import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DocumentFile, Unit } from '../../shared/project';
import { indexTerms, memoryEntryOf, queryTerms, tmTokens, type MemoryEntry, type MemoryKind } from '../../shared/tm';

/** Bumped when the tables change: an index of another version is rebuilt from the documents. */
const SCHEMA_VERSION = 1;
/** How many of a sentence's rarest words find its candidates, and how many candidates are scored at most. */
const QUERY_TERMS = 3;
const MAX_CANDIDATES = 2000;

interface UnitRow {
  readonly memory: string;
  readonly project: string;
  readonly document: string;
  readonly unit: string;
  readonly kind: MemoryKind;
  readonly source: string;
  readonly target: string;
  readonly author: string | null;
  readonly changed: string | null;
}

/**
 * The translation memory's index: every unit of the data directory that can be a match (approved,
 * translated, aligned, with a translation), kept in SQLite (`tm/index.sqlite`, WAL mode, so that
 * every Pird process reads and writes it at once) with an FTS5 table of its words and their
 * stems. Derived data: it is rebuilt from the documents when it is missing, damaged or of another
 * version, and each process updates it as its own changes reach the disk.
 */
export class TmIndex {
  private constructor(private readonly db: Database.Database, readonly rebuilt: boolean) {}

  /** Opens the index, or makes it anew (answering `rebuilt`) when there is none or it cannot be used. */
  static open(path: string): TmIndex {
    mkdirSync(dirname(path), { recursive: true });
    try {
      const db = new Database(path, { timeout: 10_000 });
      try {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        const version = db.pragma('user_version', { simple: true }) as number;
        if (version === SCHEMA_VERSION && db.pragma('quick_check', { simple: true }) === 'ok') return new TmIndex(db, false);
        if (version === 0 && isEmpty(db)) {
          createTables(db);
          return new TmIndex(db, true);
        }
      } catch {
        // damaged: made anew below
      }
      db.close();
    } catch {
      // not a database at all: made anew below
    }
    // Kept aside for whoever wants to look at it; the index itself is made again from the documents.
    for (const suffix of ['', '-wal', '-shm']) {
      try {
        renameSync(`${path}${suffix}`, `${path}.damaged${suffix}`);
      } catch {
        rmSync(`${path}${suffix}`, { force: true });
      }
    }
    const db = new Database(path, { timeout: 10_000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    createTables(db);
    return new TmIndex(db, true);
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
    const insert = this.insertStatement();
    let count = 0;
    this.db.transaction(() => {
      this.deleteDocumentRows(document.id);
      for (const unit of document.units) {
        const entry = memoryEntryOf(unit, { memory, project, document: document.id });
        if (entry) {
          insert(entry);
          count++;
        }
      }
      this.db.prepare('INSERT OR REPLACE INTO documents(document, project, updated) VALUES (?, ?, ?)').run(document.id, project, updated);
    })();
    return count;
  }

  /** After an edit: the units it removed taken out, the units it made put in (their new versions). */
  applyChange(project: string, document: string, removed: readonly string[], units: readonly Unit[], updated: string): void {
    const insert = this.insertStatement();
    const remove = this.db.prepare('DELETE FROM units WHERE document = ? AND unit = ? RETURNING id');
    const removeWords = this.db.prepare('DELETE FROM words WHERE rowid = ?');
    this.db.transaction(() => {
      for (const id of new Set([...removed, ...units.map((u) => u.id)])) {
        for (const row of remove.all(document, id) as Array<{ id: number }>) removeWords.run(row.id);
      }
      for (const unit of units) {
        const entry = memoryEntryOf(unit, { memory: '', project, document });
        if (entry) insert(entry);
      }
      this.db.prepare('INSERT OR REPLACE INTO documents(document, project, updated) VALUES (?, ?, ?)').run(document, project, updated);
    })();
  }

  removeDocument(document: string): void {
    this.db.transaction(() => {
      this.deleteDocumentRows(document);
      this.db.prepare('DELETE FROM documents WHERE document = ?').run(document);
    })();
  }

  /**
   * The entries that may match a sentence: those sharing one of its three rarest words (by stem),
   * at most 2,000; `rankMatches` scores them.
   */
  candidates(source: string, memories: readonly string[] = ['']): MemoryEntry[] {
    const terms = queryTerms(tmTokens(source));
    if (terms.length === 0) return [];
    const frequency = this.db.prepare('SELECT doc FROM words_vocab WHERE term = ?');
    const rarest = terms
      .map((term) => ({ term, documents: (frequency.get(term) as { doc: number } | undefined)?.doc ?? 0 }))
      .filter((t) => t.documents > 0)
      .sort((a, b) => a.documents - b.documents)
      .slice(0, QUERY_TERMS);
    if (rarest.length === 0) return [];
    const query = rarest.map((t) => `"${t.term.replace(/"/gu, '""')}"`).join(' OR ');
    const rows = this.db.prepare(`
      SELECT u.memory, u.project, u.document, u.unit, u.kind, u.source, u.target, u.author, u.changed
      FROM (SELECT rowid FROM words WHERE words MATCH ? LIMIT ${MAX_CANDIDATES}) AS w JOIN units AS u ON u.id = w.rowid
      WHERE u.memory IN (${memories.map(() => '?').join(',')})`).all(query, ...memories) as UnitRow[];
    return rows.map(({ author, changed, ...row }) => ({ ...row, ...(author === null ? {} : { author }), ...(changed === null ? {} : { changed }) }));
  }

  /** How many entries the index holds. */
  size(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;
  }

  private insertStatement(): (entry: MemoryEntry) => void {
    const unit = this.db.prepare(`INSERT INTO units(memory, project, document, unit, kind, source, target, author, changed)
      VALUES (@memory, @project, @document, @unit, @kind, @source, @target, @author, @changed)`);
    const words = this.db.prepare('INSERT INTO words(rowid, terms) VALUES (?, ?)');
    return (entry) => {
      const { lastInsertRowid } = unit.run({ author: null, changed: null, ...entry });
      words.run(lastInsertRowid, indexTerms(tmTokens(entry.source)).join(' '));
    };
  }

  private deleteDocumentRows(document: string): void {
    this.db.prepare('DELETE FROM words WHERE rowid IN (SELECT id FROM units WHERE document = ?)').run(document);
    this.db.prepare('DELETE FROM units WHERE document = ?').run(document);
  }
}

function isEmpty(db: Database.Database): boolean {
  return (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n === 0;
}

function createTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE units(
      id INTEGER PRIMARY KEY,
      memory TEXT NOT NULL, project TEXT NOT NULL, document TEXT NOT NULL, unit TEXT NOT NULL,
      kind TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, author TEXT, changed TEXT
    );
    CREATE INDEX units_by_document ON units(document, unit);
    CREATE VIRTUAL TABLE words USING fts5(terms, content='', contentless_delete=1, detail='none', tokenize='unicode61 remove_diacritics 0');
    CREATE VIRTUAL TABLE words_vocab USING fts5vocab(words, 'row');
    CREATE TABLE documents(document TEXT PRIMARY KEY, project TEXT NOT NULL, updated TEXT NOT NULL);
    PRAGMA user_version = ${SCHEMA_VERSION};
  `);
}

