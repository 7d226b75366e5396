/**
 * Bounded concurrency for hash computations. scrypt at OWASP's parameters
 * takes 128 MiB and tens of milliseconds per call on the libuv thread pool;
 * without a bound, a login flood queues unbounded work and memory there
 * (and starves DNS/fs work that shares the pool). Beyond `maxConcurrent`
 * calls wait in a FIFO queue; beyond `maxQueued` waiting, the call fails
 * at once with a 503 the client can retry.
 */
import { PasswordHasherBusyError } from '../../errors.js';

export class Gate {
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(
    readonly maxActive: number,
    readonly maxQueued: number,
    readonly retryAfterSeconds: number,
  ) {}

  /** Calls running plus waiting (for metrics and tests). */
  get load(): { active: number; queued: number } {
    return { active: this.#active, queued: this.#waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#active >= this.maxActive) {
      if (this.#waiting.length >= this.maxQueued) throw new PasswordHasherBusyError(this.retryAfterSeconds);
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#active++;
    }
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiter, so a newcomer cannot jump the queue.
      if (next) next();
      else this.#active--;
    }
  }
}
