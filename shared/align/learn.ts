import { wordRuns } from '../text';
import type { RawBead } from './dp';
import { englishContentStems } from './english-words';
import { kindOf, learnableKey, type AlignmentResources } from './features';

/** Below this many confident links there is too little to learn from. */
const MIN_BEADS = 20;
const MAX_BEADS = 20_000;
const MIN_TOGETHER = 2;
const MIN_DICE = 0.5;

function distinctSoraniKeys(text: string, resources: AlignmentResources): string[] {
  const keys = new Set<string>();
  for (const token of wordRuns(text)) {
    if (kindOf(token) !== 'arabic') continue;
    // Words the lexicon knows already have their evidence.
    if (resources.lexicon?.glossesOf(token.text) !== undefined) continue;
    keys.add(learnableKey(token.text));
  }
  return [...keys];
}

function countAll(values: Iterable<string>, counts: Map<string, number>): void {
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/**
 * A small dictionary learned from a first pass: Sorani words the lexicon does not know, paired
 * with the English stems that keep appearing on the other side of the confident links that hold
 * them (Dice of co-occurrence), as the second pass's extra evidence.
 */
export function learnDictionary(
  beads: readonly RawBead[], source: readonly string[], target: readonly string[], resources: AlignmentResources,
): Map<string, string[]> {
  const learned = new Map<string, string[]>();
  if (beads.length < MIN_BEADS) return learned;
  const step = Math.max(1, Math.floor(beads.length / MAX_BEADS));
  const pairs: Array<{ sourceKeys: string[]; targetStems: string[] }> = [];
  const sourceCounts = new Map<string, number>();
  const targetCounts = new Map<string, number>();
  for (let index = 0; index < beads.length; index += step) {
    const bead = beads[index] as RawBead;
    const sourceKeys = distinctSoraniKeys(source.slice(bead.sourceStart, bead.sourceEnd).join(' '), resources);
    const targetStems = [...new Set(englishContentStems(target.slice(bead.targetStart, bead.targetEnd).join(' ')))];
    countAll(sourceKeys, sourceCounts);
    countAll(targetStems, targetCounts);
    pairs.push({ sourceKeys, targetStems });
  }
  const together = new Map<string, number>();
  for (const { sourceKeys, targetStems } of pairs) {
    const sources = sourceKeys.filter((key) => (sourceCounts.get(key) ?? 0) >= MIN_TOGETHER);
    const targets = targetStems.filter((stem) => (targetCounts.get(stem) ?? 0) >= MIN_TOGETHER);
    for (const key of sources) for (const stem of targets) countAll([`${key}\t${stem}`], together);
  }
  const best = new Map<string, Array<{ stem: string; dice: number }>>();
  for (const [pair, count] of together) {
    if (count < MIN_TOGETHER) continue;
    const [key = '', stem = ''] = pair.split('\t');
    const dice = (2 * count) / ((sourceCounts.get(key) ?? 0) + (targetCounts.get(stem) ?? 0));
    if (dice < MIN_DICE) continue;
    const list = best.get(key) ?? [];
    list.push({ stem, dice });
    best.set(key, list);
  }
  for (const [key, list] of best) {
    learned.set(key, list.sort((a, b) => b.dice - a.dice).slice(0, 2).map((entry) => entry.stem));
  }
  return learned;
}
