import mammoth from 'mammoth';
import type { ParagraphStyle } from '../../shared/project';
import { decodeText, type TextEncoding } from './decode';
import { htmlBlocks, markdownBlocks } from './markup-blocks';
import { checkZip, ZipDamagedError, ZipLimitError } from './zip-check';

export type ImportFormat = 'txt' | 'md' | 'html' | 'docx';

export interface ExtractedText {
  /** One paragraph per line. */
  readonly text: string;
  /** The headings and list items among the paragraphs (Markdown, HTML, DOCX), by line. */
  readonly styles: readonly ParagraphStyle[];
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

/**
 * A DOCX is read as HTML for its headings (Word's Title and Heading styles) and lists; images are
 * left unread (mammoth would inline them as data URLs).
 */
const DOCX_AS_HTML = {
  styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
  convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
};

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
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, DOCX_AS_HTML)).value;
    } catch (error) {
      throw new ExtractError(`${fileName}: not a readable DOCX file (${error instanceof Error ? error.message : String(error)})`);
    }
    return { ...htmlBlocks(html), format, encoding: 'docx' };
  }
  const decoded = decodeText(bytes, fileName, { legacy: true });
  // Plain text is kept exactly as written; the segmenter reads its lines as paragraphs.
  if (format === 'txt') return { text: decoded.text, styles: [], format, encoding: decoded.encoding };
  return { ...(format === 'md' ? markdownBlocks(decoded.text) : htmlBlocks(decoded.text)), format, encoding: decoded.encoding };
}
