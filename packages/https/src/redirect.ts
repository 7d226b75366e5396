/** Koa adapter of the HTTPS redirect policy (`core/redirect.ts`). */
import type Koa from 'koa';
import {
  createRedirectPolicy as createPolicy,
  type RedirectDecision,
  type RedirectPolicyOptions,
  type RedirectRequest as CoreRedirectRequest,
} from './core/redirect.js';
import { getTransport } from './proxy.js';

export type { RedirectDecision, RedirectPolicyOptions } from './core/redirect.js';

/** Options of {@link httpsRedirect}: see {@link RedirectPolicyOptions}; `exempt` receives the Koa context. */
export type HttpsRedirectOptions = RedirectPolicyOptions<Koa.Context>;
/** Request facts the decision needs; `ctx` is the Koa context handed to `exempt`. */
export type RedirectRequest = CoreRedirectRequest<Koa.Context>;

/**
 * Validate options once and return the framework-neutral decision function
 * (typed for Koa: `ctx` is the Koa context).
 *
 * @example
 * ```ts
 * const decide = createRedirectPolicy({ canonicalHost: 'example.com' });
 * decide({ method: 'GET', url: '/a?b', transport }); // { action: 'redirect', status: 301, location: 'https://example.com/a?b' }
 * ```
 */
export const createRedirectPolicy: (options: HttpsRedirectOptions) => (request: RedirectRequest) => RedirectDecision = createPolicy;

/**
 * Koa middleware redirecting plain-HTTP GET/HEAD requests to HTTPS and
 * refusing other plain-HTTP requests. Use `trustProxy()` before it when TLS
 * ends at a proxy.
 *
 * @example
 * ```ts
 * app.use(trustProxy({ trustedProxies: ['10.0.0.0/8'] }));
 * app.use(httpsRedirect({ canonicalHost: 'example.com', allowedHosts: ['www.example.com'] }));
 * ```
 */
export function httpsRedirect(options: HttpsRedirectOptions): Koa.Middleware {
  const decide = createRedirectPolicy(options);
  // Not async: one promise fewer per request; a synchronous throw becomes a
  // rejection in Koa's compose, exactly like a throw in an async middleware.
  return function httpsRedirectMiddleware(ctx, next) {
    const transport = getTransport(ctx);
    // What decide() answers first for secure requests, without building its input.
    if (transport.secure) return next();
    const decision = decide({ method: ctx.req.method ?? 'GET', url: ctx.originalUrl, transport, httpVersionMajor: ctx.req.httpVersionMajor, ctx });
    if (decision.action === 'pass') return next();
    if (decision.action === 'refuse') throw decision.error;
    ctx.status = decision.status;
    ctx.res.setHeader('Location', decision.location);
    ctx.body = 'Redirecting to HTTPS';
    return Promise.resolve();
  };
}
