import { sentences, type SegmentLanguage } from '../../shared/text';

/**
 * The sentences of a text: with `presegmented`, line i is sentence i, as given (a final line
 * break ends the last line, it does not start an empty one); otherwise found by the segmenter.
 */
export function sentencesOf(text: string, presegmented: boolean, lang: SegmentLanguage): string[] {
  if (!presegmented) return sentences(text, { lang }).map((s) => s.text);
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  return normalized === '' ? [] : normalized.split('\n');
}

/** The same, with each sentence's paragraph number where the text shows paragraphs. */
export function sentencesWithParagraphs(text: string, presegmented: boolean, lang: SegmentLanguage): { texts: string[]; paragraphs?: number[] } {
  if (presegmented) return { texts: sentencesOf(text, true, lang) };
  const found = sentences(text, { lang });
  return { texts: found.map((s) => s.text), paragraphs: found.map((s) => s.paragraph) };
}
