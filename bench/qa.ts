import { type BenchResult, runWorker } from './measure';

const WORKER = new URL('./qa-worker.ts', import.meta.url);
const QA_SEGMENTS = 20_000;
const GLOSSARIES = [
  ['none', 'no glossary'],
  ['demo', "the demo project's glossary"],
  ['starter', 'the starter political glossary'],
] as const;

/** QA of a 20,000-segment document, each run in a fresh process, without and with a glossary (terminology). */
export function benchQa(): BenchResult {
  const rows = GLOSSARIES.flatMap(([which, label]) => {
    const run = runWorker(WORKER, [which, String(QA_SEGMENTS)]);
    const cold = Number(run['coldMs']);
    const warm = Number(run['warmMs']);
    const one = Number(run['perSegmentMs']);
    const peakRssMb = Number(run['peakRssMb']);
    const about = `${label} (${run['entries']} entries; ${run['issues']} errors or warnings found)`;
    return [
      { name: `whole document, cold (first run in the process, as pird qa), ${about}`, ms: cold, target: '< 1000 ms', met: cold < 1000, peakRssMb },
      { name: `whole document, again (median of 3: the editor after an edit), ${label}`, ms: warm, target: '< 1000 ms', met: warm < 1000, peakRssMb },
      { name: `one segment re-checked while typing (median of 100), ${label}`, ms: one, target: '< 2 ms', met: one < 2, peakRssMb },
    ];
  });
  return {
    bench: 'qa',
    input: `${QA_SEGMENTS} segments built from the demo article and its translation, each numbered on both sides; every glossary in a process of its own`,
    rows,
  };
}
