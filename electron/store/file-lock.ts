import { open, rm, stat } from 'node:fs/promises';

const RETRY_MS = 15;
const WAIT_MS = 5_000;
/** A lock older than this was left by a process that died holding it. */
const STALE_MS = 30_000;

/**
 * Runs `job` while holding `<path>.lock`, a file created exclusively: writers in other windows,
 * other processes (the `pird` command) or other services on the same data directory take turns,
 * so a read-change-write never loses another writer's change.
 */
export async function withFileLock<T>(path: string, job: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > STALE_MS) await rm(lock, { force: true });
      else if (Date.now() > deadline) throw new Error(`${path} is locked by another writer (${lock}); try again`);
      else await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
  try {
    return await job();
  } finally {
    await rm(lock, { force: true });
  }
}
