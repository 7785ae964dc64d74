import { allMatches } from '../text';
import type { QaIssue, QaSegment } from './types';

const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+(?:[\s\u200C]+[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+)*/gu;

/**
 * Arabic-script text left in the English translation (a word not translated, a paste from the
 * source), unless it is one the caller allows (a glossary-approved name).
 */
export function checkScript(segment: QaSegment, allowed?: (text: string) => boolean): QaIssue[] {
  const issues: QaIssue[] = [];
  for (const match of allMatches(ARABIC_RUN, segment.target)) {
    if (!/\p{L}/u.test(match[0]) || allowed?.(match[0])) continue;
    const start = match.index;
    issues.push({ check: 'script', code: 'arabic-script', severity: 'warning', target: [start, start + match[0].length], params: { text: match[0] } });
  }
  return issues;
}
