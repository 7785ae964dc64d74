import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { learnWordPairs, type Lexicon } from '../../shared/align';
import { writeFileDurably } from '../store/durable-file';
import type { TmIndex } from '../tm/tm-index';

/**
 * The newest confirmed units the word pairs are learned from: about half a second of learning,
 * and more than the learning curve needs (bench align: F1 levels off after about 1,000).
 */
export const LEARNED_FROM_MOST = 20_000;

/** Word pairs learned from confirmed units, and how many units they were learned from. */
export interface GrownWordPairs {
  readonly pairs: ReadonlyMap<string, readonly string[]>;
  readonly units: number;
}

const WordPairsFileSchema = z.object({
  schemaVersion: z.literal(1),
  /** `confirmedStamp` of the units learned from: another stamp means they changed since. */
  stamp: z.string(),
  units: z.number().int().nonnegative(),
  pairs: z.record(z.string(), z.array(z.string())),
});

/** Runs a read on the translation memory index (`TmAccess.withCurrent`: other processes' changes may come in a moment later). */
export type IndexReader = <T>(use: (index: TmIndex) => T) => Promise<T>;

/**
 * Word pairs learned from the units people confirmed in the data directory (or in one project):
 * kept in `tm/word-pairs/`, with the stamp of the units they came from, and learned again once a
 * unit has been confirmed, changed or removed since (by any process). A damaged file is derived
 * data: learned again and written whole.
 */
export class WordPairsKeeper {
  /** What this service last learned or read, per file: a realign after a realign reads nothing. */
  private readonly held = new Map<string, { stamp: string; learned: GrownWordPairs }>();

  constructor(private readonly dataDir: string, private readonly withIndex: IndexReader, private readonly lexicon: () => Promise<Lexicon>) {}

  async of(project?: string): Promise<GrownWordPairs> {
    const stamp = await this.withIndex((index) => index.confirmedStamp(project));
    const path = join(this.dataDir, 'tm', 'word-pairs', project === undefined ? 'all.json' : `project-${encodeURIComponent(project)}.json`);
    const held = this.held.get(path);
    if (held?.stamp === stamp) return held.learned;
    const learned = (await readKept(path, stamp)) ?? (await this.learn(path, stamp, project));
    this.held.set(path, { stamp, learned });
    return learned;
  }

  private async learn(path: string, stamp: string, project: string | undefined): Promise<GrownWordPairs> {
    const units = await this.withIndex((index) => index.confirmedPairs(project, LEARNED_FROM_MOST));
    // Nothing confirmed yet (a new data directory): nothing learned, nothing worth a file.
    if (units.length === 0) return { pairs: new Map(), units: 0 };
    const pairs = learnWordPairs(units, { lexicon: await this.lexicon() });
    await mkdir(join(this.dataDir, 'tm', 'word-pairs'), { recursive: true });
    await writeFileDurably(path, JSON.stringify({ schemaVersion: 1, stamp, units: units.length, pairs: Object.fromEntries(pairs) }));
    return { pairs, units: units.length };
  }
}

async function readKept(path: string, stamp: string): Promise<GrownWordPairs | undefined> {
  try {
    const kept = WordPairsFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
    return kept.stamp === stamp ? { pairs: new Map(Object.entries(kept.pairs)), units: kept.units } : undefined;
  } catch {
    // Missing, damaged or of another version: learned again.
    return undefined;
  }
}
