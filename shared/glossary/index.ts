export {
  GLOSSARY_SCHEMA_VERSION, GlossaryEntrySchema, GlossaryFileSchema, TERM_STATUSES, TargetTermSchema, type GlossaryEntry,
  type GlossaryFile, type TargetTerm, type TermStatus,
} from './model';
export { englishStem, findEnglishTerm } from './english';
export { buildSourceIndex, type SourceHit, type SourceIndex } from './source-index';
export { checkTerms, type TermBase } from './term-check';
export { termBase } from './term-base';
export { DEFAULT_LANGUAGES, readTbx, writeTbx, type ImportedEntry, type LanguagePair } from './tbx';
export { readDelimitedGlossary } from './delimited';
export { readGlossaryFile, toGlossaryEntries } from './read-file';
export { planImport, termKey, type ImportPlan } from './merge-import';
export { writeDelimitedGlossary, writeHunalignDictionary } from './export';
