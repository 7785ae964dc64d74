import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';

/**
 * A file's text in pieces, decoded as it streams: UTF-8 (a BOM is skipped), or UTF-16 with a BOM.
 * Invalid UTF-8 is an error naming the file, not replacement characters.
 */
export async function* textChunks(path: string): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    if (!decoder) {
      const utf16le = bytes[0] === 0xff && bytes[1] === 0xfe;
      const utf16be = bytes[0] === 0xfe && bytes[1] === 0xff;
      decoder = new TextDecoder(utf16le ? 'utf-16le' : utf16be ? 'utf-16be' : 'utf-8', { fatal: true });
    }
    try {
      yield decoder.decode(bytes, { stream: true });
    } catch {
      throw new Error(`${path}: not valid UTF-8 or UTF-16 text (convert it to UTF-8 first)`);
    }
  }
  if (decoder) yield decoder.decode();
}
