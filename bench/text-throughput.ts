import { normalize, segment, tokenize } from '../shared/text';
import { soraniCorpus } from './corpus';
import { type BenchResult, measure } from './measure';

const TARGET_MB_PER_S = 20;

export function benchTextThroughput(): BenchResult {
  const text = soraniCorpus(10 * 1024 * 1024);
  const megabytes = Buffer.byteLength(text) / (1024 * 1024);
  const cases = {
    'normalize display': () => normalize(text, 'display').text.length,
    'normalize key': () => normalize(text, 'key').text.length,
    'segment ckb': () => segment(text, { lang: 'ckb' }).length,
    tokenize: () => tokenize(text).length,
  };
  const rows = Object.entries(cases).map(([name, run]) => {
    const timing = measure(run, 5);
    const mbPerS = megabytes / (timing.bestMs / 1000);
    const targeted = name !== 'tokenize';
    return {
      name,
      bestMs: Math.round(timing.bestMs),
      medianMs: Math.round(timing.medianMs),
      mbPerS: Number(mbPerS.toFixed(1)),
      target: targeted ? `>= ${TARGET_MB_PER_S} MB/s` : 'none',
      met: targeted ? mbPerS >= TARGET_MB_PER_S : null,
      peakRssMb: timing.peakRssMb,
    };
  });
  return { bench: 'text-throughput', input: `${megabytes.toFixed(2)} MB of UTF-8 Sorani (${text.length} UTF-16 units)`, rows };
}
