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
