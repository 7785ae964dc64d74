// One share of an analysis or a pre-translation, in a worker thread: opens the index for reading,
// finds the best match of each segment it was given and posts them back in order.
import { parentPort, workerData } from 'node:worker_threads';
import { bestMatchesIn, type BestMatchJob, type SegmentQuery } from './best-matches';
import { TmIndex } from './tm-index';

const { indexPath, job, segments } = workerData as { indexPath: string; job: BestMatchJob; segments: SegmentQuery[] };
const index = TmIndex.openReader(indexPath);
try {
  parentPort?.postMessage({ ok: true, results: [...bestMatchesIn(index, job, segments)] });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
} finally {
  index.close();
}
