import type Koa from 'koa';
import { compileJwksEndpoint, type JwksEndpointOptions } from './core/jwks.js';

export type { JwksEndpointOptions } from './core/jwks.js';

/**
 * Serves this service's public keys (RFC 7517 JWKS) at `GET /.well-known/jwks.json`
 * so callers can verify `Server-Authorization`. Mount it before `mutualAuth()`:
 * public keys are public. The body is computed once, at construction.
 * @example
 * app.use(jwksEndpoint({ keys: [serviceKey] }));
 */
export function jwksEndpoint(options: JwksEndpointOptions): Koa.Middleware {
  const { path, body, cacheControl } = compileJwksEndpoint(options);

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
