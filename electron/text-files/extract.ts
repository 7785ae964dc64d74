import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { decodeText, type TextEncoding } from './decode';
import { checkZip, ZipDamagedError, ZipLimitError } from './zip-check';

export type ImportFormat = 'txt' | 'md' | 'html' | 'docx';

export interface ExtractedText {
  /** One paragraph per line. */
  readonly text: string;
  readonly format: ImportFormat;
  readonly encoding: TextEncoding | 'docx';
}

export class ExtractError extends Error {
  override name = 'ExtractError';
}

export function formatOf(fileName: string): ImportFormat {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'docx') return 'docx';
  if (extension === 'md' || extension === 'markdown') return 'md';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  return 'txt';
}

function tidyParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => p.replace(/[ \t\u00A0]+/g, ' ').trim()).filter((p) => p.length > 0).join('\n');
}

/** Markdown to its paragraphs of plain text: markup, code blocks and images go, link texts stay. */
export function markdownToText(markdown: string): string {
  const withoutCode = markdown.replace(/^(```|~~~)[\s\S]*?^\1[^\n]*$/gm, '');
  return tidyParagraphs(
    withoutCode.split(/\n\s*\n/).flatMap((block) =>
      block.split('\n').some((line) => /^\s*(?:[-*+]|\d+[.)])\s+/.test(line) || /^#{1,6}\s/.test(line))
        ? block.split('\n')
        : [block.replace(/\n/g, ' ')],
    ).map((line) =>
      line
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, '')
        .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2'),
    ),
  );
}

const BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'footer', 'pre', 'td', 'th', 'dd', 'dt', 'figcaption']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

/** HTML to its paragraphs of text; entities decoded, scripts and styles left out. */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipping = 0;
  const breakParagraph = () => {
    paragraphs.push(current);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        if (BLOCKS.has(name)) breakParagraph();
      },
      ontext(text) {
        if (skipping === 0) current += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        if (BLOCKS.has(name)) breakParagraph();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  breakParagraph();
  return tidyParagraphs(paragraphs);
}

/** Text, Markdown and HTML files larger than this are refused (a book is a few MB). */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/** Refuses a text, Markdown or HTML file too large to be one document (a DOCX is measured by `checkZip`). */
export function checkTextSize(fileName: string, bytes: Uint8Array): void {
  if (formatOf(fileName) !== 'docx' && bytes.length > MAX_TEXT_BYTES) {
    throw new ExtractError(`${fileName}: ${(bytes.length / 1024 / 1024).toFixed(0)} MB is more than the ${MAX_TEXT_BYTES / 1024 / 1024} MB Pird imports as one document; split it into parts`);
  }
}

/**
 * A file's text, worked out in this thread: the limits checked first (size; a DOCX's zip
 * directory and inflated sizes), so a hostile file is refused before it is parsed.
 * `extractText` (extract-in-worker.ts) runs this off the main thread.
 */
export async function extractTextHere(fileName: string, bytes: Uint8Array): Promise<ExtractedText> {
  const format = formatOf(fileName);
  checkTextSize(fileName, bytes);
  if (format === 'docx') {
    try {
      checkZip(bytes);
    } catch (error) {
      if (error instanceof ZipLimitError) throw new ExtractError(`${fileName}: refused, it ${error.message}`);
      if (error instanceof ZipDamagedError) throw new ExtractError(`${fileName}: not a readable DOCX file (it ${error.message})`);
      throw error;
    }
    let raw: string;
    try {
      raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    } catch (error) {
      throw new ExtractError(`${fileName}: not a readable DOCX file (${error instanceof Error ? error.message : String(error)})`);
    }
    return { text: tidyParagraphs(raw.split(/\n+/)), format, encoding: 'docx' };
  }
  const decoded = decodeText(bytes, fileName, { legacy: true });
  // Plain text is kept exactly as written; the segmenter reads its lines as paragraphs.
  const text = format === 'md' ? markdownToText(decoded.text) : format === 'html' ? htmlToText(decoded.text) : decoded.text;
  return { text, format, encoding: decoded.encoding };
}
