import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';
import { readJournal } from '../../shared/project';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const DOC = 'kadhimi-washington';

function setUp(saveDelayMs = 0) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pird-journal-'));
  const documentsDir = join(dataDir, 'documents');
  return {
    dataDir,
    snapshot: join(documentsDir, `${DOC}.json`),
    journal: join(documentsDir, `${DOC}.journal.jsonl`),
    service: createPirdService({ dataDir, demoDir: DEMO_DIR, saveDelayMs, compactDelayMs: 60_000 }),
    reopen: () => createPirdService({ dataDir, demoDir: DEMO_DIR, saveDelayMs: 0 }),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('document journal', () => {
  it('puts a status change on disk as one appended line, leaving the snapshot untouched', async () => {
    const { service, snapshot, journal, reopen } = setUp();
    await service.listProjects({});
    const before = readFileSync(snapshot, 'utf8');
    await service.edit({ documentId: DOC, operation: { kind: 'set-status', unitId: 'u3', status: 'draft' } });
    await settle();
    expect(readFileSync(snapshot, 'utf8')).toBe(before);
    const lines = readFileSync(journal, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ seq: 1, splice: { index: 2, deleteCount: 1 } });
    const document = await reopen().getDocument({ documentId: DOC });
    expect(document.units[2]?.status).toBe('draft');
  });

  it('replays splits and merges in order, then folds them into the snapshot on flush', async () => {
    const { service, snapshot, journal, reopen } = setUp();
    await service.edit({ documentId: DOC, operation: { kind: 'merge-next', unitId: 'u1' } });
    await service.edit({ documentId: DOC, operation: { kind: 'split', unitId: 'u4', sourceAt: 10 } });
    await service.updateTarget({ documentId: DOC, unitId: 'u5', text: 'After the split.' });
    const expected = await service.getDocument({ documentId: DOC });
    await settle();
    expect(readFileSync(journal, 'utf8').split('\n').filter(Boolean)).toHaveLength(3);
    const replayed = await reopen().getDocument({ documentId: DOC });
    expect(replayed.units).toEqual(expected.units);

    await service.flush();
    expect(existsSync(journal)).toBe(false);
    const stored = JSON.parse(readFileSync(snapshot, 'utf8')) as { journalSeq: number; units: unknown[] };
    expect(stored.journalSeq).toBe(3);
    expect(stored.units).toEqual(expected.units);
    // Later changes continue the numbering after the snapshot.
    await service.updateTarget({ documentId: DOC, unitId: 'u3', text: 'Fourth change.' });
    await service.flush();
    expect((await reopen().getDocument({ documentId: DOC })).units.find((u) => u.id === 'u3')?.target[0]?.text).toBe('Fourth change.');
  });

  it('drops a last line torn by a crash mid-append and keeps every earlier change', async () => {
    const { service, journal, reopen } = setUp();
    await service.updateTarget({ documentId: DOC, unitId: 'u1', text: 'Kept.' });
    await service.updateTarget({ documentId: DOC, unitId: 'u2', text: 'Kept too.' });
    await settle();
    appendFileSync(journal, '{"seq":3,"at":"2026-11-25T00:00:00.000Z","splice":{"index":2,"deleteCo');
    const reopened = reopen();
    const document = await reopened.getDocument({ documentId: DOC });
    expect(document.units.slice(0, 2).map((u) => u.target[0]?.text)).toEqual(['Kept.', 'Kept too.']);
    // The torn line is gone from the file, so the next append starts on a line of its own.
    await reopened.updateTarget({ documentId: DOC, unitId: 'u3', text: 'After the crash.' });
    await settle();
    const reading = readJournal(readFileSync(journal, 'utf8'), 0);
    expect(reading).toMatchObject({ ok: true, tornTail: false });
    expect((await reopen().getDocument({ documentId: DOC })).units[2]?.target[0]?.text).toBe('After the crash.');
  });

  it('replays nothing twice after a crash between writing the snapshot and trimming the journal', async () => {
    const { service, snapshot, journal, reopen } = setUp();
    await service.updateTarget({ documentId: DOC, unitId: 'u1', text: 'One.' });
    await service.edit({ documentId: DOC, operation: { kind: 'merge-next', unitId: 'u2' } });
    await settle();
    const journalBeforeCompaction = readFileSync(journal, 'utf8');
    await service.flush();
    writeFileSync(journal, journalBeforeCompaction); // as if the process died before the trim
    const document = await reopen().getDocument({ documentId: DOC });
    expect(document.units).toHaveLength(30);
    expect(document.units).toEqual((JSON.parse(readFileSync(snapshot, 'utf8')) as { units: unknown[] }).units);
  });

  it('refuses a journal damaged in the middle, names the line, keeps it and a copy', async () => {
    const { service, journal, reopen, dataDir } = setUp();
    await service.updateTarget({ documentId: DOC, unitId: 'u1', text: 'One.' });
    await service.updateTarget({ documentId: DOC, unitId: 'u2', text: 'Two.' });
    await settle();
    const lines = readFileSync(journal, 'utf8').split('\n');
    const damaged = [lines[0]?.slice(0, 40), lines[1], ''].join('\n');
    writeFileSync(journal, damaged);
    await expect(reopen().getDocument({ documentId: DOC })).rejects.toMatchObject({ code: 'corrupt-file', message: expect.stringMatching(/line 1 not JSON/) });
    expect(readFileSync(journal, 'utf8')).toBe(damaged);
    const copies = readdirSync(join(dataDir, 'documents')).filter((name) => name.includes('.unreadable-'));
    expect(copies).toHaveLength(1);
  });

  it('refuses records out of sequence', () => {
    const record = (seq: number) => JSON.stringify({ seq, at: 'x', splice: { index: 0, deleteCount: 0, units: [] } });
    expect(readJournal(`${record(1)}\n${record(3)}\n`, 0)).toMatchObject({ ok: false, line: 2 });
    expect(readJournal(`${record(1)}\n${record(2)}\n`, 1)).toMatchObject({ ok: true, records: [{ seq: 2 }] });
  });

  it('seals each snapshot with its SHA-1; a snapshot changed by hand is checked in full and refused if broken', async () => {
    const { service, snapshot, reopen } = setUp();
    await service.updateTarget({ documentId: DOC, unitId: 'u2', text: 'Sealed.' });
    await service.flush();
    const digest = readFileSync(`${snapshot}.sha1`, 'utf8');
    expect(digest).toBe(createHash('sha1').update(readFileSync(snapshot)).digest('hex'));
    expect((await reopen().getDocument({ documentId: DOC })).units[1]?.target[0]?.text).toBe('Sealed.');

    // Valid JSON, wrong structure, the old digest beside it: the digest does not match, the schema check runs.
    const tampered = JSON.parse(readFileSync(snapshot, 'utf8')) as { units: Array<Record<string, unknown>> };
    tampered.units[1] = { ...tampered.units[1], status: 'finished' };
    writeFileSync(snapshot, JSON.stringify(tampered));
    await expect(reopen().getDocument({ documentId: DOC })).rejects.toThrow(/does not match the expected structure \(units\.1\.status/);
  });
});
