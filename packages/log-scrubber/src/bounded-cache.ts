/**
 * A bounded memo. Logs repeat the same user agents, paths, keys and client IPs thousands of
 * times, so caching their scrubbed form saves most of the scanning and HMAC work. When full it
 * starts over: a hit costs one Map lookup (no LRU bookkeeping on the hot path), and a flood of
 * distinct values can never grow memory past `capacity` entries.
 */
export class BoundedCache<V> {
  readonly #map = new Map<string, V>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get(key: string): V | undefined {
    return this.#map.get(key);
  }

  set(key: string, value: V): void {
    if (this.#capacity === 0) return;
    if (this.#map.size >= this.#capacity) this.#map.clear();
    this.#map.set(key, value);
  }
}
