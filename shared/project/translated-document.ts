import { escapeXml } from '../formats';
import { unitSourceText, unitTargetText, type DocumentFile, type Unit } from './model';
import type { UnitStatus } from './status';

/** The ways a document's translation leaves Pird as a document: alone, or beside its source for a reviewer. */
export const TRANSLATION_FORMATS = ['txt', 'md', 'html', 'docx'] as const;
export const REVIEW_FORMATS = ['review-html', 'review-docx'] as const;
export const DOCUMENT_FORMATS = [...TRANSLATION_FORMATS, ...REVIEW_FORMATS] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** One paragraph of the translation: the English of its segments, or the Sorani where none is written yet. */
export interface TranslatedParagraph {
  readonly text: string;
  /** Segments of the paragraph with no translation, whose source stands in for it. */
  readonly untranslated: number;
}

export interface TranslatedDocument {
  readonly name: string;
  readonly targetLang: string;
  readonly paragraphs: readonly TranslatedParagraph[];
  readonly untranslated: number;
}

/** Segments without a translation keep their source, as a reader of the draft would want to see the gap filled. */
const translationOf = (unit: Unit): string => unitTargetText(unit).trim() || unitSourceText(unit).trim();

/** A document's translation paragraph by paragraph, as its source was divided (rejected segments included: they are the text there is). */
export function translatedDocument(document: Pick<DocumentFile, 'name' | 'targetLang' | 'units'>): TranslatedDocument {
  const paragraphs: Array<{ texts: string[]; untranslated: number }> = [];
  let current: { texts: string[]; untranslated: number } | undefined;
  let paragraph = -1;
  for (const unit of document.units) {
    if (!current || unit.paragraph !== paragraph) {
      current = { texts: [], untranslated: 0 };
      paragraphs.push(current);
      paragraph = unit.paragraph;
    }
    const text = translationOf(unit);
    if (text !== '') current.texts.push(text);
    if (unitTargetText(unit).trim() === '' && unitSourceText(unit).trim() !== '') current.untranslated++;
  }
  const made = paragraphs.filter((p) => p.texts.length > 0).map((p) => ({ text: p.texts.join(' '), untranslated: p.untranslated }));
  return { name: document.name, targetLang: document.targetLang, paragraphs: made, untranslated: made.reduce((sum, p) => sum + p.untranslated, 0) };
}

/** Plain text: a paragraph a line, a blank line between them. */
export function translationAsText(document: TranslatedDocument): string {
  return `${document.paragraphs.map((p) => p.text).join('\n\n')}\n`;
}

/** Characters Markdown would read as markup at a line's start or inside text, escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/gu, '\\$1').replace(/^(\s*)([#+-]|\d+[.)])(\s)/u, '$1\\$2$3');
}

/** Markdown: the document's name as its title, then its paragraphs. */
export function translationAsMarkdown(document: TranslatedDocument): string {
  return `# ${escapeMarkdown(document.name)}\n\n${document.paragraphs.map((p) => escapeMarkdown(p.text)).join('\n\n')}\n`;
}

/** A standalone HTML page, left to right in the target language. */
export function translationAsHtml(document: TranslatedDocument): string {
  const lang = escapeXml(document.targetLang);
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="ltr">`,
    `<head><meta charset="utf-8"><title>${escapeXml(document.name)}</title></head>`,
    '<body>',
    `<h1>${escapeXml(document.name)}</h1>`,
    ...document.paragraphs.map((p) => `<p>${escapeXml(p.text)}</p>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A segment as a reviewer outside Pird reads it: its number in the grid, both sides, status, comments. */
export interface ReviewRow {
  /** 1-based, as the grid shows it. */
  readonly number: number;
  readonly source: string;
  readonly target: string;
  readonly status: UnitStatus;
  readonly comments: readonly string[];
}

export function reviewRows(document: Pick<DocumentFile, 'units'>): ReviewRow[] {
  return document.units.map((unit, index) => ({
    number: index + 1,
    source: unitSourceText(unit),
    target: unitTargetText(unit),
    status: unit.status,
    comments: unit.comments.map((comment) => `${comment.by}: ${comment.text}`),
  }));
}

/** Column headings of a review document, in the interface's words. */
export interface ReviewLabels {
  readonly number: string;
  readonly source: string;
  readonly target: string;
  readonly status: string;
  readonly comments: string;
  readonly statuses: Readonly<Record<UnitStatus, string>>;
}

export const ENGLISH_REVIEW_LABELS: ReviewLabels = {
  number: '#', source: 'Sorani', target: 'English', status: 'Status', comments: 'Comments',
  statuses: { new: 'New', draft: 'Draft', translated: 'Translated', aligned: 'Aligned', approved: 'Approved', rejected: 'Rejected' },
};

/** A bilingual table for review: the Sorani right to left, the English left to right. */
export function reviewAsHtml(document: Pick<DocumentFile, 'name' | 'sourceLang' | 'targetLang' | 'units'>, labels: ReviewLabels = ENGLISH_REVIEW_LABELS): string {
  const source = escapeXml(document.sourceLang);
  const target = escapeXml(document.targetLang);
  const rows = reviewRows(document).map((row) => [
    '<tr>',
    `<td>${row.number}</td>`,
    `<td lang="${source}" dir="rtl">${escapeXml(row.source)}</td>`,
    `<td lang="${target}" dir="ltr">${escapeXml(row.target)}</td>`,
    `<td>${escapeXml(labels.statuses[row.status])}</td>`,
    `<td>${row.comments.map((comment) => `<p>${escapeXml(comment)}</p>`).join('')}</td>`,
    '</tr>',
  ].join(''));
  return [
    '<!DOCTYPE html>',
    `<html lang="${target}" dir="ltr">`,
    `<head><meta charset="utf-8"><title>${escapeXml(document.name)}</title>`,
    '<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}td[dir=rtl]{text-align:right}</style></head>',
    '<body>',
    `<h1>${escapeXml(document.name)}</h1>`,
    '<table>',
    `<thead><tr><th>${escapeXml(labels.number)}</th><th>${escapeXml(labels.source)}</th><th>${escapeXml(labels.target)}</th><th>${escapeXml(labels.status)}</th><th>${escapeXml(labels.comments)}</th></tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
