import type { JSONWebKeySet } from 'jose';
import { SUPPORTED_ALGORITHMS } from '../constants.js';
import { bindPublicJwks, exportPublicJwks, type PublishableKey } from '../keys.js';
import { positiveInteger } from '../options.js';

/** Options of `jwksEndpoint()` (Koa and Express). */
export interface JwksEndpointOptions {
  /**
   * Keys to publish: the current signing key and, during a rotation, the next one
   * (published before use) and the previous one (until its last token expired).
   * Either `{ publicKey, kid, alg }` entries (e.g. from `generateCallerKey()`) or a public JWKS.
   */
  keys: readonly PublishableKey[] | JSONWebKeySet;
  /** Path served. @default '/.well-known/jwks.json' */
  path?: string;
  /** `Cache-Control: max-age` in seconds. Keep it below your rotation overlap. @default 300 */
  maxAge?: number;
}

/** The compiled endpoint: what to serve, where. */
export interface JwksDocument {
  readonly path: string;
  readonly body: string;
  readonly cacheControl: string;
}

/** Validate options and build the document once. */
export function compileJwksEndpoint(options: JwksEndpointOptions): JwksDocument {
  if (typeof options !== 'object' || options === null) throw new TypeError('jwksEndpoint: options { keys } are required');
  for (const key of Object.keys(options)) {
    if (key !== 'keys' && key !== 'path' && key !== 'maxAge') throw new TypeError(`jwksEndpoint: unknown option "${key}"`);
  }
  const path = options.path ?? '/.well-known/jwks.json';
  if (typeof path !== 'string' || !path.startsWith('/')) throw new TypeError('jwksEndpoint: "path" must start with "/"');
  const maxAge = positiveInteger(options.maxAge, 300, 'jwksEndpoint: "maxAge"', 86_400);
  let jwks: JSONWebKeySet;
  if (Array.isArray(options.keys)) {
    jwks = exportPublicJwks(options.keys as readonly PublishableKey[]);
  } else {
    jwks = options.keys as JSONWebKeySet;
    // Same validation as a caller's keys: rejects private members and unbound algorithms.
    bindPublicJwks(jwks, new Set(SUPPORTED_ALGORITHMS), 'jwksEndpoint: "keys"');
  }
  const body = JSON.stringify({ keys: jwks.keys });
  const cacheControl = `public, max-age=${maxAge}`;

  return { path, body, cacheControl };
}
