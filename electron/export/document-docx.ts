import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ENGLISH_REVIEW_LABELS, reviewRows, type DocumentFile, type ReviewLabels, type TranslatedDocument } from '../../shared/project';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

/** Numbered lists: 1. at the first level, a. at the second, i. at the third, then again; each level indented a further half inch. */
const NUMBERED = 'pird-numbered';
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
const numberedLevels = Array.from({ length: 9 }, (_, level) => ({
  level,
  format: NUMBER_FORMATS[level % 3] ?? LevelFormat.DECIMAL,
  text: `%${level + 1}.`,
  alignment: AlignmentType.START,
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
}));

/**
 * The translation as a Word document, left to right: the source's headings as Word headings, its
 * lists as Word lists (each numbered list counting from 1), a paragraph for each of its paragraphs;
 * the document's name as the title when the source has no headings of its own.
 */
export function translationAsDocx(document: TranslatedDocument): Promise<Buffer> {
  let list = 0;
  let inList = false;
  const paragraphs = document.paragraphs.map(({ text, style }) => {
    const children = [new TextRun({ text, language: { value: document.targetLang } })];
    if (style?.kind !== 'item') inList = false;
    if (style?.kind === 'heading') return new Paragraph({ children, heading: HEADINGS[style.level - 1] ?? HeadingLevel.HEADING_6 });
    if (style?.kind !== 'item') return new Paragraph({ children });
    if (!inList) list++;
    inList = true;
    return style.list === 'bullet'
      ? new Paragraph({ children, bullet: { level: style.depth } })
      : new Paragraph({ children, numbering: { reference: NUMBERED, level: style.depth, instance: list } });
  });
  const docx = new Document({
    title: document.name,
    numbering: { config: [{ reference: NUMBERED, levels: numberedLevels }] },
    sections: [{
      children: [...(document.hasHeadings ? [] : [new Paragraph({ text: document.name, heading: HeadingLevel.TITLE })]), ...paragraphs],
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
