import type { ApiOutput, PirdApi } from '../../shared/api';
import type { Project, Settings } from '../../shared/project';
import { createApiClient } from './client';

/** Rows enough to fill a tall window: the first page of a document, painted before the rest arrives. */
export const FIRST_UNITS = 150;

export type DocumentPage = ApiOutput<'getDocument'>;

/** The first page of the document the workbench opens first, on its way. */
export interface FirstPage {
  readonly documentId: string;
  readonly page: Promise<DocumentPage>;
}

export interface Boot {
  readonly api: PirdApi;
  /** null when it could not be read: the app asks again and shows why. */
  readonly settings: Promise<Settings | null>;
  readonly projects: Promise<readonly Project[] | null>;
  /** Settles with the project list: which document, and its first page still in flight. */
  readonly firstPage: Promise<FirstPage | null>;
}

/**
 * Sends the start-up questions at once, each as soon as the answer it depends on is in (the
 * project list names the first document), while the UI's own modules are still being evaluated.
 */
export function boot(): Boot {
  const api = createApiClient();
  const projects = api.listProjects({}).catch(() => null);
  const settings = api.getSettings({}).catch(() => null);
  return {
    api,
    settings,
    projects,
    // Both questions are in flight together: the document is where work stopped, else the first.
    firstPage: Promise.all([projects, settings]).then(([list, known]) => {
      const documentId = documentToOpen(list, known);
      if (!documentId) return null;
      const page = api.getDocument({ documentId, withSourceText: false, firstUnits: FIRST_UNITS });
      page.catch(() => undefined); // the document view reports it
      return { documentId, page };
    }),
  };
}

/** The document the workbench opens: the one work stopped in, if it is still there, else the first. */
export function documentToOpen(projects: readonly Project[] | null, settings: Settings | null): string | undefined {
  const last = settings?.lastPlace?.documentId;
  if (last && projects?.some((project) => project.documents.some((document) => document.id === last))) return last;
  return projects?.[0]?.documents[0]?.id;
}

/** Evaluated first of the renderer's modules (main.tsx imports it first), so the questions leave early. */
export const started = boot();
