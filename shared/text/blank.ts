import { bmpClassTable } from './chars';

// Tests on white space that allocate nothing: `trim()` copies the string, and these run on every segment.

/** What `trim()` and `\s` count as white space, and U+0085 (NEXT LINE), which `trim` leaves but a text's edge should not keep. */
let trimmable: Uint8Array | undefined;
function trimmableTable(): Uint8Array {
  if (trimmable) return trimmable;
  const table = bmpClassTable('\\s');
  table[0x85] = 2;
  return (trimmable = table);
}

/** White space as `trim()` and `\s` know it. */
export function isSpace(code: number): boolean {
  return trimmableTable()[code] === 1;
}

/** Only white space, or nothing: the same as `text.trim() === ''`. */
export function isBlank(text: string): boolean {
  const table = trimmableTable();
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] !== 1) return false;
  return true;
}

/** The length `text.trim()` would have (also trimming U+0085, which `trim` leaves). */
export function trimmedLength(text: string): number {
  const table = trimmableTable();
  let end = text.length;
  let start = 0;
  while (start < end && table[text.charCodeAt(start)] !== 0) start++;
  while (end > start && table[text.charCodeAt(end - 1)] !== 0) end--;
  return end - start;
}

/** How many code units `trimStart()` would remove. */
export function leadingSpace(text: string): number {
  const table = trimmableTable();
  let i = 0;
  while (i < text.length && table[text.charCodeAt(i)] === 1) i++;
  return i;
}

/** How many code units `trimEnd()` would remove. */
export function trailingSpace(text: string): number {
  const table = trimmableTable();
  let i = text.length;
  while (i > 0 && table[text.charCodeAt(i - 1)] === 1) i--;
  return text.length - i;
}
