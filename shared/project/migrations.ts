import type { z } from 'zod';
import { GLOSSARY_SCHEMA_VERSION, GlossaryFileSchema } from '../glossary/model';
import {
  DOCUMENT_SCHEMA_VERSION, DocumentFileSchema, LIBRARY_SCHEMA_VERSION, LibraryFileSchema, MEMORIES_SCHEMA_VERSION, MemoriesFileSchema, SETTINGS_SCHEMA_VERSION,
  SettingsSchema, USER_DICTIONARY_SCHEMA_VERSION, UserDictionarySchema,
} from './model';

/** Why a stored file cannot be used; the store reports it and keeps the file. */
export type MigrationProblem =
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'invalid'; readonly detail: string };

export type MigrationResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: MigrationProblem };

/** One step per old version: `steps[v]` turns a version-v file into version v+1. Pure functions. */
type Step = (raw: Record<string, unknown>) => Record<string, unknown>;

interface FileKind<T> {
  readonly current: number;
  readonly schema: z.ZodType<T>;
  readonly steps: Readonly<Record<number, Step>>;
}

/**
 * `trusted`: the caller vouches that these are the very bytes it wrote from a valid value (a
 * digest says so), so a file of the current version skips the schema check: for a corpus-sized
 * document that check costs more than reading the file.
 */
function migrateWith<T>(kind: FileKind<T>, raw: unknown, trusted = false): MigrationResult<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: { kind: 'invalid', detail: 'not a JSON object' } };
  }
  let value = raw as Record<string, unknown>;
  let version = typeof value['schemaVersion'] === 'number' ? value['schemaVersion'] : 0;
  if (version > kind.current) return { ok: false, problem: { kind: 'newer', version } };
  if (trusted && version === kind.current) return { ok: true, value: value as T };
  while (version < kind.current) {
    const step = kind.steps[version];
    if (!step) return { ok: false, problem: { kind: 'invalid', detail: `no migration from schema version ${version}` } };
    value = step(value);
    version++;
  }
  const parsed = kind.schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || '(root)' : '(root)';
    return { ok: false, problem: { kind: 'invalid', detail: `${where}: ${issue?.message ?? 'invalid'}` } };
  }
  return { ok: true, value: parsed.data };
}

const DOCUMENT_STEPS: Readonly<Record<number, Step>> = {
  /** Version 2 gave every unit a list of comments. */
  1: (raw) => ({
    ...raw,
    schemaVersion: 2,
    units: Array.isArray(raw['units'])
      ? raw['units'].map((unit: unknown) => (typeof unit === 'object' && unit !== null ? { comments: [], ...unit } : unit))
      : raw['units'],
  }),
  /** Version 3 may keep the source's headings and lists (`paragraphStyles`); a version 2 document has none. */
  2: (raw) => ({ ...raw, schemaVersion: 3 }),
};

export const migrateDocument = (raw: unknown, trusted = false) =>
  migrateWith({ current: DOCUMENT_SCHEMA_VERSION, schema: DocumentFileSchema, steps: DOCUMENT_STEPS }, raw, trusted);
export const migrateLibrary = (raw: unknown) =>
  migrateWith({ current: LIBRARY_SCHEMA_VERSION, schema: LibraryFileSchema, steps: {} }, raw);
export const migrateSettings = (raw: unknown) =>
  migrateWith({ current: SETTINGS_SCHEMA_VERSION, schema: SettingsSchema, steps: {} }, raw);
export const migrateUserDictionary = (raw: unknown) =>
  migrateWith({ current: USER_DICTIONARY_SCHEMA_VERSION, schema: UserDictionarySchema, steps: {} }, raw);
export const migrateGlossary = (raw: unknown) =>
  migrateWith({ current: GLOSSARY_SCHEMA_VERSION, schema: GlossaryFileSchema, steps: {} }, raw);
export const migrateMemories = (raw: unknown) =>
  migrateWith({ current: MEMORIES_SCHEMA_VERSION, schema: MemoriesFileSchema, steps: {} }, raw);
