// A worker thread of `pird align --manifest`: aligns the document pairs it is sent, one at a time,
// writes each one's links durably to its output file and answers with what the summary needs.
import { parentPort, workerData } from 'node:worker_threads';
import { SURE_LINK } from '../../shared/align';
import { termBase, type TermBase } from '../../shared/glossary';
import { writeFileDurably } from '../store/durable-file';
import { alignTexts, renderLinks, type LinkFormat } from './align-pair';
import { loadGlossary } from './glossary-commands';
import { readText } from './read-text';
import type { PairJob, PairOutcome } from './align-batch';

const { format, presegmented, glossaryPath, wordPairs: pairEntries } = workerData as {
  format: LinkFormat; presegmented: boolean; glossaryPath?: string; wordPairs?: Array<[string, string[]]>;
};
const wordPairs = pairEntries ? new Map(pairEntries) : undefined;
let glossary: Promise<TermBase | undefined> | undefined;

async function alignJob(job: PairJob): Promise<PairOutcome> {
  glossary ??= glossaryPath ? loadGlossary(glossaryPath).then(termBase) : Promise.resolve(undefined);
  const [sourceText, targetText] = await Promise.all([readText(job.source), readText(job.target)]);
  const pair = await alignTexts(sourceText, targetText, { presegmented, termBase: await glossary, wordPairs });
  await writeFileDurably(job.out, renderLinks(pair, format));
  const scores = pair.links.map((link) => link.score);
  return {
    index: job.index, ok: true, sourceSentences: pair.source.length, targetSentences: pair.target.length, links: pair.links.length,
    meanConfidence: scores.length === 0 ? 0 : Number((scores.reduce((sum, score) => sum + score, 0) / scores.length).toFixed(3)),
    toCheck: pair.links.flatMap((link, k) => (link.score < SURE_LINK ? [k] : [])),
  };
}

parentPort?.on('message', (job: PairJob) => {
  alignJob(job).then(
    (outcome) => parentPort?.postMessage(outcome),
    (error: unknown) => parentPort?.postMessage({ index: job.index, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies PairOutcome),
  );
});
