import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkDocument, checkSegment, qaContext, type QaSegment } from '../shared/qa';
import { convertDigits, sentences } from '../shared/text';
import { seedArticle } from './corpus';
import { type BenchResult, measure } from './measure';

const SEGMENTS = 20_000;

/** 20,000 distinct segments: the demo's pairs, each with its own number on both sides (so none is a cached repeat). */
function demoDocument(): QaSegment[] {
  const sources = sentences(seedArticle(), { lang: 'ckb' }).map((s) => s.text);
  const targets = readFileSync(new URL('../corpus/demo/kadhimi-washington.en.txt', import.meta.url), 'utf8').split('\n');
  return Array.from({ length: SEGMENTS }, (_, i) => ({
    source: `${sources[i % sources.length] ?? ''} (${convertDigits(String(i), 'arab')})`,
    target: `${targets[i % sources.length] ?? ''} (${i})`,
    started: true,
  }));
}

export function benchQa(): BenchResult {
  const segments = demoDocument();
  // Cold: the first run normalizes every source; later runs reuse the keys (as the editor does).
  const coldStart = performance.now();
  checkDocument(segments);
  const coldMs = performance.now() - coldStart;
  const whole = measure(() => checkDocument(segments), 3);
  const context = qaContext(segments);
  const typed = segments[1234] ?? { source: '', target: '', started: true };
  const perSegment = measure(() => {
    for (let i = 0; i < 100; i++) checkSegment({ ...typed, target: `${typed.target.slice(0, -4)} ${i})` }, context);
  }, 5);
  const oneMs = perSegment.medianMs / 100;
  const issues = checkDocument(segments).flat().filter((issue) => issue.severity !== 'info').length;
  return {
    bench: 'qa',
    input: `${SEGMENTS} segments built from the demo article and its translation, each numbered on both sides (${issues} errors or warnings found)`,
    rows: [
      { name: 'QA of the whole document, cold (first run in the process, e.g. pird qa)', ms: Math.round(coldMs), target: '< 1000 ms', met: coldMs < 1000, peakRssMb: whole.peakRssMb },
      { name: 'QA of the whole document, again (median: the editor after an edit)', ms: Math.round(whole.medianMs), target: '< 1000 ms', met: whole.medianMs < 1000, peakRssMb: whole.peakRssMb },
      { name: 'one segment re-checked while typing (median of 100)', ms: Number(oneMs.toFixed(3)), target: '< 2 ms', met: oneMs < 2, peakRssMb: perSegment.peakRssMb },
    ],
  };
}
