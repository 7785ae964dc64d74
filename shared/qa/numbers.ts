import { ENGLISH_MONTHS, findDates, findNumbers, isBlank, sameNumber, type NumberMention } from '../text';
import type { QaIssue, QaSegment } from './types';

/**
 * Every number of the source is in the target and the target has no number of its own, compared
 * by value across digit scripts (٢٠٠٩ = ۲۰۰۹ = 2009, ١٠٠٠ = 1,000, ٢٠ی = 20th).
 */
export function checkNumbers(segment: QaSegment): QaIssue[] {
  if (isBlank(segment.target)) return [];
  // Most sentences have no digit at all, which findNumbers sees at once.
  const sourceNumbers = findNumbers(segment.source);
  const unmatched: Array<NumberMention | undefined> = findNumbers(segment.target);
  const issues: QaIssue[] = [];
  if (sourceNumbers.length === 0 && unmatched.length === 0) return issues;
  for (const number of sourceNumbers) {
    const at = unmatched.findIndex((candidate) => candidate !== undefined && sameNumber(candidate, number));
    if (at >= 0) unmatched[at] = undefined;
    else issues.push({ check: 'numbers', code: 'number-missing', severity: 'error', source: [number.start, number.end], params: { number: number.text } });
  }
  for (const extra of unmatched) {
    if (extra) issues.push({ check: 'numbers', code: 'number-extra', severity: 'error', target: [extra.start, extra.end], params: { number: extra.text } });
  }
  return issues;
}

/**
 * Dates written with a month name (١٠ی حوزەیران = 10 June): the month of every date in the source
 * is in a date of the translation. The day and the year are numbers, which `checkNumbers` compares.
 */
export function checkDates(segment: QaSegment): QaIssue[] {
  if (isBlank(segment.target)) return [];
  const sourceDates = findDates(segment.source);
  if (sourceDates.length === 0) return [];
  const targetMonths = new Set(findDates(segment.target).map((date) => date.month));
  return sourceDates
    .filter((date) => !targetMonths.has(date.month))
    .map((date) => ({
      check: 'numbers', code: 'date-month', severity: 'error', source: [date.start, date.end],
      params: { date: segment.source.slice(date.start, date.end), month: ENGLISH_MONTHS[date.month - 1] ?? '' },
    }));
}
