// Test material for the aligner: the demo article's gold alignment with a publisher-style English
// version, synthetic variants with known changes, and large documents built from the article.
import { readFileSync } from 'node:fs';
import { sentences } from '../shared/text';
import { random } from './corpus';

export interface GoldBead {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

export interface AlignCase {
  readonly name: string;
  /** The language beside English where it is not Sorani (a UDHR set): aligned without the Sorani lexicon and glossary. */
  readonly otherLanguage?: string;
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly gold: readonly GoldBead[];
}

const root = new URL('../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

export const demoSource = (): string[] => sentences(read('corpus/demo/kadhimi-washington.ckb.txt'), { lang: 'ckb' }).map((s) => s.text);
export const demoTranslation = (): string[] => read('corpus/demo/kadhimi-washington.en.txt').trim().split('\n');
export const lexiconText = (): string => read('corpus/lexicon/ckb-en.tsv');

/** The article against its publisher-style English version, from bench/data/align/*.beads.tsv. */
export function articleCase(): AlignCase {
  const source = demoSource();
  const target: string[] = [];
  const gold: GoldBead[] = [];
  for (const line of read('bench/data/align/kadhimi-washington.beads.tsv').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [sources = '', english = ''] = line.split('\t');
    const bead = sentences(english, { lang: 'en' }).map((s) => s.text);
    gold.push({
      source: sources === '' ? [] : sources.split(',').map(Number),
      target: bead.map((_, k) => target.length + k),
    });
    target.push(...bead);
  }
  const resegmented = sentences(target.join(' '), { lang: 'en' }).map((s) => s.text);
  if (resegmented.join('\n') !== target.join('\n')) throw new Error('the gold beads do not segment the same way as the whole text');
  return { name: 'article, publisher split', source, target, gold };
}

type Change = 'drop-source' | 'drop-target' | 'merge-targets' | 'split-target' | 'note-target' | 'note-source';

/** What translators and editors add on one side: notes, glosses and headings (the issue's usual case of a sentence with no partner). */
const ENGLISH_NOTES = [
  "Translator's note: the Kurdistan Region's parliament sits in Erbil.",
  'Editor’s note: this article was first published in Sorani and has been translated for our readers.',
  '(The Peshmerga are the armed forces of the Kurdistan Region.)',
  'Background',
  'Note: figures in this report were provided by the regional health ministry.',
  'Related coverage',
];
const SORANI_NOTES = ['تێبینی وەرگێڕ: ئەم بابەتە لە ئینگلیزییەوە وەرگێڕدراوە.', 'پاشخان', 'سەرچاوە: ماڵپەڕی فەرمی حکومەت'];

/** What one side adds, in the English and Sorani notes a case draws from by turns. */
export interface AddedNotes {
  readonly english: readonly string[];
  readonly sorani: readonly string[];
}
const NOTES: AddedNotes = { english: ENGLISH_NOTES, sorani: SORANI_NOTES };
/**
 * Notes and headings worded otherwise, kept apart from those the aligner was tuned on: a check that
 * what it learned of notes holds for other wordings.
 */
export const OTHER_NOTES: AddedNotes = {
  english: ['[Translator’s comment: the figures are from March.]', 'T.N.: Sorani has no word for this.', 'Source: Rudaw', 'Further reading', '(Reporting by the Erbil bureau.)', 'Methods'],
  sorani: ['سەرنج: ئەم ژمارانە نوێ نین.', 'کورتە', '(وەرگێڕ)'],
};

/** Splits an English sentence at its middle comma into two sentences, if it has one. */
function splitAtComma(sentence: string): [string, string] | null {
  const commas = [...sentence.matchAll(/, /g)].map((m) => m.index);
  if (commas.length === 0) return null;
  const at = commas[Math.floor(commas.length / 2)] ?? 0;
  const rest = sentence.slice(at + 2);
  return [`${sentence.slice(0, at)}.`, rest.charAt(0).toUpperCase() + rest.slice(1)];
}

/**
 * Applies changes to a 1-1 parallel text at the given sentence indices and returns the gold:
 * a dropped source sentence leaves its translation alone (0-1), a dropped target leaves its source
 * alone (1-0), merged targets make a 2-1 bead, a split target a 1-2 bead, a note added on one side
 * a sentence alone on that side.
 */
export function changedCase(name: string, source: readonly string[], target: readonly string[], changes: ReadonlyMap<number, Change>, notes = NOTES): AlignCase {
  const outSource: string[] = [];
  const outTarget: string[] = [];
  const gold: GoldBead[] = [];
  for (let i = 0; i < source.length; i++) {
    const change = changes.get(i);
    const s = source[i] ?? '';
    const t = target[i] ?? '';
    if (change === 'drop-source') {
      gold.push({ source: [], target: [outTarget.length] });
      outTarget.push(t);
    } else if (change === 'drop-target') {
      gold.push({ source: [outSource.length], target: [] });
      outSource.push(s);
    } else if (change === 'merge-targets' && i + 1 < source.length && !changes.has(i + 1)) {
      gold.push({ source: [outSource.length, outSource.length + 1], target: [outTarget.length] });
      outSource.push(s, source[i + 1] ?? '');
      outTarget.push(`${t.replace(/[.?!]$/u, '')}; ${(target[i + 1] ?? '').charAt(0).toLowerCase()}${(target[i + 1] ?? '').slice(1)}`);
      i++;
    } else if (change === 'note-target' || change === 'note-source') {
      // The pair as it is, then a sentence only one side has.
      gold.push({ source: [outSource.length], target: [outTarget.length] });
      outSource.push(s);
      outTarget.push(t);
      if (change === 'note-target') {
        gold.push({ source: [], target: [outTarget.length] });
        outTarget.push(notes.english[i % notes.english.length] ?? '');
      } else {
        gold.push({ source: [outSource.length], target: [] });
        outSource.push(notes.sorani[i % notes.sorani.length] ?? '');
      }
    } else if (change === 'split-target' && splitAtComma(t)) {
      const [a, b] = splitAtComma(t) as [string, string];
      gold.push({ source: [outSource.length], target: [outTarget.length, outTarget.length + 1] });
      outSource.push(s);
      outTarget.push(a, b);
    } else {
      gold.push({ source: [outSource.length], target: [outTarget.length] });
      outSource.push(s);
      outTarget.push(t);
    }
  }
  return { name, source: outSource, target: outTarget, gold };
}

/** The synthetic tests: the demo translation with sentences dropped, merged and split at known places. */
export function syntheticCases(): AlignCase[] {
  const source = demoSource();
  const target = demoTranslation();
  const at = (kind: Change, indices: number[]): Map<number, Change> => new Map(indices.map((i) => [i, kind]));
  return [
    changedCase('demo 1-1', source, target, new Map()),
    changedCase('drop 3 English sentences', source, target, at('drop-target', [5, 17, 26])),
    changedCase('drop 3 Sorani sentences', source, target, at('drop-source', [3, 11, 22])),
    changedCase('merge 4 English pairs', source, target, at('merge-targets', [1, 9, 20, 27])),
    changedCase('split 4 English sentences', source, target, at('split-target', [2, 4, 15, 30])),
    changedCase('all changes at once', source, target, new Map<number, Change>([
      [1, 'split-target'], [4, 'drop-target'], [7, 'merge-targets'], [12, 'drop-source'], [16, 'split-target'],
      [20, 'merge-targets'], [24, 'split-target'], [26, 'drop-target'], [29, 'merge-targets'],
    ])),
  ];
}

const EASTERN = '٠١٢٣٤٥٦٧٨٩';
const toEastern = (n: number): string => String(n).replace(/\d/g, (d) => EASTERN[Number(d)] ?? d);

/**
 * A long document and its translation for the service benches: the demo article repeated to
 * `sentences` Sorani lines, each numbered (Eastern digits; Latin in the English), with every 40th
 * English sentence missing, as in a real published translation; with `reversedTail`, that many
 * English sentences at the end in the reverse order.
 */
export function numberedDocument(sentences: number, reversedTail = 0): { sourceLines: string[]; targetLines: string[] } {
  const source = demoSource();
  const target = demoTranslation();
  const sourceLines: string[] = [];
  const targetLines: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const n = 1000 + i;
    sourceLines.push(`${toEastern(n)} ${source[i % source.length]}`);
    if (i % 40 !== 39) targetLines.push(`${n} ${target[i % target.length]}`);
  }
  // The English of the last sentences in the reverse order (a file put together wrongly): links the aligner is unsure of.
  if (reversedTail > 0) targetLines.splice(-reversedTail, reversedTail, ...targetLines.slice(-reversedTail).reverse());
  return { sourceLines, targetLines };
}

/**
 * A long document pair built from the demo: copies of the article whose sentences each carry a
 * different number (Eastern Arabic digits in the Sorani, Latin in the English, as real news
 * does), with sentences dropped, merged and split at random places (about 2%, 4% and 4%).
 */
export function largeCase(sentencesPerSide: number, seed = 7): AlignCase {
  const source = demoSource();
  const target = demoTranslation();
  const next = random(seed);
  const longSource: string[] = [];
  const longTarget: string[] = [];
  for (let k = 0; longSource.length < sentencesPerSide; k++) {
    const i = k % source.length;
    const value = 1000 + Math.floor(next() * 900_000);
    longSource.push(`${source[i]} ${toEastern(value)}`);
    longTarget.push(`${target[i]} ${value}`);
  }
  return changedCase(`${sentencesPerSide} sentences`, longSource, longTarget, randomChanges(longSource.length, next));
}

/**
 * `input` with the English of `count` gold links from the `from`th on left out, as a translation
 * missing a whole passage: their Sorani sentences have no partner.
 */
export function withPassageLeftOut(input: AlignCase, from: number, count: number): AlignCase {
  const dropped = new Set(input.gold.slice(from, from + count).flatMap((bead) => bead.target));
  const newIndex = new Map<number, number>();
  input.target.forEach((_, t) => (dropped.has(t) ? undefined : newIndex.set(t, newIndex.size)));
  return {
    name: `${input.name}, a passage of ${count} left out of the translation`,
    source: input.source,
    target: input.target.filter((_, t) => !dropped.has(t)),
    gold: input.gold.flatMap((bead) => {
      if (bead.target.length > 0 && bead.target.every((t) => dropped.has(t))) return bead.source.map((s) => ({ source: [s], target: [] }));
      return [{ source: bead.source, target: bead.target.map((t) => newIndex.get(t) ?? t) }];
    }),
  };
}

/** Changes at random places: about 1% of sentences dropped on each side, 4% of targets merged with the next, 4% split. */
function randomChanges(count: number, next: () => number, rate = 1): Map<number, Change> {
  const changes = new Map<number, Change>();
  for (let i = 0; i < count; i++) {
    const roll = next() / rate;
    if (roll < 0.01) changes.set(i, 'drop-source');
    else if (roll < 0.02) changes.set(i, 'drop-target');
    else if (roll < 0.06) changes.set(i, 'merge-targets');
    else if (roll < 0.1) changes.set(i, 'split-target');
  }
  return changes;
}

/** Pairs of a TSV whose lines are `other<TAB>english` (lines starting with # are comments). */
function tsvPairs(path: string): { source: string[]; target: string[] } {
  const pairs = read(path).split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => line.split('\t'));
  return { source: pairs.map(([other = '']) => other), target: pairs.map(([, english = '']) => english) };
}

/** UDHR languages beside English in bench/data/align/udhr (`npm run build:udhr-sets`), as [code, name]. */
export const UDHR_LANGUAGES = [['hun', 'Hungarian'], ['ron_2006', 'Romanian'], ['deu_1996', 'German'], ['fra', 'French'], ['arb', 'Arabic'], ['ckb', 'Central Kurdish, Latin script']] as const;

/**
 * The Universal Declaration in another language beside English, block by block, with about a
 * quarter of the blocks changed (dropped on either side, English merged or split): real
 * translations of other language pairs, whose lengths compare otherwise than Sorani's.
 */
export function udhrCases(seed = 5): AlignCase[] {
  return UDHR_LANGUAGES.map(([code, name], k) => {
    const { source, target } = udhrPairs(code);
    return { ...changedCase(`UDHR ${name}-English, perturbed`, source, target, randomChanges(source.length, random(seed + k), 2.5)), otherLanguage: code };
  });
}

const udhrPairs = (code: string): { source: string[]; target: string[] } => tsvPairs(`bench/data/align/udhr/${code}-eng.tsv`);

/**
 * Sentences with no partner, the usual way: the real TICO-19 documents (those of 60 sentences or
 * more) with a twentieth of their sentences left out on one side or the other and as many notes
 * and headings added on one side. Strict bead F1 over them, and the share of the lone sentences
 * found alone, measure omissions.
 */
export function omissionCases(seed = 13, notes = NOTES): AlignCase[] {
  const next = random(seed);
  return ticoDocuments().filter((pairs) => pairs.source.length >= 60).map((pairs) => {
    const changes = new Map<number, Change>();
    for (let i = 0; i < pairs.source.length; i++) {
      const roll = next();
      if (roll < 0.025) changes.set(i, 'drop-target');
      else if (roll < 0.05) changes.set(i, 'drop-source');
      else if (roll < 0.085) changes.set(i, 'note-target');
      else if (roll < 0.1) changes.set(i, 'note-source');
    }
    return changedCase(`TICO-19 ${pairs.name}, omissions and notes`, pairs.source, pairs.target, changes, notes);
  });
}

/**
 * Typists' errors: the omission sets (`omissionCases`) with the final mark of about a fifth of the
 * sentences on each side dropped, as a typist forgets the stop at a paragraph's end. The sentences
 * left unterminated must not be taken for headings that stand apart.
 */
export function typistsErrorCases(seed = 17): AlignCase[] {
  const next = random(seed);
  const forget = (sentence: string): string => (next() < 0.2 ? sentence.replace(/[.?!؟]\s*$/u, '') : sentence);
  return omissionCases().map((input) => ({ ...input, name: `${input.name}, final stops forgotten`, source: input.source.map(forget), target: input.target.map(forget) }));
}

/**
 * The test sets the link confidence is fitted on and the ones it is judged on
 * (`scripts/fit-link-confidence.ts`, bench align), apart: TICO-19 documents by turns, UDHR
 * languages by turns, the demo's changes and long documents for fitting, the publisher-split
 * article judged. Perturbed with seeds of their own, not the bench's.
 */
export function calibrationSplit(): { fitting: AlignCase[]; judged: AlignCase[] } {
  const tico = ticoDocuments();
  const udhr = UDHR_LANGUAGES.map(([code, name]) => ({ name, otherLanguage: code, ...udhrPairs(code) }));
  const perturbed = (prefix: string, sets: ReadonlyArray<{ name: string; otherLanguage?: string; source: string[]; target: string[] }>, seed: number): AlignCase[] =>
    sets.flatMap((set, k) => [1, 2, 3].map((copy) => ({
      ...changedCase(`${prefix} ${set.name} #${copy}`, set.source, set.target, randomChanges(set.source.length, random(seed + 10 * k + copy), 2.5)),
      ...(set.otherLanguage === undefined ? {} : { otherLanguage: set.otherLanguage }),
    })));
  const byTurns = <T>(items: readonly T[], turn: number): T[] => items.filter((_, k) => k % 2 === turn);
  return {
    fitting: [
      ...perturbed('TICO-19', byTurns(tico, 0), 300), ...perturbed('UDHR', byTurns(udhr, 0), 400),
      ...syntheticCases(), largeCase(1000, 21), largeCase(1000, 22),
    ],
    judged: [...perturbed('TICO-19', byTurns(tico, 1), 500), ...perturbed('UDHR', byTurns(udhr, 1), 600), articleCase(), largeCase(1000, 23)],
  };
}

/** The TICO-19 pairs (tests/fixtures/tico19) by document, in file order. */
function ticoDocuments(): Array<{ name: string; source: string[]; target: string[] }> {
  const byDocument = new Map<string, { name: string; source: string[]; target: string[] }>();
  for (const line of read('tests/fixtures/tico19/tico19-ckb-en.tsv').split('\n').slice(1)) {
    const [document = '', ckb = '', en = ''] = line.split('\t');
    if (document === '') continue;
    const pairs = byDocument.get(document) ?? { name: document, source: [], target: [] };
    pairs.source.push(ckb);
    pairs.target.push(en);
    byDocument.set(document, pairs);
  }
  return [...byDocument.values()];
}

/**
 * The real Sorani-English TICO-19 translations (tests/fixtures/tico19), each document with about
 * a tenth of its sentences changed (dropped on either side, English merged or split).
 */
export function ticoCases(seed = 9): AlignCase[] {
  const documents = ticoDocuments();
  const next = random(seed);
  const source = documents.flatMap((pairs) => pairs.source);
  const target = documents.flatMap((pairs) => pairs.target);
  return [
    changedCase(`TICO-19, ${documents.length} documents as one, perturbed`, source, target, randomChanges(source.length, next)),
    ...documents.filter((pairs) => pairs.source.length >= 60).map((pairs) => changedCase(`TICO-19 ${pairs.name}, perturbed`, pairs.source, pairs.target, randomChanges(pairs.source.length, next, 2.5))),
  ];
}
/** A case cut from one TICO-19 document: the units of the other documents are what may be learned from for it. */
export interface DocumentCase extends AlignCase {
  readonly document: string;
}

/**
 * What a growing lexicon is measured on: the real TICO-19 documents cut into short documents of 20
 * sentences (an article, a report), each with a quarter of its sentences changed (left out on
 * either side, English merged or split, a note added), and the long perturbed and omission sets;
 * and every real pair in a fixed random order, as the units confirmed before, with its document.
 */
export function growingLexiconSets(seed = 31): { short: DocumentCase[]; long: DocumentCase[]; confirmed: Array<{ document: string; source: string; target: string }> } {
  const documents = ticoDocuments();
  const next = random(seed);
  const short = documents.flatMap((pairs) => Array.from({ length: Math.floor(pairs.source.length / 20) }, (_, k) => {
    const changes = new Map<number, Change>();
    for (let i = 0; i < 20; i++) {
      const roll = next();
      if (roll < 0.04) changes.set(i, 'drop-target');
      else if (roll < 0.08) changes.set(i, 'drop-source');
      else if (roll < 0.16) changes.set(i, 'merge-targets');
      else if (roll < 0.22) changes.set(i, 'split-target');
      else if (roll < 0.26) changes.set(i, 'note-target');
    }
    const part = (side: readonly string[]): string[] => side.slice(k * 20, k * 20 + 20);
    return { ...changedCase(`TICO-19 ${pairs.name}, sentences ${k * 20 + 1}-${k * 20 + 20}`, part(pairs.source), part(pairs.target), changes), document: pairs.name };
  }));
  const documentOf = (name: string): string => name.replace(/^TICO-19 /u, '').replace(/, .*$/u, '');
  const long = [...ticoCases().slice(1), ...omissionCases()].map((input) => ({ ...input, document: documentOf(input.name) }));
  const order = random(seed + 1);
  const confirmed = documents.flatMap((pairs) => pairs.source.map((source, i) => ({ document: pairs.name, source, target: pairs.target[i] ?? '', key: order() })))
    .sort((a, b) => a.key - b.key).map(({ document, source, target }) => ({ document, source, target }));
  return { short, long, confirmed };
}

const beadKey = (bead: GoldBead): string => `${bead.source.join(',')}|${bead.target.join(',')}`;

/** Strict bead F1: a bead counts only if both its sides are exactly those of a gold bead. */
export function beadF1(predicted: readonly GoldBead[], gold: readonly GoldBead[]): { precision: number; recall: number; f1: number } {
  const wanted = new Set(gold.map(beadKey));
  const correct = predicted.filter((bead) => wanted.has(beadKey(bead))).length;
  const precision = predicted.length === 0 ? 0 : correct / predicted.length;
  const recall = gold.length === 0 ? 0 : correct / gold.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Over the omission sets (`omissionCases`): the gold's sentences with no partner (left out on one
 * side, a note or heading added), and how many of them `align` leaves alone too.
 */
export function partnerlessLeftAlone(align: (input: AlignCase) => readonly GoldBead[], cases = omissionCases()): { lone: number; found: number } {
  let lone = 0;
  let found = 0;
  for (const input of cases) {
    const got = new Set(align(input).map(beadKey));
    const alone = input.gold.filter((bead) => bead.source.length === 0 || bead.target.length === 0);
    lone += alone.length;
    found += alone.filter((bead) => got.has(beadKey(bead))).length;
  }
  return { lone, found };
}
