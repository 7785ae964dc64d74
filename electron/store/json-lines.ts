import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { Utf8Blocks } from '../text-files/utf8-blocks';
import { identityOf, replaceDurably, type FileIdentity } from './durable-file';

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

export async function readPooled(path: string): Promise<{ bytes: Buffer; release: () => void; identity: FileIdentity } | null> {
  const handle = await readIfExists(open(path, 'r'));
  if (!handle) return null;
  try {
    const info = await handle.stat({ bigint: true });
    const size = Number(info.size);
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
      identity: identityOf(info),
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

/**
 * Writes `value` in the line layout of `stringifyWithLines`, a line at a time, into a fresh file
 * beside `path`, flushes it and renames it over `path`: a corpus-sized document never becomes one
 * string, and a crash leaves the old file or the new one. Answers with the SHA-1 of the bytes.
 */
export function writeLinesAtomically(path: string, value: unknown, key: string): Promise<string> {
  const items = (value as Record<string, unknown> | null)?.[key];
  const pieces: Iterable<string> = Array.isArray(items) ? linesOfValue(value as Record<string, unknown>, key, items) : [JSON.stringify(value)];
  return replaceDurably(path, async (handle) => {
    const hash = createHash('sha1');
    const blocks = new Utf8Blocks(async (bytes, written) => {
      hash.update(bytes);
      await handle.write(bytes);
      written();
    });
    for (const piece of pieces) await blocks.write(piece);
    await blocks.flush();
    return hash.digest('hex');
  });
}

function* linesOfValue(value: Record<string, unknown>, key: string, items: readonly unknown[]): Generator<string> {
  const head = stringifyWithLines({ ...value, [key]: [] }, key);
  yield head.slice(0, head.indexOf('\n') + 1);
  for (let i = 0; i < items.length; i++) yield `${JSON.stringify(items[i])}${i < items.length - 1 ? ',' : ''}\n`;
  if (items.length === 0) yield '\n';
  yield ']}';
}

/**
 * Whether `bytes` has the line layout: a first line ending in `"<key>":[` and `\n]}` at the end.
 * A file with it is read a line at a time (`parseLineLayout`) however large it is.
 */
export function inLineLayout(bytes: Buffer, key: string): boolean {
  const headEnd = bytes.indexOf(0x0a);
  if (headEnd < 0 || bytes.length < headEnd + 3 || bytes.toString('latin1', bytes.length - 3) !== '\n]}') return false;
  const opening = `${JSON.stringify(key)}:[`;
  return bytes.toString('utf8', Math.max(0, headEnd - opening.length), headEnd) === opening;
}

/** A file in the line layout parsed a line at a time; a line that does not parse is named by number. */
export function parseLineLayout(bytes: Buffer, key: string): unknown {
  const headEnd = bytes.indexOf(0x0a);
  const value = JSON.parse(`${bytes.toString('utf8', 0, headEnd)}]}`) as Record<string, unknown>;
  const items: unknown[] = [];
  let lineNumber = 1;
  for (const line of linesBetween(bytes, headEnd + 1, bytes.length - 3, () => undefined)) {
    lineNumber++;
    try {
      items.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
    } catch (error) {
      throw new Error(`line ${lineNumber}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  value[key] = items;
  return value;
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

