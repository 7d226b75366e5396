import { StoreTimeoutError } from './errors.js';
import { emit, type AuthLimitEvents } from './events.js';
import { MemoryStore } from './memory-store.js';
import type { StoreErrorMode } from './options.js';
import { isPromise, type AuthLimitStore, type ConsumeResult, type CounterSpec, type MaybePromise } from './store.js';

/** Which store answered an attempt; the refund after a success goes to the same one. */
export type StoreRoute = 'primary' | 'fallback';

export type GuardedConsume =
  | { readonly kind: 'result'; readonly result: ConsumeResult; readonly route: StoreRoute }
  | { readonly kind: 'fail-open' }
  | { readonly kind: 'fail-closed' };

export interface GuardOptions {
  readonly timeoutMs: number;
  readonly mode: StoreErrorMode;
  readonly retryIntervalMs: number;
  readonly events: AuthLimitEvents;
}

/**
 * Settles with `onValue(result)`, or `onError(error)` on rejection or when
 * `ms` pass first (a late answer is then ignored). One promise, one timer.
 */
function deadline<T, R>(promise: Promise<T>, ms: number, onValue: (value: T) => R, onError: (error: unknown) => R): Promise<R> {
  return new Promise<R>((resolve) => {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      resolve(onError(new StoreTimeoutError(ms)));
    }, ms);
    promise.then(
      (value) => {
        if (done) return;
        clearTimeout(timer);
        resolve(onValue(value));
      },
      (error: unknown) => {
        if (done) return;
        clearTimeout(timer);
        resolve(onError(error));
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
  #skipUntil = 0;

  constructor(primary: AuthLimitStore, options: GuardOptions) {
    this.#primary = primary;
    this.#options = options;
    this.#fallback = options.mode === 'memory' && !(primary instanceof MemoryStore) ? new MemoryStore() : undefined;
  }

  consume(specs: readonly CounterSpec[]): MaybePromise<GuardedConsume> {
    if (Date.now() < this.#skipUntil) return this.#degraded(specs);
    let answer: MaybePromise<ConsumeResult>;
    try {
      answer = this.#primary.consume(specs);
    } catch (error) {
      this.#failed('consume', error);
      return this.#degraded(specs);
    }
    if (!isPromise(answer)) return { kind: 'result', result: answer, route: 'primary' };
    return deadline(
      answer,
      this.#options.timeoutMs,
      (result): GuardedConsume => ({ kind: 'result', result, route: 'primary' }),
      (error) => {
        this.#failed('consume', error);
        return this.#degraded(specs);
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
      return deadline(answer, this.#options.timeoutMs, () => undefined, (error) => this.#failed('settle', error));
    }
  }

  #degraded(specs: readonly CounterSpec[]): GuardedConsume {
    if (this.#fallback !== undefined) return { kind: 'result', result: this.#fallback.consume(specs), route: 'fallback' };
    return this.#options.mode === 'fail-open' ? { kind: 'fail-open' } : { kind: 'fail-closed' };
  }

  #failed(operation: 'consume' | 'settle', error: unknown): void {
    this.#skipUntil = Date.now() + this.#options.retryIntervalMs;
    emit(this.#options.events.onStoreError, {
      operation,
      mode: this.#options.mode,
      timedOut: error instanceof StoreTimeoutError,
      error,
    });
  }
}
