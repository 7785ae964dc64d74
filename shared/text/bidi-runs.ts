import { tokenize, type Token } from './tokenize';

export interface BidiRun {
  readonly text: string;
  /** `foreign` runs are in the other direction than the paragraph and get isolated for display. */
  readonly foreign: boolean;
}

/**
 * Splits a text into runs for display with bidi isolation: in a Sorani (RTL) paragraph the runs of
 * Latin words (with the numbers and spaces between them) are foreign; in an English (LTR) one, the
 * runs of Arabic-script words. Concatenating the runs gives the text back exactly.
 */
export function bidiRuns(text: string, paragraph: 'rtl' | 'ltr'): BidiRun[] {
  const foreignScript: Token['script'] = paragraph === 'rtl' ? 'latn' : 'arab';
  const tokens = tokenize(text);
  const runs: BidiRun[] = [];
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const isForeign = (t: Token): boolean => t.script === foreignScript || (foreignScript === 'latn' && (t.kind === 'url' || t.kind === 'email'));
    if (!isForeign(token)) continue;
    // Extend over following foreign words and numbers, and hyphens between them.
    let last = i;
    for (let j = i + 1; j < tokens.length; j++) {
      const next = tokens[j] as Token;
      if (isForeign(next) || next.kind === 'number') last = j;
      else if (next.text !== '-' && next.text !== "'") break;
    }
    const start = token.start;
    const end = (tokens[last] as Token).end;
    if (start > cursor) runs.push({ text: text.slice(cursor, start), foreign: false });
    runs.push({ text: text.slice(start, end), foreign: true });
    cursor = end;
    i = last;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), foreign: false });
  return runs;
}
