// A bounded in-process cache: least recently used entries leave first, and entries may expire after a
// time to live. Used on the hot request path (API keys, survey versions) to save a database round trip.

export interface LruCacheOptions {
  /** Most entries kept; the least recently used one leaves when a new one would exceed it. */
  max: number;
  /** Entries older than this are not returned; omit for entries that never go stale (immutable data). */
  ttlMs?: number;
  /**
   * Monotonic milliseconds. A TTL bounds how stale a copy may be in real time, so it runs on
   * performance.now, not on the application clock that tests freeze; tests inject their own.
   */
  now?: () => number;
}

interface Entry<V> {
  value: V;
  storedAt: number;
}

export class LruCache<K, V> {
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recently used entry first.
  private readonly entries = new Map<K, Entry<V>>();
  private readonly max: number;
  private readonly ttlMs: number;
  private readonly now: () => number;
  /** Bumped by every removal, so a load that started before it does not store what it read. */
  private generation = 0;

  constructor(options: LruCacheOptions) {
    if (!(options.max >= 1)) throw new Error("an LRU cache holds at least one entry");
    this.max = options.max;
    this.ttlMs = options.ttlMs ?? Number.POSITIVE_INFINITY;
    this.now = options.now ?? (() => performance.now());
  }

  get size() {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() - entry.storedAt >= this.ttlMs) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V) {
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: this.now() });
    if (this.entries.size > this.max) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  /**
   * The cached value, or the loaded one, stored unless it is undefined (misses are not cached: what is
   * missing now may exist in a moment) or an entry was removed while it loaded (it may be what was removed).
   */
  async getOrLoad(key: K, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const generation = this.generation;
    const value = await load();
    if (value !== undefined && generation === this.generation) this.set(key, value);
    return value;
  }

  delete(key: K) {
    this.generation += 1;
    this.entries.delete(key);
  }

  /** Removes every entry that matches, e.g. all cached copies of one revoked key. */
  deleteWhere(matches: (value: V, key: K) => boolean) {
    this.generation += 1;
    for (const [key, entry] of this.entries) if (matches(entry.value, key)) this.entries.delete(key);
  }
}
