import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error';

async function readAllStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; anything else is refused. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const [b0, b1, b2] = bytes;
  try {
    if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    const start = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    throw new CliError(`${name}: not valid UTF-8 or UTF-16 text (convert it to UTF-8 first)`);
  }
}

/** Reads a text file, or standard input for `-`. */
export async function readText(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  if (path === '-') return decodeText(await readAllStdin(stdin), 'standard input');
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new CliError(`${path}: ${reason}`);
  }
  return decodeText(bytes, path);
}
