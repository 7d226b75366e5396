/**
 * Express adapters of `httpsRedirect`, `hsts` and `securityHeaders`: the
 * decisions come from `core/`; this file only reads the request and writes
 * the response.
 */
import type { ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { HSTS_FIELD, hstsHeaderValue, settleHsts, type HstsOptions } from '../core/hsts.js';
import { createRedirectPolicy, type RedirectPolicyOptions } from '../core/redirect.js';
import {
  applyDynamicCsp,
  applyHeaders,
  compileSecurityHeaders,
  headerPlan,
  restoreAfterWipe,
  type HeaderPlan,
  type SecurityHeadersOptions,
} from '../core/security-headers.js';
import type { ParapetError } from '../errors.js';
import { beforeHead } from './response-hooks.js';
import { getTransport } from './transport.js';

/** An Express middleware as Parapet returns it. */
export type ExpressMiddleware = (req: Request, res: Response, next: NextFunction) => void;

/** Options of the Express {@link httpsRedirect}: the Koa options, with `exempt` receiving the Express request. */
export type HttpsRedirectOptions = RedirectPolicyOptions<Request>;

/**
 * Written with node:http, never `res.redirect()` or `res.send()`: the
 * location is built only from allowlisted parts, and nothing of Express's
 * (URL encoding, content negotiation, an HTML body echoing the target) is
 * put between the decision and the client.
 */
function sendText(res: ServerResponse, status: number, headers: Readonly<Record<string, string>>, body: string): void {
  res.statusCode = status;
  for (const name of Object.keys(headers)) res.setHeader(name, headers[name]!);
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

// The refusal as Koa renders a thrown ParapetError: its status, its headers, its message.
export const sendError = (res: ServerResponse, err: ParapetError): void => sendText(res, err.status, err.headers, err.message);

/**
 * Express middleware redirecting plain-HTTP GET/HEAD requests to HTTPS and
 * refusing other plain-HTTP requests (same options and answers as the Koa
 * middleware). Use `trustProxy()` before it when TLS ends at a proxy.
 *
 * @example
 * ```ts
 * app.use(trustProxy({ trustedProxies: ['10.0.0.0/8'] }));
 * app.use(httpsRedirect({ canonicalHost: 'example.com', allowedHosts: ['www.example.com'] }));
 * ```
 */
export function httpsRedirect(options: HttpsRedirectOptions): ExpressMiddleware {
  const decide = createRedirectPolicy(options);
  return function httpsRedirectMiddleware(req, res, next) {
    const transport = getTransport(req);
    if (transport.secure) return next();
    const decision = decide({ method: req.method, url: req.originalUrl, transport, httpVersionMajor: req.httpVersionMajor, ctx: req });
    if (decision.action === 'pass') return next();
    if (decision.action === 'refuse') return sendError(res, decision.error);
    sendText(res, decision.status, { location: decision.location }, 'Redirecting to HTTPS');
  };
}

const settle = (res: ServerResponse, value: unknown): void => settleHsts(res, value !== undefined, value as string);

function armHsts(req: Request, res: Response, value: string): void {
  const secure = getTransport(req).secure;
  if (secure && !res.headersSent) res.setHeader(HSTS_FIELD, value);
  beforeHead(res, settle, secure ? value : undefined);
}

/**
 * Express middleware sending exactly one `Strict-Transport-Security` header
 * on secure requests — on every response, including those of `next(err)`,
 * the app's error handlers and Express's final handler — and removing any
 * upstream HSTS header from plain-HTTP responses.
 *
 * @example
 * ```ts
 * app.use(trustProxy({ trustedProxies: ['10.0.0.0/8'] }));
 * app.use(hsts({ maxAge: 300 })); // staged rollout: start small
 * ```
 */
export function hsts(options?: HstsOptions): ExpressMiddleware {
  const value = hstsHeaderValue(options);
  return function hstsMiddleware(req, res, next) {
    armHsts(req, res, value);
    next();
  };
}

const restore = (res: ServerResponse, plan: unknown): void => restoreAfterWipe(res, plan as HeaderPlan);

/**
 * Express middleware setting helmet's security headers (precomputed) and
 * transport-aware HSTS, also on error responses. A route may override or
 * remove one of them; its choice wins. Express's final handler answers
 * errors with its own stricter `Content-Security-Policy: default-src 'none'`.
 *
 * @example
 * ```ts
 * app.use(securityHeaders({ contentSecurityPolicy: { directives: { 'script-src': ["'self'"] } } }));
 * ```
 */
export function securityHeaders(options?: SecurityHeadersOptions): ExpressMiddleware {
  const { headers, hsts: hstsValue, dynamicCsp } = compileSecurityHeaders(options);
  const plan = headerPlan(headers);
  return function securityHeadersMiddleware(req, res, next) {
    if (hstsValue !== undefined) armHsts(req, res, hstsValue);
    applyHeaders(res, plan);
    if (dynamicCsp) applyDynamicCsp(dynamicCsp, req, res);
    beforeHead(res, restore, plan);
    next();
  };
}
