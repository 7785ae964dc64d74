import { inflateRawSync } from 'node:zlib';

/** How much a DOCX may hold once inflated: far beyond any real document, far below a zip bomb. */
export interface ZipLimits {
  readonly maxEntries: number;
  /** Bytes one entry may inflate to. */
  readonly maxEntryBytes: number;
  /** Bytes all entries together may inflate to. */
  readonly maxTotalBytes: number;
  /** Inflated bytes per compressed byte, for entries over 1 MB inflated (Word's XML compresses about 10:1). */
  readonly maxRatio: number;
}

export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 100,
};

/** Over a limit: the archive is refused for what it would cost. */
export class ZipLimitError extends Error {
  override name = 'ZipLimitError';
}

/** Not a well-formed archive. */
export class ZipDamagedError extends Error {
  override name = 'ZipDamagedError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

/**
 * Checks a ZIP (a DOCX) before anything inflates it for real: the central directory's entry count
 * and declared sizes against the limits, then every entry inflated with its output capped at its
 * declared size, so a directory that lies about sizes is caught after at most that many bytes.
 * Throws `ZipLimitError` naming the entry and the limit; answers with the inflated total.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): number {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(data);
  const entries = data.readUInt16LE(end + 10);
  const directoryOffset = data.readUInt32LE(end + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw new ZipLimitError('is a ZIP64 archive, which no DOCX needs');
  if (entries > limits.maxEntries) throw new ZipLimitError(`holds ${entries} files (at most ${limits.maxEntries})`);
  let declaredTotal = 0;
  let at = directoryOffset;
  const found: Array<{ name: string; method: number; compressed: number; size: number; local: number }> = [];
  for (let i = 0; i < entries; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) throw new ZipDamagedError('has a damaged central directory');
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    const local = data.readUInt32LE(at + 42);
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (size > limits.maxEntryBytes) throw new ZipLimitError(`${name} inflates to ${mb(size)} (at most ${mb(limits.maxEntryBytes)})`);
    if (size > MB && size > limits.maxRatio * Math.max(compressed, 1)) {
      throw new ZipLimitError(`${name} inflates ${Math.round(size / Math.max(compressed, 1))} times (${mb(compressed)} to ${mb(size)}): a zip bomb, not a document`);
    }
    declaredTotal += size;
    if (declaredTotal > limits.maxTotalBytes) throw new ZipLimitError(`inflates to more than ${mb(limits.maxTotalBytes)} in all`);
    found.push({ name, method, compressed, size, local });
  }
  let inflatedTotal = 0;
  for (const entry of found) {
    if (entry.local + 30 > data.length || data.readUInt32LE(entry.local) !== LOCAL) throw new ZipDamagedError(`${entry.name}: damaged entry`);
    const start = entry.local + 30 + data.readUInt16LE(entry.local + 26) + data.readUInt16LE(entry.local + 28);
    const body = data.subarray(start, start + entry.compressed);
    let inflated: number;
    if (entry.method === 0) inflated = body.length;
    else if (entry.method === 8) {
      try {
        inflated = inflateRawSync(body, { maxOutputLength: Math.max(entry.size, 1) }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ZipLimitError(`${entry.name} inflates to more than the ${entry.size} bytes it declares`);
        }
        throw new ZipDamagedError(`${entry.name} cannot be inflated (${error instanceof Error ? error.message : String(error)})`);
      }
    } else throw new ZipLimitError(`${entry.name} is compressed with method ${entry.method}, which DOCX does not use`);
    if (inflated !== entry.size) throw new ZipLimitError(`${entry.name} inflates to ${inflated} bytes, not the ${entry.size} it declares`);
    inflatedTotal += inflated;
  }
  return inflatedTotal;
}

function findEndOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (data.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipDamagedError('is not a ZIP archive (no central directory)');
}

const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
