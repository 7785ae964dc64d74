// One share of an analysis or a pre-translation, in a worker thread: opens the index for reading,
// finds the best match of each segment it was given and posts them back in order, saying every
// PROGRESS_EVERY segments how many more it has done.
import { parentPort, workerData } from 'node:worker_threads';
import { bestMatchesIn, type BestMatchJob, type SegmentQuery } from './best-matches';
import { TmIndex } from './tm-index';

const { indexPath, job, segments } = workerData as { indexPath: string; job: BestMatchJob; segments: SegmentQuery[] };
const PROGRESS_EVERY = 250;
const index = TmIndex.openReader(indexPath);
try {
  const results = [];
  for (const match of bestMatchesIn(index, job, segments)) {
    results.push(match);
    if (results.length % PROGRESS_EVERY === 0) parentPort?.postMessage({ progress: PROGRESS_EVERY });
  }
  parentPort?.postMessage({ ok: true, results });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
} finally {
  index.close();
}
