import { normalize, stemCandidates, tokenize, type Token } from '../text';
import type { GlossaryEntry } from './model';

/** A Sorani glossary term found in a text; offsets are into the text as given. */
export interface SourceHit {
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
const wordKey = (word: string): string => normalize(word, 'key').text;

/** The words of a term or text that terms are made of: Sorani (or other) words and numbers (ماددەی ١٤٠). */
const isTermToken = (token: Token): boolean => token.kind === 'word' || token.kind === 'number';

/** Between two words of one term only spaces and ZWNJ may stand: a comma or a full stop ends it. */
const JOINER = /^[\s\u200C]*$/u;

export interface SourceIndex {
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
export function buildSourceIndex(entries: readonly GlossaryEntry[]): SourceIndex {
  const root = newNode();
  /** The first two letters of every term word's key: words that start otherwise are never stemmed. */
  const openings = new Set<string>();
  for (const entry of entries) {
    for (const term of entry.sourceTerms) {
      const keys = tokenize(term).filter(isTermToken).map((token) => wordKey(token.text)).filter((key) => key !== '');
      if (keys.length === 0) continue;
      let node = root;
      for (const key of keys) {
        openings.add(key.slice(0, 2));
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = newNode()));
        node = child;
      }
      if (!node.terms.some((t) => t.entryId === entry.id)) node.terms.push({ entryId: entry.id, term });
    }
  }

  const candidateCache = new Map<string, readonly string[]>();
  /** The keys a text word may step into the trie with: its own and its stems'. */
  const candidatesOf = (word: string): readonly string[] => {
    let cached = candidateCache.get(word);
    if (cached) return cached;
    const own = wordKey(word);
    const keys = new Set([own]);
    const mayHaveStem = openings.has(own.slice(0, 2)) || openings.has(own.slice(2, 4));
    if (mayHaveStem) for (const stem of stemCandidates(word)) if (stem.length >= 2) keys.add(wordKey(stem));
    cached = [...keys];
    if (candidateCache.size > 50_000) candidateCache.clear();
    candidateCache.set(word, cached);
    return cached;
  };

  return {
    match(text) {
      const tokens = tokenize(text).filter(isTermToken);
      const hits: SourceHit[] = [];
      let i = 0;
      while (i < tokens.length) {
        let best: { end: number; length: number; terms: TrieNode['terms'] } | undefined;
        // Walk every path the candidates open, remembering the longest complete term.
        let frontier: TrieNode[] = [root];
        for (let j = i; j < tokens.length && frontier.length > 0; j++) {
          const token = tokens[j];
          if (!token) break;
          if (j > i && !JOINER.test(text.slice(tokens[j - 1]?.end ?? 0, token.start))) break;
          const nextFrontier: TrieNode[] = [];
          for (const node of frontier) {
            for (const key of candidatesOf(token.text)) {
              const child = node.next.get(key);
              if (!child) continue;
              nextFrontier.push(child);
              if (child.terms.length > 0) best = { end: j, length: j - i + 1, terms: child.terms };
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
    },
  };
}
