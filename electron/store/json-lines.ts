import { createHash } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { Utf8Blocks } from '../text-files/utf8-blocks';

// The store's layout for large files: one JSON value whose array (a document's units) has an
// element per line, written a line at a time and read back a line at a time, and the reading
// and digest helpers that go with it.

export const sha1 = (data: string | Uint8Array): string => createHash('sha1').update(data).digest('hex');

/** The file's contents, or null when there is no such file. */
export const readIfExists = <T>(read: Promise<T>): Promise<T | null> =>
  read.catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });

/** The digest kept beside a sealed file, or null. */
export const readDigest = (path: string): Promise<string | null> => readIfExists(readFile(`${path}.sha1`, 'utf8'));

/**
 * Buffers for reading large files, kept for the next read: fresh memory costs a page fault every
 * 4 KB, more than the read itself. An export holds two (one read ahead).
 */
const spareBuffers: Buffer[] = [];
const SPARE_BUFFERS = 2;

export async function readPooled(path: string): Promise<{ bytes: Buffer; release: () => void } | null> {
  const handle = await readIfExists(open(path, 'r'));
  if (!handle) return null;
  try {
    const { size } = await handle.stat();
    let whole = spareBuffers.pop();
    if (!whole || whole.length < size) whole = Buffer.allocUnsafeSlow(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(whole, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const kept = whole;
    return {
      bytes: whole.subarray(0, filled),
      release: () => {
        if (spareBuffers.length < SPARE_BUFFERS) spareBuffers.push(kept);
      },
    };
  } finally {
    await handle.close();
  }
}

/** The lines of `bytes` in [start, end), decoded one at a time (a newline byte is never inside a UTF-8 character). */
export function* linesBetween(bytes: Buffer, start: number, end: number, done: () => void): Generator<string> {
  try {
    let from = start;
    while (from < end) {
      let stop = bytes.indexOf(0x0a, from);
      if (stop < 0 || stop > end) stop = end;
      if (stop > from) yield bytes.toString('utf8', from, stop);
      from = stop + 1;
    }
  } finally {
    done();
  }
}

/** `value` as JSON with the elements of its array `key`, moved last, on lines of their own. */
export function stringifyWithLines(value: unknown, key: string): string {
  const items = (value as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(items)) return JSON.stringify(value);
  const rest: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  delete rest[key]; // so that the array, set again below, comes last
  const head = JSON.stringify({ ...rest, [key]: [] });
  return `${head.slice(0, -2)}\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]}`;
}

let temporaryCounter = 0;

/**
 * Writes `value` in the line layout of `stringifyWithLines`, a line at a time, beside `path`, then
 * renames it over `path` (atomic, as lowdb does for the small files): a corpus-sized document
 * never becomes one string. Answers with the SHA-1 of the bytes written.
 */
export async function writeLinesAtomically(path: string, value: unknown, key: string): Promise<string> {
  const items = (value as Record<string, unknown> | null)?.[key];
  const pieces: Iterable<string> = Array.isArray(items) ? linesOfValue(value as Record<string, unknown>, key, items) : [JSON.stringify(value)];
  const temporary = `${path}.${process.pid}-${++temporaryCounter}.tmp`;
  const hash = createHash('sha1');
  const handle = await open(temporary, 'w');
  try {
    const blocks = new Utf8Blocks(async (bytes, written) => {
      hash.update(bytes);
      await handle.write(bytes);
      written();
    });
    for (const piece of pieces) await blocks.write(piece);
    await blocks.flush();
    await handle.close();
    await rename(temporary, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  return hash.digest('hex');
}

function* linesOfValue(value: Record<string, unknown>, key: string, items: readonly unknown[]): Generator<string> {
  const head = stringifyWithLines({ ...value, [key]: [] }, key);
  yield head.slice(0, head.indexOf('\n') + 1);
  for (let i = 0; i < items.length; i++) yield `${JSON.stringify(items[i])}${i < items.length - 1 ? ',' : ''}\n`;
  if (items.length === 0) yield '\n';
  yield ']}';
}

/** Reads what `stringifyWithLines` wrote (the caller knows it did: the digest matched). */
export function parseWithLines(text: string, key: string): unknown {
  const lines = text.split('\n');
  const last = lines.length - 1;
  if (last < 2 || lines[last] !== ']}') return JSON.parse(text);
  const value = JSON.parse(`${lines[0] ?? ''}]}`) as Record<string, unknown>;
  const items: unknown[] = [];
  for (let i = 1; i < last; i++) {
    const line = lines[i] ?? '';
    if (line === '' && last === 2) break;
    items.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
  }
  value[key] = items;
  return value;
}

