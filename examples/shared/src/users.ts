/**
 * The example's user directory: in memory, passwords stored as PHC strings
 * by @parapet/password-policy's PasswordHasher (scrypt at OWASP's cost by
 * default, bounded concurrency answering 503 when flooded).
 *
 * - An unknown username is verified against the hasher's dummy hash, so
 *   "no such user" costs the same work as "wrong password" (no account
 *   enumeration by timing).
 * - A successful login whose stored hash uses older settings is rehashed
 *   with the current ones (needsRehash), the only moment the plain text is
 *   at hand.
 */
import { randomUUID } from 'node:crypto';
import { normalizeAccount } from '@parapet/auth-limit';
import type { PasswordHasher } from '@parapet/password-policy';

/** A user of the directory; `id` is an opaque id safe to log (never the e-mail). */
export interface User {
  readonly id: string;
  readonly username: string;
}

/** Options of {@link UserDirectory.create}. */
export interface UserDirectoryOptions {
  readonly users: readonly { readonly id: string; readonly username: string; readonly password: string }[];
  readonly hasher: PasswordHasher;
}

interface Entry {
  readonly user: User;
  passwordHash: string;
}

/** An in-memory user directory with constant-work password verification. */
export class UserDirectory {
  readonly #byName = new Map<string, Entry>();
  readonly #byId = new Map<string, Entry>();
  readonly #hasher: PasswordHasher;

  private constructor(hasher: PasswordHasher) {
    this.#hasher = hasher;
  }

  /** Hash every password once at startup (the plain text is not kept) and prepare the dummy hash. */
  static async create(options: UserDirectoryOptions): Promise<UserDirectory> {
    const directory = new UserDirectory(options.hasher);
    for (const entry of options.users) directory.#insert({ id: entry.id, username: normalizeAccount(entry.username) }, await options.hasher.hash(entry.password));
    await options.hasher.warmUp();
    return directory;
  }

  #insert(user: User, passwordHash: string): void {
    const entry = { user, passwordHash };
    this.#byName.set(user.username, entry);
    this.#byId.set(user.id, entry);
  }

  /** The user with this id. */
  byId(id: string): User | undefined {
    return this.#byId.get(id)?.user;
  }

  /** The stored PHC string of a user (for tests and migrations; never sent to clients). */
  storedHash(username: string): string | undefined {
    return this.#byName.get(normalizeAccount(username))?.passwordHash;
  }

  /**
   * The user when `password` is theirs, else `undefined` — after the same
   * amount of hashing work whether or not the user exists.
   */
  async verify(username: string, password: string): Promise<User | undefined> {
    const entry = this.#byName.get(normalizeAccount(username));
    if (entry === undefined) return this.#hasher.verifyAgainstDummy(password).then(() => undefined);
    if (!(await this.#hasher.verify(password, entry.passwordHash))) return undefined;
    if (this.#hasher.needsRehash(entry.passwordHash)) entry.passwordHash = await this.#hasher.hash(password);
    return entry.user;
  }

  /** Add a user; `undefined` when the name is taken. The password must have passed the policy. */
  async add(username: string, password: string): Promise<User | undefined> {
    const name = normalizeAccount(username);
    if (this.#byName.has(name)) return undefined;
    const passwordHash = await this.#hasher.hash(password);
    // Re-check after the await: two sign-ups for one name may race.
    if (this.#byName.has(name)) return undefined;
    const user = { id: `user-${randomUUID()}`, username: name };
    this.#insert(user, passwordHash);
    return user;
  }

  /** Replace a user's password after verifying the current one; false when it is wrong. */
  async changePassword(id: string, current: string, next: string): Promise<boolean> {
    const entry = this.#byId.get(id);
    if (entry === undefined || !(await this.#hasher.verify(current, entry.passwordHash))) return false;
    entry.passwordHash = await this.#hasher.hash(next);
    return true;
  }
}
