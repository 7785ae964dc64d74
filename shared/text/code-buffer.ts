import { isWhitespace } from './chars';

/** A growable buffer of UTF-16 code units, each tagged with the source offset it came from. */
export class CodeBuffer {
  codes: Uint16Array;
  sources: Uint32Array;
  length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.codes = new Uint16Array(size);
    this.sources = new Uint32Array(size);
  }

  /** Empties the buffer for reuse, with room for at least `capacity` code units. */
  reset(capacity: number): this {
    this.length = 0;
    if (this.codes.length < capacity) {
      this.codes = new Uint16Array(capacity);
      this.sources = new Uint32Array(capacity);
    }
    return this;
  }

  /** Gives back the memory of a buffer grown by one huge text. */
  shrink(limit: number): void {
    if (this.codes.length > limit) {
      this.codes = new Uint16Array(16);
      this.sources = new Uint32Array(16);
      this.length = 0;
    }
  }

  push(code: number, source: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.sources[this.length] = source;
    this.length++;
  }

  /**
   * The code unit at `index`, or -1 past the end: the array is reused and longer than the text,
   * and what lies beyond `length` is left over from an earlier text.
   */
  at(index: number): number {
    return index >= 0 && index < this.length ? (this.codes[index] ?? -1) : -1;
  }

  /** The last code unit, or -1 when empty. */
  last(): number {
    return this.length === 0 ? -1 : (this.codes[this.length - 1] ?? -1);
  }

  replaceLast(code: number): void {
    if (this.length > 0) this.codes[this.length - 1] = code;
  }

  /**
   * The code units as a string; with `foldSpace`, every run of white space becomes one space and
   * none is left at either end (as `.replace(/\s+/g, ' ').trim()` would do, without the copies).
   */
  toText(foldSpace = false): string {
    if (foldSpace) this.foldWhiteSpace();
    const chunk = 8192;
    let out = '';
    for (let i = 0; i < this.length; i += chunk) {
      out += String.fromCharCode.apply(
        null,
        this.codes.subarray(i, Math.min(this.length, i + chunk)) as unknown as number[],
      );
    }
    return out;
  }

  /** Every run of white space becomes one space, and none is left at either end. */
  foldWhiteSpace(): void {
    let kept = 0;
    let pendingSpace = false;
    for (let i = 0; i < this.length; i++) {
      const code = this.codes[i] ?? 0;
      if (isWhitespace(code)) {
        pendingSpace = kept > 0;
        continue;
      }
      if (pendingSpace) {
        this.codes[kept] = 0x20;
        this.sources[kept++] = this.sources[i - 1] ?? 0;
        pendingSpace = false;
      }
      this.codes[kept] = code;
      this.sources[kept++] = this.sources[i] ?? 0;
    }
    this.length = kept;
  }

  /** The offset map: one entry per code unit plus a final entry for the end of the source. */
  toMap(sourceLength: number): Uint32Array {
    const map = new Uint32Array(this.length + 1);
    map.set(this.sources.subarray(0, this.length));
    map[this.length] = sourceLength;
    return map;
  }

  private grow(): void {
    const codes = new Uint16Array(this.codes.length * 2);
    codes.set(this.codes);
    const sources = new Uint32Array(this.sources.length * 2);
    sources.set(this.sources);
    this.codes = codes;
    this.sources = sources;
  }
}
