import { BoundedSpanCache, WordSpans, digitValue, isSpace, matchingKey, scanWordRuns, stemCandidates, wordRuns } from '../text';
import type { GlossaryEntry } from './model';
import { StemKeyFilter } from './stem-key-filter';
import { englishWordsOf, vetoedStems } from './words-of-their-own';

/** A Sorani glossary term found in a text; offsets are into the text as given. */
export interface SourceHit {
  readonly entryId: string;
  /** The term of the entry that matched (headword or variant), as the glossary writes it. */
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

/** Trie edges are the ids of the matching keys of term words. */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Terms that end at this node. */
  readonly terms: Array<{ entryId: string; term: string }>;
}

const newNode = (): TrieNode => ({ next: new Map(), terms: [] });

/** Between two words of one term only spaces and ZWNJ may stand: a comma or a full stop ends it. */
function joinsWords(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x200c && !isSpace(code)) return false;
  }
  return true;
}

/** How a text word can step into the trie. */
interface Candidates {
  /** The id of the word's own key, when some term word has it; else -1. */
  readonly own: number;
  /** The ids of its stems' keys that some term word has (never `own`). */
  readonly stems: readonly number[];
  /** Whether any of them begins a term. */
  readonly startsTerm: boolean;
}

/** A term is often the noun of a compound verb in the text (پاشەکشە in پاشەکشەکردنیان). */
const LIGHT_VERBS = { lightVerbs: true } as const;

const NOT_A_TERM: Candidates = { own: -1, stems: [], startsTerm: false };

export interface SourceIndex {
  /** Every glossary term in a Sorani text, longest first where terms overlap, in text order. */
  match(text: string): SourceHit[];
  /** `match` for a text whose words the caller has scanned already (`scanWordRuns`): the aligner reads them too. */
  matchScanned(text: string, words: WordSpans): SourceHit[];
}

/**
 * A trie over the matching keys of the terms' words (normalized: Arabic and Kurdish letter forms,
 * ZWNJ, tatweel, digits). A text word steps into the trie by its own key or by the key of any of
 * its stems, so inflected and clitic-laden forms match (حکومەتەکەی, کازمییەوە, سپییەوە) and the
 * izafe of a multiword term's inner words is absorbed; a word is never matched by a piece of it
 * that is not a stem (سەرۆک does not fire on سەرۆکوەزیرانی).
 */
export function buildSourceIndex(entries: readonly GlossaryEntry[]): SourceIndex {
  const root = newNode();
  /** Every key some term word has, numbered: the trie's edges and a word's candidates are these ids. */
  const keyIds = new Map<string, number>();
  /** The first two letters of every term word's key: words that start otherwise are never stemmed. */
  const openings = new Set<string>();
  /** The English words of the entries each key's word belongs to: what a word of its own is compared with. */
  const englishOfKey: string[][] = [];
  const insert = (keys: readonly string[], entryId: string, term: string, english: readonly string[]): void => {
    let node = root;
    for (const key of keys) {
      openings.add(key.slice(0, 2));
      let id = keyIds.get(key);
      if (id === undefined) keyIds.set(key, (id = keyIds.size));
      (englishOfKey[id] ??= []).push(...english);
      let child = node.next.get(id);
      if (!child) node.next.set(id, (child = newNode()));
      node = child;
    }
    if (!node.terms.some((t) => t.entryId === entryId)) node.terms.push({ entryId, term });
  };
  for (const entry of entries) {
    const english = englishWordsOf(entry.targetTerms.map((target) => target.text));
    for (const term of entry.sourceTerms) {
      const keys = wordRuns(term).map((token) => matchingKey(token.text)).filter((key) => key !== '');
      if (keys.length === 0) continue;
      insert(keys, entry.id, term, english);
      // An inner word written with its izafe (ڕاگەیاندراوی هاوبەش) also matches when the text puts
      // another ending there (ڕاگەیاندراوێکی هاوبەش), whose stem is the bare word.
      const bare = keys.map((key, i) => (i < keys.length - 1 && key.length > 3 && key.endsWith('ی') ? key.slice(0, -1) : key));
      if (bare.some((key, i) => key !== keys[i])) insert(bare, entry.id, term, english);
    }
  }

  // A number can begin a term only if some term's words have digits; numbers are rarely met twice.
  const digitOpenings = [...openings].some((opening) => [...opening].some((char) => digitValue(char.charCodeAt(0)) >= 0));
  const stemKeys = new StemKeyFilter(keyIds.keys());
  const NO_STEMS: readonly number[] = [];
  /** The ids of the keys of a word's stems that some term word has, but its own, best stem first (ties between terms go to the first). */
  const englishOf = (stem: string): readonly string[] | undefined => {
    const id = keyIds.get(matchingKey(stem));
    return id === undefined ? undefined : englishOfKey[id];
  };
  const stemIdsOf = (word: string, ownId: number): readonly number[] => {
    const stems = new Set<number>();
    const candidates = stemCandidates(word, LIGHT_VERBS);
    // کۆتایی is a word of its own ("end"), not کۆتا "quota" with an ending.
    const vetoed = vetoedStems(candidates, englishOf);
    for (const stem of candidates) {
      const id = stem.length >= 2 && !vetoed?.has(stem) ? keyIds.get(matchingKey(stem)) : undefined;
      if (id !== undefined && id !== ownId) stems.add(id);
    }
    return stems.size === 0 ? NO_STEMS : [...stems];
  };
  const candidatesOfWord = (word: string): Candidates => {
    const own = matchingKey(word);
    const ownId = keyIds.get(own) ?? -1;
    const mayHaveStem = (openings.has(own.slice(0, 2)) || openings.has(own.slice(2, 4))) && stemKeys.mayHaveStemAmong(word, own);
    const stems = mayHaveStem ? stemIdsOf(word, ownId) : NO_STEMS;
    if (ownId < 0 && stems.length === 0) return NOT_A_TERM;
    return { own: ownId, stems, startsTerm: root.next.has(ownId) || stems.some((id) => root.next.has(id)) };
  };
  /** Candidates by word as written: a document repeats its vocabulary thousands of times. */
  const candidateCache = new BoundedSpanCache<Candidates>(50_000, candidatesOfWord);
  const candidatesAt = (text: string, start: number, end: number): Candidates =>
    !digitOpenings && digitValue(text.charCodeAt(start)) >= 0 ? NOT_A_TERM : candidateCache.get(text, start, end);

  const spans = new WordSpans();
  const words: Candidates[] = [];
  /** The paths being followed from one starting word: their nodes, and how many of their words matched as written. */
  let frontier: TrieNode[] = [];
  let frontierExact: number[] = [];
  let nextFrontier: TrieNode[] = [];
  let nextExact: number[] = [];

  function matchText(text: string, scanned: WordSpans): SourceHit[] {
    const { starts, ends, count } = scanned;
    let anyStarts = false;
    for (let k = 0; k < count; k++) {
      const candidates = candidatesAt(text, starts[k] ?? 0, ends[k] ?? 0);
      words[k] = candidates;
      anyStarts ||= candidates.startsTerm;
    }
    const hits: SourceHit[] = [];
    if (!anyStarts) return hits;
    let i = 0;
    while (i < count) {
      // Most words begin no term: they cost one look at their cached candidates.
      if (!words[i]?.startsTerm) {
        i++;
        continue;
      }
      // The longest term wins; between terms of the same length, the one whose words matched
      // as written rather than through a stem (پارتی is the party before it is a party).
      let bestEnd = -1;
      let bestLength = 0;
      let bestExact = 0;
      let bestTerms: TrieNode['terms'] = [];
      frontier[0] = root;
      frontierExact[0] = 0;
      let paths = 1;
      for (let j = i; j < count && paths > 0; j++) {
        if (j > i && !joinsWords(text, ends[j - 1] ?? 0, starts[j] ?? 0)) break;
        const word = words[j] ?? NOT_A_TERM;
        let nextPaths = 0;
        const length = j - i + 1;
        for (let f = 0; f < paths; f++) {
          const node = frontier[f] as TrieNode;
          const exact = frontierExact[f] ?? 0;
          for (let k = -1; k < word.stems.length; k++) {
            const id = k < 0 ? word.own : (word.stems[k] ?? -1);
            const child = id < 0 ? undefined : node.next.get(id);
            if (!child) continue;
            const pathExact = exact + (k < 0 ? 1 : 0);
            nextFrontier[nextPaths] = child;
            nextExact[nextPaths] = pathExact;
            nextPaths++;
            if (child.terms.length > 0 && (bestEnd < 0 || length > bestLength || pathExact > bestExact)) {
              bestEnd = j;
              bestLength = length;
              bestExact = pathExact;
              bestTerms = child.terms;
            }
          }
        }
        [frontier, nextFrontier] = [nextFrontier, frontier];
        [frontierExact, nextExact] = [nextExact, frontierExact];
        paths = nextPaths;
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      const start = starts[i] ?? 0;
      const end = ends[bestEnd] ?? start;
      for (const term of bestTerms) hits.push({ entryId: term.entryId, term: term.term, start, end });
      i = bestEnd + 1;
    }
    return hits;
  }

  /**
   * The editor asks again for the same source at every keystroke in the translation (QA, and the
   * highlights of the unit it saves); a document's check asks once per source, so one is remembered.
   */
  let lastText: string | undefined;
  let lastHits: SourceHit[] = [];
  return {
    match(text) {
      if (text !== lastText) {
        lastHits = matchText(text, scanWordRuns(text, spans));
        lastText = text;
      }
      return lastHits;
    },
    matchScanned: matchText,
  };
}
