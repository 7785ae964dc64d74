import { escapeXml } from '../formats';
import { stylesByParagraph, unitSourceText, unitTargetText, type BlockStyle, type DocumentFile, type Unit } from './model';
import type { UnitStatus } from './status';

/** The ways a document's translation leaves Pird as a document: alone, or beside its source for a reviewer. */
export const TRANSLATION_FORMATS = ['txt', 'md', 'html', 'docx'] as const;
export const REVIEW_FORMATS = ['review-html', 'review-docx'] as const;
export const DOCUMENT_FORMATS = [...TRANSLATION_FORMATS, ...REVIEW_FORMATS] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** One paragraph of the translation: the English of its segments, or the Sorani where none is written yet. */
export interface TranslatedParagraph {
  readonly text: string;
  /** The source paragraph's heading level or list, when it had one. */
  readonly style?: BlockStyle;
  /** Segments of the paragraph with no translation, whose source stands in for it. */
  readonly untranslated: number;
}

export interface TranslatedDocument {
  readonly name: string;
  readonly targetLang: string;
  readonly paragraphs: readonly TranslatedParagraph[];
  readonly untranslated: number;
  /** Whether the source has headings of its own; otherwise the document's name is written as its title. */
  readonly hasHeadings: boolean;
}

/** Segments without a translation keep their source, as a reader of the draft would want to see the gap filled. */
const translationOf = (unit: Unit): string => unitTargetText(unit).trim() || unitSourceText(unit).trim();

/** A document's translation paragraph by paragraph, as its source was divided (rejected segments included: they are the text there is). */
export function translatedDocument(document: Pick<DocumentFile, 'name' | 'targetLang' | 'units' | 'paragraphStyles'>): TranslatedDocument {
  const styles = stylesByParagraph(document.paragraphStyles);
  const paragraphs: Array<{ texts: string[]; untranslated: number; style: BlockStyle | undefined }> = [];
  let current: { texts: string[]; untranslated: number; style: BlockStyle | undefined } | undefined;
  let paragraph = -1;
  for (const unit of document.units) {
    if (!current || unit.paragraph !== paragraph) {
      current = { texts: [], untranslated: 0, style: styles.get(unit.paragraph) };
      paragraphs.push(current);
      paragraph = unit.paragraph;
    }
    const text = translationOf(unit);
    if (text !== '') current.texts.push(text);
    if (unitTargetText(unit).trim() === '' && unitSourceText(unit).trim() !== '') current.untranslated++;
  }
  const made: TranslatedParagraph[] = paragraphs.filter((p) => p.texts.length > 0)
    .map((p) => ({ text: p.texts.join(' '), untranslated: p.untranslated, ...(p.style ? { style: p.style } : {}) }));
  return {
    name: document.name, targetLang: document.targetLang, paragraphs: made, untranslated: made.reduce((sum, p) => sum + p.untranslated, 0),
    hasHeadings: made.some((p) => p.style?.kind === 'heading'),
  };
}

/**
 * The number each item of a numbered list shows (1, 2, 3 … counted per list and depth; a deeper
 * list starts again under each item, any paragraph that is not an item ends the lists); 0 for
 * everything else.
 */
export function listNumbers(paragraphs: readonly TranslatedParagraph[]): number[] {
  let counters: number[] = [];
  return paragraphs.map(({ style }) => {
    if (style?.kind !== 'item') {
      counters = [];
      return 0;
    }
    counters = counters.slice(0, style.depth + 1);
    while (counters.length <= style.depth) counters.push(0);
    if (style.list === 'bullet') {
      counters[style.depth] = 0;
      return 0;
    }
    counters[style.depth] = (counters[style.depth] ?? 0) + 1;
    return counters[style.depth] ?? 1;
  });
}

/** Paragraphs as lines: list items one under the other, a blank line around everything else. */
function joinBlocks(paragraphs: readonly TranslatedParagraph[], lines: readonly string[]): string {
  let out = '';
  lines.forEach((line, k) => {
    if (k > 0) out += paragraphs[k]?.style?.kind === 'item' && paragraphs[k - 1]?.style?.kind === 'item' ? '\n' : '\n\n';
    out += line;
  });
  return `${out}\n`;
}

/** Plain text: a paragraph a line, a blank line between them; list items marked and indented as in the source. */
export function translationAsText(document: TranslatedDocument): string {
  const numbers = listNumbers(document.paragraphs);
  return joinBlocks(document.paragraphs, document.paragraphs.map(({ text, style }, k) =>
    style?.kind === 'item' ? `${'  '.repeat(style.depth)}${style.list === 'number' ? `${numbers[k]}.` : '-'} ${text}` : text));
}

/** Characters Markdown would read as markup at a line's start or inside text, escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/gu, '\\$1').replace(/^(\s*)([+-])(\s)/u, '$1\\$2$3').replace(/^(\s*\d+)([.)])(\s)/u, '$1\\$2$3');
}

/** Markdown: the source's headings and lists (the document's name as the title when it has no headings), then its paragraphs. */
export function translationAsMarkdown(document: TranslatedDocument): string {
  const numbers = listNumbers(document.paragraphs);
  const body = joinBlocks(document.paragraphs, document.paragraphs.map(({ text, style }, k) => {
    if (style?.kind === 'heading') return `${'#'.repeat(style.level)} ${escapeMarkdown(text)}`;
    // Four columns a level: inside the item above for a bullet (2) or a number up to 99 (3-4).
    if (style?.kind === 'item') return `${'    '.repeat(style.depth)}${style.list === 'number' ? `${numbers[k]}.` : '-'} ${escapeMarkdown(text)}`;
    return escapeMarkdown(text);
  }));
  return document.hasHeadings ? body : `# ${escapeMarkdown(document.name)}\n\n${body}`;
}

/** The paragraphs as HTML blocks: headings, nested lists (a deeper list inside the item above it), paragraphs. */
function htmlBody(paragraphs: readonly TranslatedParagraph[]): string[] {
  const out: string[] = [];
  const lists: Array<{ tag: 'ul' | 'ol'; itemOpen: boolean }> = [];
  const closeList = () => {
    const list = lists.pop();
    if (list) out.push(`${list.itemOpen ? '</li>' : ''}</${list.tag}>`);
  };
  for (const { text, style } of paragraphs) {
    if (style?.kind !== 'item') {
      while (lists.length > 0) closeList();
      out.push(style?.kind === 'heading' ? `<h${style.level}>${escapeXml(text)}</h${style.level}>` : `<p>${escapeXml(text)}</p>`);
      continue;
    }
    const tag = style.list === 'number' ? 'ol' : 'ul';
    const depth = Math.min(style.depth, lists.length);
    while (lists.length > depth + 1) closeList();
    if (lists.length === depth + 1 && lists[depth]?.tag !== tag) closeList();
    let list = lists[depth];
    if (list) {
      if (list.itemOpen) out.push('</li>');
    } else {
      list = { tag, itemOpen: false };
      lists.push(list);
      out.push(`<${tag}>`);
    }
    out.push(`<li>${escapeXml(text)}`);
    list.itemOpen = true;
  }
  while (lists.length > 0) closeList();
  return out;
}

/** A standalone HTML page, left to right in the target language, with the source's headings and lists. */
export function translationAsHtml(document: TranslatedDocument): string {
  const lang = escapeXml(document.targetLang);
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="ltr">`,
    `<head><meta charset="utf-8"><title>${escapeXml(document.name)}</title></head>`,
    '<body>',
    ...(document.hasHeadings ? [] : [`<h1>${escapeXml(document.name)}</h1>`]),
    ...htmlBody(document.paragraphs),
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
