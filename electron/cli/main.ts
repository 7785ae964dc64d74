import { Command, CommanderError } from 'commander';
import { appVersion } from '../paths';
import { CliError, EXIT_INPUT, EXIT_OK, EXIT_USAGE } from './cli-error';
import { processIo, type CliIo } from './cli-io';
import { addAlignCommands } from './align-commands';
import { addCorpusCommands, addImportCommand } from './corpus-commands';
import { addGlossaryCommands } from './glossary-commands';
import { addProjectCommands } from './project-commands';
import { addQaCommands } from './qa-commands';
import { addTextCommands } from './text-commands';
import { addTmCommands } from './tm-commands';


export function buildProgram(io: CliIo): Command {
  const program = new Command('pird')
    .description('Pird: Sorani Kurdish to English translation, alignment and parallel corpora')
    .version(appVersion(), '-V, --version')
    .option('--data-dir <dir>', 'data directory (default: PIRD_DATA_DIR, else the app data folder)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  addTextCommands(program, io);
  addProjectCommands(program, io);
  addGlossaryCommands(program, io);
  addQaCommands(program, io);
  addAlignCommands(program, io);
  addCorpusCommands(program, io);
  addImportCommand(program, io);
  addTmCommands(program, io);
  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
    for (const sub of command.commands) sub.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  }
  return program;
}

/** Runs the CLI on arguments (without node and script path) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof CliError) {
      io.err(`pird: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`pird: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INPUT;
  }
}
