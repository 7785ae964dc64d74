import { Command, CommanderError } from 'commander';
import { appVersion } from '../paths';
import { CliError, EXIT_INPUT, EXIT_OK, EXIT_USAGE } from './cli-error';
import { processIo, type CliIo } from './cli-io';

type AddCommands = (program: Command, io: CliIo) => void;

/**
 * Each command's module, loaded only when that command runs (the bundle splits them apart):
 * `pird --version` loads none, `pird segment` not the store, `pird qa` not DOCX reading. In the
 * order `pird --help` lists them.
 */
const COMMAND_MODULES: ReadonlyArray<{ readonly names: readonly string[]; readonly load: () => Promise<AddCommands> }> = [
  { names: ['segment', 'normalize', 'stem'], load: async () => (await import('./text-commands')).addTextCommands },
  { names: ['projects', 'show'], load: async () => (await import('./project-commands')).addProjectCommands },
  { names: ['terms'], load: async () => (await import('./glossary-commands')).addGlossaryCommands },
  { names: ['qa'], load: async () => (await import('./qa-commands')).addQaCommands },
  { names: ['align'], load: async () => (await import('./align-commands')).addAlignCommands },
  { names: ['export'], load: async () => (await import('./corpus-commands')).addCorpusCommands },
  { names: ['import'], load: async () => (await import('./corpus-commands')).addImportCommand },
  { names: ['tm', 'analyze', 'pretranslate', 'concordance'], load: async () => (await import('./tm-commands')).addTmCommands },
];

/** Options of the program itself that take a value: the word after them is not the command. */
const PROGRAM_OPTIONS_WITH_VALUE = new Set(['--data-dir']);

/** The command the arguments name (the first word that is neither a program option nor its value), if any. */
export function commandNamed(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (PROGRAM_OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/**
 * The program with the commands `args` need: the one they name, none for `--version` alone, and
 * every one for help, an unknown command or none (so help lists them all and a typo is answered
 * as before).
 */
export async function buildProgram(io: CliIo, args: readonly string[] = []): Promise<Command> {
  const program = new Command('pird')
    .description('Pird: Sorani Kurdish to English translation, alignment and parallel corpora')
    .version(appVersion(), '-V, --version')
    .option('--data-dir <dir>', 'data directory (default: PIRD_DATA_DIR, else the app data folder)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  const name = commandNamed(args);
  const versionOnly = name === undefined && args.some((arg) => arg === '-V' || arg === '--version') && !args.some((arg) => arg === '-h' || arg === '--help');
  const named = COMMAND_MODULES.filter((module) => name !== undefined && module.names.includes(name));
  const needed = versionOnly ? [] : named.length > 0 ? named : COMMAND_MODULES;
  for (const add of await Promise.all(needed.map((module) => module.load()))) add(program, io);
  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
    for (const sub of command.commands) sub.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  }
  return program;
}

/** Runs the CLI on arguments (without node and script path) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = await buildProgram(io, args);
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
