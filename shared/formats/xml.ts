/** Whether XML 1.0 allows the code point (tab, line breaks, U+0020 up; not U+FFFE, U+FFFF or a lone surrogate). */
export function allowedInXml(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20 || code === 0xfffe || code === 0xffff) return false;
  return code < 0xd800 || code > 0xdfff;
}

/**
 * Everything that needs a second look: characters XML 1.0 forbids, U+FFFE/U+FFFF, surrogates and
 * the four marks to escape. Without the u flag the class sees code units, so one plain scan answers
 * for the common text with none of them; a valid surrogate pair (an emoji) also stops it, and is
 * then kept by the careful path.
 */
// eslint-disable-next-line no-control-regex -- finding these characters is the point
const NEEDS_CARE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F&<>"\uD800-\uDFFF\uFFFE\uFFFF]/;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Characters XML 1.0 forbids (a vertical tab pasted from Word) are dropped, the rest escaped. */
export function escapeXml(text: string): string {
  if (!NEEDS_CARE.test(text)) return text;
  let out = '';
  for (const char of text) {
    if (!allowedInXml(char.codePointAt(0) ?? 0)) continue;
    out += ESCAPES[char] ?? char;
  }
  return out;
}

/** How many characters `escapeXml` would drop. */
export function countForbiddenXmlChars(text: string): number {
  if (!NEEDS_CARE.test(text)) return 0;
  let count = 0;
  for (const char of text) if (!allowedInXml(char.codePointAt(0) ?? 0)) count++;
  return count;
}
