import { ParapetError } from '@parapet/https/core';

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

/**
 * `account(ctx)` threw, or returned something that cannot name an account
 * (an array, an object, a boolean, a string longer than 1024 characters).
 * The attempt is counted against the client limits and the handler does not
 * run: an account the limiter cannot key must not reach the password check
 * (a JSON body `{"email": ["alice@example.com"]}` would otherwise skip the
 * per-account limits while a lenient handler still checks Alice's password).
 */
export class AuthLimitAccountError extends ParapetError {
  constructor(headers: Record<string, string>, cause?: unknown) {
    super('Invalid account.', { code: 'ERR_AUTH_LIMIT_ACCOUNT', status: 400, expose: true, headers, cause });
    this.name = 'AuthLimitAccountError';
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

/**
 * `revokeDeviceCookies()` could not record the revocation (the store failed,
 * timed out, or — a memory store full of live blocks — refused the mark).
 * The cookies are still valid: retry, or treat the password change as
 * incomplete. The store's own error, if any, is the `cause`.
 */
export class DeviceRevocationError extends Error {
  readonly code = 'ERR_AUTH_LIMIT_REVOCATION';

  constructor(cause?: unknown) {
    super('auth-limit could not record the device-cookie revocation', cause === undefined ? undefined : { cause });
    this.name = 'DeviceRevocationError';
  }
}
