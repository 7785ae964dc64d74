import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ApiError, parseInput, type PirdApi, type TmMatchResult } from '../../shared/api';
import { FormatError, TMX_CLOSING, tmxOpening, tmxReader, tmxUnit } from '../../shared/formats';
import { EMPTY_MEMORIES, migrateMemories, type MemoriesFile, type MemoryInfo } from '../../shared/project';
import type { Lexicon } from '../../shared/align';
import type { GlossaryEntry } from '../../shared/glossary';
import {
  DEFAULT_PENALTIES, type ConcordanceSide, concordanceSide, contextOf, englishSpans, englishTerms, findQuery, learnedCounterparts, memoryEntryOf, rankMatches, sameWord, sideTerms,
  soraniSpans, tmTokens, type MatchPenalties, type TmMatch,
} from '../../shared/tm';
import { textChunks } from '../corpus/read-chunks';
import { writeFileDurably } from '../store/durable-file';
import { JsonFileStore } from '../store/json-file-store';
import { SharedJsonFile } from '../store/shared-json-file';
import { bestMatchesInWorkers, type MatchWatch } from '../tm/analysis-pool';
import { yieldTurn } from './jobs';
import { bestMatchesIn, type BestMatch, type BestMatchJob, type SegmentQuery } from '../tm/best-matches';
import { formReader, indexDocuments } from '../tm/index-builder';
import { TmIndex, jobWork, memoryDocument } from '../tm/tm-index';
import type { DocumentAccess, DocumentChange } from './document-access';
import type { LibraryAccess } from './library-access';

/** Documents of this many segments or more are matched in worker threads. */
const WORKERS_FROM = 2000;

/** A change to more units than this is indexed by a resync after it, not while it is answered. */
const INDEXED_INLINE_MOST = 1000;

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
  /** Whether the index has been brought up to date with the library once in this process. */
  private readOnce = false;
  private syncing: Promise<TmIndex> | undefined;
  /** `memories.json`: the imported memories, shared by every process. */
  readonly memories: SharedJsonFile<MemoriesFile>;

  constructor(
    private readonly dataDir: string,
    private readonly library: LibraryAccess,
    private readonly documents: DocumentAccess,
    now: () => Date,
    private readonly workersFrom = WORKERS_FROM,
  ) {
    this.memories = new SharedJsonFile(new JsonFileStore(join(dataDir, 'memories.json'), migrateMemories, now));
  }

  async memoryList(): Promise<MemoryInfo[]> {
    return ((await this.memories.read()) ?? EMPTY_MEMORIES).memories;
  }

  /** Where an imported memory's TMX file is kept. */
  memoryFile(id: string): string {
    return join(this.dataDir, 'memories', `${id}.tmx`);
  }

  /**
   * Imports a TMX file as a memory: kept in the data directory (`memories/<id>.tmx`, written before
   * anything is indexed), read from there as a stream into the index, listed in `memories.json`
   * only when all of it was read. A file that cannot be read leaves nothing behind.
   */
  async importMemory(info: Omit<MemoryInfo, 'units' | 'sourceLang' | 'targetLang'>, keep: (path: string) => Promise<void>): Promise<MemoryInfo> {
    if ((await this.memoryList()).some((memory) => memory.name === info.name)) throw new ApiError('invalid-input', `there is a memory called "${info.name}" already`);
    const path = this.memoryFile(info.id);
    await mkdir(dirname(path), { recursive: true });
    await keep(path);
    const index = await this.ready();
    try {
      const { units, languages } = await indexTmx(index, info.id, path, info.fileName, info.importedAt);
      if (units === 0) throw new ApiError('invalid-input', `${info.fileName}: no translation units found`);
      const memory: MemoryInfo = { ...info, units, sourceLang: languages.sourceLang ?? 'ckb', targetLang: languages.targetLang ?? 'en' };
      await this.memories.update((onDisk) => {
        const file = onDisk ?? EMPTY_MEMORIES;
        if (file.memories.some((m) => m.name === info.name)) throw new ApiError('invalid-input', `there is a memory called "${info.name}" already`);
        return { value: { ...file, memories: [...file.memories, memory] }, result: undefined };
      });
      return memory;
    } catch (error) {
      index.removeDocument(memoryDocument(info.id));
      await rm(path, { force: true });
      throw error;
    }
  }

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

  /**
   * The best match of each segment, in order: in worker threads for a long document (each core
   * takes a part), else here, letting other requests in every 200 segments.
   */
  async bestMatches(job: BestMatchJob, segments: readonly SegmentQuery[], watch?: MatchWatch): Promise<Array<BestMatch | undefined>> {
    await this.ready();
    if (segments.length >= this.workersFrom) {
      try {
        return await bestMatchesInWorkers(this.path, job, segments, watch);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'cancelled') throw error;
        // A worker that cannot start or read (a damaged index is made anew below): the work is done here instead.
      }
    }
    const work = jobWork();
    const results: Array<BestMatch | undefined> = [];
    for (let from = 0; from < segments.length; from += 200) {
      const batch = segments.slice(from, from + 200);
      results.push(...(await this.with((index) => [...bestMatchesIn(index, job, batch, work)])));
      watch?.advance(batch.length);
      await yieldTurn();
      watch?.checkpoint();
    }
    return results;
  }

  private get path(): string {
    return join(this.dataDir, 'tm', 'index.sqlite');
  }

  /**
   * Runs `use` on the index as it is, without waiting for other processes' changes to be read in
   * (a resync is begun if one is due): for reads that may lag a moment, such as the word pairs the
   * aligner learns. The first use opens and reads it as `with` does.
   */
  async withCurrent<T>(use: (index: TmIndex) => T): Promise<T> {
    const index = this.index;
    if (!index || !this.readOnce) return this.with(use);
    if (Date.now() - this.syncedAt >= SYNC_EVERY_MS) void this.ready().catch(() => undefined);
    try {
      return use(index);
    } catch (error) {
      if (!TmIndex.isDamage(error)) throw error;
      return this.with(use);
    }
  }

  /** The index, up to date with every document of the library. */
  ready(): Promise<TmIndex> {
    if (this.index && Date.now() - this.syncedAt < SYNC_EVERY_MS) return Promise.resolve(this.index);
    this.syncing ??= this.sync().finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  /**
   * A change this process made: the index follows at once (it is derived data: a failure only means
   * a later resync). A large change (an alignment of a whole document) is read again by a resync
   * begun right after it, in worker threads, so that the change is answered first.
   */
  noteChange(change: DocumentChange): void {
    if (!this.index) return;
    const { after, index, count, project } = change;
    if (count > INDEXED_INLINE_MOST) {
      this.syncedAt = 0;
      setImmediate(() => void this.ready().catch(() => undefined));
      return;
    }
    // The new units and their neighbours (their context changed), each with its own neighbours.
    const from = Math.max(0, index - 1);
    const to = Math.min(after.units.length, index + count + 1);
    const touched = [...change.removed];
    const entries = [];
    for (let k = from; k < to; k++) {
      const unit = after.units[k];
      if (!unit) continue;
      touched.push(unit.id);
      const entry = memoryEntryOf(unit, { memory: '', project, document: after.id }, contextOf(after.units[k - 1], after.units[k + 1]));
      if (entry) entries.push(entry);
    }
    try {
      this.index.applyChange(project, after.id, touched, entries, after.updatedAt);
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
    const projects = (await this.library.read()).projects;
    for (const project of projects) for (const summary of project.documents) listed.add(summary.id);
    const documents = this.documents;
    // Each document read as the one before it is written (indexDocuments keeps both cores busy).
    await indexDocuments(index, (async function* changed() {
      for (const project of projects) {
        for (const summary of project.documents) {
          if (indexed.get(summary.id) === summary.updatedAt) continue;
          yield { project: project.id, document: await documents.exported(summary.id), updated: summary.updatedAt };
        }
      }
    })());
    for (const memory of await this.memoryList()) {
      const key = memoryDocument(memory.id);
      listed.add(key);
      if (indexed.get(key) === memory.importedAt) continue;
      // A file gone or damaged leaves nothing of it in the index: the memory offers nothing until imported again.
      await indexTmx(index, memory.id, this.memoryFile(memory.id), memory.fileName, memory.importedAt).catch(() => undefined);
    }
    for (const document of indexed.keys()) if (!listed.has(document)) index.removeDocument(document);
    this.syncedAt = Date.now();
    this.readOnce = true;
    return index;
  }
}

/**
 * A kept TMX file read into the index as memory `id`, 5,000 entries at a time, their sentences read
 * in worker threads where there are enough: its units and the languages its header declares. A file
 * that cannot be read leaves nothing of it in the index.
 */
async function indexTmx(index: TmIndex, id: string, path: string, fileName: string, importedAt: string) {
  const reader = formReader();
  const writer = index.memoryWriter(id, reader);
  try {
    const languages = await readTmx(path, fileName, (source, target) => writer.add(source, target), () => writer.drain());
    return { languages, units: await writer.finish(importedAt) };
  } catch (error) {
    writer.abandon();
    throw error;
  } finally {
    await reader.close();
  }
}

/** A TMX file read as a stream from disk, each pair handed on; the languages its header declares. */
async function readTmx(path: string, fileName: string, add: (source: string, target: string) => void, afterChunk: () => Promise<void>) {
  const reader = tmxReader(fileName, (_document, pair) => add(pair.source, pair.target));
  try {
    for await (const chunk of textChunks(path)) {
      reader.write(chunk);
      await afterChunk();
    }
    return reader.close();
  } catch (error) {
    if (error instanceof FormatError) throw new ApiError('invalid-input', `${fileName}: ${error.message}`);
    if (error instanceof Error && /not valid UTF-8/u.test(error.message)) throw new ApiError('invalid-input', `${fileName}: not valid UTF-8 or UTF-16 text`);
    throw error;
  }
}

/** A project's penalties: its own settings over the defaults. */
export function penaltiesOf(settings: { readonly [K in keyof MatchPenalties]?: number | undefined } | undefined): MatchPenalties {
  const penalties = { ...DEFAULT_PENALTIES };
  for (const key of Object.keys(penalties) as Array<keyof MatchPenalties>) penalties[key] = settings?.[key] ?? DEFAULT_PENALTIES[key];
  return penalties;
}

const STATUS_OF_KIND = { approved: 'approved', translated: 'translated', confirmed: 'aligned', aligned: 'aligned', memory: 'translated' } as const;

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

type TmMethods = Pick<PirdApi, 'tmLookup' | 'setProjectTm' | 'listMemories' | 'importMemory' | 'exportMemory'>;

export function createTmApi(tm: TmAccess, library: LibraryAccess, freshId: (prefix: string) => string, now: () => Date, appVersion: string): TmMethods {
  return {
    async tmLookup(input) {
      const { projectId, text, documentId, unitId, limit, threshold, before, after } = parseInput('tmLookup', input);
      const project = await library.project(projectId);
      const memories = project.tm?.memories ?? (await tm.memoryList()).map((memory) => memory.id);
      const candidates = (await tm.with((index) => index.candidates(text, { memories: ['', ...memories] })))
        .filter((entry) => !(entry.unit === unitId && entry.document === documentId));
      const names = await documentNames(tm, library);
      const context = before === undefined && after === undefined ? undefined : contextOf(before, after);
      const ranked = rankMatches(text, candidates, { project: projectId, threshold, limit, penalties: penaltiesOf(project.tm?.penalties), ...(context ? { context } : {}) });
      return { matches: ranked.map((match) => ({ ...asResult(match), ...names.get(match.document) })) };
    },
    async setProjectTm(input) {
      const { projectId, tm: settings } = parseInput('setProjectTm', input);
      return library.updateProject(projectId, (p) => ({ ...p, tm: settings }));
    },
    async listMemories(input) {
      parseInput('listMemories', input);
      return { memories: await tm.memoryList() };
    },
    async importMemory(input) {
      const { name, fileName, contentBase64 } = parseInput('importMemory', input);
      const bytes = Buffer.from(contentBase64, 'base64');
      return tm.importMemory({ id: freshId('m'), name, fileName, importedAt: now().toISOString() }, (path) => writeFileDurably(path, bytes));
    },
    async exportMemory(input) {
      const { name } = parseInput('exportMemory', input);
      const pieces: string[] = [];
      const units = await exportMemoryTmx(tm, library, name, appVersion, now(), (piece) => {
        pieces.push(piece);
      });
      return { fileName: `${name.replace(/[\\/:*?"<>|]+/gu, '_')}.tmx`, content: pieces.join(''), units };
    },
  };
}

/** An imported memory (by name) or a project's segments (by id or name) as TMX 1.4, piece by piece; answers with the units written. */
export async function exportMemoryTmx(
  tm: TmAccess, library: LibraryAccess, name: string, appVersion: string, createdAt: Date, write: (piece: string) => void | Promise<void>,
): Promise<number> {
  const memory = (await tm.memoryList()).find((m) => m.name === name);
  const project = memory ? undefined : (await library.read()).projects.find((p) => p.id === name || p.name === name);
  if (!memory && !project) throw new ApiError('not-found', `no memory or project called "${name}"`);
  const header = {
    sourceLang: memory?.sourceLang ?? project?.sourceLang ?? 'ckb', targetLang: memory?.targetLang ?? project?.targetLang ?? 'en', toolVersion: appVersion, createdAt,
  };
  const entries = await tm.with((index) => [...index.entries(memory ? { memory: memory.id } : { project: project?.id ?? '' })]);
  await write(tmxOpening(header));
  for (const entry of entries) {
    await write(tmxUnit({
      source: entry.source, target: entry.target,
      properties: memory ? [] : [['x-pird-status', entry.kind], ['x-pird-document', entry.document]],
      ...(entry.changed ? { changedAt: new Date(entry.changed) } : {}),
    }, header));
  }
  await write(TMX_CLOSING);
  return entries.length;
}


/** How many hits a concordance reads at least, to learn the query's translation from. */
const LEARN_FROM_HITS = 200;

/** Concordance over every memory, with the query's likely translation marked on the other side. */
export function createConcordance(
  tm: TmAccess, library: LibraryAccess, glossaryEntries: () => Promise<readonly GlossaryEntry[]>, lexicon: () => Promise<Lexicon>,
): Pick<PirdApi, 'concordance'> {
  return {
    async concordance(input) {
      const { query, projectId, limit } = parseInput('concordance', input);
      const side = concordanceSide(query);
      const project = projectId === undefined ? undefined : await library.project(projectId);
      const memories = project ? ['', ...(project.tm?.memories ?? (await tm.memoryList()).map((memory) => memory.id))] : undefined;
      // More hits than asked for are read to learn from: the query's translation is what their other sides share.
      const entries = await tm.with((index) => index.search(query, side, Math.max(limit, LEARN_FROM_HITS), memories));
      const other = opposite(side);
      // The English a Sorani query's words may be: the lexicon's glosses and the glossary's terms.
      const likely = new Set<string>();
      if (side === 'source') {
        const known = await lexicon();
        const words = tmTokens(query).filter((token) => token.kind === 'word').map((token) => token.key);
        for (const word of words) for (const stem of known.glossesOf(word) ?? []) likely.add(stem);
        // A glossary entry counts when one of its Sorani words is one of the query's, as the hits are found (`sameWord`).
        for (const entry of await glossaryEntries()) {
          if (!entry.sourceTerms.some((term) => tmTokens(term).some((t) => t.kind === 'word' && words.some((word) => sameWord(word, t.key))))) continue;
          for (const target of entry.targetTerms) if (target.status !== 'forbidden') for (const stem of englishTerms(target.text)) likely.add(stem);
        }
      }
      const found = entries.flatMap((entry) => {
        const at = findQuery(textOn(entry, side), query, side);
        return at ? [{ entry, at }] : [];
      });
      for (const term of await tm.with((index) => learnedTranslation(index, query, side, found.map(({ entry }) => entry), memories))) likely.add(term);
      const names = await documentNames(tm, library);
      const hits = found.slice(0, limit).map(({ entry, at }) => ({
        memory: entry.memory, project: entry.project, document: entry.document, unit: entry.unit, source: entry.source, target: entry.target,
        start: at[0], end: at[1], side, other: other === 'target' ? englishSpans(entry.target, likely) : soraniSpans(entry.source, likely), ...names.get(entry.document),
      }));
      return { hits };
    },
  };
}

const textOn = (entry: { readonly source: string; readonly target: string }, side: ConcordanceSide): string => (side === 'source' ? entry.source : entry.target);
const opposite = (side: ConcordanceSide): ConcordanceSide => (side === 'source' ? 'target' : 'source');

/**
 * A query's translation as the memory's own pairs teach it: the terms its hits' other sides share
 * (`learnedCounterparts`), each kept only if the query is in turn what that term's hits share
 * most (so "pain", beside سنگ in every "chest pain" but beside ئازار in more, is not taken for it).
 */
export function learnedTranslation(
  index: TmIndex, query: string, side: ConcordanceSide, hits: ReadonlyArray<{ source: string; target: string }>, memories: readonly string[] | undefined,
): string[] {
  const other = opposite(side);
  const sample = index.sample();
  const learn = (from: ReadonlyArray<{ source: string; target: string }>, on: ConcordanceSide, asked: string): string[] =>
    learnedCounterparts(from.map((entry) => sideTerms(textOn(entry, on), on)), sample.map((entry) => sideTerms(textOn(entry, on), on)), sideTerms(asked, on));
  const own = sideTerms(query, side);
  return learn(hits, other, query).filter((term) => {
    const back = learn(index.search(term, other, LEARN_FROM_HITS, memories), side, term);
    return back[0] !== undefined && own.has(back[0]);
  });
}

/** The names to show for each document and memory entry: document or file, project or memory. */
async function documentNames(tm: TmAccess, library: LibraryAccess): Promise<Map<string, { projectName: string; documentName: string }>> {
  const names = new Map<string, { projectName: string; documentName: string }>();
  for (const project of (await library.read()).projects) {
    for (const document of project.documents) names.set(document.id, { projectName: project.name, documentName: document.name });
  }
  for (const memory of await tm.memoryList()) names.set(memoryDocument(memory.id), { projectName: memory.name, documentName: memory.fileName });
  return names;
}
