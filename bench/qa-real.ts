import { readFileSync } from 'node:fs';
import { checkNumbers } from '../shared/qa/numbers';
import type { QaSegment } from '../shared/qa/types';
import type { BenchResult } from './measure';

/** The real pairs: TICO-19 (CC0), kept in tests/fixtures/tico19 with its attribution. */
const TICO = new URL('../tests/fixtures/tico19/tico19-ckb-en.tsv', import.meta.url);

export interface RealPair {
  readonly ckb: string;
  readonly en: string;
}

export function readTico(): RealPair[] {
  return readFileSync(TICO, 'utf8').split('\n').slice(1).filter((line) => line.trim() !== '')
    .map((line) => line.split('\t')).map(([, ckb = '', en = '']) => ({ ckb, en }));
}

/** The errors a check finds, each as what it says and where in the source. */
const errorsOf = (segment: QaSegment): string[] =>
  checkNumbers(segment).filter((issue) => issue.severity === 'error').map((issue) => `${issue.code} ${issue.source?.join('-') ?? ''} ${String(issue.params?.['number'] ?? issue.params?.['date'] ?? '')}`);

/** Whether a planted mistake made the check say something it did not say of the real translation. */
function caught(pair: RealPair, wrong: string): boolean {
  const before = new Set(errorsOf({ source: pair.ckb, target: pair.en, started: true }));
  return errorsOf({ source: pair.ckb, target: wrong, started: true }).some((error) => !before.has(error));
}

/** A number standing on its own (not the digits of COVID-19 or H5N1). */
const STANDALONE_NUMBER = /(?<![\p{L}\d.,-])[0-9][0-9.,]*/u;

/** A digit of the translation's first number changed: a mistake the check must catch. */
function changeDigit(text: string): string | undefined {
  const match = STANDALONE_NUMBER.exec(text);
  if (!match) return undefined;
  const at = match.index;
  return `${text.slice(0, at)}${(Number(text[at]) + 1) % 10}${text.slice(at + 1)}`;
}

/** The translation with its first number left out. */
function dropNumber(text: string): string | undefined {
  const match = STANDALONE_NUMBER.exec(text);
  return match ? `${text.slice(0, match.index)}${text.slice(match.index + match[0].length)}` : undefined;
}

/** An identifier's digits changed (COVID-19 → COVID-29). */
function changeIdentifier(text: string): string | undefined {
  const match = /\p{L}-?([0-9])/u.exec(text);
  if (!match) return undefined;
  const at = match.index + match[0].length - 1;
  return `${text.slice(0, at)}${(Number(text[at]) + 1) % 10}${text.slice(at + 1)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The translation's first month name changed to the next month. */
function changeMonth(text: string): string | undefined {
  const month = MONTHS.find((name) => text.includes(name));
  if (!month) return undefined;
  return text.replace(month, MONTHS[(MONTHS.indexOf(month) + 1) % 12] ?? month);
}

/**
 * The numbers and dates checks on real human translations: the share of segments flagged with
 * an error (a careful reviewer passes nearly all of these pairs), and planted mistakes caught.
 */
export function benchQaReal(): BenchResult {
  const pairs = readTico();
  const segment = (pair: RealPair, target = pair.en): QaSegment => ({ source: pair.ckb, target, started: true });
  const flagged = pairs.filter((pair) => errorsOf(segment(pair)).length > 0);
  const planted = { digit: { caught: 0, of: 0 }, dropped: { caught: 0, of: 0 }, month: { caught: 0, of: 0 }, identifier: { caught: 0, of: 0 } };
  for (const pair of pairs) {
    for (const [kind, plant] of [['digit', changeDigit], ['dropped', dropNumber], ['month', changeMonth], ['identifier', changeIdentifier]] as const) {
      const wrong = plant(pair.en);
      if (wrong === undefined || wrong === pair.en) continue;
      planted[kind].of++;
      if (caught(pair, wrong)) planted[kind].caught++;
    }
  }
  const share = (n: number): number => Math.round((1000 * n) / pairs.length) / 10;
  return {
    bench: 'qa-real',
    input: `${pairs.length} real Sorani-English pairs (TICO-19), the numbers and dates checks`,
    rows: [
      {
        name: 'segments flagged with a numbers or dates error', segments: flagged.length, percent: share(flagged.length),
        before: '156 (10.9%) on 2026-12-07, before numbers and dates were read as values', target: '≤ 1% that a careful reviewer would pass',
      },
      { name: 'planted: a digit of the translation changed', ...planted.digit, target: 'all' },
      { name: 'planted: a number of the translation left out', ...planted.dropped, target: 'all' },
      { name: 'planted: a month of the translation changed', ...planted.month, target: 'all' },
      { name: 'planted: the digits of an identifier changed (COVID-29)', ...planted.identifier, target: 'all' },
    ],
  };
}
