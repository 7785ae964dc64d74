import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { ApiError } from '../../shared/api';

// How the store puts bytes on disk so that what it acknowledges survives a crash or a power cut:
// every file is written beside its final name under a fresh random name (created exclusively and
// never through a symbolic link), flushed, renamed over the old one, and the folder is flushed too.

/** O_NOFOLLOW where the platform has it (not on Windows, where symlinks need privileges anyway). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const CREATE_EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;
const APPEND = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | NO_FOLLOW;

/** A fresh file beside `path` that nobody (no peer, no planted link) could have made before us. */
export async function createTemporaryBeside(path: string, suffix = 'tmp'): Promise<{ handle: FileHandle; path: string }> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.${suffix}`);
  try {
    return { handle: await open(temporary, CREATE_EXCLUSIVE, 0o644), path: temporary };
  } catch (error) {
    throw writeFailure(path, error);
  }
}

/** Flushes a folder's entries (a rename or a new file is durable only then). Not possible on Windows. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Moves a finished temporary file into place and makes the move durable. */
export async function commitTemporary(temporary: string, path: string): Promise<void> {
  try {
    await rename(temporary, path);
    await syncFolder(dirname(path));
  } catch (error) {
    await rm(temporary, { force: true });
    throw writeFailure(path, error);
  }
}

/**
 * Replaces `path` by what `fill` writes into a fresh temporary file beside it: flushed, then renamed
 * into place. If anything fails, the temporary file goes and `path` is as it was. Answers with
 * what `fill` answered.
 */
export async function replaceDurably<T>(path: string, fill: (handle: FileHandle) => Promise<T>): Promise<T> {
  const { handle, path: temporary } = await createTemporaryBeside(path);
  let result: T;
  try {
    result = await fill(handle);
    await handle.datasync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw writeFailure(path, error);
  }
  await handle.close();
  await commitTemporary(temporary, path);
  return result;
}

/** Replaces `path` by `data`, atomically and durably. */
export function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
  return replaceDurably(path, (handle) => handle.writeFile(data));
}

export interface AppendResult {
  /** The file's size after the append. */
  readonly size: number;
  readonly identity: FileIdentity;
}

/**
 * Appends `data` (one text, or pieces written in order) at `expectedSize` (the end of the last
 * complete record) and flushes it. If the file is longer (a torn line left by a crash) it is cut
 * back first; if the append fails (a full disk) the file is cut back to where it was, so no half
 * record stays behind.
 */
export async function appendDurably(path: string, data: string | Iterable<string>, expectedSize: number): Promise<AppendResult> {
  let handle: FileHandle;
  try {
    handle = await open(path, APPEND, 0o644);
  } catch (error) {
    throw writeFailure(path, error);
  }
  try {
    const before = await handle.stat({ bigint: true });
    if (Number(before.size) !== expectedSize) await handle.truncate(Math.min(expectedSize, Number(before.size)));
    try {
      await writePieces(handle, typeof data === 'string' ? [data] : data);
      await handle.datasync();
    } catch (error) {
      await handle.truncate(expectedSize).catch(() => undefined);
      throw error;
    }
    if (expectedSize === 0) await syncFolder(dirname(path));
    const after = await handle.stat({ bigint: true });
    return { size: Number(after.size), identity: identityOf(after) };
  } catch (error) {
    throw writeFailure(path, error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Writes text in pieces, in order, turning the next into bytes while the one before goes to disk. */
async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  let writing: Promise<unknown> = Promise.resolve();
  for (const piece of pieces) {
    const bytes = Buffer.from(piece, 'utf8');
    await writing;
    writing = handle.write(bytes);
  }
  await writing;
}

/**
 * Which version of a file this is: a rename puts a new inode in place, an append grows it. The
 * modification time tells a reused inode number apart.
 */
export interface FileIdentity {
  readonly ino: bigint;
  readonly mtimeNs: bigint;
  readonly size: number;
}

export const MISSING: FileIdentity = { ino: -1n, mtimeNs: -1n, size: 0 };

export const identityOf = (s: { ino: bigint; mtimeNs: bigint; size: bigint }): FileIdentity => ({ ino: s.ino, mtimeNs: s.mtimeNs, size: Number(s.size) });

export const sameFile = (a: FileIdentity, b: FileIdentity): boolean => a.ino === b.ino && a.mtimeNs === b.mtimeNs && a.size === b.size;

export async function identityOfPath(path: string): Promise<FileIdentity> {
  try {
    return identityOf(await stat(path, { bigint: true }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return MISSING;
    throw error;
  }
}

const CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  EIO: 'the disk reported an input/output error',
  ELOOP: 'the path is a symbolic link, which Pird does not write through',
  EEXIST: 'a file of that name appeared unexpectedly',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'its folder does not exist',
};

/** A failed write as the error the user sees: the file and the cause, in words. */
export function writeFailure(path: string, error: unknown): unknown {
  if (error instanceof ApiError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return error;
  const cause = CAUSES[code] ?? code;
  return new ApiError('write-failed', `Could not save ${path}: ${cause} (${code}). Nothing on disk was changed.`, path);
}

/**
 * lowdb's text-file adapter, written durably: lowdb's own `TextFile` (through steno) renames a
 * temporary file of a fixed name without flushing it, which a planted link could redirect and a
 * power cut could empty. The small settings-like files go through this.
 */
export class DurableTextFile implements Adapter<string> {
  constructor(readonly path: string) {}

  async read(): Promise<string | null> {
    try {
      return await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  write(data: string): Promise<void> {
    return writeFileDurably(this.path, data);
  }
}

/** Copies a file (of any size, a megabyte at a time) to `path`, atomically and durably. */
export function copyFileDurably(from: string, path: string): Promise<void> {
  return replaceDurably(path, async (handle) => {
    const source = await open(from, 'r');
    try {
      const buffer = Buffer.allocUnsafe(1 << 20);
      for (;;) {
        const { bytesRead } = await source.read(buffer, 0, buffer.length);
        if (bytesRead === 0) break;
        await handle.write(buffer, 0, bytesRead);
      }
    } finally {
      await source.close();
    }
  });
}
