import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runningUrl } from '../electron/helpers/processes';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningHost {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataDir: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the real browser host (`bin/pird-web.mjs`) on a free port with its own data directory. */
export async function startHost(dataDir = mkdtempSync(join(tmpdir(), 'pird-e2e-'))): Promise<RunningHost> {
  const child = spawn(process.execPath, ['bin/pird-web.mjs', '--data-dir', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await runningUrl(child, 20_000);
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: /token=([0-9a-f]+)/.exec(parsed.hash)?.[1] ?? '',
    dataDir,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
