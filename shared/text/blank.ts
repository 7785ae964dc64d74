import { isWhitespace } from './chars';

// Tests on white space that allocate nothing: `trim()` copies the string, and these run on every segment.

/** Only white space, or nothing: the same as `text.trim() === ''`. */
export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

/** The length `text.trim()` would have (also trimming U+0085, which `trim` leaves). */
export function trimmedLength(text: string): number {
  let end = text.length;
  if (end === 0 || (!isWhitespace(text.charCodeAt(0)) && !isWhitespace(text.charCodeAt(end - 1)))) return end;
  let start = 0;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end - start;
}
