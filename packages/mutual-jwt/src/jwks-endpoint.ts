import type Koa from 'koa';
import type { JSONWebKeySet } from 'jose';
import { bindPublicJwks, exportPublicJwks, type PublishableKey } from './keys.js';
import { positiveInteger } from './options.js';
import { SUPPORTED_ALGORITHMS } from './constants.js';

/** Options of {@link jwksEndpoint}. */
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

/**
 * Serves this service's public keys (RFC 7517 JWKS) at `GET /.well-known/jwks.json`
 * so callers can verify `Server-Authorization`. Mount it before `mutualAuth()`:
 * public keys are public. The body is computed once, at construction.
 * @example
 * app.use(jwksEndpoint({ keys: [serviceKey] }));
 */
export function jwksEndpoint(options: JwksEndpointOptions): Koa.Middleware {
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

  return async function jwksEndpointMiddleware(ctx, next) {
    if (ctx.path !== path) {
      await next();
      return;
    }
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      ctx.set('Allow', 'GET, HEAD');
      return;
    }
    ctx.set('Cache-Control', cacheControl);
    ctx.type = 'application/jwk-set+json';
    ctx.body = body;
  };
}
