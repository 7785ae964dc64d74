import { Parser } from 'htmlparser2';
import type { BlockStyle, ParagraphStyle } from '../../shared/project';

/** A document's text, a paragraph a line, and the headings and list items among its paragraphs. */
export interface StyledText {
  readonly text: string;
  readonly styles: readonly ParagraphStyle[];
}

interface Block {
  text: string;
  style?: BlockStyle | undefined;
}

/** Every kind of line break the segmenter reads as a paragraph break; inside a block they are spaces. */
const LINE_BREAKS = /[\n\r\v\f\u0085\u2028\u2029]+/gu;

/** Blocks as lines of text: spaces tidied, empty blocks dropped, each style numbered by the line it falls on. */
function styledText(blocks: readonly Block[]): StyledText {
  const lines: string[] = [];
  const styles: ParagraphStyle[] = [];
  for (const block of blocks) {
    const text = block.text.replace(LINE_BREAKS, ' ').replace(/[ \t\u00A0]+/gu, ' ').trim();
    if (text === '') continue;
    if (block.style) styles.push({ paragraph: lines.length, ...block.style });
    lines.push(text);
  }
  return { text: lines.join('\n'), styles };
}

const HEADING_LINE = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/u;
const ITEM_LINE = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/u;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/u;
const FENCED_CODE = /^(```|~~~)[\s\S]*?^\1[^\n]*$/gmu;

/** Characters a backslash escapes in Markdown; while the marks are read they stand in the private use area. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!<>|~])/gu;
const PRIVATE_USE = 0xe000;

/** Inline Markdown to its text: images go, link texts stay, emphasis and code marks go, escaped characters stay as written. */
const inlineText = (line: string): string =>
  line
    .replace(ESCAPED, (_, c: string) => String.fromCharCode(PRIVATE_USE + c.charCodeAt(0)))
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/gu, '$2')
    .replace(/[\ue000-\ue07f]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - PRIVATE_USE));

/** The width of a line's indentation, a tab counting as four columns. */
const indentWidth = (indent: string): number => [...indent].reduce((width, c) => width + (c === '\t' ? 4 - (width % 4) : 1), 0);

/**
 * Markdown to paragraphs of plain text with their headings (ATX `#` and setext underlines) and list
 * items (bulleted or numbered, nested by indentation; a line under an item without a marker continues
 * it). Code blocks and images go; link texts stay.
 */
export function markdownBlocks(markdown: string): StyledText {
  const blocks: Block[] = [];
  // Indentations of the open list levels; a paragraph that is not an item closes them all.
  let levels: number[] = [];
  const itemDepth = (indent: number): number => {
    while (levels.length > 0 && (levels[levels.length - 1] ?? 0) > indent) levels.pop();
    if (levels.length === 0 || (levels[levels.length - 1] ?? 0) < indent) levels.push(indent);
    return levels.length - 1;
  };
  for (const chunk of markdown.replace(FENCED_CODE, '').split(/\n[ \t]*\r?\n/u)) {
    const lines = chunk.split('\n').map((line) => line.replace(/\r$/u, '')).filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const last = lines[lines.length - 1] ?? '';
    const structured = lines.some((line) => ITEM_LINE.test(line) || HEADING_LINE.test(line));
    if (!structured && lines.length > 1 && SETEXT_UNDERLINE.test(last)) {
      levels = [];
      blocks.push({ text: inlineText(lines.slice(0, -1).join(' ')), style: { kind: 'heading', level: last.trim().startsWith('=') ? 1 : 2 } });
      continue;
    }
    if (!structured) {
      const text = lines.map((line) => line.replace(/^\s{0,3}>\s?/u, '')).join(' ');
      const continues = levels.length > 0 && /^\s+/u.test(lines[0] ?? '');
      const previous = blocks[blocks.length - 1];
      if (continues && previous?.style?.kind === 'item') previous.text += ` ${inlineText(text)}`;
      else {
        levels = [];
        blocks.push({ text: inlineText(text) });
      }
      continue;
    }
    for (const line of lines) {
      const heading = HEADING_LINE.exec(line);
      const item = heading ? null : ITEM_LINE.exec(line);
      const previous = blocks[blocks.length - 1];
      if (heading) {
        levels = [];
        blocks.push({ text: inlineText(heading[2] ?? ''), style: { kind: 'heading', level: (heading[1] ?? '#').length } });
      } else if (item) {
        const list = /\d/u.test(item[2] ?? '') ? 'number' : 'bullet';
        blocks.push({ text: inlineText(item[3] ?? ''), style: { kind: 'item', list, depth: Math.min(8, itemDepth(indentWidth(item[1] ?? ''))) } });
      } else if (previous?.style?.kind === 'item') {
        previous.text += ` ${inlineText(line)}`;
      } else {
        levels = [];
        blocks.push({ text: inlineText(line.replace(/^\s{0,3}>\s?/u, '')) });
      }
    }
  }
  return styledText(blocks);
}

const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'footer', 'pre', 'td', 'th', 'dd', 'dt', 'figcaption', 'ul', 'ol']);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const HEADING_TAG = /^h([1-6])$/u;
/** What a converted DOCX links to its notes and comments with: the notes are not part of the text (as in its raw text). */
const NOTE_LINK = /^#(?:footnote|endnote|comment)-/u;
const NOTE_ID = /^(?:footnote|endnote|comment)-/u;

type Open = { readonly tag: string; readonly style?: BlockStyle; readonly list?: 'bullet' | 'number'; readonly skip?: boolean };

/**
 * HTML to paragraphs of text with their headings (h1-h6) and list items (ul/ol, nested); entities
 * decoded, scripts and styles left out. A paragraph takes the style of the innermost heading or
 * list item its first text is in.
 */
export function htmlBlocks(html: string): StyledText {
  const blocks: Block[] = [];
  const open: Open[] = [];
  let current: Block = { text: '' };
  let skipping = 0;
  const breakParagraph = () => {
    blocks.push(current);
    current = { text: '' };
  };
  const innermostStyle = (): BlockStyle | undefined => {
    for (let k = open.length - 1; k >= 0; k--) {
      const style = open[k]?.style;
      if (style) return style;
    }
    return undefined;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const heading = HEADING_TAG.exec(name);
        const skip = SKIPPED_TAGS.has(name) || (name === 'a' && NOTE_LINK.test(attributes['href'] ?? '')) || (name === 'li' && NOTE_ID.test(attributes['id'] ?? ''));
        if (BLOCK_TAGS.has(name)) breakParagraph();
        if (skip) skipping++;
        if (name === 'br') return;
        let entry: Open = { tag: name, skip };
        if (heading) entry = { ...entry, style: { kind: 'heading', level: Number(heading[1]) } };
        else if (name === 'ul' || name === 'ol') entry = { ...entry, list: name === 'ol' ? 'number' : 'bullet' };
        else if (name === 'li') {
          const lists = open.filter((o) => o.list);
          entry = { ...entry, style: { kind: 'item', list: lists[lists.length - 1]?.list ?? 'bullet', depth: Math.min(8, Math.max(0, lists.length - 1)) } };
        }
        open.push(entry);
      },
      ontext(text) {
        if (skipping > 0) return;
        if (current.text.trim() === '' && text.trim() !== '') current.style = innermostStyle();
        current.text += text.replace(/\s+/gu, ' ');
      },
      onclosetag(name) {
        if (BLOCK_TAGS.has(name)) breakParagraph();
        if (name === 'br') return;
        // The innermost element of that name closes (and what was left open inside it).
        for (let k = open.length - 1; k >= 0; k--) {
          if (open[k]?.tag !== name) continue;
          for (const closed of open.splice(k)) if (closed.skip) skipping = Math.max(0, skipping - 1);
          break;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  breakParagraph();
  return styledText(blocks);
}
