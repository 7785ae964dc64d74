import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { ApiError, parseInput, type EditResult, type PirdApi } from '../../shared/api';
import {
  DEFAULT_SETTINGS, DOCUMENT_SCHEMA_VERSION, EMPTY_LIBRARY, EMPTY_USER_DICTIONARY, migrateUserDictionary, OperationError, applyOperation, buildDocument, documentStats, isDone, migrateLibrary, migrateSettings, statsCsv, sumStats, type DocumentFile, type DocumentSummary, type ExportedDocument, type LibraryFile,
  type Operation, type Settings, type Splice, type Unit,
} from '../../shared/project';
import { alignTranslationUnits, realignUnits, type AlignmentResources } from '../../shared/align';
import { entriesForProject, termBase } from '../../shared/glossary';
import { qaSegmentOf, translationDigests, translationsElsewhere, type QaSegment, type TranslationDigests } from '../../shared/qa';
import { matchingKey, sentences } from '../../shared/text';
import { loadLexicon } from '../align/lexicon-file';
import { CORPUS_PART_UNITS, CorpusImportError, corpusName, decodeCorpusText, importFormatOf, parseCorpus, unitsFromPairs } from '../corpus/import-corpus';
import { corpusFiles, renderCorpus } from '../corpus/write-corpus';
import { FormatError, corpusWriter, tmxReader, xliffReader, type CorpusStream, type ImportedPair, type PairSink } from '../../shared/formats';

import { loadSpellChecker, type SpellChecker } from '../spelling/spell-checker';
import { DocumentStore } from '../store/document-store';
import { withFileLock } from '../store/file-lock';
import { JsonFileStore } from '../store/json-file-store';
import { NotTextError } from '../text-files/decode';
import { ExtractError, extractText } from '../text-files/extract';
import { DebouncedWriter } from './debounced-writer';
import { createGlossaryService } from './glossary-service';
import { UndoStacks } from './undo-stacks';

export interface ServiceOptions {
  readonly dataDir: string;
  /** Folder of the demo project installed on first start (`corpus/demo`), if any. */
  readonly demoDir?: string;
  /** How long edits wait before they are written; flush() writes at once. */
  readonly saveDelayMs?: number;
  /** How long a document stays quiet before its journal is folded into a new snapshot. */
  readonly compactDelayMs?: number;
  /** The aligner's lexicon (default: corpus/lexicon/ckb-en.tsv of the app). */
  readonly lexiconFile?: string;
  /** Written into exported files (TMX creationtoolversion). */
  readonly appVersion?: string;
  /** Units per document of an imported corpus; a larger one is split into parts (default 50,000). */
  readonly corpusPartUnits?: number;
  /** How often a shared glossary folder is looked at (default 15 s; 0: only when asked). */
  readonly glossarySyncMs?: number;
  readonly now?: () => Date;
}

/** The contract, plus what the hosts need to shut down cleanly. */
export interface PirdService extends PirdApi {
  /** Writes every pending change now. */
  flush(): Promise<void>;
  /**
   * Imports a TMX or XLIFF file read in pieces (the CLI streams large files from disk); the same
   * rules as `importCorpus`.
   */
  importCorpusStream(projectId: string, fileName: string, format: 'tmx' | 'xliff', chunks: AsyncIterable<string> | Iterable<string>): Promise<{ documents: DocumentSummary[]; pairs: number }>;
  /** Documents one after another, not kept in memory once handed over (for exports). */
  documentsOnce(ids: readonly string[]): AsyncGenerator<ExportedDocument>;
}

interface DemoManifest {
  readonly projectId: string;
  readonly projectName: string;
  readonly documentId: string;
  readonly documentName: string;
  readonly source: string;
  readonly translation: string;
  /** The demo glossary, installed when the data directory has none. */
  readonly glossary?: string;
}


/** A journal longer than this is folded into the snapshot without waiting for a pause. */
const COMPACT_AFTER_CHANGES = 2000;

function summarize(document: DocumentFile): DocumentSummary {
  return {
    id: document.id,
    name: document.name,
    units: document.units.length,
    translated: document.units.filter((u) => isDone(u.status)).length,
    updatedAt: document.updatedAt,
  };
}

export function createPirdService(options: ServiceOptions): PirdService {
  const now = options.now ?? (() => new Date());
  const delay = options.saveDelayMs ?? 250;
  const libraryStore = new JsonFileStore(join(options.dataDir, 'library.json'), migrateLibrary, now);
  const settingsStore = new JsonFileStore(join(options.dataDir, 'settings.json'), migrateSettings, now);
  const compactDelay = options.compactDelayMs ?? 20_000;
  const userDictionaryStore = new JsonFileStore(join(options.dataDir, 'user-dictionary.json'), migrateUserDictionary, now);
  let spellChecker: Promise<SpellChecker> | undefined;
  /** The dictionary loads on first use (a third of a second), then stays. */
  const spelling = (): Promise<SpellChecker> => {
    spellChecker ??= (async () => loadSpellChecker(((await userDictionaryStore.read()) ?? EMPTY_USER_DICTIONARY).words))();
    spellChecker.catch(() => {
      spellChecker = undefined;
    });
    return spellChecker;
  };
  const documentStores = new Map<string, DocumentStore>();
  const documents = new Map<string, DocumentFile>();
  const writer = new DebouncedWriter(delay);
  const undo = new UndoStacks();
  let library: LibraryFile | undefined;
  let settings: Settings | undefined;

  const documentStore = (id: string): DocumentStore => {
    let store = documentStores.get(id);
    if (!store) {
      store = new DocumentStore(join(options.dataDir, 'documents'), id, now);
      documentStores.set(id, store);
    }
    return store;
  };

  async function installDemo(current: LibraryFile): Promise<LibraryFile> {
    if (!options.demoDir || current.demoInstalled) return current;
    const manifest = JSON.parse(await readFile(join(options.demoDir, 'demo.json'), 'utf8')) as DemoManifest;
    const sourceText = await readFile(join(options.demoDir, manifest.source), 'utf8');
    const translations = (await readFile(join(options.demoDir, manifest.translation), 'utf8')).split('\n');
    const stamp = now().toISOString();
    const document = buildDocument({
      id: manifest.documentId, projectId: manifest.projectId, name: manifest.documentName, sourceLang: 'ckb',
      targetLang: 'en', sourceText, translations, now: stamp, author: 'Pird demo',
    });
    await documentStore(document.id).create(document);
    documents.set(document.id, document);
    if (manifest.glossary) await glossary.installDemo(join(options.demoDir, manifest.glossary));
    const project = {
      id: manifest.projectId, name: manifest.projectName, sourceLang: 'ckb', targetLang: 'en', createdAt: stamp,
      documents: [summarize(document)],
    };
    return { ...current, projects: [...current.projects.filter((p) => p.id !== project.id), project], demoInstalled: true };
  }

  let opening: Promise<LibraryFile> | undefined;
  async function loadLibrary(): Promise<LibraryFile> {
    if (library) return library;
    opening ??= (async () => {
      const stored = await libraryStore.read();
      const base = stored ?? EMPTY_LIBRARY;
      const withDemo = await installDemo(base);
      if (stored === undefined || withDemo !== base) await libraryStore.write(withDemo);
      library = withDemo;
      return withDemo;
    })();
    try {
      return await opening;
    } finally {
      opening = undefined;
    }
  }

  /** A document of the library read from its store, or not-found. */
  async function fromStore<T>(id: string, read: (store: DocumentStore) => Promise<T | undefined>): Promise<T> {
    const current = await loadLibrary();
    if (!current.projects.some((p) => p.documents.some((d) => d.id === id))) {
      throw new ApiError('not-found', `no document with id "${id}"`);
    }
    const stored = await read(documentStore(id));
    if (!stored) throw new ApiError('not-found', `the file of document "${id}" is missing`);
    return stored;
  }

  /** A document, kept in memory for the edits to come. */
  async function loadDocument(id: string): Promise<DocumentFile> {
    const cached = documents.get(id);
    if (cached) return cached;
    const stored = await fromStore(id, (store) => store.read());
    documents.set(id, stored);
    return stored;
  }

  /**
   * Digests of each document's translations for the consistency check, kept until the document
   * changes. A document not open is read a unit at a time, as an export reads it.
   */
  const digestCache = new Map<string, { updatedAt: string; digests: TranslationDigests }>();
  async function translationDigestsOf(summary: DocumentSummary): Promise<TranslationDigests> {
    const cached = digestCache.get(summary.id);
    if (cached?.updatedAt === summary.updatedAt) return cached.digests;
    const document = await exportedDocument(summary.id);
    const digests = translationDigests(segmentsOf(document.units));
    digestCache.set(summary.id, { updatedAt: summary.updatedAt, digests });
    return digests;
  }

  function* segmentsOf(units: Iterable<Unit>): Generator<QaSegment> {
    for (const unit of units) yield qaSegmentOf(unit);
  }

  /** A document for an export: the open copy if there is one, else read from disk a unit at a time and not kept. */
  async function exportedDocument(id: string): Promise<ExportedDocument> {
    const open = documents.get(id);
    if (open) return open;
    const stored = await fromStore(id, (store) => store.readForExport());
    documentStores.delete(id);
    return stored;
  }

  /** The next document is read while the caller works on this one: the disk and the CPU overlap. */
  async function* documentsOnce(ids: readonly string[]): AsyncGenerator<ExportedDocument> {
    const load = (index: number): Promise<ExportedDocument> | undefined => {
      const id = ids[index];
      if (id === undefined) return undefined;
      const loading = exportedDocument(id);
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
   * Every change is appended to the document's journal: typing after a pause, every other change
   * (status, merge, comment...) at once. The snapshot is rewritten when the document is quiet.
   */
  function persist(updated: DocumentFile, change: Splice, typing: boolean): void {
    documents.set(updated.id, updated);
    const store = documentStore(updated.id);
    store.record(updated.updatedAt, change);
    writer.schedule(`journal:${updated.id}`, () => store.appendRecorded(), typing ? delay : 0);
    const compact = async () => {
      const current = documents.get(updated.id);
      if (current) await store.compact(current);
    };
    writer.schedule(`snapshot:${updated.id}`, compact, store.journalLength > COMPACT_AFTER_CHANGES ? 0 : compactDelay);
    if (!library) return;
    const summary = summarize(updated);
    replaceProject(updated.projectId, (p) => ({
      ...p,
      documents: p.documents.map((d) => (d.id === summary.id ? { ...d, ...summary } : d)),
    }));
    writer.schedule('library', async () => {
      if (library) await libraryStore.write(library);
    });
  }

  let idCounter = 0;
  /** Applies an operation, records its inverse for undo, schedules the write. */
  async function applyTo(documentId: string, operation: Operation, record: 'edit' | 'undo' | 'redo'): Promise<EditResult> {
    const document = await loadDocument(documentId);
    if (record === 'edit') await checkRole(operation);
    const stamp = now();
    const ctx = {
      now: stamp.toISOString(),
      author: await author(),
      newUnitId: () => freshId('u'),
    };
    let applied;
    try {
      applied = applyOperation(document, operation, ctx);
    } catch (error) {
      if (error instanceof OperationError) throw new ApiError(error.code, error.message);
      throw error;
    }
    persist({ ...document, units: [...applied.units], updatedAt: ctx.now }, applied.change, operation.kind === 'set-target');
    undo.record(documentId, operation, applied.inverse, record);
    return { change: applied.change as EditResult['change'], ...undo.state(documentId) };
  }

  /** Approving and rejecting are a reviewer's moves (settings.role). */
  async function checkRole(operation: Operation): Promise<void> {
    const reviewing = (operation.kind === 'set-status' || operation.kind === 'set-status-many') &&
      (operation.status === 'approved' || operation.status === 'rejected');
    if (reviewing && (await loadSettings()).role !== 'reviewer') {
      throw new ApiError('not-allowed', `only a reviewer can mark a segment ${operation.status}`);
    }
  }

  const changedUnit = (result: EditResult): Unit => {
    const unit = result.change.units[0];
    if (!unit) throw new ApiError('internal', 'the edit changed no unit');
    return unit;
  };

  async function loadSettings(): Promise<Settings> {
    settings ??= (await settingsStore.read()) ?? DEFAULT_SETTINGS;
    return settings;
  }

  const author = async (): Promise<string> => (await loadSettings()).userName || 'translator';

  const freshId = (prefix: string): string => `${prefix}${now().getTime().toString(36)}${(idCounter++).toString(36)}`;

  function replaceProject(projectId: string, change: (project: LibraryFile['projects'][number]) => LibraryFile['projects'][number]): void {
    if (!library) return;
    library = { ...library, projects: library.projects.map((p) => (p.id === projectId ? change(p) : p)) };
  }

  /**
   * This data directory's writer id for shared glossaries, made once and kept in the settings;
   * under the settings file's lock, so two windows on one data directory agree on it.
   */
  const writerId = async (): Promise<string> => {
    const current = await loadSettings();
    if (current.instanceId) return current.instanceId;
    return withFileLock(settingsStore.path, async () => {
      const onDisk = (await settingsStore.read()) ?? current;
      const instanceId = onDisk.instanceId ?? `w${now().getTime().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      if (!onDisk.instanceId) await settingsStore.write({ ...onDisk, instanceId });
      settings = { ...current, instanceId };
      return instanceId;
    });
  };
  const glossary = createGlossaryService({
    dataDir: options.dataDir, now, author, freshId: () => freshId('g'), writer: writerId,
    sharedFolder: async () => (await loadSettings()).glossaryFolder,
    ...(options.glossarySyncMs === undefined ? {} : { syncIntervalMs: options.glossarySyncMs }),
  });

  /**
   * Stores imported pairs as aligned documents: every CORPUS_PART_UNITS units of a document are
   * written as a document of their own as soon as they are complete (so a huge file never sits in
   * memory whole), and listed in the project only when the whole file has been read. If reading
   * fails, the parts already written are deleted: nothing half-imported stays.
   */
  async function storeCorpus(
    projectId: string, fileName: string, feed: (sink: PairSink, drain: () => Promise<void>) => Promise<void>,
  ): Promise<{ documents: DocumentSummary[]; pairs: number }> {
    const project = (await loadLibrary()).projects.find((p) => p.id === projectId);
    if (!project) throw new ApiError('not-found', `no project with id "${projectId}"`);
    const open = new Map<string, { part: number; pairs: ImportedPair[] }>();
    const complete: Array<{ name: string; part: number; pairs: ImportedPair[] }> = [];
    const written: DocumentSummary[] = [];
    const sink: PairSink = (name, pair) => {
      const entry = open.get(name) ?? { part: 1, pairs: [] };
      open.set(name, entry);
      entry.pairs.push(pair);
      if (entry.pairs.length >= (options.corpusPartUnits ?? CORPUS_PART_UNITS)) {
        complete.push({ name, part: entry.part, pairs: entry.pairs });
        open.set(name, { part: entry.part + 1, pairs: [] });
      }
    };
    const store = async ({ name, part, pairs }: { name: string; part: number; pairs: ImportedPair[] }): Promise<void> => {
      const units = unitsFromPairs(pairs, () => freshId('u'));
      if (units.length === 0) return;
      const stamp = now().toISOString();
      const document: DocumentFile = {
        schemaVersion: DOCUMENT_SCHEMA_VERSION, id: freshId('d'), projectId, name: part > 1 ? `${name} (${part})` : name,
        sourceLang: project.sourceLang, targetLang: project.targetLang,
        // A corpus has no original text to keep: its units are the text.
        sourceText: '', units, createdAt: stamp, updatedAt: stamp,
      };
      await documentStore(document.id).create(document);
      // Only the summary stays in memory; the units are read back when the document is opened.
      written.push(summarize(document));
    };
    const drain = async (): Promise<void> => {
      for (let next = complete.shift(); next; next = complete.shift()) await store(next);
    };
    try {
      await feed(sink, drain);
      for (const [name, entry] of open) if (entry.pairs.length > 0) await store({ name, ...entry });
      if (written.length === 0) throw new ApiError('invalid-input', `${fileName}: no translation units found`);
    } catch (error) {
      for (const document of written) await documentStore(document.id).remove();
      throw error;
    }
    replaceProject(projectId, (p) => ({ ...p, documents: [...p.documents, ...written] }));
    if (library) await libraryStore.write(library);
    return { documents: written, pairs: written.reduce((sum, d) => sum + d.units, 0) };
  }

  /** The text of an uploaded file; a file that is not text (or a broken DOCX) is bad input. */
  async function extractOrRefuse(fileName: string, bytes: Buffer): Promise<Awaited<ReturnType<typeof extractText>>> {
    try {
      return await extractText(fileName, bytes);
    } catch (error) {
      if (error instanceof ExtractError || error instanceof NotTextError) throw new ApiError('invalid-input', error.message);
      throw error;
    }
  }

  /** Stores a new document and lists it in its project. */
  async function addDocument(document: DocumentFile, duplicateOf?: string): Promise<DocumentSummary> {
    await documentStore(document.id).create(document);
    documents.set(document.id, document);
    const summary = { ...summarize(document), ...(duplicateOf ? { duplicateOf } : {}) };
    replaceProject(document.projectId, (p) => ({ ...p, documents: [...p.documents, summary] }));
    if (library) await libraryStore.write(library);
    return summary;
  }

  /** What the aligner knows: the general lexicon and the glossary that applies in the project. */
  async function alignResources(projectId: string): Promise<AlignmentResources> {
    const entries = entriesForProject((await glossary.getGlossary({})).entries, projectId);
    return { lexicon: await loadLexicon(options.lexiconFile), termBase: termBase(entries) };
  }

  const api: PirdApi = {
    getGlossary: glossary.getGlossary,
    saveGlossaryEntry: glossary.saveGlossaryEntry,
    deleteGlossaryEntry: glossary.deleteGlossaryEntry,
    importGlossary: glossary.importGlossary,
    exportGlossary: glossary.exportGlossary,
    syncGlossary: glossary.syncGlossary,
    getGlossaryConflicts: glossary.getGlossaryConflicts,
    resolveGlossaryConflict: glossary.resolveGlossaryConflict,
    async listProjects(input) {
      parseInput('listProjects', input);
      return (await loadLibrary()).projects;
    },
    async createProject(input) {
      const { name, sourceLang, targetLang } = parseInput('createProject', input);
      const current = await loadLibrary();
      const project = { id: freshId('p'), name, sourceLang, targetLang, createdAt: now().toISOString(), documents: [] };
      library = { ...current, projects: [...current.projects, project] };
      await libraryStore.write(library);
      return project;
    },
    async setProjectQa(input) {
      const { projectId, qa } = parseInput('setProjectQa', input);
      const current = await loadLibrary();
      if (!current.projects.some((p) => p.id === projectId)) throw new ApiError('not-found', `no project with id "${projectId}"`);
      replaceProject(projectId, (p) => ({ ...p, qa }));
      if (library) await libraryStore.write(library);
      const updated = library?.projects.find((p) => p.id === projectId);
      if (!updated) throw new ApiError('internal', 'the project vanished');
      return updated;
    },
    async importDocument(input) {
      const { projectId, fileName, contentBase64 } = parseInput('importDocument', input);
      const current = await loadLibrary();
      const project = current.projects.find((p) => p.id === projectId);
      if (!project) throw new ApiError('not-found', `no project with id "${projectId}"`);
      const extracted = await extractOrRefuse(fileName, Buffer.from(contentBase64, 'base64'));
      if (extracted.text.trim() === '') throw new ApiError('invalid-input', `${fileName}: no text found`);
      const key = matchingKey(extracted.text);
      let duplicateOf: string | undefined;
      for (const summary of project.documents) {
        const other = await loadDocument(summary.id).catch(() => undefined);
        if (other && other.sourceText !== '' && matchingKey(other.sourceText) === key) duplicateOf = other.id;
      }
      const document = buildDocument({
        id: freshId('d'), projectId, name: fileName, sourceLang: project.sourceLang, targetLang: project.targetLang,
        sourceText: extracted.text, now: now().toISOString(), author: await author(),
      });
      const summary = await addDocument(document, duplicateOf);
      return { document: summary, format: extracted.format, encoding: extracted.encoding };
    },
    async exportCorpus(input) {
      const { projectId, documentIds, format, statuses, dedupe, clean, sourceLang, targetLang } = parseInput('exportCorpus', input);
      const project = (await loadLibrary()).projects.find((p) => p.id === projectId);
      if (!project) throw new ApiError('not-found', `no project with id "${projectId}"`);
      const wanted = project.documents.filter((d) => documentIds === undefined || documentIds.includes(d.id));
      const header = { sourceLang, targetLang, toolVersion: options.appVersion ?? '0.0.0', createdAt: now() };
      const writer = corpusWriter(format, header);
      const parts: Partial<Record<CorpusStream, string[]>> = {};
      const counts = await renderCorpus(documentsOnce(wanted.map((d) => d.id)), writer, { statuses, dedupe, clean }, (pieces) => {
        for (const [name, text] of Object.entries(pieces) as Array<[CorpusStream, string]>) (parts[name] ??= []).push(text);
        return undefined;
      });
      const base = (wanted.length === 1 ? wanted[0]?.name : project.name) ?? 'corpus';
      const stem = base.replace(/\.[A-Za-z0-9]+$/u, '').replace(/[\\/:*?"<>|]+/gu, '_');
      const names = corpusFiles(format, format === 'moses' ? stem : `${stem}.${format === 'xliff' ? 'xlf' : format}`, header);
      const files = writer.streams.map((name) => ({ name: names[name] ?? stem, content: (parts[name] ?? []).join('') }));
      return { files, counts, droppedCharacters: writer.droppedCharacters };
    },
    async importCorpus(input) {
      const { projectId, fileName, contentBase64, translationName, translationBase64, format: requested, presegmented } = parseInput('importCorpus', input);
      const project = (await loadLibrary()).projects.find((p) => p.id === projectId);
      if (!project) throw new ApiError('not-found', `no project with id "${projectId}"`);
      const format = importFormatOf(requested, fileName, translationName);
      const translation = translationBase64 === undefined ? undefined : { name: translationName ?? 'translation', bytes: Buffer.from(translationBase64, 'base64') };
      if (format === 'txt' || format === 'docx') {
        if (!translation) throw new ApiError('invalid-input', `${fileName}: a text or DOCX file needs its translation to be imported as a corpus`);
        // The translation is read first: if it cannot be, nothing is imported.
        const text = (await extractOrRefuse(translation.name, translation.bytes)).text;
        if (text.trim() === '') throw new ApiError('invalid-input', `${translation.name}: no text found`);
        const { document } = await api.importDocument({ projectId, fileName, contentBase64 });
        const aligned = await api.alignTranslation({ documentId: document.id, fileName: translation.name, contentBase64: translationBase64 ?? '', presegmented });
        undo.clear(document.id);
        const summary = summarize(await loadDocument(document.id));
        return { documents: [summary], pairs: aligned.change.units.length, format };
      }
      const bytes = Buffer.from(contentBase64, 'base64');
      if (format === 'tmx' || format === 'xliff') {
        let text: string;
        try {
          text = decodeCorpusText(bytes, fileName);
        } catch (error) {
          if (error instanceof CorpusImportError) throw new ApiError('invalid-input', error.message);
          throw error;
        }
        return { ...(await importCorpusStream(projectId, fileName, format, [text])), format };
      }
      const stored = await storeCorpus(projectId, fileName, async (sink, drain) => {
        try {
          for (const document of parseCorpus(format, fileName, bytes, translation).documents) {
            for (const pair of document.pairs) sink(document.name, pair);
          }
        } catch (error) {
          if (error instanceof CorpusImportError) throw new ApiError('invalid-input', error.message);
          throw error;
        }
        await drain();
      });
      return { ...stored, format };
    },
    async getProjectStats(input) {
      const { projectId } = parseInput('getProjectStats', input);
      const project = (await loadLibrary()).projects.find((p) => p.id === projectId);
      if (!project) throw new ApiError('not-found', `no project with id "${projectId}"`);
      const documentsStats = [];
      for (const summary of project.documents) documentsStats.push(documentStats(await loadDocument(summary.id)));
      const total = sumStats(project.id, project.name, documentsStats);
      return { documents: documentsStats, project: total, csv: statsCsv(documentsStats, total) };
    },
    async getDocument(input) {
      const { documentId, withSourceText, firstUnits } = parseInput('getDocument', input);
      const document = await loadDocument(documentId);
      return {
        ...document,
        sourceText: withSourceText ? document.sourceText : '',
        units: firstUnits === undefined ? document.units : document.units.slice(0, firstUnits),
        unitCount: document.units.length,
      };
    },
    async getUnits(input) {
      const { documentId, start, count } = parseInput('getUnits', input);
      const document = await loadDocument(documentId);
      return { units: document.units.slice(start, start + count), unitCount: document.units.length };
    },
    async getTranslationsElsewhere(input) {
      const { documentId, maxUnits } = parseInput('getTranslationsElsewhere', input);
      const project = (await loadLibrary()).projects.find((p) => p.documents.some((d) => d.id === documentId));
      if (!project) throw new ApiError('not-found', `no document with id "${documentId}"`);
      const otherUnits = project.documents.reduce((sum, d) => sum + (d.id === documentId ? 0 : d.units), 0);
      if (maxUnits !== undefined && otherUnits > maxUnits) return { complete: false, documents: [], rows: [] };
      const others = [];
      let own: TranslationDigests | undefined;
      for (const summary of project.documents) {
        const digests = await translationDigestsOf(summary);
        if (summary.id === documentId) own = digests;
        else others.push({ name: summary.name, digests });
        // A large project takes a while the first time: other requests go in between documents.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return { complete: true, ...translationsElsewhere(own ?? translationDigests([]), others) };
    },
    async updateTarget(input) {
      const { documentId, unitId, text } = parseInput('updateTarget', input);
      return changedUnit(await applyTo(documentId, { kind: 'set-target', unitId, text }, 'edit'));
    },
    async setStatus(input) {
      const { documentId, unitId, status } = parseInput('setStatus', input);
      return changedUnit(await applyTo(documentId, { kind: 'set-status', unitId, status }, 'edit'));
    },
    async edit(input) {
      const { documentId, operation } = parseInput('edit', input);
      return applyTo(documentId, operation, 'edit');
    },
    async alignTranslation(input) {
      const { documentId, fileName, contentBase64, presegmented } = parseInput('alignTranslation', input);
      const document = await loadDocument(documentId);
      const extracted = await extractOrRefuse(fileName, Buffer.from(contentBase64, 'base64'));
      const translation = presegmented
        ? extracted.text.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== '').map((text) => ({ text }))
        : sentences(extracted.text, { lang: 'en' }).map(({ text, paragraph }) => ({ text, paragraph }));
      if (translation.length === 0) throw new ApiError('invalid-input', `${fileName}: no text found`);
      const change = alignTranslationUnits(document.units, translation, await alignResources(document.projectId), { newUnitId: () => freshId('u') });
      return { ...(await applyTo(documentId, { kind: 'splice', ...change }, 'edit')), targetSentences: translation.length };
    },
    async realign(input) {
      const { documentId } = parseInput('realign', input);
      const document = await loadDocument(documentId);
      const change = realignUnits(document.units, await alignResources(document.projectId), { newUnitId: () => freshId('u') });
      return applyTo(documentId, { kind: 'splice', ...change }, 'edit');
    },
    async undo(input) {
      const { documentId } = parseInput('undo', input);
      const step = undo.nextUndo(documentId);
      return step ? applyTo(documentId, step, 'undo') : null;
    },
    async redo(input) {
      const { documentId } = parseInput('redo', input);
      const step = undo.nextRedo(documentId);
      return step ? applyTo(documentId, step, 'redo') : null;
    },
    async checkSpelling(input) {
      const { text, source } = parseInput('checkSpelling', input);
      return { misspellings: (await spelling()).check(text, source) };
    },
    async suggestSpelling(input) {
      const { word } = parseInput('suggestSpelling', input);
      return { suggestions: (await spelling()).suggest(word) };
    },
    async addToDictionary(input) {
      const { word } = parseInput('addToDictionary', input);
      const stored = (await userDictionaryStore.read()) ?? EMPTY_USER_DICTIONARY;
      const words = stored.words.includes(word) ? stored.words : [...stored.words, word].sort((a, b) => a.localeCompare(b));
      await userDictionaryStore.write({ ...stored, words });
      (await spelling()).add(word);
      return { words };
    },
    async getSettings(input) {
      parseInput('getSettings', input);
      return loadSettings();
    },
    async updateSettings(input) {
      const changes = parseInput('updateSettings', input);
      const current = await loadSettings();
      const next: Settings = {
        ...current,
        ...(changes.uiLanguage === undefined ? {} : { uiLanguage: changes.uiLanguage }),
        ...(changes.userName === undefined ? {} : { userName: changes.userName }),
        ...(changes.role === undefined ? {} : { role: changes.role }),
      };
      if (changes.glossaryFolder !== undefined) {
        if (changes.glossaryFolder.trim() === '') delete next.glossaryFolder;
        else if (!isAbsolute(changes.glossaryFolder)) throw new ApiError('invalid-input', `the shared glossary folder must be an absolute path (got "${changes.glossaryFolder}")`);
        else next.glossaryFolder = changes.glossaryFolder;
      }
      await settingsStore.write(next);
      settings = next;
      return next;
    },
  };

  async function importCorpusStream(projectId: string, fileName: string, format: 'tmx' | 'xliff', chunks: AsyncIterable<string> | Iterable<string>) {
    return storeCorpus(projectId, fileName, async (sink, drain) => {
      const reader = (format === 'tmx' ? tmxReader : xliffReader)(corpusName(fileName), sink);
      try {
        for await (const chunk of chunks) {
          reader.write(chunk);
          await drain();
        }
        reader.close();
      } catch (error) {
        if (error instanceof FormatError) throw new ApiError('invalid-input', `${fileName}: ${error.message}`);
        throw error;
      }
      await drain();
    });
  }

  return { ...api, flush: () => writer.flush(), importCorpusStream, documentsOnce };
}
