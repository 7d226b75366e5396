/**
 * Bounded LRU of verified amortised tokens, keyed on the SHA-256 of the token
 * (so the cache holds no bearer credential) and never answering past the
 * token's `exp`. A `Map` keeps insertion order: re-inserting on a hit makes the
 * first key the least recently used.
 */
export class VerifiedTokenCache<T> {
  readonly #entries = new Map<string, { value: T; expiresAtMs: number }>();
  readonly #maxEntries: number;
  /** The most recently used key: a hit on it is already in LRU position (a caller reusing its token hits it again and again). */
  #newest: string | undefined;

  constructor(maxEntries: number) {
    this.#maxEntries = maxEntries;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string, nowMs: number): T | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAtMs <= nowMs) {
      this.#entries.delete(key);
      if (this.#newest === key) this.#newest = undefined;
      return undefined;
    }
    if (this.#newest !== key) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      this.#newest = key;
    }
    return entry.value;
  }

  set(key: string, value: T, expiresAtMs: number): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, expiresAtMs });
    this.#newest = key;
  }
}
