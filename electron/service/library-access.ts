import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../shared/api';
import { EMPTY_LIBRARY, migrateLibrary, type DocumentSummary, type LibraryFile } from '../../shared/project';
import { JsonFileStore } from '../store/json-file-store';
import { SharedJsonFile } from '../store/shared-json-file';
import type { DebouncedWriter } from './debounced-writer';

export type Project = LibraryFile['projects'][number];

/**
 * `library.json`, shared by every Pird process on the data directory: read from disk whenever it
 * changed, changed only under its lock from what is on disk now (a project another process just
 * added is never written away). Document summaries (units, translated, last change) follow edits
 * a moment later; until then reads show the pending ones.
 */
export class LibraryAccess {
  private readonly file: SharedJsonFile<LibraryFile>;
  private readonly pendingSummaries = new Map<string, DocumentSummary>();

  constructor(
    dataDir: string,
    now: () => Date,
    private readonly writer: DebouncedWriter,
    /** Adds the demo project to a library that has not had it yet. */
    private readonly installDemo: ((current: LibraryFile) => Promise<LibraryFile>) | undefined,
  ) {
    this.file = new SharedJsonFile(new JsonFileStore(join(dataDir, 'library.json'), migrateLibrary, now));
  }

  async read(): Promise<LibraryFile> {
    let current = await this.file.read();
    if (current === undefined || (this.installDemo && !current.demoInstalled)) {
      const install = this.installDemo;
      current = await this.file.update(async (onDisk) => {
        if (onDisk?.demoInstalled || (onDisk && !install)) return { value: onDisk, result: onDisk };
        const base = onDisk ?? EMPTY_LIBRARY;
        const value = install ? await install(base) : { ...base };
        return { value, result: value };
      });
    }
    return this.withPending(current);
  }

  /** Adds documents to a project (an import, once everything it wrote is on disk). */
  async addDocuments(projectId: string, summaries: readonly DocumentSummary[]): Promise<void> {
    await this.updateProject(projectId, (p) => ({ ...p, documents: [...p.documents, ...summaries] }));
  }

  async project(projectId: string): Promise<Project> {
    const project = (await this.read()).projects.find((p) => p.id === projectId);
    if (!project) throw new ApiError('not-found', `no project with id "${projectId}"`);
    return project;
  }

  /** The project a document belongs to, or not-found. */
  async projectOf(documentId: string): Promise<Project> {
    const project = (await this.read()).projects.find((p) => p.documents.some((d) => d.id === documentId));
    if (!project) throw new ApiError('not-found', `no document with id "${documentId}"`);
    return project;
  }

  /** Changes one project from its state on disk now; answers with it as written. */
  async updateProject(projectId: string, change: (project: Project) => Project): Promise<Project> {
    await this.read();
    return this.file.update((onDisk) => {
      const library = onDisk ?? EMPTY_LIBRARY;
      const project = library.projects.find((p) => p.id === projectId);
      if (!project) throw new ApiError('not-found', `no project with id "${projectId}"`);
      const changed = change(project);
      return { value: { ...library, projects: library.projects.map((p) => (p.id === projectId ? changed : p)) }, result: changed };
    });
  }

  async addProject(project: Project): Promise<Project> {
    await this.read();
    return this.file.update((onDisk) => {
      const library = onDisk ?? EMPTY_LIBRARY;
      return { value: { ...library, projects: [...library.projects, project] }, result: project };
    });
  }

  /** Removes a project that has no documents (on disk now); one with documents stays. */
  async removeEmptyProject(projectId: string): Promise<void> {
    await this.file.update((onDisk) => {
      const library = onDisk ?? EMPTY_LIBRARY;
      const keep = library.projects.filter((p) => p.id !== projectId || p.documents.length > 0);
      return { value: keep.length === library.projects.length ? library : { ...library, projects: keep }, result: undefined };
    });
  }

  /** A document's summary after an edit: written with the next quiet moment, shown at once. */
  noteSummary(summary: DocumentSummary): void {
    this.pendingSummaries.set(summary.id, summary);
    this.writer.schedule('library', () => this.writeSummaries());
  }

  private async writeSummaries(): Promise<void> {
    if (this.pendingSummaries.size === 0) return;
    const pending = new Map(this.pendingSummaries);
    await this.file.update((onDisk) => {
      return { value: withSummaries(onDisk ?? EMPTY_LIBRARY, pending), result: undefined };
    });
    for (const [id, summary] of pending) if (this.pendingSummaries.get(id) === summary) this.pendingSummaries.delete(id);
  }

  private withPending(library: LibraryFile): LibraryFile {
    return this.pendingSummaries.size === 0 ? library : withSummaries(library, this.pendingSummaries);
  }
}

function withSummaries(library: LibraryFile, summaries: ReadonlyMap<string, DocumentSummary>): LibraryFile {
  return {
    ...library,
    projects: library.projects.map((p) => ({
      ...p,
      documents: p.documents.map((d) => {
        const summary = summaries.get(d.id);
        return summary ? { ...d, ...summary } : d;
      }),
    })),
  };
}

/** The demo project's files, as `corpus/demo/demo.json` names them. */
export interface DemoManifest {
  readonly projectId: string;
  readonly projectName: string;
  readonly documentId: string;
  readonly documentName: string;
  readonly source: string;
  readonly translation: string;
  /** The demo glossary, installed when the data directory has none. */
  readonly glossary?: string;
}

export async function readDemoManifest(demoDir: string): Promise<DemoManifest> {
  return JSON.parse(await readFile(join(demoDir, 'demo.json'), 'utf8')) as DemoManifest;
}
