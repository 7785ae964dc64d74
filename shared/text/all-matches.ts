/**
 * The matches of a global regular expression in a text, as `matchAll` finds them, without the
 * copy of the expression `matchAll` makes at every call (which costs more than a short search,
 * and the checks search every segment).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step over one character.
    if (match[0] === '') pattern.lastIndex += pattern.unicode && isPairAt(text, pattern.lastIndex) ? 2 : 1;
  }
  return found;
}

const isPairAt = (text: string, at: number): boolean => {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
};
