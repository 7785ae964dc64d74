import { once } from 'node:events';
import { createDeflateRaw, crc32 } from 'node:zlib';

/** An entry of a test archive: its bytes given as chunks, so that a 1 GB entry is never in memory. */
export interface ZipEntry {
  readonly name: string;
  chunks(): Iterable<Uint8Array>;
  /** Write this size into the headers instead of the true one (a lying archive). */
  readonly declareSize?: number;
}

/** Deflates chunks as a stream: the output, the true size and the CRC-32. */
async function deflate(chunks: Iterable<Uint8Array>): Promise<{ data: Buffer; size: number; crc: number }> {
  const stream = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => out.push(chunk));
  let size = 0;
  let crc = 0;
  for (const chunk of chunks) {
    size += chunk.length;
    crc = crc32(chunk, crc);
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'end');
  return { data: Buffer.concat(out), size, crc };
}

/** A ZIP archive (deflated entries, a central directory) as a DOCX is, built for tests. */
export async function makeZip(entries: readonly ZipEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { data, size, crc } = await deflate(entry.chunks());
    const declared = entry.declareSize ?? size;
    const name = Buffer.from(entry.name, 'utf8');
    // The local header and the central directory's entry share their fields, 2 bytes apart.
    const fields = (buffer: Buffer, at: number): Buffer => {
      buffer.writeUInt16LE(8, at); // deflated
      buffer.writeUInt32LE(crc, at + 6);
      buffer.writeUInt32LE(data.length, at + 10);
      buffer.writeUInt32LE(declared, at + 14);
      buffer.writeUInt16LE(name.length, at + 18);
      return buffer;
    };
    const local = fields(Buffer.alloc(30), 8);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    const header = fields(Buffer.alloc(46), 10);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(header, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `size` bytes of one repeated piece, a megabyte at a time. */
export function* repeated(piece: string, size: number): Generator<Uint8Array> {
  const unit = Buffer.from(piece, 'utf8');
  const block = Buffer.alloc(1 << 20);
  for (let at = 0; at < block.length; at += unit.length) unit.copy(block, at);
  for (let left = size; left > 0; left -= block.length) yield left >= block.length ? block : block.subarray(0, left);
}

/** A minimal DOCX's parts around a given word/document.xml. */
export const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
export const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
