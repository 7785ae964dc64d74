import { BoundedCache, wordRuns } from '../text';
import type { RawBead } from './dp';
import { englishContentStems } from './english-words';
import { kindOf, learnableKey, type AlignmentResources } from './features';

/** A sentence pair as the learners read it: the Sorani side's learnable keys and the English side's content stems, each once. */
export interface KeyedPair {
  readonly sourceKeys: readonly string[];
  readonly targetStems: readonly string[];
}

export interface DiceOptions {
  /** A word and a stem must meet at least this often, and each occur this often. */
  readonly minTogether: number;
  /** Dice coefficient of a word and a stem: twice their meetings over their occurrences. */
  readonly minDice: number;
  /** The best this many stems per word are kept. */
  readonly perWord: number;
}

/**
 * Reads sentence pairs as `KeyedPair`s. Words the lexicon knows already have their evidence: only
 * the others are learned. Each distinct word's key is worked out once: a document or a memory
 * says the same words thousands of times, and finding a word's stem is the dear part.
 */
function pairReader(resources: AlignmentResources): (source: string, target: string) => KeyedPair {
  const keyOfWord = new BoundedCache<string, string | null>(50_000, (word) => (resources.lexicon?.glossesOf(word) !== undefined ? null : learnableKey(word)));
  return (source, target) => {
    const keys = new Set<string>();
    for (const token of wordRuns(source)) {
      const key = kindOf(token) === 'arabic' ? keyOfWord.get(token.text) : null;
      if (key !== null) keys.add(key);
    }
    return { sourceKeys: [...keys], targetStems: [...new Set(englishContentStems(target))] };
  };
}

function countAll(values: Iterable<string>, counts: Map<string, number>): void {
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/**
 * Each Sorani key's English stems by co-occurrence across sentence pairs (Dice), best first.
 * Words and stems seen fewer than `minTogether` times are left out before pairs are counted, which
 * keeps the table of meetings small on a large memory.
 */
export function diceTranslations(pairs: readonly KeyedPair[], options: DiceOptions): Map<string, string[]> {
  const sourceCounts = new Map<string, number>();
  const targetCounts = new Map<string, number>();
  for (const pair of pairs) {
    countAll(pair.sourceKeys, sourceCounts);
    countAll(pair.targetStems, targetCounts);
  }
  const together = new Map<string, Map<string, number>>();
  for (const { sourceKeys, targetStems } of pairs) {
    const targets = targetStems.filter((stem) => (targetCounts.get(stem) ?? 0) >= options.minTogether);
    for (const key of sourceKeys) {
      if ((sourceCounts.get(key) ?? 0) < options.minTogether) continue;
      let row = together.get(key);
      if (!row) together.set(key, (row = new Map()));
      countAll(targets, row);
    }
  }
  const learned = new Map<string, string[]>();
  for (const [key, row] of together) {
    const keyCount = sourceCounts.get(key) ?? 0;
    const best: Array<{ stem: string; dice: number }> = [];
    for (const [stem, count] of row) {
      const dice = (2 * count) / (keyCount + (targetCounts.get(stem) ?? 0));
      if (count >= options.minTogether && dice >= options.minDice) best.push({ stem, dice });
    }
    if (best.length > 0) learned.set(key, best.sort((a, b) => b.dice - a.dice).slice(0, options.perWord).map((entry) => entry.stem));
  }
  return learned;
}

/** Below this many confident links there is too little to learn from. */
const MIN_BEADS = 20;
const MAX_BEADS = 5_000;
const FIRST_PASS: DiceOptions = { minTogether: 2, minDice: 0.5, perWord: 2 };

/**
 * A small dictionary learned from a first pass: Sorani words the lexicon does not know, paired
 * with the English stems that keep appearing on the other side of the confident links that hold
 * them (Dice of co-occurrence), as the second pass's extra evidence.
 */
export function learnDictionary(
  beads: readonly RawBead[], source: readonly string[], target: readonly string[], resources: AlignmentResources,
): Map<string, string[]> {
  if (beads.length < MIN_BEADS) return new Map();
  const step = Math.max(1, Math.floor(beads.length / MAX_BEADS));
  const pairs: KeyedPair[] = [];
  const read = pairReader(resources);
  for (let index = 0; index < beads.length; index += step) {
    const bead = beads[index] as RawBead;
    pairs.push(read(source.slice(bead.sourceStart, bead.sourceEnd).join(' '), target.slice(bead.targetStart, bead.targetEnd).join(' ')));
  }
  return diceTranslations(pairs, FIRST_PASS);
}

const FROM_UNITS: DiceOptions = { minTogether: 2, minDice: 0.3, perWord: 2 };

/**
 * Word pairs learned from sentence pairs people confirmed (a translation memory's units): the
 * Sorani words the lexicon does not know, each with the English stems its translations keep using.
 */
export function learnWordPairs(units: Iterable<{ readonly source: string; readonly target: string }>, resources: AlignmentResources): Map<string, string[]> {
  const pairs: KeyedPair[] = [];
  const read = pairReader(resources);
  for (const unit of units) pairs.push(read(unit.source, unit.target));
  return diceTranslations(pairs, FROM_UNITS);
}
