import { isWhitespace } from './chars';

/**
 * A 53-bit digest of a sequence of UTF-16 code units (two 32-bit multiplicative hashes, mixed at
 * the end): equal texts give equal digests, and two different keys share one with odds of about
 * one in 2^53, so sets of keys can be kept and compared as numbers.
 */
export class Digest {
  private high = 0x2f6b7a1d;
  private low = 0x5c1e9b37;

  add(code: number): void {
    this.high = Math.imul(this.high ^ code, 0x85ebca6b);
    this.low = Math.imul(this.low ^ code, 0xc2b2ae35);
  }

  value(): number {
    const high = Math.imul(this.high ^ (this.high >>> 15), 0x27d4eb2f) ^ Math.imul(this.low ^ (this.low >>> 13), 0x165667b1);
    const low = Math.imul(this.low ^ (this.low >>> 16), 0x9e3779b1) ^ Math.imul(high ^ (high >>> 13), 0x7feb352d);
    return (high >>> 0) * 0x200000 + (low >>> 11);
  }
}

export function digestOf(text: string): number {
  const digest = new Digest();
  for (let i = 0; i < text.length; i++) digest.add(text.charCodeAt(i));
  return digest.value();
}

/** A digest of text with its white space folded: each run is one space, none at either end. */
export class FoldedDigest extends Digest {
  private pendingSpace = false;
  private started = false;

  override add(code: number): void {
    if (isWhitespace(code)) {
      this.pendingSpace = this.started;
      return;
    }
    if (this.pendingSpace) super.add(0x20);
    this.pendingSpace = false;
    this.started = true;
    super.add(code);
  }
}
