/** Koa adapter of the security headers (`core/security-headers.ts`). */
import type Koa from 'koa';
import { applyDynamicCsp, applyHeaders, compileSecurityHeaders, headerPlan, restoreAfterWipe } from './core/security-headers.js';
import { errorHook, withErrorHeaders } from './error-headers.js';
import { hstsMiddleware } from './hsts.js';

export { compileSecurityHeaders, type SecurityHeaderSet, type SecurityHeadersOptions } from './core/security-headers.js';
import type { SecurityHeadersOptions } from './core/security-headers.js';

/**
 * Koa middleware setting helmet's security headers (precomputed) and
 * transport-aware HSTS. The headers are also put on error responses
 * (`ctx.throw`, thrown errors, 404s), where Koa would otherwise drop them.
 *
 * Per-route override: downstream middleware may `ctx.set()` or
 * `ctx.remove()` any of these headers; its value wins on normal responses.
 * For error responses, put the header on the error
 * (`ctx.throw(400, { headers: { 'Content-Security-Policy': … } })`): headers
 * already on an error are kept.
 *
 * @example
 * ```ts
 * app.use(securityHeaders({ contentSecurityPolicy: { directives: { 'script-src': ["'self'"] } } }));
 * ```
 */
export function securityHeaders(options?: SecurityHeadersOptions): Koa.Middleware {
  const { headers, hsts, dynamicCsp } = compileSecurityHeaders(options);
  const plan = headerPlan(headers);
  const staticSet = headers.set;
  // This request's set with a per-request CSP (nonces), for error responses.
  const errorSetKey = Symbol('securityHeaders error set');
  // Headers a route put on its error win ('fill').
  const onError = (ctx: Koa.Context, err: unknown): unknown =>
    withErrorHeaders(err, (dynamicCsp && (ctx as unknown as Record<symbol, Record<string, string> | undefined>)[errorSetKey]) || staticSet, [], 'fill');
  const hookOnError = errorHook(onError);
  const headersMiddleware: Koa.Middleware = async function securityHeadersMiddleware(ctx, next) {
    const res = ctx.res;
    // Straight to node:http: Koa's ctx.set adds a delegate hop and checks per header.
    applyHeaders(res, plan);
    if (dynamicCsp) {
      (ctx as unknown as Record<symbol, Record<string, string>>)[errorSetKey] = { ...staticSet, ...applyDynamicCsp(dynamicCsp, ctx.req, res) };
    }
    // Errors Koa hits after the chain (in respond) bypass the catch below.
    hookOnError(ctx);
    try {
      await next();
    } catch (err) {
      throw onError(ctx, err);
    }
    restoreAfterWipe(res, plan);
  };
  if (hsts === undefined) return headersMiddleware;
  // HSTS is exactly hsts()'s middleware (transport-aware, once, on errors too) around the rest.
  const hstsPart = hstsMiddleware(hsts) as (ctx: Koa.Context, next: Koa.Next) => Promise<void>;
  const headersPart = headersMiddleware as (ctx: Koa.Context, next: Koa.Next) => Promise<void>;
  return function securityHeadersWithHsts(ctx, next) {
    return hstsPart(ctx, () => headersPart(ctx, next));
  };
}
