import { join } from 'node:path';
import { parseInput, type PirdApi, type TmMatchResult } from '../../shared/api';
import { rankMatches, type TmMatch } from '../../shared/tm';
import { TmIndex } from '../tm/tm-index';
import type { DocumentAccess, DocumentChange } from './document-access';
import type { LibraryAccess } from './library-access';

/** How often a lookup looks for documents changed or added by other processes since. */
const SYNC_EVERY_MS = 2000;

/**
 * The translation memory as the service keeps it: the index opened on first use, brought up to
 * date with the library (documents other processes added or changed since are read again; gone
 * ones taken out) before lookups, and told of this process's own changes as they reach the disk.
 */
export class TmAccess {
  private index: TmIndex | undefined;
  private syncedAt = 0;
  private syncing: Promise<TmIndex> | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly library: LibraryAccess,
    private readonly documents: DocumentAccess,
  ) {}

  /**
   * Runs `use` on the up-to-date index; an index found damaged in use is moved aside, made anew
   * from the documents, and `use` runs again.
   */
  async with<T>(use: (index: TmIndex) => T): Promise<T> {
    try {
      return use(await this.ready());
    } catch (error) {
      if (!TmIndex.isDamage(error)) throw error;
      this.close();
      this.index = TmIndex.open(this.path, true);
      this.syncedAt = 0;
      return use(await this.ready());
    }
  }

  private get path(): string {
    return join(this.dataDir, 'tm', 'index.sqlite');
  }

  /** The index, up to date with every document of the library. */
  ready(): Promise<TmIndex> {
    if (this.index && Date.now() - this.syncedAt < SYNC_EVERY_MS) return Promise.resolve(this.index);
    this.syncing ??= this.sync().finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  /** A change this process made: the index follows at once (it is derived data: a failure only means a later resync). */
  noteChange(change: DocumentChange): void {
    if (!this.index) return;
    try {
      this.index.applyChange(change.project, change.document, change.removed, change.units, change.updatedAt);
    } catch {
      this.syncedAt = 0;
    }
  }

  close(): void {
    this.index?.close();
    this.index = undefined;
  }

  private async sync(): Promise<TmIndex> {
    const index = (this.index ??= TmIndex.open(this.path));
    const indexed = index.indexedDocuments();
    const listed = new Set<string>();
    for (const project of (await this.library.read()).projects) {
      for (const summary of project.documents) {
        listed.add(summary.id);
        if (indexed.get(summary.id) === summary.updatedAt) continue;
        const document = await this.documents.exported(summary.id);
        index.indexDocument('', project.id, document, summary.updatedAt);
        // A large library takes a while the first time: other requests go in between documents.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    for (const document of indexed.keys()) if (!listed.has(document)) index.removeDocument(document);
    this.syncedAt = Date.now();
    return index;
  }
}

const STATUS_OF_KIND = { approved: 'approved', translated: 'translated', confirmed: 'aligned', aligned: 'aligned' } as const;

function asResult(match: TmMatch): TmMatchResult {
  const { comparison } = match;
  const span = (tokens: typeof comparison.current, k: number | undefined): [number, number] | undefined => {
    const token = k === undefined ? undefined : tokens[k];
    return token ? [token.start, token.end] : undefined;
  };
  return {
    score: match.score, source: match.source, target: match.target, suggestion: match.suggestion, adapted: match.adapted,
    memory: match.memory, project: match.project, document: match.document, unit: match.unit,
    status: STATUS_OF_KIND[match.kind], kind: match.kind,
    ...(match.author === undefined ? {} : { author: match.author }), ...(match.changed === undefined ? {} : { changed: match.changed }),
    diff: comparison.ops.map((op) => {
      const current = span(comparison.current, op.current);
      const stored = span(comparison.stored, op.stored);
      return { kind: op.kind, ...(current ? { current } : {}), ...(stored ? { stored } : {}) };
    }),
  };
}

export function createTmApi(tm: TmAccess, library: LibraryAccess): Pick<PirdApi, 'tmLookup'> {
  return {
    async tmLookup(input) {
      const { projectId, text, documentId, unitId, limit, threshold } = parseInput('tmLookup', input);
      const candidates = (await tm.with((index) => index.candidates(text, threshold))).filter((entry) => !(entry.unit === unitId && entry.document === documentId));
      const names = new Map<string, { projectName: string; documentName: string }>();
      for (const project of (await library.read()).projects) {
        for (const document of project.documents) names.set(document.id, { projectName: project.name, documentName: document.name });
      }
      return { matches: rankMatches(text, candidates, { project: projectId, threshold, limit }).map((match) => ({ ...asResult(match), ...names.get(match.document) })) };
    },
  };
}
