import { identityOfPath, MISSING, sameFile, type FileIdentity } from './durable-file';
import { withFileLock } from './file-lock';
import type { JsonFileStore } from './json-file-store';

/**
 * A small JSON file that several Pird processes share (the library, settings, the user's
 * dictionary): a read answers with what is on disk now (read again only when the file changed
 * since), and every change is a read-change-write under the file's lock, flushed before it
 * settles, so no process writes back a stale copy over another's change.
 */
export class SharedJsonFile<T> {
  private cached: { value: T; identity: FileIdentity } | undefined;

  constructor(private readonly store: JsonFileStore<T>) {}

  get path(): string {
    return this.store.path;
  }

  /** The value on disk; `undefined` when there is no file. */
  async read(): Promise<T | undefined> {
    const identity = await identityOfPath(this.store.path);
    if (identity === MISSING) {
      this.cached = undefined;
      return undefined;
    }
    if (this.cached && sameFile(identity, this.cached.identity)) return this.cached.value;
    const version = await this.store.readVersion();
    this.cached = version;
    return version?.value;
  }

  /**
   * Changes the file from its latest content. `change` answers with the new value (the same
   * object: nothing to write) and what the caller wants back.
   */
  update<R>(change: (current: T | undefined) => Promise<{ value: T; result: R }> | { value: T; result: R }): Promise<R> {
    return withFileLock(this.store.path, async () => {
      const current = await this.read();
      const { value, result } = await change(current);
      if (value !== current) this.cached = { value, identity: await this.store.write(value) };
      return result;
    });
  }
}
