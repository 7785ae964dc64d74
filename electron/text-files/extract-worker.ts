// The worker thread behind `extractText`: one file, its text or its error, then the thread ends.
import { parentPort, workerData } from 'node:worker_threads';
import { extractTextHere } from './extract';

const { fileName, bytes } = workerData as { fileName: string; bytes: Uint8Array };
extractTextHere(fileName, bytes).then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) => parentPort?.postMessage({
    ok: false, name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error),
  }),
);
