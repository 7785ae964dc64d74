import { z } from 'zod';

export const GLOSSARY_SCHEMA_VERSION = 1;

/** How an English term may be used for its concept. */
export const TERM_STATUSES = ['preferred', 'admitted', 'forbidden'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export const TargetTermSchema = z.object({
  text: z.string().trim().min(1).max(200),
  status: z.enum(TERM_STATUSES),
});
export type TargetTerm = z.infer<typeof TargetTermSchema>;

/**
 * One concept: its Sorani terms (the first is the headword, the others spelling variants such as
 * دۆسێ / دۆسیە) and its English terms, each preferred, admitted or forbidden.
 */
export const GlossaryEntrySchema = z.object({
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  sourceTerms: z.array(z.string().trim().min(1).max(200)).min(1),
  targetTerms: z.array(TargetTermSchema).min(1),
  partOfSpeech: z.string().max(40).optional(),
  domain: z.string().max(100).optional(),
  note: z.string().max(5000).optional(),
  /**
   * The entry's Sorani terms that are also everyday words outside this sense (کۆبوونەوە "meeting"
   * and people gathering; پارتی the KDP and any party): a hit of one of them suggests the English,
   * never warns; the entry's other terms (پارتی دیموکراتی کوردستان) are checked as usual.
   */
  commonWords: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  examples: z.array(z.string().max(2000)).default([]),
  /** Set for a project's own entry: it applies in that project only, over the shared glossary. */
  projectId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/).optional(),
  createdBy: z.string().max(100),
  createdAt: z.string(),
  changedBy: z.string().max(100),
  changedAt: z.string(),
  /** Raised on every change; a change is made from a revision and refused if it is stale. */
  revision: z.number().int().positive(),
  /**
   * Changes per writer (a version vector): how copies of the glossary in a shared folder are
   * merged entry by entry. One version replaces another only if it has seen all of its changes.
   */
  clock: z.record(z.string(), z.number().int().nonnegative()).optional(),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** A deleted entry, kept so that the deletion reaches the other copies of a shared glossary. */
export const TombstoneSchema = z.object({
  id: GlossaryEntrySchema.shape.id,
  deletedBy: z.string().max(100),
  deletedAt: z.string(),
  clock: z.record(z.string(), z.number().int().nonnegative()),
});
export type Tombstone = z.infer<typeof TombstoneSchema>;

/** Two versions of one entry that were changed apart: someone must choose. */
export const GlossaryConflictSchema = z.object({
  id: GlossaryEntrySchema.shape.id,
  /** This copy's version (null: deleted here). */
  mine: GlossaryEntrySchema.nullable(),
  /** The other copy's version (null: deleted there), and whose copy it is. */
  theirs: GlossaryEntrySchema.nullable(),
  theirsFrom: z.string(),
  theirsClock: z.record(z.string(), z.number().int().nonnegative()),
});
export type GlossaryConflict = z.infer<typeof GlossaryConflictSchema>;

export const GlossaryFileSchema = z.object({
  schemaVersion: z.literal(GLOSSARY_SCHEMA_VERSION),
  entries: z.array(GlossaryEntrySchema),
  deleted: z.array(TombstoneSchema).default([]),
  conflicts: z.array(GlossaryConflictSchema).default([]),
});
export type GlossaryFile = z.infer<typeof GlossaryFileSchema>;
