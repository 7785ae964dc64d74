import { copyFile, mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { DataFile } from 'lowdb/node';
import { readFile } from 'node:fs/promises';
import { ApiError } from '../../shared/api';
import type { MigrationResult } from '../../shared/project';

/** Decodes large non-ASCII files faster than Buffer#toString does. */
const UTF8 = new TextDecoder('utf-8');

/**
 * One JSON file of the store: read through a pure migration, written atomically (lowdb writes a
 * temporary file and renames it). A file that does not parse or validate is never overwritten:
 * a copy is kept beside it and every later read or write reports the same error.
 */
export class JsonFileStore<T> {
  private readonly file: DataFile<unknown>;
  private broken: ApiError | undefined;

  constructor(
    readonly path: string,
    private readonly migrate: (raw: unknown) => MigrationResult<T>,
    private readonly now: () => Date = () => new Date(),
    /** Compact JSON for large files (documents); indented for the small ones people may read. */
    compact = false,
  ) {
    this.file = new DataFile<unknown>(path, {
      parse: JSON.parse,
      stringify: (data) => (compact ? JSON.stringify(data) : JSON.stringify(data, null, 2)),
    });
  }

  /** The stored value, `undefined` when the file does not exist yet. */
  async read(): Promise<T | undefined> {
    if (this.broken) throw this.broken;
    let raw: unknown;
    try {
      // Read as bytes and decoded at once: reading with an encoding decodes in small pieces,
      // several times slower on a large document. lowdb still does the atomic writes.
      const bytes = await readFile(this.path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      raw = bytes === null ? null : JSON.parse(UTF8.decode(bytes));
    } catch (error) {
      throw await this.markBroken(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (raw === null) return undefined;
    const migrated = this.migrate(raw);
    if (migrated.ok) return migrated.value;
    const problem = migrated.problem;
    if (problem.kind === 'newer') {
      throw await this.markBroken(`was written by a newer Pird (schema version ${problem.version})`, 'newer-file');
    }
    throw await this.markBroken(`does not match the expected structure (${problem.detail})`);
  }

  async write(value: T): Promise<void> {
    if (this.broken) throw this.broken;
    await mkdir(dirname(this.path), { recursive: true });
    await this.file.write(value);
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
