import {
  ZWNJ, digitValue, isArabicLetter, isArabicMark, isBidiControl, isLatinLetter, isOddSpace,
  joinsBackward, joinsForward,
} from './chars';
import { CodeBuffer } from './code-buffer';
import { REAL_FINAL_H_WORDS } from './final-h-words';
import { FoldedDigest } from './digest';
import type { Span } from './span';

/**
 * - `display`: safe to show and export; fixes encodings of Kurdish letters, never spelling.
 * - `key`: aggressive matching key for glossary, TM, alignment and search; never shown to users.
 */
export type NormalizationLevel = 'display' | 'key';

/** Normalized text with `map[i]` = offset in the input of output unit i, and `map[text.length]` = input length. */
export interface Normalized {
  readonly text: string;
  readonly map: Uint32Array;
}

const KE = 0x06a9; // ک
const YE = 0x06cc; // ی
const E = 0x06d5; // ە
const HE = 0x0647; // ه
const RE = 0x0631; // ر
const RRE = 0x0695; // ڕ
const LAM = 0x0644; // ل
const LLAM = 0x06b5; // ڵ
const WAW = 0x0648; // و
const O = 0x06c6; // ۆ
const EE = 0x06ce; // ێ
const ALEF = 0x0627; // ا
const HEH_DOACHASHMEE = 0x06be; // ھ, typed for ه
const TATWEEL = 0x0640;
const HYPHEN = 0x2d;

/** Arabic and Persian look-alikes of Sorani letters, and encodings of Sorani letters from old fonts. */
const LOOKALIKE = new Map<number, number>([
  [0x0643, KE], [0x06aa, KE], // ك ڪ
  [0x064a, YE], [0x0649, YE], [0x06d2, YE], // ي ى ے
  [0x0629, E], // ة
  [0x0624, O], // ؤ
  [0x0692, RRE], // ڒ (reh with small v above)
  [0x06b6, LLAM], [0x06b7, LLAM], // ڶ ڷ
]);

/** Marks that old fonts put on a base letter to spell ڕ ڵ ێ ۆ. */
const V_MARKS = new Set([0x065a, 0x065b, 0x0306, 0x030c]);
const V_COMPOSED = new Map<number, number>([[RE, RRE], [LAM, LLAM], [YE, EE], [WAW, O]]);
const HAMZA_ABOVE = 0x0654;
const HAMZA_COMPOSED = new Map<number, number>([[YE, 0x0626], [WAW, O]]);

/** Letters that can never begin a Sorani word: a space before one is a stray space inside a word. */
const NEVER_WORD_INITIAL = new Set([E, EE, O]);

const DROPPED = new Set([0xfeff, 0x00ad]); // byte-order mark, soft hyphen

function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
}

function isLetterOrDigit(code: number): boolean {
  if (code < 0) return false;
  if (isArabicLetter(code) || isLatinLetter(code) || digitValue(code) >= 0) return true;
  return code > 0x7f && /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** What pass 1 does with a code unit; one table lookup per character keeps it fast. */
const enum Kind {
  Keep = 0,
  Lookalike,
  VMark,
  HamzaAbove,
  Drop,
  OddSpace,
  PresentationForm,
  Tatweel,
  HehDoachashmee,
}

const KIND = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  if (V_MARKS.has(code)) KIND[code] = Kind.VMark;
  else if (code === HAMZA_ABOVE) KIND[code] = Kind.HamzaAbove;
  else if (code === TATWEEL) KIND[code] = Kind.Tatweel;
  else if (code === HEH_DOACHASHMEE) KIND[code] = Kind.HehDoachashmee;
  else if (isArabicMark(code) || DROPPED.has(code)) KIND[code] = Kind.Drop;
  else if (isOddSpace(code)) KIND[code] = Kind.OddSpace;
  else if (isPresentationForm(code)) KIND[code] = Kind.PresentationForm;
  else if (LOOKALIKE.has(code)) KIND[code] = Kind.Lookalike;
}

/**
 * What a run of tatweels becomes, between the code before it (as pass 1 wrote it) and the one after
 * it (as typed): a dash where no letter stands on either side (کۆڤید ـ ١٩); nothing inside a word
 * (کـــورد); at the display level one tatweel where it shows something: after a joining letter that
 * ends a word (the هـ of a real final h) or before a suffix written onto digits or Latin letters (PCRـی).
 */
function tatweelRun(before: number, after: number, level: NormalizationLevel): number | undefined {
  const letterAfter = isArabicLetter(LOOKALIKE_OF[after] ?? after);
  if (!isArabicLetter(before) && !letterAfter) return HYPHEN;
  if (level === 'key') return undefined;
  if (joinsForward(before) && before !== TATWEEL) return letterAfter ? undefined : TATWEEL;
  return !isArabicLetter(before) && letterAfter ? TATWEEL : undefined;
}

/** Whether the code at `at` continues a word: an Arabic letter or mark, a tatweel or a ZWNJ (ھ before one is not word-final). */
const continuesWord = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return isArabicLetter(LOOKALIKE_OF[code] ?? code) || isArabicMark(code) || code === TATWEEL || code === ZWNJ;
};

/** Pass 1: one code unit at a time (look-alikes, composed marks, harakat, tatweel, ھ, odd spaces, presentation forms). */
function mapCharacters(text: string, level: NormalizationLevel): CodeBuffer {
  const out = SCRATCH.characters.reset(text.length + 16);
  const emitLetter = (code: number, source: number): void => {
    out.push(LOOKALIKE.get(code) ?? code, source);
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = KIND[code];
    if (kind === Kind.Keep) {
      out.push(code, i);
      continue;
    }
    if (kind === Kind.VMark) {
      const composed = V_COMPOSED.get(out.last());
      if (composed !== undefined) out.replaceLast(composed);
      else if (!isArabicMark(code)) out.push(code, i); // a Latin breve or caron on a Latin letter
      continue;
    }
    if (kind === Kind.HamzaAbove) {
      const composed = HAMZA_COMPOSED.get(out.last());
      if (composed !== undefined) out.replaceLast(composed);
      continue;
    }
    if (kind === Kind.Drop) continue;
    if (kind === Kind.Tatweel) {
      let end = i + 1;
      while (text.charCodeAt(end) === TATWEEL) end++;
      // Marks on a tatweel are dropped with it: the letter after them decides.
      let after = end;
      while (after < text.length && (KIND[text.charCodeAt(after)] === Kind.Drop || text.charCodeAt(after) === TATWEEL)) after++;
      const written = tatweelRun(out.last(), after < text.length ? text.charCodeAt(after) : -1, level);
      if (written !== undefined) out.push(written, i);
      i = end - 1;
      continue;
    }
    if (kind === Kind.HehDoachashmee) {
      // ھ typed for h; at a word's end the h is shown as هـ (a final ه alone reads as ە).
      out.push(level === 'key' ? HEH_DOACHASHMEE : HE, i);
      if (level === 'display' && !continuesWord(text, i + 1)) out.push(TATWEEL, i);
      continue;
    }
    if (kind === Kind.OddSpace) {
      out.push(0x20, i);
      continue;
    }
    if (kind === Kind.PresentationForm) {
      const base = String.fromCharCode(code).normalize('NFKC');
      for (let k = 0; k < base.length; k++) {
        const part = base.charCodeAt(k);
        if (part === 0x20 || isArabicMark(part) || part === 0x0640) continue;
        emitLetter(part, i);
      }
      continue;
    }
    emitLetter(code, i);
  }
  return out;
}

function nextCode(buffer: CodeBuffer, from: number, skip: (code: number) => boolean): number {
  for (let j = from; j < buffer.length; j++) {
    const code = buffer.codes[j] ?? -1;
    if (!skip(code)) return code;
  }
  return -1;
}

const isZwnj = (code: number): boolean => code === ZWNJ;

/** Pass 2: decisions that need neighbours (ZWNJ, ه+ZWNJ, bidi controls, stray spaces). */
function applyContext(input: CodeBuffer): CodeBuffer {
  const out = SCRATCH.context.reset(input.length);
  const strayBefore = (j: number): boolean => {
    // A space at j that splits a word: a word of two letters or more before it, ە/ێ/ۆ + letter after it.
    if (!NEVER_WORD_INITIAL.has(input.at(j + 1)) || !isArabicLetter(input.at(j + 2))) return false;
    let before = out.length - 2;
    while (before >= 0 && out.codes[before] === ZWNJ) before--;
    return splitsWordAfter(out.last(), before >= 0 ? (out.codes[before] ?? -1) : -1);
  };
  for (let j = 0; j < input.length; j++) {
    const code = input.codes[j] ?? 0;
    const source = input.sources[j] ?? 0;
    if (code === ZWNJ) {
      const previous = out.last();
      if (previous === HE) {
        out.replaceLast(E);
        continue;
      }
      const next = nextCode(input, j + 1, isZwnj);
      if (previous !== ZWNJ && joinsForward(previous) && joinsBackward(next)) out.push(ZWNJ, source);
      continue;
    }
    if (isBidiControl(code)) {
      const next = nextCode(input, j + 1, isBidiControl);
      if (isLetterOrDigit(out.last()) && isLetterOrDigit(next) && !strayBefore(j)) out.push(0x20, source);
      continue;
    }
    if (code === 0x20 && strayBefore(j)) continue;
    out.push(code, source);
  }
  return out;
}

const KEY_FOLD = new Map<number, number>([
  [0x06be, HE], [0x06c1, HE], // ھ ہ
  [0x0622, ALEF], [0x0623, ALEF], [0x0625, ALEF], [0x0671, ALEF], // آ أ إ ٱ
  [RRE, RE], [LLAM, LAM], // writers who never mark ڕ ڵ
  [0x066b, 0x2e], [0x066c, 0x2c], // Arabic decimal and thousands separators
]);

function computeKeyCode(code: number): number {
  const digit = digitValue(code);
  if (digit >= 0) return 0x30 + digit;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code > 0x7f && isLatinLetter(code)) {
    const lower = String.fromCharCode(code).toLowerCase();
    return lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  return KEY_FOLD.get(code) ?? code;
}

const KEY_CODE = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) KEY_CODE[code] = computeKeyCode(code);

function keyCode(code: number): number {
  return code < 0 ? code : (KEY_CODE[code] ?? code);
}

/** Pass 3 (key level): digits, ھ, alef forms, ڕ ڵ, word-final ه, doubled letters, ZWNJ, Latin case. */
function foldForKey(input: CodeBuffer): CodeBuffer {
  const out = SCRATCH.key.reset(input.length);
  for (let j = 0; j < input.length; j++) {
    const raw = input.codes[j] ?? 0;
    if (raw === ZWNJ) continue;
    let code = keyCode(raw);
    if (code === HE && !isArabicLetter(keyCode(nextCode(input, j + 1, isZwnj)))) code = E;
    if (isArabicLetter(code) && code === out.last()) continue;
    out.push(code, input.sources[j] ?? 0);
  }
  return out;
}

/**
 * One buffer per pass, reused by every call: allocating typed arrays cost more than normalizing
 * a sentence. normalize never calls itself, so the passes never share a buffer.
 */
const SCRATCH = { characters: new CodeBuffer(1024), context: new CodeBuffer(1024), key: new CodeBuffer(1024) };
const SCRATCH_LIMIT = 1 << 22;

function normalizedBuffer(text: string, level: NormalizationLevel): CodeBuffer {
  const buffer = applyContext(mapCharacters(text, level));
  return level === 'key' ? foldForKey(buffer) : soraniFinalE(buffer);
}

/**
 * Display pass 3: word-final ه of a Sorani word becomes ە (نیشانانه, ئێمه: typed on a Persian or
 * Arabic layout; a ه standing alone is a detached ە too), but for the words whose final h is real
 * (`REAL_FINAL_H_WORDS`, هـ as written, Arabic words with ال, names with Allah: عبدالله,
 * نەسروڵڵاه). The key folds them all to ە anyway.
 */
function soraniFinalE(buffer: CodeBuffer): CodeBuffer {
  const { codes } = buffer;
  for (let j = 0; j < buffer.length; j++) {
    if (codes[j] !== HE) continue;
    const next = buffer.at(j + 1);
    if (isArabicLetter(next) || next === TATWEEL || next === ZWNJ) continue;
    let start = j;
    while (start > 0 && (isArabicLetter(codes[start - 1] ?? -1) || codes[start - 1] === ZWNJ)) start--;
    if (!isRealFinalH(String.fromCharCode(...codes.subarray(start, j + 1)))) codes[j] = E;
  }
  return buffer;
}

const REAL_FINAL_H = new Set(REAL_FINAL_H_WORDS);
const isRealFinalH = (word: string): boolean => REAL_FINAL_H.has(word) || word.startsWith('ال') || /(?:الله|[لڵ]{2}اه)$/u.test(word);

function releaseScratch(): void {
  SCRATCH.characters.shrink(SCRATCH_LIMIT);
  SCRATCH.context.shrink(SCRATCH_LIMIT);
  SCRATCH.key.shrink(SCRATCH_LIMIT);
}

export function normalize(text: string, level: NormalizationLevel = 'display'): Normalized {
  const buffer = normalizedBuffer(text, level);
  const result = { text: buffer.toText(), map: buffer.toMap(text.length) };
  releaseScratch();
  return result;
}

/** The span of the input that produced output units [start, end). */
export function toSourceSpan(normalized: Normalized, start: number, end: number): Span {
  const last = normalized.text.length;
  const from = normalized.map[Math.max(0, Math.min(start, last))] ?? 0;
  const to = normalized.map[Math.max(0, Math.min(end, last))] ?? 0;
  return { start: from, end: Math.max(from, to) };
}

/**
 * What makes two texts the same for matching: their key-level normalization with white space
 * folded (documents, glossary terms, sources compared for consistency).
 */
export function matchingKey(text: string): string {
  const key = (onePassKey(text, SCRATCH.key) ?? normalizedBuffer(text, 'key')).toText(true);
  releaseScratch();
  return key;
}

/**
 * `normalize(text, 'display').text` in one pass for the usual text (no marks, bidi controls, odd
 * spaces or presentation forms): look-alikes, ZWNJ (kept only between joining letters, ه before
 * one made ە) and stray spaces. Most texts need none of it: they are read once and given back.
 */
export function displayText(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = ONE_PASS_KEY[code] ?? NOT_ONE_PASS;
    if (kind === NOT_ONE_PASS || (code === HE && endsWord(text, i))) return normalize(text, 'display').text;
    // Up to here the text is its own display form, so the code before a ZWNJ is the text's own.
    const changes = code === ZWNJ ? !keepsZwnj(i > 0 ? text.charCodeAt(i - 1) : -1, text, i) : code === 0x20 ? isStraySpace(text, i) : LOOKALIKE_OF[code] !== code;
    if (changes) return changedDisplayText(text);
  }
  return text;
}

/** Whether the ه at `at` ends a word (the display pass may make it ە): no letter, ZWNJ or tatweel after it. */
const endsWord = (text: string, at: number): boolean => !continuesWord(text, at + 1);

/** A ZWNJ at `at` after `previous` (its display code): kept between joining letters, never after ه or another ZWNJ. */
function keepsZwnj(previous: number, text: string, at: number): boolean {
  let next = at + 1;
  while (text.charCodeAt(next) === ZWNJ) next++;
  const after = next < text.length ? text.charCodeAt(next) : -1;
  return previous !== HE && previous !== ZWNJ && joinsForward(previous) && joinsBackward(after < 0 ? -1 : (LOOKALIKE_OF[after] ?? after));
}

function changedDisplayText(text: string): string {
  const out = SCRATCH.context.reset(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === ZWNJ) {
      let next = i + 1;
      while (text.charCodeAt(next) === ZWNJ) next++;
      // Pass 1 drops or rewrites what the one pass does not handle: the letter after is not known here.
      if (next < text.length && ONE_PASS_KEY[text.charCodeAt(next)] === NOT_ONE_PASS) return normalize(text, 'display').text;
      if (out.last() === HE) out.replaceLast(E);
      else if (keepsZwnj(out.last(), text, i)) out.push(ZWNJ, i);
      continue;
    }
    if (code === 0x20 && isStraySpace(text, i)) continue;
    if (ONE_PASS_KEY[code] === NOT_ONE_PASS || (code === HE && endsWord(text, i))) return normalize(text, 'display').text;
    out.push(LOOKALIKE_OF[code] ?? code, i);
  }
  const display = out.toText();
  releaseScratch();
  return display;
}

/** What the one-pass key does with a code unit that is not a key code of its own. */
const NOT_ONE_PASS = -1;
const DROPPED_ZWNJ = -2;

/**
 * For the one-pass key below: the key code of each code unit it handles (kept by pass 1 as it
 * is or as its look-alike, then folded for the key), ZWNJ (which the key drops), and -1 for the
 * rest (marks, bidi controls, odd spaces, presentation forms). Key folding keeps Arabic letters
 * letters, and only ە ێ ۆ fold to ە ێ ۆ, so the tests below read this one table.
 */
const ONE_PASS_KEY = new Int32Array(0x10000);
/** Each code unit's look-alike replacement, or itself. */
const LOOKALIKE_OF = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  LOOKALIKE_OF[code] = LOOKALIKE.get(code) ?? code;
  const kind = KIND[code];
  const handled = (kind === Kind.Keep || kind === Kind.Lookalike) && !isBidiControl(code);
  ONE_PASS_KEY[code] = code === ZWNJ ? DROPPED_ZWNJ : handled ? keyCode(LOOKALIKE.get(code) ?? code) : NOT_ONE_PASS;
}

/**
 * The key level in one pass, into `out`, for the usual text (no marks, bidi controls, odd spaces
 * or presentation forms): the three passes above reduced to what such a text needs: look-alikes,
 * ZWNJ (ه before one is ە; the key drops it), stray spaces before ە ێ ۆ, key folding, word-final
 * ه, doubled letters. `undefined` for any other text. Property tests hold it to the three passes.
 */
function onePassKey(text: string, out: CodeBuffer): CodeBuffer | undefined {
  const length = text.length;
  out.reset(length);
  let last = -1;
  for (let i = 0; i < length; i++) {
    const raw = text.charCodeAt(i);
    let code = ONE_PASS_KEY[raw] ?? NOT_ONE_PASS;
    if (code === DROPPED_ZWNJ) continue;
    if (code === NOT_ONE_PASS) return undefined;
    if (code === 0x20 && isStraySpace(text, i)) continue;
    if (code === HE) {
      let next = i + 1;
      while (text.charCodeAt(next) === ZWNJ) next++;
      // Pass 2 makes ه ە before a ZWNJ; pass 3 makes ه ە where no letter follows.
      if (next > i + 1 && raw === HE) code = E;
      else {
        if (isStraySpace(text, next)) next++;
        if (next >= length || !isArabicLetter(ONE_PASS_KEY[text.charCodeAt(next)] ?? NOT_ONE_PASS)) code = E;
      }
    }
    if (code === last && isArabicLetter(code)) continue;
    last = code;
    out.push(code, i);
  }
  return out;
}

/**
 * For `onePassKey` and `displayText`: whether the space at `i` splits a word (pass 2's stray
 * space: an Arabic letter before it, past any ZWNJ, which pass 2 drops before a space; ە ێ ۆ and
 * a letter after it). The code before one is never another.
 */
function isStraySpace(text: string, i: number): boolean {
  if (i + 2 >= text.length || text.charCodeAt(i) !== 0x20) return false;
  const after = ONE_PASS_KEY[text.charCodeAt(i + 1)] ?? NOT_ONE_PASS;
  if (after !== E && after !== EE && after !== O) return false;
  if (!isArabicLetter(ONE_PASS_KEY[text.charCodeAt(i + 2)] ?? NOT_ONE_PASS)) return false;
  let before = i - 1;
  while (before >= 0 && text.charCodeAt(before) === ZWNJ) before--;
  let earlier = before - 1;
  while (earlier >= 0 && text.charCodeAt(earlier) === ZWNJ) earlier--;
  const codeAt = (at: number): number => (at >= 0 ? (ONE_PASS_KEY[text.charCodeAt(at)] ?? NOT_ONE_PASS) : -1);
  return splitsWordAfter(codeAt(before), codeAt(earlier));
}

/**
 * Whether a space before ە ێ ۆ and a letter splits a word, given the word's last letter before it
 * and the one before that: not after a word of one letter (the conjunction و) nor after ە or ه,
 * where the space more likely stands for a letter left out (کە ەل, لە ەندی) than inside a word.
 */
function splitsWordAfter(last: number, earlier: number): boolean {
  return isArabicLetter(last) && last !== E && keyCode(last) !== HE && isArabicLetter(earlier);
}

/** `digestOf(matchingKey(text))` without making the key: for comparing many texts at once. */
export function matchingKeyDigest(text: string): number {
  const buffer = onePassKey(text, SCRATCH.key) ?? normalizedBuffer(text, 'key');
  const digest = new FoldedDigest();
  for (let i = 0; i < buffer.length; i++) digest.add(buffer.codes[i] ?? 0);
  releaseScratch();
  return digest.value();
}
