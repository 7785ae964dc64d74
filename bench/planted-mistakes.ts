import { readFileSync } from 'node:fs';
import { checkNumbers } from '../shared/qa/numbers';
import { ENGLISH_MONTHS } from '../shared/text';

/** A Sorani sentence and its English translation. */
export interface Pair {
  readonly ckb: string;
  readonly en: string;
}

/** The real pairs: TICO-19 (CC0), kept in tests/fixtures/tico19 with its attribution. */
const TICO = new URL('../tests/fixtures/tico19/tico19-ckb-en.tsv', import.meta.url);
/** Pairs of every form of number and date, made for the checks (`npm run build:numbers-set`). */
const NUMBERS_SET = new URL('../tests/fixtures/numbers/pairs.tsv', import.meta.url);

const readPairs = (file: URL): Pair[] => readFileSync(file, 'utf8').split('\n').slice(1).filter((line) => line.trim() !== '')
  .map((line) => line.split('\t')).map(([, ckb = '', en = '']) => ({ ckb, en }));

export const readTico = (): Pair[] => readPairs(TICO);
export const readNumbersSet = (): Pair[] => readPairs(NUMBERS_SET);

/** What the numbers check reports of a pair that a reviewer must look at (errors; with `warnings`, warnings too), each as what it says and where. */
export function numberIssues(pair: Pair, target = pair.en, warnings = false): string[] {
  return checkNumbers({ source: pair.ckb, target, started: true })
    .filter((issue) => issue.severity === 'error' || (warnings && issue.severity === 'warning'))
    .map((issue) => `${issue.code} ${issue.source?.join('-') ?? ''} ${String(issue.params?.['number'] ?? issue.params?.['date'] ?? '')}`);
}

/** Whether a planted mistake made the check report something it did not report of the pair as it was. */
export function caught(pair: Pair, wrong: string, warnings = false): boolean {
  const before = new Set(numberIssues(pair, pair.en, warnings));
  return numberIssues(pair, wrong, warnings).some((issue) => !before.has(issue));
}

/** A number standing on its own (not the digits of COVID-19 or H5N1). */
const STANDALONE_NUMBER = /(?<![\p{L}\d.,-])[0-9][0-9.,]*/u;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const wordPattern = (words: readonly string[]): RegExp => new RegExp(`\\b(?:${words.join('|')})\\b`, 'iu');

/** Mistakes planted in a translation, each a change a reviewer must be shown (undefined: the translation has nothing to change). */
export const PLANTS: Readonly<Record<string, (text: string) => string | undefined>> = {
  /** A digit of the first number changed. */
  digit: (text) => {
    const match = STANDALONE_NUMBER.exec(text);
    return match ? `${text.slice(0, match.index)}${(Number(text[match.index]) + 1) % 10}${text.slice(match.index + 1)}` : undefined;
  },
  /** The first number left out. */
  dropped: (text) => {
    const match = STANDALONE_NUMBER.exec(text);
    return match ? `${text.slice(0, match.index)}${text.slice(match.index + match[0].length)}` : undefined;
  },
  /** The first month name made the next month. */
  month: (text) => {
    const month = ENGLISH_MONTHS.find((name) => text.includes(name));
    return month ? text.replace(month, ENGLISH_MONTHS[(ENGLISH_MONTHS.indexOf(month) + 1) % 12] ?? month) : undefined;
  },
  /** The first ordinal word made the next one (second → third). */
  ordinal: (text) => text.replace(wordPattern(ORDINALS), (word) => ORDINALS[(ORDINALS.indexOf(word.toLowerCase()) + 1) % ORDINALS.length] ?? word),
  /** The first number word made another (three → ten, ten → eleven). */
  'number word': (text) => text.replace(wordPattern(NUMBER_WORDS), (word) => (word.toLowerCase() === 'ten' ? 'eleven' : 'ten')),
  /** The digits of an identifier changed (COVID-19 → COVID-29). */
  identifier: (text) => {
    const match = /\p{L}-?([0-9])/u.exec(text);
    if (!match) return undefined;
    const at = match.index + match[0].length - 1;
    return `${text.slice(0, at)}${(Number(text[at]) + 1) % 10}${text.slice(at + 1)}`;
  },
};

/** Each kind of planted mistake: how many pairs it could be planted in, and how many the check caught. */
export function plantedCaught(pairs: readonly Pair[], warnings: boolean): Record<string, { caught: number; of: number; missed: string[] }> {
  const tally: Record<string, { caught: number; of: number; missed: string[] }> = {};
  for (const pair of pairs) {
    for (const [kind, plant] of Object.entries(PLANTS)) {
      const wrong = plant(pair.en);
      if (wrong === undefined || wrong === pair.en) continue;
      const row = (tally[kind] ??= { caught: 0, of: 0, missed: [] });
      row.of++;
      if (caught(pair, wrong, warnings)) row.caught++;
      else row.missed.push(wrong);
    }
  }
  return tally;
}
