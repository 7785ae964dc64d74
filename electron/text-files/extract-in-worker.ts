import { Worker } from 'node:worker_threads';
import { NotTextError, decodeText } from './decode';
import { ExtractError, checkTextSize, formatOf, type ExtractedText } from './extract';

/** A worker that parses one file may use this much heap; past it the worker dies, never the host. */
const WORKER_HEAP_MB = 512;
/** A file that takes longer than this to read is given up on. */
const WORKER_TIMEOUT_MS = 60_000;

/**
 * Plain text up to this size that is UTF-8 or UTF-16 is decoded on the calling thread: one linear
 * pass of about 1 ms per megabyte, where starting a worker costs 100-150 ms.
 */
const IN_THREAD_TEXT_BYTES = 16 * 1024 * 1024;

/**
 * A file's text, worked out in a worker thread with its own memory limit and a time limit: a
 * hostile or huge file costs that thread, and the host keeps answering other requests meanwhile.
 * Plain Unicode text of a usual size is read in this thread (markup, DOCX and legacy code pages
 * always go to the worker).
 */
export function extractText(fileName: string, bytes: Uint8Array, timeoutMs = WORKER_TIMEOUT_MS): Promise<ExtractedText> {
  if (formatOf(fileName) === 'txt' && bytes.length <= IN_THREAD_TEXT_BYTES) {
    try {
      const decoded = decodeText(bytes, fileName);
      return Promise.resolve({ text: decoded.text, styles: [], format: 'txt', encoding: decoded.encoding });
    } catch (error) {
      if (!(error instanceof NotTextError)) return Promise.reject(error);
      // not UTF-8 or UTF-16: the worker tries the legacy code pages and words the refusal
    }
  }
  return inWorker(fileName, bytes, timeoutMs);
}

function inWorker(fileName: string, bytes: Uint8Array, timeoutMs: number): Promise<ExtractedText> {
  return new Promise((resolve, reject) => {
    checkTextSize(fileName, bytes); // before the bytes are copied into a worker
    const worker = new Worker(new URL('./extract-worker.mjs', import.meta.url), {
      workerData: { fileName, bytes },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new ExtractError(`${fileName}: reading it took longer than ${timeoutMs / 1000} s; refused`))), timeoutMs);
    worker.on('message', (message: { ok: true; result: ExtractedText } | { ok: false; name: string; message: string }) => {
      settle(() => {
        if (message.ok) resolve(message.result);
        else if (message.name === 'NotTextError') reject(Object.assign(new NotTextError(fileName, ''), { message: message.message }));
        else if (message.name === 'ExtractError') reject(new ExtractError(message.message));
        else reject(new ExtractError(`${fileName}: cannot be read (${message.message})`));
      });
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settle(() => reject(new ExtractError(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `${fileName}: needs more than ${WORKER_HEAP_MB} MB to read; refused`
        : `${fileName}: cannot be read (${error.message})`)));
    });
    worker.on('exit', (code) => settle(() => reject(new ExtractError(`${fileName}: the reader stopped (exit ${code})`))));
  });
}
