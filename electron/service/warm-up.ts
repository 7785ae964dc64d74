import type { PirdApi } from '../../shared/api';

/**
 * Reads the library, the document the workbench opens first and the spelling dictionary while the
 * window is still loading, so that they are ready before they are asked for. Errors are left for
 * the real request to report.
 */
export async function warmUp(service: PirdApi): Promise<void> {
  try {
    const projects = await service.listProjects({});
    const first = projects[0]?.documents[0]?.id;
    if (first) await service.getDocument({ documentId: first, withSourceText: false });
    await service.checkSpelling({ text: 'Warm' });
  } catch {
    // reported when the UI asks
  }
}
