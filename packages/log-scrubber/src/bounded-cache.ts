/**
 * A bounded memo. Logs repeat the same user agents, paths, keys and client IPs thousands of
 * times, so caching their scrubbed form saves most of the scanning and HMAC work.
 *
 * Two generations of at most `capacity / 2` entries each: when the current one is full it becomes
 * the previous one (the older previous is dropped), and a hit in the previous generation moves the
 * entry forward. Values in use survive a flood of distinct ones (an approximate LRU), a hit costs
 * one Map lookup (no LRU bookkeeping on the hot path), and memory never grows past `capacity`.
 */
export class BoundedCache<V> {
  #current = new Map<string, V>();
  #previous = new Map<string, V>();
  readonly #limit: number;

  constructor(capacity: number) {
    this.#limit = Math.floor(capacity / 2);
  }

  /** Entries held (an entry moved forward may be counted in both generations). */
  get size(): number {
    return this.#current.size + this.#previous.size;
  }

  get(key: string): V | undefined {
    const value = this.#current.get(key);
    if (value !== undefined || this.#previous.size === 0) return value;
    const old = this.#previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.#limit === 0) return;
    if (this.#current.size >= this.#limit) {
      this.#previous = this.#current;
      this.#current = new Map();
    }
    this.#current.set(key, value);
  }
}
