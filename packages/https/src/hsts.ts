/** Koa adapter of transport-aware HSTS (`core/hsts.ts`). */
import type Koa from 'koa';
import { HSTS_FIELD, HSTS_HEADER, hstsHeaderValue, settleHsts, type HstsOptions } from './core/hsts.js';
import { errorHook, withErrorHeaders } from './error-headers.js';
import { getTransport } from './proxy.js';

export { HSTS_FIELD, HSTS_HEADER, hstsHeaderValue, type HstsOptions } from './core/hsts.js';

/**
 * Koa middleware sending exactly one `Strict-Transport-Security` header on
 * secure requests — also on error responses (`ctx.throw`, thrown errors,
 * 404s) — and removing any upstream HSTS header from plain-HTTP responses.
 *
 * @example
 * ```ts
 * app.use(trustProxy({ trustedProxies: ['10.0.0.0/8'] }));
 * app.use(hsts({ maxAge: 300 })); // staged rollout: start small
 * ```
 */
export function hsts(options?: HstsOptions): Koa.Middleware {
  return hstsMiddleware(hstsHeaderValue(options));
}

/** The middleware for a precomputed header value (also what `securityHeaders()` wraps itself in). */
export function hstsMiddleware(value: string): Koa.Middleware {
  const onSecure = { [HSTS_HEADER]: value };
  const remove = [HSTS_HEADER];
  const onError = (ctx: Koa.Context, err: unknown): unknown =>
    getTransport(ctx).secure ? withErrorHeaders(err, onSecure) : withErrorHeaders(err, {}, remove);
  const hookOnError = errorHook(onError);
  return async function hstsMiddleware(ctx, next) {
    const secure = getTransport(ctx).secure;
    const res = ctx.res;
    if (secure) {
      if (!res.headersSent) res.setHeader(HSTS_FIELD, value);
      // Errors Koa hits after the chain (in respond) bypass the catch below.
      hookOnError(ctx);
    }
    try {
      await next();
    } catch (err) {
      throw onError(ctx, err);
    }
    settleHsts(res, secure, value);
  };
}
