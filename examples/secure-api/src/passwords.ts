/**
 * Password storage and verification with scrypt (node:crypto).
 *
 * - Hashes are scrypt(NFKC(password), 16-byte random salt) → 32 bytes,
 *   compared with `timingSafeEqual`.
 * - Unknown usernames are verified against a dummy hash made at startup
 *   with the same parameters, so "no such user" costs the same scrypt run
 *   as "wrong password" (no user enumeration by timing).
 * - scrypt is memory-hard on purpose (128 MiB per hash at OWASP's
 *   parameters), so concurrent hashes are capped and a bounded queue
 *   answers 503 beyond it: a login flood cannot exhaust the server's memory.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ParapetError } from '@parapet/https';
import { normalizeAccount } from '@parapet/auth-limit';

/** scrypt cost parameters (RFC 7914). */
export interface ScryptParameters {
  /** CPU/memory cost, a power of two. */
  readonly N: number;
  /** Block size. */
  readonly r: number;
  /** Parallelisation. */
  readonly p: number;
}

/** A stored password hash. */
export interface PasswordHash {
  readonly salt: Buffer;
  readonly hash: Buffer;
  readonly params: ScryptParameters;
}

/** A user of the directory; `id` is an opaque id safe to log (never the e-mail). */
export interface User {
  readonly id: string;
  readonly username: string;
}

/** Too many password checks queued: 503 with Retry-After. */
export class PasswordCheckBusyError extends ParapetError {
  constructor() {
    super('Service busy, retry shortly', { code: 'ERR_PASSWORD_CHECK_BUSY', status: 503, expose: true, headers: { 'Retry-After': '1' } });
  }
}

const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, params: ScryptParameters): Promise<Buffer> {
  // maxmem must cover 128 * N * r * p bytes, or Node refuses the parameters.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 128 * params.N * params.r * params.p + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Hash a password with a fresh random salt. */
export async function hashPassword(password: string, params: ScryptParameters): Promise<PasswordHash> {
  const salt = randomBytes(16);
  return { salt, hash: await scrypt(password, salt, params), params };
}

/** Limits how many scrypt runs may be in flight and queued. */
class Gate {
  #active = 0;
  readonly #waiting: (() => void)[] = [];
  constructor(
    readonly maxActive: number,
    readonly maxQueued: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#active >= this.maxActive) {
      if (this.#waiting.length >= this.maxQueued) throw new PasswordCheckBusyError();
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#active++;
    }
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiter; otherwise it is released.
      if (next) next();
      else this.#active--;
    }
  }
}

/** Options of {@link UserDirectory.create}. */
export interface UserDirectoryOptions {
  readonly users: readonly { readonly id: string; readonly username: string; readonly password: string }[];
  readonly params: ScryptParameters;
  /** scrypt runs at once (libuv's thread pool has 4 threads by default). @default 4 */
  readonly maxConcurrent?: number;
  /** Checks waiting for a slot before 503. @default 32 */
  readonly maxQueued?: number;
}

/** An in-memory user directory with constant-work password verification. */
export class UserDirectory {
  readonly #users: ReadonlyMap<string, { user: User; password: PasswordHash }>;
  readonly #dummy: PasswordHash;
  readonly #gate: Gate;

  private constructor(users: Map<string, { user: User; password: PasswordHash }>, dummy: PasswordHash, gate: Gate) {
    this.#users = users;
    this.#dummy = dummy;
    this.#gate = gate;
  }

  /** Hash every password once at startup (the plain text is not kept). */
  static async create(options: UserDirectoryOptions): Promise<UserDirectory> {
    const users = new Map<string, { user: User; password: PasswordHash }>();
    for (const entry of options.users) {
      const username = normalizeAccount(entry.username);
      users.set(username, { user: { id: entry.id, username }, password: await hashPassword(entry.password, options.params) });
    }
    const dummy = await hashPassword(randomBytes(32).toString('base64url'), options.params);
    return new UserDirectory(users, dummy, new Gate(options.maxConcurrent ?? 4, options.maxQueued ?? 32));
  }

  /**
   * The user when `password` is theirs, else `undefined` — after the same
   * amount of scrypt work whether or not the user exists.
   */
  async verify(username: string, password: string): Promise<User | undefined> {
    const entry = this.#users.get(normalizeAccount(username));
    const stored = entry?.password ?? this.#dummy;
    const candidate = await this.#gate.run(() => scrypt(password, stored.salt, stored.params));
    const matches = timingSafeEqual(candidate, stored.hash);
    return matches && entry !== undefined ? entry.user : undefined;
  }
}
