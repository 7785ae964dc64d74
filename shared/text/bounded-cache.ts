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
