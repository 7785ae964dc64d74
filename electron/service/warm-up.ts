import type { PirdApi } from '../../shared/api';

/**
 * Reads the library and the document the workbench opens first while the window is still
 * loading, so that a large document is parsed and validated before it is asked for. Errors are
 * left for the real request to report.
 */
export async function warmUp(service: PirdApi): Promise<void> {
  try {
    const projects = await service.listProjects({});
    const first = projects[0]?.documents[0]?.id;
    if (first) await service.getDocument({ documentId: first, withSourceText: false });
  } catch {
    // reported when the UI asks
  }
}
