import { allMatches, isBlank, isSpace, leadingSpace, trailingSpace } from '../text';
import type { QaIssue, QaSegment } from './types';

type FinalMark = 'period' | 'question' | 'exclamation' | 'colon' | 'ellipsis' | 'none';

const FINAL_MARKS: Readonly<Record<string, FinalMark>> = {
  '.': 'period', '۔': 'period', '?': 'question', '؟': 'question', '!': 'exclamation', ':': 'colon', '…': 'ellipsis',
};

/** Closing quotes and brackets that may follow the final mark: `؟"` ends in a question mark. */
const isCloser = (code: number): boolean =>
  code === 0x22 || code === 0x27 || code === 0xbb || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d || code === 0x203a;

/** The sentence's final mark and its offset, looking past closing quotes, brackets and white space. */
function finalMark(text: string): { mark: FinalMark; at: number } {
  let i = text.length - 1;
  while (i >= 0 && (isCloser(text.charCodeAt(i)) || isSpace(text.charCodeAt(i)))) i--;
  if (i >= 2 && text.charCodeAt(i) === 0x2e && text.charCodeAt(i - 1) === 0x2e && text.charCodeAt(i - 2) === 0x2e) return { mark: 'ellipsis', at: i - 2 };
  return { mark: FINAL_MARKS[text.charAt(i)] ?? 'none', at: i };
}

const STRAIGHT_QUOTE = 0x22;
/** The partner of each opening mark; «» and “” count as quotes. */
const CLOSING_OF: Readonly<Record<number, number>> = { 0x28: 0x29, 0x5b: 0x5d, 0xab: 0xbb, 0x201c: 0x201d };
const isClosing = (code: number): boolean => code === 0x29 || code === 0x5d || code === 0xbb || code === 0x201d;

/** Open marks while `unpaired` scans: what closes each, and where it stands. */
const openCloses: number[] = [];
const openAt: number[] = [];

/** Straight quotes, brackets, «» and “”: the only code units `unpaired` looks at, found by the regular expression engine's fast scan. */
const PAIRED_MARK = /["()[\]\u00AB\u00BB\u201C\u201D]/g;

/** The offset of a bracket or quote left without its partner, if any; «» and “” and "" all count as quotes. */
function unpaired(text: string): number | undefined {
  let open = 0;
  let straightQuote = -1;
  PAIRED_MARK.lastIndex = 0;
  for (let found = PAIRED_MARK.exec(text); found !== null; found = PAIRED_MARK.exec(text)) {
    const i = found.index;
    const code = text.charCodeAt(i);
    if (code === STRAIGHT_QUOTE) {
      straightQuote = straightQuote < 0 ? i : -1;
    } else if (isClosing(code)) {
      if (open === 0 || openCloses[open - 1] !== code) return i;
      open--;
    } else {
      openCloses[open] = CLOSING_OF[code] ?? 0;
      openAt[open] = i;
      open++;
    }
  }
  if (open > 0) return openAt[open - 1];
  return straightQuote < 0 ? undefined : straightQuote;
}

const SPACE_BEFORE_MARK = /(?<=\S)[ \u00A0]+(?=[,.?!;:](?:\s|$))/gu;
const DOUBLE_SPACE = /(?<=\S) {2,}(?=\S)/g;
/** What both patterns above need somewhere in the text. */
const MAY_MISPLACE_SPACE = /[ \u00A0][,.?!;:]| {2}/;

/** Final punctuation kept, quotes and brackets paired, spacing of marks as English wants it. */
export function checkPunctuation(segment: QaSegment): QaIssue[] {
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
  const at = unpaired(target);
  if (at !== undefined && unpaired(source) === undefined) {
    issues.push({ check: 'punctuation', code: 'unpaired', severity: 'warning', target: [at, at + 1], params: { mark: target[at] ?? '' } });
  }

  // One look over the translation rules the spacing patterns out for almost every sentence.
  if (MAY_MISPLACE_SPACE.test(target)) {
    for (const match of allMatches(SPACE_BEFORE_MARK, target)) {
      const mark = target[match.index + match[0].length] ?? '';
      issues.push({ check: 'punctuation', code: 'space-before', severity: 'info', target: [match.index, match.index + match[0].length + 1], params: { mark } });
    }
    for (const match of allMatches(DOUBLE_SPACE, target)) {
      issues.push({ check: 'punctuation', code: 'double-space', severity: 'info', target: [match.index, match.index + match[0].length] });
    }
  }
  const lead = leadingSpace(target);
  const trail = trailingSpace(target);
  if (lead > 0 || trail > 0) {
    issues.push({ check: 'punctuation', code: 'edge-space', severity: 'info', target: lead > 0 ? [0, lead] : [target.length - trail, target.length] });
  }
  return issues;
}
