/**
 * The key-derivation functions behind the PHC strings. scrypt comes from
 * node:crypto (async: it runs on the libuv thread pool, not the event
 * loop). argon2id and bcrypt come from optional peers, loaded synchronously
 * at construction so a missing one fails there, naming the option.
 */
import { scrypt as scryptCallback, type ScryptOptions } from 'node:crypto';
import { createRequire } from 'node:module';

/** scrypt cost (RFC 7914). */
export interface ScryptParameters {
  /** CPU/memory cost, a power of two. */
  readonly N: number;
  /** Block size. */
  readonly r: number;
  /** Parallelisation. */
  readonly p: number;
}

/** argon2id cost (RFC 9106). */
export interface Argon2Parameters {
  /** Memory in KiB. */
  readonly memoryCost: number;
  /** Passes over memory. */
  readonly timeCost: number;
  /** Lanes. */
  readonly parallelism: number;
}

/** OWASP Password Storage Cheat Sheet: scrypt N=2^17 (128 MiB), r=8, p=1. */
export const OWASP_SCRYPT: ScryptParameters = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });
/** OWASP Password Storage Cheat Sheet: argon2id m=19 MiB, t=2, p=1. */
export const OWASP_ARGON2ID: Argon2Parameters = Object.freeze({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });

export function scryptMemory(params: ScryptParameters): number {
  return 128 * params.N * params.r * params.p;
}

export function runScrypt(input: Buffer, salt: Buffer, length: number, params: ScryptParameters): Promise<Buffer> {
  // Node refuses parameters needing more than maxmem (32 MiB by default): size it to the need.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: scryptMemory(params) + 2 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scryptCallback(input, salt, length, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

interface Argon2Module {
  argon2id: number;
  hash(password: Buffer, options: { type: number; memoryCost: number; timeCost: number; parallelism: number; hashLength: number; salt: Buffer; raw: true }): Promise<Buffer>;
}

/** argon2id from the `argon2` package (raw output; the PHC string is ours, so pepper ids fit in it). */
export type Argon2Function = (input: Buffer, salt: Buffer, length: number, params: Argon2Parameters) => Promise<Buffer>;

export function loadArgon2(option: string): Argon2Function {
  let mod: Argon2Module;
  try {
    mod = createRequire(import.meta.url)('argon2') as Argon2Module;
  } catch (err) {
    throw new TypeError(`passwordHasher: ${option} needs the optional peer "argon2" (npm install argon2)`, { cause: err });
  }
  return (input, salt, length, params) =>
    mod.hash(input, { type: mod.argon2id, memoryCost: params.memoryCost, timeCost: params.timeCost, parallelism: params.parallelism, hashLength: length, salt, raw: true });
}

interface BcryptModule {
  compare(password: string, hash: string): Promise<boolean>;
}

/** bcrypt verification from `bcryptjs` (legacy hashes only: it is never used to create one). */
export type BcryptCompare = (password: string, hash: string) => Promise<boolean>;

export function loadBcrypt(): BcryptCompare {
  let mod: BcryptModule;
  try {
    mod = createRequire(import.meta.url)('bcryptjs') as BcryptModule;
  } catch (err) {
    throw new TypeError('passwordHasher: "legacyBcrypt" needs the optional peer "bcryptjs" (npm install bcryptjs)', { cause: err });
  }
  return (password, hash) => mod.compare(password, hash);
}
