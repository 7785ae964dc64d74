import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { corpusWriter } from '../../shared/formats';
import { createPirdService } from '../../electron/service/pird-service';

const HEADER = { sourceLang: 'ckb', targetLang: 'en', toolVersion: 'test', createdAt: new Date('2026-11-25T00:00:00Z') };

function tmxOf(count: number): string {
  const writer = corpusWriter('tmx', HEADER);
  let text = writer.opening().main ?? '';
  for (let i = 0; i < count; i++) {
    text += writer.pair({ id: `u${i}`, documentId: 'd', document: 'reports', source: `ڕستەی ژمارە ${i}.`, target: `Sentence number ${i}.`, status: 'approved' }).main ?? '';
  }
  return text + (writer.closing().main ?? '');
}

/** The text in pieces of `size` characters, as a file read in chunks arrives. */
function* piecesOf(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe('streaming corpus import', () => {
  it('reads a TMX fed in small pieces and splits a large document into parts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-corpus-import-'));
    const service = createPirdService({ dataDir, corpusPartUnits: 10, glossarySyncMs: 0 });
    const project = await service.createProject({ name: 'Reports' });
    const result = await service.importCorpusStream(project.id, 'reports.tmx', 'tmx', piecesOf(tmxOf(25), 7));
    expect(result.pairs).toBe(25);
    expect(result.documents.map((d) => [d.name, d.units])).toEqual([['reports', 10], ['reports (2)', 10], ['reports (3)', 5]]);
    const last = await service.getDocument({ documentId: result.documents[2]?.id ?? '' });
    expect(last.units[4]).toMatchObject({ source: [{ text: 'ڕستەی ژمارە 24.' }], target: [{ text: 'Sentence number 24.' }], status: 'approved', alignment: { confirmed: true } });
    await service.flush();
  });

  it('leaves nothing behind when the file breaks after some parts were written', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-corpus-import-'));
    const service = createPirdService({ dataDir, corpusPartUnits: 10, glossarySyncMs: 0 });
    const project = await service.createProject({ name: 'Broken' });
    const broken = tmxOf(25).replace('ژمارە 22.</seg>', 'ژمارە 22.</tuv>');
    await expect(service.importCorpusStream(project.id, 'broken.tmx', 'tmx', piecesOf(broken, 100))).rejects.toMatchObject({
      code: 'invalid-input', message: expect.stringMatching(/^broken\.tmx: line \d+: /u),
    });
    expect((await service.listProjects({})).find((p) => p.id === project.id)?.documents).toEqual([]);
    expect(readdirSync(join(dataDir, 'documents')).filter((name) => name.endsWith('.json'))).toEqual([]);
    await service.flush();
  });
});

describe('corpus export through the API', () => {
  it('answers with the files of a format, for chosen documents, counting what it left out', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-corpus-export-'));
    const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
    const service = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0, appVersion: '9.9.9' });
    const moses = await service.exportCorpus({ projectId: 'demo', format: 'moses', statuses: [], dedupe: false, clean: false, sourceLang: 'ckb', targetLang: 'en' });
    expect(moses.files.map((f) => f.name)).toEqual(["Kadhimi's visit to Washington (news analysis).ckb", "Kadhimi's visit to Washington (news analysis).en"]);
    const [ckb, en] = moses.files.map((f) => f.content.split('\n').length);
    expect(ckb).toBe(en);
    expect(moses.counts).toEqual({ exported: 31, skippedByStatus: 0, empty: 0, duplicates: 0 });
    const tmx = await service.exportCorpus({ projectId: 'demo', format: 'tmx', statuses: ['approved'], dedupe: false, clean: false, sourceLang: 'ckb', targetLang: 'en' });
    expect(tmx.counts.skippedByStatus).toBe(31);
    expect(tmx.files[0]?.content).toContain('creationtoolversion="9.9.9"');
    const none = await service.exportCorpus({ projectId: 'demo', documentIds: [], format: 'xliff', statuses: [], dedupe: false, clean: false, sourceLang: 'ckb', targetLang: 'en' });
    expect(none.counts.exported).toBe(0);
    expect(none.files[0]?.content).toContain('<file id="empty"');
    await service.flush();
  });
});
