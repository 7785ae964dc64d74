/** Hands over a block of bytes; calls `written` once it is done with them (the block is then reused). */
export type BlockSink = (bytes: Buffer, written: () => void) => Promise<void> | undefined;

/** Waits for both, where there is anything to wait for. */
export const chain = (first: Promise<void> | undefined, second: Promise<void> | undefined): Promise<void> | undefined =>
  first && second ? first.then(() => second) : (first ?? second);

/**
 * Text encoded as UTF-8 straight into blocks of bytes, each handed to a sink when full: no buffer
 * per piece of text, no copy to join them, and blocks come back for reuse once written (fresh
 * memory costs a page fault every 4 KB, which a million-unit export feels).
 */
export class Utf8Blocks {
  private block: Buffer;
  private size = 0;
  private readonly spares: Buffer[] = [];

  constructor(private readonly sink: BlockSink, private readonly blockBytes = 1 << 20) {
    this.block = Buffer.allocUnsafe(blockBytes);
  }

  /** Answers with a promise only when the caller should wait (the sink is busy). */
  write(text: string): Promise<void> | undefined {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    const most = text.length * 3;
    const waiting = this.size + most > this.blockBytes ? this.flush() : undefined;
    if (most <= this.blockBytes) {
      this.size += this.block.write(text, this.size, 'utf8');
      return waiting;
    }
    return chain(waiting, this.sink(Buffer.from(text, 'utf8'), () => undefined));
  }

  /** Hands over what the current block holds. */
  flush(): Promise<void> | undefined {
    if (this.size === 0) return undefined;
    const full = this.block;
    const bytes = full.subarray(0, this.size);
    this.block = this.spares.pop() ?? Buffer.allocUnsafe(this.blockBytes);
    this.size = 0;
    return this.sink(bytes, () => this.spares.push(full));
  }
}
