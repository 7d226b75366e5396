import { ParapetError } from '@parapet/https';

/**
 * Thrown (with `respond: 'throw'`) when an attempt is refused. Carries
 * `Retry-After`, `RateLimit-Policy` and `RateLimit` in `headers`, which
 * Koa's `ctx.onerror` re-applies after wiping the response headers.
 */
export class AuthLimitExceededError extends ParapetError {
  /** Seconds until the attempt may be retried (same as `Retry-After`). */
  readonly retryAfter: number;

  constructor(retryAfter: number, headers: Record<string, string>) {
    super('Too many attempts. Try again later.', { code: 'ERR_AUTH_LIMITED', status: 429, expose: true, headers });
    this.name = 'AuthLimitExceededError';
    this.retryAfter = retryAfter;
  }
}

/** A store operation took longer than `storeTimeout`. */
export class StoreTimeoutError extends Error {
  readonly code = 'ERR_AUTH_LIMIT_STORE_TIMEOUT';

  constructor(timeoutMs: number) {
    super(`auth-limit store did not answer within ${timeoutMs} ms`);
    this.name = 'StoreTimeoutError';
  }
}
