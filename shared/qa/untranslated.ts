import { isBlank, matchingKey } from '../text';
import type { QaIssue, QaSegment } from './types';

const ARABIC_LETTER = /[\u0620-\u064A\u0671-\u06D5]/u;

/** A started segment with no translation, or with the source copied over unchanged. */
export function checkUntranslated(segment: QaSegment): QaIssue[] {
  if (isBlank(segment.source)) return [];
  if (isBlank(segment.target)) {
    return segment.started ? [{ check: 'untranslated', code: 'empty', severity: 'warning' }] : [];
  }
  // Texts in different scripts cannot be the same text: most segments stop here, unnormalized.
  if (ARABIC_LETTER.test(segment.source) !== ARABIC_LETTER.test(segment.target)) return [];
  if (/\p{L}/u.test(segment.source) && matchingKey(segment.source) === matchingKey(segment.target)) {
    return [{ check: 'untranslated', code: 'identical', severity: 'warning', target: [0, segment.target.length] }];
  }
  return [];
}
