
/**
 * Remembers which (`iss`, `jti`) pairs were already used until they expire.
 * Keyed on the issuer and `jti`, never on the token string: ECDSA signatures are
 * malleable (high-S) and jose accepts them, so one token has several spellings.
 */
export interface ReplayStore {
  /**
   * Records `key` until `expiresAt` (ms since epoch). Resolves `true` if this is
   * its first use, `false` if it was already recorded (a replay). Rejects when
   * the store cannot answer; the middleware then fails closed by default.
   */
  claim(key: string, expiresAt: number): Promise<boolean>;
  /**
   * Since when (ms since epoch) the store remembers claims, for a store whose memory
   * does not survive a restart. mutualAuth() refuses tokens issued before this
   * instant (minus the clock tolerance): their first use may be forgotten.
   * Leave undefined for a store that persists (Redis).
   */
  readonly remembersSince?: number;
}

/**
 * Unambiguous store key: audience and issuer are length-prefixed so no (aud, iss, jti)
 * triple collides with another. The audience keeps two services sharing one store apart:
 * a jti used at `orders` says nothing about `invoices`.
 */
export function replayKey(audience: string, iss: string, jti: string): string {
  return `${audience.length}:${audience}:${iss.length}:${iss}:${jti}`;
}

/** Thrown (as a rejection) by {@link MemoryReplayStore} when it is full of live entries. */
export class ReplayStoreFullError extends Error {
  constructor(maxEntries: number) {
    super(`replay store is full: ${maxEntries} unexpired jti values`);
    this.name = 'ReplayStoreFullError';
  }
}

/** Options of {@link MemoryReplayStore}. */
export interface MemoryReplayStoreOptions {
  /**
   * Most `jti` values remembered at once. Size it for your peak authenticated
   * request rate times the longest token lifetime (300 s + 5 s tolerance):
   * 100 000 covers ~330 req/s.
   * @default 100000
   */
  maxEntries?: number;
  /** Clock, for tests. @default Date.now */
  now?: () => number;
}

/**
 * In-process replay store for a single instance. It never evicts an entry
 * before its `exp`: evicting live entries would reopen their replay window, so
 * when it is full of live entries it refuses new ones (the request gets a 503,
 * fail closed). Only tokens whose signature verified reach the store, so filling
 * it takes a trusted caller's key. Use {@link RedisReplayStore} with several instances.
 */
export class MemoryReplayStore implements ReplayStore {
  readonly #entries = new Map<string, number>();
  readonly #maxEntries: number;
  readonly #now: () => number;
  #lastSweep = 0;

  constructor(options: MemoryReplayStoreOptions = {}) {
    for (const key of Object.keys(options)) {
      if (key !== 'maxEntries' && key !== 'now') throw new TypeError(`MemoryReplayStore: unknown option "${key}"`);
    }
    const maxEntries = options.maxEntries ?? 100_000;
    if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) throw new TypeError('MemoryReplayStore: "maxEntries" must be a positive integer');
    this.#maxEntries = maxEntries;
    this.#now = options.now ?? Date.now;
    this.remembersSince = this.#now();
  }

  /** When this store was created: it knows nothing used before (a restart forgets every jti). */
  readonly remembersSince: number;

  /** Number of entries held (expired ones included until the next sweep). */
  get size(): number {
    return this.#entries.size;
  }

  claim(key: string, expiresAt: number): Promise<boolean> {
    try {
      return Promise.resolve(this.claimNow(key, expiresAt));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /**
   * Synchronous {@link claim}: `true` on first use, `false` on a replay; throws
   * {@link ReplayStoreFullError} when full of live entries. mutualAuth() calls
   * this directly, skipping the promise and the store timeout a memory lookup
   * does not need.
   */
  claimNow(key: string, expiresAt: number): boolean {
    const now = this.#now();
    const existing = this.#entries.get(key);
    if (existing !== undefined && existing > now) return false;
    if (existing === undefined && this.#entries.size >= this.#maxEntries) {
      // A full sweep is O(n); doing it at most once per second keeps a full store cheap.
      if (now - this.#lastSweep >= 1000) this.#sweep(now);
      if (this.#entries.size >= this.#maxEntries) throw new ReplayStoreFullError(this.#maxEntries);
    }
    this.#entries.set(key, expiresAt);
    return true;
  }

  #sweep(now: number): void {
    this.#lastSweep = now;
    for (const [key, expiresAt] of this.#entries) {
      if (expiresAt <= now) this.#entries.delete(key);
    }
  }
}

/**
 * The one ioredis call the store makes, typed structurally so ioredis stays an
 * optional peer (TypeScript users without it need no `skipLibCheck`); an
 * ioredis `Redis` (single server or Sentinel) or `Cluster` instance fits. A
 * claim is one single-key command, so on a Cluster it never spans slots and
 * the keys spread over every master.
 */
export interface RedisSetClient {
  set(key: string, value: string, px: 'PX', milliseconds: number, nx: 'NX'): Promise<string | null>;
}

/** Options of {@link RedisReplayStore}. */
export interface RedisReplayStoreOptions {
  /**
   * An ioredis client. Recommended for fail-fast behaviour when Redis is down:
   * `new Redis({ enableOfflineQueue: false, maxRetriesPerRequest: 1 })`.
   */
  client: RedisSetClient;
  /**
   * Prefix of every key, so several services can share one Redis. No `{` or
   * `}`: a Redis Cluster hash tag in the prefix would put every claim of the
   * service on one master.
   * @default 'parapet:mutual-jwt:jti:'
   */
  prefix?: string;
  /** Clock used to turn `expiresAt` into a TTL. @default Date.now */
  now?: () => number;
}

/**
 * Replay store shared by every instance of a service: one atomic
 * `SET key 1 PX ttl NX` per request, so two instances racing on the same `jti`
 * cannot both win. Entries expire by themselves at the token's `exp`.
 */
export class RedisReplayStore implements ReplayStore {
  readonly #client: RedisSetClient;
  readonly #prefix: string;
  readonly #now: () => number;

  constructor(options: RedisReplayStoreOptions) {
    if (typeof options !== 'object' || options === null) throw new TypeError('RedisReplayStore: options { client } are required');
    for (const key of Object.keys(options)) {
      if (key !== 'client' && key !== 'prefix' && key !== 'now') throw new TypeError(`RedisReplayStore: unknown option "${key}"`);
    }
    if (typeof options.client?.set !== 'function') throw new TypeError('RedisReplayStore: "client" must be an ioredis client');
    const prefix = options.prefix ?? 'parapet:mutual-jwt:jti:';
    if (typeof prefix !== 'string') throw new TypeError('RedisReplayStore: "prefix" must be a string');
    if (prefix.includes('{') || prefix.includes('}')) {
      throw new TypeError('RedisReplayStore: "prefix" must not contain "{" or "}" (a Redis Cluster hash tag would put every key on one master)');
    }
    this.#client = options.client;
    this.#prefix = prefix;
    this.#now = options.now ?? Date.now;
  }

  async claim(key: string, expiresAt: number): Promise<boolean> {
    const ttl = Math.max(1, Math.ceil(expiresAt - this.#now()));
    const result = await this.#client.set(this.#prefix + key, '1', 'PX', ttl, 'NX');
    return result === 'OK';
  }
}
