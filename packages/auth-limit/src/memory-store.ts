import type { AuthLimitStore, ConsumeResult, CounterSpec, CounterState } from './store.js';

/** Options of {@link MemoryStore}. */
export interface MemoryStoreOptions {
  /**
   * Hard bound on the number of counters held. A flood of distinct keys
   * (rotating IPs, random usernames) evicts from the least-recently-used end
   * counters that have expired or are not blocking; it never evicts a live
   * block. When the entries probed are all live blocks, the new key is
   * answered as blocked (fail-closed) rather than growing past the bound.
   * @default 100000
   */
  maxKeys?: number;
}

interface Entry {
  readonly key: string;
  count: number;
  resetAt: number;
  limit: number;
  // Intrusive doubly linked list in least-recently-used order: touching and
  // evicting are O(1) and never walk over deleted Map slots.
  prev: Entry | undefined;
  next: Entry | undefined;
}

/** How many least-recently-used entries one insertion may inspect to make room. */
const EVICTION_PROBES = 32;
const MEMORY_STORE_OPTIONS = new Set(['maxKeys']);

/**
 * In-process fixed-window counters, bounded by `maxKeys`. Each call is one
 * synchronous step, so it is atomic within the process. Not shared between
 * processes: use {@link RedisStore} when more than one instance serves the
 * login route.
 *
 * @example
 * authLimit({ keySecret, account: (ctx) => ctx.request.body?.email, store: new MemoryStore({ maxKeys: 50_000 }) })
 */
export class MemoryStore implements AuthLimitStore {
  readonly maxKeys: number;
  readonly #entries = new Map<string, Entry>();
  #oldest: Entry | undefined;
  #newest: Entry | undefined;

  constructor(options: MemoryStoreOptions = {}) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('MemoryStore: options must be an object');
    }
    for (const key of Object.keys(options)) {
      if (!MEMORY_STORE_OPTIONS.has(key)) throw new TypeError(`MemoryStore: unknown option "${key}"`);
    }
    const maxKeys = options.maxKeys ?? 100_000;
    if (!Number.isSafeInteger(maxKeys) || maxKeys < 16) {
      throw new TypeError('MemoryStore: "maxKeys" must be an integer >= 16');
    }
    this.maxKeys = maxKeys;
  }

  /** Number of counters currently held (never more than `maxKeys`). */
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
      if (entry === undefined) {
        entry = { key: spec.key, count: 0, resetAt: now + spec.windowMs, limit: spec.limit, prev: undefined, next: undefined };
        this.#entries.set(spec.key, entry);
      } else {
        this.#unlink(entry);
      }
      this.#append(entry);
      entry.count++;
      entry.limit = spec.limit;
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
      else if (entry.count > 0) entry.count--;
    }
    for (const key of reset) {
      const entry = this.#entries.get(key);
      if (entry !== undefined) this.#remove(entry);
    }
  }

  /** Removes every counter. */
  clear(): void {
    this.#entries.clear();
    this.#oldest = this.#newest = undefined;
  }

  /**
   * Frees `needed` slots. Returns `true`, or the milliseconds until the
   * soonest probed block expires when only live blocks were found.
   */
  #makeRoom(needed: number, protect: readonly (Entry | undefined)[], now: number): true | number {
    let free = this.maxKeys - this.#entries.size;
    let soonest = Number.POSITIVE_INFINITY;
    while (free < needed) {
      let entry = this.#oldest;
      let victim: Entry | undefined;
      const rotate: Entry[] = [];
      for (let probes = 0; entry !== undefined && probes < EVICTION_PROBES; probes++, entry = entry.next) {
        if (protect.includes(entry)) continue;
        // Least recently used first; an expired counter or one that blocks
        // nobody may go, a live block never does.
        if (entry.resetAt <= now || entry.count < entry.limit) {
          victim = entry;
          break;
        }
        soonest = Math.min(soonest, entry.resetAt - now);
        rotate.push(entry);
      }
      // Live blocks move to the most-recently-used end so the next probe
      // sees other entries instead of the same blocks again.
      for (const block of rotate) {
        this.#unlink(block);
        this.#append(block);
      }
      if (victim === undefined) return Number.isFinite(soonest) ? Math.max(1, soonest) : 1000;
      this.#remove(victim);
      free++;
    }
    return true;
  }

  #remove(entry: Entry): void {
    this.#entries.delete(entry.key);
    this.#unlink(entry);
  }

  #unlink(entry: Entry): void {
    if (entry.prev === undefined) this.#oldest = entry.next;
    else entry.prev.next = entry.next;
    if (entry.next === undefined) this.#newest = entry.prev;
    else entry.next.prev = entry.prev;
    entry.prev = entry.next = undefined;
  }

  #append(entry: Entry): void {
    entry.prev = this.#newest;
    entry.next = undefined;
    if (this.#newest === undefined) this.#oldest = entry;
    else this.#newest.next = entry;
    this.#newest = entry;
  }
}

function stateOf(entry: Entry | undefined, now: number): CounterState {
  return entry === undefined ? { count: 0, resetMs: 0 } : { count: entry.count, resetMs: entry.resetAt - now };
}
