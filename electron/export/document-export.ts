import {
  reviewAsHtml, translatedDocument, withoutImportedExtension, translationAsHtml, translationAsMarkdown, translationAsText, type DocumentFile, type DocumentFormat,
} from '../../shared/project';
import { reviewAsDocx, translationAsDocx } from './document-docx';

/** A document written out: the file's bytes, its name, and how many segments had no translation. */
export interface ExportedFile {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly untranslated: number;
}

const EXTENSIONS: Readonly<Record<DocumentFormat, string>> = {
  txt: '.en.txt', md: '.en.md', html: '.en.html', docx: '.en.docx', 'review-html': '.review.html', 'review-docx': '.review.docx',
};

/** The file name a document's export gets: its name without a file extension, and what the export is. */
function fileNameOf(document: DocumentFile, format: DocumentFormat): string {
  const base = withoutImportedExtension(document.name).replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').trim() || document.id;
  return `${base}${EXTENSIONS[format]}`;
}

export async function exportDocumentAs(document: DocumentFile, format: DocumentFormat): Promise<ExportedFile> {
  const translated = translatedDocument(document);
  const untranslated = translated.untranslated;
  const fileName = fileNameOf(document, format);
  const text = (content: string): ExportedFile => ({ fileName, bytes: Buffer.from(content, 'utf8'), untranslated });
  switch (format) {
    case 'txt': return text(translationAsText(translated));
    case 'md': return text(translationAsMarkdown(translated));
    case 'html': return text(translationAsHtml(translated));
    case 'docx': return { fileName, bytes: await translationAsDocx(translated), untranslated };
    case 'review-html': return text(reviewAsHtml(document));
    case 'review-docx': return { fileName, bytes: await reviewAsDocx(document), untranslated };
  }
}
