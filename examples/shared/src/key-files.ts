/**
 * Parsers of the two JSON key files the service reads: CALLERS_FILE (whose
 * public keys to trust, per caller) and SERVER_KEY_FILE (the private key
 * that signs responses). Each throws a TypeError naming the variable, the
 * file and what is wrong, so loadConfig() can list it with the other
 * problems.
 */
import { exportPublicJwks, type CallerKeys, type SigningKey } from '@parapet/mutual-jwt';
import type { JSONWebKeySet, JWK } from 'jose';

/**
 * Caller and service ids: the same rule as @parapet/mutual-jwt identities,
 * because they travel in JWT claims and in quoted `WWW-Authenticate` parameters.
 */
export const SERVICE_IDENTITY = /^[\x21\x23-\x5b\x5d-\x7e]{1,256}$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parse a CALLERS_FILE: `{ "callers": [ { "iss", "jwks": { "keys": [...] } } | { "iss", "jwksUri" } ] }`.
 * The keys themselves are validated by mutualAuth() when the app is built
 * (private members, unsupported algorithms and duplicate kids are refused).
 */
export function parseCallersFile(text: string, path: string): Record<string, CallerKeys> {
  const where = `CALLERS_FILE: ${path}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new TypeError(`${where} is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isObject(parsed) || !Array.isArray(parsed.callers) || parsed.callers.length === 0) {
    throw new TypeError(`${where} must be { "callers": [ { "iss": "…", "jwks": { "keys": [...] } } ] } with at least one caller`);
  }
  for (const key of Object.keys(parsed)) {
    if (key !== 'callers') throw new TypeError(`${where}: unknown top-level key "${key}"`);
  }
  const callers: Record<string, CallerKeys> = {};
  for (const [index, entry] of (parsed.callers as unknown[]).entries()) {
    const at = `${where}: callers[${index}]`;
    if (!isObject(entry)) throw new TypeError(`${at} must be an object`);
    for (const key of Object.keys(entry)) {
      if (key !== 'iss' && key !== 'jwks' && key !== 'jwksUri') throw new TypeError(`${at}: unknown key "${key}" (expected iss, jwks or jwksUri)`);
    }
    const { iss, jwks, jwksUri } = entry;
    if (typeof iss !== 'string' || !SERVICE_IDENTITY.test(iss)) throw new TypeError(`${at}.iss must be a caller id (printable ASCII, no spaces or quotes)`);
    if (Object.hasOwn(callers, iss)) throw new TypeError(`${at}: caller "${iss}" is listed twice`);
    if ((jwks === undefined) === (jwksUri === undefined)) throw new TypeError(`${at}: set exactly one of "jwks" and "jwksUri"`);
    if (jwks !== undefined) {
      if (!isObject(jwks) || !Array.isArray(jwks.keys)) throw new TypeError(`${at}.jwks must be a JWKS { "keys": [...] }`);
      callers[iss] = { jwks: jwks as unknown as JSONWebKeySet };
    } else {
      if (typeof jwksUri !== 'string') throw new TypeError(`${at}.jwksUri must be a URL string`);
      callers[iss] = { jwksUrl: jwksUri };
    }
  }
  return callers;
}

function algorithmOf(jwk: JWK): 'EdDSA' | 'ES256' | undefined {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return 'EdDSA';
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') return 'ES256';
  return undefined;
}

/** Parse a SERVER_KEY_FILE: a private Ed25519 or P-256 JWK with a `kid`. */
export function parseServerKeyFile(text: string, path: string): SigningKey & { readonly publicJwks: JSONWebKeySet } {
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw new TypeError(`SERVER_KEY_FILE: ${path} is not valid JSON (expected a private JWK)`);
  }
  if (!isObject(jwk) || typeof jwk.d !== 'string' || typeof jwk.kid !== 'string') {
    throw new TypeError(`SERVER_KEY_FILE: ${path} must be a private JWK with "kid" and "d" (Ed25519 or P-256)`);
  }
  const alg = algorithmOf(jwk);
  if (alg === undefined || (jwk.alg !== undefined && jwk.alg !== alg)) {
    throw new TypeError(`SERVER_KEY_FILE: ${path} must be an Ed25519 (EdDSA) or P-256 (ES256) private JWK`);
  }
  try {
    return { privateKey: jwk, kid: jwk.kid, alg, publicJwks: exportPublicJwks([{ publicKey: jwk, kid: jwk.kid, alg }]) };
  } catch (err) {
    throw new TypeError(`SERVER_KEY_FILE: ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
