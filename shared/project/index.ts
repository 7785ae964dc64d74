export * from './model';
export * from './status';
export { buildDocument, type NewDocument } from './build-document';
export { migrateDocument, migrateLibrary, migrateSettings, type MigrationProblem, type MigrationResult } from './migrations';
