/**
 * Coalesces writes per key: the last scheduled write of a key runs once the key has been quiet
 * for `delayMs`; flush() runs every pending write at once. Writes of one key never overlap.
 */
export class DebouncedWriter {
  private readonly pending = new Map<string, { timer: ReturnType<typeof setTimeout>; write: () => Promise<void> }>();
  private readonly running = new Map<string, Promise<void>>();
  private failures: unknown[] = [];

  constructor(private readonly delayMs: number) {}

  /** `delayMs` overrides the default wait, e.g. 0 for changes that should reach the disk at once. */
  schedule(key: string, write: () => Promise<void>, delayMs = this.delayMs): void {
    const existing = this.pending.get(key);
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => {
      void this.run(key);
    }, delayMs);
    this.pending.set(key, { timer, write });
  }

  async flush(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((key) => this.run(key)));
    await Promise.all(this.running.values());
    const failures = this.failures;
    this.failures = [];
    if (failures.length > 0) throw failures[0];
  }

  private async run(key: string): Promise<void> {
    const job = this.pending.get(key);
    if (!job) return;
    clearTimeout(job.timer);
    this.pending.delete(key);
    const before = this.running.get(key) ?? Promise.resolve();
    const next = before.then(job.write).catch((error: unknown) => {
      this.failures.push(error);
    });
    this.running.set(key, next);
    await next;
    if (this.running.get(key) === next) this.running.delete(key);
  }
}
