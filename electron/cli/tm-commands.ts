import type { Command } from 'commander';
import { ANALYSIS_BANDS } from '../../shared/api';
import { writeCorpusFile } from '../corpus/write-corpus';
import { CliError, EXIT_USAGE } from './cli-error';
import type { CliIo } from './cli-io';
import { projectNamed, withService } from './project-commands';
import { ensureReadable } from './read-text';
import { withJobProgress } from './job-progress';

const oneLine = (text: string): string => text.replace(/[\t\r\n]+/gu, ' ');

/** `pird tm …`: the translation memory from the command line. */
export function addTmCommands(program: Command, io: CliIo): void {
  const tm = program.command('tm').description('the translation memory: every project\'s translated, approved and aligned segments');
  tm.command('lookup')
    .description('the best matches for a Sorani sentence, as the match panel shows them')
    .argument('<project>', 'project id or name (its own segments have no penalty)')
    .argument('<text>', 'the Sorani sentence')
    .option('--limit <n>', 'how many matches at most', '5')
    .option('--min <percent>', 'the lowest score shown', '70')
    .option('--json', 'print {"matches":[{"score","source","target","suggestion","memory","project","document","unit","status"}]}')
    .action(async (name: string, text: string, options: { limit: string; min: string; json?: boolean }) => {
      const limit = Number(options.limit);
      const threshold = Number(options.min);
      if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new CliError('--limit takes a whole number from 1 to 50', EXIT_USAGE);
      if (!Number.isInteger(threshold) || threshold < 0 || threshold > 100) throw new CliError('--min takes a whole number from 0 to 100', EXIT_USAGE);
      const matches = await withService(program, async (service) => {
        const project = await projectNamed(service, name);
        if (!project) throw new CliError(`no project "${name}" (see pird projects)`, EXIT_USAGE);
        return (await service.tmLookup({ projectId: project.id, text, limit, threshold })).matches;
      });
      if (options.json) {
        const shown = matches.map(({ score, source, target, suggestion, memory, project, document, unit, status }) => (
          { score, source, target, suggestion, memory, project, document, unit, status }
        ));
        io.out(`${JSON.stringify({ matches: shown })}\n`);
      } else {
        io.out(matches.map((m) => `${m.score}\t${oneLine(m.source)}\t${oneLine(m.suggestion)}\t${m.document}\t${m.unit}\n`).join(''));
      }
    });

  tm.command('list')
    .description('the imported memories (TMX files kept in the data directory)')
    .option('--json', 'print {"memories":[{"id","name","fileName","sourceLang","targetLang","units","importedAt"}]}')
    .action(async (options: { json?: boolean }) => {
      const memories = await withService(program, async (service) => (await service.listMemories({})).memories);
      if (options.json) io.out(`${JSON.stringify({ memories })}\n`);
      else io.out(memories.map((m) => `${m.name}\t${m.units}\t${m.sourceLang}-${m.targetLang}\t${m.importedAt}\t${m.fileName}\n`).join(''));
    });
  tm.command('import')
    .description('import a TMX file (1.x) as a named, read-only memory; streamed, all or nothing')
    .argument('<name>', 'the memory\'s name')
    .argument('<file>', 'a TMX file')
    .action(async (name: string, file: string) => {
      await ensureReadable(file);
      const memory = await withService(program, (service) => service.importMemoryFile(name, file));
      io.out(`${memory.units} units imported as memory "${memory.name}" (${memory.sourceLang}-${memory.targetLang})\n`);
    });
  tm.command('export')
    .description('write an imported memory, or a project\'s translated, approved and aligned segments, as TMX 1.4')
    .argument('<name>', 'a memory\'s name, or a project\'s id or name')
    .requiredOption('--out <path>', 'the TMX file to write')
    .action(async (name: string, options: { out: string }) => {
      const units = await withService(program, (service) => writeCorpusFile(options.out, (write) => service.exportMemoryTo(name, write)));
      io.out(`${units} units written to ${options.out}\n`);
    });

  program.command('analyze')
    .description('segments and words of a project\'s documents by the band of their best translation memory match, as Trados and memoQ report them')
    .argument('<project>', 'project id or name')
    .option('--doc <id>', 'only this document')
    .option('--json', 'print {"documents":[{"id","name","bands":{"101":{"segments","words"},...}}],"total":{...}}')
    .option('--quiet', 'no progress line on standard error (there is one only on a terminal)')
    .action(async (name: string, options: { doc?: string; json?: boolean; quiet?: boolean }) => {
      const analysis = await withService(program, async (service) => {
        const project = await projectNamed(service, name);
        if (!project) throw new CliError(`no project "${name}" (see pird projects)`, EXIT_USAGE);
        return withJobProgress(service, io, `analyze ${project.name}`, options.quiet === true, (jobId) =>
          service.analyzeDocuments({ projectId: project.id, ...(options.doc ? { documentId: options.doc } : {}), jobId }));
      });
      if (options.json) {
        io.out(`${JSON.stringify(analysis)}\n`);
        return;
      }
      const rows = [...analysis.documents.map((d) => ({ label: d.id, bands: d.bands })), { label: 'total', bands: analysis.total }];
      io.out(rows.flatMap((row) => ANALYSIS_BANDS.map((band) => `${row.label}\t${band}\t${row.bands[band].segments}\t${row.bands[band].words}\n`)).join(''));
    });
  program.command('pretranslate')
    .description('fill empty translations with translation memory matches at or above --min percent; each stays a draft, noted with its origin')
    .argument('<project>', 'project id or name')
    .option('--doc <id>', 'only this document')
    .option('--min <percent>', 'the lowest score used (101: context matches only)', '100')
    .option('--quiet', 'no progress line on standard error (there is one only on a terminal)')
    .action(async (name: string, options: { doc?: string; min: string; quiet?: boolean }) => {
      const min = Number(options.min);
      if (!Number.isInteger(min) || min < 50 || min > 101) throw new CliError('--min takes a whole number from 50 to 101', EXIT_USAGE);
      const result = await withService(program, async (service) => {
        const project = await projectNamed(service, name);
        if (!project) throw new CliError(`no project "${name}" (see pird projects)`, EXIT_USAGE);
        return withJobProgress(service, io, `pretranslate ${project.name}`, options.quiet === true, (jobId) =>
          service.pretranslate({ projectId: project.id, min, ...(options.doc ? { documentId: options.doc } : {}), jobId }));
      });
      io.out(`${result.filled} segments pre-translated in ${result.documents.filter((d) => d.filled > 0).length} of ${result.documents.length} documents\n`);
    });

  program.command('concordance')
    .description('every memory\'s segments with the words of a query: Sorani by matching key and stem in the sources, English by stem in the translations')
    .argument('<query>', 'a Sorani or English word or phrase')
    .option('--project <project>', 'only the memories this project reads (id or name)')
    .option('--limit <n>', 'how many hits at most', '100')
    .option('--json', 'print {"hits":[{"memory","project","document","unit","source","target","start","end","side"}]}')
    .action(async (query: string, options: { project?: string; limit: string; json?: boolean }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new CliError('--limit takes a whole number from 1 to 1000', EXIT_USAGE);
      const hits = await withService(program, async (service) => {
        let projectId: string | undefined;
        if (options.project !== undefined) {
          const project = await projectNamed(service, options.project);
          if (!project) throw new CliError(`no project "${options.project}" (see pird projects)`, EXIT_USAGE);
          projectId = project.id;
        }
        return (await service.concordance({ query, limit, ...(projectId ? { projectId } : {}) })).hits;
      });
      if (options.json) {
        const shown = hits.map(({ memory, project, document, unit, source, target, start, end, side }) => ({ memory, project, document, unit, source, target, start, end, side }));
        io.out(`${JSON.stringify({ hits: shown })}\n`);
        return;
      }
      io.out(hits.map((hit) => {
        const text = hit.side === 'source' ? hit.source : hit.target;
        const marked = `${text.slice(0, hit.start)}[${text.slice(hit.start, hit.end)}]${text.slice(hit.end)}`;
        return `${hit.document}\t${hit.unit}\t${oneLine(marked)}\t${oneLine(hit.side === 'source' ? hit.target : hit.source)}\n`;
      }).join(''));
    });
}
