import { bmpClassTable } from './chars';

/** A run of letters (with their marks, ZWNJ and tatweel inside) or a number, with its offsets. */
export interface WordRun {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The offsets of a text's words in two growable arrays, without a string or an object per word:
 * for scans that look every word up and keep few of them (glossary matching over a document).
 * Reused from one text to the next; `count` says how many of the entries are this text's.
 */
export class WordSpans {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  count = 0;
  /** Code units of the text nobody sees: white space and controls (up to U+0020), no-break space, ZWNJ, ZWSP. */
  hidden = 0;
  /** The bits the scan's `marksOf` table gives the text's other characters, or-ed together. */
  marks = 0;

  clear(): this {
    this.count = 0;
    this.hidden = 0;
    this.marks = 0;
    return this;
  }

  push(start: number, end: number): void {
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
/** ZWNJ and tatweel: inside a word, never at its edge. */
const JOINER = 3;
/** . , ٫ ٬ / between digits of one number. */
const NUMBER_SEPARATOR = 4;
/** The first half of a pair: the text has characters beyond the BMP, which the table does not know. */
const HIGH_SURROGATE = 5;

let classes: Uint8Array | undefined;

/** One class per UTF-16 code unit, built once from the Unicode properties. */
function classTable(): Uint8Array {
  if (classes) return classes;
  const table = bmpClassTable('[\\p{L}\\p{M}]');
  const digits = bmpClassTable('\\p{Nd}');
  for (let code = 0; code < table.length; code++) if (digits[code] === 1) table[code] = DIGIT;
  table[0x200c] = JOINER;
  table[0x0640] = JOINER;
  for (const separator of '.,/\u066B\u066C') table[separator.charCodeAt(0)] = NUMBER_SEPARATOR;
  table.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  classes = table;
  return table;
}

const WORD_RUN = /[\p{L}\p{M}\u200C\u0640]+|\p{Nd}+(?:[.,\u066B\u066C/]\p{Nd}+)*/gu;

/** The definition, for the rare text with characters outside the Basic Multilingual Plane. */
function wordRunsByPattern(text: string, into: WordSpans): void {
  for (const match of text.matchAll(WORD_RUN)) {
    let from = 0;
    let to = match[0].length;
    while (from < to && isJoiner(match[0].charCodeAt(from))) from++;
    while (to > from && isJoiner(match[0].charCodeAt(to - 1))) to--;
    if (to > from) into.push(match.index + from, match.index + to);
  }
}

const isJoiner = (code: number): boolean => code === 0x200c || code === 0x0640;

/** Whether a code unit is one nobody sees (what `WordSpans.hidden` counts). */
const isHidden = (code: number): boolean => code <= 32 || code === 0xa0 || code === 0x200c || code === 0x200b;

/** `hidden` and `marks` by a plain pass over a text whose words are already in `spans` (text the class table does not cover). */
function countHiddenAndMarks(text: string, spans: WordSpans, marksOf: Uint8Array | undefined): void {
  let word = 0;
  for (let i = 0; i < text.length; i++) {
    while (word < spans.count && (spans.ends[word] ?? 0) <= i) word++;
    const code = text.charCodeAt(i);
    if (isHidden(code)) spans.hidden++;
    else if (marksOf && !(word < spans.count && i >= (spans.starts[word] ?? 0))) spans.marks |= marksOf[code] ?? 0;
  }
}

/**
 * The spans of `wordRuns(text)`, into `spans` (cleared first). The same pass counts the code units
 * nobody sees (`spans.hidden`) and, given `marksOf` (a bit per code unit, 65,536 of them), or-s
 * together the bits of the characters outside words (`spans.marks`): the aligner reads a
 * sentence's visible length and punctuation from them without a second pass.
 */
export function scanWordRuns(text: string, spans: WordSpans, marksOf?: Uint8Array): WordSpans {
  spans.clear();
  const table = classTable();
  const length = text.length;
  let hidden = 0;
  let marks = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const kind = table[code] ?? OTHER;
    if (kind === LETTER) {
      const start = i;
      let end = i + 1;
      for (let j = i + 1; j < length; j++) {
        const inner = text.charCodeAt(j);
        const next = table[inner] ?? OTHER;
        if (next === LETTER) end = j + 1;
        else if (next !== JOINER) break;
        else if (inner === 0x200c) hidden++;
      }
      // Joiners after the last letter belong to no word (and were counted above).
      spans.push(start, end);
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
      spans.push(start, end);
      i = end;
    } else if (kind === HIGH_SURROGATE) {
      wordRunsByPattern(text, spans.clear());
      countHiddenAndMarks(text, spans, marksOf);
      return spans;
    } else {
      if (isHidden(code)) hidden++;
      else if (marksOf) marks |= marksOf[code] ?? 0;
      i++;
    }
  }
  spans.hidden = hidden;
  spans.marks = marks;
  return spans;
}

const SPANS = new WordSpans();

/**
 * The words and numbers of a text, found by one scan over a table of character classes: cheaper
 * than the full tokenizer, which also looks for links, e-mail addresses and acronyms. What matching
 * a glossary or aligning a corpus needs, where the scan is most of the work.
 */
export function wordRuns(text: string): WordRun[] {
  const spans = scanWordRuns(text, SPANS);
  const runs: WordRun[] = new Array<WordRun>(spans.count);
  for (let k = 0; k < spans.count; k++) {
    const start = spans.starts[k] ?? 0;
    const end = spans.ends[k] ?? 0;
    runs[k] = { text: text.slice(start, end), start, end };
  }
  return runs;
}
