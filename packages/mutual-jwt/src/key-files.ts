import { createPrivateKey, type JsonWebKey } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, type JSONWebKeySet, type JWK } from 'jose';
import { assertAlgorithm, assertKid, exportPublicJwks, generateCallerKey } from './keys.js';
import type { SupportedAlgorithm } from './constants.js';

/** File names inside a key directory. */
export const JWKS_FILE = 'jwks.json';
export const ROTATION_FILE = 'rotation.json';
export const privateKeyFile = (kid: string): string => `${kid}.private.jwk.json`;

/** `rotation.json`: which key signs now, and until when each retired public key stays published. */
export interface RotationState {
  current: string;
  /** kid → ISO date after which its public key is dropped from `jwks.json` at the next rotation. */
  retiring: Record<string, string>;
}

/** Algorithms the key tool generates: the protocol's defaults (RSA keys are opt-in and made elsewhere). */
const TOOL_ALGORITHMS: readonly SupportedAlgorithm[] = ['EdDSA', 'ES256'];

function writeNew(path: string, text: string, mode: number): void {
  // 'wx': never overwrite a key file; the mode is applied at creation, so a private key is never world-readable.
  writeFileSync(path, text, { flag: 'wx', mode });
}

function writeReplacing(path: string, text: string): void {
  // Readers (a service re-reading jwks.json) see the old or the new file, never half of one.
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o644 });
  renameSync(temporary, path);
}

/** A private JWK with `kid`, `alg` and `use`, as written by {@link generateKeyFiles}. */
export async function newPrivateJwk(kid: string, alg: SupportedAlgorithm): Promise<JWK> {
  assertKid(kid, 'parapet-keys');
  if (!TOOL_ALGORITHMS.includes(alg)) throw new TypeError(`parapet-keys: --alg must be one of ${TOOL_ALGORITHMS.join(', ')}`);
  const key = await generateCallerKey({ kid, alg, extractable: true });
  return { ...(await exportJWK(key.privateKey)), kid, alg, use: 'sig' };
}

/** The public JWKS of private JWKs (private members never leave). */
export function publicJwksOf(privateJwks: readonly JWK[]): JSONWebKeySet {
  return exportPublicJwks(
    privateJwks.map((jwk) => {
      assertAlgorithm(jwk.alg, `key ${String(jwk.kid)}`);
      return { publicKey: createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' }), kid: jwk.kid as string, alg: jwk.alg };
    }),
  );
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** `generate`: a new key directory with one private key (0600), its public JWKS and the rotation state. */
export async function generateKeyFiles(dir: string, kid: string, alg: SupportedAlgorithm): Promise<{ privateFile: string; jwksFile: string }> {
  if (existsSync(join(dir, JWKS_FILE))) throw new Error(`${join(dir, JWKS_FILE)} exists: use "rotate" to add a key to an existing set`);
  const jwk = await newPrivateJwk(kid, alg);
  const privateFile = join(dir, privateKeyFile(kid));
  writeNew(privateFile, `${JSON.stringify(jwk)}\n`, 0o600);
  writeNew(join(dir, JWKS_FILE), `${JSON.stringify(publicJwksOf([jwk]), null, 2)}\n`, 0o644);
  writeNew(join(dir, ROTATION_FILE), `${JSON.stringify({ current: kid, retiring: {} } satisfies RotationState, null, 2)}\n`, 0o644);
  return { privateFile, jwksFile: join(dir, JWKS_FILE) };
}

/**
 * `rotate`: adds a new key and makes it current. The previous current key's public half stays in
 * `jwks.json` until `now + graceMs` (tokens it signed, and caches of the old set, must expire
 * first); public keys whose grace has passed are dropped. Private files are left in place.
 */
export async function rotateKeyFiles(dir: string, kid: string, alg: SupportedAlgorithm, graceMs: number, nowMs: number): Promise<{ kept: string[]; dropped: string[] }> {
  const state = readJson<RotationState>(join(dir, ROTATION_FILE));
  const jwks = readJson<JSONWebKeySet>(join(dir, JWKS_FILE));
  if (jwks.keys.some((key) => key.kid === kid) || existsSync(join(dir, privateKeyFile(kid)))) throw new Error(`kid "${kid}" is already used in ${dir}`);
  const jwk = await newPrivateJwk(kid, alg);
  const retiring: Record<string, string> = { ...state.retiring, [state.current]: new Date(nowMs + graceMs).toISOString() };
  const dropped: string[] = [];
  const kept = jwks.keys.filter((key) => {
    const until = retiring[key.kid as string];
    if (until !== undefined && Date.parse(until) <= nowMs) {
      dropped.push(key.kid as string);
      delete retiring[key.kid as string];
      return false;
    }
    return true;
  });
  writeNew(join(dir, privateKeyFile(kid)), `${JSON.stringify(jwk)}\n`, 0o600);
  writeReplacing(join(dir, JWKS_FILE), `${JSON.stringify({ keys: [...publicJwksOf([jwk]).keys, ...kept] }, null, 2)}\n`);
  writeReplacing(join(dir, ROTATION_FILE), `${JSON.stringify({ current: kid, retiring } satisfies RotationState, null, 2)}\n`);
  return { kept: kept.map((key) => key.kid as string), dropped };
}

/** Private key files of a directory (for messages). */
export function privateKeyFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.private.jwk.json'));
}
