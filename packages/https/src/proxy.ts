/**
 * Trusted-proxy resolution: who is the client, and did it use HTTPS?
 *
 * Forwarded headers are client-controlled unless a proxy we trust wrote
 * them, so they are read only when the TCP peer is a trusted proxy, and then
 * walked from the right (the hop nearest to us) leftwards: each hop written
 * by a trusted proxy is believed, and the first untrusted address is the
 * client. Anything further left was written by the client and is ignored.
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type Koa from 'koa';
import { MAX_HOPS, parseForwarded, parseNode, splitList } from './forwarded.js';
import { parseAuthority, parsePort, type HostAndPort } from './host.js';
import { formatIp, IpMatcher, parseIp, type ParsedIp } from './ip.js';
import { checkInteger, checkOptions } from './options.js';

/** Options of {@link trustProxy} and {@link createTransportResolver}. */
export interface TrustProxyOptions {
  /**
   * IPs, CIDRs or keywords (`loopback`, `private`, `linklocal`,
   * `uniquelocal`) of the proxies whose forwarded headers are believed.
   * Mutually exclusive with `hops`.
   * @default [] (trust nobody: forwarded headers are never read)
   */
  trustedProxies?: readonly string[];
  /**
   * Alternative to `trustedProxies`: trust exactly this many proxy hops in
   * front of the app, whatever their address (1 = only the TCP peer).
   * Use only when the app cannot be reached except through those proxies.
   * @default undefined
   */
  hops?: number;
}

/** How a request reached us, as established by the socket or a trusted proxy. */
export interface RequestTransport {
  readonly scheme: 'http' | 'https';
  /** `scheme === 'https'`. */
  readonly secure: boolean;
  /** Hostname, lower-case, no port; IPv6 literal without brackets; `undefined` if missing or invalid. */
  readonly host: string | undefined;
  /** Explicit port, if any. */
  readonly port: number | undefined;
  /** Normalized client address: the nearest untrusted hop, or the TCP peer when no proxy is trusted. */
  readonly clientIp: string;
  /** Normalized TCP peer address (`''` if the socket has already closed). */
  readonly peerIp: string;
  /** Whether forwarded headers were used. */
  readonly viaProxy: boolean;
}

declare module 'koa' {
  interface DefaultState {
    /** Set by `trustProxy()` or lazily by `getTransport()` (@parapet/https). */
    transport?: RequestTransport;
  }
}

/** One hop of a forwarded chain, leftmost (client side) first. */
interface Hop {
  /** `undefined`: unknown, obfuscated or invalid — never trusted, never a client address. */
  readonly ip: ParsedIp | undefined;
  readonly proto: string | undefined;
  readonly host: string | undefined;
}

type TrustFn = (ip: ParsedIp, distance: number) => boolean;

// Takes the headers object, not the request: `req.headers` is a getter in Node >= 19.
function headerValue(headers: IncomingMessage['headers'], name: string): string | undefined {
  const value = headers[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : value;
}

function toScheme(proto: string | undefined): 'http' | 'https' | undefined {
  if (proto === undefined) return undefined;
  // Exact lower-case spellings first: what every proxy sends, no allocation.
  if (proto === 'https') return 'https';
  if (proto === 'http') return 'http';
  const lower = proto.toLowerCase();
  if (lower === 'https' || lower === 'wss') return 'https';
  if (lower === 'http' || lower === 'ws') return 'http';
  return undefined;
}

function hostHeader(req: IncomingMessage): HostAndPort | undefined {
  // Two Host headers are a request-smuggling signal (RFC 9112 §3.2: 400);
  // Node silently keeps the first, so look at the raw list.
  const raw = req.rawHeaders;
  if (Array.isArray(raw)) {
    let count = 0;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i]!;
      if (name.length === 4 && name.toLowerCase() === 'host') count++;
    }
    if (count > 1) return undefined;
  }
  const headers = req.headers;
  const authority = headers.host ?? headerValue(headers, ':authority');
  // One-entry memo: a server sees the same Host over and over; no growth under floods.
  if (authority !== lastAuthority) {
    lastAuthority = authority;
    lastParsedAuthority = parseAuthority(authority);
  }
  return lastParsedAuthority;
}
let lastAuthority: string | undefined;
let lastParsedAuthority: HostAndPort | undefined;

/** Peer address, parsed and formatted, with a one-entry memo (behind a proxy it is always the proxy). */
function peerAddress(remote: string | undefined): { parsed: ParsedIp | undefined; text: string } {
  if (remote !== lastPeer.raw) {
    const parsed = parseIp(remote ?? '');
    lastPeer = { raw: remote, parsed, text: parsed ? formatIp(parsed) : '' };
  }
  return lastPeer;
}
let lastPeer: { raw: string | undefined; parsed: ParsedIp | undefined; text: string } = { raw: undefined, parsed: undefined, text: '' };

/** Chain from `Forwarded`, or `undefined` if the header is malformed. */
function forwardedChain(header: string): Hop[] | undefined {
  const elements = parseForwarded(header);
  if (!elements) return undefined;
  return elements.map((element) => ({
    ip: parseNode(element.get('for')),
    proto: element.get('proto'),
    host: element.get('host'),
  }));
}

/**
 * Chain from `X-Forwarded-For/-Proto/-Host`. Proto and host lists are
 * aligned with the address list when they have the same length (each proxy
 * appended one entry of each); otherwise their rightmost entry — written by
 * the nearest proxy, never the client-supplied leftmost — applies to every hop.
 */
function xForwardedChain(headers: IncomingMessage['headers']): Hop[] | undefined {
  const forRaw = headerValue(headers, 'x-forwarded-for');
  const protoRaw = headerValue(headers, 'x-forwarded-proto');
  const hostRaw = headerValue(headers, 'x-forwarded-host');
  const protos = protoRaw === undefined ? EMPTY : splitList(protoRaw);
  const hosts = hostRaw === undefined ? EMPTY : splitList(hostRaw);
  if (!protos || !hosts) return undefined;
  if (forRaw === undefined) {
    // No address list: a single hop describing the peer's view of the client connection.
    return [{ ip: undefined, proto: protos.at(-1), host: hosts.at(-1) }];
  }
  const fors = splitList(forRaw);
  if (!fors) return undefined;
  const chain: Hop[] = new Array<Hop>(fors.length);
  for (let index = 0; index < fors.length; index++) {
    chain[index] = { ip: parseNode(fors[index]), proto: pickAligned(protos, fors.length, index), host: pickAligned(hosts, fors.length, index) };
  }
  return chain;
}

const EMPTY: string[] = [];

/** Entry `index` of a list aligned with an address list of `length`, else its rightmost entry. */
function pickAligned(list: readonly string[], length: number, index: number): string | undefined {
  if (list.length === 0) return undefined;
  return list.length === length ? list[index] : list[list.length - 1];
}

function compileTrust(options: TrustProxyOptions | undefined): TrustFn | undefined {
  const opts = checkOptions('trustProxy', options, ['trustedProxies', 'hops']);
  const list = opts.trustedProxies;
  const hops = opts.hops;
  if (list !== undefined && hops !== undefined) {
    throw new TypeError('trustProxy: use either "trustedProxies" or "hops", not both');
  }
  if (hops !== undefined) {
    const count = checkInteger('trustProxy', 'hops', hops, 1, MAX_HOPS);
    return (_ip, distance) => distance < count;
  }
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) throw new TypeError('trustProxy: "trustedProxies" must be an array of IPs, CIDRs or keywords');
  const matcher = new IpMatcher(list as readonly string[], 'trustProxy: "trustedProxies"');
  if (matcher.empty) return undefined;
  return (ip) => matcher.matchesParsed(ip);
}

/**
 * Build a resolver from a request to its {@link RequestTransport}.
 * Options are validated once; the returned function never throws.
 *
 * Rules:
 * - Forwarded headers are read only when the TCP peer is trusted.
 * - `Forwarded` (RFC 7239) wins over `X-Forwarded-*` when both are present;
 *   the `X-Forwarded-*` headers are then ignored entirely, so a client cannot
 *   smuggle an `X-Forwarded-Proto` past a proxy that only sets `Forwarded`.
 * - The chain is walked from the right while hops are trusted; the first
 *   untrusted hop is the client. An `unknown`/obfuscated/invalid hop stops
 *   the walk and the last trusted address is used as the client.
 * - Scheme and host come from the element written by the outermost trusted
 *   proxy (the one that received the client's connection); if it has none,
 *   from the nearest element to its right that has one; else from the socket
 *   and the `Host` header. An invalid forwarded host makes `host` undefined.
 * - Port: from the forwarded host, else `X-Forwarded-Port` (rightmost), else
 *   the `Host` header when the host was not forwarded.
 * - A malformed `Forwarded` header is ignored as a whole (peer address and
 *   socket scheme are used).
 *
 * @example
 * ```ts
 * const resolve = createTransportResolver({ trustedProxies: ['10.0.0.0/8'] });
 * http.createServer((req, res) => res.end(resolve(req).clientIp));
 * ```
 */
export function createTransportResolver(options?: TrustProxyOptions): (req: IncomingMessage) => RequestTransport {
  const trust = compileTrust(options);
  return (req) => resolveTransport(req, trust);
}

function resolveTransport(req: IncomingMessage, trust: TrustFn | undefined): RequestTransport {
  const socket = req.socket as Partial<TLSSocket> | undefined;
  const peer = peerAddress(socket?.remoteAddress);
  const peerParsed = peer.parsed;
  const peerIp = peer.text;
  const socketScheme: 'http' | 'https' = socket?.encrypted === true ? 'https' : 'http';
  const authority = hostHeader(req);
  if (!trust || !peerParsed || !trust(peerParsed, 0)) return directTransport(socketScheme, authority, peerIp);

  const headers = req.headers;
  const forwarded = headerValue(headers, 'forwarded');
  let chain: Hop[] | undefined;
  if (forwarded !== undefined) {
    chain = forwardedChain(forwarded);
  } else if (
    headers['x-forwarded-for'] !== undefined ||
    headers['x-forwarded-proto'] !== undefined ||
    headers['x-forwarded-host'] !== undefined ||
    headers['x-forwarded-port'] !== undefined
  ) {
    chain = xForwardedChain(headers);
  }
  if (!chain || chain.length === 0) return directTransport(socketScheme, authority, peerIp);

  let client = peerParsed;
  let outermost = chain.length - 1;
  for (let k = chain.length - 1, distance = 1; k >= 0; k--, distance++) {
    outermost = k;
    const ip = chain[k]!.ip;
    if (!ip) break;
    client = ip;
    if (!trust(ip, distance)) break;
  }

  let scheme: 'http' | 'https' | undefined;
  let forwardedHost: string | undefined;
  for (let k = outermost; k < chain.length && scheme === undefined; k++) scheme = toScheme(chain[k]!.proto);
  for (let k = outermost; k < chain.length && forwardedHost === undefined; k++) forwardedHost = chain[k]!.host;

  let host = authority?.host;
  let port = authority?.port;
  if (forwardedHost !== undefined) {
    const parsed = parseAuthority(forwardedHost);
    host = parsed?.host;
    port = parsed?.port;
  }
  if (forwarded === undefined && (forwardedHost === undefined || port === undefined)) {
    const portList = headerValue(headers, 'x-forwarded-port');
    const last = portList === undefined ? undefined : splitList(portList)?.at(-1);
    if (last !== undefined) port = parsePort(last);
  }
  const finalScheme = scheme ?? socketScheme;
  return {
    scheme: finalScheme,
    secure: finalScheme === 'https',
    host,
    port,
    // The peer's text is already formatted (and memoized): no per-request formatting.
    clientIp: client === peerParsed ? peerIp : formatIp(client),
    peerIp,
    viaProxy: true,
  };
}

function directTransport(scheme: 'http' | 'https', authority: HostAndPort | undefined, peerIp: string): RequestTransport {
  return {
    scheme,
    secure: scheme === 'https',
    host: authority?.host,
    port: authority?.port,
    clientIp: peerIp,
    peerIp,
    viaProxy: false,
  };
}

/**
 * Koa middleware: resolves the transport once per request and stores it on
 * `ctx.state.transport`. Put it first in the app when behind a proxy.
 *
 * Koa's own `ctx.ip`, `ctx.protocol` and `ctx.secure` are untouched (they
 * follow `app.proxy`); Parapet middlewares use `getTransport(ctx)`.
 *
 * @example
 * ```ts
 * app.use(trustProxy({ trustedProxies: ['10.0.0.0/8'] }));
 * ```
 */
export function trustProxy(options?: TrustProxyOptions): Koa.Middleware {
  const resolve = createTransportResolver(options);
  // Not async: one promise fewer per request; Koa's compose handles the return value.
  return function trustProxyMiddleware(ctx, next) {
    ctx.state.transport = resolve(ctx.req);
    return next();
  };
}

const socketOnly = createTransportResolver();

/**
 * The request's transport: `ctx.state.transport` if `trustProxy()` ran,
 * otherwise resolved from the socket alone (no header trusted) and memoized
 * on `ctx.state.transport`.
 *
 * @example
 * ```ts
 * const { clientIp, secure } = getTransport(ctx);
 * ```
 */
export function getTransport(ctx: Koa.Context): RequestTransport {
  const existing = ctx.state.transport;
  if (existing) return existing;
  const transport = socketOnly(ctx.req);
  ctx.state.transport = transport;
  return transport;
}
