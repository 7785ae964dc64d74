import type { Command } from 'commander';
import { qaMessage } from '../../shared/qa';
import { projectQaFindings } from '../service/project-qa';
import { CliError, EXIT_INPUT, EXIT_USAGE } from './cli-error';
import type { CliIo } from './cli-io';
import { withLocalJob } from './job-progress';
import { projectNamed, withService } from './project-commands';

export function addQaCommands(program: Command, io: CliIo): void {
  program
    .command('qa')
    .description("check a project's translations (numbers, punctuation, terminology...); exits 1 when any error is found")
    .argument('<project>', 'project id or name (see pird projects)')
    .option('--doc <id>', 'only this document')
    .option('--json', 'print {"issues":[{"segment","check","severity","message","source","target"}]}')
    .option('--quiet', 'no progress line on stderr (shown only when stderr is a terminal)')
    .action(async (name: string, options: { doc?: string; json?: boolean; quiet?: boolean }) => {
      const issues = await withService(program, async (service) => {
        const project = await projectNamed(service, name);
        if (!project) throw new CliError(`no project "${name}" (see pird projects)`, EXIT_USAGE);
        const documents = project.documents.filter((d) => options.doc === undefined || d.id === options.doc);
        if (documents.length === 0) throw new CliError(`no document "${options.doc ?? ''}" in project "${name}"`, EXIT_USAGE);
        const checked = new Set(documents.map((d) => d.id));
        const findings = await withLocalJob(io, `qa ${project.name}`, options.quiet === true, 'qa', (job) => projectQaFindings(service, project, checked, job));
        const found = findings.map(({ document, documentName, segment, issue }) => ({
          segment, check: issue.check, severity: issue.severity, message: qaMessage(issue),
          ...(issue.source ? { source: [...issue.source] } : {}),
          ...(issue.target ? { target: [...issue.target] } : {}),
          document, documentName,
        }));
        return found;
      });
      if (options.json) io.out(`${JSON.stringify({ issues })}\n`);
      // For people: the document as the project list names it, the segment as the grid numbers it.
      else io.out(issues.map((i) => `${i.documentName}\t${i.segment + 1}\t${i.severity}\t${i.check}\t${i.message}\n`).join(''));
      const errors = issues.filter((i) => i.severity === 'error').length;
      if (errors > 0) throw new CliError(`${errors} error${errors === 1 ? '' : 's'} found`, EXIT_INPUT);
    });
}
