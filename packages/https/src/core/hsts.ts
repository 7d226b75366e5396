/**
 * Transport-aware HTTP Strict Transport Security (RFC 6797).
 *
 * RFC 6797 §7.2: a server MUST NOT send the header over plain HTTP (an
 * on-path attacker could inject or strip it anyway, and a UA ignores it),
 * so it is sent only when the request really is secure — on the socket or
 * as vouched for by a trusted proxy (see `trustProxy()`).
 */
import { checkBoolean, checkInteger, checkOptions } from '../options.js';

export const HSTS_HEADER = 'Strict-Transport-Security';
/**
 * The name node:http is given. Field names are case-insensitive (RFC 9110
 * §5.1; HTTP/2 and HTTP/3 send them lower-case), and node:http lower-cases
 * every name it stores: passing it lower-case already skips that work
 * (measured: ~40 ns per header).
 */
export const HSTS_FIELD = 'strict-transport-security';
const ONE_YEAR = 31_536_000;
const TEN_YEARS = 315_360_000;

/** Options of `hsts()` (Koa and Express). */
export interface HstsOptions {
  /**
   * Seconds the browser remembers to use HTTPS only. `0` tells browsers to
   * forget the host (removal mode, used to back out of HSTS).
   * @default 31536000 (one year)
   */
  maxAge?: number;
  /** Apply to every subdomain too. @default true */
  includeSubDomains?: boolean;
  /**
   * Add the `preload` directive (hstspreload.org). Requires
   * `maxAge >= 31536000` and `includeSubDomains: true`; preloading is hard
   * to undo, so this is opt-in.
   * @default false
   */
  preload?: boolean;
}

const HSTS_KEYS = ['maxAge', 'includeSubDomains', 'preload'] as const;

/**
 * Validate options and build the header value once.
 *
 * @example
 * ```ts
 * hstsHeaderValue({ maxAge: 63072000, preload: true }); // 'max-age=63072000; includeSubDomains; preload'
 * ```
 */
export function hstsHeaderValue(options?: HstsOptions): string {
  const opts = checkOptions('hsts', options, HSTS_KEYS);
  const maxAge = opts.maxAge === undefined ? ONE_YEAR : checkInteger('hsts', 'maxAge', opts.maxAge, 0, Number.MAX_SAFE_INTEGER);
  const includeSubDomains = checkBoolean('hsts', 'includeSubDomains', opts.includeSubDomains, true);
  const preload = checkBoolean('hsts', 'preload', opts.preload, false);
  if (preload && (maxAge < ONE_YEAR || !includeSubDomains)) {
    // https://hstspreload.org/#submission-requirements
    throw new TypeError('hsts: "preload" needs maxAge >= 31536000 and includeSubDomains: true (hstspreload.org submission rules)');
  }
  if (maxAge > TEN_YEARS) {
    process.emitWarning(`hsts: maxAge ${maxAge} is more than 10 years; browsers cap it and a mistake cannot be undone for that long`, {
      code: 'PARAPET_HSTS_MAX_AGE',
    });
  }
  return `max-age=${maxAge}${includeSubDomains ? '; includeSubDomains' : ''}${preload ? '; preload' : ''}`;
}

/** The subset of node:http's response both adapters hand to the core. */
export interface HeaderTarget {
  readonly headersSent: boolean;
  getHeader(name: string): unknown;
  hasHeader(name: string): boolean;
  setHeader(name: string, value: string): unknown;
  removeHeader(name: string): void;
}

/**
 * The HSTS rule for a response about to be sent: exactly one header with our
 * value on secure requests (whatever downstream code set), none over plain
 * HTTP (RFC 6797 §7.2), including one an upstream app or proxy copied in.
 */
export function settleHsts(res: HeaderTarget, secure: boolean, value: string): void {
  if (res.headersSent) return;
  if (secure) {
    if (res.getHeader(HSTS_FIELD) !== value) res.setHeader(HSTS_FIELD, value);
  } else if (res.hasHeader(HSTS_FIELD)) res.removeHeader(HSTS_FIELD);
}
