/** Whether XML 1.0 allows the code point (tab, line breaks, U+0020 up; not U+FFFE, U+FFFF or a lone surrogate). */
export function allowedInXml(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20 || code === 0xfffe || code === 0xffff) return false;
  return code < 0xd800 || code > 0xdfff;
}

/** Control characters XML 1.0 forbids, U+FFFE/U+FFFF, and surrogates (checked one by one when present). */
// eslint-disable-next-line no-control-regex -- finding these characters is the point
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const SPECIAL = /[&<>"]/u;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Characters XML 1.0 forbids (a vertical tab pasted from Word) are dropped, the rest escaped. */
export function escapeXml(text: string): string {
  let kept = text;
  if (MAYBE_FORBIDDEN.test(text)) {
    kept = '';
    for (const char of text) if (allowedInXml(char.codePointAt(0) ?? 0)) kept += char;
  }
  return SPECIAL.test(kept) ? kept.replace(/[&<>"]/gu, (char) => ESCAPES[char] ?? char) : kept;
}

/** How many characters `escapeXml` would drop. */
export function countForbiddenXmlChars(text: string): number {
  if (!MAYBE_FORBIDDEN.test(text)) return 0;
  let count = 0;
  for (const char of text) if (!allowedInXml(char.codePointAt(0) ?? 0)) count++;
  return count;
}
