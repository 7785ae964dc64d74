import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ENGLISH_REVIEW_LABELS, reviewRows, type DocumentFile, type ReviewLabels, type TranslatedDocument } from '../../shared/project';

/** The translation as a Word document: its name as the title, a paragraph for each of the source's, left to right. */
export function translationAsDocx(document: TranslatedDocument): Promise<Buffer> {
  const docx = new Document({
    title: document.name,
    sections: [{
      children: [
        new Paragraph({ text: document.name, heading: HeadingLevel.TITLE }),
        ...document.paragraphs.map((p) => new Paragraph({ children: [new TextRun({ text: p.text, language: { value: document.targetLang } })] })),
      ],
    }],
  });
  return Packer.toBuffer(docx);
}

/** Widths of the review table's columns (number, Sorani, English, status, comments), in percent. */
const COLUMN_PERCENT = [6, 37, 37, 8, 12] as const;

const cell = (paragraphs: Paragraph[], widthPercent: number): TableCell =>
  new TableCell({ children: paragraphs.length > 0 ? paragraphs : [new Paragraph('')], width: { size: widthPercent, type: WidthType.PERCENTAGE } });

/** Sorani paragraphs: right to left, right aligned, marked as the source language for proofing. */
const soraniParagraph = (text: string, lang: string): Paragraph =>
  new Paragraph({ bidirectional: true, alignment: AlignmentType.RIGHT, children: [new TextRun({ text, rightToLeft: true, language: { bidirectional: lang } })] });

/** A bilingual table for reviewers outside Pird: number as in the grid, Sorani, English, status, comments. */
export function reviewAsDocx(document: Pick<DocumentFile, 'name' | 'sourceLang' | 'targetLang' | 'units'>, labels: ReviewLabels = ENGLISH_REVIEW_LABELS): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: [labels.number, labels.source, labels.target, labels.status, labels.comments].map((label, k) =>
      cell([new Paragraph({ children: [new TextRun({ text: label, bold: true })] })], COLUMN_PERCENT[k] ?? 10)),
  });
  const rows = reviewRows(document).map((row) => new TableRow({
    children: [
      [new Paragraph(String(row.number))],
      [soraniParagraph(row.source, document.sourceLang)],
      [new Paragraph({ children: [new TextRun({ text: row.target, language: { value: document.targetLang } })] })],
      [new Paragraph(labels.statuses[row.status])],
      row.comments.map((comment) => new Paragraph(comment)),
    ].map((paragraphs, k) => cell(paragraphs, COLUMN_PERCENT[k] ?? 10)),
  }));
  const docx = new Document({
    title: document.name,
    sections: [{
      children: [
        new Paragraph({ text: document.name, heading: HeadingLevel.TITLE }),
        new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
      ],
    }],
  });
  return Packer.toBuffer(docx);
}
