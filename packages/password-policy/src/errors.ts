/**
 * Errors of @parapet/password-policy. All extend ParapetError (stable `code`,
 * `status`, `expose`, `headers` that survive Koa's header wipe).
 */
import { ParapetError } from '@parapet/https/core';

/** Too many hash computations running and queued: answer 503 with Retry-After instead of piling up memory. */
export class PasswordHasherBusyError extends ParapetError {
  constructor(retryAfterSeconds: number) {
    super('Service busy, retry shortly', { code: 'ERR_PASSWORD_HASHER_BUSY', status: 503, expose: true, headers: { 'Retry-After': String(retryAfterSeconds) } });
  }
}

/** A stored hash that is not a PHC string this package can read (a data or migration problem, never the user's). */
export class InvalidPasswordHashError extends ParapetError {
  constructor(reason: string) {
    super('Stored password hash is not usable', { code: 'ERR_PASSWORD_HASH_INVALID', status: 500, expose: false });
    // Non-enumerable: the reason may describe stored data and must not reach a JSON log of the error by accident.
    Object.defineProperty(this, 'reason', { value: reason, enumerable: false });
  }
}

/** A stored hash whose algorithm or pepper is not available here (argon2 not installed, bcrypt not enabled, unknown pepper id). */
export class UnsupportedPasswordHashError extends ParapetError {
  constructor(reason: string) {
    super('Stored password hash needs an algorithm or key that is not configured', { code: 'ERR_PASSWORD_HASH_UNSUPPORTED', status: 500, expose: false });
    Object.defineProperty(this, 'reason', { value: reason, enumerable: false });
  }
}
