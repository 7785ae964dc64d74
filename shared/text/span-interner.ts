/**
 * Numbers the distinct words of a text by their spans (`text[start, end)`) without cutting each
 * occurrence out: a document of 50,000 sentences has a million word occurrences and a few
 * thousand distinct words, and a string per occurrence was most of what the collector had to do.
 * Open addressing over the span's UTF-16 codes; each distinct word is cut out once, kept in `words`.
 */
export class SpanInterner {
  readonly words: string[] = [];
  private hashes = new Int32Array(1024);
  private ids = new Int32Array(1024);

  /** The number of the word at `text[start, end)`, a new one if it was not met before. */
  idOf(text: string, start: number, end: number): number {
    // FNV-1a over the codes, never 0 (0 marks an empty slot).
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    if (hash === 0) hash = 1;
    const mask = this.hashes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.hashes[slot];
      if (held === 0) return this.add(slot, hash, text.slice(start, end));
      if (held === hash) {
        const id = this.ids[slot] ?? 0;
        if (sameCodes(this.words[id] ?? '', text, start, end)) return id;
      }
    }
  }

  private add(slot: number, hash: number, word: string): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes[slot] = hash;
    this.ids[slot] = id;
    // At most half full, so that probes stay short.
    if (this.words.length * 2 > this.hashes.length) this.grow();
    return id;
  }

  private grow(): void {
    const hashes = this.hashes;
    const ids = this.ids;
    this.hashes = new Int32Array(hashes.length * 2);
    this.ids = new Int32Array(hashes.length * 2);
    const mask = this.hashes.length - 1;
    for (let old = 0; old < hashes.length; old++) {
      const hash = hashes[old] ?? 0;
      if (hash === 0) continue;
      let slot = hash & mask;
      while (this.hashes[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = hash;
      this.ids[slot] = ids[old] ?? 0;
    }
  }
}

function sameCodes(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
