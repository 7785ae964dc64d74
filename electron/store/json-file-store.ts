import { createHash } from 'node:crypto';
import { copyFile, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { TextFile } from 'lowdb/node';
import { ApiError } from '../../shared/api';
import { Utf8Blocks } from '../text-files/utf8-blocks';
import type { MigrationResult } from '../../shared/project';

/** Decodes large non-ASCII files faster than Buffer#toString does. */
const UTF8 = new TextDecoder('utf-8');

/**
 * Buffers for reading large files, kept for the next read: fresh memory costs a page fault every
 * 4 KB, more than the read itself. An export holds two (one read ahead).
 */
const spareBuffers: Buffer[] = [];
const SPARE_BUFFERS = 2;

async function readPooled(path: string): Promise<{ bytes: Buffer; release: () => void } | null> {
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
function* linesBetween(bytes: Buffer, start: number, end: number, done: () => void): Generator<string> {
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

export interface JsonFileOptions {
  /** Compact JSON for large files (documents); indented for the small ones people may read. */
  readonly compact?: boolean;
  /**
   * Keep a SHA-1 of each write beside the file (`<file>.sha1`): a file read back with the same
   * digest is the one this store wrote from a valid value, and skips the schema check (a fifth of
   * the time it takes to read a 50,000-unit document). Any other file is checked in full. SHA-1
   * guards against torn and hand-edited files, not against forgery, and is four times faster
   * here than SHA-256.
   */
  readonly sealed?: boolean;
  /**
   * The array property (the last key) written one element per line. Still one JSON value; but a
   * sealed file is read back line by line, which for a 50,000-unit document is three times faster
   * than parsing it whole.
   */
  readonly linesOf?: string;
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
async function writeLinesAtomically(path: string, value: unknown, key: string): Promise<string> {
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
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
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

const sha1 = (data: string | Uint8Array): string => createHash('sha1').update(data).digest('hex');

const readIfExists = <T>(read: Promise<T>): Promise<T | null> =>
  read.catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });

/**
 * One JSON file of the store: read through a pure migration, written atomically (lowdb writes a
 * temporary file and renames it). A file that does not parse or validate is never overwritten:
 * a copy is kept beside it and every later read or write reports the same error.
 */
export class JsonFileStore<T> {
  private readonly file: TextFile;
  private readonly digestFile: TextFile | undefined;
  private broken: ApiError | undefined;

  constructor(
    readonly path: string,
    private readonly migrate: (raw: unknown, trusted: boolean) => MigrationResult<T>,
    private readonly now: () => Date = () => new Date(),
    private readonly options: JsonFileOptions = {},
  ) {
    this.file = new TextFile(path);
    this.digestFile = options.sealed ? new TextFile(`${path}.sha1`) : undefined;
  }

  /** The stored value, `undefined` when the file does not exist yet. */
  async read(): Promise<T | undefined> {
    if (this.broken) throw this.broken;
    let raw: unknown;
    let trusted = false;
    try {
      // Read as bytes and decoded at once: reading with an encoding decodes in small pieces,
      // several times slower on a large document. lowdb still does the atomic writes.
      const bytes = await readIfExists(readFile(this.path));
      if (bytes !== null && this.digestFile) trusted = (await readIfExists(readFile(`${this.path}.sha1`, 'utf8'))) === sha1(bytes);
      const text = bytes === null ? null : UTF8.decode(bytes);
      const linesOf = this.options.linesOf;
      raw = text === null ? null : trusted && linesOf ? parseWithLines(text, linesOf) : JSON.parse(text);
    } catch (error) {
      throw await this.markBroken(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (raw === null) return undefined;
    const migrated = this.migrate(raw, trusted);
    if (migrated.ok) return migrated.value;
    const problem = migrated.problem;
    if (problem.kind === 'newer') {
      throw await this.markBroken(`was written by a newer Pird (schema version ${problem.version})`, 'newer-file');
    }
    throw await this.markBroken(`does not match the expected structure (${problem.detail})`);
  }

  /**
   * A sealed file in the line layout, unparsed: its first line parsed (the value without the
   * array), and the array's elements as lines of JSON decoded one at a time as they are asked
   * for, so that no string the size of the file is ever made. `undefined` when the file is not
   * what this store wrote (no digest, another digest, another layout, no file): `read` then
   * checks it in full.
   */
  async readSealedLines(): Promise<{ head: Record<string, unknown>; lines: Iterable<string> } | undefined> {
    if (this.broken) throw this.broken;
    if (!this.digestFile || !this.options.linesOf) return undefined;
    const file = await readPooled(this.path);
    if (!file) return undefined;
    const { bytes, release } = file;
    const headEnd = bytes.indexOf(0x0a);
    const tail = bytes.length - 3; // "\n]}"
    const sealed = (await readIfExists(readFile(`${this.path}.sha1`, 'utf8'))) === sha1(bytes);
    if (!sealed || headEnd < 0 || tail < headEnd || bytes.toString('latin1', tail) !== '\n]}') {
      release();
      return undefined;
    }
    const head = JSON.parse(`${bytes.toString('utf8', 0, headEnd)}]}`) as Record<string, unknown>;
    return { head, lines: linesBetween(bytes, headEnd + 1, tail, release) };
  }

  /** The file first, then its digest: a crash between the two leaves a digest that does not match, so the file is checked in full. */
  async write(value: T): Promise<void> {
    if (this.broken) throw this.broken;
    await mkdir(dirname(this.path), { recursive: true });
    const { compact, linesOf } = this.options;
    if (linesOf) {
      const digest = await writeLinesAtomically(this.path, value, linesOf);
      await this.digestFile?.write(digest);
      return;
    }
    const text = compact ? JSON.stringify(value) : JSON.stringify(value, null, 2);
    await this.file.write(text);
    await this.digestFile?.write(sha1(text));
  }

  /** Deletes the file and its digest. */
  async remove(): Promise<void> {
    await rm(this.path, { force: true });
    await rm(`${this.path}.sha1`, { force: true });
  }

  private async markBroken(reason: string, code: 'corrupt-file' | 'newer-file' = 'corrupt-file'): Promise<ApiError> {
    this.broken = await unreadableFileError(this.path, reason, this.now(), code);
    return this.broken;
  }
}

/** The error for a file Pird will not touch, with a copy kept beside it for whoever repairs it. */
export async function unreadableFileError(
  path: string, reason: string, at: Date, code: 'corrupt-file' | 'newer-file' = 'corrupt-file',
): Promise<ApiError> {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const extension = extname(path);
  const backup = join(dirname(path), `${basename(path, extension)}.unreadable-${stamp}${extension}`);
  let kept = '';
  try {
    await copyFile(path, backup);
    kept = ` A copy is kept at ${backup}.`;
  } catch {
    // The original stays in place untouched; the copy is a convenience.
  }
  return new ApiError(code, `${path} ${reason}. It was left unchanged.${kept}`, path, kept ? backup : undefined);
}
