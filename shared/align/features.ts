import { englishStem } from '../glossary/english';
import type { TermBase } from '../glossary/term-check';
import { SpanInterner, WordSpans, matchingKey, nameSkeleton, parseNumber, plainDigitsValue, scanWordRuns, stemCandidates, type WordRun } from '../text';
import { englishContentStems, isFunctionWord } from './english-words';
import type { Lexicon } from './lexicon';

/** What the aligner knows about the two languages beyond lengths. */
export interface AlignmentResources {
  readonly lexicon?: Lexicon;
  readonly termBase?: TermBase;
  /** Learned from a first pass: a Sorani word's matching key to English stems. */
  readonly learned?: ReadonlyMap<string, readonly string[]>;
  /** Learned from the units people confirmed (`learnWordPairs`): a Sorani word's matching key to English stems. */
  readonly wordPairs?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Evidence is compared through keys both languages map into: `w:` an English stem (a Sorani word
 * through the lexicon or glossary, an English word directly), `#` a number's value, `n:` a name's
 * consonant skeleton, `=` a Latin token written the same on both sides, `p` a punctuation class.
 */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  private readonly single = new Map<string, readonly number[]>();
  private readonly numbers = new Map<number, readonly number[]>();
  /** The one key `key` as an item's keys, the same array each time (items are many, their keys few). */
  keysOf(key: string): readonly number[] {
    let keys = this.single.get(key);
    if (!keys) this.single.set(key, (keys = [this.idOf(key)]));
    return keys;
  }
  /** `keysOf` a number's value, without writing its key out each time. */
  numberKeys(value: number): readonly number[] {
    let keys = this.numbers.get(value);
    if (!keys) this.numbers.set(value, (keys = [this.idOf(`#${value}`)]));
    return keys;
  }
  get size(): number {
    return this.ids.size;
  }
}

/**
 * One side's sentences as numbers: lengths, and evidence items. An item is one thing that should
 * find a partner on the other side (a word, a number, a question mark); it is satisfied by any of
 * its keys. Items of sentence s are itemStart[s]..itemStart[s+1]; keys of item k are
 * keys[keyStart[k]..keyStart[k+1]].
 */
export interface SideFeatures {
  readonly count: number;
  readonly chars: Float64Array;
  /** 1 where a sentence starts a new paragraph (the first sentence aside); empty when unknown. */
  readonly paragraphStarts: Uint8Array;
  readonly itemStart: Int32Array;
  readonly keyStart: Int32Array;
  readonly keys: Int32Array;
}

/** A growable Int32Array: features of 100,000 sentences are millions of numbers. */
class IntList {
  private data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** What the item makers write to. */
interface ItemSink {
  item(keyIds: readonly number[]): void;
}

class SideBuilder implements ItemSink {
  private readonly chars: number[] = [];
  private readonly itemStart = new IntList();
  private readonly keyStart = new IntList();
  private readonly keys = new IntList();

  constructor() {
    this.itemStart.push(0);
    this.keyStart.push(0);
  }

  item(keyIds: readonly number[]): void {
    if (keyIds.length === 0) return;
    for (const id of keyIds) this.keys.push(id);
    this.keyStart.push(this.keys.length);
  }

  endSentence(chars: number): void {
    this.chars.push(chars);
    this.itemStart.push(this.keyStart.length - 1);
  }

  build(paragraphs?: readonly number[]): SideFeatures {
    const starts = new Uint8Array(paragraphs ? this.chars.length : 0);
    for (let i = 1; i < starts.length; i++) starts[i] = paragraphs?.[i] !== paragraphs?.[i - 1] ? 1 : 0;
    return {
      count: this.chars.length,
      chars: Float64Array.from(this.chars),
      paragraphStarts: starts,
      itemStart: this.itemStart.toArray(),
      keyStart: this.keyStart.toArray(),
      keys: this.keys.toArray(),
    };
  }
}

const LENGTH_SPANS = new WordSpans();

/** Characters that are not white space: the length both languages are measured in. */
export function visibleLength(text: string): number {
  return text.length - scanWordRuns(text, LENGTH_SPANS).hidden;
}

/** The kinds of telling punctuation (a question, an exclamation, a quotation, a bracket, a colon), each one item. */
const PUNCTUATION_KEYS = ['p?', 'p!', 'p"', 'p(', 'p:'] as const;

/** The bit of `PUNCTUATION_KEYS` each code unit stands for (0: none): what `scanWordRuns` gathers in `marks`. */
const PUNCTUATION_BITS = new Uint8Array(0x10000);
for (const [marks, bit] of [['?؟', 1], ['!', 2], ['"«“', 4], ['([', 8], [':', 16]] as const) {
  for (const mark of marks) PUNCTUATION_BITS[mark.charCodeAt(0)] = bit;
}

/** One item per kind of telling punctuation the scan of the sentence found; answers its visible length. */
function punctuationItems(sentence: string, spans: WordSpans, builder: ItemSink, table: KeyTable): number {
  for (let k = 0; spans.marks >> k !== 0; k++) if (spans.marks & (1 << k)) builder.item(table.keysOf(PUNCTUATION_KEYS[k] ?? ''));
  return sentence.length - spans.hidden;
}

/** A number is an item by its value, whatever its digits (٢٠٠٩ and 2009 meet). */
function numberItem(text: string, start: number, end: number, builder: ItemSink, table: KeyTable): void {
  const plain = plainDigitsValue(text, start, end);
  const value = plain >= 0 ? plain : parseNumber(text.slice(start, end))?.value;
  if (value !== undefined) builder.item(table.numberKeys(value));
}

export type RunKind = 'number' | 'latin' | 'arabic' | 'other';

export function kindOf(run: WordRun): RunKind {
  return kindOfCode(run.text.charCodeAt(0));
}

/** A word's kind by its first code. */
function kindOfCode(code: number): RunKind {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9)) return 'number';
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) return 'latin';
  if (code >= 0x600 && code <= 0x6ff) return 'arabic';
  return 'other';
}

/** Per-word evidence of a Sorani word, remembered across sentences (documents repeat words). */
function soraniWordKeys(word: string, resources: AlignmentResources): string[] {
  const found = new Set<string>();
  const glosses = resources.lexicon?.glossesOf(word);
  for (const gloss of glosses ?? []) found.add(`w:${gloss}`);
  const known = glosses !== undefined;
  const candidates = stemCandidates(word).slice(0, 3);
  for (const learned of [resources.wordPairs, resources.learned]) {
    if (!learned) continue;
    for (const candidate of [word, ...candidates]) {
      for (const stem of learned.get(matchingKey(candidate)) ?? []) found.add(`w:${stem}`);
    }
  }
  if (!known) {
    // A word the lexicon does not know is often a name: compare its sound with English names.
    for (const candidate of [word, ...candidates]) {
      const skeleton = nameSkeleton(candidate);
      if (skeleton.length >= 2) found.add(`n:${skeleton}`);
    }
  }
  // A word the lexicon knows only as a function word carries no evidence at all.
  return [...found];
}

/** The matching key of a Sorani word's first stem: what the second pass learns translations of. */
export function learnableKey(word: string): string {
  return matchingKey(stemCandidates(word)[0] ?? word);
}

/** Lengths and nothing else: what plain length-based alignment sees. */
export function lengthFeatures(sentences: readonly string[], paragraphs?: readonly number[]): SideFeatures {
  const builder = new SideBuilder();
  for (const sentence of sentences) builder.endSentence(visibleLength(sentence));
  return builder.build(paragraphs);
}

/** A sentence that opens a paragraph carries that as evidence: paragraphs usually correspond. */
function paragraphItem(paragraphs: readonly number[] | undefined, index: number, builder: ItemSink, table: KeyTable): void {
  if (paragraphs && index > 0 && paragraphs[index] !== paragraphs[index - 1]) builder.item(table.keysOf('p¶'));
}

/**
 * A Sorani side read once: each sentence's item slots in order, each either fixed keys (glossary
 * terms, Latin words, numbers, punctuation, paragraph starts) or a Sorani word whose keys depend
 * on what is known of words (the lexicon, and in the second pass the translations learned).
 * `renderSorani` makes its features; the second pass renders it again with what it learned, without
 * reading the text again.
 */
export interface SoraniReading {
  readonly chars: readonly number[];
  /** Where each sentence's slots start in `slots` (one more entry than sentences). */
  readonly sentenceSlots: Int32Array;
  /** Each slot: a Sorani word's number in `words` (0 and up), or -1 - k for the fixed keys `fixedKeys[k]`. */
  readonly slots: Int32Array;
  readonly words: readonly string[];
  readonly fixedKeys: ReadonlyArray<readonly number[]>;
}

export function readSorani(sentences: readonly string[], table: KeyTable, resources: AlignmentResources, paragraphs?: readonly number[]): SoraniReading {
  const chars: number[] = [];
  const sentenceSlots = new Int32Array(sentences.length + 1);
  const slots = new IntList();
  const fixedKeys: Array<readonly number[]> = [];
  const fixed = (keyIds: readonly number[]): void => {
    slots.push(-1 - fixedKeys.length);
    fixedKeys.push(keyIds);
  };
  const words = new SpanInterner();
  const latin = new SpanInterner();
  const latinIds: Array<readonly number[]> = [];
  const capture: ItemSink = { item: fixed };
  const spans = new WordSpans();
  const entryKeys = new Map<string, readonly number[]>();
  const keysOfEntry = (entryId: string): readonly number[] => {
    let keys = entryKeys.get(entryId);
    if (!keys) {
      const stems = new Set<string>();
      for (const term of resources.termBase?.entries.get(entryId)?.targetTerms ?? []) {
        if (term.status !== 'forbidden') for (const stem of englishContentStems(term.text)) stems.add(`w:${stem}`);
      }
      entryKeys.set(entryId, (keys = [...stems].map((key) => table.idOf(key))));
    }
    return keys;
  };
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] ?? '';
    paragraphItem(paragraphs, index, capture, table);
    const { starts, ends, count } = scanWordRuns(sentence, spans, PUNCTUATION_BITS);
    const hits = resources.termBase?.index.matchScanned(sentence, spans) ?? [];
    for (const hit of hits) fixed(keysOfEntry(hit.entryId));
    let hitIndex = 0;
    for (let w = 0; w < count; w++) {
      const start = starts[w] ?? 0;
      const end = ends[w] ?? 0;
      while (hitIndex < hits.length && (hits[hitIndex]?.end ?? 0) <= start) hitIndex++;
      const hit = hits[hitIndex];
      if (hit && start >= hit.start && end <= hit.end) continue;
      const kind = kindOfCode(sentence.charCodeAt(start));
      if (kind === 'arabic') slots.push(words.idOf(sentence, start, end));
      else if (kind === 'latin') {
        const id = latin.idOf(sentence, start, end);
        fixed((latinIds[id] ??= [table.idOf(`=${(latin.words[id] ?? '').toLowerCase()}`)]));
      } else if (kind === 'number') numberItem(sentence, start, end, capture, table);
    }
    chars.push(punctuationItems(sentence, spans, capture, table));
    sentenceSlots[index + 1] = slots.length;
  }
  return { chars, sentenceSlots, slots: slots.toArray(), words: words.words, fixedKeys };
}

/** The features of a Sorani side read by `readSorani`, each word's keys as `resources` know them. */
export function renderSorani(reading: SoraniReading, table: KeyTable, resources: AlignmentResources, paragraphs?: readonly number[]): SideFeatures {
  const builder = new SideBuilder();
  const wordIds: Array<readonly number[]> = [];
  const keysOfWord = (id: number): readonly number[] =>
    (wordIds[id] ??= soraniWordKeys(reading.words[id] ?? '', resources).map((key) => table.idOf(key)));
  for (let sentence = 0; sentence < reading.chars.length; sentence++) {
    for (let slot = reading.sentenceSlots[sentence] ?? 0; slot < (reading.sentenceSlots[sentence + 1] ?? 0); slot++) {
      const held = reading.slots[slot] ?? 0;
      builder.item(held >= 0 ? keysOfWord(held) : (reading.fixedKeys[-1 - held] ?? []));
    }
    builder.endSentence(reading.chars[sentence] ?? 0);
  }
  return builder.build(paragraphs);
}

function englishWordKeys(word: string): string[] {
  const lower = word.toLowerCase();
  if (isFunctionWord(lower)) return [];
  const keys = [`w:${englishStem(lower)}`, `=${lower}`];
  // Names: a capitalized word, and each part of al-Sadr or Abu-Ali.
  if (/^[A-Z]/u.test(word)) {
    for (const part of word.split(/[-'’]/u)) {
      const skeleton = nameSkeleton(part);
      if (skeleton.length >= 2) keys.push(`n:${skeleton}`);
    }
  }
  return keys;
}

export function englishFeatures(sentences: readonly string[], table: KeyTable, paragraphs?: readonly number[]): SideFeatures {
  const builder = new SideBuilder();
  const words = new SpanInterner();
  const wordIds: Array<readonly number[]> = [];
  const spans = new WordSpans();
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] ?? '';
    paragraphItem(paragraphs, index, builder, table);
    const { starts, ends, count } = scanWordRuns(sentence, spans, PUNCTUATION_BITS);
    for (let w = 0; w < count; w++) {
      const start = starts[w] ?? 0;
      const kind = kindOfCode(sentence.charCodeAt(start));
      if (kind === 'latin') {
        const id = words.idOf(sentence, start, ends[w] ?? start);
        builder.item((wordIds[id] ??= englishWordKeys(words.words[id] ?? '').map((key) => table.idOf(key))));
      }
      else if (kind === 'number') numberItem(sentence, start, ends[w] ?? start, builder, table);
    }
    builder.endSentence(punctuationItems(sentence, spans, builder, table));
  }
  return builder.build(paragraphs);
}

/** Sentence-final punctuation, Latin and Arabic script, with the semicolon and colon that end a clause. */
const FINAL_MARKS = new Set(['.', '!', '?', '…', '؟', '۔', ';', '؛', ':']);
/** What may follow a sentence's final mark: closing quotes and brackets, emphasis. */
const CLOSING_MARKS = new Set(['"', "'", '’', '”', '»', '›', ')', ']', '}', '*']);
/**
 * Above this share of sentences ending unterminated, a side is unpunctuated text (a transcript,
 * subtitles, verse): its line ends say nothing of headings, and translators join its lines freely.
 */
const UNPUNCTUATED_SHARE = 0.25;

/** Whether a sentence ends without sentence-final punctuation: a line break ended it (a heading, a caption, a list item). */
export function endsUnterminated(text: string): boolean {
  let end = text.length;
  while (end > 0 && (CLOSING_MARKS.has(text.charAt(end - 1)) || /\s/u.test(text.charAt(end - 1)))) end--;
  return end > 0 && !FINAL_MARKS.has(text.charAt(end - 1));
}

/**
 * Each sentence's block, for the rule that a bead joining sentences of two blocks pays for it: a
 * new block at each paragraph (where known), and before and after each sentence that ends without
 * punctuation in punctuated text. Such a sentence stood on a line of its own (a heading, a note
 * added by one side); a translator would not have joined it to a neighbour.
 */
export function sentenceBlocks(sentences: readonly string[], paragraphs?: readonly number[]): readonly number[] | undefined {
  const open = sentences.map(endsUnterminated);
  const openCount = open.reduce((sum, isOpen) => sum + (isOpen ? 1 : 0), 0);
  if (openCount === 0 || openCount > UNPUNCTUATED_SHARE * sentences.length) return paragraphs;
  const blocks: number[] = [];
  let block = 0;
  for (let i = 0; i < sentences.length; i++) {
    if (i > 0 && ((paragraphs !== undefined && paragraphs[i] !== paragraphs[i - 1]) || open[i - 1] || open[i])) block++;
    blocks.push(block);
  }
  return blocks;
}
