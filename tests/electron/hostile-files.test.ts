import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { ExtractError, extractTextHere } from '../../electron/text-files/extract';
import { extractText } from '../../electron/text-files/extract-in-worker';
import { checkZip, ZipLimitError } from '../../electron/text-files/zip-check';
import { CONTENT_TYPES, ROOT_RELS, makeZip, repeated, type ZipEntry } from './helpers/zip';

const FIXTURE = fileURLToPath(new URL('../fixtures/kadhimi-visit.docx', import.meta.url));
const MB = 1024 * 1024;

const text = (name: string, value: string): ZipEntry => ({ name, chunks: () => [Buffer.from(value, 'utf8')] });
const docx = (document: ZipEntry): Promise<Buffer> => makeZip([text('[Content_Types].xml', CONTENT_TYPES), text('_rels/.rels', ROOT_RELS), document]);
const PARAGRAPH = '<w:p><w:r><w:t>کازمی بەرەو واشنتن دەفڕێت.</w:t></w:r></w:p>';

describe('hostile DOCX files are refused before they are parsed', () => {
  it('lets a real DOCX through, and reads it in a worker', async () => {
    const bytes = readFileSync(FIXTURE);
    expect(checkZip(bytes)).toBeGreaterThan(0);
    const extracted = await extractText('kadhimi-visit.docx', bytes);
    expect(extracted.format).toBe('docx');
    expect(extracted.text.length).toBeGreaterThan(20);
  });

  it('refuses a small DOCX whose paragraphs inflate to 250 MB, naming the part and the size', async () => {
    const body = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`;
    const bomb = await docx({ name: 'word/document.xml', chunks: () => [Buffer.from(body), ...repeated(PARAGRAPH, 250 * MB)] });
    expect(bomb.length).toBeLessThan(2 * MB);
    expect(() => checkZip(bomb)).toThrow(ZipLimitError);
    await expect(extractText('bomb.docx', bomb)).rejects.toThrow(/^bomb\.docx: refused, it word\/document\.xml inflates to 250\.0 MB \(at most 64\.0 MB\)/u);
  });

  it('refuses a zip of 1 GB of zeros by its directory, and one whose directory lies about sizes by inflating no further than it claims', async () => {
    const zeros = await makeZip([{ name: 'zeros.bin', chunks: () => repeated('\u0000', 1024 * MB) }]);
    expect(zeros.length).toBeLessThan(2 * MB);
    expect(() => checkZip(zeros)).toThrow(/zeros\.bin inflates to 1024\.0 MB/u);
    const liar = await docx({ name: 'word/document.xml', chunks: () => repeated(PARAGRAPH, 200 * MB), declareSize: 1000 });
    expect(() => checkZip(liar)).toThrow(/word\/document\.xml inflates to more than the 1000 bytes it declares/u);
    const ratio = await docx({ name: 'word/document.xml', chunks: () => repeated(PARAGRAPH, 40 * MB) });
    expect(() => checkZip(ratio)).toThrow(/inflates \d+ times .*a zip bomb/u);
  });

  it('refuses archives with too many parts, and tells a damaged archive from a hostile one', async () => {
    const many = await makeZip(Array.from({ length: 5001 }, (_, k) => text(`part${k}.xml`, '<a/>')));
    expect(() => checkZip(many)).toThrow(/holds 5001 files \(at most 5000\)/u);
    await expect(extractText('broken.docx', Buffer.from('PK\u0003\u0004 not really'))).rejects.toThrow(/^broken\.docx: not a readable DOCX file \(it is not a ZIP archive/u);
  });

  it('refuses a text file larger than a document can be, before decoding it', async () => {
    const huge = Buffer.alloc(65 * MB, 0x61);
    await expect(extractText('huge.txt', huge)).rejects.toThrow(ExtractError);
    await expect(extractText('huge.txt', huge)).rejects.toThrow(/more than the 64 MB Pird imports as one document/u);
  });
});

describe('plain text is read the same on this thread and in the worker', () => {
  const SORANI = 'کازمی بەرەو واشنتن دەفڕێت.\nسەرۆکوەزیرانی عێراق لە ٢٠٢٠ دا.';

  it('decodes UTF-8, UTF-16 and Windows-1256 files as the worker does', async () => {
    const files: Array<[string, Uint8Array, string]> = [
      ['a.txt', Buffer.from(SORANI, 'utf8'), 'utf-8'],
      ['b.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SORANI, 'utf16le')]), 'utf-16le'],
      ['c.txt', iconv.encode('کازمی بۆ واشنتن چوو', 'win1256'), 'windows-1256'],
      ['d.txt', Buffer.alloc(17 * MB, 0x61), 'utf-8'],
    ];
    for (const [name, bytes, encoding] of files) {
      const read = await extractText(name, bytes);
      expect(read.encoding).toBe(encoding);
      expect(read).toEqual(await extractTextHere(name, bytes));
    }
  });

  it('refuses damaged UTF-8 with the place of the first bad byte', async () => {
    const damaged = Buffer.concat([Buffer.from(SORANI.repeat(20), 'utf8'), Buffer.from([0xc3]), Buffer.from(SORANI, 'utf8')]);
    await expect(extractText('damaged.txt', damaged)).rejects.toThrow(/^damaged\.txt: is not valid UTF-8: 1 damaged byte, the first at byte \d+/u);
  });
});

