import { createHmac, randomBytes } from 'node:crypto';
import { ipPrefix } from '@parapet/https/core';

/** Minimum `secret` length: a 256-bit HMAC key. */
const MIN_SECRET_BYTES = 32;

/** Longest account string (UTF-16 code units) accepted; longer ones are refused with 400. */
const MAX_ACCOUNT_LENGTH = 1024;

/**
 * Usernames and e-mails are compared the way people type them: surrounding
 * spaces, Unicode compatibility forms (full-width letters, ligatures) and case
 * do not make a new account key, so an attacker cannot reset the account
 * counter by writing `Alice` or `ａｌｉｃｅ`. Trimming comes last because NFKC
 * can turn a character into a space (U+00A8 DIAERESIS becomes space +
 * combining diaeresis); in this order the function is idempotent.
 */
export function normalizeAccount(account: string): string {
  return account.normalize('NFKC').toLowerCase().trim();
}

/**
 * What `account(ctx)` returned, as text: `undefined` when it names no account
 * (undefined or null), `null` when it cannot name one (an array, object or
 * boolean, or a string over {@link MAX_ACCOUNT_LENGTH}). Finite numbers and
 * bigints become their decimal string, as a handler comparing `String(id)`
 * would see them, so `{"user": 42}` and `{"user": "42"}` share one counter.
 */
export function accountText(value: unknown): string | undefined | null {
  if (typeof value === 'string') return value.length <= MAX_ACCOUNT_LENGTH ? value : null;
  if (value === undefined || value === null) return undefined;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') return String(value);
  return null;
}

/**
 * Pseudonymises identifiers with HMAC-SHA-256 under the deployment's secret:
 * store keys and events never hold a raw username or IP, and without the
 * secret nobody can test a guessed e-mail against the Redis keyspace.
 * Output: 128 bits in base64url (22 characters).
 */
export class KeyHasher {
  readonly #secret: Buffer;
  // Memo of recent pseudonyms: the same users and networks retry, and two
  // HMACs are most of an attempt's CPU. Bounded by entry count and input
  // length; a flood of distinct values only clears it (never grows it).
  readonly #memo = new Map<string, string>();

  constructor(secret: Buffer) {
    this.#secret = secret;
  }

  /** Like {@link hash}, memoised for inputs up to 256 characters (at most 8192 entries). */
  pseudonym(domain: string, value: string): string {
    if (value.length > 256) return this.hash(domain, value);
    const memoKey = `${domain}\0${value}`;
    let id = this.#memo.get(memoKey);
    if (id === undefined) {
      id = this.hash(domain, value);
      if (this.#memo.size >= 8192) this.#memo.clear();
      this.#memo.set(memoKey, id);
    }
    return id;
  }

  hash(domain: string, value: string): string {
    // Length-prefixed domain: no (domain, value) pair can collide with another.
    return createHmac('sha256', this.#secret)
      .update(`${domain.length}:${domain}:`)
      .update(value)
      .digest()
      .subarray(0, 16)
      .toString('base64url');
  }

  /** A sub-key for another purpose (device cookies), so one secret never signs two kinds of data. */
  derive(purpose: string): Buffer {
    return createHmac('sha256', this.#secret).update('parapet-auth-limit/').update(purpose).digest();
  }
}

/**
 * The client a counter belongs to: the address's network (IPv4 /32 and
 * IPv6 /56 by default, since one IPv6 customer usually holds a whole /56 and
 * could otherwise rotate through 2^72 addresses). IPv4-mapped IPv6 counts as
 * IPv4. An address that does not parse shares one `unknown` client.
 */
export function clientNetwork(ip: string | undefined, v4Bits: number, v6Bits: number): string {
  if (typeof ip !== 'string' || ip.length === 0 || ip.length > 100) return 'unknown';
  return ipPrefix(ip, v4Bits, v6Bits) ?? 'unknown';
}

/**
 * Copies `secret` to bytes, or throws a TypeError naming the option. Strings
 * are refused: whether one is hex, base64 or text is a guess that would
 * silently change the key.
 */
export function secretBytes(secret: unknown): Buffer {
  if (typeof secret === 'string') {
    throw new TypeError('authLimit: "secret" must be a Buffer/Uint8Array, not a string: decode it first, e.g. Buffer.from(hex, \'hex\')');
  }
  if (!(secret instanceof Uint8Array)) throw new TypeError('authLimit: "secret" is required (a Buffer/Uint8Array of at least 32 bytes)');
  const bytes = Buffer.from(secret);
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new TypeError(`authLimit: "secret" must be at least ${MIN_SECRET_BYTES} bytes (got ${bytes.length})`);
  }
  return bytes;
}

/**
 * A random `secret` for development and tests. Warns: counters keyed with
 * it reset at every restart and differ between instances, so production must
 * load one fixed secret from its secret store.
 */
export function devSecret(): Buffer {
  process.emitWarning(
    'authLimit: using a random development secret; set a fixed secret (>= 32 bytes) shared by all instances in production',
    { code: 'PARAPET_AUTH_LIMIT_DEV_SECRET' },
  );
  return randomBytes(32);
}
