import { DeviceRevocationError, StoreTimeoutError } from './errors.js';
import { MemoryStore } from './memory-store.js';
import type { StoreErrorMode } from './options.js';
import type { Reporter } from './report.js';
import { isPromise, type AuthLimitStore, type ConsumeResult, type CounterSpec, type MaybePromise } from './store.js';

/** Which store answered an attempt; the refund after a success goes to the same one. */
export type StoreRoute = 'primary' | 'fallback';

export type GuardedConsume =
  | { readonly kind: 'result'; readonly result: ConsumeResult; readonly route: StoreRoute }
  | { readonly kind: 'fail-open-dangerously' }
  | { readonly kind: 'fail-closed' };

interface GuardOptions {
  readonly timeoutMs: number;
  readonly mode: StoreErrorMode;
  readonly retryIntervalMs: number;
  readonly reporter: Reporter;
}

interface Pending {
  /** performance.now() value after which the call has timed out. */
  readonly at: number;
  /** Called on timeout; undefined once the call has settled either way. */
  expire: (() => void) | undefined;
  prev: Pending | undefined;
  next: Pending | undefined;
}

/**
 * Deadlines for store calls without a timer per call: every call gets the
 * same timeout, so deadlines arrive in insertion order and one timer, armed
 * for the oldest pending deadline, serves them all (a per-call setTimeout +
 * clearTimeout was a measurable share of an attempt's CPU). A call that
 * settles unlinks itself at once (doubly linked list, O(1)), so nothing of a
 * finished attempt outlives it to be promoted into the old generation.
 * Monotonic clock: a stepped or faked `Date` cannot stretch a deadline.
 */
class DeadlineQueue {
  readonly ms: number;
  #head: Pending | undefined;
  #tail: Pending | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(ms: number) {
    this.ms = ms;
  }

  add(expire: () => void): Pending {
    const entry: Pending = { at: performance.now() + this.ms, expire, prev: this.#tail, next: undefined };
    if (this.#tail === undefined) this.#head = entry;
    else this.#tail.next = entry;
    this.#tail = entry;
    if (this.#timer === undefined) this.#timer = setTimeout(this.#fire, this.ms);
    return entry;
  }

  /** The call settled before its deadline. The timer stays armed; when it fires it re-arms for the new oldest entry. */
  remove(entry: Pending): void {
    entry.expire = undefined;
    if (entry.prev === undefined) this.#head = entry.next;
    else entry.prev.next = entry.next;
    if (entry.next === undefined) this.#tail = entry.prev;
    else entry.next.prev = entry.prev;
    entry.prev = entry.next = undefined;
  }

  // The timer firing proves only that the deadline passed, not that the
  // store is late: after a synchronous stall (a long JSON.parse, a GC pause)
  // timers run before the poll phase reads a reply already waiting on the
  // socket. So expiry waits one more loop turn (setImmediate runs after the
  // poll phase): a timeout is declared only if the answer has still not been
  // read, and lag alone never switches everyone to the fallback.
  readonly #fire = (): void => {
    setImmediate(this.#expire);
  };

  readonly #expire = (): void => {
    this.#timer = undefined;
    const now = performance.now();
    let entry = this.#head;
    while (entry !== undefined && entry.at <= now) {
      const expire = entry.expire;
      const next = entry.next;
      this.remove(entry);
      expire?.();
      entry = next;
    }
    if (this.#head !== undefined) this.#timer = setTimeout(this.#fire, Math.max(1, Math.ceil(this.#head.at - now)));
  };
}

/**
 * Settles with `onValue(result)`, or `onError(error)` on rejection or when
 * the queue's deadline passes first (a late answer is then ignored).
 */
function deadline<T, R>(queue: DeadlineQueue, promise: Promise<T>, onValue: (value: T) => R, onError: (error: unknown) => R): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    // A throwing callback rejects the call instead of leaving it pending forever.
    const settle = (run: () => R) => {
      try {
        resolve(run());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const entry = queue.add(() => settle(() => onError(new StoreTimeoutError(queue.ms))));
    promise.then(
      (value) => {
        if (entry.expire === undefined) return; // timed out already: the late answer is ignored
        queue.remove(entry);
        settle(() => onValue(value));
      },
      (error: unknown) => {
        if (entry.expire === undefined) return;
        queue.remove(entry);
        settle(() => onError(error));
      },
    );
  });
}

/**
 * Puts a deadline on every store call and turns a failure into the
 * configured decision, so a dead or slow Redis costs at most `timeoutMs`
 * and never a 500. After a failure the primary is skipped for
 * `retryIntervalMs`, then tried again: limiting resumes on it by itself.
 */
export class GuardedStore {
  readonly #primary: AuthLimitStore;
  readonly #fallback: MemoryStore | undefined;
  readonly #options: GuardOptions;
  readonly #deadlines: DeadlineQueue;
  #skipUntil = 0;

  constructor(primary: AuthLimitStore, options: GuardOptions) {
    this.#primary = primary;
    this.#options = options;
    this.#deadlines = new DeadlineQueue(options.timeoutMs);
    this.#fallback = options.mode === 'memory' && !(primary instanceof MemoryStore) ? new MemoryStore() : undefined;
  }

  /**
   * Consumes on the primary (or the fallback) and hands the answer to
   * `finish`; returns its result, synchronously when the store is. Taking
   * `finish` here saves the caller a promise and a microtask per attempt.
   */
  consume<R>(specs: readonly CounterSpec[], finish: (answer: GuardedConsume) => R): MaybePromise<R> {
    if (Date.now() < this.#skipUntil) return finish(this.#degraded(specs));
    let answer: MaybePromise<ConsumeResult>;
    try {
      answer = this.#primary.consume(specs);
    } catch (error) {
      this.#failed('consume', error);
      return finish(this.#degraded(specs));
    }
    if (!isPromise(answer)) return finish({ kind: 'result', result: answer, route: 'primary' });
    return deadline(
      this.#deadlines,
      answer,
      (result) => finish({ kind: 'result', result, route: 'primary' }),
      (error) => {
        this.#failed('consume', error);
        return finish(this.#degraded(specs));
      },
    );
  }

  settle(route: StoreRoute, refund: readonly string[], reset: readonly string[]): MaybePromise<void> {
    if (route === 'fallback') {
      this.#fallback?.settle(refund, reset);
      return;
    }
    // A lost refund only leaves one extra failure counted: the safe side.
    let answer: MaybePromise<void>;
    try {
      answer = this.#primary.settle(refund, reset);
    } catch (error) {
      this.#failed('settle', error);
      return;
    }
    if (isPromise(answer)) {
      return deadline(this.#deadlines, answer, () => undefined, (error) => this.#failed('settle', error));
    }
  }

  /** Escalation: counts a strike on `route`'s store, then lengthens the block per `ttlFor(strikes)`. Never rejects. */
  escalate(route: StoreRoute, strike: CounterSpec, key: string, ttlFor: (strikes: number) => number): MaybePromise<void> {
    const store: AuthLimitStore | undefined = route === 'fallback' ? this.#fallback : this.#primary;
    if (store?.extend === undefined) return;
    const extend = store.extend.bind(store);
    const run = async (): Promise<void> => {
      const counted = await store.consume([strike]);
      const ttl = ttlFor(counted.counters[0]?.count ?? 0);
      if (ttl > 0) await extend(key, ttl);
    };
    // A lost escalation leaves the ordinary block in place: the safe side for the owner, logged.
    return deadline(this.#deadlines, run(), () => undefined, (error) => this.#failed('settle', error));
  }

  /**
   * Restarts `spec`'s window now (delete, then count once) on the primary
   * and on the fallback, so the mark holds whichever store answers during
   * an outage. Rejects when the primary fails: a revocation must not be
   * lost silently.
   */
  async revoke(spec: CounterSpec): Promise<void> {
    this.#fallback?.settle([], [spec.key]);
    this.#fallback?.consume([spec]);
    let result: ConsumeResult;
    try {
      await this.#primary.settle([], [spec.key]);
      result = await this.#primary.consume([spec]);
    } catch (error) {
      throw new DeviceRevocationError(error);
    }
    if (!result.allowed) throw new DeviceRevocationError();
  }

  #degraded(specs: readonly CounterSpec[]): GuardedConsume {
    if (this.#fallback !== undefined) return { kind: 'result', result: this.#fallback.consume(specs), route: 'fallback' };
    return this.#options.mode === 'fail-open-dangerously' ? { kind: 'fail-open-dangerously' } : { kind: 'fail-closed' };
  }

  #failed(operation: 'consume' | 'settle', error: unknown): void {
    this.#skipUntil = Date.now() + this.#options.retryIntervalMs;
    this.#options.reporter.storeFailure({
      operation,
      mode: this.#options.mode,
      timedOut: error instanceof StoreTimeoutError,
      error,
    });
  }
}
