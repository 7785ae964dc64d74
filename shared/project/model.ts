import { z } from 'zod';
import { QA_CHECKS, QA_SEVERITIES } from '../qa/types';
import { UNIT_STATUSES } from './status';

export const DOCUMENT_SCHEMA_VERSION = 3;
export const LIBRARY_SCHEMA_VERSION = 1;
export const SETTINGS_SCHEMA_VERSION = 1;
export const USER_DICTIONARY_SCHEMA_VERSION = 1;
export const MEMORIES_SCHEMA_VERSION = 1;

export const LanguageCode = z.string().min(2).max(35).regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/);
export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** A sentence with its span in the original file, where there is one. */
export const SentenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const HistoryEntrySchema = z.object({
  at: z.string(),
  by: z.string(),
  status: z.enum(UNIT_STATUSES),
  target: z.string(),
  note: z.string().optional(),
  /** QA errors a reviewer approved over, by code (the note says why). */
  override: z.array(z.string().max(100)).optional(),
  /** A quality warning someone ignored on the segment (or took back into account). */
  qa: z.object({ code: z.string().max(100), ignored: z.boolean() }).optional(),
  /** A bulk change that met this segment: kept as it was, or replaced (the entries before keep what it had). */
  event: z.enum(['kept-on-import', 'replaced-on-import', 'pretranslated']).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const CommentSchema = z.object({
  id: Id,
  by: z.string(),
  at: z.string(),
  text: z.string().min(1).max(10_000),
  /** The comment this one answers; threads are one level of replies to a first comment. */
  replyTo: Id.optional(),
  resolved: z.boolean(),
});
export type Comment = z.infer<typeof CommentSchema>;

/** How a unit made by the aligner was linked: the aligner's confidence, and whether a person confirmed it. */
export const AlignmentSchema = z.object({
  score: z.number().min(0).max(1),
  /** Confirmed links are kept as they are when the rest is realigned. */
  confirmed: z.boolean(),
});
export type Alignment = z.infer<typeof AlignmentSchema>;

/** Zero or more source sentences and zero or more target sentences: 1-1 when translating, n-m when aligning. */
export const UnitSchema = z.object({
  id: Id,
  paragraph: z.number().int().nonnegative(),
  source: z.array(SentenceSchema),
  target: z.array(SentenceSchema),
  status: z.enum(UNIT_STATUSES),
  history: z.array(HistoryEntrySchema),
  comments: z.array(CommentSchema),
  /** Set on units the aligner made (an imported translation); absent on units translated here. */
  alignment: AlignmentSchema.optional(),
  /** Quality warnings ignored on this segment, by code, until its translation changes. */
  ignoredQa: z.array(z.string().max(100)).max(100).optional(),
  /** Where a pre-translated target came from (a translation memory match and its score), until it is edited. */
  origin: z.object({
    score: z.number().int().min(0).max(101), memory: z.string().max(200), document: z.string().max(200), unit: z.string().max(200),
  }).optional(),
});
export type Unit = z.infer<typeof UnitSchema>;

/** How the source marked a paragraph: a heading of a level, or an item of a bulleted or numbered list at a depth (0: not nested). */
export const BlockStyleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.number().int().min(1).max(6) }),
  z.object({ kind: z.literal('item'), list: z.enum(['bullet', 'number']), depth: z.number().int().min(0).max(8) }),
]);
export type BlockStyle = z.infer<typeof BlockStyleSchema>;

/** A marked paragraph of a document, by its number (`Unit.paragraph`); paragraphs not listed are plain. */
export const ParagraphStyleSchema = z.object({ paragraph: z.number().int().nonnegative() }).and(BlockStyleSchema);
export type ParagraphStyle = z.infer<typeof ParagraphStyleSchema>;

/** A document's paragraph styles by paragraph number. */
export function stylesByParagraph(styles: readonly ParagraphStyle[] | undefined): Map<number, BlockStyle> {
  return new Map((styles ?? []).map(({ paragraph, ...style }) => [paragraph, style as BlockStyle]));
}

export const DocumentFileSchema = z.object({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  id: Id,
  projectId: Id,
  name: z.string().min(1),
  sourceLang: LanguageCode,
  targetLang: LanguageCode,
  sourceText: z.string(),
  /** The headings and list items of the source as imported (Markdown, HTML, DOCX), for the translated document. */
  paragraphStyles: z.array(ParagraphStyleSchema).optional(),
  units: z.array(UnitSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The last journal record this snapshot already contains (see journal.ts); 0 or absent: none. */
  journalSeq: z.number().int().nonnegative().optional(),
});
export type DocumentFile = z.infer<typeof DocumentFileSchema>;

export const DocumentSummarySchema = z.object({
  id: Id,
  name: z.string(),
  units: z.number().int().nonnegative(),
  translated: z.number().int().nonnegative(),
  updatedAt: z.string(),
  /** Another document of the project with the same source text (compared by matching key). */
  duplicateOf: Id.optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** A project's quality-check settings: checks switched off, severities changed. */
export const QaSettingsSchema = z.object({
  disabled: z.array(z.enum(QA_CHECKS)).optional(),
  severity: z.partialRecord(z.enum(QA_CHECKS), z.enum(QA_SEVERITIES)).optional(),
});

/** A project's translation memory settings: what it reads, the lowest score shown, penalties. */
export const TmSettingsSchema = z.object({
  /** Imported memories (by id) the project reads besides every project's segments; absent: all of them. */
  memories: z.array(Id).max(1000).optional(),
  /** The lowest score the match panel shows (default 70). */
  threshold: z.number().int().min(0).max(100).optional(),
  /** Put the best match at or above this score into an empty segment when it becomes active (absent: never). */
  autoInsert: z.number().int().min(50).max(101).optional(),
  /** After a segment is confirmed, fill the document's empty segments with the same source (auto-propagation). */
  propagate: z.boolean().optional(),
  /** Points off by kind of entry and for another project's (defaults: 0, 0, 1, 5, 1). */
  penalties: z.object({
    approved: z.number().int().min(0).max(100), translated: z.number().int().min(0).max(100), confirmed: z.number().int().min(0).max(100),
    aligned: z.number().int().min(0).max(100), otherProject: z.number().int().min(0).max(100), memory: z.number().int().min(0).max(100),
  }).partial().optional(),
});
export type TmSettings = z.infer<typeof TmSettingsSchema>;

export const ProjectSchema = z.object({
  id: Id,
  name: z.string().min(1),
  qa: QaSettingsSchema.optional(),
  tm: TmSettingsSchema.optional(),
  sourceLang: LanguageCode,
  targetLang: LanguageCode,
  createdAt: z.string(),
  documents: z.array(DocumentSummarySchema),
});
export type Project = z.infer<typeof ProjectSchema>;

export const LibraryFileSchema = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  projects: z.array(ProjectSchema),
  demoInstalled: z.boolean(),
});
export type LibraryFile = z.infer<typeof LibraryFileSchema>;

export const UI_LANGUAGES = ['en', 'ckb'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const ROLES = ['translator', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** The interface's colour themes: high contrast for low vision and bright rooms. */
export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** The digits of the Sorani interface: Eastern Arabic (٠–٩, the default) or Latin (0–9). */
export const DIGIT_STYLES = ['eastern', 'latin'] as const;
export type DigitStyle = (typeof DIGIT_STYLES)[number];

/** How many recently opened documents the settings remember. */
export const RECENT_DOCUMENTS_KEPT = 10;

export const SettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  uiLanguage: z.enum(UI_LANGUAGES),
  userName: z.string().max(100),
  role: z.enum(ROLES),
  /** A folder the team shares (network drive, synced folder) where copies of the glossary meet. */
  glossaryFolder: z.string().max(1000).optional(),
  /** This data directory's name among the writers of a shared glossary; made on first need. */
  instanceId: z.string().max(64).optional(),
  /** Where work stopped: the workbench reopens this document at this segment. */
  lastPlace: z.object({ documentId: Id, unitId: Id.optional() }).optional(),
  /** Documents opened lately, the latest first (File › Open recent). */
  recentDocuments: z.array(Id).max(RECENT_DOCUMENTS_KEPT).optional(),
  /** The digits numbers are shown with in the Sorani interface (absent: Eastern Arabic). */
  digits: z.enum(DIGIT_STYLES).optional(),
  /** The interface's colours (absent: light). */
  theme: z.enum(THEMES).optional(),
  /** Shortcuts changed from the defaults: command id → chord, or null for none (`shared/commands`). */
  shortcuts: z.record(z.string().max(64), z.string().max(40).nullable()).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  uiLanguage: 'en',
  userName: '',
  role: 'translator',
};

export const EMPTY_LIBRARY: LibraryFile = { schemaVersion: LIBRARY_SCHEMA_VERSION, projects: [], demoInstalled: false };

/** The unit's target as one string (multi-sentence targets joined by a space). */
export function unitTargetText(unit: Unit): string {
  return unit.target.map((sentence) => sentence.text).join(' ');
}

export function unitSourceText(unit: Unit): string {
  return unit.source.map((sentence) => sentence.text).join(' ');
}

/**
 * Whether a segment counts as translated in progress figures: a person translated or approved it,
 * or it holds a translation that arrived whole (a link of an aligned translation, a
 * pre-translation from the memory not yet edited). Drafts being typed and rejected ones do not.
 */
export function hasTranslation(unit: Unit): boolean {
  if (unit.status === 'translated' || unit.status === 'approved') return true;
  const written = unit.target.some((sentence) => sentence.text.trim() !== '');
  return written && (unit.status === 'aligned' || (unit.status === 'draft' && unit.origin !== undefined));
}

/** Words the user taught the spelling checker (names, terms), shared by all projects. */
export const UserDictionarySchema = z.object({
  schemaVersion: z.literal(USER_DICTIONARY_SCHEMA_VERSION),
  words: z.array(z.string().min(1).max(100)),
});
export type UserDictionary = z.infer<typeof UserDictionarySchema>;
export const EMPTY_USER_DICTIONARY: UserDictionary = { schemaVersion: USER_DICTIONARY_SCHEMA_VERSION, words: [] };

/** A TMX file imported as a named, read-only translation memory (`memories/<id>.tmx`). */
export const MemoryInfoSchema = z.object({
  id: Id,
  name: z.string().min(1).max(100),
  /** The file as it was imported, for the record. */
  fileName: z.string(),
  sourceLang: z.string(),
  targetLang: z.string(),
  units: z.number().int().nonnegative(),
  importedAt: z.string(),
});
export type MemoryInfo = z.infer<typeof MemoryInfoSchema>;

/** `memories.json`: the imported memories of the data directory. */
export const MemoriesFileSchema = z.object({
  schemaVersion: z.literal(MEMORIES_SCHEMA_VERSION),
  memories: z.array(MemoryInfoSchema),
});
export type MemoriesFile = z.infer<typeof MemoriesFileSchema>;
export const EMPTY_MEMORIES: MemoriesFile = { schemaVersion: MEMORIES_SCHEMA_VERSION, memories: [] };
