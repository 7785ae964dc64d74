import type { Command } from 'commander';
import { AlignInputError, alignSentences, type AlignLink } from '../../shared/align';
import { writeTmx } from '../../shared/formats';
import { termBase } from '../../shared/glossary';
import { loadLexicon } from '../align/lexicon-file';
import { CliError, EXIT_USAGE } from './cli-error';
import { appVersion } from '../paths';
import type { CliIo } from './cli-io';
import { loadGlossary } from './glossary-commands';
import { readText } from './read-text';
import { sentencesWithParagraphs } from './sentences-of';

const joined = (all: readonly string[], indices: readonly number[]): string => indices.map((i) => all[i] ?? '').join(' ');


interface AlignCommandOptions {
  presegmented?: boolean;
  glossary?: string;
  json?: boolean;
  tsv?: boolean;
  tmx?: boolean;
}

export function addAlignCommands(program: Command, io: CliIo): void {
  program
    .command('align')
    .description('align a Sorani text with its English translation, sentence by sentence')
    .argument('<source>', 'UTF-8 Sorani text, or - for standard input')
    .argument('<target>', 'UTF-8 English text')
    .option('--presegmented', 'both files have one sentence per line')
    .option('--glossary <file>', 'glossary terms as extra evidence: TBX, CSV or TSV with a header')
    .option('--json', 'print {"links":[{"source":[0],"target":[0,1],"score":0.93}]}, 0-based sentence indices')
    .option('--tsv', 'print score, Sorani and English of each link, one per line (the default)')
    .option('--tmx', 'print the links as a TMX 1.4 document')
    .action(async (sourceFile: string, targetFile: string, options: AlignCommandOptions) => {
      if ([options.json, options.tsv, options.tmx].filter(Boolean).length > 1) {
        throw new CliError('choose one of --json, --tsv and --tmx', EXIT_USAGE);
      }
      if (sourceFile === '-' && targetFile === '-') throw new CliError('only one side can come from standard input', EXIT_USAGE);
      const presegmented = options.presegmented === true;
      const sourceSide = sentencesWithParagraphs(await readText(sourceFile, io.stdin), presegmented, 'ckb');
      const targetSide = sentencesWithParagraphs(await readText(targetFile, io.stdin), presegmented, 'en');
      const [source, target] = [sourceSide.texts, targetSide.texts];
      for (const [file, side] of [[sourceFile, source], [targetFile, target]] as const) {
        if (side.length === 0) io.err(`pird: warning: ${file === '-' ? 'standard input' : file} has no sentences; every sentence of the other side is left without a partner\n`);
      }
      const paragraphs = {
        ...(sourceSide.paragraphs ? { source: sourceSide.paragraphs } : {}), ...(targetSide.paragraphs ? { target: targetSide.paragraphs } : {}),
      };
      const glossary = options.glossary ? termBase(await loadGlossary(options.glossary)) : undefined;
      let links: AlignLink[];
      try {
        links = alignSentences(source, target, { lexicon: await loadLexicon(), paragraphs, ...(glossary ? { termBase: glossary } : {}) });
      } catch (error) {
        if (error instanceof AlignInputError) throw new CliError(error.message);
        throw error;
      }
      if (options.json) {
        io.out(`${JSON.stringify({ links: links.map((l) => ({ source: l.source, target: l.target, score: l.score })) })}\n`);
      } else if (options.tmx) {
        io.out(writeTmx(
          links.filter((l) => l.source.length > 0 && l.target.length > 0).map((l) => ({
            source: joined(source, l.source), target: joined(target, l.target), properties: [['x-pird-score', String(l.score)]],
          })),
          { sourceLang: 'ckb', targetLang: 'en', toolVersion: appVersion(), createdAt: new Date() },
        ));
      } else {
        io.out(links.map((l) => `${l.score.toFixed(2)}\t${joined(source, l.source).replace(/[\t\n]/g, ' ')}\t${joined(target, l.target).replace(/[\t\n]/g, ' ')}\n`).join(''));
      }
    });
}

