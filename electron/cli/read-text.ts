import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { decodeText } from '../text-files/decode';
import { CliError } from './cli-error';

async function readAllStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function decodeForCli(bytes: Uint8Array, name: string): string {
  try {
    return decodeText(bytes, name).text;
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

function unreadable(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
  return new CliError(`${path}: ${reason}`);
}

/** Reads a file's bytes, or fails with its path and why. */
export async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** Fails, with the path and why, unless the file can be read (before streaming it). */
export async function ensureReadable(path: string): Promise<void> {
  try {
    await access(path, constants.R_OK);
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** Reads a text file, or standard input for `-`. */
export async function readText(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  if (path === '-') return decodeForCli(await readAllStdin(stdin), 'standard input');
  return decodeForCli(await readBytes(path), path);
}
