import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError, parseInput, type ApiInput, type ApiOutput, type PirdApi } from '../../shared/api';
import {
  DEFAULT_SETTINGS, EMPTY_LIBRARY, buildDocument, canMove, migrateDocument, migrateLibrary, migrateSettings,
  statusAfterEdit, unitTargetText, type DocumentFile, type DocumentSummary, type LibraryFile, type Settings, type Unit,
} from '../../shared/project';
import { JsonFileStore } from '../store/json-file-store';
import { DebouncedWriter } from './debounced-writer';

export interface ServiceOptions {
  readonly dataDir: string;
  /** Folder of the demo project installed on first start (`corpus/demo`), if any. */
  readonly demoDir?: string;
  /** How long edits wait before they are written; flush() writes at once. */
  readonly saveDelayMs?: number;
  readonly now?: () => Date;
}

/** The contract, plus what the hosts need to shut down cleanly. */
export interface PirdService extends PirdApi {
  /** Writes every pending change now. */
  flush(): Promise<void>;
}

interface DemoManifest {
  readonly projectId: string;
  readonly projectName: string;
  readonly documentId: string;
  readonly documentName: string;
  readonly source: string;
  readonly translation: string;
}

function summarize(document: DocumentFile): DocumentSummary {
  return {
    id: document.id,
    name: document.name,
    units: document.units.length,
    translated: document.units.filter((u) => u.status === 'translated' || u.status === 'approved').length,
    updatedAt: document.updatedAt,
  };
}

export function createPirdService(options: ServiceOptions): PirdService {
  const now = options.now ?? (() => new Date());
  const delay = options.saveDelayMs ?? 250;
  const libraryStore = new JsonFileStore(join(options.dataDir, 'library.json'), migrateLibrary, now);
  const settingsStore = new JsonFileStore(join(options.dataDir, 'settings.json'), migrateSettings, now);
  const documentStores = new Map<string, JsonFileStore<DocumentFile>>();
  const documents = new Map<string, DocumentFile>();
  const writer = new DebouncedWriter(delay);
  let library: LibraryFile | undefined;
  let settings: Settings | undefined;

  const documentStore = (id: string): JsonFileStore<DocumentFile> => {
    let store = documentStores.get(id);
    if (!store) {
      store = new JsonFileStore(join(options.dataDir, 'documents', `${id}.json`), migrateDocument, now);
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
    await documentStore(document.id).write(document);
    documents.set(document.id, document);
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

  async function loadDocument(id: string): Promise<DocumentFile> {
    const cached = documents.get(id);
    if (cached) return cached;
    const current = await loadLibrary();
    if (!current.projects.some((p) => p.documents.some((d) => d.id === id))) {
      throw new ApiError('not-found', `no document with id "${id}"`);
    }
    const stored = await documentStore(id).read();
    if (!stored) throw new ApiError('not-found', `the file of document "${id}" is missing`);
    documents.set(id, stored);
    return stored;
  }

  function findUnit(document: DocumentFile, unitId: string): number {
    const index = document.units.findIndex((u) => u.id === unitId);
    if (index < 0) throw new ApiError('not-found', `document "${document.id}" has no unit "${unitId}"`);
    return index;
  }

  /** Replaces one unit, schedules the document and library writes, returns the new unit. */
  function commitUnit(document: DocumentFile, index: number, unit: Unit): Unit {
    const stamp = now().toISOString();
    const units = document.units.slice();
    units[index] = unit;
    const updated: DocumentFile = { ...document, units, updatedAt: stamp };
    documents.set(updated.id, updated);
    writer.schedule(`document:${updated.id}`, () => documentStore(updated.id).write(documents.get(updated.id) ?? updated));
    if (library) {
      const summary = summarize(updated);
      library = {
        ...library,
        projects: library.projects.map((p) =>
          p.id === updated.projectId ? { ...p, documents: p.documents.map((d) => (d.id === summary.id ? summary : d)) } : p,
        ),
      };
      writer.schedule('library', async () => {
        if (library) await libraryStore.write(library);
      });
    }
    return unit;
  }

  async function loadSettings(): Promise<Settings> {
    settings ??= (await settingsStore.read()) ?? DEFAULT_SETTINGS;
    return settings;
  }

  const author = async (): Promise<string> => (await loadSettings()).userName || 'translator';

  const api: PirdApi = {
    async listProjects(input) {
      parseInput('listProjects', input);
      return (await loadLibrary()).projects;
    },
    async getDocument(input) {
      const { documentId } = parseInput('getDocument', input);
      return loadDocument(documentId);
    },
    async updateTarget(input) {
      const { documentId, unitId, text } = parseInput('updateTarget', input);
      const document = await loadDocument(documentId);
      const index = findUnit(document, unitId);
      const unit = document.units[index] as Unit;
      const status = statusAfterEdit(unit.status, text);
      const history = status !== unit.status
        ? [...unit.history, { at: now().toISOString(), by: await author(), status, target: text }]
        : unit.history;
      return commitUnit(document, index, { ...unit, target: text.length > 0 ? [{ text }] : [], status, history });
    },
    async setStatus(input) {
      const { documentId, unitId, status } = parseInput('setStatus', input);
      const document = await loadDocument(documentId);
      const index = findUnit(document, unitId);
      const unit = document.units[index] as Unit;
      if (!canMove(unit.status, status)) {
        throw new ApiError('not-allowed', `a ${unit.status} unit cannot become ${status}`);
      }
      const target = unitTargetText(unit);
      if ((status === 'translated' || status === 'approved') && target.trim() === '') {
        throw new ApiError('not-allowed', `an empty translation cannot be ${status}`);
      }
      if (status === unit.status) return unit;
      const entry = { at: now().toISOString(), by: await author(), status, target };
      return commitUnit(document, index, { ...unit, status, history: [...unit.history, entry] });
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
      await settingsStore.write(next);
      settings = next;
      return next;
    },
  };

  return { ...api, flush: () => writer.flush() };
}

export type { ApiInput, ApiOutput };
