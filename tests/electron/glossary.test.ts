import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const freshDir = () => mkdtempSync(join(tmpdir(), 'pird-glossary-'));
const PESHMERGA = { sourceTerms: ['پێشمەرگە'], targetTerms: [{ text: 'Peshmerga', status: 'preferred' as const }] };

describe('the shared glossary', () => {
  it('starts with the demo glossary of political terms', async () => {
    const service = createPirdService({ dataDir: freshDir(), demoDir: DEMO_DIR });
    await service.listProjects({});
    const { entries } = await service.getGlossary({});
    expect(entries.length).toBeGreaterThanOrEqual(20);
    expect(entries.find((e) => e.sourceTerms.includes('کازمی'))?.targetTerms).toContainEqual({ text: 'Kazemi', status: 'forbidden' });
  });

  it('creates, changes from the current revision only, deletes and restores entries, with who and when', async () => {
    const dataDir = freshDir();
    const service = createPirdService({ dataDir, now: () => new Date('2026-11-25T10:00:00Z') });
    await service.updateSettings({ userName: 'Shilan' });
    const created = await service.saveGlossaryEntry({ entry: { ...PESHMERGA, domain: 'security' } });
    expect(created).toMatchObject({ revision: 1, createdBy: 'Shilan', changedBy: 'Shilan', createdAt: '2026-11-25T10:00:00.000Z' });
    const changed = await service.saveGlossaryEntry({
      entry: { ...PESHMERGA, id: created.id, targetTerms: [...PESHMERGA.targetTerms, { text: 'Kurdish forces', status: 'admitted' }] },
      baseRevision: 1,
    });
    expect(changed.revision).toBe(2);
    await expect(service.saveGlossaryEntry({ entry: { ...PESHMERGA, id: created.id }, baseRevision: 1 })).rejects.toMatchObject({ code: 'conflict' });
    const deleted = await service.deleteGlossaryEntry({ id: created.id });
    expect((await service.getGlossary({})).entries).toEqual([]);
    await service.saveGlossaryEntry({ entry: { ...deleted } });
    expect((await service.getGlossary({})).entries.map((e) => e.id)).toEqual([created.id]);
    const stored = JSON.parse(readFileSync(join(dataDir, 'glossary.json'), 'utf8')) as { schemaVersion: number };
    expect(stored.schemaVersion).toBe(1);
  });

  it('keeps the entries of two writers on one data directory (two windows, or the app and the CLI)', async () => {
    const dataDir = freshDir();
    const one = createPirdService({ dataDir });
    const two = createPirdService({ dataDir });
    await one.getGlossary({});
    await two.getGlossary({});
    await Promise.all([
      one.saveGlossaryEntry({ entry: PESHMERGA }),
      two.saveGlossaryEntry({ entry: { sourceTerms: ['داعش'], targetTerms: [{ text: 'ISIS', status: 'preferred' }] } }),
    ]);
    await one.saveGlossaryEntry({ entry: { sourceTerms: ['پەرلەمان'], targetTerms: [{ text: 'parliament', status: 'preferred' }] } });
    const terms = (await two.getGlossary({})).entries.map((e) => e.sourceTerms[0]).sort();
    expect(terms).toEqual(['داعش', 'پەرلەمان', 'پێشمەرگە'].sort());
  });

  it('reports a damaged glossary and never overwrites it', async () => {
    const dataDir = freshDir();
    writeFileSync(join(dataDir, 'glossary.json'), '{"schemaVersion":1,"entries":[');
    const service = createPirdService({ dataDir });
    await expect(service.getGlossary({})).rejects.toMatchObject({ code: 'corrupt-file' });
    await expect(service.saveGlossaryEntry({ entry: PESHMERGA })).rejects.toMatchObject({ code: 'corrupt-file' });
    expect(readFileSync(join(dataDir, 'glossary.json'), 'utf8')).toBe('{"schemaVersion":1,"entries":[');
  });
});

describe('glossary import and export', () => {
  const base64 = (text: string) => Buffer.from(text).toString('base64');

  it('adds the starter glossary of political terms that ships with Pird, once: a second time reports every term as there', async () => {
    const service = createPirdService({ dataDir: freshDir() });
    const first = await service.addStarterGlossary({});
    expect(first).toMatchObject({ added: 308, merged: 0, duplicates: [] });
    const entries = (await service.getGlossary({})).entries;
    expect(entries).toHaveLength(308);
    expect(entries.some((entry) => entry.targetTerms.some((term) => term.text === 'Kurdistan Regional Government'))).toBe(true);
    const second = await service.addStarterGlossary({});
    expect(second.added).toBe(0);
    expect(second.duplicates).toHaveLength(308);
    expect((await service.getGlossary({})).entries).toHaveLength(308);
  });

  it('imports CSV, reports duplicates of the glossary and of the file, and merges them on request', async () => {
    const service = createPirdService({ dataDir: freshDir(), demoDir: DEMO_DIR });
    await service.listProjects({});
    const before = (await service.getGlossary({})).entries.length;
    const csv = 'source,target,admitted\r\nئەنجومەنی پارێزگا,provincial council,\r\nكازمي,Kadhimi,al-Kadhimi|Mustafa al-Kadhimi\r\nئەنجومەنی پارێزگا,governorate council,\r\n';
    const reported = await service.importGlossary({ fileName: 'new.csv', contentBase64: base64(csv) });
    expect(reported).toEqual({ added: 1, merged: 0, duplicates: [{ line: 3, term: 'كازمي', existingId: 'demo-01' }, { line: 4, term: 'ئەنجومەنی پارێزگا' }] });
    expect((await service.getGlossary({})).entries.length).toBe(before + 1);
    const merged = await service.importGlossary({ fileName: 'new.csv', contentBase64: base64(csv), merge: true });
    expect(merged.merged).toBe(2); // Kadhimi, and the council added by the first import
    const kadhimi = (await service.getGlossary({})).entries.find((e) => e.id === 'demo-01');
    expect(kadhimi?.targetTerms.map((t) => `${t.text}:${t.status}`)).toContain('Mustafa al-Kadhimi:admitted');
    expect(kadhimi?.targetTerms.find((t) => t.status === 'preferred')?.text).toBe('Kadhimi');
    expect(kadhimi?.revision).toBe(2);
  });

  it('imports nothing from a malformed file and names the line', async () => {
    const service = createPirdService({ dataDir: freshDir() });
    const tbx = '<?xml version="1.0"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2">\n<text><body>\n<conceptEntry id="a"><langSec xml:lang="ckb"><termSec><term>پێشمەرگە</term></termSec></langSec>\n<langSec xml:lang="en"><termSec><term>Peshmerga</term></termSec>\n</body></text></tbx>\n';
    await expect(service.importGlossary({ fileName: 'broken.tbx', contentBase64: base64(tbx) })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/broken\.tbx: line 6/) });
    expect((await service.getGlossary({})).entries).toEqual([]);
  });

  it('exports TBX, CSV and a hunalign dictionary that read back', async () => {
    const service = createPirdService({ dataDir: freshDir(), demoDir: DEMO_DIR });
    await service.listProjects({});
    const { entries } = await service.getGlossary({});
    const tbx = await service.exportGlossary({ format: 'tbx' });
    expect(tbx.fileName).toBe('glossary.ckb-en.tbx');
    const fresh = createPirdService({ dataDir: freshDir() });
    expect((await fresh.importGlossary({ fileName: tbx.fileName, contentBase64: base64(tbx.content) })).added).toBe(entries.length);
    const csv = await service.exportGlossary({ format: 'csv' });
    const again = createPirdService({ dataDir: freshDir() });
    await again.importGlossary({ fileName: csv.fileName, contentBase64: base64(csv.content) });
    const roundTrip = (await again.getGlossary({})).entries;
    expect(roundTrip.map((e) => [e.sourceTerms, e.targetTerms])).toEqual(entries.map((e) => [e.sourceTerms, e.targetTerms]));
    const dictionary = (await service.exportGlossary({ format: 'hunalign' })).content.split('\n');
    expect(dictionary).toContain('Kadhimi @ کازمی');
    expect(dictionary).not.toContain('Kazemi @ کازمی');
  });
});

describe('project entries', () => {
  it('stores a project entry with its project and keeps it through an edit', async () => {
    const service = createPirdService({ dataDir: freshDir() });
    const saved = await service.saveGlossaryEntry({ entry: { ...PESHMERGA, projectId: 'p1' } });
    expect(saved.projectId).toBe('p1');
    const edited = await service.saveGlossaryEntry({ entry: { ...PESHMERGA, id: saved.id, projectId: 'p1', domain: 'security' }, baseRevision: 1 });
    expect(edited).toMatchObject({ projectId: 'p1', domain: 'security', revision: 2 });
  });
});
