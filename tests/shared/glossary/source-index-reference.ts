// The Sorani term matcher as it was before its word spans and numbered keys: the reference the
// faster one is held to (source-index.test.ts). Slower, and written for reading.
import { digitValue, matchingKey, stemCandidates, wordRuns } from '../../../shared/text';
import { englishWordsOf, vetoedStems } from '../../../shared/glossary/words-of-their-own';
import type { GlossaryEntry } from '../../../shared/glossary';

/** A Sorani glossary term found in a text; offsets are into the text as given. */
interface SourceHit {
  readonly entryId: string;
  /** The term of the entry that matched (headword or variant), as the glossary writes it. */
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** Terms that end at this node. */
  readonly terms: Array<{ entryId: string; term: string }>;
}

const newNode = (): TrieNode => ({ next: new Map(), terms: [] });
const wordKey = (word: string): string => matchingKey(word);

/** Between two words of one term only spaces and ZWNJ may stand: a comma or a full stop ends it. */
const JOINER = /^[\s\u200C]*$/u;

interface SourceIndex {
  /** Every glossary term in a Sorani text, longest first where terms overlap, in text order. */
  match(text: string): SourceHit[];
}

/**
 * A trie over the matching keys of the terms' words (normalized: Arabic and Kurdish letter forms,
 * ZWNJ, tatweel, digits). A text word steps into the trie by its own key or by the key of any of
 * its stems, so inflected and clitic-laden forms match (حکومەتەکەی, کازمییەوە, سپییەوە) and the
 * izafe of a multiword term's inner words is absorbed; a word is never matched by a piece of it
 * that is not a stem (سەرۆک does not fire on سەرۆکوەزیرانی).
 */
export function referenceSourceIndex(entries: readonly GlossaryEntry[]): SourceIndex {
  const root = newNode();
  /** The first two letters of every term word's key: words that start otherwise are never stemmed. */
  const openings = new Set<string>();
  const englishOfKey = new Map<string, string[]>();
  const insert = (keys: readonly string[], entryId: string, term: string, english: readonly string[]): void => {
    let node = root;
    for (const key of keys) {
      openings.add(key.slice(0, 2));
      englishOfKey.set(key, [...(englishOfKey.get(key) ?? []), ...english]);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    }
    if (!node.terms.some((t) => t.entryId === entryId)) node.terms.push({ entryId, term });
  };
  for (const entry of entries) {
    const english = englishWordsOf(entry.targetTerms.map((target) => target.text));
    for (const term of entry.sourceTerms) {
      const keys = wordRuns(term).map((token) => wordKey(token.text)).filter((key) => key !== '');
      if (keys.length === 0) continue;
      insert(keys, entry.id, term, english);
      // An inner word written with its izafe (ڕاگەیاندراوی هاوبەش) also matches when the text puts
      // another ending there (ڕاگەیاندراوێکی هاوبەش), whose stem is the bare word.
      const bare = keys.map((key, i) => (i < keys.length - 1 && key.length > 3 && key.endsWith('ی') ? key.slice(0, -1) : key));
      if (bare.some((key, i) => key !== keys[i])) insert(bare, entry.id, term, english);
    }
  }

  interface Candidates {
    /** The keys a text word may step into the trie with: its own and its stems'. */
    readonly keys: readonly string[];
    /** Whether any of them begins a term. */
    readonly startsTerm: boolean;
  }
  const candidateCache = new Map<string, Candidates>();
  // A number can begin a term only if some term's words have digits; numbers are rarely met twice.
  const digitOpenings = [...openings].some((opening) => [...opening].some((char) => digitValue(char.charCodeAt(0)) >= 0));
  const NOT_A_TERM: Candidates = { keys: [], startsTerm: false };
  const candidatesOf = (word: string): Candidates => {
    if (!digitOpenings && digitValue(word.charCodeAt(0)) >= 0) return NOT_A_TERM;
    let cached = candidateCache.get(word);
    if (cached) return cached;
    const own = wordKey(word);
    const keys = new Set([own]);
    const mayHaveStem = openings.has(own.slice(0, 2)) || openings.has(own.slice(2, 4));
    if (mayHaveStem) {
      const stems = stemCandidates(word, { lightVerbs: true });
      const vetoed = vetoedStems(stems, (stem) => englishOfKey.get(wordKey(stem)));
      for (const stem of stems) if (stem.length >= 2 && !vetoed?.has(stem)) keys.add(wordKey(stem));
    }
    cached = { keys: [...keys], startsTerm: [...keys].some((key) => root.next.has(key)) };
    if (candidateCache.size > 50_000) candidateCache.clear();
    candidateCache.set(word, cached);
    return cached;
  };

  /** The editor asks again for the same source at every keystroke in the translation. */
  const recent = new Map<string, SourceHit[]>();
  return {
    match(text) {
      const known = recent.get(text);
      if (known) return known;
      const hits = matchText(text);
      if (recent.size >= 2000) recent.clear();
      recent.set(text, hits);
      return hits;
    },
  };

  function matchText(text: string): SourceHit[] {
    const tokens = wordRuns(text);
    const hits: SourceHit[] = [];
    let i = 0;
    while (i < tokens.length) {
      // Most words begin no term: they cost one look at the trie's first level.
      if (!candidatesOf(tokens[i]?.text ?? '').startsTerm) {
        i++;
        continue;
      }
      // The longest term wins; between terms of the same length, the one whose words matched
      // as written rather than through a stem (پارتی is the party before it is a party).
      let best: { end: number; length: number; exact: number; terms: TrieNode['terms'] } | undefined;
      let frontier: Array<{ node: TrieNode; exact: number }> = [{ node: root, exact: 0 }];
      for (let j = i; j < tokens.length && frontier.length > 0; j++) {
        const token = tokens[j];
        if (!token) break;
        if (j > i && !JOINER.test(text.slice(tokens[j - 1]?.end ?? 0, token.start))) break;
        const nextFrontier: Array<{ node: TrieNode; exact: number }> = [];
        const { keys } = candidatesOf(token.text);
        for (const { node, exact } of frontier) {
          for (let k = 0; k < keys.length; k++) {
            const child = node.next.get(keys[k] ?? '');
            if (!child) continue;
            const path = { node: child, exact: exact + (k === 0 ? 1 : 0) };
            nextFrontier.push(path);
            const length = j - i + 1;
            if (child.terms.length > 0 && (!best || length > best.length || path.exact > best.exact)) {
              best = { end: j, length, exact: path.exact, terms: child.terms };
            }
          }
        }
        frontier = nextFrontier;
      }
      if (!best) {
        i++;
        continue;
      }
      const start = tokens[i]?.start ?? 0;
      const end = tokens[best.end]?.end ?? start;
      for (const term of best.terms) hits.push({ entryId: term.entryId, term: term.term, start, end });
      i = best.end + 1;
    }
    return hits;
  }
}
