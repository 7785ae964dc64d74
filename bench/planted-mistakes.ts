import { readFileSync } from 'node:fs';
import { checkNumbers } from '../shared/qa/numbers';
import { ENGLISH_MONTHS, findQuantities, type Quantity } from '../shared/text';

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

/** A planted mistake: the translation changed, and where the change is in the translation as it was. */
interface Planted {
  readonly text: string;
  readonly at: number;
  /** The value it changes (a month's number, a word's value); else the value of the translation's quantity at the change. */
  readonly value?: number;
}

/** The first match of a pattern replaced (undefined: none). */
function replaceFirst(text: string, pattern: RegExp, replace: (found: string) => string, valueOf?: (found: string) => number): Planted | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const planted = { text: `${text.slice(0, match.index)}${replace(match[0])}${text.slice(match.index + match[0].length)}`, at: match.index };
  return valueOf ? { ...planted, value: valueOf(match[0]) } : planted;
}

const monthIndex = (name: string): number => ENGLISH_MONTHS.indexOf(name as (typeof ENGLISH_MONTHS)[number]);

/** Mistakes planted in a translation, each a change a reviewer must be shown (undefined: the translation has nothing to change). */
export const PLANTS: Readonly<Record<string, (text: string) => Planted | undefined>> = {
  /** A digit of the first number changed. */
  digit: (text) => replaceFirst(text, STANDALONE_NUMBER, (number) => `${(Number(number[0]) + 1) % 10}${number.slice(1)}`),
  /** The first number left out. */
  dropped: (text) => replaceFirst(text, STANDALONE_NUMBER, () => ''),
  /** The first month name made the next month. */
  month: (text) => replaceFirst(text, new RegExp(ENGLISH_MONTHS.join('|'), 'u'), (month) => ENGLISH_MONTHS[(monthIndex(month) + 1) % 12] ?? month, (month) => monthIndex(month) + 1),
  /** The first ordinal word made the next one (second → third). */
  ordinal: (text) => replaceFirst(text, wordPattern(ORDINALS), (word) => ORDINALS[(ORDINALS.indexOf(word.toLowerCase()) + 1) % ORDINALS.length] ?? word, (word) => ORDINALS.indexOf(word.toLowerCase()) + 1),
  /** The first number word made another (three → ten, ten → eleven). */
  'number word': (text) => replaceFirst(text, wordPattern(NUMBER_WORDS), (word) => (word.toLowerCase() === 'ten' ? 'eleven' : 'ten'), (word) => NUMBER_WORDS.indexOf(word.toLowerCase()) + 2),
  /** The digits of an identifier changed (COVID-19 → COVID-29). */
  identifier: (text) => {
    const match = /\p{L}-?([0-9])/u.exec(text);
    if (!match) return undefined;
    const at = match.index + match[0].length - 1;
    return { text: `${text.slice(0, at)}${(Number(text[at]) + 1) % 10}${text.slice(at + 1)}`, at };
  },
};

/** Every value a quantity states: a number's (and its alias), each written part of a date. */
const valuesOf = (quantity: Quantity): number[] => [quantity.value, ...(quantity.alias === undefined ? [] : [quantity.alias]), ...Object.values(quantity.date ?? {})];

/**
 * Whether the source states what a plant changes: the translation's quantity at the change has a
 * value the source has too. A plant in the translation's own wording (its "first" for the source's
 * سەرەتا, "initially") is no mistake of numbers, and is counted apart.
 */
function sourceStates(pair: Pair, planted: Planted): boolean {
  const values = new Set(findQuantities(pair.ckb, 'ckb').flatMap(valuesOf));
  if (planted.value !== undefined) return values.has(planted.value);
  const changed = findQuantities(pair.en, 'en').find((quantity) => quantity.start <= planted.at && planted.at < quantity.end);
  return changed !== undefined && valuesOf(changed).some((value) => values.has(value));
}

/** Each kind of planted mistake: how many pairs it was planted in where the source states what it changes, how many the check caught, and how many plants were in the translation's own wording. */
export function plantedCaught(pairs: readonly Pair[], warnings: boolean): Record<string, { caught: number; of: number; ownWording: number; missed: string[] }> {
  const tally: Record<string, { caught: number; of: number; ownWording: number; missed: string[] }> = {};
  for (const pair of pairs) {
    for (const [kind, plant] of Object.entries(PLANTS)) {
      const planted = plant(pair.en);
      if (planted === undefined || planted.text === pair.en) continue;
      const row = (tally[kind] ??= { caught: 0, of: 0, ownWording: 0, missed: [] });
      if (!sourceStates(pair, planted)) {
        row.ownWording++;
        continue;
      }
      row.of++;
      if (caught(pair, planted.text, warnings)) row.caught++;
      else row.missed.push(planted.text);
    }
  }
  return tally;
}
