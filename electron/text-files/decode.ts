import chardet from 'chardet';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

export class NotTextError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'NotTextError';
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) if (byte === 0 || (byte < 0x09 && byte !== 0x1b)) control++;
  return sample.length > 0 && control / sample.length > 0.01;
}

/**
 * Decodes a text file: UTF-8 (BOM or not) and UTF-16 with a BOM always; with `legacy`, also the
 * Windows-1256 of older Sorani files when the bytes are not UTF-8 and detection agrees.
 */
export function decodeText(bytes: Uint8Array, name: string, options: { legacy: boolean } = { legacy: false }): DecodedText {
  const [b0, b1, b2] = bytes;
  try {
    if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
    if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  } catch {
    throw new NotTextError(name, 'has a UTF-16 byte-order mark but is not valid UTF-16');
  }
  const start = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), encoding: 'utf-8' };
  } catch {
    // not UTF-8: maybe a legacy code page, maybe UTF-8 with damaged bytes
  }
  const utf8 = utf8Shape(bytes.subarray(start));
  if (utf8.valid >= 0.9 * (utf8.valid + utf8.invalid)) {
    // Windows-1256 text makes valid UTF-8 sequences only by chance; this is UTF-8 with a few bad bytes.
    throw new NotTextError(name, `is not valid UTF-8: ${utf8.invalid} damaged byte${utf8.invalid === 1 ? '' : 's'}, the first at byte ${utf8.firstInvalid + start} (a file cut short or damaged in copying?)`);
  }
  if (options.legacy && !looksBinary(bytes)) {
    const guesses = chardet.analyse(bytes).slice(0, 5).map((match) => match.name.toLowerCase());
    const arabic = guesses.some((guess) => guess === 'windows-1256' || guess === 'iso-8859-6');
    const highBytes = bytes.some((byte) => byte >= 0xc1 && byte <= 0xfe);
    if (arabic || highBytes) return { text: iconv.decode(Buffer.from(bytes), 'win1256'), encoding: 'windows-1256' };
  }
  throw new NotTextError(name, options.legacy
    ? 'is not text in UTF-8, UTF-16 or Windows-1256'
    : 'not valid UTF-8 or UTF-16 text (convert it to UTF-8 first)');
}

/**
 * How much of the text beyond ASCII is well-formed UTF-8: bytes in valid sequences, bytes that
 * are not, and where the first bad one is.
 */
function utf8Shape(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid += length;
      i += length;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}
