import { normalize } from '../shared/text';
import { asosoftNormalize } from './asosoft-rules';
import type { BenchResult } from './measure';
import { readTico } from './planted-mistakes';

/** Where two clean-ups of a line first differ, with a few characters around it. */
function firstDifference(ours: string, theirs: string): { ours: string; theirs: string } {
  let at = 0;
  while (at < ours.length && ours[at] === theirs[at]) at++;
  let back = 0;
  while (back < ours.length - at && back < theirs.length - at && ours[ours.length - 1 - back] === theirs[theirs.length - 1 - back]) back++;
  const from = Math.max(0, at - 12);
  return { ours: ours.slice(from, Math.max(at + 1, ours.length - back) + 4), theirs: theirs.slice(from, Math.max(at + 1, theirs.length - back) + 4) };
}

/**
 * Pird's display clean-up of the Sorani side of the real TICO-19 pairs against AsoSoft's
 * normalizer's rules (`asosoft-rules.ts`; goal: the same line for at least 97% of lines), with
 * every line where they differ shown as the first place they differ.
 */
export function benchCleanup(): BenchResult {
  const lines = readTico().map((pair) => pair.ckb);
  const changedByUs = lines.filter((line) => normalize(line, 'display').text !== line).length;
  const differing = lines
    .map((line) => ({ ours: normalize(line, 'display').text, theirs: asosoftNormalize(line) }))
    .filter(({ ours, theirs }) => ours !== theirs)
    .map(({ ours, theirs }) => firstDifference(ours, theirs));
  const agreement = (lines.length - differing.length) / lines.length;
  return {
    bench: 'cleanup',
    input: `the Sorani side of ${lines.length} real TICO-19 pairs, Pird's display clean-up against AsoSoft's normalization rules (without its spelling changes)`,
    rows: [
      { name: 'lines', value: lines.length },
      { name: 'lines the clean-up changes', value: changedByUs },
      { name: 'lines both clean up the same', value: lines.length - differing.length, share: Math.round(agreement * 1000) / 10, target: '≥ 97%', met: agreement >= 0.97 },
      ...differing.map((difference, k) => ({ name: `difference ${k + 1}`, ours: difference.ours, theirs: difference.theirs })),
    ],
  };
}
