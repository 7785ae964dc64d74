import { isSoraniVowelLetter } from './chars';
import { displayText } from './normalize';

/**
 * Light Sorani stemmer: strips inflection and clitics layer by layer, outermost first, and
 * returns every candidate stem with the suffixes it removed. A lexicon or the glossary confirms
 * which candidate is a real word; the order is only a best guess.
 */
export interface StemCandidate {
  readonly stem: string;
  /** Removed prefix (بە or لە), or empty. */
  readonly prefix: string;
  /** Removed suffixes, innermost first. */
  readonly suffixes: readonly string[];
  readonly score: number;
}

export interface StemResult {
  readonly word: string;
  /** The word at display-safe normalization; every stem is a substring of it. */
  readonly normalized: string;
  readonly candidates: readonly StemCandidate[];
}

/** What the remaining stem must end with for a suffix form to attach. */
type Context = 'any' | 'vowel' | 'consonant';

interface SuffixForm {
  readonly text: string;
  readonly after: Context;
  /** How much stripping it is to be believed: distinctive endings high, endings many stems share low. */
  readonly weight: number;
}

interface Layer {
  readonly name: string;
  readonly forms: readonly SuffixForm[];
}

const DISTINCT = 2;
const LIKELY = 1.5;
const AMBIGUOUS = 0;
const LONE_LETTER = -0.3;

const form = (text: string, after: Context, weight: number): SuffixForm => ({ text, after, weight });

const ALSO: Layer = { name: 'also', forms: [form('یش', 'consonant', LIKELY), form('ش', 'vowel', LONE_LETTER)] };

/** The copula written onto the word (دانوستاندنەکانە "they are the negotiations", کێشەیە "it is a problem"). */
const COPULA: Layer = { name: 'copula', forms: [form('ە', 'consonant', LONE_LETTER), form('یە', 'vowel', LONE_LETTER)] };

/**
 * The light verb of a compound verb's verbal noun (پاشەکشەکردن, ئامادەبوون): stripped only where
 * asked (`StemOptions.lightVerbs`), since the noun it leaves is another word for most uses.
 */
const LIGHT_VERB: Layer = {
  name: 'light verb',
  forms: [form('کردن', 'any', DISTINCT), form('کردنەوە', 'any', DISTINCT), form('بوون', 'any', LIKELY), form('بوونەوە', 'any', DISTINCT), form('کراو', 'any', LIKELY)],
};
/** The light verbs' endings (a verbal noun is its noun and one of these). */
export const LIGHT_VERB_ENDINGS: readonly string[] = LIGHT_VERB.forms.map((suffix) => suffix.text);

/** Layers from the end of the word inwards; each may be absent, and یش may stand in three places. */
const LAYERS: readonly Layer[] = [
  COPULA,
  ALSO,
  {
    name: 'postposition',
    forms: [
      form('یەوە', 'vowel', DISTINCT), form('ەوە', 'consonant', DISTINCT), form('وە', 'vowel', 1),
      form('دا', 'any', DISTINCT), form('ڕا', 'any', 1), form('را', 'any', 1),
    ],
  },
  ALSO,
  {
    name: 'pronoun',
    forms: [
      form('مان', 'any', AMBIGUOUS), form('تان', 'any', AMBIGUOUS), form('یان', 'any', AMBIGUOUS),
      form('یم', 'vowel', LONE_LETTER), form('یت', 'vowel', LONE_LETTER), form('م', 'any', LONE_LETTER),
      form('ت', 'any', LONE_LETTER), form('ی', 'any', LONE_LETTER),
    ],
  },
  ALSO,
  { name: 'izafe', forms: [form('ی', 'any', LONE_LETTER)] },
  {
    name: 'determiner',
    forms: [
      form('ەکان', 'consonant', DISTINCT), form('کان', 'vowel', DISTINCT), form('ەکە', 'consonant', DISTINCT),
      form('کە', 'vowel', DISTINCT), form('یەکە', 'vowel', DISTINCT), form('یەک', 'vowel', DISTINCT),
      form('ێک', 'consonant', DISTINCT), form('یانە', 'vowel', 1), form('انە', 'consonant', 1),
      form('یان', 'vowel', AMBIGUOUS), form('ان', 'consonant', AMBIGUOUS), form('یە', 'vowel', LONE_LETTER),
      form('ە', 'consonant', LONE_LETTER), form('ها', 'any', AMBIGUOUS), form('گەل', 'any', AMBIGUOUS),
    ],
  },
  { name: 'comparative', forms: [form('ترین', 'any', LIKELY), form('تر', 'any', AMBIGUOUS)] },
];

/** Prepositions written on to the word they govern (بەحکومەت, لەبەغدا), stripped from the front. */
export const STEM_PREFIXES = ['بە', 'لە'] as const;
const MIN_STEM = 2;

function endsWithVowel(stem: string): boolean {
  return isSoraniVowelLetter(stem.charCodeAt(stem.length - 1));
}

function fits(stem: string, context: Context): boolean {
  if (stem.length < MIN_STEM) return false;
  if (context === 'any') return true;
  const last = stem.charCodeAt(stem.length - 1);
  const ambiguous = last === 0x0648 || last === 0x06cc; // و and ی are vowels or consonants
  if (ambiguous) return true;
  return context === 'vowel' ? endsWithVowel(stem) : !endsWithVowel(stem);
}

/**
 * How much a strip is to be believed: long suffixes are distinctive, a lone ی after a consonant
 * is usually part of the word (کازمی), a lone letter elsewhere is weak evidence.
 */
const DETERMINERS = ['کان', 'کە', 'ێک', 'یەک'];
const afterDeterminer = (stem: string): boolean => DETERMINERS.some((determiner) => stem.endsWith(determiner));
/** ا ۆ ێ: vowels that are never consonants. */
const endsWithClearVowel = (stem: string): boolean => {
  const last = stem.charCodeAt(stem.length - 1);
  return last === 0x0627 || last === 0x06c6 || last === 0x06ce;
};

/**
 * Belief in one strip. A lone ی after a vowel or a determiner is a clitic (حکومەتەکەی); after a
 * consonant it is usually the word's own (کازمی). A form whose context is unmistakable gains a
 * little over its twin (پارتەکان is پارت + ەکان rather than پارتە + کان).
 */
function stripWeight(suffix: SuffixForm, remaining: string): number {
  if (suffix.text === 'ی') return endsWithVowel(remaining) || afterDeterminer(remaining) ? 1 : -1;
  const last = remaining.charCodeAt(remaining.length - 1);
  const clearConsonant = !isSoraniVowelLetter(last);
  const bonus = suffix.weight > 0 && (
    (suffix.after === 'consonant' && clearConsonant) || (suffix.after === 'vowel' && endsWithClearVowel(remaining))) ? 0.1 : 0;
  return suffix.weight + bonus;
}

/** A word with suffixes stripped: the last one stripped (the innermost so far), and what it was stripped from. */
interface Partial {
  readonly stem: string;
  readonly suffix: string;
  readonly outer: Partial | undefined;
  readonly score: number;
}

/** The suffixes a partial removed, innermost first. */
function suffixesOf(partial: Partial): string[] {
  const suffixes: string[] = [];
  for (let strip: Partial | undefined = partial; strip?.outer; strip = strip.outer) suffixes.push(strip.suffix);
  return suffixes;
}

/**
 * Each layer's forms by their last code unit (all in the Arabic block, U+0600 to U+06FF): a stem
 * is only tried against the forms it can end with.
 */
const formsByLast = (layers: readonly Layer[]): SuffixForm[][][] => layers.map((layer) => {
  const byLast: SuffixForm[][] = Array.from({ length: 0x100 }, () => []);
  for (const suffix of layer.forms) {
    const forms = byLast[suffix.text.charCodeAt(suffix.text.length - 1) - 0x0600];
    if (!forms) throw new Error(`suffix ${suffix.text} does not end in the Arabic block`);
    forms.push(suffix);
  }
  return byLast;
});
const FORMS_BY_LAST = formsByLast(LAYERS);
/** The light verb comes right inside the determiner (پاشەکشەکردنەکەیان). */
const FORMS_BY_LAST_WITH_LIGHT_VERBS = formsByLast([...LAYERS.slice(0, -1), LIGHT_VERB, ...LAYERS.slice(-1)]);
const NO_FORMS: readonly SuffixForm[] = [];

function stripLayers(word: string, lightVerbs = false): Partial[] {
  let frontier: Partial[] = [{ stem: word, suffix: '', outer: undefined, score: 0 }];
  const all: Partial[] = [...frontier];
  for (const byLast of lightVerbs ? FORMS_BY_LAST_WITH_LIGHT_VERBS : FORMS_BY_LAST) {
    const next: Partial[] = [];
    for (const partial of frontier) {
      next.push(partial);
      const forms = byLast[partial.stem.charCodeAt(partial.stem.length - 1) - 0x0600] ?? NO_FORMS;
      for (const suffix of forms) {
        if (!partial.stem.endsWith(suffix.text)) continue;
        const remaining = partial.stem.slice(0, partial.stem.length - suffix.text.length);
        if (!fits(remaining, suffix.after)) continue;
        const stripped: Partial = { stem: remaining, suffix: suffix.text, outer: partial, score: partial.score + stripWeight(suffix, remaining) };
        next.push(stripped);
        all.push(stripped);
      }
    }
    frontier = next;
  }
  return all;
}

function penalty(stem: string): number {
  let value = 0;
  if (stem.length < 3) value += 3;
  if (stem.endsWith('یی')) value += 1;
  return value;
}

export interface StemOptions {
  /** Confirms real words: confirmed candidates come first. */
  readonly isKnown?: (stem: string) => boolean;
  /** Also strip a compound verb's light verb (پاشەکشەکردن → پاشەکشە): the glossary's terms are the nouns. */
  readonly lightVerbs?: boolean;
}

/**
 * What `stem` strips suffixes from: the word at display normalization, and that form without
 * بە or لە where one begins it and leaves three letters or more. Every candidate stem is a body
 * here less suffixes (the body itself included).
 */
export function stemBases(word: string): Array<{ prefix: string; body: string }> {
  const normalized = displayText(word.trim());
  const bases: Array<{ prefix: string; body: string }> = [{ prefix: '', body: normalized }];
  for (const prefix of STEM_PREFIXES) {
    if (normalized.startsWith(prefix) && normalized.length - prefix.length >= 3) {
      bases.push({ prefix, body: normalized.slice(prefix.length) });
    }
  }
  return bases;
}

/** The best way to each stem of a word, best stem first. */
interface RankedStem {
  readonly partial: Partial;
  readonly prefix: string;
  readonly score: number;
}

function rankedStems(bases: ReadonlyArray<{ prefix: string; body: string }>, options: StemOptions): RankedStem[] {
  // A word has a handful of stems: a list searched from the start costs less than a map.
  const best: RankedStem[] = [];
  for (const { prefix, body } of bases) {
    for (const partial of stripLayers(body, options.lightVerbs)) {
      const score = partial.score - penalty(partial.stem) - (prefix ? 0.1 : 0);
      const at = best.findIndex((ranked) => ranked.partial.stem === partial.stem);
      if (at < 0) best.push({ partial, prefix, score });
      else if (score > (best[at]?.score ?? 0)) best[at] = { partial, prefix, score };
    }
  }
  const known = options.isKnown;
  const rank = (ranked: RankedStem): number => (known?.(ranked.partial.stem) ? 1 : 0);
  return best.sort((a, b) => rank(b) - rank(a) || b.score - a.score || b.partial.stem.length - a.partial.stem.length);
}

export function stem(word: string, options: StemOptions = {}): StemResult {
  const bases = stemBases(word);
  const candidates = rankedStems(bases, options).map(({ partial, prefix, score }): StemCandidate => ({ stem: partial.stem, prefix, suffixes: suffixesOf(partial), score }));
  return { word, normalized: bases[0]?.body ?? '', candidates };
}

/** Candidate stems only, best first. */
export function stemCandidates(word: string, options: StemOptions = {}): string[] {
  return rankedStems(stemBases(word), options).map((ranked) => ranked.partial.stem);
}
