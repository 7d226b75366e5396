/**
 * Security headers from helmet (the real dependency), compiled for both adapters.
 *
 * Helmet's Express-style middlewares are run once at construction against a
 * recording response, so each request only copies precomputed strings.
 * Helmet's own HSTS is always disabled: HSTS comes from our transport-aware
 * `hsts` core, which never sends it over plain HTTP.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { contentSecurityPolicy, type HelmetOptions } from 'helmet';
import { hstsHeaderValue, type HeaderTarget, type HstsOptions } from './hsts.js';
import { checkOptions } from '../options.js';

type CspOptions = Exclude<NonNullable<HelmetOptions['contentSecurityPolicy']>, boolean>;

/** Options of `securityHeaders()` (Koa and Express): helmet's options, with HSTS made transport-aware. */
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

export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** Run an Express-style helmet middleware against a recording response. */
export function record(middleware: NodeMiddleware, req: IncomingMessage, base?: ServerResponse): SecurityHeaderSet {
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
  dynamicCsp: NodeMiddleware | undefined;
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
  let dynamicCsp: NodeMiddleware | undefined;
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


/** A compiled header set in the shape the per-request loops use (lower-case names: see HSTS_FIELD). */
export interface HeaderPlan {
  readonly names: readonly string[];
  readonly values: readonly string[];
  readonly removed: readonly string[];
}

export function headerPlan(headers: SecurityHeaderSet): HeaderPlan {
  return {
    names: Object.keys(headers.set).map((name) => name.toLowerCase()),
    values: Object.values(headers.set),
    removed: headers.remove.map((name) => name.toLowerCase()),
  };
}

/** Set the compiled headers, straight on node:http (values were validated by helmet at construction). */
export function applyHeaders(res: HeaderTarget, plan: HeaderPlan): void {
  if (res.headersSent) return;
  const { names, values, removed } = plan;
  for (let i = 0; i < names.length; i++) res.setHeader(names[i]!, values[i]!);
  for (let i = 0; i < removed.length; i++) res.removeHeader(removed[i]!);
}

/**
 * Before a response is sent: code that renders errors by wiping every header
 * first (Koa's way; mutualAuth signing its errors does it too) leaves none of
 * ours, while a per-route override removes one. Put the set back only after
 * a wipe, so the override wins.
 */
export function restoreAfterWipe(res: HeaderTarget, plan: HeaderPlan): void {
  const { names, values } = plan;
  if (res.headersSent || names.length === 0 || names.some((name) => res.hasHeader(name))) return;
  for (let i = 0; i < names.length; i++) res.setHeader(names[i]!, values[i]!);
}

/** Run a CSP with function directives (nonces) for this request; returns what it set. */
export function applyDynamicCsp(csp: NodeMiddleware, req: IncomingMessage, res: ServerResponse): Record<string, string> {
  const set = record(csp, req, res).set;
  for (const [name, value] of Object.entries(set)) res.setHeader(name, value);
  return set;
}
