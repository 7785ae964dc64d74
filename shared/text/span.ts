/** A half-open range [start, end) of UTF-16 code units in an untouched text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The span without leading and trailing white space (empty spans collapse to their start). */
export function trimSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return { start, end };
}
