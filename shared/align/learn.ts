import { wordRuns } from '../text';
import type { RawBead } from './dp';
import { englishContentStems } from './english-words';
import { kindOf, learnableKey, type AlignmentResources } from './features';

/** Below this many confident links there is too little to learn from. */
const MIN_BEADS = 20;
const MAX_BEADS = 5_000;
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
  const together = new Map<string, Map<string, number>>();
  for (const { sourceKeys, targetStems } of pairs) {
    const targets = targetStems.filter((stem) => (targetCounts.get(stem) ?? 0) >= MIN_TOGETHER);
    for (const key of sourceKeys) {
      if ((sourceCounts.get(key) ?? 0) < MIN_TOGETHER) continue;
      let row = together.get(key);
      if (!row) together.set(key, (row = new Map()));
      countAll(targets, row);
    }
  }
  for (const [key, row] of together) {
    const keyCount = sourceCounts.get(key) ?? 0;
    const best: Array<{ stem: string; dice: number }> = [];
    for (const [stem, count] of row) {
      const dice = (2 * count) / (keyCount + (targetCounts.get(stem) ?? 0));
      if (count >= MIN_TOGETHER && dice >= MIN_DICE) best.push({ stem, dice });
    }
    if (best.length > 0) learned.set(key, best.sort((a, b) => b.dice - a.dice).slice(0, 2).map((entry) => entry.stem));
  }
  return learned;
}
