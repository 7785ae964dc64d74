import fc from 'fast-check';
import mammoth from 'mammoth';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translationAsDocx } from '../../electron/export/document-docx';
import { createPirdService } from '../../electron/service/pird-service';
import { htmlBlocks, markdownBlocks, type StyledText } from '../../electron/text-files/markup-blocks';
import {
  listNumbers, stylesByParagraph, translationAsHtml, translationAsMarkdown, type BlockStyle, type ParagraphStyle, type TranslatedDocument,
} from '../../shared/project';

const base64 = (text: string | Uint8Array): string => Buffer.from(text).toString('base64');

/** What a reader made of a document: each paragraph's text and style, in order. */
const paragraphsOf = ({ text, styles }: StyledText): Array<{ text: string; style: BlockStyle | undefined }> => {
  const byParagraph = stylesByParagraph(styles);
  return text.split('\n').map((line, k) => ({ text: line, style: byParagraph.get(k) }));
};

const docxAsHtml = async (bytes: Buffer): Promise<string> => (await mammoth.convertToHtml({ buffer: bytes })).value;

/** Words with the characters Markdown and HTML would read as markup among them. */
const word = fc.stringMatching(/^[A-Za-z0-9*_#<>&[\]`|.+-]{1,8}$/u);
const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
const style: fc.Arbitrary<BlockStyle | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 1, max: 6 }).map((level): BlockStyle => ({ kind: 'heading', level })),
  fc.record({ list: fc.constantFrom('bullet' as const, 'number' as const), depth: fc.integer({ min: 0, max: 3 }) }).map((item): BlockStyle => ({ kind: 'item', ...item })),
);

/** A translated document whose lists nest as a source can: an item at most one level deeper than the item above it. */
const translated: fc.Arbitrary<TranslatedDocument> = fc.array(fc.record({ text, style }), { minLength: 1, maxLength: 12 }).map((raw) => {
  let depth = -1;
  const paragraphs = raw.map(({ text: paragraphText, style: wanted }) => {
    if (wanted?.kind !== 'item') {
      depth = -1;
      return wanted ? { text: paragraphText, untranslated: 0, style: wanted } : { text: paragraphText, untranslated: 0 };
    }
    depth = Math.min(wanted.depth, depth + 1);
    return { text: paragraphText, untranslated: 0, style: { ...wanted, depth } };
  });
  return { name: 'Report', targetLang: 'en', paragraphs, untranslated: 0, hasHeadings: paragraphs.some((p) => p.style?.kind === 'heading') };
});

/** The paragraphs a written document should read back as: its own, under the name as a title when it has no headings. */
const expected = (document: TranslatedDocument) => [
  ...(document.hasHeadings ? [] : [{ text: document.name, style: { kind: 'heading', level: 1 } as BlockStyle }]),
  ...document.paragraphs.map((p) => ({ text: p.text, style: p.style })),
];

describe("the translated document keeps the source's headings and lists", () => {
  it('Markdown written and read back gives the same paragraphs, headings and nested lists', () => {
    fc.assert(fc.property(translated, (document) => {
      expect(paragraphsOf(markdownBlocks(translationAsMarkdown(document)))).toEqual(expected(document));
    }), { numRuns: 300 });
  });

  it('HTML written and read back gives the same paragraphs, headings and nested lists', () => {
    fc.assert(fc.property(translated, (document) => {
      expect(paragraphsOf(htmlBlocks(translationAsHtml(document)))).toEqual(expected(document));
    }), { numRuns: 300 });
  });

  it('DOCX written and read back by mammoth gives the same paragraphs, Word headings and Word lists', async () => {
    await fc.assert(fc.asyncProperty(translated, async (document) => {
      const html = await docxAsHtml(await translationAsDocx(document));
      const read = paragraphsOf(htmlBlocks(html));
      // mammoth reads Word's Title style as a plain paragraph; the rest as written.
      expect(read).toEqual(expected(document).map((p, k) => (k === 0 && !document.hasHeadings ? { text: p.text, style: undefined } : p)));
    }), { numRuns: 40 });
  });

  it('numbers each numbered list from 1, per depth, restarting under each item and after other paragraphs', () => {
    const item = (list: 'bullet' | 'number', depth: number) => ({ text: 'x', untranslated: 0, style: { kind: 'item' as const, list, depth } });
    const plain = { text: 'x', untranslated: 0 };
    expect(listNumbers([item('number', 0), item('number', 1), item('number', 1), item('number', 0), item('number', 1), plain, item('number', 0), item('bullet', 0), item('number', 0)]))
      .toEqual([1, 1, 2, 2, 1, 0, 1, 0, 1]);
  });

  it('a Markdown source with a heading and lists comes out, once translated, as text, Markdown, HTML and DOCX with them', async () => {
    const service = createPirdService({ dataDir: mkdtempSync(join(tmpdir(), 'pird-structure-')) });
    const { id: projectId } = await service.createProject({ name: 'Briefings' });
    const source = '# سەردانی کازمی\n\nکازمی گەیشتە واشنتن.\n\n1. دیدار لەگەڵ ترەمپ.\n2. دیدار لەگەڵ پۆمپیۆ.\n   - باسی نەوت.\n\nکۆتایی سەردانەکە.\n';
    const { document: summary } = await service.importDocument({ projectId, fileName: 'visit.md', contentBase64: base64(source) });
    const document = await service.getDocument({ documentId: summary.id });
    const styles: ParagraphStyle[] = [
      { paragraph: 0, kind: 'heading', level: 1 },
      { paragraph: 2, kind: 'item', list: 'number', depth: 0 },
      { paragraph: 3, kind: 'item', list: 'number', depth: 0 },
      { paragraph: 4, kind: 'item', list: 'bullet', depth: 1 },
    ];
    expect(document.paragraphStyles).toEqual(styles);
    const english = ["Kadhimi's visit", 'Kadhimi arrived in Washington.', 'Meeting with Trump.', 'Meeting with Pompeo.', 'Talks on oil.', 'The end of the visit.'];
    expect(document.units.map((unit) => unit.paragraph)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const [k, unit] of document.units.entries()) await service.updateTarget({ documentId: summary.id, unitId: unit.id, text: english[k] ?? '' });

    const exported = async (format: 'txt' | 'md' | 'html' | 'docx') =>
      Buffer.from((await service.exportDocument({ documentId: summary.id, format })).contentBase64, 'base64');
    expect((await exported('txt')).toString('utf8')).toBe(
      "Kadhimi's visit\n\nKadhimi arrived in Washington.\n\n1. Meeting with Trump.\n2. Meeting with Pompeo.\n  - Talks on oil.\n\nThe end of the visit.\n",
    );
    const markdown = (await exported('md')).toString('utf8');
    expect(markdown).toBe("# Kadhimi's visit\n\nKadhimi arrived in Washington.\n\n1. Meeting with Trump.\n2. Meeting with Pompeo.\n    - Talks on oil.\n\nThe end of the visit.\n");
    const readBack = { text: english.join('\n'), styles };
    expect(markdownBlocks(markdown)).toEqual(readBack);
    expect(htmlBlocks((await exported('html')).toString('utf8'))).toEqual(readBack);
    const docxHtml = await docxAsHtml(await exported('docx'));
    expect(docxHtml).toContain("<h1>Kadhimi's visit</h1>");
    expect(docxHtml).toMatch(/<ol><li>Meeting with Trump\.<\/li><li>Meeting with Pompeo\.<ul><li>Talks on oil\.<\/li><\/ul><\/li><\/ol>/u);
    expect(htmlBlocks(docxHtml)).toEqual(readBack);
    await service.flush();
  });
});
