/**
 * Bounded concurrency and memory for hash computations. scrypt at OWASP's parameters
 * takes 128 MiB and tens of milliseconds per call on the libuv thread pool;
 * without a bound, a login flood queues unbounded work and memory there
 * (and starves DNS/fs work that shares the pool). Beyond `maxConcurrent`
 * calls wait in a FIFO queue; beyond `maxQueued` waiting, the call fails
 * at once with a 503 the client can retry.
 */
import { PasswordHasherBusyError } from '../../errors.js';

interface Waiter {
  readonly bytes: number;
  readonly admit: () => void;
}

/**
 * Admits a computation while fewer than `maxActive` run and the memory they
 * hold, with its own, stays within `maxMemory` bytes (one computation always
 * runs, however large: a budget below one hash serialises, never deadlocks).
 * scrypt's memory is allocated outside the JS heap, per call: four OWASP
 * scrypt calls at once hold 512 MiB of RSS, whatever the heap limit says.
 */
export class Gate {
  #active = 0;
  #bytes = 0;
  readonly #waiting: Waiter[] = [];

  constructor(
    readonly maxActive: number,
    readonly maxQueued: number,
    readonly retryAfterSeconds: number,
    readonly maxMemory: number = Number.POSITIVE_INFINITY,
    readonly maxWaitMs: number = Number.POSITIVE_INFINITY,
  ) {}

  /** Calls running plus waiting, and the memory the running ones hold (for metrics and tests). */
  get load(): { active: number; queued: number; memory: number } {
    return { active: this.#active, queued: this.#waiting.length, memory: this.#bytes };
  }

  #fits(bytes: number): boolean {
    return this.#active === 0 || (this.#active < this.maxActive && this.#bytes + bytes <= this.maxMemory);
  }

  #take(bytes: number): void {
    this.#active++;
    this.#bytes += bytes;
  }

  /** Waits for a slot; past `maxWaitMs` in the queue, leaves it with the busy error (an answer, not a request timeout). */
  #wait(bytes: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter = {
        bytes,
        admit: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      if (Number.isFinite(this.maxWaitMs)) {
        timer = setTimeout(() => {
          const at = this.#waiting.indexOf(waiter);
          if (at >= 0) this.#waiting.splice(at, 1);
          reject(new PasswordHasherBusyError(this.retryAfterSeconds));
        }, this.maxWaitMs);
        timer.unref();
      }
      this.#waiting.push(waiter);
    });
  }

  /** Runs `task`, which holds `bytes` of memory while it runs, when there is room for it. */
  async run<T>(task: () => Promise<T>, bytes = 0): Promise<T> {
    // FIFO: while anyone waits, a newcomer queues behind them even if it would fit.
    if (this.#waiting.length > 0 || !this.#fits(bytes)) {
      if (this.#waiting.length >= this.maxQueued) throw new PasswordHasherBusyError(this.retryAfterSeconds);
      await this.#wait(bytes);
    } else {
      this.#take(bytes);
    }
    try {
      return await task();
    } finally {
      this.#active--;
      this.#bytes -= bytes;
      while (this.#waiting.length > 0 && this.#fits(this.#waiting[0]!.bytes)) {
        const next = this.#waiting.shift()!;
        this.#take(next.bytes);
        next.admit();
      }
    }
  }
}
