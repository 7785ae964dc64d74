import mammoth from 'mammoth';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';
import { translatedDocument } from '../../shared/project';
import { pirdSync } from './helpers/processes';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const DOC = 'kadhimi-washington';

/** A DOCX's paragraphs as mammoth reads them (an empty line between paragraphs). */
async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  return (await mammoth.extractRawText({ buffer: bytes })).value.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

describe("a document's translation out of Pird", () => {
  it('writes the demo as a Word document whose paragraphs, read back, are the translation\'s', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-docx-'));
    const pird = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
    const document = await pird.getDocument({ documentId: DOC });
    const exported = await pird.exportDocument({ documentId: DOC, format: 'docx' });
    expect(exported.fileName).toBe(`${document.name.replace(/\.[a-z]+$/u, '')}.en.docx`);
    expect(exported.untranslated).toBe(0);
    const paragraphs = await docxParagraphs(Buffer.from(exported.contentBase64, 'base64'));
    expect(paragraphs).toEqual([document.name, ...translatedDocument(document).paragraphs.map((p) => p.text)]);
    await pird.flush();
  });

  it('writes a bilingual review document: a row per segment with its number, both sides, status and comments', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-review-'));
    const pird = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
    const units = (await pird.getDocument({ documentId: DOC })).units;
    const second = units[1];
    await pird.updateTarget({ documentId: DOC, unitId: second?.id ?? '', text: '' });
    await pird.edit({ documentId: DOC, operation: { kind: 'add-comment', unitId: units[0]?.id ?? '', text: 'Check the date.' } });
    const exported = await pird.exportDocument({ documentId: DOC, format: 'review-docx' });
    expect(exported.untranslated).toBe(1);
    const paragraphs = await docxParagraphs(Buffer.from(exported.contentBase64, 'base64'));
    // Title, the header row, then each segment: number, Sorani, English (none for the second), status, comments.
    expect(paragraphs.slice(0, 6)).toEqual([(await pird.getDocument({ documentId: DOC })).name, '#', 'Sorani', 'English', 'Status', 'Comments']);
    const first = paragraphs.indexOf('1');
    expect(paragraphs.slice(first, first + 5)).toEqual(['1', units[0]?.source[0]?.text, units[0]?.target[0]?.text, 'Translated', expect.stringMatching(/: Check the date\.$/u)]);
    const next = paragraphs.indexOf('2', first);
    expect(paragraphs.slice(next, next + 3)).toEqual(['2', second?.source[0]?.text, 'Draft']);
    await pird.flush();
  });

  it('pird export DOC --format docx|md writes the file; a project of several documents is refused for them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-export-doc-'));
    expect(pirdSync(dataDir, ['projects']).code).toBe(0);
    const out = join(dataDir, 'demo.docx');
    const written = pirdSync(dataDir, ['export', DOC, '--format', 'docx', '--out', out]);
    expect(written).toMatchObject({ code: 0, stdout: `written ${out}\n` });
    const english = readFileSync(new URL('../../corpus/demo/kadhimi-washington.en.txt', import.meta.url), 'utf8').split('\n').filter((line) => line.trim() !== '');
    expect((await docxParagraphs(readFileSync(out))).slice(1).join(' ')).toBe(english.join(' '));
    const markdown = join(dataDir, 'demo.md');
    expect(pirdSync(dataDir, ['export', DOC, '--format', 'md', '--out', markdown]).code).toBe(0);
    expect(readFileSync(markdown, 'utf8')).toMatch(/^# .+\n\n/u);

    const service = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
    const project = (await service.listProjects({}))[0];
    await service.importDocument({ projectId: project?.id ?? '', fileName: 'second.txt', contentBase64: Buffer.from('دەقێکی تر.').toString('base64') });
    await service.flush();
    const refused = pirdSync(dataDir, ['export', project?.id ?? '', '--format', 'docx', '--out', join(dataDir, 'x.docx')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--format docx writes one document: give a document id/u);
  });
});
