import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ApiError, parseInput, type PirdApi } from '../../shared/api';
import { QA_CHECKS } from '../../shared/qa';
import { projectQaFindings } from './project-qa';
import { buildDocument, type ExportedDocument, type LibraryFile, type MemoryInfo } from '../../shared/project';
import { copyFileDurably } from '../store/durable-file';
import { createCorpusApi, type CorpusApi } from './corpus-api';
import { DebouncedWriter } from './debounced-writer';
import { DocumentAccess, summarize } from './document-access';
import { createDocumentApi } from './document-api';
import { createGlossaryService } from './glossary-service';
import { createLibraryApi } from './library-api';
import { LibraryAccess, readDemoManifest } from './library-access';
import { idMaker, type ServiceContext, type ServiceOptions } from './service-context';
import { SettingsAccess, createSettingsApi } from './settings-api';
import { createSpellingApi } from './spelling-api';
import { TmAccess, createConcordance, createTmApi, exportMemoryTmx } from './tm-api';
import { loadLexicon } from '../align/lexicon-file';
import { STARTER_GLOSSARY_FILE } from '../paths';
import { WordPairsKeeper, type GrownWordPairs } from '../align/word-pairs-file';
import { createTmJobs } from './tm-jobs';
import { UndoStacks } from './undo-stacks';
import { JobRegistry } from './jobs';

export type { ServiceOptions } from './service-context';

/** The contract, plus what the hosts need to shut down cleanly. */
export interface PirdService extends PirdApi {
  /** Writes every pending change now (summaries, snapshots); rejects if a write failed. */
  flush(): Promise<void>;
  /**
   * Imports a TMX or XLIFF file read in pieces (the CLI streams large files from disk); the same
   * rules as `importCorpus`, a job when given `jobId` (`totalChars`: how much there is to read).
   */
  importCorpusStream: CorpusApi['importCorpusStream'];
  /** Documents one after another, not kept in memory once handed over (for exports). */
  documentsOnce(ids: readonly string[]): AsyncGenerator<ExportedDocument>;
  /** Takes back a project that has no documents (a `pird import` into a new project that failed). */
  removeEmptyProject(projectId: string): Promise<void>;
  /** Imports a TMX file from disk as a memory, copied and read as a stream (the CLI's `pird tm import`). */
  importMemoryFile(name: string, path: string): Promise<MemoryInfo>;
  /** Writes an imported memory or a project's segments as TMX 1.4, piece by piece (`pird tm export`). */
  exportMemoryTo(name: string, write: (piece: string) => void | Promise<void>): Promise<number>;
  /** Word pairs learned from the units people confirmed, in the data directory or one project (`pird align --lexicon-from`). */
  learnedWordPairs(projectId?: string): Promise<GrownWordPairs>;
}

/**
 * The one implementation of the contract, over the data directory. Each area is a module of its
 * own (library, documents, corpora, settings, spelling, glossary); this puts them together.
 */
export function createPirdService(options: ServiceOptions): PirdService {
  const now = options.now ?? (() => new Date());
  const writer = new DebouncedWriter(options.saveDelayMs ?? 250);
  const freshId = idMaker(now);
  const settings = new SettingsAccess(options.dataDir, now);
  const glossary = createGlossaryService({
    dataDir: options.dataDir, now, author: () => settings.author(), freshId: () => freshId('g'), writer: () => settings.writerId(now),
    sharedFolder: async () => (await settings.read()).glossaryFolder,
    ...(options.glossarySyncMs === undefined ? {} : { syncIntervalMs: options.glossarySyncMs }),
  });

  const demoDir = options.demoDir;
  /** The demo project, put in place the first time the library is read (under the library's lock). */
  const installDemo = demoDir === undefined ? undefined : async (current: LibraryFile): Promise<LibraryFile> => {
    const manifest = await readDemoManifest(demoDir);
    const sourceText = await readFile(join(demoDir, manifest.source), 'utf8');
    const translations = (await readFile(join(demoDir, manifest.translation), 'utf8')).split('\n');
    const stamp = now().toISOString();
    const document = buildDocument({
      id: manifest.documentId, projectId: manifest.projectId, name: manifest.documentName, sourceLang: 'ckb',
      targetLang: 'en', sourceText, translations, now: stamp, author: 'Pird demo',
    });
    await documents.create(document);
    if (manifest.glossary) await glossary.installDemo(join(demoDir, manifest.glossary));
    const project = {
      id: manifest.projectId, name: manifest.projectName, sourceLang: 'ckb', targetLang: 'en', createdAt: stamp,
      documents: [summarize(document)],
    };
    return { ...current, projects: [...current.projects.filter((p) => p.id !== project.id), project], demoInstalled: true };
  };
  const library = new LibraryAccess(options.dataDir, now, writer, installDemo);
  const documents = new DocumentAccess(options.dataDir, now, library, writer, options.compactDelayMs ?? 20_000, (change) => tm.noteChange(change));
  const tm = new TmAccess(options.dataDir, library, documents, now, options.tmWorkersFrom);
  const keeper = new WordPairsKeeper(options.dataDir, (use) => tm.withCurrent(use), () => loadLexicon(options.lexiconFile));
  const wordPairs = (projectId?: string): Promise<GrownWordPairs> => keeper.of(projectId);
  const ctx: ServiceContext = { options, now, freshId, library, documents, settings, glossary, undo: new UndoStacks(), wordPairs, jobs: new JobRegistry() };

  const libraryApi = createLibraryApi(ctx);
  const documentApi = createDocumentApi(ctx);
  const corpusApi = createCorpusApi(ctx, { importDocument: libraryApi.importDocument, alignTranslation: documentApi.alignTranslation });
  const api: PirdApi = {
    getGlossary: glossary.getGlossary,
    saveGlossaryEntry: glossary.saveGlossaryEntry,
    deleteGlossaryEntry: glossary.deleteGlossaryEntry,
    importGlossary: glossary.importGlossary,
    async addStarterGlossary(input) {
      const { merge } = parseInput('addStarterGlossary', input);
      const file = options.starterGlossaryFile ?? STARTER_GLOSSARY_FILE;
      const content = await readFile(file);
      return glossary.importGlossary({ fileName: basename(file), contentBase64: content.toString('base64'), merge });
    },
    exportGlossary: glossary.exportGlossary,
    syncGlossary: glossary.syncGlossary,
    getGlossaryConflicts: glossary.getGlossaryConflicts,
    resolveGlossaryConflict: glossary.resolveGlossaryConflict,
    ...libraryApi,
    ...documentApi,
    exportCorpus: corpusApi.exportCorpus,
    exportDocument: corpusApi.exportDocument,
    importCorpus: corpusApi.importCorpus,
    ...createSettingsApi(settings),
    ...createSpellingApi(options.dataDir, now),
    ...createTmApi(tm, library, freshId, now, options.appVersion ?? '0.0.0'),
    ...createTmJobs(tm, library, documents, documentApi.edit, ctx.jobs),
    ...createConcordance(tm, library, async () => (await glossary.getGlossary({})).entries, () => loadLexicon(options.lexiconFile)),
    async getProjectQa(input) {
      const { projectId, jobId } = parseInput('getProjectQa', input);
      const project = (await api.listProjects({})).find((p) => p.id === projectId);
      if (!project) throw new ApiError('not-found', `project ${projectId}`);
      return ctx.jobs.run(jobId, 'qa', async (job) => {
        const byCheck = new Map(QA_CHECKS.map((check) => [check, { check, error: 0, warning: 0, info: 0 }]));
        for (const { issue } of await projectQaFindings(api, project, undefined, job)) {
          const counts = byCheck.get(issue.check);
          if (counts) counts[issue.severity]++;
        }
        return { byCheck: [...byCheck.values()], segments: project.documents.reduce((sum, document) => sum + document.units, 0) };
      });
    },
    getJobProgress: async (input) => ctx.jobs.progress(parseInput('getJobProgress', input).jobId),
    cancelJob: async (input) => ({ cancelling: ctx.jobs.cancel(parseInput('cancelJob', input).jobId) }),
  };
  return {
    ...api,
    flush: () => writer.flush(),
    importCorpusStream: corpusApi.importCorpusStream,
    documentsOnce: (ids) => documents.once(ids),
    removeEmptyProject: (projectId) => library.removeEmptyProject(projectId),
    importMemoryFile: (name, path) => tm.importMemory(
      { id: freshId('m'), name, fileName: basename(path), importedAt: now().toISOString() }, (kept) => copyFileDurably(path, kept),
    ),
    exportMemoryTo: (name, write) => exportMemoryTmx(tm, library, name, options.appVersion ?? '0.0.0', now(), write),
    learnedWordPairs: wordPairs,
  };
}
