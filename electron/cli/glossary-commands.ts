import type { Command } from 'commander';
import { FormatError } from '../../shared/formats';
import { buildSourceIndex, readGlossaryFile, toGlossaryEntries, type GlossaryEntry } from '../../shared/glossary';
import { CliError, EXIT_INPUT } from './cli-error';
import type { CliIo } from './cli-io';
import { readText } from './read-text';
import { sentencesOf } from './sentences-of';

/** A glossary file (TBX, CSV or TSV) as entries; a malformed one is an input error naming its line. */
export async function loadGlossary(path: string): Promise<GlossaryEntry[]> {
  const text = await readText(path);
  try {
    return toGlossaryEntries(readGlossaryFile(path, text));
  } catch (error) {
    if (error instanceof FormatError) throw new CliError(`${path}: ${error.message}`, EXIT_INPUT);
    throw error;
  }
}

export function addGlossaryCommands(program: Command, io: CliIo): void {
  program
    .command('terms')
    .description('find the glossary terms in a Sorani text, sentence by sentence')
    .argument('<file>', 'UTF-8 Sorani text, or - for standard input')
    .requiredOption('--glossary <file>', 'glossary: TBX (2008 or 2019), CSV or TSV with a header')
    .option('--presegmented', 'the file has one sentence per line')
    .option('--json', 'print {"hits":[{"segment","term","target","text","start","end"}]}, offsets into the sentence')
    .action(async (file: string, options: { glossary: string; presegmented?: boolean; json?: boolean }) => {
      const entries = await loadGlossary(options.glossary);
      const byId = new Map(entries.map((entry) => [entry.id, entry]));
      const index = buildSourceIndex(entries);
      const hits = sentencesOf(await readText(file, io.stdin), options.presegmented === true, 'ckb').flatMap((sentence, segment) =>
        index.match(sentence).map((hit) => {
          const entry = byId.get(hit.entryId);
          const target = entry?.targetTerms.find((t) => t.status === 'preferred')?.text ?? entry?.targetTerms[0]?.text ?? '';
          return { segment, term: hit.term, target, text: sentence.slice(hit.start, hit.end), start: hit.start, end: hit.end };
        }),
      );
      if (options.json) io.out(`${JSON.stringify({ hits })}\n`);
      else io.out(hits.map((h) => `${h.segment}\t${h.start}\t${h.end}\t${h.text}\t${h.term}\t${h.target}\n`).join(''));
    });
}
