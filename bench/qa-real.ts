import { readFileSync } from 'node:fs';
import type { BenchResult } from './measure';
import { numberIssues, plantedCaught, readNumbersSet, readTico } from './planted-mistakes';

export { readTico } from './planted-mistakes';

/** Each TICO-19 segment the check flags, read by hand: a mistake of the translation, or one a careful reviewer would pass. */
const FLAGGED_JUDGED = new URL('./data/numbers-flagged-tico19.tsv', import.meta.url);

/**
 * The numbers and dates checks on real human translations: the share of segments flagged with
 * an error (a careful reviewer passes nearly all of these pairs), and planted mistakes caught.
 */
export function benchQaReal(): BenchResult {
  const pairs = readTico();
  const flaggedLines = pairs.map((pair, k) => ({ pair, line: k + 2 })).filter(({ pair }) => numberIssues(pair).length > 0).map(({ line }) => line);
  const verdicts = new Map(readFileSync(FLAGGED_JUDGED, 'utf8').trim().split('\n').slice(1).map((row) => row.split('\t')).map(([line = '', verdict = '']) => [Number(line), verdict]));
  const wouldPass = flaggedLines.filter((line) => verdicts.get(line) === 'would pass');
  const unjudged = flaggedLines.filter((line) => !verdicts.has(line));
  const own = readNumbersSet();
  const ownFlagged = own.filter((pair) => numberIssues(pair, pair.en, true).length > 0);
  const share = (n: number, of: number): number => Math.round((1000 * n) / of) / 10;
  const plantedRows = (set: string, tally: ReturnType<typeof plantedCaught>) => Object.entries(tally).map(([kind, { caught, of, ownWording, missed }]) => ({
    name: `${set}: planted ${kind}`, caught, of, percent: share(caught, of), target: 'all', inOwnWording: ownWording, missed: missed.slice(0, 3).join(' | '),
  }));
  return {
    bench: 'qa-real',
    input: `the numbers and dates checks on ${pairs.length} real Sorani-English pairs (TICO-19) and on ${own.length} pairs of every form of number and date (tests/fixtures/numbers), with mistakes planted in their translations where the source states what the plant changes (caught: a new error or warning, which a reviewer is shown; plants in the translation's own wording counted apart)`,
    rows: [
      {
        name: 'TICO-19: segments flagged with a numbers or dates error', segments: flaggedLines.length, percent: share(flaggedLines.length, pairs.length),
        before: '156 (10.9%) on 2026-12-07, before numbers and dates were read as values',
      },
      {
        name: 'TICO-19: flagged segments a careful reviewer would pass (read by hand: bench/data/numbers-flagged-tico19.tsv)', segments: wouldPass.length,
        percent: share(wouldPass.length, pairs.length), target: '≤ 1%', met: wouldPass.length <= pairs.length / 100 && unjudged.length === 0,
        unjudged: unjudged.join(' '),
      },
      ...plantedRows('TICO-19', plantedCaught(pairs, true)),
      { name: 'own set: pairs flagged with an error or a warning', segments: ownFlagged.length, percent: share(ownFlagged.length, own.length), target: 'none' },
      ...plantedRows('own set', plantedCaught(own, true)),
    ],
  };
}
