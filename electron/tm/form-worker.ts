// Reads sentences for the index in a worker thread (tokens, stems, English terms: the costly part
// of building it), while the thread that writes the index writes what came before.
import { parentPort } from 'node:worker_threads';
import { sentenceForm } from './sentence-form';

parentPort?.on('message', ({ id, pairs }: { id: number; pairs: Array<[string, string]> }) => {
  parentPort?.postMessage({ id, forms: pairs.map(([source, target]) => sentenceForm(source, target)) });
});
