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
