import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendDurably, writeFileDurably } from '../../electron/store/durable-file';
import { withFileLock } from '../../electron/store/file-lock';
import { readJournalFile } from '../../electron/store/journal-file';
import { journalLine, journalPieces, readJournal, type JournalRecord } from '../../shared/project';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'pird-files-'));

const record = (seq: number, text: string): JournalRecord => ({
  seq, at: `2026-12-06T00:00:${String(seq % 60).padStart(2, '0')}.000Z`,
  splice: {
    index: 0, deleteCount: 1,
    units: [{ id: `u${seq}`, paragraph: 0, source: [{ text: 'سەرۆک' }], target: [{ text }], status: 'translated', history: [], comments: [] }],
  },
});

describe('journal files read a line at a time', () => {
  it('reads the same records as the whole-text reader across its 1 MB read boundaries, multi-byte text included', async () => {
    const dir = fresh();
    const path = join(dir, 'd.journal.jsonl');
    // Lines of Sorani and English long enough that records straddle every 1 MB boundary.
    const records = Array.from({ length: 1200 }, (_, k) => record(k + 1, `${'کۆشکی سپی '.repeat(k % 200)}line ${k}`));
    const text = records.map(journalLine).join('');
    writeFileSync(path, text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 1024 * 1024);
    const reading = await readJournalFile(path, 0);
    const whole = readJournal(text, 0);
    expect(whole.ok && reading?.records).toEqual(whole.ok && whole.records);
    expect(reading?.end).toBe(Buffer.byteLength(text));
    // From an offset, after a given record: only what follows.
    const offset = Buffer.byteLength(records.slice(0, 900).map(journalLine).join(''));
    const tail = await readJournalFile(path, 900, offset, reading?.identity.ino);
    expect(tail?.records.map((r) => r.seq)).toEqual(records.slice(900).map((r) => r.seq));
  });

  it('drops a torn last line (never acknowledged) and says where the next record belongs; refuses a damaged middle line', async () => {
    const dir = fresh();
    const path = join(dir, 'd.journal.jsonl');
    const good = [record(1, 'one'), record(2, 'two')].map(journalLine).join('');
    writeFileSync(path, `${good}{"seq":3,"at":"x","spli`);
    expect(await readJournalFile(path, 0)).toMatchObject({ tornTail: true, end: Buffer.byteLength(good), records: [{ seq: 1 }, { seq: 2 }] });
    // A whole record without its newline was cut short too: its append never finished.
    writeFileSync(path, `${good}${journalLine(record(3, 'three')).trimEnd()}`);
    expect((await readJournalFile(path, 0))?.records.map((r) => r.seq)).toEqual([1, 2]);
    writeFileSync(path, `{"seq":1,"at"\n${journalLine(record(2, 'two'))}`);
    expect((await readJournalFile(path, 0))?.problem).toMatchObject({ line: 1, detail: expect.stringMatching(/^not JSON/u) });
    // Another file in its place (a compaction since): nothing is read from it.
    expect(await readJournalFile(path, 0, 0, 12345n)).toBeUndefined();
  });
});

describe('writes that do not follow links', () => {
  it('replaces a file atomically and durably, never writing through a link at its name', () => {
    const dir = fresh();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const planted = join(dir, 'library.json');
    symlinkSync(victim, planted);
    return writeFileDurably(planted, '{"ok":true}').then(() => {
      expect(readFileSync(victim, 'utf8')).toBe('keep me');
      expect(lstatSync(planted).isSymbolicLink()).toBe(false);
      expect(readFileSync(planted, 'utf8')).toBe('{"ok":true}');
      expect(readdirSync(dir).sort()).toEqual(['library.json', 'victim.txt']);
    });
  });

  it('refuses to append through a link, naming the file, and leaves the link\'s target alone', async () => {
    const dir = fresh();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const journal = join(dir, 'd.journal.jsonl');
    symlinkSync(victim, journal);
    await expect(appendDurably(journal, 'x\n', 0)).rejects.toMatchObject({ code: 'write-failed', file: journal, message: expect.stringMatching(/symbolic link/u) });
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });

  it('cuts a torn tail before appending, so the new record starts a line of its own', async () => {
    const dir = fresh();
    const path = join(dir, 'd.journal.jsonl');
    const good = journalLine(record(1, 'one'));
    writeFileSync(path, `${good}{"seq":2,"at`);
    const appended = await appendDurably(path, journalLine(record(2, 'two')), Buffer.byteLength(good));
    expect(readJournal(readFileSync(path, 'utf8'), 0)).toMatchObject({ ok: true, tornTail: false, records: [{ seq: 1 }, { seq: 2 }] });
    expect(appended.size).toBe(Buffer.byteLength(readFileSync(path)));
  });

  it('writes a change of thousands of units in pieces that make exactly its one line', async () => {
    const dir = fresh();
    const path = join(dir, 'd.journal.jsonl');
    const good = journalLine(record(1, 'one'));
    writeFileSync(path, good);
    const units = Array.from({ length: 2500 }, (_, k) => ({ ...record(k + 2, `${'کۆشکی سپی '.repeat(k % 7)}"${k}"`).splice.units[0]!, id: `v${k}` }));
    const big: JournalRecord = { seq: 2, at: '2026-12-07T00:00:00.000Z', splice: { index: 0, deleteCount: 1, units } };
    expect([...journalPieces(big)].length).toBeGreaterThan(2);
    expect([...journalPieces(big)].join('')).toBe(journalLine(big));
    const appended = await appendDurably(path, journalPieces(big), Buffer.byteLength(good));
    expect(readFileSync(path, 'utf8')).toBe(`${good}${journalLine(big)}`);
    expect(appended.size).toBe(Buffer.byteLength(`${good}${journalLine(big)}`));
    expect(readJournal(readFileSync(path, 'utf8'), 0)).toMatchObject({ ok: true, records: [{ seq: 1 }, { seq: 2, splice: { units: { length: 2500 } } }] });
  });
});

describe('the lock shared by every process', () => {
  it('runs one holder at a time, within a process and across processes', async () => {
    const dir = fresh();
    const target = join(dir, 'library.json');
    const order: string[] = [];
    const job = (name: string) => withFileLock(target, async () => {
      order.push(`${name}+`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push(`${name}-`);
    });
    await Promise.all([job('a'), job('b'), job('c')]);
    expect(order).toEqual(['a+', 'a-', 'b+', 'b-', 'c+', 'c-']);
    expect(existsSync(`${target}.lock`)).toBe(false);
  });

  it('breaks the lock of a process that died holding it, and waits for one that lives', async () => {
    const dir = fresh();
    const target = join(dir, 'library.json');
    // A process that has ended: its pid is not alive any more.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const { hostname } = await import('node:os');
    writeFileSync(`${target}.lock`, `${dead}@${hostname()}\n`);
    expect(await withFileLock(target, async () => 'taken', 2000)).toBe('taken');
    // A live owner (this very process, as another Pird would be) is waited for, then named.
    writeFileSync(`${target}.lock`, `${process.pid}@${hostname()}\n`);
    await expect(withFileLock(target, async () => 'never', 200)).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining(`process ${process.pid}@`) });
  });
});
