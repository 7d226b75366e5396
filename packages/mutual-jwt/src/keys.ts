import { createPrivateKey, createPublicKey, KeyObject, webcrypto, type JsonWebKey } from 'node:crypto';
import { types } from 'node:util';
import { readFileSync } from 'node:fs';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type CryptoKey, type JSONWebKeySet, type JWK } from 'jose';
import { KID_PATTERN, MAX_KID_LENGTH, SUPPORTED_ALGORITHMS, type SupportedAlgorithm } from './constants.js';

/** A key as accepted by jose for signing or verifying on Node. */
export type AsymmetricKey = CryptoKey | KeyObject;

/** A signing identity: private key, its `kid`, and the one algorithm it is used with. */
export interface SigningKey {
  /** Private key (WebCrypto `CryptoKey`, Node `KeyObject`, or a private JWK). */
  readonly privateKey: AsymmetricKey | JWK;
  /** Key id published in the JWKS and put in the JWT header. */
  readonly kid: string;
  /** The algorithm this key signs with. */
  readonly alg: SupportedAlgorithm;
}

/** A public key to publish, e.g. the result of {@link generateCallerKey}. */
export interface PublishableKey {
  readonly publicKey: AsymmetricKey | JWK;
  readonly kid: string;
  readonly alg: SupportedAlgorithm;
}

/** What {@link generateCallerKey} returns: usable directly as a {@link SigningKey} and a {@link PublishableKey}. */
export interface GeneratedKey extends SigningKey, PublishableKey {
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** The public JWK with `kid`, `alg` and `use: "sig"`, ready for a JWKS. */
  readonly publicJwk: JWK;
}

export interface ResolvedSigningKey {
  readonly key: AsymmetricKey;
  readonly kid: string;
  readonly alg: SupportedAlgorithm;
}

/** A public key bound to exactly one algorithm: a token naming another `alg` is rejected before jose runs. */
export interface BoundPublicKey {
  /**
   * The key jose verifies with: the validated `KeyObject` until its WebCrypto
   * `CryptoKey` twin (same key material, imported once at construction) is ready.
   * jose 6 verifies through WebCrypto either way; handing it the CryptoKey skips
   * its per-call KeyObject cache lookup and keeps its key handling monomorphic.
   */
  key: AsymmetricKey;
  readonly alg: SupportedAlgorithm;
  /** `[alg]`, precomputed for jose's `algorithms` option. */
  readonly algorithms: readonly SupportedAlgorithm[];
}

/** WebCrypto import parameters of each algorithm's verification key. */
const WEBCRYPTO_IMPORT: Record<SupportedAlgorithm, webcrypto.EcKeyImportParams | webcrypto.RsaHashedImportParams | webcrypto.Algorithm> = {
  EdDSA: { name: 'Ed25519' },
  ES256: { name: 'ECDSA', namedCurve: 'P-256' },
  PS256: { name: 'RSA-PSS', hash: 'SHA-256' },
  RS256: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
};

/**
 * Swaps the bound key's `KeyObject` for an equivalent non-extractable
 * `CryptoKey` in the background (Node 20 has no synchronous
 * `KeyObject#toCryptoKey`). Until it resolves, or if WebCrypto refuses the key,
 * jose keeps verifying with the `KeyObject`: the same key and algorithm.
 */
function upgradeToCryptoKey(bound: BoundPublicKey, key: KeyObject): void {
  const jwk = key.export({ format: 'jwk' });
  webcrypto.subtle.importKey('jwk', jwk as webcrypto.JsonWebKey, WEBCRYPTO_IMPORT[bound.alg], false, ['verify']).then(
    (cryptoKey) => {
      bound.key = cryptoKey;
    },
    () => undefined,
  );
}

const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

export function assertKid(kid: unknown, where: string): asserts kid is string {
  if (typeof kid !== 'string' || kid.length === 0 || kid.length > MAX_KID_LENGTH || !KID_PATTERN.test(kid)) {
    throw new TypeError(`${where}: "kid" must be 1-${MAX_KID_LENGTH} characters of [A-Za-z0-9._~:+=-]`);
  }
}

export function assertAlgorithm(alg: unknown, where: string): asserts alg is SupportedAlgorithm {
  if (!SUPPORTED_ALGORITHMS.includes(alg as SupportedAlgorithm)) {
    throw new TypeError(`${where}: algorithm ${JSON.stringify(alg)} is not supported (use one of ${SUPPORTED_ALGORITHMS.join(', ')}; "none" and HMAC are never accepted)`);
  }
}

/** The algorithm a key type implies; RSA keys carry two possible ones, so those need an explicit `alg`. */
function algorithmOfKeyObject(key: KeyObject): SupportedAlgorithm | 'RSA' | undefined {
  const type = key.asymmetricKeyType;
  if (type === 'ed25519') return 'EdDSA';
  if (type === 'ec') return key.asymmetricKeyDetails?.namedCurve === 'prime256v1' ? 'ES256' : undefined;
  if (type === 'rsa' || type === 'rsa-pss') return 'RSA';
  return undefined;
}

function checkKeyMatchesAlgorithm(key: KeyObject, alg: SupportedAlgorithm, where: string): void {
  const implied = algorithmOfKeyObject(key);
  if (implied === undefined) throw new TypeError(`${where}: unsupported key type (use Ed25519, P-256 or RSA >= 2048 bits)`);
  if (implied === 'RSA') {
    if (alg !== 'PS256' && alg !== 'RS256') throw new TypeError(`${where}: an RSA key needs alg "PS256" or "RS256", not "${alg}"`);
    if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) throw new TypeError(`${where}: RSA keys must be at least 2048 bits`);
    return;
  }
  if (implied !== alg) throw new TypeError(`${where}: the key is for ${implied}, not "${alg}"`);
}

/**
 * Imports one public JWK of a caller's set and binds it to a single algorithm
 * (from its type, or its `alg` for RSA). Throws TypeError on private members,
 * `use` other than "sig", missing/duplicate kid, unsupported or disabled algorithms.
 */
export function bindPublicJwk(jwk: JWK, enabled: ReadonlySet<string>, where: string): { key: KeyObject; alg: SupportedAlgorithm; kid: string } {
  if (typeof jwk !== 'object' || jwk === null) throw new TypeError(`${where}: each key must be a JWK object`);
  for (const member of PRIVATE_JWK_MEMBERS) {
    if (member in jwk) throw new TypeError(`${where}: key "${String(jwk.kid)}" contains private or symmetric material ("${member}"); publish public keys only`);
  }
  assertKid(jwk.kid, where);
  if (jwk.use !== undefined && jwk.use !== 'sig') throw new TypeError(`${where}: key "${jwk.kid}" has use "${jwk.use}", expected "sig"`);
  let key: KeyObject;
  try {
    key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  } catch (cause) {
    throw new TypeError(`${where}: key "${jwk.kid}" is not a valid public JWK`, { cause });
  }
  const implied = algorithmOfKeyObject(key);
  const alg = jwk.alg ?? (implied === 'RSA' ? undefined : implied);
  if (alg === undefined) throw new TypeError(`${where}: key "${jwk.kid}" is an RSA key without "alg"; set "PS256" or "RS256" to bind it`);
  assertAlgorithm(alg, `${where} key "${jwk.kid}"`);
  checkKeyMatchesAlgorithm(key, alg, `${where} key "${jwk.kid}"`);
  if (!enabled.has(alg)) throw new TypeError(`${where}: key "${jwk.kid}" uses ${alg}, which is not enabled in "algorithms"`);
  return { key, alg, kid: jwk.kid };
}

/** Builds the kid → key map of one issuer. */
export function bindPublicJwks(jwks: JSONWebKeySet, enabled: ReadonlySet<string>, where: string): Map<string, BoundPublicKey> {
  if (typeof jwks !== 'object' || jwks === null || !Array.isArray(jwks.keys) || jwks.keys.length === 0) {
    throw new TypeError(`${where}: expected a JWKS object { keys: [...] } with at least one key`);
  }
  const keys = new Map<string, BoundPublicKey>();
  for (const jwk of jwks.keys) {
    const bound = bindPublicJwk(jwk, enabled, where);
    if (keys.has(bound.kid)) throw new TypeError(`${where}: duplicate kid "${bound.kid}"`);
    keys.set(bound.kid, boundPublicKey(bound.key, bound.alg));
  }
  return keys;
}

/** The verification entry of a key already bound by {@link bindPublicJwk}. */
export function boundPublicKey(key: KeyObject, alg: SupportedAlgorithm): BoundPublicKey {
  const entry: BoundPublicKey = { key, alg, algorithms: [alg] };
  upgradeToCryptoKey(entry, key);
  return entry;
}

export function readJwksFile(path: string, where: string): JSONWebKeySet {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as JSONWebKeySet;
  } catch (cause) {
    throw new TypeError(`${where}: cannot read a JWKS from file ${JSON.stringify(path)}`, { cause });
  }
}

/**
 * A CryptoKey is bound to one WebCrypto algorithm and its usages: a P-256 key made for ECDH,
 * or an RSA key made for PKCS#1 v1.5 or another hash, is not an ES256 / PS256 signing key
 * (the rule jose applies when it signs with a CryptoKey), whatever its key material.
 */
function checkCryptoKeyAlgorithm(key: CryptoKey, alg: SupportedAlgorithm, where: string): void {
  const expected = WEBCRYPTO_IMPORT[alg] as { name: string; hash?: string };
  const actual = key.algorithm as { name: string; hash?: { name: string } };
  if (actual.name !== expected.name || (expected.hash !== undefined && actual.hash?.name !== expected.hash) || !key.usages.includes('sign')) {
    const made = `${actual.name}${actual.hash === undefined ? '' : `/${actual.hash.name}`}`;
    throw new TypeError(`${where}: "privateKey" is a WebCrypto ${made} key with usages [${key.usages.join(', ')}]; ${alg} signs with ${expected.name}${expected.hash === undefined ? '' : `/${expected.hash}`} and usage "sign"`);
  }
}

function isCryptoKey(value: unknown): value is CryptoKey {
  return types.isCryptoKey(value);
}

/** Validates a signing key at construction so a wrong key fails at startup, not on the first request. */
export function resolveSigningKey(input: SigningKey, where: string): ResolvedSigningKey {
  if (typeof input !== 'object' || input === null) throw new TypeError(`${where}: expected { privateKey, kid, alg }`);
  assertKid(input.kid, where);
  assertAlgorithm(input.alg, where);
  const { privateKey } = input;
  if (isCryptoKey(privateKey)) {
    if (privateKey.type !== 'private') throw new TypeError(`${where}: "privateKey" is a ${privateKey.type} key`);
    const keyObject = KeyObject.from(privateKey);
    checkKeyMatchesAlgorithm(keyObject, input.alg, where);
    checkCryptoKeyAlgorithm(privateKey, input.alg, where);
    return { key: privateKey, kid: input.kid, alg: input.alg };
  }
  let key: KeyObject;
  if (privateKey instanceof KeyObject) {
    key = privateKey;
  } else {
    try {
      key = createPrivateKey({ key: privateKey as JsonWebKey, format: 'jwk' });
    } catch (cause) {
      throw new TypeError(`${where}: "privateKey" is not a private key, KeyObject or private JWK`, { cause });
    }
  }
  if (key.type !== 'private') throw new TypeError(`${where}: "privateKey" is a ${key.type} key`);
  checkKeyMatchesAlgorithm(key, input.alg, where);
  return { key, kid: input.kid, alg: input.alg };
}

/** Options of {@link generateCallerKey}. */
export interface GenerateCallerKeyOptions {
  /** Algorithm of the key pair (RSA keys are 2048-bit). @default 'EdDSA' */
  alg?: SupportedAlgorithm;
  /** Key id. @default the RFC 7638 JWK thumbprint of the public key */
  kid?: string;
  /** Whether the private CryptoKey can be exported (to store it). @default false */
  extractable?: boolean;
}

/**
 * Generates a caller (or callee) key pair. Ed25519 by default; the `kid`
 * defaults to the RFC 7638 thumbprint of the public key.
 * @example
 * const key = await generateCallerKey();
 * fs.writeFileSync('billing.jwks.json', JSON.stringify(await exportPublicJwks([key])));
 */
export async function generateCallerKey(options: GenerateCallerKeyOptions = {}): Promise<GeneratedKey> {
  for (const key of Object.keys(options)) {
    if (key !== 'alg' && key !== 'kid' && key !== 'extractable') throw new TypeError(`generateCallerKey: unknown option "${key}"`);
  }
  const alg = options.alg ?? 'EdDSA';
  assertAlgorithm(alg, 'generateCallerKey');
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: options.extractable ?? false, modulusLength: 2048 });
  const jwk = await exportJWK(publicKey);
  const kid = options.kid ?? (await calculateJwkThumbprint(jwk));
  assertKid(kid, 'generateCallerKey');
  return { privateKey, publicKey, kid, alg, publicJwk: { ...jwk, kid, alg, use: 'sig' } };
}

/**
 * Public JWKS of the given keys (private members are never exported; passing a
 * private key publishes its public half). Synchronous, so it can run at construction.
 * @example
 * const jwks = exportPublicJwks([await generateCallerKey()]);
 */
export function exportPublicJwks(keys: readonly PublishableKey[]): JSONWebKeySet {
  if (!Array.isArray(keys) || keys.length === 0) throw new TypeError('exportPublicJwks: expected a non-empty array of { publicKey, kid, alg }');
  const seen = new Set<string>();
  const out: JWK[] = [];
  for (const [index, entry] of (keys as readonly PublishableKey[]).entries()) {
    const where = `exportPublicJwks: keys[${index}]`;
    assertKid(entry.kid, where);
    assertAlgorithm(entry.alg, where);
    if (seen.has(entry.kid)) throw new TypeError(`${where}: duplicate kid "${entry.kid}"`);
    seen.add(entry.kid);
    let key: KeyObject;
    try {
      if (isCryptoKey(entry.publicKey)) key = KeyObject.from(entry.publicKey);
      else if (entry.publicKey instanceof KeyObject) key = entry.publicKey;
      else key = createPublicKey({ key: entry.publicKey as JsonWebKey, format: 'jwk' });
    } catch (cause) {
      throw new TypeError(`${where}: "publicKey" is not a key`, { cause });
    }
    if (key.type === 'secret') throw new TypeError(`${where}: symmetric keys cannot be published`);
    const publicKey = key.type === 'private' ? createPublicKey(key) : key;
    checkKeyMatchesAlgorithm(publicKey, entry.alg, where);
    out.push({ ...(publicKey.export({ format: 'jwk' }) as JWK), kid: entry.kid, alg: entry.alg, use: 'sig' });
  }
  return { keys: out };
}
