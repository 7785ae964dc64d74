import type { Command } from 'commander';
import { normalize, sentences, stem, type NormalizationLevel } from '../../shared/text';
import { CliError, EXIT_USAGE } from './cli-error';
import type { CliIo } from './cli-io';
import { readText } from './read-text';

function choice<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${option} must be one of ${allowed.join(', ')} (got "${value}")`, EXIT_USAGE);
}

export function addTextCommands(program: Command, io: CliIo): void {
  program
    .command('segment')
    .description('split a text into sentences, one per line')
    .argument('<file>', 'UTF-8 text file, or - for standard input')
    .option('--lang <lang>', 'language rules: ckb, en or auto', 'auto')
    .option('--json', 'print {"segments":[{"text","start","end"}]} with UTF-16 offsets into the file')
    .action(async (file: string, options: { lang: string; json?: boolean }) => {
      const lang = choice(options.lang, ['ckb', 'en', 'auto'] as const, '--lang');
      const found = sentences(await readText(file, io.stdin), { lang });
      if (options.json) {
        const segments = found.map(({ text, start, end }) => ({ text, start, end }));
        io.out(`${JSON.stringify({ segments })}\n`);
      } else {
        io.out(found.map((sentence) => `${sentence.text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')}\n`).join(''));
      }
    });

  program
    .command('normalize')
    .description('clean up Sorani text (display) or print its matching key (key)')
    .argument('<file>', 'UTF-8 text file, or - for standard input')
    .option('--level <level>', 'display or key', 'display')
    .action(async (file: string, options: { level: string }) => {
      const level = choice<NormalizationLevel>(options.level, ['display', 'key'], '--level');
      io.out(normalize(await readText(file, io.stdin), level).text);
    });

  program
    .command('stem')
    .description('print candidate stems of Sorani words, best guess first')
    .argument('<words...>', 'one or more Sorani words')
    .option('--json', 'print {"stems":[{"word","candidates":[...]}]}')
    .action((wordsToStem: string[], options: { json?: boolean }) => {
      const results = wordsToStem.map((word) => ({ word, candidates: stem(word).candidates.map((c) => c.stem) }));
      if (options.json) io.out(`${JSON.stringify({ stems: results })}\n`);
      else io.out(results.map((r) => `${r.word}\t${r.candidates.join(' ')}\n`).join(''));
    });
}
