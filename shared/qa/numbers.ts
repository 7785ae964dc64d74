import { findNumbers, sameNumber, type NumberMention } from '../text';
import type { QaIssue, QaSegment } from './types';

const HAS_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;

/**
 * Every number of the source is in the target and the target has no number of its own, compared
 * by value across digit scripts (٢٠٠٩ = ۲۰۰۹ = 2009, ١٠٠٠ = 1,000, ٢٠ی = 20th).
 */
export function checkNumbers(segment: QaSegment): QaIssue[] {
  if (segment.target.trim() === '') return [];
  // Most sentences have no digit at all: no need to tokenize them.
  if (!HAS_DIGIT.test(segment.source) && !HAS_DIGIT.test(segment.target)) return [];
  const sourceNumbers = findNumbers(segment.source);
  const unmatched: Array<NumberMention | undefined> = findNumbers(segment.target);
  const issues: QaIssue[] = [];
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
