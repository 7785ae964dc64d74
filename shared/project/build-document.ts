import { sentences } from '../text';
import { DOCUMENT_SCHEMA_VERSION, type DocumentFile, type ParagraphStyle, type Unit } from './model';

export interface NewDocument {
  readonly id: string;
  readonly projectId: string;
  readonly name: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly sourceText: string;
  /** Headings and list items of the source, by paragraph (its lines; the segmenter numbers paragraphs by line). */
  readonly paragraphStyles?: readonly ParagraphStyle[];
  /** Target sentences in source-sentence order (1-1), e.g. a translation shipped with the text. */
  readonly translations?: readonly string[];
  readonly now: string;
  readonly author: string;
}

/** A document of 1-1 units, one per source sentence as the language core segments it. */
export function buildDocument(input: NewDocument): DocumentFile {
  const found = sentences(input.sourceText, { lang: 'ckb' });
  const units: Unit[] = found.map((sentence, index) => {
    const translation = input.translations?.[index]?.trim() ?? '';
    const status = translation ? 'translated' : 'new';
    return {
      id: `u${index + 1}`,
      paragraph: sentence.paragraph,
      source: [{ text: sentence.text, start: sentence.start, end: sentence.end }],
      target: translation ? [{ text: translation }] : [],
      status,
      history: translation ? [{ at: input.now, by: input.author, status, target: translation }] : [],
      comments: [],
    };
  });
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id: input.id,
    projectId: input.projectId,
    name: input.name,
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    sourceText: input.sourceText,
    ...(input.paragraphStyles && input.paragraphStyles.length > 0 ? { paragraphStyles: [...input.paragraphStyles] } : {}),
    units,
    createdAt: input.now,
    updatedAt: input.now,
  };
}
