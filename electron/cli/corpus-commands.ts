import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { basename } from 'node:path';
import { CORPUS_FORMATS, type CorpusFormat } from '../../shared/formats';
import { IMPORT_FORMATS, type ImportFormat } from '../../shared/api';
import { DOCUMENT_FORMATS, LanguageCode, UNIT_STATUSES, type DocumentFormat, type Project, type UnitStatus } from '../../shared/project';
import { writeFileDurably } from '../store/durable-file';
import { writeCorpus } from '../corpus/write-corpus';
import type { PirdService } from '../service/pird-service';
import { CliError, EXIT_USAGE } from './cli-error';
import { appVersion } from '../paths';
import type { CliIo } from './cli-io';
import { ensureReadable, readBytes } from './read-text';
import { textChunks } from '../corpus/read-chunks';
import { jobDocuments, withJobProgress, withLocalJob } from './job-progress';
import { importFormatOf } from '../corpus/import-corpus';
import { projectNamed, withService } from './project-commands';


interface ExportOptions {
  format: string;
  out: string;
  approvedOnly?: boolean;
  status?: string[];
  dedupe?: boolean;
  clean?: boolean;
  sourceLang: string;
  targetLang: string;
  keepFormulas?: boolean;
  quiet?: boolean;
}

/** The documents a project (id or name) or a document id names, in project order. */
async function documentsNamed(service: PirdService, name: string): Promise<string[]> {
  const projects = await service.listProjects({});
  const project = await projectNamed(service, name);
  if (project) return project.documents.map((d) => d.id);
  if (projects.some((p) => p.documents.some((d) => d.id === name))) return [name];
  throw new CliError(`no project or document "${name}" (see pird projects)`, EXIT_USAGE);
}

const ALL_FORMATS: readonly string[] = [...CORPUS_FORMATS, ...DOCUMENT_FORMATS];

function checkOptions(options: ExportOptions): { format: CorpusFormat; statuses: UnitStatus[] } {
  if (!(CORPUS_FORMATS as readonly string[]).includes(options.format)) {
    throw new CliError(`unknown format "${options.format}"; one of ${ALL_FORMATS.join(', ')}`, EXIT_USAGE);
  }
  for (const code of [options.sourceLang, options.targetLang]) {
    if (!LanguageCode.safeParse(code).success) throw new CliError(`"${code}" is not a language code (ckb, ckb-Arab-IQ, en)`, EXIT_USAGE);
  }
  const statuses = options.approvedOnly ? ['approved'] : (options.status ?? []);
  for (const status of statuses) {
    if (!(UNIT_STATUSES as readonly string[]).includes(status)) throw new CliError(`unknown status "${status}"; one of ${UNIT_STATUSES.join(', ')}`, EXIT_USAGE);
  }
  return { format: options.format as CorpusFormat, statuses: statuses as UnitStatus[] };
}

export function addCorpusCommands(program: Command, io: CliIo): void {
  program
    .command('export')
    .description("export a project or a document as a parallel corpus, or a document's translation as a document (txt, md, html, docx) or a bilingual review document (review-html, review-docx)")
    .argument('<project-or-document>', 'project id or document id (see pird projects); a document id (or a project of one document) for the document formats')
    .requiredOption('--format <format>', `one of ${ALL_FORMATS.join(', ')}`)
    .requiredOption('--out <path>', 'file to write (Moses: <path>.<source lang> and <path>.<target lang>)')
    .option('--approved-only', 'only approved segments')
    .option('--status <status...>', `only segments with these statuses (${UNIT_STATUSES.join(', ')})`)
    .option('--dedupe', 'leave out pairs already exported (same source and target by matching key)')
    .option('--clean', 'normalize the Sorani (display-safe), trim white space; empty pairs are always left out')
    .option('--source-lang <code>', 'source language code', 'ckb')
    .option('--target-lang <code>', 'target language code', 'en')
    .option('--keep-formulas', 'CSV: leave cells beginning with = + - @ as they are (by default they get a leading \' so that spreadsheets do not run them)')
    .option('--quiet', 'no progress line on stderr (shown only when stderr is a terminal)')
    .action(async (name: string, options: ExportOptions) => {
      if ((DOCUMENT_FORMATS as readonly string[]).includes(options.format)) {
        await exportDocument(program, io, name, options.format as DocumentFormat, options.out);
        return;
      }
      const { format, statuses } = checkOptions(options);
      const header = {
        sourceLang: options.sourceLang, targetLang: options.targetLang, toolVersion: appVersion(), createdAt: new Date(),
        neutralizeFormulas: options.keepFormulas !== true,
      };
      const selection = { statuses, dedupe: options.dedupe === true, clean: options.clean === true };
      const result = await withService(program, async (service) => {
        const ids = await documentsNamed(service, name);
        await service.flush();
        return withLocalJob(io, `export ${basename(options.out)}`, options.quiet === true, 'export',
          (job) => writeCorpus(jobDocuments(service.documentsOnce(ids), ids.length, job), format, options.out, header, selection));
      });
      const { exported, skippedByStatus, empty, duplicates } = result.counts;
      io.out(`${exported} pairs written to ${result.files.join(' and ')}; left out: ${skippedByStatus} by status, ${empty} empty, ${duplicates} duplicates\n`);
      if (result.droppedCharacters > 0) io.err(`pird: warning: ${result.droppedCharacters} characters XML does not allow (control characters) were removed\n`);
    });
}

/** `pird export DOC --format docx|html|md|txt|review-docx|review-html --out PATH`: one document, written whole or not at all. */
async function exportDocument(program: Command, io: CliIo, name: string, format: DocumentFormat, out: string): Promise<void> {
  const exported = await withService(program, async (service) => {
    const ids = await documentsNamed(service, name);
    if (ids.length !== 1) throw new CliError(`--format ${format} writes one document: give a document id (${name} has ${ids.length}; see pird projects)`, EXIT_USAGE);
    return service.exportDocument({ documentId: ids[0] ?? '', format });
  });
  await writeFileDurably(out, Buffer.from(exported.contentBase64, 'base64'));
  const kept = exported.untranslated === 0 ? '' : format.startsWith('review') ? `; ${exported.untranslated} segment(s) not translated yet` : `; ${exported.untranslated} segment(s) not translated yet, their Sorani kept`;
  io.out(`written ${out}${kept}\n`);
}

const importReport = (project: Project, imported: { pairs: number; documents: ReadonlyArray<{ id: string }> }, format: string): string =>
  `${imported.pairs} units in ${imported.documents.length} document(s) imported as ${format} into project ${project.id} (${project.name}): ${imported.documents.map((d) => d.id).join(', ')}\n`;

/** Runs an import into the project of that name, made for it if there is none; a project made for an import that fails is taken back. */
async function intoProject<T>(service: PirdService, name: string, run: (project: Project) => Promise<T>): Promise<T> {
  const existing = await projectNamed(service, name);
  const project = existing ?? (await service.createProject({ name }));
  try {
    return await run(project);
  } catch (error) {
    if (!existing) await service.removeEmptyProject(project.id).catch(() => undefined);
    throw error;
  }
}

export function addImportCommand(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('import a corpus or a text with its translation into a project (made if it does not exist) as aligned documents')
    .argument('<project>', 'project id or name')
    .argument('<file>', 'TMX, XLIFF, TSV, CSV, the Sorani side of a Moses pair, or a Sorani text or DOCX')
    .argument('[translation]', 'the English side: of a Moses pair, or of a text (which is then aligned)')
    .option('--presegmented', 'the translation text has one sentence per line')
    .option('--format <format>', `one of ${IMPORT_FORMATS.join(', ')}`, 'auto')
    .option('--quiet', 'no progress line on stderr (shown only when stderr is a terminal)')
    .action(async (name: string, file: string, translation: string | undefined, options: { presegmented?: boolean; format: string; quiet?: boolean }) => {
      if (!(IMPORT_FORMATS as readonly string[]).includes(options.format)) {
        throw new CliError(`unknown format "${options.format}"; one of ${IMPORT_FORMATS.join(', ')}`, EXIT_USAGE);
      }
      const format = importFormatOf(options.format as ImportFormat, file, translation);
      if (format === 'tmx' || format === 'xliff') {
        // Streamed from disk: a TMX of a million units never sits in memory whole.
        await ensureReadable(file);
        const size = (await stat(file)).size;
        const { project, imported } = await withService(program, (service) => intoProject(service, name, async (project) => (
          {
            project,
            imported: await withJobProgress(service, io, `import ${basename(file)}`, options.quiet === true,
              // The file's size in bytes stands for its characters: the line shows how far the reading is.
              (jobId) => service.importCorpusStream(project.id, basename(file), format, textChunks(file), jobId, size)),
          }
        )));
        io.out(importReport(project, imported, format));
        return;
      }
      const content = await readBytes(file);
      const translationBytes = translation === undefined ? undefined : await readBytes(translation);
      const result = await withService(program, (service) => intoProject(service, name, async (project) => {
        const imported = await withJobProgress(service, io, `import ${basename(file)}`, options.quiet === true, (jobId) => service.importCorpus({
          projectId: project.id, fileName: basename(file), contentBase64: content.toString('base64'), format: options.format as ImportFormat,
          presegmented: options.presegmented === true, jobId,
          ...(translation !== undefined && translationBytes ? { translationName: basename(translation), translationBase64: translationBytes.toString('base64') } : {}),
        }));
        return { project, imported };
      }));
      io.out(importReport(result.project, result.imported, result.imported.format));
    });
}
