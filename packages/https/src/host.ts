import { formatIp, parseIp } from './ip.js';

/** A validated `host[:port]` authority. */
export interface HostAndPort {
  /** Lower-case hostname without a trailing dot; IPv6 literals without brackets, canonical form. */
  readonly host: string;
  /** Explicit port, if the authority had one. */
  readonly port: number | undefined;
}

// RFC 1123 labels; "_" is tolerated because container/service names use it.
const LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?';
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const PORT = /^[0-9]{1,5}$/;
const MAX_AUTHORITY = 262; // 253-character name + ":65535" + brackets slack

/** Parse a port number, 1–65535 (no signs, no spaces, no leading "+"). */
export function parsePort(text: string): number | undefined {
  if (!PORT.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/**
 * Validate a hostname (no port): a DNS name, an IPv4 dotted quad, or an
 * IPv6 literal with or without brackets. Returns its canonical lower-case
 * form, or `undefined`.
 */
export function parseHostname(input: string): string | undefined {
  if (input.length === 0 || input.length > MAX_AUTHORITY) return undefined;
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return undefined;
    return parseIpv6Literal(input.slice(1, -1));
  }
  if (input.includes(':')) return parseIpv6Literal(input);
  let name = input.toLowerCase();
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (name.length === 0 || name.length > 253 || !HOSTNAME.test(name)) return undefined;
  // WHATWG URL treats a name whose last label is numeric as IPv4 ("1.2.3",
  // "010.1.1.1", "0x7f.1"): accept only strict dotted quads so the name we
  // validate is the name a browser would connect to.
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (/^(?:[0-9]+|0x[0-9a-f]*)$/.test(last)) {
    const ip = parseIp(name);
    return ip && ip.version === 4 ? formatIp(ip) : undefined;
  }
  return name;
}

function parseIpv6Literal(text: string): string | undefined {
  if (!text.includes(':')) return undefined;
  const ip = parseIp(text);
  return ip ? formatIp(ip) : undefined;
}

/**
 * Parse a `Host` header (or a forwarded host) as `host[:port]`. Rejects
 * userinfo (`localhost@evil.com`), paths, unbracketed IPv6, empty or
 * out-of-range ports, and anything over 262 characters.
 *
 * @example
 * ```ts
 * parseAuthority('[::1]:8080'); // { host: '::1', port: 8080 }
 * parseAuthority('localhost@evil.com'); // undefined
 * ```
 */
export function parseAuthority(input: string | undefined): HostAndPort | undefined {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_AUTHORITY) return undefined;
  const parts = splitHostPort(input);
  if (!parts || parts.bareIpv6) return undefined; // unbracketed IPv6 is not an authority
  const host = parseHostname(parts.host);
  if (host === undefined) return undefined;
  if (parts.port === undefined) return { host, port: undefined };
  const port = parsePort(parts.port);
  return port === undefined ? undefined : { host, port };
}

/**
 * Split `host[:port]` / `[v6][:port]` without validating either part.
 * `host` keeps its brackets; `bareIpv6` flags text with several colons and
 * no brackets (not an authority, but how X-Forwarded-For writes IPv6).
 */
export function splitHostPort(input: string): { host: string; port: string | undefined; bareIpv6: boolean } | undefined {
  if (input.startsWith('[')) {
    const close = input.indexOf(']');
    if (close === -1) return undefined;
    const rest = input.slice(close + 1);
    if (rest !== '' && !rest.startsWith(':')) return undefined;
    return { host: input.slice(0, close + 1), port: rest === '' ? undefined : rest.slice(1), bareIpv6: false };
  }
  const colon = input.indexOf(':');
  if (colon === -1) return { host: input, port: undefined, bareIpv6: false };
  if (input.indexOf(':', colon + 1) !== -1) return { host: input, port: undefined, bareIpv6: true };
  return { host: input.slice(0, colon), port: input.slice(colon + 1), bareIpv6: false };
}

/** `host` as it must appear in a URL authority: IPv6 literals in brackets. */
export function formatHostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
