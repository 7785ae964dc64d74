/** Whether XML 1.0 allows the code point (tab, line breaks, U+0020 up; not U+FFFE, U+FFFF or a lone surrogate). */
export function allowedInXml(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20 || code === 0xfffe || code === 0xffff) return false;
  return code < 0xd800 || code > 0xdfff;
}

/** Characters XML 1.0 forbids (a vertical tab pasted from Word) are dropped, the rest escaped. */
export function escapeXml(text: string): string {
  let kept = '';
  for (const char of text) if (allowedInXml(char.codePointAt(0) ?? 0)) kept += char;
  return kept.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** How many characters `escapeXml` would drop. */
export function countForbiddenXmlChars(text: string): number {
  let count = 0;
  for (const char of text) if (!allowedInXml(char.codePointAt(0) ?? 0)) count++;
  return count;
}
