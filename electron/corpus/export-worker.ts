// A worker thread of a parallel export: reads one document from the store and renders its pairs.
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { CorpusFormat, CorpusHeader } from '../../shared/formats';
import type { CorpusSelection } from '../../shared/project';
import { DocumentStore } from '../store/document-store';
import { renderDocument } from './render-document';

export interface ExportJob {
  readonly index: number;
  readonly dataDir: string;
  readonly documentId: string;
  readonly format: CorpusFormat;
  readonly header: Omit<CorpusHeader, 'createdAt'> & { readonly createdAt: string };
  readonly selection: CorpusSelection;
}

parentPort?.on('message', (job: ExportJob) => {
  void (async () => {
    try {
      const document = await new DocumentStore(join(job.dataDir, 'documents'), job.documentId, () => new Date()).read();
      if (!document) throw new Error(`the file of document "${job.documentId}" is missing`);
      const rendered = renderDocument(document, job.format, { ...job.header, createdAt: new Date(job.header.createdAt) }, job.selection);
      const transfer = Object.values(rendered.bytes).map((bytes) => bytes.buffer as ArrayBuffer);
      parentPort?.postMessage({ index: job.index, rendered }, transfer);
    } catch (error) {
      parentPort?.postMessage({ index: job.index, error: error instanceof Error ? error.message : String(error) });
    }
  })();
});
