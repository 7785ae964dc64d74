import { randomBytes } from 'node:crypto';
import { ApiError } from '../../shared/api';
import type { AlignmentResources } from '../../shared/align';
import { entriesForProject, termBase } from '../../shared/glossary';
import { loadLexicon } from '../align/lexicon-file';
import type { GrownWordPairs } from '../align/word-pairs-file';
import { NotTextError } from '../text-files/decode';
import { ExtractError } from '../text-files/extract';
import { extractText } from '../text-files/extract-in-worker';
import type { DocumentAccess } from './document-access';
import type { GlossaryService } from './glossary-service';
import type { LibraryAccess } from './library-access';
import type { SettingsAccess } from './settings-api';
import type { UndoStacks } from './undo-stacks';
import type { JobRegistry } from './jobs';

export interface ServiceOptions {
  readonly dataDir: string;
  /** Folder of the demo project installed on first start (`corpus/demo`), if any. */
  readonly demoDir?: string;
  /** How long the library's document summaries wait before they are written; flush() writes at once. */
  readonly saveDelayMs?: number;
  /** How long a document stays quiet before its journal is folded into a new snapshot. */
  readonly compactDelayMs?: number;
  /** The aligner's lexicon (default: corpus/lexicon/ckb-en.tsv of the app). */
  readonly lexiconFile?: string;
  /** The glossary `addStarterGlossary` adds (default: corpus/glossary/political.ckb-en.tbx of the app). */
  readonly starterGlossaryFile?: string;
  /** Written into exported files (TMX creationtoolversion). */
  readonly appVersion?: string;
  /** Units per document of an imported corpus; a larger one is split into parts (default 50,000). */
  readonly corpusPartUnits?: number;
  /** How often a shared glossary folder is looked at (default 15 s; 0: only when asked). */
  readonly glossarySyncMs?: number;
  /** Documents of at least this many segments are analysed and pre-translated in worker threads (default 2,000). */
  readonly tmWorkersFrom?: number;
  readonly now?: () => Date;
}

export type Extracted = Awaited<ReturnType<typeof extractText>>;

/** What the service's areas share: the stores, the clock, ids, and the helpers more than one area needs. */
export interface ServiceContext {
  readonly options: ServiceOptions;
  readonly now: () => Date;
  /** An id no other process on the data directory makes at the same moment. */
  readonly freshId: (prefix: string) => string;
  readonly library: LibraryAccess;
  readonly documents: DocumentAccess;
  readonly settings: SettingsAccess;
  readonly glossary: GlossaryService;
  readonly undo: UndoStacks;
  /** Long jobs given a `jobId`: their progress and cancellation. */
  readonly jobs: JobRegistry;
  /** Word pairs learned from the units people confirmed in the data directory, or in one project. */
  readonly wordPairs: (projectId?: string) => Promise<GrownWordPairs>;
}

export function idMaker(now: () => Date): (prefix: string) => string {
  let counter = 0;
  // Random bytes drawn a few thousand at a time: an import of 50,000 units asked for them 50,000 times.
  let random = Buffer.alloc(0);
  let used = 0;
  const randomHex = (): string => {
    if (used + 3 > random.length) {
      random = randomBytes(3 * 1024);
      used = 0;
    }
    used += 3;
    return random.toString('hex', used - 3, used);
  };
  // Time and a counter order the ids of one process; the random part keeps two processes apart.
  return (prefix) => `${prefix}${now().getTime().toString(36)}${(counter++).toString(36)}${randomHex()}`;
}

/** The text of an uploaded file; a file that is not text (or a broken DOCX) is bad input. */
export async function extractOrRefuse(fileName: string, bytes: Buffer): Promise<Extracted> {
  try {
    return await extractText(fileName, bytes);
  } catch (error) {
    if (error instanceof ExtractError || error instanceof NotTextError) throw new ApiError('invalid-input', error.message);
    throw error;
  }
}

/**
 * What the aligner knows: the general lexicon, the glossary that applies in the project, and the
 * word pairs learned from every unit confirmed in the data directory.
 */
export async function alignResources(ctx: ServiceContext, projectId: string): Promise<AlignmentResources> {
  const entries = entriesForProject((await ctx.glossary.getGlossary({})).entries, projectId);
  const wordPairs = (await ctx.wordPairs()).pairs;
  return { lexicon: await loadLexicon(ctx.options.lexiconFile), termBase: termBase(entries), ...(wordPairs.size > 0 ? { wordPairs } : {}) };
}
