import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError, parseInput, type PirdApi } from '../../shared/api';
import { FormatError } from '../../shared/formats';
import {
  GLOSSARY_SCHEMA_VERSION, GlossaryFileSchema, planImport, readGlossaryFile, writeDelimitedGlossary, writeHunalignDictionary, writeTbx,
  type GlossaryEntry, type GlossaryFile,
} from '../../shared/glossary';
import { NotTextError, decodeText } from '../text-files/decode';
import { migrateGlossary } from '../../shared/project';
import { withFileLock } from '../store/file-lock';
import { JsonFileStore } from '../store/json-file-store';

type GlossaryMethods = Pick<PirdApi, 'getGlossary' | 'saveGlossaryEntry' | 'deleteGlossaryEntry' | 'importGlossary' | 'exportGlossary'>;

export interface GlossaryService extends GlossaryMethods {
  /** Puts the demo glossary in place when there is no glossary yet. */
  installDemo(file: string): Promise<void>;
}

const EMPTY: GlossaryFile = { schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [] };

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
      return { entries: (await read()).entries };
    },
    async saveGlossaryEntry(input) {
      const { entry: fields, baseRevision } = parseInput('saveGlossaryEntry', input);
      const by = await options.author();
      return serially(async () => {
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
          examples: fields.examples,
          createdBy: existing?.createdBy ?? by,
          createdAt: existing?.createdAt ?? stamp,
          changedBy: by,
          changedAt: stamp,
          revision: (existing?.revision ?? 0) + 1,
        };
        const entries = existing ? glossary.entries.map((e) => (e.id === saved.id ? saved : e)) : [...glossary.entries, saved];
        await store.write({ ...glossary, entries });
        return saved;
      });
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
      return serially(async () => {
        const glossary = await read();
        const plan = planImport(glossary.entries, imported, merge);
        const stamp = options.now().toISOString();
        const merged = new Map(plan.merged.map((entry) => [entry.id, { ...entry, changedBy: by, changedAt: stamp, revision: entry.revision + 1 }]));
        const added: GlossaryEntry[] = plan.added.map(({ line: _line, ...fields }) => ({
          ...fields, id: options.freshId(), createdBy: by, createdAt: stamp, changedBy: by, changedAt: stamp, revision: 1,
        }));
        // One write: the file gets all of the import or, on any failure, none of it.
        await store.write({ ...glossary, entries: [...glossary.entries.map((e) => merged.get(e.id) ?? e), ...added] });
        return {
          added: added.length,
          merged: merged.size,
          duplicates: plan.duplicates.map((d) => ({ line: d.line, term: d.term, ...(d.existingId ? { existingId: d.existingId } : {}) })),
        };
      });
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
      return serially(async () => {
        const glossary = await read();
        const entry = glossary.entries.find((e) => e.id === id);
        if (!entry) throw new ApiError('not-found', `no glossary entry "${id}"`);
        await store.write({ ...glossary, entries: glossary.entries.filter((e) => e.id !== id) });
        return entry;
      });
    },
  };
}
