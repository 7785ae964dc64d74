import { constants } from 'node:fs';
import { copyFile, mkdir, open, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { ApiError } from '../../shared/api';
import type { MigrationResult } from '../../shared/project';
import { DurableTextFile, identityOf, identityOfPath, writeFileDurably, type FileIdentity } from './durable-file';
import { inLineLayout, linesBetween, parseLineLayout, readDigest, readIfExists, readPooled, sha1, writeLinesAtomically } from './json-lines';

/** Decodes large non-ASCII files faster than Buffer#toString does. */
const UTF8 = new TextDecoder('utf-8');

export interface JsonFileOptions {
  /**
   * Keep a SHA-1 of each write beside the file (`<file>.sha1`): a file read back with the same
   * digest is the one this store wrote from a valid value, and skips the schema check (a fifth of
   * the time it takes to read a 50,000-unit document). Any other file is checked in full. SHA-1
   * guards against torn and hand-edited files, not against forgery, and is four times faster
   * here than SHA-256.
   */
  readonly sealed?: boolean;
  /**
   * The array property (a document's units) written an element per line, a line at a time: still
   * one JSON value, but never one string the size of the file, and a sealed file can be walked an
   * element at a time (`readSealedLines`: how an export reads a million units).
   */
  readonly linesOf?: string;
}

/** Larger than this, a file not in the line layout cannot be parsed as one string. */
const MAX_WHOLE_JSON = 256 * 1024 * 1024;

/**
 * One JSON file of the store: read through a pure migration, written atomically and durably (a
 * fresh temporary file, flushed, renamed over it). A file that does not parse or validate is
 * never overwritten: a copy is kept beside it and every later read or write reports the same error.
 */
export class JsonFileStore<T> {
  private readonly digestPath: string | undefined;
  private readonly file: DurableTextFile;
  private broken: ApiError | undefined;

  constructor(
    readonly path: string,
    private readonly migrate: (raw: unknown, trusted: boolean) => MigrationResult<T>,
    private readonly now: () => Date = () => new Date(),
    private readonly options: JsonFileOptions = {},
  ) {
    this.digestPath = options.sealed ? `${path}.sha1` : undefined;
    this.file = new DurableTextFile(path);
  }

  /** The stored value, `undefined` when the file does not exist yet. */
  async read(): Promise<T | undefined> {
    return (await this.readVersion())?.value;
  }

  /** The stored value and which version of the file it came from (to notice another process's write). */
  async readVersion(): Promise<{ value: T; identity: FileIdentity } | undefined> {
    if (this.broken) throw this.broken;
    let raw: unknown;
    let trusted = false;
    let identity: FileIdentity;
    try {
      const file = await readWhole(this.path);
      if (!file) return undefined;
      identity = file.identity;
      const { bytes } = file;
      if (this.digestPath) trusted = (await readDigest(this.path)) === sha1(bytes);
      const linesOf = this.options.linesOf;
      if (linesOf && inLineLayout(bytes, linesOf)) raw = parseLineLayout(bytes, linesOf);
      else if (bytes.length > MAX_WHOLE_JSON) throw new Error(`${bytes.length} bytes, more than Pird reads as one JSON text`);
      else raw = JSON.parse(UTF8.decode(bytes));
    } catch (error) {
      throw await this.markBroken(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const migrated = this.migrate(raw, trusted);
    if (migrated.ok) return { value: migrated.value, identity };
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
  async readSealedLines(): Promise<{ head: Record<string, unknown>; lines: Iterable<string>; identity: FileIdentity } | undefined> {
    if (this.broken) throw this.broken;
    if (!this.digestPath || !this.options.linesOf) return undefined;
    const file = await readPooled(this.path);
    if (!file) return undefined;
    const { bytes, release, identity } = file;
    const sealed = (await readDigest(this.path)) === sha1(bytes);
    if (!sealed || !inLineLayout(bytes, this.options.linesOf)) {
      release();
      return undefined;
    }
    const headEnd = bytes.indexOf(0x0a);
    const head = JSON.parse(`${bytes.toString('utf8', 0, headEnd)}]}`) as Record<string, unknown>;
    return { head, lines: linesBetween(bytes, headEnd + 1, bytes.length - 3, release), identity };
  }

  /**
   * The file first, then its digest: a crash between the two leaves a digest that does not match,
   * so the file is checked in full. Answers with the version of the file now in place.
   */
  async write(value: T): Promise<FileIdentity> {
    if (this.broken) throw this.broken;
    await mkdir(dirname(this.path), { recursive: true });
    const linesOf = this.options.linesOf;
    let digest: string;
    if (linesOf) {
      digest = await writeLinesAtomically(this.path, value, linesOf);
    } else {
      // Indented: the small files (library, settings, glossary) are ones people may read.
      const text = JSON.stringify(value, null, 2);
      await this.file.write(text);
      digest = sha1(text);
    }
    if (this.digestPath) await writeFileDurably(this.digestPath, digest);
    return identityOfPath(this.path);
  }

  /** Deletes the file and its digest. */
  async remove(): Promise<void> {
    await rm(this.path, { force: true });
    if (this.digestPath) await rm(this.digestPath, { force: true });
  }

  private async markBroken(reason: string, code: 'corrupt-file' | 'newer-file' = 'corrupt-file'): Promise<ApiError> {
    this.broken = await unreadableFileError(this.path, reason, this.now(), code);
    return this.broken;
  }
}

/** The whole file as bytes with the version read, or null when there is none. */
async function readWhole(path: string): Promise<{ bytes: Buffer; identity: FileIdentity } | null> {
  const handle = await readIfExists(open(path, 'r'));
  if (!handle) return null;
  try {
    const info = await handle.stat({ bigint: true });
    // Read as bytes and decoded at once: reading with an encoding decodes in small pieces,
    // several times slower on a large document.
    return { bytes: await handle.readFile(), identity: identityOf(info) };
  } finally {
    await handle.close();
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
    // Never over an existing file, nor through a link someone planted under the backup's name.
    await copyFile(path, backup, constants.COPYFILE_EXCL);
    kept = ` A copy is kept at ${backup}.`;
  } catch {
    // The original stays in place untouched; the copy is a convenience.
  }
  return new ApiError(code, `${path} ${reason}. It was left unchanged.${kept}`, path, kept ? backup : undefined);
}
