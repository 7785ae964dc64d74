/** A run of letters (with their marks, ZWNJ and tatweel inside) or a number, with its offsets. */
export interface WordRun {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
/** ZWNJ and tatweel: inside a word, never at its edge. */
const JOINER = 3;
/** . , ٫ ٬ / between digits of one number. */
const NUMBER_SEPARATOR = 4;

let classes: Uint8Array | undefined;

/** One class per UTF-16 code unit, built once from the Unicode properties (about 20 ms). */
function classTable(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{Nd}/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (digit.test(char)) table[code] = DIGIT;
    else if (letter.test(char)) table[code] = LETTER;
  }
  table[0x200c] = JOINER;
  table[0x0640] = JOINER;
  for (const separator of '.,/\u066B\u066C') table[separator.charCodeAt(0)] = NUMBER_SEPARATOR;
  classes = table;
  return table;
}

const WORD_RUN = /[\p{L}\p{M}\u200C\u0640]+|\p{Nd}+(?:[.,\u066B\u066C/]\p{Nd}+)*/gu;

/** The definition, for the rare text with characters outside the Basic Multilingual Plane. */
function wordRunsByPattern(text: string): WordRun[] {
  const runs: WordRun[] = [];
  for (const match of text.matchAll(WORD_RUN)) {
    let from = 0;
    let to = match[0].length;
    while (from < to && isJoiner(match[0].charCodeAt(from))) from++;
    while (to > from && isJoiner(match[0].charCodeAt(to - 1))) to--;
    if (to > from) runs.push({ text: match[0].slice(from, to), start: match.index + from, end: match.index + to });
  }
  return runs;
}

const isJoiner = (code: number): boolean => code === 0x200c || code === 0x0640;

/**
 * The words and numbers of a text, found by one scan over a table of character classes: cheaper
 * than the full tokenizer, which also looks for links, e-mail addresses and acronyms. What matching
 * a glossary or aligning a corpus needs, where the scan is most of the work.
 */
export function wordRuns(text: string): WordRun[] {
  // Without the u flag the class sees the code units, so it finds a surrogate pair's first half.
  if (/[\uD800-\uDBFF]/.test(text)) return wordRunsByPattern(text);
  const table = classTable();
  const runs: WordRun[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const kind = table[text.charCodeAt(i)] ?? OTHER;
    if (kind === LETTER) {
      const start = i;
      let end = i + 1;
      for (let j = i + 1; j < length; j++) {
        const next = table[text.charCodeAt(j)] ?? OTHER;
        if (next === LETTER) end = j + 1;
        else if (next !== JOINER) break;
      }
      // Joiners after the last letter belong to no word.
      runs.push({ text: text.slice(start, end), start, end });
      i = end;
      while (i < length && table[text.charCodeAt(i)] === JOINER) i++;
    } else if (kind === DIGIT) {
      const start = i;
      let end = i + 1;
      while (end < length) {
        const next = table[text.charCodeAt(end)] ?? OTHER;
        if (next === DIGIT) end++;
        else if (next === NUMBER_SEPARATOR && table[text.charCodeAt(end + 1)] === DIGIT) end += 2;
        else break;
      }
      runs.push({ text: text.slice(start, end), start, end });
      i = end;
    } else {
      i++;
    }
  }
  return runs;
}
