import { nameSimilarity, stemCandidates, tokenize } from '../text';

/** A word of an English text, with its UTF-16 offsets. */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

export const SPELLING_LIMITS = { maxWordLength: 40 } as const;

/**
 * The words of an English translation worth a dictionary look-up: Latin-script words, split at
 * hyphens; not single letters, acronyms in capitals, words glued to digits, URLs or e-mail
 * addresses (the tokenizer keeps those whole), nor Sorani text.
 */
export function spellingCandidates(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const token of tokenize(text)) {
    if (token.kind !== 'word' || token.script !== 'latn') continue;
    const before = text[token.start - 1] ?? '';
    const after = text[token.end] ?? '';
    if (/\d/.test(before) || /\d/.test(after)) continue;
    let offset = token.start;
    const parts = token.text.split('-');
    for (const [index, part] of parts.entries()) {
      const start = offset;
      offset += part.length + 1;
      // The Arabic article of a name (al-Sadr, el-Sisi) is not an English word to check.
      if (index < parts.length - 1 && /^(?:al|el|ul|as|ash|ad|an|ar|az)$/u.test(part) && /^\p{Lu}/u.test(parts[index + 1] ?? '')) continue;
      if (part.length < 2 || part.length > SPELLING_LIMITS.maxWordLength) continue;
      if (part === part.toUpperCase()) continue;
      spans.push({ start, end: start + part.length, word: part });
    }
  }
  return spans;
}

/** The form a dictionary knows: curly apostrophes straightened. */
export const dictionaryForm = (word: string): string => word.replace(/’/g, "'");

/**
 * Words of a Sorani source whose romanization an English word may be: a capitalized word that
 * sounds like one of them (کازمییەوە, stemmed to کازمی, ~ Kadhimi) is a name carried over, not a typo.
 */
export function sourceNameMatcher(source: string, threshold = 0.8): (word: string) => boolean {
  const names = new Set<string>();
  for (const token of tokenize(source)) {
    if (token.kind !== 'word' || token.script !== 'arab') continue;
    names.add(token.text);
    for (const candidate of stemCandidates(token.text)) if (candidate.length >= 2) names.add(candidate);
  }
  const known = new Map<string, boolean>();
  return (word) => {
    if (!/^\p{Lu}/u.test(word)) return false;
    let answer = known.get(word);
    if (answer === undefined) {
      // Kadhimi's and Kurds are Kadhimi and Kurd with English endings.
      const bare = word.replace(/['’]s$/u, '');
      const forms = bare.endsWith('s') ? [bare, bare.slice(0, -1)] : [bare];
      answer = forms.some((form) => [...names].some((name) => nameSimilarity(name, form) >= threshold));
      known.set(word, answer);
    }
    return answer;
  };
}
