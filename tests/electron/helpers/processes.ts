import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PIRD = fileURLToPath(new URL('../../../bin/pird.mjs', import.meta.url));
const API_HOST = fileURLToPath(new URL('./api-host.mjs', import.meta.url));

export interface ApiHost {
  readonly process: ChildProcess;
  /** Calls a method over HTTP: the status and the parsed body. */
  call(method: string, input: unknown): Promise<{ status: number; body: { result?: unknown; error?: { code: string; message: string } } }>;
  /** SIGTERM (the host flushes and exits); answers with its exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, as a crash or a power cut would end it. */
  kill(): Promise<void>;
}

/** The URL a starting host prints ("running at <url>"), or its output if it exits or stays silent first. */
export function runningUrl(child: ChildProcess, timeoutMs = 30_000): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at (\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)));
  });
}

/** Starts a Pird host process (service + HTTP, no renderer) on a data directory. */
export async function startApiHost(dataDir: string, env: Record<string, string> = {}): Promise<ApiHost> {
  const child = spawn(process.execPath, [API_HOST, dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await runningUrl(child);
  const parsed = new URL(url);
  const token = /token=([0-9a-f]+)/.exec(parsed.hash)?.[1] ?? '';
  return {
    process: child,
    async call(method, input) {
      const response = await fetch(`${parsed.origin}/api/${method}`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-pird-token': token }, body: JSON.stringify(input),
      });
      return { status: response.status, body: (await response.json()) as { result?: unknown; error?: { code: string; message: string } } };
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Runs `pird` as its own process; never throws, answers with the exit code and output. */
export function pirdProcess(dataDir: string, args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PIRD, '--data-dir', dataDir, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `pird` and waits for it: the exit code and output. */
export function pirdSync(dataDir: string, args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [PIRD, '--data-dir', dataDir, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
