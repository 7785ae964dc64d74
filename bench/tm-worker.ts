// The translation memory at scale, in a process of its own (its peak memory is its own):
//   node --import tsx bench/tm-worker.ts <dir> <units>
// Prints one JSON line: build, reopen, one change, lookups (p50/p95, right match first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readTbx, toGlossaryEntries } from '../shared/glossary';
import type { Unit } from '../shared/project';
import { memoryEntryOf, rankMatches } from '../shared/tm';
import { ANALYSIS_CANDIDATES, TmIndex } from '../electron/tm/tm-index';
import { largeVocabularyPairs } from './corpus';

const [dir = '.', countText = '100000'] = process.argv.slice(2);
const count = Number(countText);
const PART = 50_000;
const terms = toGlossaryEntries(readTbx(readFileSync(new URL('../corpus/glossary/political.ckb-en.tbx', import.meta.url), 'utf8')))
  .map((entry) => ({ ckb: entry.sourceTerms[0] ?? '', en: entry.targetTerms.find((t) => t.status === 'preferred')?.text ?? '' }));
const unitOf = (pair: { source: string; target: string }, id: string): Unit => ({
  id, paragraph: 0, source: [{ text: pair.source }], target: [{ text: pair.target }], status: 'translated', history: [], comments: [],
});

let peak = 0;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage.rss());
};
const path = join(dir, 'tm', 'index.sqlite');
let start = performance.now();
let index = TmIndex.open(path);
const probes: Array<{ document: string; unit: string; source: string }> = [];
for (let part = 0; part * PART < count; part++) {
  const size = Math.min(PART, count - part * PART);
  const pairs = largeVocabularyPairs(size, terms, 100 + part);
  const document = `d${part}`;
  index.indexDocument('', 'p', { id: document, units: pairs.map((pair, k) => unitOf(pair, `u${k}`)) }, 'x');
  for (let k = 0; k < 200 * size / count; k++) {
    const at = Math.floor((k * 7919) % size);
    probes.push({ document, unit: `u${at}`, source: pairs[at]?.source ?? '' });
  }
  sample();
}
const buildMs = performance.now() - start;
index.close();
start = performance.now();
index = TmIndex.open(path);
const reopenMs = performance.now() - start;
start = performance.now();
const changed = memoryEntryOf(unitOf({ source: 'کازمی سەردانی واشنتن دەکات و ترەمپ دەبینێت.', target: 'Kadhimi visits Washington and meets Trump.' }, 'u1'), { memory: '', project: 'p', document: 'd0' });
index.applyChange('p', 'd0', ['u1'], changed ? [changed] : [], 'y');
const changeMs = performance.now() - start;

// Each probe with one word changed: the unit it came from should be the best match.
const times: number[] = [];
let right = 0;
for (const probe of probes) {
  const words = probe.source.split(' ');
  const at = Math.max(1, Math.floor(words.length / 2));
  const text = [...words.slice(0, at), 'ڕۆژنامەنووس', ...words.slice(at + 1)].join(' ');
  const begin = performance.now();
  const matches = rankMatches(text, index.candidates(text, 50), { project: 'p', threshold: 50, limit: 5 });
  times.push(performance.now() - begin);
  if (matches[0]?.unit === probe.unit && matches[0].document === probe.document) right++;
  sample();
}
// Analysis as pird analyze does it: the best match of each of 2,000 sentences of a new document.
const analysed = largeVocabularyPairs(2000, terms, 7);
start = performance.now();
for (const pair of analysed) rankMatches(pair.source, index.candidates(pair.source, 50, [''], ANALYSIS_CANDIDATES), { project: 'p', threshold: 50, limit: 1 });
const analysisMsPerSegment = (performance.now() - start) / analysed.length;
times.sort((a, b) => a - b);
const at = (q: number): number => Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 10) / 10;
console.log(JSON.stringify({
  units: count, buildMs: Math.round(buildMs), reopenMs: Math.round(reopenMs), changeMs: Math.round(changeMs * 10) / 10,
  lookups: times.length, lookupP50Ms: at(0.5), lookupP95Ms: at(0.95), rightFirst: right,
  analysis20kSegmentsS: Math.round(analysisMsPerSegment * 20_000 / 100) / 10, peakRssMb: Math.round(peak / 2 ** 20),
}));
