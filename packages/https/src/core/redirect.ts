/**
 * Plain-HTTP → HTTPS redirects that cannot be turned into open redirects.
 *
 * - The target host is never taken from the request unless it is on the
 *   allowlist (koa-sslify copies the raw `Host` header into `Location`).
 * - Only GET and HEAD are redirected: any other request has already sent its
 *   body in cleartext, and a redirect would teach clients that this is fine
 *   (OWASP Transport Layer Security Cheat Sheet: APIs should fail).
 * - Scheme comes from `getTransport()`, so a trusted proxy that terminated
 *   TLS stops the redirect (no loops) and an untrusted client cannot.
 */
import { HttpsRequiredError, InvalidRequestTargetError, MisdirectedRequestError, type ParapetError } from '../errors.js';
import { formatHostForUrl, parseHostname } from '../host.js';
import { checkBoolean, checkInteger, checkOneOf, checkOptions } from '../options.js';
import type { RequestTransport } from './transport.js';

/**
 * Options of `httpsRedirect` (Koa and Express). At least one of
 * `canonicalHost` / `allowedHosts` is required. `C` is what the `exempt`
 * predicate receives: Koa's context, or Express's request.
 */
export interface RedirectPolicyOptions<C> {
  /** The site's main hostname (no port). Always allowed; target of redirects for unknown hosts when `unknownHost: 'canonical'`. @default undefined */
  canonicalHost?: string;
  /** Other hostnames served here, redirected to themselves (HSTS preload wants same-host first). `*.example.com` matches any subdomain depth, not the apex. @default [] */
  allowedHosts?: readonly string[];
  /** What to do when `Host` is missing, malformed or not allowed: answer `unknownHostStatus`, or redirect to `canonicalHost`. @default 'reject' */
  unknownHost?: 'reject' | 'canonical';
  /** Status for an unknown `Host` when rejecting. @default 400 */
  unknownHostStatus?: 400 | 421;
  /** Redirect status for GET/HEAD. 308 also preserves the method. @default 301 */
  status?: 301 | 308;
  /**
   * Redirect with 307 instead (also for `redirectOtherMethods`), during a
   * rollout: browsers do not cache it as they cache 301/308, so it can be
   * undone. 307, not 302: 302 lets clients turn a POST into a GET.
   * Exclusive with `status`.
   * @default false
   */
  temporary?: boolean;
  /** Status for other methods: 403 Forbidden, or 426 Upgrade Required (with `Upgrade: TLS/1.2, HTTP/1.1`). @default 403 */
  refuseStatus?: 403 | 426;
  /** Redirect other methods with 308 instead of refusing. Weakens security: their body was already sent in cleartext. @default false */
  redirectOtherMethods?: boolean;
  /** HTTPS port used in `Location` (443 is omitted). @default 443 */
  httpsPort?: number;
  /** Per incoming port mapping to the HTTPS port, e.g. `{ 8080: 8443 }`; unmapped ports use `httpsPort`. @default {} */
  portMap?: Readonly<Record<number, number>>;
  /** Serve `/.well-known/acme-challenge/*` over HTTP (ACME HTTP-01 needs it). @default true */
  acmeChallenge?: boolean;
  /** Paths served over plain HTTP: exact (`/healthz`) or prefix when ending in `/` (`/captive/`). @default [] */
  exemptPaths?: readonly string[];
  /**
   * Extra exemption predicate (captive-portal probes, health checks by
   * header, …), called with the request's Koa context (Express: the
   * request); `createRedirectPolicy` callers pass it as `ctx`.
   * @default undefined
   */
  exempt?: (ctx: C) => boolean;
}

/** What to do with one request. */
export type RedirectDecision =
  | { readonly action: 'pass' }
  | { readonly action: 'redirect'; readonly status: 301 | 307 | 308; readonly location: string }
  | { readonly action: 'refuse'; readonly error: ParapetError };

/** Request facts the decision needs; framework-neutral. */
export interface RedirectRequest<C = unknown> {
  readonly method: string;
  /** Request-target as received (`req.url`). */
  readonly url: string;
  readonly transport: RequestTransport;
  /** `req.httpVersionMajor`: 2 leaves connection-specific headers off refusals. @default 1 */
  readonly httpVersionMajor?: number;
  /** The request context handed to the `exempt` option; required when it is set. */
  readonly ctx?: C;
}

const ACME_PREFIX = '/.well-known/acme-challenge/';
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE_EXEMPT_PATH = /(?:^|\/)\.\.?(?:\/|$)|[%\\;\x00-\x20\x7f]/;
const KEYS = [
  'canonicalHost',
  'allowedHosts',
  'unknownHost',
  'unknownHostStatus',
  'status',
  'temporary',
  'refuseStatus',
  'redirectOtherMethods',
  'httpsPort',
  'portMap',
  'acmeChallenge',
  'exemptPaths',
  'exempt',
] as const;

function allowedHostMatcher(canonical: string | undefined, list: readonly string[]): (host: string) => boolean {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  if (canonical !== undefined) exact.add(canonical);
  for (const entry of list) {
    if (typeof entry !== 'string') throw new TypeError('httpsRedirect: "allowedHosts" entries must be strings');
    if (entry.startsWith('*.')) {
      const base = parseHostname(entry.slice(2));
      if (base === undefined || base.includes(':') || /^[0-9.]+$/.test(base)) {
        throw new TypeError(`httpsRedirect: invalid "allowedHosts" entry "${entry}"`);
      }
      suffixes.push(`.${base}`);
      continue;
    }
    const host = parseHostname(entry);
    if (host === undefined) throw new TypeError(`httpsRedirect: invalid "allowedHosts" entry "${entry}" (hostname or IP, no port)`);
    exact.add(host);
  }
  return (host) => exact.has(host) || suffixes.some((suffix) => host.endsWith(suffix) && !host.includes(':'));
}

function compileExemptPaths(acme: boolean, paths: readonly string[]): (path: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = acme ? [ACME_PREFIX] : [];
  for (const path of paths) {
    // An entry the request-time check would never match is a silent misconfiguration.
    if (typeof path !== 'string' || !path.startsWith('/') || /[?#]/.test(path) || UNSAFE_EXEMPT_PATH.test(path)) {
      throw new TypeError(
        `httpsRedirect: invalid "exemptPaths" entry ${JSON.stringify(path)} (must start with "/"; no query, dot segments, "%", ";", "\\" or whitespace)`,
      );
    }
    if (path.endsWith('/')) prefixes.push(path);
    else exact.add(path);
  }
  if (exact.size === 0 && prefixes.length === 0) return () => false;
  return (path) => {
    // Only plain paths are exempt. A dot segment, any percent-escape (%2e,
    // %2f, double-encoded %252e), a backslash, a ";" path parameter ("..;",
    // Tomcat-style) or a control character could make a prefix exemption
    // reach outside its directory in a file server or a backend that decodes
    // or normalizes again (".well-known/acme-challenge/..;/admin").
    if (UNSAFE_EXEMPT_PATH.test(path)) return false;
    return exact.has(path) || prefixes.some((prefix) => path.startsWith(prefix));
  };
}

function pathAndQuery(url: string): string | undefined {
  if (url.startsWith('/')) return url;
  // absolute-form (RFC 9112 §3.2.2) from a client talking to us as a proxy
  if (/^https?:\/\//i.test(url)) {
    try {
      const parsed = new URL(url);
      return `${parsed.pathname}${parsed.search}`;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Validate options once and return the framework-neutral decision function.
 *
 * @example
 * ```ts
 * const decide = createRedirectPolicy({ canonicalHost: 'example.com' });
 * decide({ method: 'GET', url: '/a?b', transport }); // { action: 'redirect', status: 301, location: 'https://example.com/a?b' }
 * ```
 */
export function createRedirectPolicy<C>(options: RedirectPolicyOptions<C>): (request: RedirectRequest<C>) => RedirectDecision {
  const opts = checkOptions('httpsRedirect', options, KEYS);
  let canonical: string | undefined;
  if (opts.canonicalHost !== undefined) {
    canonical = typeof opts.canonicalHost === 'string' ? parseHostname(opts.canonicalHost) : undefined;
    if (canonical === undefined) {
      throw new TypeError(`httpsRedirect: invalid "canonicalHost" ${JSON.stringify(opts.canonicalHost)} (hostname or IP, no port, no scheme)`);
    }
  }
  const list = opts.allowedHosts ?? [];
  if (!Array.isArray(list)) throw new TypeError('httpsRedirect: "allowedHosts" must be an array of hostnames');
  if (canonical === undefined && list.length === 0) {
    throw new TypeError('httpsRedirect: set "canonicalHost" or "allowedHosts"; redirecting to whatever Host a client sends is an open redirect');
  }
  const isAllowed = allowedHostMatcher(canonical, list as readonly string[]);
  const unknownHost = checkOneOf('httpsRedirect', 'unknownHost', opts.unknownHost ?? 'reject', ['reject', 'canonical'] as const);
  if (unknownHost === 'canonical' && canonical === undefined) {
    throw new TypeError('httpsRedirect: "unknownHost: \'canonical\'" needs "canonicalHost"');
  }
  const unknownHostStatus = checkOneOf('httpsRedirect', 'unknownHostStatus', opts.unknownHostStatus ?? 400, [400, 421] as const);
  const temporary = checkBoolean('httpsRedirect', 'temporary', opts.temporary, false);
  if (temporary && opts.status !== undefined) throw new TypeError('httpsRedirect: use "temporary" or "status", not both');
  const status = temporary ? 307 : checkOneOf('httpsRedirect', 'status', opts.status ?? 301, [301, 308] as const);
  const otherStatus = temporary ? 307 : 308;
  const refuseStatus = checkOneOf('httpsRedirect', 'refuseStatus', opts.refuseStatus ?? 403, [403, 426] as const);
  const redirectOtherMethods = checkBoolean('httpsRedirect', 'redirectOtherMethods', opts.redirectOtherMethods, false);
  const httpsPort = opts.httpsPort === undefined ? 443 : checkInteger('httpsRedirect', 'httpsPort', opts.httpsPort, 1, 65535);
  const portMap = new Map<number, number>();
  if (opts.portMap !== undefined) {
    if (opts.portMap === null || typeof opts.portMap !== 'object' || Array.isArray(opts.portMap)) {
      throw new TypeError('httpsRedirect: "portMap" must be an object like { 8080: 8443 }');
    }
    for (const [from, to] of Object.entries(opts.portMap as Record<string, unknown>)) {
      const fromPort = checkInteger('httpsRedirect', `portMap key ${from}`, Number(from), 1, 65535);
      portMap.set(fromPort, checkInteger('httpsRedirect', `portMap[${from}]`, to, 1, 65535));
    }
  }
  const acme = checkBoolean('httpsRedirect', 'acmeChallenge', opts.acmeChallenge, true);
  const exemptPaths = opts.exemptPaths ?? [];
  if (!Array.isArray(exemptPaths)) throw new TypeError('httpsRedirect: "exemptPaths" must be an array of paths');
  const isExemptPath = compileExemptPaths(acme, exemptPaths as readonly string[]);
  if (opts.exempt !== undefined && typeof opts.exempt !== 'function') {
    throw new TypeError('httpsRedirect: "exempt" must be a function (ctx) => boolean');
  }
  const exempt = opts.exempt as ((ctx: C) => boolean) | undefined;

  // Fresh errors per request: Koa and our header merging write to thrown errors.
  const refuse = (error: ParapetError): RedirectDecision => ({ action: 'refuse', error });
  const pass = { action: 'pass' } as const;
  const authorityFor = (host: string, incomingPort: number | undefined): string => {
    const port = portMap.get(incomingPort ?? 80) ?? httpsPort;
    return `https://${formatHostForUrl(host)}${port === 443 ? '' : `:${port}`}`;
  };

  return ({ method, url, transport, httpVersionMajor, ctx }) => {
    if (transport.secure) return pass;
    const queryAt = url.indexOf('?');
    if (isExemptPath(queryAt === -1 ? url : url.slice(0, queryAt))) return pass;
    if (exempt) {
      if (ctx === undefined) throw new TypeError('httpsRedirect: "exempt" needs the request context: pass { ctx } to the policy');
      if (exempt(ctx)) return pass;
    }
    const redirectable = method === 'GET' || method === 'HEAD';
    if (!redirectable && !redirectOtherMethods) return refuse(new HttpsRequiredError(refuseStatus, httpVersionMajor));
    const path = pathAndQuery(url);
    if (path === undefined) return refuse(new InvalidRequestTargetError());
    let target: string;
    if (transport.host !== undefined && isAllowed(transport.host)) target = authorityFor(transport.host, transport.port);
    else if (unknownHost === 'canonical') target = authorityFor(canonical!, transport.port);
    else return refuse(new MisdirectedRequestError(unknownHostStatus));
    return { action: 'redirect', status: redirectable ? status : otherStatus, location: `${target}${path}` };
  };
}

