import { constants } from 'node:fs';
import { mkdir, open, readFile, rm, stat, utimes } from 'node:fs/promises';
import { dirname } from 'node:path';
import { hostname } from 'node:os';
import { ApiError } from '../../shared/api';
import { writeFailure } from './durable-file';

const RETRY_MS = 10;
const WAIT_MS = 30_000;
/** A lock of another machine (a shared folder) untouched for this long was left by a dead process. */
const STALE_MS = 30_000;
/** How often a holder touches its lock, so that a long job never looks stale. */
const REFRESH_MS = 5_000;

const HOST = hostname();
const OWNER = `${process.pid}@${HOST}`;
const CREATE_EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** Jobs of this process on one lock run one after another (no polling between them). */
const local = new Map<string, Promise<unknown>>();

/**
 * Runs `job` while holding `<path>.lock`: every Pird process on the data directory (the app,
 * browser hosts, `pird` commands) takes turns, so a read-change-write never loses another
 * writer's change. The lock is a file created exclusively, naming its owner (`pid@host`); a lock
 * whose owner is a dead process on this machine is broken at once, one of another machine once
 * it has not been touched for 30 s (holders touch it every 5 s).
 */
export function withFileLock<T>(path: string, job: () => Promise<T>, waitMs = WAIT_MS): Promise<T> {
  const lock = `${path}.lock`;
  const before = local.get(lock) ?? Promise.resolve();
  const run = before.then(
    () => holding(lock, job, waitMs),
    () => holding(lock, job, waitMs),
  );
  const settled = run.catch(() => undefined);
  local.set(lock, settled);
  void settled.then(() => {
    if (local.get(lock) === settled) local.delete(lock);
  });
  return run;
}

async function holding<T>(lock: string, job: () => Promise<T>, waitMs: number): Promise<T> {
  await acquire(lock, waitMs);
  const refresh = setInterval(() => {
    const at = new Date();
    void utimes(lock, at, at).catch(() => undefined);
  }, REFRESH_MS);
  refresh.unref();
  try {
    return await job();
  } finally {
    clearInterval(refresh);
    await rm(lock, { force: true });
  }
}

async function acquire(lock: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await open(lock, CREATE_EXCLUSIVE, 0o644);
      try {
        await handle.writeFile(`${OWNER}\n`);
      } catch (error) {
        // A lock that cannot name its owner (a full disk) is not taken: nothing is written after it.
        await handle.close();
        await rm(lock, { force: true });
        throw writeFailure(lock.slice(0, -'.lock'.length), error);
      }
      await handle.close();
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        await mkdir(dirname(lock), { recursive: true });
        continue;
      }
      if (code !== 'EEXIST') throw writeFailure(lock.slice(0, -'.lock'.length), error);
    }
    if (await isStale(lock)) {
      await breakStale(lock);
      continue;
    }
    if (Date.now() > deadline) {
      const owner = (await readFile(lock, 'utf8').catch(() => '')).trim();
      throw new ApiError('locked', `${lock.slice(0, -'.lock'.length)} is in use by another Pird${owner ? ` (process ${owner})` : ''}; try again in a moment`);
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

/** Whether the lock's owner is gone: a dead process of this machine, or a lock untouched for long. */
async function isStale(lock: string): Promise<boolean> {
  const [owner, info] = await Promise.all([readFile(lock, 'utf8').catch(() => null), stat(lock).catch(() => null)]);
  if (owner === null || info === null) return false; // released meanwhile: try again
  const [pid, host] = owner.trim().split('@');
  if (host === HOST && pid !== undefined && /^\d+$/u.test(pid)) return !isAlive(Number(pid));
  // Written but not yet named (its owner died between create and write), or another machine's.
  return Date.now() - info.mtimeMs > STALE_MS;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes a stale lock. Two processes may find it stale at once; the second must not remove the
 * fresh lock the first has taken meanwhile, so breaking is itself done under `<lock>.break`,
 * looking again once that is held.
 */
async function breakStale(lock: string): Promise<void> {
  const breaker = `${lock}.break`;
  try {
    const handle = await open(breaker, CREATE_EXCLUSIVE, 0o644);
    await handle.close();
  } catch {
    // Someone else is breaking it; a breaker that died leaves a file that ages out.
    const age = await stat(breaker).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > STALE_MS) await rm(breaker, { force: true });
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    return;
  }
  try {
    if (await isStale(lock)) await rm(lock, { force: true });
  } finally {
    await rm(breaker, { force: true });
  }
}
