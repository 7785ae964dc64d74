import { SpanInterner } from './span-interner';

/**
 * Values computed once per key and kept, forgotten all at once when `limit` keys are held: the
 * caches of word forms, keys and digests, which a long session would otherwise grow without end.
 */
export class BoundedCache<K, V> {
  private readonly values = new Map<K, V>();

  constructor(
    private readonly limit: number,
    private readonly compute: (key: K) => V,
  ) {}

  get(key: K): V {
    let value = this.values.get(key);
    if (value === undefined) {
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, (value = this.compute(key)));
    }
    return value;
  }
}

/**
 * `BoundedCache` for the words of a text, looked up by their span: no string is cut out for a word
 * met before (a 50,000-sentence document is a million words, and few thousand distinct ones).
 */
export class BoundedSpanCache<V> {
  private words = new SpanInterner();
  private values: V[] = [];

  constructor(
    private readonly limit: number,
    private readonly compute: (word: string) => V,
  ) {}

  get(text: string, start: number, end: number): V {
    if (this.words.words.length >= this.limit) {
      this.words = new SpanInterner();
      this.values = [];
    }
    const id = this.words.idOf(text, start, end);
    let value = this.values[id];
    if (value === undefined) this.values[id] = value = this.compute(this.words.words[id] ?? '');
    return value;
  }
}
