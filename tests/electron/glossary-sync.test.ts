import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `pird-${name}-`));
const term = (sorani: string, english: string) => ({ sourceTerms: [sorani], targetTerms: [{ text: english, status: 'preferred' as const }] });

/** Two colleagues, each with their own data directory, sharing one folder (a network drive or a synced folder). */
async function team() {
  const shared = fresh('shared');
  // Syncs happen when the test says so, so that each one's counts are exact.
  const shilan = createPirdService({ dataDir: fresh('shilan'), glossarySyncMs: 0 });
  const karwan = createPirdService({ dataDir: fresh('karwan'), glossarySyncMs: 0 });
  await shilan.updateSettings({ userName: 'Shilan', glossaryFolder: shared });
  await karwan.updateSettings({ userName: 'Karwan', glossaryFolder: shared });
  const english = async (service: typeof shilan, id: string) =>
    (await service.getGlossary({})).entries.find((e) => e.id === id)?.targetTerms.map((t) => t.text);
  /** An entry Shilan adds and both have once each has synced. */
  const known = async (sorani: string, englishTerm: string) => {
    const entry = await shilan.saveGlossaryEntry({ entry: term(sorani, englishTerm) });
    await shilan.syncGlossary({});
    await karwan.syncGlossary({});
    return entry;
  };
  return { shared, shilan, karwan, english, known };
}

describe('a glossary shared through a folder', () => {
  it('merges by itself after a change, without being asked', async () => {
    const shared = fresh('shared');
    const one = createPirdService({ dataDir: fresh('one'), glossarySyncMs: 100 });
    const two = createPirdService({ dataDir: fresh('two'), glossarySyncMs: 100 });
    await one.updateSettings({ glossaryFolder: shared });
    await two.updateSettings({ glossaryFolder: shared });
    await one.saveGlossaryEntry({ entry: term('پێشمەرگە', 'Peshmerga') });
    await two.getGlossary({});
    await expect.poll(async () => (await two.getGlossary({})).entries.length, { timeout: 5000, interval: 200 }).toBe(1);
  });

  it('brings each colleague the entries the other added', async () => {
    const { shilan, karwan } = await team();
    await shilan.saveGlossaryEntry({ entry: term('پێشمەرگە', 'Peshmerga') });
    await karwan.saveGlossaryEntry({ entry: term('حەشدی شەعبی', 'Popular Mobilization Forces') });
    await shilan.syncGlossary({});
    const fromKarwan = await karwan.syncGlossary({});
    expect(fromKarwan).toMatchObject({ copies: 1, pulled: 1, newConflicts: 0, unreadable: [] });
    await shilan.syncGlossary({});
    for (const service of [shilan, karwan]) {
      expect((await service.getGlossary({})).entries.map((e) => e.sourceTerms[0]).sort()).toEqual(['حەشدی شەعبی', 'پێشمەرگە'].sort());
    }
  });

  it("takes a colleague's later change and never overwrites it with an older one", async () => {
    const { shilan, karwan, english, known } = await team();
    const entry = await known('کابینە', 'cabinet');
    // Karwan changes the entry he received; Shilan, who has not changed it since, takes his change.
    await karwan.saveGlossaryEntry({ entry: { ...term('کابینە', 'cabinet'), id: entry.id, targetTerms: [{ text: 'cabinet', status: 'preferred' }, { text: 'government', status: 'admitted' }] }, baseRevision: 1 });
    await karwan.syncGlossary({});
    const pulled = await shilan.syncGlossary({});
    expect(pulled).toMatchObject({ pulled: 1, newConflicts: 0 });
    expect(await english(shilan, entry.id)).toEqual(['cabinet', 'government']);
    // Shilan's copy in the folder is now Karwan's version: syncing back changes nothing for Karwan.
    expect(await karwan.syncGlossary({})).toMatchObject({ pulled: 0, newConflicts: 0 });
    expect(await english(karwan, entry.id)).toEqual(['cabinet', 'government']);
  });

  it('shows a true conflict to both, keeps each version until someone chooses, then agrees', async () => {
    const { shilan, karwan, english, known } = await team();
    const entry = await known('میلیشیا', 'militia');
    await shilan.saveGlossaryEntry({ entry: { ...term('میلیشیا', 'militia'), id: entry.id, targetTerms: [{ text: 'militia', status: 'preferred' }, { text: 'armed faction', status: 'admitted' }] }, baseRevision: 1 });
    await karwan.saveGlossaryEntry({ entry: { ...term('میلیشیا', 'militia group'), id: entry.id }, baseRevision: 1 });
    await shilan.syncGlossary({});
    expect(await karwan.syncGlossary({})).toMatchObject({ newConflicts: 1 });
    expect(await shilan.syncGlossary({})).toMatchObject({ newConflicts: 1 });
    expect(await english(karwan, entry.id)).toEqual(['militia group']);
    expect(await english(shilan, entry.id)).toEqual(['militia', 'armed faction']);
    const { conflicts } = await shilan.getGlossaryConflicts({});
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.theirs?.changedBy).toBe('Karwan');
    expect((await shilan.resolveGlossaryConflict({ id: entry.id, keep: 'theirs' })).conflicts).toEqual([]);
    await shilan.syncGlossary({});
    await karwan.syncGlossary({});
    expect((await karwan.getGlossaryConflicts({})).conflicts).toEqual([]);
    expect(await english(karwan, entry.id)).toEqual(['militia group']);
    expect(await english(shilan, entry.id)).toEqual(['militia group']);
  });

  it('passes deletions on, and an edit against a deletion is a conflict', async () => {
    const { shilan, karwan, known } = await team();
    const gone = await known('تیرۆر', 'terrorism');
    const disputed = await known('سزا', 'sanctions');
    await shilan.deleteGlossaryEntry({ id: gone.id });
    await shilan.deleteGlossaryEntry({ id: disputed.id });
    await karwan.saveGlossaryEntry({ entry: { ...term('سزا', 'sanctions'), id: disputed.id, domain: 'diplomacy' }, baseRevision: 1 });
    await shilan.syncGlossary({});
    const result = await karwan.syncGlossary({});
    expect(result.newConflicts).toBe(1);
    const ids = (await karwan.getGlossary({})).entries.map((e) => e.id);
    expect(ids).not.toContain(gone.id);
    expect(ids).toContain(disputed.id); // kept until Karwan decides
  });

  it('skips a damaged copy and says so, and reports a folder it cannot reach', async () => {
    const { shared, shilan } = await team();
    mkdirSync(join(shared, 'pird-glossary'), { recursive: true });
    writeFileSync(join(shared, 'pird-glossary', 'someone.json'), '{"schemaVersion":1,"entries":[');
    await shilan.saveGlossaryEntry({ entry: term('پەرلەمان', 'parliament') });
    expect(await shilan.syncGlossary({})).toMatchObject({ copies: 0, unreadable: ['someone.json'] });
    expect(readdirSync(join(shared, 'pird-glossary')).sort()).toHaveLength(2);
    await shilan.updateSettings({ glossaryFolder: join(shared, 'unplugged-drive') });
    await expect(shilan.syncGlossary({})).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/cannot be reached/) });
    await expect(shilan.updateSettings({ glossaryFolder: 'relative/path' })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
