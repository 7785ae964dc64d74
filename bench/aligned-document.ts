import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LEXICON_FILE } from '../electron/paths';
import { createPirdService, type PirdService } from '../electron/service/pird-service';
import { numberedDocument } from './align-data';

/**
 * A new data directory with one document of `sentences` Sorani sentences (`numberedDocument`)
 * and its translation aligned into it through the service, as "Import translation…" does, the
 * translation memory read before as in the app; how long the alignment took, and the service to go on with.
 */
export async function alignedDocument(sentences: number, reversedTail = 0): Promise<{ dataDir: string; service: PirdService; documentId: string; alignMs: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pird-bench-align-'));
  const service = createPirdService({ dataDir, lexiconFile: LEXICON_FILE, glossarySyncMs: 0 });
  const project = await service.createProject({ name: 'Alignment bench' });
  const { sourceLines, targetLines } = numberedDocument(sentences, reversedTail);
  const imported = await service.importDocument({ projectId: project.id, fileName: 'big.txt', contentBase64: Buffer.from(sourceLines.join('\n')).toString('base64') });
  // The open document's match panel has read the translation memory by the time a translation is imported.
  await service.tmLookup({ projectId: project.id, text: sourceLines[0] ?? '' });
  const start = performance.now();
  await service.alignTranslation({
    documentId: imported.document.id, fileName: 'big.en.txt', contentBase64: Buffer.from(targetLines.join('\n')).toString('base64'), presegmented: true,
  });
  return { dataDir, service, documentId: imported.document.id, alignMs: performance.now() - start };
}
