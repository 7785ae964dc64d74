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
  return {
    api,
    settings: api.getSettings({}).catch(() => null),
    projects,
    firstPage: projects.then((list) => {
      const documentId = list?.[0]?.documents[0]?.id;
      if (!documentId) return null;
      const page = api.getDocument({ documentId, withSourceText: false, firstUnits: FIRST_UNITS });
      page.catch(() => undefined); // the document view reports it
      return { documentId, page };
    }),
  };
}

/** Evaluated first of the renderer's modules (main.tsx imports it first), so the questions leave early. */
export const started = boot();
