/**
 * The storage contract behind {@link authLimit}. A store keeps one counter per
 * key inside a fixed window that starts at the key's first counted hit and
 * lasts `windowMs` (measured by the store's own clock: `Date.now()` for the
 * memory store, Redis `TIME`/`PEXPIRE` for Redis, so app servers' clocks never
 * matter). Stores answer with result objects; they reject only on transport
 * failure (Redis down), which the middleware turns into an `onStoreError`
 * decision.
 */

/** One layer of an attempt: a counter key and its limit. */
export interface CounterSpec {
  /** Store key (already hashed and prefixed by layer; never a raw username or IP). */
  readonly key: string;
  /** Attempts allowed per window; the attempt is refused when the count has reached it. */
  readonly limit: number;
  /** Window length in milliseconds, starting at the key's first counted attempt. */
  readonly windowMs: number;
  /**
   * Read only: the counter is reported but never created, incremented or
   * checked against `limit` (how the per-account device-cookie revocation
   * mark is read in the same step as the device counter).
   */
  readonly peek?: boolean;
}

/** State of one counter after {@link AuthLimitStore.consume}. */
export interface CounterState {
  /** Count after this call (including this attempt when it was allowed). */
  readonly count: number;
  /** Milliseconds until this counter's window ends (0 when it holds no count). */
  readonly resetMs: number;
}

/** Answer of {@link AuthLimitStore.consume}. */
export interface ConsumeResult {
  /**
   * `true`: no counter had reached its limit, and every counter was
   * incremented in the same atomic step. `false`: nothing was recorded.
   */
  readonly allowed: boolean;
  /** One state per requested counter, in request order. */
  readonly counters: readonly CounterState[];
}

/**
 * A counter store. Both operations are single atomic steps: one synchronous
 * step for {@link MemoryStore}, one Lua script (one round trip) for
 * {@link RedisStore}.
 */
export interface AuthLimitStore {
  /**
   * Checks every counter and, only if none has reached its limit, increments
   * all of them (check-and-record in one step, so N concurrent attempts let
   * exactly `limit` through).
   */
  consume(counters: readonly CounterSpec[]): ConsumeResult | Promise<ConsumeResult>;
  /**
   * After a successful attempt: decrements each `refund` key that still holds
   * a count (never below 0, never re-creating an expired key) and deletes each
   * `reset` key.
   */
  settle(refund: readonly string[], reset: readonly string[]): void | Promise<void>;
  /**
   * Escalation: makes an existing, unexpired key live at least `ttlMs` more
   * milliseconds (never shortens it, never creates it). Required unless
   * `escalation: false`.
   */
  extend?(key: string, ttlMs: number): void | Promise<void>;
}

/** A value, or a promise of it: synchronous stores skip the microtask hops. */
export type MaybePromise<T> = T | Promise<T>;

export function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | undefined)?.then === 'function';
}
