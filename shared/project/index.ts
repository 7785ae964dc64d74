export * from './model';
export * from './status';
export { buildDocument, type NewDocument } from './build-document';
export { flattenUnits, hasPersonWork, spliceBetween, unitsFromLinks, type AlignedUnitsContext, type SentenceLink } from './aligned-units';
export { migrateDocument, migrateLibrary, migrateMemories, migrateSettings, migrateUserDictionary, migrateGlossary, type MigrationProblem, type MigrationResult } from './migrations';
export {
  OperationError, OperationSchema, SIDES, applyOperation, applySplice, type Applied, type Operation, type OperationContext,
  type Side, type Splice,
} from './operations';
export {
  compileQuery, filterUnits, planReplace, type CompiledQuery, type PlannedReplacement, type TextQuery, type UnitFilter,
} from './filter';
export { documentStats, statsCsv, sumStats, type Counts, type ProgressStats } from './stats';
export {
  JournalReader, JournalRecordSchema, JournalReplayError, journalLine, journalPieces, readJournal, replayJournal, type JournalProblem, type JournalReading, type JournalRecord,
} from './journal';
export { corpusPairs, type CorpusCounts, type CorpusSelection, type ExportedDocument, type SelectedPair } from './corpus-pairs';
export { DOCUMENT_FORMATS, ENGLISH_REVIEW_LABELS, REVIEW_FORMATS, TRANSLATION_FORMATS, listNumbers, reviewAsHtml, reviewRows, translatedDocument, translationAsHtml, translationAsMarkdown, translationAsText, type DocumentFormat, type ReviewLabels, type ReviewRow, type TranslatedDocument } from './translated-document';
export { documentNameFor, withoutImportedExtension } from './document-name';
