import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { sentences } from '../../shared/text';
import { createPirdService } from '../../electron/service/pird-service';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const SOURCE = readFileSync(join(DEMO_DIR, 'kadhimi-washington.ckb.txt'), 'utf8');

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'pird-service-'));
}

describe('service over lowdb files', () => {
  it('installs the demo project on first start, segmented exactly as pird segment does', async () => {
    const dataDir = freshDir();
    const service = createPirdService({ dataDir, demoDir: DEMO_DIR });
    const projects = await service.listProjects({});
    expect(projects.map((p) => p.id)).toEqual(['demo']);
    const document = await service.getDocument({ documentId: 'kadhimi-washington' });
    expect(document.units.map((u) => u.source[0]?.text)).toEqual(sentences(SOURCE, { lang: 'ckb' }).map((s) => s.text));
    expect(document.units.every((u) => u.target.length === 1 && u.status === 'translated')).toBe(true);
    expect(document.units[0]?.target[0]?.text).toMatch(/^On the 20th of this month Kadhimi/);
    const library = JSON.parse(readFileSync(join(dataDir, 'library.json'), 'utf8')) as { schemaVersion: number };
    expect(library.schemaVersion).toBe(1);
  });

  it('keeps an edit across a restart, once flushed', async () => {
    const dataDir = freshDir();
    const first = createPirdService({ dataDir, demoDir: DEMO_DIR, saveDelayMs: 10_000 });
    const unit = await first.updateTarget({ documentId: 'kadhimi-washington', unitId: 'u2', text: 'My own words.' });
    expect(unit.status).toBe('translated');
    await first.flush();
    const second = createPirdService({ dataDir, demoDir: DEMO_DIR });
    const document = await second.getDocument({ documentId: 'kadhimi-washington' });
    expect(document.units[1]?.target).toEqual([{ text: 'My own words.' }]);
    expect((await second.listProjects({})).length).toBe(1); // the demo is not installed twice
  });

  it('appends a debounced edit to the journal by itself, without flush, and a new service replays it', async () => {
    const dataDir = freshDir();
    const service = createPirdService({ dataDir, demoDir: DEMO_DIR, saveDelayMs: 20 });
    await service.updateTarget({ documentId: 'kadhimi-washington', unitId: 'u1', text: 'Debounced.' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const journal = readFileSync(join(dataDir, 'documents', 'kadhimi-washington.journal.jsonl'), 'utf8');
    expect(journal.trim().split('\n').map((line) => (JSON.parse(line) as { seq: number }).seq)).toEqual([1]);
    const reopened = createPirdService({ dataDir, demoDir: DEMO_DIR });
    expect((await reopened.getDocument({ documentId: 'kadhimi-washington' })).units[0]?.target[0]?.text).toBe('Debounced.');
  });

  it('follows the status machine and records history', async () => {
    const service = createPirdService({ dataDir: freshDir(), demoDir: DEMO_DIR });
    const cleared = await service.updateTarget({ documentId: 'kadhimi-washington', unitId: 'u3', text: '' });
    expect(cleared.status).toBe('draft');
    await expect(service.setStatus({ documentId: 'kadhimi-washington', unitId: 'u3', status: 'translated' })).rejects.toThrow(/empty translation/);
    await service.updateSettings({ role: 'reviewer' });
    const drafted = await service.setStatus({ documentId: 'kadhimi-washington', unitId: 'u4', status: 'draft' });
    expect(drafted.status).toBe('draft');
    await expect(service.setStatus({ documentId: 'kadhimi-washington', unitId: 'u4', status: 'approved' })).rejects.toThrow(/draft unit cannot become approved/);
    const back = await service.setStatus({ documentId: 'kadhimi-washington', unitId: 'u4', status: 'translated' });
    expect(back.history.map((h) => h.status)).toEqual(['translated', 'draft', 'translated']);
  });

  it('validates every payload and names what is wrong', async () => {
    const service = createPirdService({ dataDir: freshDir(), demoDir: DEMO_DIR });
    await expect(service.getDocument({ documentId: '../../etc/passwd' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(service.getDocument({ documentId: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.updateTarget({ documentId: 'kadhimi-washington', unitId: 'u999', text: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reports a corrupt document, keeps the original untouched, saves a copy and never overwrites it', async () => {
    const dataDir = freshDir();
    const setup = createPirdService({ dataDir, demoDir: DEMO_DIR });
    await setup.listProjects({});
    const file = join(dataDir, 'documents', 'kadhimi-washington.json');
    const broken = readFileSync(file, 'utf8').slice(0, 500);
    writeFileSync(file, broken);
    const service = createPirdService({ dataDir, demoDir: DEMO_DIR });
    const error = await service.getDocument({ documentId: 'kadhimi-washington' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'corrupt-file', file });
    expect((error as ApiError).message).toContain(file);
    await expect(service.updateTarget({ documentId: 'kadhimi-washington', unitId: 'u1', text: 'x' })).rejects.toMatchObject({ code: 'corrupt-file' });
    await service.flush();
    expect(readFileSync(file, 'utf8')).toBe(broken);
    const copies = readdirSync(join(dataDir, 'documents')).filter((name) => name.includes('.unreadable-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'documents', copies[0] ?? ''), 'utf8')).toBe(broken);
  });

  it('reports a hand-edited document that no longer fits the schema, and a file from a newer Pird', async () => {
    const dataDir = freshDir();
    await createPirdService({ dataDir, demoDir: DEMO_DIR }).listProjects({});
    const file = join(dataDir, 'documents', 'kadhimi-washington.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { units: Array<{ status: string }>; schemaVersion: number };
    (json.units[0] as { status: string }).status = 'finished';
    writeFileSync(file, JSON.stringify(json));
    await expect(createPirdService({ dataDir }).getDocument({ documentId: 'kadhimi-washington' })).rejects.toThrow(/units\.0\.status/);
    json.schemaVersion = 99;
    writeFileSync(file, JSON.stringify(json));
    await expect(createPirdService({ dataDir }).getDocument({ documentId: 'kadhimi-washington' })).rejects.toMatchObject({ code: 'newer-file' });
  });

  it('never resets a corrupt library', async () => {
    const dataDir = freshDir();
    writeFileSync(join(dataDir, 'library.json'), '{"schemaVersion":1,"projects":[');
    const service = createPirdService({ dataDir, demoDir: DEMO_DIR });
    await expect(service.listProjects({})).rejects.toMatchObject({ code: 'corrupt-file' });
    expect(readFileSync(join(dataDir, 'library.json'), 'utf8')).toBe('{"schemaVersion":1,"projects":[');
  });

  it('stores settings', async () => {
    const dataDir = freshDir();
    const service = createPirdService({ dataDir });
    expect((await service.getSettings({})).uiLanguage).toBe('en');
    await service.updateSettings({ uiLanguage: 'ckb', userName: 'Shilan' });
    expect(await createPirdService({ dataDir }).getSettings({})).toMatchObject({ uiLanguage: 'ckb', userName: 'Shilan' });
  });

  it('counts a project\'s quality findings by check for the dashboard, as pird qa finds them', async () => {
    const service = createPirdService({ dataDir: freshDir(), demoDir: DEMO_DIR });
    await service.listProjects({});
    const before = await service.getProjectQa({ projectId: 'demo' });
    expect(before.segments).toBe(31);
    expect(before.byCheck.map((row) => row.check)).toEqual(['numbers', 'untranslated', 'script', 'punctuation', 'length', 'consistency', 'terminology']);
    const numbersBefore = before.byCheck.find((row) => row.check === 'numbers')?.error ?? -1;
    const first = (await service.getDocument({ documentId: 'kadhimi-washington' })).units[0];
    const target = first?.target[0]?.text ?? '';
    await service.updateTarget({ documentId: 'kadhimi-washington', unitId: 'u1', text: target.replace('20th', '21st') });
    const after = await service.getProjectQa({ projectId: 'demo' });
    // 20 left out and 21 added: two findings.
    expect(after.byCheck.find((row) => row.check === 'numbers')?.error).toBe(numbersBefore + 2);
    await expect(service.getProjectQa({ projectId: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps changed shortcuts, refuses conflicting ones without touching the saved ones, and remembers recent documents', async () => {
    const dataDir = freshDir();
    const service = createPirdService({ dataDir });
    await service.updateSettings({ shortcuts: { 'segment.confirm': 'Ctrl+Shift+Enter', 'tools.concordance': null } });
    await expect(service.updateSettings({ shortcuts: { 'segment.confirm': 'Ctrl+Shift+G' } }))
      .rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('Ctrl+Shift+G is given to segment.confirm and tools.newTerm') });
    await expect(service.updateSettings({ shortcuts: { 'segment.fly': 'Ctrl+J' } })).rejects.toThrow(/unknown command "segment.fly"/);
    for (const documentId of ['a', 'b', 'a', 'c']) await service.updateSettings({ lastPlace: { documentId } });
    expect(await createPirdService({ dataDir }).getSettings({})).toMatchObject({
      shortcuts: { 'segment.confirm': 'Ctrl+Shift+Enter', 'tools.concordance': null },
      recentDocuments: ['c', 'a', 'b'],
    });
  });
});

describe('edit, undo and redo through the service', () => {
  it('undoes a merge and a run of typing, redoes them, and keeps the result on disk', async () => {
    const dataDir = freshDir();
    const service = createPirdService({ dataDir, demoDir: DEMO_DIR });
    const before = await service.getDocument({ documentId: 'kadhimi-washington' });
    const merged = await service.edit({ documentId: 'kadhimi-washington', operation: { kind: 'merge-next', unitId: 'u1' } });
    expect(merged.change).toMatchObject({ index: 0, deleteCount: 2 });
    expect(merged.canUndo).toBe(true);
    await service.updateTarget({ documentId: 'kadhimi-washington', unitId: 'u3', text: 'A' });
    await service.updateTarget({ documentId: 'kadhimi-washington', unitId: 'u3', text: 'AB' });
    const undoTyping = await service.undo({ documentId: 'kadhimi-washington' });
    expect(undoTyping?.change.units[0]?.target[0]?.text).toBe(before.units[2]?.target[0]?.text);
    const undoMerge = await service.undo({ documentId: 'kadhimi-washington' });
    expect(undoMerge?.canUndo).toBe(false);
    expect((await service.getDocument({ documentId: 'kadhimi-washington' })).units).toEqual(before.units);
    expect(await service.undo({ documentId: 'kadhimi-washington' })).toBeNull();
    const redo = await service.redo({ documentId: 'kadhimi-washington' });
    expect(redo?.change.units[0]?.source).toHaveLength(2);
    await service.flush();
    const reopened = await createPirdService({ dataDir }).getDocument({ documentId: 'kadhimi-washington' });
    expect(reopened.units).toHaveLength(30);
  });

  it('rejects an operation the model forbids with not-allowed', async () => {
    const service = createPirdService({ dataDir: freshDir(), demoDir: DEMO_DIR });
    const last = (await service.getDocument({ documentId: 'kadhimi-washington' })).units.at(-1)?.id ?? '';
    await expect(service.edit({ documentId: 'kadhimi-washington', operation: { kind: 'merge-next', unitId: last } })).rejects.toMatchObject({ code: 'not-allowed' });
  });
});

describe('review', () => {
  it('lets only a reviewer approve or reject; a rejection needs a reason; batch approval is one undo step', async () => {
    const service = createPirdService({ dataDir: freshDir(), demoDir: DEMO_DIR });
    const doc = 'kadhimi-washington';
    await expect(service.edit({ documentId: doc, operation: { kind: 'set-status', unitId: 'u1', status: 'approved' } })).rejects.toThrow(/only a reviewer/);
    await service.updateSettings({ role: 'reviewer', userName: 'Rewaz' });
    await expect(service.edit({ documentId: doc, operation: { kind: 'set-status', unitId: 'u1', status: 'rejected' } })).rejects.toThrow(/needs a reason/);
    const rejected = await service.edit({ documentId: doc, operation: { kind: 'set-status', unitId: 'u1', status: 'rejected', note: 'Date is wrong' } });
    expect(rejected.change.units[0]?.history.at(-1)).toMatchObject({ status: 'rejected', by: 'Rewaz', note: 'Date is wrong' });
    const batch = await service.edit({ documentId: doc, operation: { kind: 'set-status-many', unitIds: ['u2', 'u4'], status: 'approved' } });
    expect(batch.change).toMatchObject({ index: 1, deleteCount: 3 });
    expect(batch.change.units.map((u) => u.status)).toEqual(['approved', 'translated', 'approved']);
    await service.undo({ documentId: doc });
    const after = await service.getDocument({ documentId: doc });
    expect([after.units[1]?.status, after.units[3]?.status]).toEqual(['translated', 'translated']);
    await expect(service.edit({ documentId: doc, operation: { kind: 'set-status-many', unitIds: ['u1', 'u5'], status: 'approved' } })).rejects.toThrow(/rejected unit cannot become approved/);
  });

  it('keeps threaded comments that can be resolved', async () => {
    const service = createPirdService({ dataDir: freshDir(), demoDir: DEMO_DIR });
    const doc = 'kadhimi-washington';
    const first = await service.edit({ documentId: doc, operation: { kind: 'add-comment', unitId: 'u3', text: 'Is it al-Sadr or Sadr?' } });
    const commentId = first.change.units[0]?.comments[0]?.id ?? '';
    await service.edit({ documentId: doc, operation: { kind: 'add-comment', unitId: 'u3', text: 'Reuters writes al-Sadr.', replyTo: commentId } });
    const resolved = await service.edit({ documentId: doc, operation: { kind: 'resolve-comment', unitId: 'u3', commentId, resolved: true } });
    expect(resolved.change.units[0]?.comments.map((c) => [c.text, c.resolved, c.replyTo ?? null])).toEqual([
      ['Is it al-Sadr or Sadr?', true, null], ['Reuters writes al-Sadr.', true, commentId],
    ]);
    await expect(service.edit({ documentId: doc, operation: { kind: 'add-comment', unitId: 'u3', text: '   ' } })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('migrates a version-1 document file (no comments) and saves it as the current version (3: paragraph styles may follow)', async () => {
    const dataDir = freshDir();
    const service = createPirdService({ dataDir, demoDir: DEMO_DIR });
    await service.listProjects({});
    const file = join(dataDir, 'documents', 'kadhimi-washington.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number; units: Array<Record<string, unknown>> };
    json.schemaVersion = 1;
    for (const unit of json.units) delete unit['comments'];
    writeFileSync(file, JSON.stringify(json));
    const reopened = createPirdService({ dataDir });
    const document = await reopened.getDocument({ documentId: 'kadhimi-washington' });
    expect(document.schemaVersion).toBe(3);
    expect(document.units.every((u) => Array.isArray(u.comments))).toBe(true);
    expect(document.paragraphStyles).toBeUndefined();
    await reopened.updateTarget({ documentId: 'kadhimi-washington', unitId: 'u1', text: 'x' });
    await reopened.flush();
    expect((JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number }).schemaVersion).toBe(3);
  });
});

describe('opening documents for the editor', () => {
  it('leaves out the original text on request, and warm-up loads the first document ahead of time', async () => {
    const { warmUp } = await import('../../electron/service/warm-up');
    const dataDir = freshDir();
    const service = createPirdService({ dataDir, demoDir: DEMO_DIR });
    await warmUp(service);
    const light = await service.getDocument({ documentId: 'kadhimi-washington', withSourceText: false });
    expect(light.sourceText).toBe('');
    expect(light.units).toHaveLength(31);
    expect((await service.getDocument({ documentId: 'kadhimi-washington' })).sourceText).toBe(SOURCE);
    // The held copy is checked against the file at every read: a file another process broke is reported, not hidden.
    writeFileSync(join(dataDir, 'documents', 'kadhimi-washington.json'), '{');
    await expect(service.getDocument({ documentId: 'kadhimi-washington' })).rejects.toMatchObject({ code: 'corrupt-file' });
  });
});
