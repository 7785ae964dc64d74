import { readFileSync } from 'node:fs';
import { convertDigits, sentences } from '../shared/text';

const DEMO_SOURCE = new URL('../corpus/demo/kadhimi-washington.ckb.txt', import.meta.url);

/** The seed article, as the demo project ships it. */
export function seedArticle(): string {
  return readFileSync(DEMO_SOURCE, 'utf8');
}

/** A small deterministic PRNG (mulberry32), so every run measures the same text. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERTURBATIONS: ReadonlyArray<(s: string) => string> = [
  (s) => s.replace(/ک/g, 'ك').replace(/ی/g, 'ي'), // Arabic keyboard
  (s) => s.replace(/ە/g, 'ه\u200C'), // old-font ە
  (s) => s.replace(/[٠-٩]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0x90)), // Persian digits
  (s) => s.replace(/ /g, (m, i: number) => (i % 7 === 0 ? '\u00A0' : m)),
  (s) => s,
];

/** About `bytes` of UTF-8 Sorani: seed sentences shuffled, perturbed, in paragraphs. */
export function soraniCorpus(bytes: number, seed = 7): string {
  const next = random(seed);
  const pool = sentences(seedArticle(), { lang: 'ckb' }).map((s) => s.text);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence = pool[Math.floor(next() * pool.length)] ?? '';
    const perturb = PERTURBATIONS[Math.floor(next() * PERTURBATIONS.length)] ?? ((s: string) => s);
    const piece = perturb(sentence) + (next() < 0.2 ? '\n' : ' ');
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('');
}

/** A lexicon line: a Sorani lemma, its first English gloss, its part of speech. */
function lexiconWords(): Array<{ ckb: string; en: string; pos: string }> {
  return readFileSync(new URL('../corpus/lexicon/ckb-en.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => {
      const [ckb = '', en = '', pos = ''] = line.split('\t');
      return { ckb, en: en.split(';')[0]?.trim() ?? '', pos };
    })
    .filter((word) => word.ckb !== '' && word.en !== '');
}

/** Endings a Sorani noun or adjective takes in running text, with the bare form weighted. */
const NOUN_ENDINGS = ['', '', '', 'ی', 'ەکە', 'ەکەی', 'ەکان', 'ەکانی', 'دا', 'ەوە', 'ێک', 'ێکی', 'یان', 'ی\u200Cیە', 'ەکانیش'];
/** Verb stems with a present or past prefix and a person ending. */
const VERB_FORMS = [(stem: string) => `دە${stem}ێت`, (stem: string) => `${stem}ن`, (stem: string) => `نە${stem}`, (stem: string) => `دە${stem}ن`, (stem: string) => stem];

/**
 * Sentence pairs with a vocabulary as large as a long real document's (tens of thousands of
 * distinct word forms): lexicon words with random inflections and their English glosses, drawn
 * as words are used (Zipf's law: the word of rank r about 1/r as often as the commonest), a
 * glossary term or two in most sentences (its preferred English in most translations), and a
 * number. Not language, but it costs what language costs: most word forms are new to the caches.
 */
export function largeVocabularyPairs(count: number, terms: ReadonlyArray<{ ckb: string; en: string }>, seed = 11): Array<{ source: string; target: string }> {
  const next = random(seed);
  const words = lexiconWords();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  // Ranks in the lexicon's order (function words and particles first, as in running text), and
  // the cumulative 1/r weights to draw them by.
  const ranked = words;
  const cumulative: number[] = [];
  ranked.reduce((sum, _, rank) => (cumulative[rank] = sum + 1 / (rank + 1)), 0);
  const total = cumulative.at(-1) ?? 1;
  const pickWord = (): (typeof words)[number] => {
    const wanted = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < wanted) low = middle + 1;
      else high = middle;
    }
    return ranked[low] as (typeof words)[number];
  };
  return Array.from({ length: count }, () => {
    const source: string[] = [];
    const target: string[] = [];
    const length = 12 + Math.floor(next() * 18);
    for (let w = 0; w < length; w++) {
      if (terms.length > 0 && next() < 0.08) {
        const term = pick(terms);
        source.push(term.ckb + pick(['', '', 'ی', 'ەکە', 'دا']));
        target.push(next() < 0.8 ? term.en : pickWord().en);
        continue;
      }
      const word = pickWord();
      source.push(word.pos === 'verb' ? pick(VERB_FORMS)(word.ckb) : word.ckb + (word.pos === 'noun' || word.pos === 'adj' ? pick(NOUN_ENDINGS) : ''));
      target.push(word.en);
    }
    const number = Math.floor(next() * 3000);
    return {
      source: `${source.join(' ')} ${convertDigits(String(number), 'arab')}.`,
      target: `${target.join(' ')} ${number}.`.replace(/^./u, (first) => first.toUpperCase()),
    };
  });
}
