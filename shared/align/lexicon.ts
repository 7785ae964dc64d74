import { FormatError } from '../formats';
import { BoundedCache, displayText, matchingKey, stemCandidates } from '../text';
import { englishContentStems } from './english-words';

/**
 * A general Sorani-English lexicon of common words: each Sorani lemma (or verb stem) with the
 * stems of its English glosses' content words. Words are looked up through the stemmer, and verbs
 * through their prefixes and person endings, so دەفڕێت finds فڕ and حکومەتەکەی finds حکومەت.
 */
export interface Lexicon {
  readonly size: number;
  /**
   * English stems a Sorani word may translate to: undefined when the word is not known, empty for
   * a known function word (و, لە, کە), whose English is not counted.
   */
  glossesOf(word: string): readonly string[] | undefined;
}

export interface LexiconEntry {
  readonly ckb: string;
  readonly en: readonly string[];
  readonly partOfSpeech: string;
}

const HEADER = ['ckb', 'en', 'pos'];

/**
 * Reads the lexicon's TSV: a header `ckb<TAB>en<TAB>pos`, then one Sorani word per line with its
 * English glosses separated by `;`. Lines starting with `#` are comments.
 */
export function readLexiconEntries(tsv: string): LexiconEntry[] {
  const lines = tsv.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const header = (lines[0] ?? '').split('\t').map((cell) => cell.trim());
  if (HEADER.some((name, index) => header[index] !== name)) {
    throw new FormatError(`the header must be "${HEADER.join('\\t')}"`, 1);
  }
  const entries: LexiconEntry[] = [];
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [ckb = '', en = '', partOfSpeech = ''] = line.split('\t').map((cell) => cell.trim());
    const glosses = en.split(';').map((gloss) => gloss.trim()).filter(Boolean);
    if (!ckb || glosses.length === 0) throw new FormatError('a Sorani word and at least one English gloss are needed', index + 1);
    entries.push({ ckb, en: glosses, partOfSpeech });
  }
  return entries;
}

/** Verb prefixes (aspect, negation, mood) and person endings, stripped to find a verb's stem. */
const VERB_PREFIXES = ['نەدە', 'دە', 'نا', 'نە', 'مە', 'بی', 'ب'];
const AGENT_CLITICS = ['یان', 'مان', 'تان', 'ی', 'م', 'ت'];
const PERSON_ENDINGS = ['ێتەوە', 'نەوە', 'ێت', 'یت', 'ین', 'ێن', 'ن', 'م', 'ێ', 'ت', 'ی', 'ە', 'وو', 'بوو'];

function verbStems(word: string): string[] {
  const stems: string[] = [];
  const bodies = [word];
  for (const prefix of VERB_PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 2) continue;
    const body = word.slice(prefix.length);
    bodies.push(body);
    // The agent of a past transitive verb may stand between the prefix and the stem: نەیانکرد.
    const agent = AGENT_CLITICS.find((clitic) => body.startsWith(clitic) && body.length - clitic.length >= 2);
    if (agent) bodies.push(body.slice(agent.length));
  }
  for (const body of bodies) {
    const bare = body.endsWith('ەوە') && body.length > 4 ? body.slice(0, -3) : body;
    if (body !== word) stems.push(bare);
    for (const ending of PERSON_ENDINGS) {
      if (bare.endsWith(ending) && bare.length - ending.length >= 2) stems.push(bare.slice(0, -ending.length));
    }
  }
  return stems;
}

const CACHE_LIMIT = 100_000;

export function buildLexicon(entries: readonly LexiconEntry[]): Lexicon {
  const glosses = new Map<string, string[]>();
  for (const entry of entries) {
    const key = matchingKey(entry.ckb);
    const stems = new Set(glosses.get(key));
    for (const gloss of entry.en) for (const stem of englishContentStems(gloss)) stems.add(stem);
    glosses.set(key, [...stems]);
  }
  const isKnown = (stem: string): boolean => glosses.has(matchingKey(stem));
  const lookUp = (word: string): readonly string[] | null => {
    for (const candidate of stemCandidates(word, { isKnown })) {
      const found = glosses.get(matchingKey(candidate));
      if (found) return found;
    }
    for (const candidate of verbStems(displayText(word))) {
      const found = glosses.get(matchingKey(candidate));
      if (found) return found;
    }
    return null;
  };
  const cache = new BoundedCache(CACHE_LIMIT, lookUp);
  return {
    size: glosses.size,
    glossesOf: (word) => cache.get(word) ?? undefined,
  };
}

export function parseLexicon(tsv: string): Lexicon {
  return buildLexicon(readLexiconEntries(tsv));
}
