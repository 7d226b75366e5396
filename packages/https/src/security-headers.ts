/**
 * Security headers from helmet (the real dependency), adapted to Koa.
 *
 * Helmet's Express-style middlewares are run once at construction against a
 * recording response, so each request only copies precomputed strings.
 * Helmet's own HSTS is always disabled: HSTS comes from our transport-aware
 * `hsts` core, which never sends it over plain HTTP.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { contentSecurityPolicy, type HelmetOptions } from 'helmet';
import type Koa from 'koa';
import { errorHook, withErrorHeaders } from './error-headers.js';
import { hstsHeaderValue, hstsMiddleware, type HstsOptions } from './hsts.js';
import { checkOptions } from './options.js';

type CspOptions = Exclude<NonNullable<HelmetOptions['contentSecurityPolicy']>, boolean>;

/** Options of {@link securityHeaders}: helmet's options, with HSTS made transport-aware. */
export interface SecurityHeadersOptions {
  /** Content-Security-Policy (helmet). Directive values may be functions `(req, res) => string` (nonces); they run per request. @default helmet's default policy */
  contentSecurityPolicy?: HelmetOptions['contentSecurityPolicy'];
  /** Cross-Origin-Embedder-Policy. @default false */
  crossOriginEmbedderPolicy?: HelmetOptions['crossOriginEmbedderPolicy'];
  /** Cross-Origin-Opener-Policy. @default `same-origin` */
  crossOriginOpenerPolicy?: HelmetOptions['crossOriginOpenerPolicy'];
  /** Cross-Origin-Resource-Policy. @default `same-origin` */
  crossOriginResourcePolicy?: HelmetOptions['crossOriginResourcePolicy'];
  /** Origin-Agent-Cluster. @default true (`?1`) */
  originAgentCluster?: boolean;
  /** Referrer-Policy. @default `no-referrer` */
  referrerPolicy?: HelmetOptions['referrerPolicy'];
  /** X-Content-Type-Options. @default true (`nosniff`) */
  xContentTypeOptions?: boolean;
  /** X-DNS-Prefetch-Control. @default `off` */
  xDnsPrefetchControl?: HelmetOptions['xDnsPrefetchControl'];
  /** X-Download-Options. @default true (`noopen`) */
  xDownloadOptions?: boolean;
  /** X-Frame-Options. @default `SAMEORIGIN` */
  xFrameOptions?: HelmetOptions['xFrameOptions'];
  /** X-Permitted-Cross-Domain-Policies. @default `none` */
  xPermittedCrossDomainPolicies?: HelmetOptions['xPermittedCrossDomainPolicies'];
  /** Remove X-Powered-By. @default true */
  xPoweredBy?: boolean;
  /** X-XSS-Protection. @default `0` (the legacy auditor is harmful) */
  xXssProtection?: boolean;
  /**
   * Transport-aware HSTS (see `hsts()`): sent only on secure requests.
   * `false` when a separate `hsts()` middleware is used.
   * @default {} (max-age=31536000; includeSubDomains)
   */
  hsts?: HstsOptions | false;
}

const HELMET_KEYS = [
  'contentSecurityPolicy',
  'crossOriginEmbedderPolicy',
  'crossOriginOpenerPolicy',
  'crossOriginResourcePolicy',
  'originAgentCluster',
  'referrerPolicy',
  'xContentTypeOptions',
  'xDnsPrefetchControl',
  'xDownloadOptions',
  'xFrameOptions',
  'xPermittedCrossDomainPolicies',
  'xPoweredBy',
  'xXssProtection',
] as const;

// Helmet's legacy aliases are rejected so there is one spelling per header,
// and helmet's HSTS is rejected so HSTS is never sent over plain HTTP.
const REDIRECTED_KEYS: Record<string, string> = {
  strictTransportSecurity: 'use the transport-aware "hsts" option (or hsts() middleware) instead of "strictTransportSecurity"',
  noSniff: 'use "xContentTypeOptions" instead of "noSniff"',
  dnsPrefetchControl: 'use "xDnsPrefetchControl" instead of "dnsPrefetchControl"',
  ieNoOpen: 'use "xDownloadOptions" instead of "ieNoOpen"',
  frameguard: 'use "xFrameOptions" instead of "frameguard"',
  permittedCrossDomainPolicies: 'use "xPermittedCrossDomainPolicies" instead of "permittedCrossDomainPolicies"',
  hidePoweredBy: 'use "xPoweredBy" instead of "hidePoweredBy"',
  xssFilter: 'use "xXssProtection" instead of "xssFilter"',
};

/** Headers to set and names to remove, computed once. */
export interface SecurityHeaderSet {
  readonly set: Readonly<Record<string, string>>;
  readonly remove: readonly string[];
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** Run an Express-style helmet middleware against a recording response. */
function record(middleware: Middleware, req: IncomingMessage, base?: ServerResponse): SecurityHeaderSet {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  // Inherit from the real response so directive functions can read e.g. `res.locals.cspNonce`.
  const res = Object.assign(Object.create(base ?? null) as object, {
    setHeader(name: string, value: unknown) {
      set[name] = Array.isArray(value) ? value.join(', ') : String(value);
      return res;
    },
    removeHeader(name: string) {
      remove.push(name);
      delete set[name];
    },
    getHeader: () => undefined,
    hasHeader: () => false,
  }) as unknown as ServerResponse;
  let failure: unknown;
  middleware(req, res, (err) => {
    failure = err;
  });
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error('helmet middleware failed', { cause: failure });
  return { set, remove };
}

function hasFunctionDirective(csp: CspOptions): boolean {
  return Object.values(csp.directives ?? {}).some(
    (value) => value !== null && typeof value === 'object' && Symbol.iterator in value && [...value].some((v) => typeof v === 'function'),
  );
}

const EMPTY_REQUEST = { headers: {}, method: 'GET', url: '/' } as unknown as IncomingMessage;

/**
 * Validate options and compute the static header set (helmet errors become
 * `TypeError`s naming `securityHeaders`). Exposed for tests and benchmarks.
 */
export function compileSecurityHeaders(options?: SecurityHeadersOptions): {
  headers: SecurityHeaderSet;
  hsts: string | undefined;
  dynamicCsp: Middleware | undefined;
} {
  for (const key of Object.keys(options ?? {})) {
    const redirected = REDIRECTED_KEYS[key];
    if (redirected && Object.hasOwn(REDIRECTED_KEYS, key)) throw new TypeError(`securityHeaders: ${redirected}`);
  }
  const opts = checkOptions('securityHeaders', options, [...HELMET_KEYS, 'hsts']) as SecurityHeadersOptions;
  const helmetOptions: HelmetOptions = {};
  for (const key of HELMET_KEYS) {
    if (opts[key] !== undefined) (helmetOptions as Record<string, unknown>)[key] = opts[key];
  }
  helmetOptions.strictTransportSecurity = false;
  let dynamicCsp: Middleware | undefined;
  const csp = opts.contentSecurityPolicy;
  try {
    if (csp !== undefined && typeof csp === 'object' && hasFunctionDirective(csp)) {
      dynamicCsp = contentSecurityPolicy(csp);
      helmetOptions.contentSecurityPolicy = false;
    }
    const headers = record(helmet(helmetOptions), EMPTY_REQUEST);
    const hstsOption = opts.hsts;
    if (hstsOption !== undefined && hstsOption !== false && (typeof hstsOption !== 'object' || hstsOption === null)) {
      throw new TypeError('securityHeaders: "hsts" must be an options object or false');
    }
    return { headers, hsts: hstsOption === false ? undefined : hstsHeaderValue(hstsOption), dynamicCsp };
  } catch (err) {
    if (err instanceof TypeError) throw err;
    throw new TypeError(`securityHeaders: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

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
  const values = Object.values(headers.set);
  // Lower-case field names: see HSTS_FIELD (node:http skips its own lower-casing).
  const names = Object.keys(headers.set).map((name) => name.toLowerCase());
  const count = names.length;
  const firstName = names[0];
  const removed = headers.remove.map((name) => name.toLowerCase());
  const staticSet = headers.set;
  // This request's set with a per-request CSP (nonces), for error responses.
  const errorSetKey = Symbol('securityHeaders error set');
  // Headers a route put on its error win ('fill').
  const onError = (ctx: Koa.Context, err: unknown): unknown =>
    withErrorHeaders(err, (dynamicCsp && (ctx as unknown as Record<symbol, Record<string, string> | undefined>)[errorSetKey]) || staticSet, [], 'fill');
  const hookOnError = errorHook(onError);
  const headersMiddleware: Koa.Middleware = async function securityHeadersMiddleware(ctx, next) {
    const res = ctx.res;
    // Straight to node:http (values were validated by helmet at construction);
    // Koa's ctx.set adds a delegate hop and checks per header.
    if (!res.headersSent) {
      for (let i = 0; i < count; i++) res.setHeader(names[i]!, values[i]!);
      for (let i = 0; i < removed.length; i++) res.removeHeader(removed[i]!);
    }
    if (dynamicCsp) {
      const csp = record(dynamicCsp, ctx.req, res).set;
      for (const [name, value] of Object.entries(csp)) res.setHeader(name, value);
      (ctx as unknown as Record<symbol, Record<string, string>>)[errorSetKey] = { ...staticSet, ...csp };
    }
    // Errors Koa hits after the chain (in respond) bypass the catch below.
    hookOnError(ctx);
    try {
      await next();
    } catch (err) {
      throw onError(ctx, err);
    }
    if (res.headersSent) return;
    // A downstream middleware that renders errors itself the way Koa does
    // (e.g. mutualAuth signing its error responses) wipes every header first.
    // If none of ours is left it was a wipe, not a per-route override (which
    // removes one header), so put the set back.
    if (firstName !== undefined && !res.hasHeader(firstName) && names.every((name) => !res.hasHeader(name))) {
      for (let i = 0; i < count; i++) res.setHeader(names[i]!, values[i]!);
    }
  };
  if (hsts === undefined) return headersMiddleware;
  // HSTS is exactly hsts()'s middleware (transport-aware, once, on errors too) around the rest.
  const hstsPart = hstsMiddleware(hsts) as (ctx: Koa.Context, next: Koa.Next) => Promise<void>;
  const headersPart = headersMiddleware as (ctx: Koa.Context, next: Koa.Next) => Promise<void>;
  return function securityHeadersWithHsts(ctx, next) {
    return hstsPart(ctx, () => headersPart(ctx, next));
  };
}
