import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';
import { readJournal, type Unit } from '../../shared/project';
import { pirdProcess, startApiHost, type ApiHost } from './helpers/processes';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const DOC = 'kadhimi-washington';

/** A small deterministic generator, so that a failing run can be run again the same way. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Acknowledged {
  readonly unitId: string;
  readonly text: string;
  readonly revision: number;
}

/** Every file of the data directory parses: the JSON files as JSON, the journals line by line. */
function everyFileParses(dataDir: string): void {
  for (const name of ['library.json', 'settings.json']) {
    try {
      JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const documents = join(dataDir, 'documents');
  for (const name of readdirSync(documents)) {
    const text = readFileSync(join(documents, name), 'utf8');
    if (name.endsWith('.journal.jsonl')) expect(readJournal(text, 0), name).toMatchObject({ ok: true, tornTail: false });
    else if (name.endsWith('.json')) expect(() => JSON.parse(text), name).not.toThrow();
    expect(name, 'no temporary file or lock is left behind').not.toMatch(/\.tmp$|\.partial$|\.lock$/u);
  }
}

async function units(host: ApiHost): Promise<Unit[]> {
  const answer = await host.call('getDocument', { documentId: DOC, withSourceText: false });
  return (answer.body.result as { units: Unit[] }).units;
}

describe('several Pird processes on one data directory', () => {
  it('loses no acknowledged edit and no import when two hosts and the CLI work at once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-many-'));
    const hosts = [await startApiHost(dataDir), await startApiHost(dataDir, { PIRD_COMPACT_MS: '300' })];
    const ids = (await units(hosts[0] as ApiHost)).map((u) => u.id);
    const next = random(15);
    const acknowledged: Acknowledged[] = [];
    const imports: string[] = [];
    const rounds = 8;
    for (let round = 0; round < rounds; round++) {
      const work: Array<Promise<unknown>> = [];
      for (const [h, host] of hosts.entries()) {
        work.push((async () => {
          for (let k = 0; k < 6; k++) {
            const unitId = ids[Math.floor(next() * ids.length)] ?? 'u1';
            const text = `Host ${h}, round ${round}, edit ${k}.`;
            const answer = await host.call('edit', { documentId: DOC, operation: { kind: 'set-target', unitId, text } });
            if (answer.status === 200) acknowledged.push({ unitId, text, revision: (answer.body.result as { revision: number }).revision });
            if (next() < 0.3) await host.call('setStatus', { documentId: DOC, unitId, status: 'draft' });
          }
          await host.call('listProjects', {});
        })());
      }
      const corpus = join(dataDir, `round-${round}.tsv`);
      writeFileSync(corpus, `ckb\ten\nڕستەی ${round}.\tSentence ${round}.\nدووەم ${round}.\tSecond ${round}.\n`);
      work.push(pirdProcess(dataDir, ['import', `imported-${round}`, corpus]).then((result) => {
        expect(result.stderr).toBe('');
        if (result.code === 0) imports.push(`imported-${round}`);
      }));
      if (round % 3 === 2) work.push(pirdProcess(dataDir, ['export', 'demo', '--format', 'tmx', '--out', join(dataDir, `round-${round}.tmx`)]));
      await Promise.all(work);
    }
    expect(await Promise.all(hosts.map((host) => host.stop()))).toEqual([0, 0]);

    // Every acknowledged edit got a revision of its own: none was written over another.
    const revisions = acknowledged.map((a) => a.revision);
    expect(new Set(revisions).size).toBe(revisions.length);
    // The last acknowledged text of every unit is the one on disk.
    const reopened = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
    const document = await reopened.getDocument({ documentId: DOC });
    const latest = new Map<string, Acknowledged>();
    for (const ack of acknowledged) if ((latest.get(ack.unitId)?.revision ?? -1) < ack.revision) latest.set(ack.unitId, ack);
    for (const [unitId, ack] of latest) expect(document.units.find((u) => u.id === unitId)?.target[0]?.text, unitId).toBe(ack.text);
    expect(document.revision).toBeGreaterThanOrEqual(Math.max(...revisions));
    // Every import the CLI reported is listed with its document, readable.
    expect(imports).toHaveLength(rounds);
    const projects = await reopened.listProjects({});
    for (const name of imports) {
      const project = projects.find((p) => p.name === name);
      expect(project?.documents, name).toHaveLength(1);
      expect((await reopened.getDocument({ documentId: project?.documents[0]?.id ?? '' })).units).toHaveLength(2);
    }
    everyFileParses(dataDir);
  });

  it('lets an open document see another process change it, and refuses an edit over that change', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-two-'));
    const mine = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
    const theirs = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
    const opened = await mine.getDocument({ documentId: DOC });
    const first = await mine.edit({ documentId: DOC, operation: { kind: 'set-target', unitId: 'u5', text: 'Mine.' }, baseRevision: opened.revision });
    expect(first.revision).toBe(opened.revision + 1);
    // The other process: a new project, and a change to segment 2.
    await theirs.createProject({ name: 'Made elsewhere' });
    const other = await theirs.edit({ documentId: DOC, operation: { kind: 'set-target', unitId: 'u2', text: 'Their words.' } });
    expect(other.revision).toBe(first.revision + 1);
    expect((await theirs.getDocument({ documentId: DOC })).units[4]?.target[0]?.text).toBe('Mine.');
    // Mine sees both, and its next edit elsewhere carries on from their revision.
    expect((await mine.listProjects({})).map((p) => p.name)).toContain('Made elsewhere');
    expect((await mine.getRevision({ documentId: DOC })).revision).toBe(other.revision);
    const own = await mine.edit({ documentId: DOC, operation: { kind: 'set-target', unitId: 'u6', text: 'Mine again.' }, baseRevision: first.revision });
    expect(own.revision).toBe(other.revision + 1);
    // An edit of the segment they changed, made on the copy from before, is refused, and theirs stays.
    await expect(mine.edit({ documentId: DOC, operation: { kind: 'set-target', unitId: 'u2', text: 'Over theirs.' }, baseRevision: first.revision }))
      .rejects.toMatchObject({ code: 'conflict' });
    expect((await theirs.getDocument({ documentId: DOC })).units[1]?.target[0]?.text).toBe('Their words.');
    // Undo steps taken before their change no longer fit: only the step made after it is left.
    const undone = await mine.undo({ documentId: DOC });
    expect(undone?.canUndo).toBe(false);
    const after = await theirs.getDocument({ documentId: DOC });
    expect(after.units.slice(1, 6).map((u) => u.target[0]?.text)).toEqual([
      'Their words.', opened.units[2]?.target[0]?.text, opened.units[3]?.target[0]?.text, 'Mine.', opened.units[5]?.target[0]?.text,
    ]);
    await mine.flush();
    await theirs.flush();
  });

  it('never calls a document corrupt while another process folds its journal', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-fold-'));
    const writer = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0, compactDelayMs: 60_000 });
    await writer.listProjects({});
    const reading = (async () => {
      for (let k = 0; k < 60; k++) {
        // A fresh reader each time, as `pird show` is.
        const reader = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
        const document = await reader.getDocument({ documentId: DOC });
        expect(document.units).toHaveLength(31);
      }
    })();
    for (let k = 0; k < 30; k++) {
      await writer.updateTarget({ documentId: DOC, unitId: `u${(k % 31) + 1}`, text: `Change ${k}.` });
      await writer.flush(); // folds the journal into a new snapshot
    }
    await reading;
    expect(readdirSync(join(dataDir, 'documents')).filter((name) => name.includes('.unreadable-'))).toEqual([]);
  });
});
