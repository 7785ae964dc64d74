// The punctuation check as it was before its one-pass scans: the reference the faster one is held
// to (punctuation.test.ts). Regular expressions and copies, written for reading.
import { isBlank } from '../../../shared/text';
import type { QaIssue, QaSegment } from '../../../shared/qa';

type FinalMark = 'period' | 'question' | 'exclamation' | 'colon' | 'ellipsis' | 'none';

const FINAL_MARKS: Readonly<Record<string, FinalMark>> = {
  '.': 'period', '۔': 'period', '?': 'question', '؟': 'question', '!': 'exclamation', ':': 'colon', '…': 'ellipsis',
};
/** Closing quotes and brackets that may follow the final mark: `؟"` ends in a question mark. */
const CLOSERS = new Set(['"', '\'', '»', '”', '’', ')', ']', '›']);

/** The sentence's final mark and its offset, looking past closing quotes and brackets. */
function finalMark(text: string): { mark: FinalMark; at: number } {
  let i = text.trimEnd().length - 1;
  while (i >= 0 && (CLOSERS.has(text[i] ?? '') || /\s/u.test(text[i] ?? ''))) i--;
  if (text.slice(i - 2, i + 1) === '...') return { mark: 'ellipsis', at: i - 2 };
  return { mark: FINAL_MARKS[text[i] ?? ''] ?? 'none', at: i };
}

interface Balance {
  /** Offset of a mark left without its partner, if any. */
  readonly unpaired: number | undefined;
}

/** Opening marks by code, with the code of their partner; «» and “” count as quotes. */
const CLOSING_OF = new Map<number, number>([[0x28, 0x29], [0x5b, 0x5d], [0xab, 0xbb], [0x201c, 0x201d]]);
const CLOSING = new Set(CLOSING_OF.values());
const STRAIGHT_QUOTE = 0x22;

/** Whether brackets and quotes pair up; «» and “” and "" all count as quotes. */
function balance(text: string): Balance {
  const open: Array<{ close: number; at: number }> = [];
  let straightQuote: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === STRAIGHT_QUOTE) {
      straightQuote = straightQuote === undefined ? i : undefined;
      continue;
    }
    const close = CLOSING_OF.get(code);
    if (close !== undefined) {
      open.push({ close, at: i });
      continue;
    }
    if (CLOSING.has(code)) {
      const top = open.at(-1);
      if (!top || top.close !== code) return { unpaired: i };
      open.pop();
    }
  }
  return { unpaired: open.at(-1)?.at ?? straightQuote };
}

/** Cheap tests that rule out the spacing patterns for almost every sentence. */
const MAY_SPACE_BEFORE_MARK = /[ \u00A0][,.?!;:]/u;

/** Final punctuation kept, quotes and brackets paired, spacing of marks as English wants it. */
export function referencePunctuation(segment: QaSegment): QaIssue[] {
  const { source, target } = segment;
  if (isBlank(target)) return [];
  const issues: QaIssue[] = [];

  const sourceEnd = finalMark(source);
  const targetEnd = finalMark(target);
  if (sourceEnd.mark !== targetEnd.mark && !(sourceEnd.mark === 'none' && targetEnd.mark === 'period')) {
    issues.push({
      check: 'punctuation', code: 'final-punctuation', severity: 'warning',
      ...(sourceEnd.at >= 0 ? { source: [sourceEnd.at, sourceEnd.at + 1] as const } : {}),
      ...(targetEnd.at >= 0 ? { target: [targetEnd.at, targetEnd.at + 1] as const } : {}),
      params: { source: sourceEnd.mark, target: targetEnd.mark },
    });
  }

  // A quotation that runs over several segments is open in the source too: only new imbalance counts.
  const targetBalance = balance(target);
  if (targetBalance.unpaired !== undefined && balance(source).unpaired === undefined) {
    const at = targetBalance.unpaired;
    issues.push({ check: 'punctuation', code: 'unpaired', severity: 'warning', target: [at, at + 1], params: { mark: target[at] ?? '' } });
  }

  const spaceBefore = MAY_SPACE_BEFORE_MARK.test(target) ? target.matchAll(/(?<=\S)[ \u00A0]+(?=[,.?!;:](?:\s|$))/gu) : [];
  for (const match of spaceBefore) {
    const mark = target[match.index + match[0].length] ?? '';
    issues.push({ check: 'punctuation', code: 'space-before', severity: 'info', target: [match.index, match.index + match[0].length + 1], params: { mark } });
  }
  const doubleSpace = target.includes('  ') ? target.matchAll(/(?<=\S) {2,}(?=\S)/g) : [];
  for (const match of doubleSpace) {
    issues.push({ check: 'punctuation', code: 'double-space', severity: 'info', target: [match.index, match.index + match[0].length] });
  }
  if (target !== target.trim()) {
    const lead = target.length - target.trimStart().length;
    const at: readonly [number, number] = lead > 0 ? [0, lead] : [target.trimEnd().length, target.length];
    issues.push({ check: 'punctuation', code: 'edge-space', severity: 'info', target: at });
  }
  return issues;
}
