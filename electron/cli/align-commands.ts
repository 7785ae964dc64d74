import type { Command } from 'commander';
import { basename, dirname, resolve } from 'node:path';
import { termBase } from '../../shared/glossary';
import { alignBatch, defaultJobs, SUMMARY_TABLE } from './align-batch';
import { parseManifest } from './align-manifest';
import { alignTexts, renderLinks, type LinkFormat } from './align-pair';
import { CliError, EXIT_INPUT, EXIT_USAGE } from './cli-error';
import type { CliIo } from './cli-io';
import { loadGlossary } from './glossary-commands';
import { withLocalJob } from './job-progress';
import { readText } from './read-text';

interface AlignCommandOptions {
  presegmented?: boolean;
  glossary?: string;
  json?: boolean;
  tsv?: boolean;
  tmx?: boolean;
  manifest?: string;
  out?: string;
  jobs?: string;
  lexiconFrom?: string;
  quiet?: boolean;
}

function formatOf(options: AlignCommandOptions, fallback: LinkFormat): LinkFormat {
  if ([options.json, options.tsv, options.tmx].filter(Boolean).length > 1) throw new CliError('choose one of --json, --tsv and --tmx', EXIT_USAGE);
  return options.json ? 'json' : options.tmx ? 'tmx' : options.tsv ? 'tsv' : fallback;
}

export function addAlignCommands(program: Command, io: CliIo): void {
  program
    .command('align')
    .description('align a Sorani text with its English translation, sentence by sentence; or many pairs of files (--manifest)')
    .argument('[source]', 'UTF-8 Sorani text, or - for standard input')
    .argument('[target]', 'UTF-8 English text')
    .option('--presegmented', 'both files have one sentence per line')
    .option('--glossary <file>', 'glossary terms as extra evidence: TBX, CSV or TSV with a header')
    .option('--json', 'print {"links":[{"source":[0],"target":[0,1],"score":0.93}]}, 0-based sentence indices')
    .option('--tsv', 'print score, Sorani and English of each link, one per line (the default)')
    .option('--tmx', 'print the links as a TMX 1.4 document')
    .option('--manifest <file>', 'align every pair a TSV lists (source<TAB>target[<TAB>name] a line; - for standard input) into --out, one file per pair (TMX unless --json or --tsv), resumable')
    .option('--out <dir>', 'with --manifest: the folder for each pair\'s links, summary.jsonl and summary.tsv')
    .option('--jobs <n>', 'with --manifest: worker threads (default: one per core)')
    .option('--lexicon-from <project>', 'also use the word pairs learned from the units confirmed in this project of the data directory (id or name)')
    .option('--quiet', 'no progress line on standard error (there is one only on a terminal)')
    .action(async (sourceFile: string | undefined, targetFile: string | undefined, options: AlignCommandOptions) => {
      const wordPairs = options.lexiconFrom === undefined ? undefined : await projectWordPairs(program, options.lexiconFrom, io);
      if (options.manifest !== undefined) {
        await alignManifest(sourceFile, options, io, wordPairs);
        return;
      }
      if (options.out !== undefined || options.jobs !== undefined) throw new CliError('--out and --jobs go with --manifest', EXIT_USAGE);
      if (sourceFile === undefined || targetFile === undefined) throw new CliError('give a source and a target file, or --manifest', EXIT_USAGE);
      const format = formatOf(options, 'tsv');
      if (sourceFile === '-' && targetFile === '-') throw new CliError('only one side can come from standard input', EXIT_USAGE);
      const [sourceText, targetText] = [await readText(sourceFile, io.stdin), await readText(targetFile, io.stdin)];
      const glossary = options.glossary ? termBase(await loadGlossary(options.glossary)) : undefined;
      const label = `align ${sourceFile === '-' ? 'standard input' : basename(sourceFile)}`;
      const pair = await withLocalJob(io, label, options.quiet === true, 'align', (job) =>
        alignTexts(sourceText, targetText, { presegmented: options.presegmented === true, termBase: glossary, wordPairs, job }));
      for (const [file, side] of [[sourceFile, pair.source], [targetFile, pair.target]] as const) {
        if (side.length === 0) io.err(`pird: warning: ${file === '-' ? 'standard input' : file} has no sentences; every sentence of the other side is left without a partner\n`);
      }
      io.out(renderLinks(pair, format));
    });
}

/** The word pairs learned from a project's confirmed units; how many units, on standard error. */
async function projectWordPairs(program: Command, name: string, io: CliIo): Promise<ReadonlyMap<string, readonly string[]>> {
  // The service (and SQLite) loads only for this option: plain alignment starts without it.
  const { projectNamed, withService } = await import('./project-commands');
  return withService(program, async (service) => {
    const project = await projectNamed(service, name);
    if (!project) throw new CliError(`--lexicon-from: no project "${name}" (see pird projects)`, EXIT_USAGE);
    const learned = await service.learnedWordPairs(project.id);
    io.err(`pird: ${learned.pairs.size} word pair(s) learned from ${learned.units} confirmed unit(s) of ${project.name}\n`);
    return learned.pairs;
  });
}

/**
 * `pird align --manifest PAIRS.tsv --out DIR`: each pair's links to a file of its own, a line per
 * pair on standard output as it is done (name, status, links, mean confidence, links to check),
 * exit 1 if any pair failed.
 */
async function alignManifest(extra: string | undefined, options: AlignCommandOptions, io: CliIo, wordPairs: ReadonlyMap<string, readonly string[]> | undefined): Promise<void> {
  if (extra !== undefined) throw new CliError('with --manifest, the pairs come from the manifest: give no files', EXIT_USAGE);
  if (options.out === undefined) throw new CliError('--manifest needs --out <dir>', EXIT_USAGE);
  const jobs = options.jobs === undefined ? defaultJobs() : Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new CliError('--jobs must be a whole number from 1 to 256', EXIT_USAGE);
  const manifest = options.manifest ?? '-';
  const folder = manifest === '-' ? process.cwd() : dirname(resolve(manifest));
  const entries = parseManifest(await readText(manifest, io.stdin), folder);
  const started = Date.now();
  const result = await alignBatch(entries, {
    outDir: resolve(options.out), format: formatOf(options, 'tmx'), jobs, presegmented: options.presegmented === true,
    glossaryPath: options.glossary === undefined ? undefined : resolve(options.glossary), wordPairs,
    onPair: (pair) => {
      io.out(pair.status === 'aligned'
        ? `${pair.name}\taligned\t${pair.links}\t${pair.meanConfidence}\t${pair.toCheck.length}\n`
        : `${pair.name}\tfailed\t\t\t\t${pair.error.replace(/[\t\n]/gu, ' ')}\n`);
    },
  });
  const aligned = result.pairs.length - result.failed - result.skipped;
  io.err(`pird: ${aligned} pair(s) aligned, ${result.skipped} done before, ${result.failed} failed, in ${((Date.now() - started) / 1000).toFixed(1)} s with ${jobs} job(s); summary in ${resolve(options.out, SUMMARY_TABLE)}\n`);
  if (result.failed > 0) throw new CliError(`${result.failed} pair(s) failed (see ${SUMMARY_TABLE})`, EXIT_INPUT);
}
