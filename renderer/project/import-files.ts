import type { TFunction } from 'i18next';
import type { PirdApi } from '../../shared/api';
import type { Project } from '../../shared/project';
import { errorText } from '../widgets/error-banner';
import { runJobWithFiles, type JobRunner } from '../shell/jobs';

const CORPUS_FILE = /\.(?:tmx|xlf|xliff|tsv|csv)$/iu;
/** The files the import accepts (a file picker's `accept`). */
export const IMPORT_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx,.tmx,.xlf,.xliff,.tsv,.csv,.ckb,.en';

/** A document's name as the project list shows it, or its id when no project has it. */
export function documentNameIn(projects: readonly Project[] | null, documentId: string): string {
  return projects?.flatMap((project) => project.documents).find((document) => document.id === documentId)?.name ?? documentId;
}

/** What an import did: a line per file (done, or why not), the documents made, and how many files failed. */
export interface ImportReport {
  readonly lines: readonly string[];
  readonly documentIds: readonly string[];
  readonly failed: number;
}

/**
 * Imports files into a project one by one: documents (text, Markdown, HTML, DOCX), parallel corpora
 * (TMX, XLIFF, TSV, CSV) as aligned documents, and a Moses pair (x.ckb with x.en) as one; a file
 * that fails is reported and the others still come in.
 */
export async function importFiles(
  api: PirdApi, projectId: string, files: readonly File[], t: TFunction, nameOf: (documentId: string) => string, runJob: JobRunner,
): Promise<ImportReport> {
  const lines: string[] = [];
  const documentIds: string[] = [];
  let failed = 0;
  const englishOf = (file: File): File | undefined =>
    /\.ckb$/iu.test(file.name) ? files.find((other) => other.name === file.name.replace(/\.ckb$/iu, '.en')) : undefined;
  const paired = new Set(files.flatMap((file) => englishOf(file) ?? []));
  for (const file of files) {
    if (paired.has(file)) continue;
    try {
      const english = englishOf(file);
      if (english || CORPUS_FILE.test(file.name)) {
        const result = await runJobWithFiles(runJob, t('jobs.import', { name: file.name }), english ? [file, english] : [file], ([contentBase64 = '', translationBase64], jobId) => {
          const translation = english && translationBase64 !== undefined ? { format: 'moses' as const, translationName: english.name, translationBase64 } : {};
          return api.importCorpus({ projectId, fileName: file.name, contentBase64, ...translation, jobId });
        });
        lines.push(t('import.corpusDone', { name: file.name, format: result.format, count: result.pairs }));
        documentIds.push(...result.documents.map((document) => document.id));
        continue;
      }
      const result = await runJobWithFiles(runJob, t('jobs.import', { name: file.name }), [file], ([contentBase64 = ''], jobId) =>
        api.importDocument({ projectId, fileName: file.name, contentBase64, jobId }));
      lines.push(t('import.done', { name: file.name, format: result.format, encoding: result.encoding }));
      if (result.document.duplicateOf) lines.push(t('import.duplicate', { name: file.name, other: nameOf(result.document.duplicateOf) }));
      documentIds.push(result.document.id);
    } catch (error) {
      failed++;
      lines.push(errorText(t, error));
    }
  }
  return { lines, documentIds, failed };
}
