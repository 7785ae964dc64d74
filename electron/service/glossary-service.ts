import { constants } from 'node:fs';
import { mkdir, open, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError, parseInput, type PirdApi } from '../../shared/api';
import { FormatError } from '../../shared/formats';
import {
  GLOSSARY_SCHEMA_VERSION, GlossaryFileSchema, mergeGlossary, newEntry, planImport, readGlossaryFile, resolveConflict, tick, writeDelimitedGlossary,
  writeHunalignDictionary, writeTbx, type GlossaryEntry, type GlossaryFile,
} from '../../shared/glossary';
import { NotTextError, decodeText } from '../text-files/decode';
import { migrateGlossary } from '../../shared/project';
import { writeFileDurably } from '../store/durable-file';
import { withFileLock } from '../store/file-lock';
import { JsonFileStore } from '../store/json-file-store';

type GlossaryMethods = Pick<
  PirdApi,
  'getGlossary' | 'saveGlossaryEntry' | 'deleteGlossaryEntry' | 'importGlossary' | 'exportGlossary' | 'syncGlossary' |
  'getGlossaryConflicts' | 'resolveGlossaryConflict'
>;

/** How often a shared folder is looked at for colleagues' changes (network drives send no events). */
const POLL_MS = 15_000;
/** How long after a local change this copy is merged and left in the shared folder. */
const PUBLISH_DELAY_MS = 500;

export interface GlossaryService extends GlossaryMethods {
  /** Puts the demo glossary in place when there is no glossary yet. */
  installDemo(file: string): Promise<void>;
}

/** A colleague's copy larger than this is not read (the largest real termbases are a few MB). */
const MAX_PEER_COPY = 64 * 1024 * 1024;

/** A colleague's copy in the shared folder: never through a link, never beyond the size limit. */
async function readPeerCopy(path: string): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const { size } = await handle.stat();
    if (size > MAX_PEER_COPY) throw new Error(`${path} is larger than ${MAX_PEER_COPY} bytes`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

const EMPTY: GlossaryFile = { schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [], deleted: [], conflicts: [] };

/**
 * The glossary shared by all projects: `glossary.json` in the data directory. Every change takes
 * the file's lock, reads the file again and changes one entry, so an entry added meanwhile by
 * another window or a `pird` command is kept; a change made from an old revision is refused.
 */
export function createGlossaryService(options: {
  readonly dataDir: string;
  readonly now: () => Date;
  readonly author: () => Promise<string>;
  readonly freshId: () => string;
  /** This data directory's writer id in version clocks. */
  readonly writer: () => Promise<string>;
  /** The team's shared folder, if one is set. */
  readonly sharedFolder: () => Promise<string | undefined>;
  /** How often the shared folder is looked at; 0: only when asked (tests that count what each sync did). */
  readonly syncIntervalMs?: number;
}): GlossaryService {
  const file = join(options.dataDir, 'glossary.json');
  const store = new JsonFileStore(file, migrateGlossary, options.now);
  let queue: Promise<unknown> = Promise.resolve();
  /** One change at a time in this process, and under the file's lock against every other writer. */
  const serially = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(() => withFileLock(file, job));
    queue = next.catch(() => undefined);
    return next;
  };
  const read = async (): Promise<GlossaryFile> => (await store.read()) ?? EMPTY;

  /** Merges the copies in the shared folder into this one and leaves this one there. */
  async function sync() {
    const folder = await options.sharedFolder();
    if (!folder) throw new ApiError('invalid-input', 'no shared glossary folder is set');
    const writer = await options.writer();
    const reachable = await stat(folder).then((s) => s.isDirectory(), () => false);
    if (!reachable) throw new ApiError('not-found', `the shared glossary folder ${folder} cannot be reached`);
    const dir = join(folder, 'pird-glossary');
    await mkdir(dir, { recursive: true });
    return serially(async () => {
      let glossary = await read();
      let copies = 0;
      let pulled = 0;
      let newConflicts = 0;
      const unreadable: string[] = [];
      for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json') && n !== `${writer}.json`).sort()) {
        let other: GlossaryFile;
        try {
          other = GlossaryFileSchema.parse(JSON.parse(await readPeerCopy(join(dir, name))));
        } catch {
          unreadable.push(name); // being written by its owner, or damaged: left alone, read next time
          continue;
        }
        copies++;
        const merged = mergeGlossary(glossary, other, name.replace(/\.json$/, ''));
        glossary = merged.glossary;
        pulled += merged.pulled;
        newConflicts += merged.newConflicts;
      }
      await store.write(glossary);
      // Only this writer ever writes its own copy, and by rename: a reader sees the old or the new file.
      // The temporary file has a fresh random name and is created exclusively: nothing a peer
      // plants in the folder (a link under a name it guessed) is ever written through.
      await writeFileDurably(join(dir, `${writer}.json`), JSON.stringify({ ...glossary, conflicts: [] }));
      return { folder, copies, pulled, newConflicts, unreadable };
    });
  }

  let publishTimer: ReturnType<typeof setTimeout> | undefined;
  let poller: ReturnType<typeof setInterval> | undefined;
  /** Once a shared folder is set: look at it every little while (the first look a moment after start). */
  const keepWatching = async (): Promise<boolean> => {
    const interval = options.syncIntervalMs ?? POLL_MS;
    if (interval === 0 || !(await options.sharedFolder())) return false;
    if (!poller) {
      poller = setInterval(() => void sync().catch(() => undefined), interval);
      poller.unref?.();
      setTimeout(() => void sync().catch(() => undefined), PUBLISH_DELAY_MS).unref?.();
    }
    return true;
  };
  /** After a local change: merged and left in the shared folder a moment later. */
  const syncSoon = async () => {
    if (!(await keepWatching())) return;
    if (publishTimer) clearTimeout(publishTimer);
    publishTimer = setTimeout(() => void sync().catch(() => undefined), PUBLISH_DELAY_MS);
    publishTimer.unref?.();
  };

  return {
    async installDemo(file) {
      await serially(async () => {
        if ((await store.read()) !== undefined) return;
        const demo = GlossaryFileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
        await store.write(demo);
      });
    },
    async getGlossary(input) {
      parseInput('getGlossary', input);
      await keepWatching();
      return { entries: (await read()).entries };
    },
    async saveGlossaryEntry(input) {
      const { entry: fields, baseRevision } = parseInput('saveGlossaryEntry', input);
      const by = await options.author();
      const writer = await options.writer();
      const saved = await serially(async () => {
        const glossary = await read();
        const stamp = options.now().toISOString();
        const existing = fields.id === undefined ? undefined : glossary.entries.find((e) => e.id === fields.id);
        if (existing && baseRevision === undefined) {
          throw new ApiError('conflict', `glossary entry "${existing.id}" already exists; change it from its revision`);
        }
        if (existing && baseRevision !== existing.revision) {
          throw new ApiError('conflict', `glossary entry "${existing.id}" was changed by ${existing.changedBy} at ${existing.changedAt} (revision ${existing.revision}, yours was made from ${baseRevision})`);
        }
        if (!existing && baseRevision !== undefined) throw new ApiError('not-found', `no glossary entry "${fields.id ?? ''}"`);
        const saved: GlossaryEntry = {
          id: fields.id ?? options.freshId(),
          sourceTerms: fields.sourceTerms,
          targetTerms: fields.targetTerms,
          ...(fields.partOfSpeech ? { partOfSpeech: fields.partOfSpeech } : {}),
          ...(fields.domain ? { domain: fields.domain } : {}),
          ...(fields.note ? { note: fields.note } : {}),
          ...(fields.commonWords?.length ? { commonWords: fields.commonWords } : {}),
          ...(fields.projectId ? { projectId: fields.projectId } : {}),
          examples: fields.examples,
          createdBy: existing?.createdBy ?? by,
          createdAt: existing?.createdAt ?? stamp,
          changedBy: by,
          changedAt: stamp,
          revision: (existing?.revision ?? 0) + 1,
          // A restored entry continues the clock of its deletion, so the restore wins everywhere.
          clock: tick(existing?.clock ?? glossary.deleted.find((d) => d.id === fields.id)?.clock, writer),
        };
        const entries = existing ? glossary.entries.map((e) => (e.id === saved.id ? saved : e)) : [...glossary.entries, saved];
        await store.write({ ...glossary, entries, deleted: glossary.deleted.filter((d) => d.id !== saved.id) });
        return saved;
      });
      await syncSoon();
      return saved;
    },
    async importGlossary(input) {
      const { fileName, contentBase64, merge } = parseInput('importGlossary', input);
      let imported;
      try {
        imported = readGlossaryFile(fileName, decodeText(Buffer.from(contentBase64, 'base64'), fileName).text);
      } catch (error) {
        if (error instanceof FormatError || error instanceof NotTextError) throw new ApiError('invalid-input', `${fileName}: ${error.message}`);
        throw error;
      }
      const by = await options.author();
      const writer = await options.writer();
      const result = await serially(async () => {
        const glossary = await read();
        const plan = planImport(glossary.entries, imported, merge);
        const stamp = options.now().toISOString();
        const merged = new Map(plan.merged.map((entry) => [
          entry.id, { ...entry, changedBy: by, changedAt: stamp, revision: entry.revision + 1, clock: tick(entry.clock, writer) },
        ]));
        const added = plan.added.map((entry) => newEntry(entry, { id: options.freshId(), by, at: stamp, clock: { [writer]: 1 } }));
        // One write: the file gets all of the import or, on any failure, none of it.
        await store.write({ ...glossary, entries: [...glossary.entries.map((e) => merged.get(e.id) ?? e), ...added] });
        return {
          added: added.length,
          merged: merged.size,
          duplicates: plan.duplicates.map((d) => ({ line: d.line, term: d.term, ...(d.existingId ? { existingId: d.existingId } : {}) })),
        };
      });
      await syncSoon();
      return result;
    },
    async exportGlossary(input) {
      const { format } = parseInput('exportGlossary', input);
      const { entries } = await read();
      const content = format === 'tbx' ? writeTbx(entries)
        : format === 'hunalign' ? writeHunalignDictionary(entries)
          : writeDelimitedGlossary(entries, format === 'csv' ? ',' : '\t');
      const extension = format === 'hunalign' ? 'dic' : format;
      return { fileName: `glossary.ckb-en.${extension}`, content };
    },
    async deleteGlossaryEntry(input) {
      const { id } = parseInput('deleteGlossaryEntry', input);
      const by = await options.author();
      const writer = await options.writer();
      const removed = await serially(async () => {
        const glossary = await read();
        const entry = glossary.entries.find((e) => e.id === id);
        if (!entry) throw new ApiError('not-found', `no glossary entry "${id}"`);
        const tombstone = { id, deletedBy: by, deletedAt: options.now().toISOString(), clock: tick(entry.clock, writer) };
        await store.write({ ...glossary, entries: glossary.entries.filter((e) => e.id !== id), deleted: [...glossary.deleted, tombstone] });
        return entry;
      });
      await syncSoon();
      return removed;
    },
    async syncGlossary(input) {
      parseInput('syncGlossary', input);
      return sync();
    },
    async getGlossaryConflicts(input) {
      parseInput('getGlossaryConflicts', input);
      return { conflicts: (await read()).conflicts };
    },
    async resolveGlossaryConflict(input) {
      const { id, keep } = parseInput('resolveGlossaryConflict', input);
      const by = await options.author();
      const writer = await options.writer();
      const conflicts = await serially(async () => {
        const glossary = await read();
        const conflict = glossary.conflicts.find((c) => c.id === id);
        if (!conflict) throw new ApiError('not-found', `no open conflict for glossary entry "${id}"`);
        const settled = resolveConflict(glossary, conflict, keep, writer, by, options.now().toISOString());
        await store.write(settled);
        return settled.conflicts;
      });
      await syncSoon();
      return { conflicts };
    },
  };
}
