import { type BenchResult, bundled, runBundledWorker } from './measure';

const WORKER = new URL('./qa-worker.ts', import.meta.url);
const QA_SEGMENTS = 20_000;
const DOCUMENTS = [
  ['demo', 'the demo article repeated, each segment numbered (a vocabulary of about 500 words)'],
  ['vocabulary', 'sentences of lexicon words inflected and glossary terms (about 30,000 distinct word forms, as in a long document)'],
] as const;
const GLOSSARIES = [
  ['none', 'no glossary'],
  ['demo', "the demo project's glossary"],
  ['starter', 'the starter political glossary'],
] as const;

const RUNS = 3;
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * QA of a 20,000-segment document without and with a glossary (terminology), on two documents:
 * the demo article repeated (few distinct words: the caches of the term matcher fill at once) and
 * a large-vocabulary one (every word form is new to them, as in a real long document). Each run
 * is a fresh process, so "cold" is what pird qa meets; the median of three runs, with all three
 * shown, because this machine's speed varies from minute to minute. The worker runs bundled, as the
 * renderer and the Electron main process run the checks (tsx's per-module compilation would add a
 * sixth).
 */
export function benchQa(): BenchResult {
  const worker = bundled(WORKER);
  const rows = DOCUMENTS.flatMap(([document, documentLabel]) => GLOSSARIES.flatMap(([which, label]) => {
    const runs = Array.from({ length: RUNS }, () => runBundledWorker(worker, [which, document, String(QA_SEGMENTS)]));
    const of = (key: string): number[] => runs.map((run) => Number(run[key]));
    const cold = median(of('coldMs'));
    const warm = median(of('warmMs'));
    const one = median(of('perSegmentMs'));
    const peakRssMb = Math.max(...of('peakRssMb'));
    const about = `${label} (${runs[0]?.['entries'] ?? 0} entries; ${runs[0]?.['issues'] ?? 0} errors or warnings found)`;
    return [
      { document: documentLabel, name: `whole document, cold (first run in a process, as pird qa), ${about}`, ms: cold, runs: of('coldMs').join(' '), target: '< 1000 ms', met: cold < 1000, peakRssMb },
      { document: documentLabel, name: `whole document, again (the editor after an edit), ${label}`, ms: warm, runs: of('warmMs').join(' '), target: '< 1000 ms', met: warm < 1000, peakRssMb },
      { document: documentLabel, name: `one segment re-checked while typing (per check), ${label}`, ms: one, runs: of('perSegmentMs').join(' '), target: '< 2 ms', met: one < 2, peakRssMb },
    ];
  }));
  return {
    bench: 'qa',
    input: `${QA_SEGMENTS} segments of each document, read through JSON as from the store; median of ${RUNS} fresh processes per document and glossary, each running the checks bundled by esbuild, as the app ships them`,
    rows,
  };
}
