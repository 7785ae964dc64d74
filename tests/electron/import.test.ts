import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';
import { htmlBlocks, markdownBlocks } from '../../electron/text-files/markup-blocks';
import type { ParagraphStyle } from '../../shared/project';

const DOCX = readFileSync(fileURLToPath(new URL('../fixtures/kadhimi-visit.docx', import.meta.url)));
const base64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64');
const heading = (paragraph: number, level: number): ParagraphStyle => ({ paragraph, kind: 'heading', level });
const item = (paragraph: number, list: 'bullet' | 'number', depth: number): ParagraphStyle => ({ paragraph, kind: 'item', list, depth });

async function project() {
  const service = createPirdService({ dataDir: mkdtempSync(join(tmpdir(), 'pird-import-')) });
  const created = await service.createProject({ name: 'Imports' });
  return { service, projectId: created.id };
}

describe('importing documents', () => {
  it('turns a DOCX into a document, paragraphs kept, sentences segmented', async () => {
    const { service, projectId } = await project();
    const result = await service.importDocument({ projectId, fileName: 'kadhimi-visit.docx', contentBase64: base64(DOCX) });
    expect(result.format).toBe('docx');
    const document = await service.getDocument({ documentId: result.document.id });
    expect(document.units.map((u) => [u.source[0]?.text, u.paragraph])).toEqual([
      ['کازمی بەرەو واشنتن دەفڕێت.', 0], ['ترەمپ چاوەڕێی دەکات.', 0], ['هێزەکانی ئەمریکا لە عێراقدا دەمێننەوە؟', 1], ['هێشتا دیار نییە.', 1],
    ]);
    expect(document.units.every((u) => u.status === 'new')).toBe(true);
  });

  it('detects and converts a Windows-1256 text file', async () => {
    const { service, projectId } = await project();
    const text = 'کاظمي به واشنتن رفت. ترامپ منتظر است.'; // Windows-1256 has ي, not ی
    const bytes = iconv.encode(text, 'win1256');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await service.importDocument({ projectId, fileName: 'old.txt', contentBase64: base64(bytes) });
    expect(result.encoding).toBe('windows-1256');
    const document = await service.getDocument({ documentId: result.document.id });
    expect(document.sourceText).toBe(text);
    expect(document.units).toHaveLength(2);
  });

  it('reads UTF-16 with a BOM, and keeps plain text exactly as written', async () => {
    const { service, projectId } = await project();
    const text = 'یەکەم.  دووەم\nسێیەم';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await service.importDocument({ projectId, fileName: 'u16.txt', contentBase64: base64(bytes) });
    expect(result.encoding).toBe('utf-16le');
    expect((await service.getDocument({ documentId: result.document.id })).sourceText).toBe(text);
  });

  it('flags a duplicate of a document already in the project', async () => {
    const { service, projectId } = await project();
    const first = await service.importDocument({ projectId, fileName: 'a.txt', contentBase64: base64('كازمي دەڕوات.') });
    const second = await service.importDocument({ projectId, fileName: 'b.txt', contentBase64: base64('کازمی دەڕوات.') });
    expect(first.document.duplicateOf).toBeUndefined();
    expect(second.document.duplicateOf).toBe(first.document.id);
    expect((await service.listProjects({})).find((p) => p.id === projectId)?.documents[1]?.duplicateOf).toBe(first.document.id);
  });

  it('refuses a broken DOCX, binary bytes and an empty file with a specific message, importing nothing', async () => {
    const { service, projectId } = await project();
    await expect(service.importDocument({ projectId, fileName: 'broken.docx', contentBase64: base64(DOCX.subarray(0, 200)) }))
      .rejects.toThrow(/broken\.docx: not a readable DOCX file/);
    await expect(service.importDocument({ projectId, fileName: 'image.txt', contentBase64: base64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xd8])) }))
      .rejects.toThrow(/image\.txt: is not text/);
    await expect(service.importDocument({ projectId, fileName: 'empty.txt', contentBase64: '' })).rejects.toThrow(/no text found/);
    expect((await service.listProjects({})).find((p) => p.id === projectId)?.documents).toEqual([]);
  });

  it('extracts the paragraphs of HTML and Markdown, with their headings and list items', () => {
    expect(htmlBlocks('<html><head><title>T</title><style>p{}</style></head><body><h1>سەردان</h1><p>کازمی &amp; ترەمپ<br>دیدار</p><script>x()</script></body></html>'))
      .toEqual({ text: 'سەردان\nکازمی & ترەمپ\nدیدار', styles: [heading(0, 1)] });
    expect(markdownBlocks('# سەردان\n\nکازمی **بەرەو** [واشنتن](http://x)\nدەفڕێت.\n\n- یەکەم\n- دووەم\n\n```\ncode\n```\n')).toEqual({
      text: 'سەردان\nکازمی بەرەو واشنتن دەفڕێت.\nیەکەم\nدووەم',
      styles: [heading(0, 1), item(2, 'bullet', 0), item(3, 'bullet', 0)],
    });
  });

  it('reads nested Markdown lists, setext headings and an item continued on the next line', () => {
    const markdown = 'سەردان\n======\n\nدەق.\n\n1. یەکەم\n   درێژە.\n2. دووەم\n    - ژێر\n      * ژێرتر\n3. سێیەم\n\nبەشی دوو\n---\n\n## ### سێ\n';
    expect(markdownBlocks(markdown)).toEqual({
      text: 'سەردان\nدەق.\nیەکەم درێژە.\nدووەم\nژێر\nژێرتر\nسێیەم\nبەشی دوو\n### سێ',
      styles: [heading(0, 1), item(2, 'number', 0), item(3, 'number', 0), item(4, 'bullet', 1), item(5, 'bullet', 2), item(6, 'number', 0), heading(7, 2), heading(8, 2)],
    });
  });

  it('reads HTML lists nested in list items, paragraphs inside items, and a paragraph after a list as plain', () => {
    const html = '<h2>Visit</h2><ol><li><p>First</p></li><li>Second<ul><li>inner <b>bold</b></li></ul></li></ol><p>After\u2028the list</p>';
    expect(htmlBlocks(html)).toEqual({
      text: 'Visit\nFirst\nSecond\ninner bold\nAfter the list',
      styles: [heading(0, 2), item(1, 'number', 0), item(2, 'number', 0), item(3, 'bullet', 1)],
    });
  });
});
