import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';
import { readJournal, type Operation, type Unit } from '../../shared/project';
import { startApiHost, type ApiHost } from './helpers/processes';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const DOC = 'kadhimi-washington';

interface Ack {
  readonly kind: Operation['kind'];
  readonly revision: number;
  readonly unitId?: string;
  readonly text?: string;
}

/**
 * The units texts, statuses and comments go to: splits and merges reshape only the units after them,
 * so every acknowledged text and comment stays on a unit of its own to be looked for.
 */
const EDITED_UNITS = 15;

/**
 * One stream of edits of every kind the editor makes, each recorded once the host acknowledged it;
 * an edit whose answer the kill cut off goes to `unanswered` (it may or may not have reached the disk).
 */
async function burst(host: ApiHost, stream: number, acks: Ack[], unanswered: Ack[], stop: { now: boolean }): Promise<void> {
  for (let k = 0; !stop.now; k++) {
    const units = ((await host.call('getDocument', { documentId: DOC, withSourceText: false }).catch(() => undefined))?.body.result as { units: Unit[] } | undefined)?.units;
    if (!units) return;
    const reshapes = k % 5 >= 3;
    const at = stream * 7 + k * 3;
    const unit = units[reshapes ? EDITED_UNITS + (at % Math.max(1, units.length - EDITED_UNITS)) : at % EDITED_UNITS] as Unit;
    const operations: Operation[] = [
      { kind: 'set-target', unitId: unit.id, text: `Stream ${stream}, edit ${k}.` },
      { kind: 'set-status', unitId: unit.id, status: unit.status === 'draft' ? 'translated' : 'draft' },
      { kind: 'add-comment', unitId: unit.id, text: `Comment ${stream}-${k}` },
      { kind: 'split', unitId: unit.id, sourceAt: Math.max(1, Math.floor((unit.source[0]?.text.length ?? 2) / 2)) },
      { kind: 'merge-next', unitId: unit.id },
    ];
    const operation = operations[k % operations.length] as Operation;
    const answer = await host.call('edit', { documentId: DOC, operation }).catch(() => undefined);
    const text = operation.kind === 'set-target' || operation.kind === 'add-comment' ? { text: operation.text } : {};
    if (answer === undefined) unanswered.push({ kind: operation.kind, revision: Infinity, unitId: unit.id, ...text });
    else if (answer.status === 200) {
      acks.push({ kind: operation.kind, revision: (answer.body.result as { revision: number }).revision, unitId: unit.id, ...text });
    }
  }
}

describe('acknowledged means on disk', () => {
  it('keeps every acknowledged change of a burst of edits of every kind when the host is killed (SIGKILL) at random points', async () => {
    // Killed a while after the eighth acknowledgement (a loaded machine may take 150 ms for the first two).
    for (const [round, afterMs] of [0, 250, 750].entries()) {
      const dataDir = mkdtempSync(join(tmpdir(), `pird-kill-${round}-`));
      const host = await startApiHost(dataDir);
      const acks: Ack[] = [];
      const unanswered: Ack[] = [];
      const stop = { now: false };
      const streams = [0, 1, 2].map((stream) => burst(host, stream, acks, unanswered, stop));
      for (const waitUntil = Date.now() + 20_000; acks.length < 8 && Date.now() < waitUntil;) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, afterMs));
      await host.kill();
      stop.now = true;
      await Promise.all(streams);
      expect(acks.length, 'edits were acknowledged before the kill').toBeGreaterThan(3);

      const reopened = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
      const document = await reopened.getDocument({ documentId: DOC });
      expect(document.revision).toBeGreaterThanOrEqual(Math.max(...acks.map((a) => a.revision)));
      // What the last acknowledged change of a unit said is still there (unless a later split or merge replaced the unit,
      // or an edit sent as the host died, whose answer never came, landed after it).
      // (A merge takes the next unit into this one, so a unit that is gone was merged away.)
      const reshaped = new Set([...acks, ...unanswered].filter((a) => a.kind === 'split' || a.kind === 'merge-next').map((a) => a.unitId));
      const present = (unitId: string | undefined) => !reshaped.has(unitId) && document.units.some((u) => u.id === unitId);
      let checked = 0;
      for (const ack of acks) {
        if (ack.kind !== 'add-comment' || !present(ack.unitId)) continue;
        expect(document.units.find((u) => u.id === ack.unitId)?.comments.map((c) => c.text)).toContain(ack.text);
        checked++;
      }
      const lastText = new Map<string, Ack>();
      for (const ack of acks) if (ack.kind === 'set-target' && (lastText.get(ack.unitId ?? '')?.revision ?? -1) < ack.revision) lastText.set(ack.unitId ?? '', ack);
      for (const [unitId, ack] of lastText) {
        if (!present(unitId)) continue;
        const mayHaveLanded = unanswered.filter((a) => a.kind === 'set-target' && a.unitId === unitId).map((a) => a.text);
        expect([ack.text, ...mayHaveLanded], unitId).toContain(document.units.find((u) => u.id === unitId)?.target[0]?.text);
        checked++;
      }
      expect(checked, 'acknowledged texts and comments were looked for').toBeGreaterThan(0);
    }
  });
});

/** A tmpfs of its own for the full-disk test, where this machine lets us mount one (root on Linux). */
function mountSmallDisk(): { dir: string; unmount: () => void } | string {
  if (process.platform !== 'linux') return 'mounting a small tmpfs needs Linux';
  if (process.getuid?.() !== 0) return 'mounting a small tmpfs needs root';
  const dir = mkdtempSync(join(tmpdir(), 'pird-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    return `mount -t tmpfs failed here (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
  return { dir, unmount: () => execFileSync('umount', [dir]) };
}

/** Fills the disk to its last bytes; answers with the filler to delete. */
function fillDisk(dir: string): string {
  const filler = join(dir, 'filler');
  mkdirSync(filler, { recursive: true });
  const block = Buffer.alloc(16 * 1024, 1);
  for (let k = 0; ; k++) {
    try {
      writeFileSync(join(filler, `f${k}`), block);
    } catch {
      break;
    }
  }
  for (let k = 0; ; k++) {
    try {
      writeFileSync(join(filler, `small${k}`), Buffer.alloc(256, 1));
    } catch {
      return filler;
    }
  }
}

describe('a full disk', () => {
  const disk = mountSmallDisk();
  afterAll(() => {
    if (typeof disk !== 'string') disk.unmount();
  });

  it('refuses the edit with the file and the cause, keeps the host running and what is on disk whole, and saves once there is room', async (context) => {
    if (typeof disk === 'string') {
      context.skip(disk);
      return;
    }
    const dataDir = join(disk.dir, 'data');
    const service = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0, compactDelayMs: 60_000 });
    await service.updateTarget({ documentId: DOC, unitId: 'u1', text: 'Saved before the disk filled.' });
    const journal = join(dataDir, 'documents', `${DOC}.journal.jsonl`);
    const journalBefore = readFileSync(journal, 'utf8');
    const filler = fillDisk(disk.dir);

    const long = 'A translation far longer than the room left on the disk. '.repeat(400);
    await expect(service.updateTarget({ documentId: DOC, unitId: 'u2', text: long })).rejects.toMatchObject({
      code: 'write-failed', file: expect.stringContaining(join('documents', DOC)), message: expect.stringMatching(/disk is full \(ENOSPC\)/u),
    });
    // Nothing half-written: the journal is as it was, and the service still answers with what is on disk.
    expect(readFileSync(journal, 'utf8')).toBe(journalBefore);
    const document = await service.getDocument({ documentId: DOC });
    expect(document.units[0]?.target[0]?.text).toBe('Saved before the disk filled.');
    expect(document.units[1]?.target[0]?.text).not.toBe(long);
    // Folding the journal into a new snapshot fails too, and leaves the old snapshot and no temporary file.
    await expect(service.flush()).rejects.toMatchObject({ code: 'write-failed' });
    expect(readdirSync(join(dataDir, 'documents')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readJournal(readFileSync(journal, 'utf8'), 0)).toMatchObject({ ok: true, tornTail: false });

    // An undo the disk refuses keeps its step for later.
    await expect(service.undo({ documentId: DOC })).rejects.toMatchObject({ code: 'write-failed' });

    rmSync(filler, { recursive: true, force: true });
    const undone = await service.undo({ documentId: DOC });
    expect(undone?.change.units[0]?.target[0]?.text).not.toBe('Saved before the disk filled.');
    expect((await service.redo({ documentId: DOC }))?.change.units[0]?.target[0]?.text).toBe('Saved before the disk filled.');
    await service.updateTarget({ documentId: DOC, unitId: 'u2', text: long });
    await service.flush();
    const reopened = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
    const after = await reopened.getDocument({ documentId: DOC });
    expect(after.units.slice(0, 2).map((u) => u.target[0]?.text)).toEqual(['Saved before the disk filled.', long]);
  });
});
