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
  examples: z.array(z.string().max(2000)).default([]),
  createdBy: z.string().max(100),
  createdAt: z.string(),
  changedBy: z.string().max(100),
  changedAt: z.string(),
  /** Raised on every change: merging copies of the glossary compares it entry by entry. */
  revision: z.number().int().positive(),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export const GlossaryFileSchema = z.object({
  schemaVersion: z.literal(GLOSSARY_SCHEMA_VERSION),
  entries: z.array(GlossaryEntrySchema),
});
export type GlossaryFile = z.infer<typeof GlossaryFileSchema>;
