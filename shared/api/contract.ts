import { z } from 'zod';
import { CORPUS_FORMATS } from '../formats';
import {
  DOCUMENT_FORMATS, DocumentFileSchema, DocumentSummarySchema, Id, LanguageCode, MemoryInfoSchema, OperationSchema, ProjectSchema, QaSettingsSchema, ROLES, SettingsSchema, TmSettingsSchema,
  DIGIT_STYLES, THEMES, UI_LANGUAGES, UNIT_STATUSES, UnitSchema,
} from '../project';
import { GlossaryConflictSchema, GlossaryEntrySchema, TargetTermSchema } from '../glossary';
import { MEMORY_KINDS } from '../tm';
import { QA_CHECKS } from '../qa';

/**
 * A long job's id, chosen by the caller: given with a request (`jobId`), the job's progress can be
 * asked for (`getJobProgress`) and the job cancelled (`cancelJob`) from any door while it runs.
 */
const JobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/u);
const WithJob = { jobId: JobId.optional() };
export const JOB_UNITS = ['characters', 'units', 'documents', 'steps', 'sentences'] as const;
export const JOB_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
export const JobProgressSchema = z.object({
  jobId: JobId, kind: z.string().max(40), state: z.enum(JOB_STATES),
  done: z.number().nonnegative(), total: z.number().nonnegative().nullable(), unit: z.enum(JOB_UNITS),
});
export type JobProgress = z.infer<typeof JobProgressSchema>;

const WordSpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), word: z.string() });

const CountsSchema = z.object({ segments: z.number().int().nonnegative(), words: z.number().int().nonnegative() });
const ProgressStatsSchema = z.object({
  id: z.string(),
  name: z.string(),
  total: CountsSchema,
  byStatus: z.record(z.enum(UNIT_STATUSES), CountsSchema),
  lastActivity: z.string(),
});

export const IMPORT_FORMATS = ['auto', 'txt', 'docx', 'tmx', 'xliff', 'tsv', 'csv', 'moses'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * A document's revision: the number of its last change, by any process. A client that holds
 * revision r and gets an answer of revision r + 1 patches its copy with the splice; any other
 * number means someone else changed the document meanwhile, and it reads the document again.
 */
const Revision = z.number().int().nonnegative();

/** The answer to every edit: the splice to patch a client's copy with, the undo state, the revision it made. */
export const EditResultSchema = z.object({
  change: z.object({ index: z.number().int().nonnegative(), deleteCount: z.number().int().nonnegative(), units: z.array(UnitSchema) }),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  revision: Revision,
});

/**
 * The revision an edit was made on (the client's copy). An edit of a unit that another process
 * changed after it is refused with `conflict`, never applied over the other change.
 */
const BaseRevision = { baseRevision: Revision.optional() };

const Offsets = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/** A translation memory match, as the match panel and `pird tm lookup` show it. */
export const TmMatchSchema = z.object({
  /** Percent after penalties (101: a context match). */
  score: z.number().int().min(0).max(101),
  source: z.string(),
  target: z.string(),
  /** The target with the current source's numbers put in, where the sources differ only in numbers. */
  suggestion: z.string(),
  adapted: z.boolean(),
  /** '' for the data directory's projects, else the name of an imported memory. */
  memory: z.string(),
  project: z.string(),
  document: z.string(),
  unit: z.string(),
  status: z.enum(UNIT_STATUSES),
  kind: z.enum(MEMORY_KINDS),
  /** The names to show for where it comes from (absent if the document has left the library since). */
  projectName: z.string().optional(),
  documentName: z.string().optional(),
  author: z.string().optional(),
  changed: z.string().optional(),
  /** Word by word from the stored source to the current one: offsets into the current text and into `source`. */
  diff: z.array(z.object({
    kind: z.enum(['equal', 'inflected', 'changed', 'inserted', 'deleted']), current: Offsets.optional(), stored: Offsets.optional(),
  })),
});
export type TmMatchResult = z.infer<typeof TmMatchSchema>;

export const ANALYSIS_BANDS = ['101', '100', 'repetitions', '95-99', '85-94', '75-84', '50-74', 'none'] as const;
const BandCountsSchema = z.object({ segments: z.number().int().nonnegative(), words: z.number().int().nonnegative() });
export const AnalysisBandsSchema = z.record(z.enum(ANALYSIS_BANDS), BandCountsSchema);
export type AnalysisBands = z.infer<typeof AnalysisBandsSchema>;

/** What becomes of units a person worked on (translated, approved, confirmed links) when a translation is imported over them. */
export const EXISTING_WORK = ['ask', 'keep', 'replace'] as const;
export type EditResult = z.infer<typeof EditResultSchema>;

/**
 * Every call the UI or the CLI can make of the Node side, with the schemas that validate its
 * payloads at run time. Types are inferred from the schemas; IPC channel names and HTTP routes
 * are derived from the method names.
 */
export const API = {
  listProjects: { input: z.object({}), output: z.array(ProjectSchema) },
  createProject: {
    input: z.object({ name: z.string().trim().min(1).max(200), sourceLang: LanguageCode.default('ckb'), targetLang: LanguageCode.default('en') }),
    output: ProjectSchema,
  },
  /** A project's quality-check settings (checks off, severities); every door checks with them. */
  setProjectQa: { input: z.object({ projectId: Id, qa: QaSettingsSchema }), output: ProjectSchema },
  /** A text, Markdown, HTML or DOCX file becomes a document of the project, segmented by the language core. */
  importDocument: {
    input: z.object({ projectId: Id, fileName: z.string().min(1).max(255), contentBase64: z.string().max(96_000_000), ...WithJob }),
    output: z.object({
      document: DocumentSummarySchema,
      format: z.enum(['txt', 'md', 'html', 'docx']),
      encoding: z.string(),
    }),
  },
  /**
   * A parallel corpus into a project: TMX, XLIFF 1.2/2.0, TSV, CSV or Moses (the translation file
   * is the English side) become aligned documents; a text or DOCX with its translation is
   * segmented and aligned.
   */
  importCorpus: {
    input: z.object({
      projectId: Id, fileName: z.string().min(1).max(255), contentBase64: z.string().max(96_000_000),
      translationName: z.string().min(1).max(255).optional(), translationBase64: z.string().max(96_000_000).optional(),
      format: z.enum(IMPORT_FORMATS).default('auto'), presegmented: z.boolean().default(false), ...WithJob,
    }),
    output: z.object({ documents: z.array(DocumentSummarySchema), pairs: z.number().int().nonnegative(), format: z.enum(IMPORT_FORMATS) }),
  },
  /** How a long job given a `jobId` is getting on (null: no such job, or finished a while ago). */
  getJobProgress: { input: z.object({ jobId: JobId }), output: JobProgressSchema.nullable() },
  /** Asks a running job to stop: it stops at its next safe point and undoes what it had done. */
  cancelJob: { input: z.object({ jobId: JobId }), output: z.object({ cancelling: z.boolean() }) },
  /** A project's documents (or some of them) as a parallel corpus, in memory for a download. */
  /** A document's translation as a document (TXT, Markdown, HTML, DOCX), or beside its source for reviewers. */
  exportDocument: {
    input: z.object({ documentId: Id, format: z.enum(DOCUMENT_FORMATS) }),
    output: z.object({
      fileName: z.string(), contentBase64: z.string(),
      /** Segments with no translation, whose Sorani stands in the translated document. */
      untranslated: z.number().int().nonnegative(),
    }),
  },
  exportCorpus: {
    input: z.object({
      projectId: Id, documentIds: z.array(Id).max(10_000).optional(), format: z.enum(CORPUS_FORMATS),
      statuses: z.array(z.enum(UNIT_STATUSES)).default([]), dedupe: z.boolean().default(false), clean: z.boolean().default(false),
      sourceLang: LanguageCode.default('ckb'), targetLang: LanguageCode.default('en'),
      /** CSV: cells a spreadsheet would run as formulas (`= + - @`) get a leading `'`; off for corpus tooling. */
      neutralizeFormulas: z.boolean().default(true), ...WithJob,
    }),
    output: z.object({
      files: z.array(z.object({ name: z.string(), content: z.string() })),
      counts: z.object({ exported: z.number(), skippedByStatus: z.number(), empty: z.number(), duplicates: z.number() }),
      droppedCharacters: z.number().int().nonnegative(),
    }),
  },
  /**
   * The stored document. The editor leaves out the original text it does not show (a third of a
   * big file) and asks for the first units only, to paint at once; `getUnits` brings the rest.
   */
  getDocument: {
    input: z.object({
      documentId: Id,
      withSourceText: z.boolean().default(true),
      firstUnits: z.number().int().positive().optional(),
    }),
    /** `canUndo`/`canRedo`: what this service's undo history holds for the document (a pre-translation made from the dashboard, say). */
    output: DocumentFileSchema.extend({ unitCount: z.number().int().nonnegative(), revision: Revision, canUndo: z.boolean(), canRedo: z.boolean() }),
  },
  /**
   * The best matches for a sentence in the translation memory (every project's approved,
   * translated and aligned units), penalties taken off; `unitId` (with `documentId`) leaves the
   * segment itself out.
   */
  tmLookup: {
    input: z.object({
      projectId: Id, text: z.string().min(1).max(10_000), documentId: Id.optional(), unitId: Id.optional(),
      limit: z.number().int().min(1).max(50).default(5), threshold: z.number().int().min(0).max(100).default(70),
      /** The sources before and after the sentence: a 100% match with the same context is a 101% one. */
      before: z.string().max(10_000).optional(), after: z.string().max(10_000).optional(),
    }),
    output: z.object({ matches: z.array(TmMatchSchema) }),
  },
  /**
   * Concordance: every memory's entries with the query's words, Sorani (by matching key and stem:
   * حکومەت finds حکومەتەکەی and حكومەت) in the sources or English (by stem, any case) in the
   * translations; each hit's place, and on the other side the likely translation of the query
   * (lexicon and glossary) marked.
   */
  concordance: {
    input: z.object({ query: z.string().trim().min(1).max(500), projectId: Id.optional(), limit: z.number().int().min(1).max(1000).default(100) }),
    output: z.object({
      hits: z.array(z.object({
        memory: z.string(), project: z.string(), document: z.string(), unit: z.string(), source: z.string(), target: z.string(),
        start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), side: z.enum(['source', 'target']),
        /** Where the query's likely translation stands on the other side. */
        other: z.array(Offsets),
        projectName: z.string().optional(), documentName: z.string().optional(),
      })),
    }),
  },
  /** A project's translation memory settings (memories it reads, threshold, penalties). */
  setProjectTm: { input: z.object({ projectId: Id, tm: TmSettingsSchema }), output: ProjectSchema },
  /** The imported memories (TMX files kept in the data directory). */
  listMemories: { input: z.object({}), output: z.object({ memories: z.array(MemoryInfoSchema) }) },
  /** A TMX file (1.x; entity declarations refused) as a named, read-only memory. All or nothing. */
  importMemory: {
    input: z.object({ name: z.string().trim().min(1).max(100), fileName: z.string().min(1).max(255), contentBase64: z.string().max(96_000_000) }),
    output: MemoryInfoSchema,
  },
  /** An imported memory (by name), or a project's segments (by project id), as TMX 1.4. */
  exportMemory: {
    input: z.object({ name: z.string().min(1).max(200) }),
    output: z.object({ fileName: z.string(), content: z.string(), units: z.number().int().nonnegative() }),
  },
  /**
   * Analysis as Trados and memoQ report it: each document's segments and words by the band of
   * their best match in the project's memories (the document's own segments left out), repetitions
   * inside the document apart.
   */
  analyzeDocuments: {
    input: z.object({ projectId: Id, documentId: Id.optional(), ...WithJob }),
    output: z.object({
      documents: z.array(z.object({ id: Id, name: z.string(), bands: AnalysisBandsSchema })),
      total: AnalysisBandsSchema,
    }),
  },
  /**
   * Fills empty translations with the best match at or above `min` percent (default 100), each
   * document one undoable step; each filled segment records where it came from and stays
   * unconfirmed (a draft) for a person to confirm.
   */
  pretranslate: {
    input: z.object({ projectId: Id, documentId: Id.optional(), min: z.number().int().min(50).max(101).default(100), ...WithJob }),
    output: z.object({ filled: z.number().int().nonnegative(), documents: z.array(z.object({ id: Id, filled: z.number().int().nonnegative() })) }),
  },
  /** The document's revision now (another process may have changed it): what an open editor polls. */
  getRevision: { input: z.object({ documentId: Id }), output: z.object({ revision: Revision }) },
  /** A run of a document's units by position, for loading a large document in pages. */
  getUnits: {
    input: z.object({ documentId: Id, start: z.number().int().nonnegative(), count: z.number().int().positive().max(100_000) }),
    output: z.object({ units: z.array(UnitSchema), unitCount: z.number().int().nonnegative(), revision: Revision }),
  },
  /** Segments and words by status per document and for the project, and the same as CSV. */
  /** The project's quality findings counted by check and severity (the dashboard's chart); `pird qa` lists them. */
  getProjectQa: {
    input: z.object({ projectId: Id, ...WithJob }),
    output: z.object({
      byCheck: z.array(z.object({ check: z.enum(QA_CHECKS), error: z.number().int(), warning: z.number().int(), info: z.number().int() })),
      segments: z.number().int().nonnegative(),
    }),
  },
  getProjectStats: {
    input: z.object({ projectId: Id }),
    output: z.object({ documents: z.array(ProgressStatsSchema), project: ProgressStatsSchema, csv: z.string() }),
  },
  /**
   * What a document's consistency check needs from the project's other documents: digests of
   * the sources and translations it shares with them (see shared/qa/consistency.ts).
   */
  getTranslationsElsewhere: {
    /**
     * `maxUnits`: leave the other documents out when they hold more units than this together
     * (the editor's limit: the first answer for a million-unit project takes seconds of reading).
     */
    input: z.object({ documentId: Id, maxUnits: z.number().int().positive().optional() }),
    output: z.object({
      /** False when the other documents were left out (see `maxUnits`). */
      complete: z.boolean(),
      documents: z.array(z.string()),
      rows: z.array(z.tuple([z.number(), z.number(), z.number().int().nonnegative(), z.number().int().nonnegative()])),
    }),
  },
  updateTarget: {
    input: z.object({ documentId: Id, unitId: Id, text: z.string().max(100_000) }),
    output: UnitSchema,
  },
  setStatus: {
    input: z.object({ documentId: Id, unitId: Id, status: z.enum(UNIT_STATUSES) }),
    output: UnitSchema,
  },
  /** Any operation on units (edit, status, split, merge), undoable. */
  edit: { input: z.object({ documentId: Id, operation: OperationSchema, ...BaseRevision }), output: EditResultSchema },
  /**
   * Aligns an existing English translation (text, Markdown, HTML or DOCX; one sentence per line
   * with `presegmented`) to the document's source sentences: the document's units become the
   * aligned links, status "aligned", one undoable step. Units a person worked on are kept as
   * confirmed links (`keep`) or replaced (`replace`), each noted in its history; `ask` (the
   * default) refuses with `needs-decision` when there are any, so nothing is replaced unasked.
   */
  alignTranslation: {
    input: z.object({
      documentId: Id, fileName: z.string().min(1).max(255), contentBase64: z.string().max(96_000_000),
      presegmented: z.boolean().default(false), existing: z.enum(EXISTING_WORK).default('ask'), ...BaseRevision, ...WithJob,
    }),
    output: EditResultSchema.extend({ targetSentences: z.number().int().nonnegative() }),
  },
  /** Aligns the document's sentences again, keeping confirmed links; one undoable step. */
  realign: { input: z.object({ documentId: Id, ...BaseRevision, ...WithJob }), output: EditResultSchema },
  undo: { input: z.object({ documentId: Id, ...BaseRevision }), output: EditResultSchema.nullable() },
  redo: { input: z.object({ documentId: Id, ...BaseRevision }), output: EditResultSchema.nullable() },
  /** Words of an English text that the en-US dictionary and the user's own words do not know. */
  checkSpelling: {
    input: z.object({ text: z.string().max(100_000), source: z.string().max(100_000).optional() }),
    output: z.object({ misspellings: z.array(WordSpanSchema) }),
  },
  suggestSpelling: { input: z.object({ word: z.string().min(1).max(100) }), output: z.object({ suggestions: z.array(z.string()) }) },
  /** Adds a word to the user's dictionary, shared by all projects; answers with every word in it. */
  addToDictionary: {
    input: z.object({ word: z.string().trim().min(1).max(100).regex(/^\S+$/, 'one word') }),
    output: z.object({ words: z.array(z.string()) }),
  },
  /** The shared glossary of political terms, every entry. */
  getGlossary: { input: z.object({}), output: z.object({ entries: z.array(GlossaryEntrySchema) }) },
  /**
   * Creates an entry (no id, or the id of a deleted entry being restored) or changes one; a change
   * names the revision it was made from and is refused with `conflict` if someone changed the
   * entry since.
   */
  saveGlossaryEntry: {
    input: z.object({
      entry: z.object({
        id: Id.optional(),
        sourceTerms: z.array(z.string().trim().min(1).max(200)).min(1).max(20),
        targetTerms: z.array(TargetTermSchema).min(1).max(20),
        partOfSpeech: z.string().max(40).optional(),
        domain: z.string().max(100).optional(),
        note: z.string().max(5000).optional(),
        /** Those of the Sorani terms that are also everyday words: their term check suggests, never warns. */
        commonWords: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
        examples: z.array(z.string().max(2000)).max(20).default([]),
        /** A project's own entry (over the shared glossary, in that project only). */
        projectId: Id.optional(),
      }),
      baseRevision: z.number().int().positive().optional(),
    }),
    output: GlossaryEntrySchema,
  },
  /**
   * Adds the entries of a TBX, CSV or TSV file. A Sorani term the glossary already has makes a
   * duplicate: reported, and merged into the existing entry when `merge` is set. All or nothing.
   */
  importGlossary: {
    input: z.object({ fileName: z.string().min(1).max(255), contentBase64: z.string().max(96_000_000), merge: z.boolean().default(false) }),
    output: z.object({
      added: z.number().int().nonnegative(),
      merged: z.number().int().nonnegative(),
      duplicates: z.array(z.object({ line: z.number().int(), term: z.string(), existingId: z.string().optional() })),
    }),
  },
  /**
   * Adds the glossary of Iraqi and Kurdish political terms that ships with Pird (308 entries) as
   * `importGlossary` adds a file: terms the glossary already has are reported, or merged when asked.
   */
  addStarterGlossary: {
    input: z.object({ merge: z.boolean().default(false) }),
    output: z.object({
      added: z.number().int().nonnegative(),
      merged: z.number().int().nonnegative(),
      duplicates: z.array(z.object({ line: z.number().int(), term: z.string(), existingId: z.string().optional() })),
    }),
  },
  /** The whole glossary as a file: TBX-Basic 2019, CSV, TSV, or a hunalign dictionary. */
  exportGlossary: {
    input: z.object({ format: z.enum(['tbx', 'csv', 'tsv', 'hunalign']) }),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  /**
   * Merges the copies of the glossary in the shared folder (settings.glossaryFolder) into this
   * one, entry by entry, and leaves this copy there for the others. Also runs by itself.
   */
  syncGlossary: {
    input: z.object({}),
    output: z.object({
      folder: z.string(),
      copies: z.number().int().nonnegative(),
      pulled: z.number().int().nonnegative(),
      newConflicts: z.number().int().nonnegative(),
      unreadable: z.array(z.string()),
    }),
  },
  /** The open conflicts between this copy and others: two versions of one entry changed apart. */
  getGlossaryConflicts: { input: z.object({}), output: z.object({ conflicts: z.array(GlossaryConflictSchema) }) },
  /** Settles a conflict by keeping this copy's version or taking the other's. */
  resolveGlossaryConflict: {
    input: z.object({ id: Id, keep: z.enum(['mine', 'theirs']) }),
    output: z.object({ conflicts: z.array(GlossaryConflictSchema) }),
  },
  /** Deletes an entry; answers with it, so that it can be restored (undo). */
  deleteGlossaryEntry: { input: z.object({ id: Id }), output: GlossaryEntrySchema },
  getSettings: { input: z.object({}), output: SettingsSchema },
  updateSettings: {
    input: z.object({
      uiLanguage: z.enum(UI_LANGUAGES).optional(),
      userName: z.string().max(100).optional(),
      role: z.enum(ROLES).optional(),
      /** An absolute folder path; empty to stop sharing. */
      glossaryFolder: z.string().max(1000).optional(),
      /** The document and segment the workbench shows, to reopen them on the next start. */
      lastPlace: z.object({ documentId: Id, unitId: Id.optional() }).optional(),
      theme: z.enum(THEMES).optional(),
      digits: z.enum(DIGIT_STYLES).optional(),
      /** Every shortcut changed from the defaults (replaces the whole setting; checked for conflicts). */
      shortcuts: z.record(z.string().max(64), z.string().max(40).nullable()).optional(),
    }),
    output: SettingsSchema,
  },
} as const;

export type ApiMethod = keyof typeof API;
export type ApiInput<M extends ApiMethod> = z.input<(typeof API)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<(typeof API)[M]['output']>;
/** A request as a service method sees it once checked: defaults filled in. */
export type ParsedInput<M extends ApiMethod> = z.output<(typeof API)[M]['input']>;

/** The whole contract as an interface: what the service implements and every client offers. */
export type PirdApi = { readonly [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

export const API_METHODS = Object.keys(API) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API, name);
}

/** The Electron IPC channel of a method. */
export function channelOf(method: ApiMethod): string {
  return `pird:${method}`;
}

/**
 * `write-failed`: the disk refused a write (full, read-only, no permission); nothing was changed.
 * `locked`: another Pird process held the file too long; `needs-decision`: a bulk change would
 * replace a person's work and waits for the caller to say how (see `alignTranslation`).
 */
export const API_ERROR_CODES = ['invalid-input', 'not-found', 'corrupt-file', 'newer-file', 'not-allowed', 'conflict', 'write-failed', 'locked', 'needs-decision', 'cancelled', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ApiErrorSchema = z.object({
  code: z.enum(API_ERROR_CODES),
  message: z.string(),
  file: z.string().optional(),
  backup: z.string().optional(),
});
export type ApiErrorPayload = z.infer<typeof ApiErrorSchema>;

/** An error every door carries the same way: `{ error: { code, message, file?, backup? } }`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly file?: string,
    readonly backup?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toPayload(): ApiErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.file === undefined ? {} : { file: this.file }),
      ...(this.backup === undefined ? {} : { backup: this.backup }),
    };
  }

  /** Any thrown value as an ApiError; what is not one already becomes `internal`. */
  static from(error: unknown): ApiError {
    if (error instanceof ApiError) return error;
    return new ApiError('internal', error instanceof Error ? error.message : String(error));
  }

  static fromPayload(payload: unknown): ApiError {
    const parsed = ApiErrorSchema.safeParse(payload);
    if (!parsed.success) return new ApiError('internal', 'malformed error from the service');
    return new ApiError(parsed.data.code, parsed.data.message, parsed.data.file, parsed.data.backup);
  }
}

/** Validates a payload against a method's input schema; throws ApiError('invalid-input'). */
export function parseInput<M extends ApiMethod>(method: M, payload: unknown): ParsedInput<M> {
  const parsed = API[method].input.safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError('invalid-input', `${method}: ${issue ? `${issue.path.join('.') || 'input'}: ${issue.message}` : 'invalid input'}`);
  }
  return parsed.data as z.output<(typeof API)[M]['input']>;
}

export function parseOutput<M extends ApiMethod>(method: M, payload: unknown): ApiOutput<M> {
  const parsed = API[method].output.safeParse(payload);
  if (!parsed.success) throw new ApiError('internal', `${method}: the service answered with an unexpected shape`);
  return parsed.data as ApiOutput<M>;
}

export type CallOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ApiErrorPayload };

/** Calls one method of an implementation; every failure comes back as an ApiError payload. Used by every door. */
export async function callMethod(api: PirdApi, method: ApiMethod, input: unknown): Promise<CallOutcome> {
  try {
    const call = api[method] as (payload: unknown) => Promise<unknown>;
    return { ok: true, value: await call(input) };
  } catch (error) {
    return { ok: false, error: ApiError.from(error).toPayload() };
  }
}
