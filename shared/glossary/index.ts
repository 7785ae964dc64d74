export {
  GLOSSARY_SCHEMA_VERSION, GlossaryConflictSchema, GlossaryEntrySchema, GlossaryFileSchema, TERM_STATUSES, TargetTermSchema,
  TombstoneSchema, type GlossaryConflict, type GlossaryEntry, type GlossaryFile, type TargetTerm, type TermStatus, type Tombstone,
} from './model';
export { compareClocks, mergeClocks, mergeGlossary, resolveConflict, tick, type Clock, type MergeResult } from './sync';
export { englishStem, findEnglishTerm, findEnglishTermIn } from './english';
export { buildSourceIndex, type SourceHit, type SourceIndex } from './source-index';
export { approvesArabicScript, checkTerms, type TermBase } from './term-check';
export { entriesForProject, termBase } from './term-base';
export { DEFAULT_LANGUAGES, readTbx, writeTbx, type ImportedEntry, type LanguagePair } from './tbx';
export { readDelimitedGlossary } from './delimited';
export { newEntry, readGlossaryFile, toGlossaryEntries } from './read-file';
export { planImport, type ImportPlan } from './merge-import';
export { writeDelimitedGlossary, writeHunalignDictionary } from './export';
