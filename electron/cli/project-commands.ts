import type { Command } from 'commander';
import { ApiError } from '../../shared/api';
import { type Project, unitSourceText, unitTargetText } from '../../shared/project';
import { DEMO_DIR, appVersion } from '../paths';
import { createPirdService, type PirdService } from '../service/pird-service';
import { defaultDataDir } from '../store/data-dir';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';

/** The same service the app uses, over the data directory named by --data-dir, PIRD_DATA_DIR or the app's default. */
export async function withService<T>(program: Command, work: (service: PirdService) => Promise<T>): Promise<T> {
  const dataDir = (program.opts<{ dataDir?: string }>().dataDir ?? defaultDataDir());
  const service = createPirdService({ dataDir, demoDir: DEMO_DIR, appVersion: appVersion() });
  try {
    return await work(service);
  } catch (error) {
    // A file or a value the service refuses is bad input (exit 1); usage errors are found before this.
    if (error instanceof ApiError) throw new CliError(error.message, 1);
    throw error;
  } finally {
    await service.flush();
  }
}

/** A project by id, else by name. */
export async function projectNamed(service: PirdService, name: string): Promise<Project | undefined> {
  const projects = await service.listProjects({});
  return projects.find((p) => p.id === name) ?? projects.find((p) => p.name === name);
}

export function addProjectCommands(program: Command, io: CliIo): void {
  program
    .command('projects')
    .description('list the projects and documents in the data directory')
    .option('--json', 'print {"projects":[...]}')
    .action(async (options: { json?: boolean }) => {
      const projects = await withService(program, (service) => service.listProjects({}));
      if (options.json) return io.out(`${JSON.stringify({ projects })}\n`);
      for (const project of projects) {
        io.out(`${project.id}\t${project.name}\n`);
        for (const doc of project.documents) io.out(`  ${doc.id}\t${doc.name}\t${doc.translated}/${doc.units} translated\n`);
      }
    });

  program
    .command('show')
    .description('print a document: unit, status, source and target, tab-separated')
    .argument('<document>', 'document id (see pird projects)')
    .option('--json', 'print the stored document')
    .action(async (documentId: string, options: { json?: boolean }) => {
      const document = await withService(program, (service) => service.getDocument({ documentId }));
      if (options.json) return io.out(`${JSON.stringify(document)}\n`);
      for (const unit of document.units) {
        io.out(`${unit.id}\t${unit.status}\t${unitSourceText(unit)}\t${unitTargetText(unit)}\n`);
      }
    });
}
