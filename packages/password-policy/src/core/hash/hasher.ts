/**
 * Password hashing done once, right: PHC strings, scrypt (node:crypto) at
 * OWASP's parameters by default or argon2id when the `argon2` peer is
 * installed, an optional rotatable pepper, constant-time comparison, a
 * dummy verification for unknown users and bounded concurrency.
 *
 * Formats written:
 *   $scrypt$ln=17,r=8,p=1[,keyid=<pepper id>]$<salt>$<hash>
 *   $argon2id$v=19$m=19456,t=2,p=1[,keyid=<pepper id>]$<salt>$<hash>
 * (`keyid` is the parameter name the PHC spec gives argon2 for a secret's id.)
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { InvalidPasswordHashError, UnsupportedPasswordHashError } from '../../errors.js';
import { normalizePassword } from '../normalize.js';
import { loadArgon2, loadBcrypt, OWASP_ARGON2ID, OWASP_SCRYPT, runScrypt, scryptMemory, type Argon2Function, type Argon2Parameters, type BcryptCompare, type ScryptParameters } from './algorithms.js';
import { Gate } from './gate.js';
import { decodePhc, encodePhc, intParam, type PhcHash } from './phc.js';

/** A pepper: an HMAC key kept outside the database (env, KMS), named by a short id stored in each hash. */
export interface Pepper {
  /** 1–32 letters and digits, stored as `keyid` in the PHC string. */
  readonly id: string;
  /** At least 32 bytes of secret key material (decode hex/base64 first). */
  readonly secret: Uint8Array;
}

/** Options of {@link PasswordHasher}. */
export interface PasswordHasherOptions {
  /** Algorithm for new hashes; `argon2id` needs the optional peer `argon2`. @default 'scrypt' */
  readonly algorithm?: 'scrypt' | 'argon2id';
  /** scrypt cost for new hashes. @default OWASP: { N: 2 ** 17, r: 8, p: 1 } */
  readonly scrypt?: ScryptParameters;
  /** argon2id cost for new hashes. @default OWASP: { memoryCost: 19456, timeCost: 2, parallelism: 1 } */
  readonly argon2?: Argon2Parameters;
  /**
   * Cost below OWASP's minimum (tests, constrained devices). Without it such
   * parameters throw.
   * @default false
   */
  readonly allowWeakParametersDangerously?: boolean;
  /** Pepper for new hashes: the KDF input becomes HMAC-SHA256(key, password). @default undefined */
  readonly pepper?: Pepper;
  /** Retired peppers still accepted for verification (hashes under them report needsRehash). @default [] */
  readonly previousPeppers?: readonly Pepper[];
  /** Verify legacy bcrypt hashes ($2a$/$2b$/$2y$) for migration; needs the optional peer `bcryptjs`. @default false */
  readonly legacyBcrypt?: boolean;
  /** Hash computations at once (libuv's thread pool has 4 threads by default). @default 4 */
  readonly maxConcurrent?: number;
  /**
   * Bytes the running computations may hold at once (scrypt: 128·N·r·p;
   * argon2id: memoryCost KiB), allocated outside the JS heap for each call. Computations beyond it wait in the queue; one always runs
   * even if larger. The default runs one OWASP scrypt (128 MiB) or four
   * OWASP argon2id (19 MiB) at a time: raise it with the memory the process
   * may use, e.g. `512 * 2 ** 20` for four scrypt calls at once.
   * @default 134217728 + 2 MiB (one OWASP scrypt)
   */
  readonly maxMemory?: number;
  /** Computations waiting for a slot before {@link PasswordHasherBusyError} (503). @default 32 */
  readonly maxQueued?: number;
  /**
   * Milliseconds a computation may wait in the queue before it fails with
   * {@link PasswordHasherBusyError} (503): the client gets an answer well
   * before the server's request timeout cuts the connection.
   * @default 10000
   */
  readonly maxWait?: number;
  /** `Retry-After` of the busy error, in seconds (as `retryAfter` of `mutualAuth`). @default 1 */
  readonly retryAfter?: number;
}

const OPTION_KEYS = new Set(['algorithm', 'scrypt', 'argon2', 'allowWeakParametersDangerously', 'pepper', 'previousPeppers', 'legacyBcrypt', 'maxConcurrent', 'maxMemory', 'maxQueued', 'maxWait', 'retryAfter']);
const SALT_BYTES = 16;
const HASH_BYTES = 32;
const PEPPER_ID = /^[A-Za-z0-9]{1,32}$/;
/** One OWASP scrypt computation (128·2^17·8 bytes, plus its 2 MiB margin). */
const DEFAULT_MAX_MEMORY = 128 * 2 ** 17 * 8 + 2 * 1024 * 1024;
const MAX_MEMORY = 1024 ** 3; // a stored hash asking for more than 1 GiB is refused, not computed
const BCRYPT = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;

function intOption(name: string, value: unknown, min: number, max: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) throw new TypeError(`passwordHasher: "${name}" must be an integer from ${min} to ${max}`);
  return value as number;
}

function validateScrypt(params: ScryptParameters, weakOk: boolean): ScryptParameters {
  if (typeof params !== 'object' || params === null) throw new TypeError('passwordHasher: "scrypt" must be { N, r, p }');
  for (const key of Object.keys(params)) if (!['N', 'r', 'p'].includes(key)) throw new TypeError(`passwordHasher: unknown option "scrypt.${key}"`);
  const N = intOption('scrypt.N', params.N, 2, 2 ** 20);
  if ((N & (N - 1)) !== 0) throw new TypeError('passwordHasher: "scrypt.N" must be a power of two');
  const r = intOption('scrypt.r', params.r, 1, 32);
  const p = intOption('scrypt.p', params.p, 1, 16);
  if (scryptMemory({ N, r, p }) > MAX_MEMORY) throw new TypeError('passwordHasher: "scrypt" needs more than 1 GiB per hash');
  if (!weakOk && N * r * p < OWASP_SCRYPT.N * OWASP_SCRYPT.r) {
    throw new TypeError('passwordHasher: "scrypt" is below OWASP\'s minimum (N=2^17, r=8, p=1); set allowWeakParametersDangerously for tests');
  }
  return Object.freeze({ N, r, p });
}

function validateArgon2(params: Argon2Parameters, weakOk: boolean): Argon2Parameters {
  if (typeof params !== 'object' || params === null) throw new TypeError('passwordHasher: "argon2" must be { memoryCost, timeCost, parallelism }');
  for (const key of Object.keys(params)) if (!['memoryCost', 'timeCost', 'parallelism'].includes(key)) throw new TypeError(`passwordHasher: unknown option "argon2.${key}"`);
  const memoryCost = intOption('argon2.memoryCost', params.memoryCost, 8, MAX_MEMORY / 1024);
  const timeCost = intOption('argon2.timeCost', params.timeCost, 1, 32);
  const parallelism = intOption('argon2.parallelism', params.parallelism, 1, 16);
  // OWASP's equivalent settings run from m=7 MiB/t=5 to m=46 MiB/t=1: all have m*t >= 35840 KiB.
  if (!weakOk && (memoryCost < 7168 || memoryCost * timeCost < 35_840)) {
    throw new TypeError('passwordHasher: "argon2" is below OWASP\'s minimum (e.g. m=19456 KiB, t=2); set allowWeakParametersDangerously for tests');
  }
  return Object.freeze({ memoryCost, timeCost, parallelism });
}

function validatePepper(name: string, pepper: Pepper): Pepper {
  if (typeof pepper !== 'object' || pepper === null || typeof pepper.id !== 'string' || !PEPPER_ID.test(pepper.id)) {
    throw new TypeError(`passwordHasher: "${name}.id" must be 1-32 letters or digits`);
  }
  if ('key' in pepper) throw new TypeError(`passwordHasher: "${name}.key" was renamed to "${name}.secret"`); // retired name
  if (!(pepper.secret instanceof Uint8Array) || pepper.secret.byteLength < 32) {
    throw new TypeError(`passwordHasher: "${name}.secret" must be a Buffer/Uint8Array of at least 32 bytes`);
  }
  return { id: pepper.id, secret: Uint8Array.from(pepper.secret) };
}

type Computation = { algorithm: 'scrypt'; params: ScryptParameters } | { algorithm: 'argon2id'; params: Argon2Parameters };

/**
 * Hashes and verifies passwords. Build one per process (options are checked
 * here; the concurrency gate is per instance).
 *
 * @example
 * const hasher = new PasswordHasher();
 * const stored = await hasher.hash('correct horse battery staple');
 * if (await hasher.verify(input, stored) && hasher.needsRehash(stored)) stored = await hasher.hash(input);
 */
export class PasswordHasher {
  readonly #target: Computation;
  readonly #pepper: Pepper | undefined;
  readonly #peppers: ReadonlyMap<string, Pepper>;
  readonly #argon2: Argon2Function | undefined;
  readonly #bcrypt: BcryptCompare | undefined;
  readonly #gate: Gate;
  #dummy: Promise<string> | undefined;

  constructor(options: PasswordHasherOptions = {}) {
    if (typeof options !== 'object' || options === null) throw new TypeError('passwordHasher: options must be an object');
    for (const key of Object.keys(options)) {
      if (key === 'retryAfterSeconds') throw new TypeError('passwordHasher: "retryAfterSeconds" was renamed to "retryAfter"'); // retired name
      if (!OPTION_KEYS.has(key)) throw new TypeError(`passwordHasher: unknown option "${key}"`);
    }
    const weakOk = options.allowWeakParametersDangerously === true;
    const algorithm = options.algorithm ?? 'scrypt';
    if (algorithm !== 'scrypt' && algorithm !== 'argon2id') throw new TypeError('passwordHasher: "algorithm" must be \'scrypt\' or \'argon2id\'');
    const scrypt = validateScrypt(options.scrypt ?? OWASP_SCRYPT, weakOk);
    const argon2 = validateArgon2(options.argon2 ?? OWASP_ARGON2ID, weakOk);
    this.#target = algorithm === 'scrypt' ? { algorithm, params: scrypt } : { algorithm, params: argon2 };
    // argon2 is loaded when asked for, or opportunistically to verify argon2id hashes after a switch back to scrypt.
    this.#argon2 = algorithm === 'argon2id' ? loadArgon2('algorithm: \'argon2id\'') : tryLoadArgon2();
    this.#bcrypt = options.legacyBcrypt === true ? loadBcrypt() : undefined;
    this.#pepper = options.pepper === undefined ? undefined : validatePepper('pepper', options.pepper);
    const peppers = new Map<string, Pepper>();
    for (const [i, pepper] of (options.previousPeppers ?? []).entries()) {
      const valid = validatePepper(`previousPeppers[${i}]`, pepper);
      if (peppers.has(valid.id) || valid.id === this.#pepper?.id) throw new TypeError(`passwordHasher: pepper id "${valid.id}" is used twice`);
      peppers.set(valid.id, valid);
    }
    if (this.#pepper !== undefined) peppers.set(this.#pepper.id, this.#pepper);
    this.#peppers = peppers;
    const maxConcurrent = intOption('maxConcurrent', options.maxConcurrent ?? 4, 1, 1024);
    const maxQueued = intOption('maxQueued', options.maxQueued ?? 32, 0, 100_000);
    const maxMemory = intOption('maxMemory', options.maxMemory ?? DEFAULT_MAX_MEMORY, 1, Number.MAX_SAFE_INTEGER);
    this.#gate = new Gate(maxConcurrent, maxQueued, intOption('retryAfter', options.retryAfter ?? 1, 1, 3600), maxMemory, intOption('maxWait', options.maxWait ?? 10_000, 1, 3_600_000));
  }

  /** Hash computations running and waiting. */
  get load(): { active: number; queued: number } {
    return this.#gate.load;
  }

  /** A new PHC string for `password` (NFKC-normalised) with a fresh 16-byte salt. */
  async hash(password: string): Promise<string> {
    if (typeof password !== 'string') throw new TypeError('hashPassword: password must be a string');
    const salt = randomBytes(SALT_BYTES);
    const pepper = this.#pepper;
    const hash = await this.#compute(this.#target, this.#input(password, pepper), salt, HASH_BYTES);
    const keyid: [string, string][] = pepper === undefined ? [] : [['keyid', pepper.id]];
    if (this.#target.algorithm === 'scrypt') {
      const { N, r, p } = this.#target.params;
      return encodePhc('scrypt', undefined, [['ln', Math.log2(N)], ['r', r], ['p', p], ...keyid], salt, hash);
    }
    const { memoryCost, timeCost, parallelism } = this.#target.params;
    return encodePhc('argon2id', 19, [['m', memoryCost], ['t', timeCost], ['p', parallelism], ...keyid], salt, hash);
  }

  /**
   * Whether `password` matches `stored`, compared in constant time. Throws
   * {@link InvalidPasswordHashError} / {@link UnsupportedPasswordHashError}
   * for a hash it cannot use, and {@link PasswordHasherBusyError} when the
   * queue is full.
   */
  async verify(password: string, stored: string): Promise<boolean> {
    if (typeof password !== 'string') throw new TypeError('verifyPassword: password must be a string');
    if (typeof stored === 'string' && BCRYPT.test(stored)) {
      if (this.#bcrypt === undefined) throw new UnsupportedPasswordHashError('bcrypt hash but legacyBcrypt is off');
      const compare = this.#bcrypt;
      // Legacy hashes were made from the password as typed, without NFKC or pepper.
      return this.#gate.run(() => compare(password, stored));
    }
    const parsed = this.#parse(stored);
    const candidate = await this.#compute(parsed.computation, this.#input(password, parsed.pepper), parsed.phc.salt, parsed.phc.hash.length);
    return timingSafeEqual(candidate, parsed.phc.hash);
  }

  /** Whether `stored` should be replaced by a fresh hash (other algorithm, parameters, pepper, or a legacy format). */
  needsRehash(stored: string): boolean {
    if (typeof stored === 'string' && BCRYPT.test(stored)) return true;
    const { computation, phc, pepper } = this.#parse(stored);
    if (pepper?.id !== this.#pepper?.id || phc.salt.length < SALT_BYTES || phc.hash.length !== HASH_BYTES) return true;
    if (computation.algorithm !== this.#target.algorithm) return true;
    return Object.entries(computation.params).some(([k, v]) => (this.#target.params as unknown as Record<string, number>)[k] !== v);
  }

  /**
   * The same work as verifying a real hash with the current settings, then
   * `false`: call it for an unknown user so "no such user" and "wrong
   * password" take the same time (no account enumeration by timing).
   */
  async verifyAgainstDummy(password: string): Promise<false> {
    const dummy = await this.warmUp();
    await this.verify(password, dummy);
    return false;
  }

  /** Create the dummy hash now (else the first unknown-user login pays for it). */
  warmUp(): Promise<string> {
    this.#dummy ??= this.hash(randomBytes(32).toString('base64url'));
    return this.#dummy;
  }

  #input(password: string, pepper: Pepper | undefined): Buffer {
    const normalized = normalizePassword(password);
    // HMAC first: without the pepper key, a stolen database cannot be attacked offline at all.
    return pepper === undefined ? Buffer.from(normalized, 'utf8') : createHmac('sha256', pepper.secret).update(normalized, 'utf8').digest();
  }

  #compute(computation: Computation, input: Buffer, salt: Buffer, length: number): Promise<Buffer> {
    if (computation.algorithm === 'scrypt') return this.#gate.run(() => runScrypt(input, salt, length, computation.params), scryptMemory(computation.params));
    const argon2 = this.#argon2;
    if (argon2 === undefined) throw new UnsupportedPasswordHashError('argon2id hash but the argon2 package is not installed');
    return this.#gate.run(() => argon2(input, salt, length, computation.params), computation.params.memoryCost * 1024);
  }

  #parse(stored: string): { computation: Computation; phc: PhcHash; pepper: Pepper | undefined } {
    const phc = decodePhc(stored);
    if (phc === undefined) throw new InvalidPasswordHashError('not a PHC string');
    if (phc.salt.length < 8 || phc.hash.length < 16 || phc.hash.length > 64) throw new InvalidPasswordHashError('salt or hash length out of range');
    const keyid = phc.params.get('keyid');
    let pepper: Pepper | undefined;
    if (keyid !== undefined) {
      pepper = this.#peppers.get(keyid);
      if (pepper === undefined) throw new UnsupportedPasswordHashError(`unknown pepper id ${keyid}`);
    }
    const allowed = (names: string[]) => [...phc.params.keys()].every((k) => names.includes(k));
    if (phc.id === 'scrypt' && phc.version === undefined && allowed(['ln', 'r', 'p', 'keyid'])) {
      const ln = intParam(phc.params, 'ln', 1, 20);
      const r = intParam(phc.params, 'r', 1, 32);
      const p = intParam(phc.params, 'p', 1, 16);
      if (ln !== undefined && r !== undefined && p !== undefined && scryptMemory({ N: 2 ** ln, r, p }) <= MAX_MEMORY) {
        return { computation: { algorithm: 'scrypt', params: { N: 2 ** ln, r, p } }, phc, pepper };
      }
    }
    if (phc.id === 'argon2id' && phc.version === 19 && allowed(['m', 't', 'p', 'keyid'])) {
      const memoryCost = intParam(phc.params, 'm', 8, MAX_MEMORY / 1024);
      const timeCost = intParam(phc.params, 't', 1, 32);
      const parallelism = intParam(phc.params, 'p', 1, 16);
      if (memoryCost !== undefined && timeCost !== undefined && parallelism !== undefined) {
        return { computation: { algorithm: 'argon2id', params: { memoryCost, timeCost, parallelism } }, phc, pepper };
      }
    }
    throw new InvalidPasswordHashError(`unsupported or out-of-range PHC parameters for ${phc.id}`);
  }
}

function tryLoadArgon2(): Argon2Function | undefined {
  try {
    return loadArgon2('argon2id verification');
  } catch {
    return undefined;
  }
}

let defaultHasher: PasswordHasher | undefined;
function hasherFor(options: PasswordHasherOptions | undefined): PasswordHasher {
  return options === undefined ? (defaultHasher ??= new PasswordHasher()) : new PasswordHasher(options);
}

/** Hash with the default {@link PasswordHasher} (or one built from `options`; build your own once when you pass options). */
export function hashPassword(password: string, options?: PasswordHasherOptions): Promise<string> {
  return hasherFor(options).hash(password);
}

/** Verify with the default {@link PasswordHasher} (or one built from `options`). */
export function verifyPassword(password: string, stored: string, options?: PasswordHasherOptions): Promise<boolean> {
  return hasherFor(options).verify(password, stored);
}

/** Rehash decision of the default {@link PasswordHasher} (or one built from `options`). */
export function needsRehash(stored: string, options?: PasswordHasherOptions): boolean {
  return hasherFor(options).needsRehash(stored);
}

/** Dummy verification of the default {@link PasswordHasher} (or one built from `options`). */
export function verifyAgainstDummy(password: string, options?: PasswordHasherOptions): Promise<false> {
  return hasherFor(options).verifyAgainstDummy(password);
}
