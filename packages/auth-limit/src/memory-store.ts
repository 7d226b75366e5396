import type { AuthLimitStore, ConsumeResult, CounterSpec, CounterState } from './store.js';

/** Options of {@link MemoryStore}. */
export interface MemoryStoreOptions {
  /**
   * Hard bound on the number of counters held. When a new counter needs
   * room, an expired counter goes first, then the least-loaded one
   * (count / limit, in eighths), oldest first; a live block never goes.
   * A flood of fresh keys (one attempt each) therefore evicts only other
   * one-attempt counters, never a counter two or more attempts into its
   * limit. When every counter is a live block, the new key is refused
   * (fail-closed) rather than growing past the bound.
   * @default 100000
   */
  maxEntries?: number;
}

interface Entry {
  readonly key: string;
  count: number;
  resetAt: number;
  limit: number;
  /** Index of the list the entry is on: its load band, {@link BLOCKED} when count >= limit. */
  level: number;
  // Intrusive doubly linked list per load band, oldest first: touching,
  // re-banding and evicting are O(1) and never walk over deleted Map slots.
  prev: Entry | undefined;
  next: Entry | undefined;
}

interface Band {
  head: Entry | undefined;
  tail: Entry | undefined;
}

/** Load bands below the limit (count / limit in eighths); band 8 holds blocks. */
const BANDS = 8;
const BLOCKED = BANDS;
/** How many blocks one insertion may inspect for an expired one when only blocks are left. */
const EVICTION_PROBES = 32;
const MEMORY_STORE_OPTIONS = new Set(['maxEntries']);

function levelOf(count: number, limit: number): number {
  return count >= limit ? BLOCKED : Math.floor((count * BANDS) / limit);
}

/**
 * In-process fixed-window counters, bounded by `maxEntries`. Each call is one
 * synchronous step, so it is atomic within the process. Not shared between
 * processes: use {@link RedisStore} when more than one instance serves the
 * login route.
 *
 * @example
 * authLimit({ secret, purpose: 'login', account: (ctx) => ctx.request.body?.email, store: new MemoryStore({ maxEntries: 50_000 }) })
 */
export class MemoryStore implements AuthLimitStore {
  readonly maxEntries: number;
  readonly #entries = new Map<string, Entry>();
  readonly #bands: Band[] = Array.from({ length: BANDS + 1 }, () => ({ head: undefined, tail: undefined }));

  constructor(options: MemoryStoreOptions = {}) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('MemoryStore: options must be an object');
    }
    for (const key of Object.keys(options)) {
      if (key === 'maxKeys') throw new TypeError('MemoryStore: "maxKeys" was renamed to "maxEntries"'); // retired name
      if (!MEMORY_STORE_OPTIONS.has(key)) throw new TypeError(`MemoryStore: unknown option "${key}"`);
    }
    const maxEntries = options.maxEntries ?? 100_000;
    if (!Number.isSafeInteger(maxEntries) || maxEntries < 16 || maxEntries > 2 ** 26) {
      throw new TypeError('MemoryStore: "maxEntries" must be an integer from 16 to 67108864');
    }
    this.maxEntries = maxEntries;
  }

  /** Number of counters currently held (never more than `maxEntries`). */
  get size(): number {
    return this.#entries.size;
  }

  consume(counters: readonly CounterSpec[]): ConsumeResult {
    const now = Date.now();
    const found: (Entry | undefined)[] = [];
    let blocked = false;
    let missing = 0;
    for (const spec of counters) {
      let entry = this.#entries.get(spec.key);
      if (entry !== undefined && entry.resetAt <= now) {
        this.#remove(entry);
        entry = undefined;
      }
      found.push(entry);
      if (spec.peek === true) continue;
      if (entry === undefined) missing++;
      else if (entry.count >= spec.limit) blocked = true;
    }
    if (blocked) return { allowed: false, counters: found.map((entry) => stateOf(entry, now)) };

    const room = this.#makeRoom(missing, found, now);
    if (room !== true) {
      // Full of live blocks: refuse rather than evict a block or grow.
      return {
        allowed: false,
        counters: counters.map((spec, i) => {
          const entry = found[i];
          return entry !== undefined ? stateOf(entry, now) : { count: spec.limit, resetMs: room };
        }),
      };
    }

    const states: CounterState[] = [];
    for (let i = 0; i < counters.length; i++) {
      const spec = counters[i]!;
      let entry = found[i];
      if (spec.peek === true) {
        states.push(stateOf(entry, now));
        continue;
      }
      if (entry === undefined) {
        entry = { key: spec.key, count: 0, resetAt: now + spec.windowMs, limit: spec.limit, level: 0, prev: undefined, next: undefined };
        this.#entries.set(spec.key, entry);
        this.#append(entry);
      }
      entry.count++;
      entry.limit = spec.limit;
      this.#touch(entry);
      states.push({ count: entry.count, resetMs: entry.resetAt - now });
    }
    return { allowed: true, counters: states };
  }

  settle(refund: readonly string[], reset: readonly string[]): void {
    const now = Date.now();
    for (const key of refund) {
      const entry = this.#entries.get(key);
      if (entry === undefined) continue;
      if (entry.resetAt <= now) this.#remove(entry);
      else if (entry.count > 0) {
        entry.count--;
        this.#touch(entry);
      }
    }
    for (const key of reset) {
      const entry = this.#entries.get(key);
      if (entry !== undefined) this.#remove(entry);
    }
  }

  extend(key: string, ttlMs: number): void {
    const now = Date.now();
    const entry = this.#entries.get(key);
    if (entry !== undefined && entry.resetAt > now) entry.resetAt = Math.max(entry.resetAt, now + ttlMs);
  }

  /** Removes every counter. */
  clear(): void {
    this.#entries.clear();
    for (const band of this.#bands) band.head = band.tail = undefined;
  }

  /**
   * Frees `needed` slots: expired counters first (the oldest of each band),
   * then the oldest counter of the least-loaded band below the limit. The
   * counters of the attempt being recorded are never chosen. Returns `true`,
   * or the milliseconds until the soonest probed block expires when only
   * live blocks are left.
   */
  #makeRoom(needed: number, protect: readonly (Entry | undefined)[], now: number): true | number {
    let free = this.maxEntries - this.#entries.size;
    while (free < needed) {
      const victim = this.#victim(protect, now);
      if (typeof victim === 'number') return victim;
      this.#remove(victim);
      free++;
    }
    return true;
  }

  #victim(protect: readonly (Entry | undefined)[], now: number): Entry | number {
    for (const band of this.#bands) {
      const oldest = band.head;
      if (oldest !== undefined && oldest.resetAt <= now && !protect.includes(oldest)) return oldest;
    }
    for (let level = 0; level < BLOCKED; level++) {
      for (let entry = this.#bands[level]!.head; entry !== undefined; entry = entry.next) {
        if (!protect.includes(entry)) return entry;
      }
    }
    // Only blocks: look for one that has expired, moving the live ones to the
    // newest end so the next probe sees others.
    let soonest = Number.POSITIVE_INFINITY;
    const blocks = this.#bands[BLOCKED]!;
    for (let probes = 0; probes < EVICTION_PROBES && blocks.head !== undefined; probes++) {
      const entry = blocks.head;
      if (entry.resetAt <= now && !protect.includes(entry)) return entry;
      soonest = Math.min(soonest, entry.resetAt - now);
      this.#unlink(entry);
      this.#append(entry);
    }
    return Number.isFinite(soonest) ? Math.max(1, soonest) : 1000;
  }

  /** Moves an entry to the newest end of the band its load now falls in. */
  #touch(entry: Entry): void {
    this.#unlink(entry);
    entry.level = levelOf(entry.count, entry.limit);
    this.#append(entry);
  }

  #remove(entry: Entry): void {
    this.#entries.delete(entry.key);
    this.#unlink(entry);
  }

  #unlink(entry: Entry): void {
    const band = this.#bands[entry.level]!;
    if (entry.prev === undefined) band.head = entry.next;
    else entry.prev.next = entry.next;
    if (entry.next === undefined) band.tail = entry.prev;
    else entry.next.prev = entry.prev;
    entry.prev = entry.next = undefined;
  }

  #append(entry: Entry): void {
    const band = this.#bands[entry.level]!;
    entry.prev = band.tail;
    entry.next = undefined;
    if (band.tail === undefined) band.head = entry;
    else band.tail.next = entry;
    band.tail = entry;
  }
}

function stateOf(entry: Entry | undefined, now: number): CounterState {
  return entry === undefined ? { count: 0, resetMs: 0 } : { count: entry.count, resetMs: entry.resetAt - now };
}
