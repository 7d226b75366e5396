/**
 * Trusted-proxy resolution: who is the client, and did it use HTTPS?
 *
 * Forwarded headers are client-controlled unless a proxy we trust wrote
 * them, so they are read only when the TCP peer is a trusted proxy, only in
 * the one header family the deployment names, and then walked from the
 * right (the hop nearest to us) leftwards: each hop written by a trusted
 * proxy is believed, and the first untrusted address is the client.
 * Anything further left was written by the client and is never parsed.
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { forwardedElementBefore, listCursor, listEntryBefore, MAX_HOPS, parseNode } from '../forwarded.js';
import { parseAuthority, parsePort, type HostAndPort } from '../host.js';
import { formatIp, IpMatcher, parseIp, type ParsedIp } from '../ip.js';
import { checkBoolean, checkInteger, checkOneOf, checkOptions } from '../options.js';

/** Which forwarding headers a trusted proxy writes (and so the only ones read). */
export type ProxyHeaderFamily = 'x-forwarded' | 'forwarded';

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
  /**
   * The one header family your proxies write; the other family is never
   * read, not even from a trusted peer (proxies pass unknown client headers
   * through, so reading both lets the client choose). `'x-forwarded'`:
   * `X-Forwarded-For` + `X-Forwarded-Proto` (nginx, AWS ALB, Cloudflare,
   * HAProxy, ingress-nginx). `'forwarded'`: RFC 7239 `Forwarded`.
   * @default 'x-forwarded'
   */
  header?: ProxyHeaderFamily;
  /**
   * Also take the host and port from the trusted proxy: `X-Forwarded-Host`
   * and `X-Forwarded-Port` (or `host=` of `Forwarded`). Only safe when
   * every trusted proxy overwrites those headers: nginx and most load
   * balancers pass a client-sent `X-Forwarded-Host` through untouched.
   * @default false (host and port come from `Host` / `:authority`)
   */
  trustForwardedHost?: boolean;
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

type TrustFn = (ip: ParsedIp, distance: number) => boolean;

/** Compiled options. */
export interface Policy {
  readonly trust: TrustFn | undefined;
  readonly family: ProxyHeaderFamily;
  readonly forwardedHost: boolean;
}

/** What the walk over the trusted part of a chain established. */
interface Walk {
  client: ParsedIp;
  /** Proto/host written by the outermost trusted proxy, else by the nearest proxy to its right that wrote one. */
  proto: string | undefined;
  host: string | undefined;
  /** Addresses walked, nearest first (for Koa's `ctx.ips`); only collected on demand. */
  addresses: ParsedIp[] | undefined;
}

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
  const headers = req.headers;
  let authority = headers.host;
  // HTTP/2 (RFC 9113 §8.3.1): the authority is the `:authority`
  // pseudo-header; a `Host` naming something else makes the request malformed.
  if (req.httpVersionMajor >= 2) {
    const pseudo = headers[':authority'] as string | undefined;
    if (pseudo !== undefined) {
      if (authority !== undefined && authority !== pseudo) return undefined;
      authority = pseudo;
    }
  }
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

/**
 * Walk `Forwarded` from the right while hops are trusted. Each element is
 * parsed only when the walk reaches it, so a client-written prefix cannot
 * change the result, however long or malformed.
 */
function walkForwarded(header: string, peer: ParsedIp, policy: Policy, collect: boolean): Walk | undefined {
  const trust = policy.trust!;
  const walk: Walk = { client: peer, proto: undefined, host: undefined, addresses: collect ? [] : undefined };
  let end = header.length;
  let any = false;
  for (let distance = 1; end >= 0 && distance <= MAX_HOPS; ) {
    const [element, next] = forwardedElementBefore(header, end);
    end = next;
    // Unparseable: whoever wrote it is not a proxy we trust; stop at the last trusted address.
    if (element === undefined) break;
    if (element.size === 0) continue;
    any = true;
    // Proto/host of a trusted proxy's element; the leftmost one reached wins (rule 4 of the README).
    const proto = element.get('proto');
    if (proto !== undefined && toScheme(proto) !== undefined) walk.proto = proto;
    if (policy.forwardedHost) {
      const host = element.get('host');
      if (host !== undefined) walk.host = host;
    }
    const ip = parseNode(element.get('for'));
    if (!ip) break;
    walk.client = ip;
    walk.addresses?.push(ip);
    if (!trust(ip, distance)) break;
    distance++;
  }
  return any ? walk : undefined;
}

/**
 * Walk `X-Forwarded-For` from the right while hops are trusted. Proto (and,
 * opted in, host) lists are aligned with it from the right: each proxy that
 * appends to one appends to the other, and a proxy that overwrites leaves a
 * single entry, which then describes the nearest hop and every hop further
 * out that has no entry of its own.
 */
function walkXForwarded(headers: IncomingMessage['headers'], peer: ParsedIp, policy: Policy, collect: boolean): Walk | undefined {
  const trust = policy.trust!;
  const forRaw = headerValue(headers, 'x-forwarded-for');
  const protoRaw = headerValue(headers, 'x-forwarded-proto');
  const hostRaw = policy.forwardedHost ? headerValue(headers, 'x-forwarded-host') : undefined;
  if (forRaw === undefined && protoRaw === undefined && hostRaw === undefined) return undefined;
  const walk: Walk = { client: peer, proto: undefined, host: undefined, addresses: collect ? [] : undefined };
  let protoEnd = protoRaw === undefined ? -1 : protoRaw.length;
  let hostEnd = hostRaw === undefined ? -1 : hostRaw.length;
  let forEnd = forRaw === undefined ? -1 : forRaw.length;
  // Without an address list, the proxy still vouches for the scheme of its own client connection.
  for (let distance = 1; distance <= MAX_HOPS; distance++) {
    if (protoEnd >= 0) {
      const proto = listEntryBefore(protoRaw!, protoEnd);
      protoEnd = listCursor;
      if (toScheme(proto) !== undefined) walk.proto = proto;
    }
    if (hostEnd >= 0) {
      const host = listEntryBefore(hostRaw!, hostEnd);
      hostEnd = listCursor;
      if (host !== '') walk.host = host;
    }
    if (forEnd < 0) break;
    const ip = parseNode(listEntryBefore(forRaw!, forEnd));
    forEnd = listCursor;
    if (!ip) break;
    walk.client = ip;
    walk.addresses?.push(ip);
    if (!trust(ip, distance)) break;
  }
  return walk;
}

export function compileTrustPolicy(options: TrustProxyOptions | undefined): Policy {
  const opts = checkOptions('trustProxy', options, ['trustedProxies', 'hops', 'header', 'trustForwardedHost']);
  const family = checkOneOf('trustProxy', 'header', opts.header ?? 'x-forwarded', ['x-forwarded', 'forwarded'] as const);
  const forwardedHost = checkBoolean('trustProxy', 'trustForwardedHost', opts.trustForwardedHost, false);
  return { trust: compileTrust(opts), family, forwardedHost };
}

function compileTrust(opts: Record<string, unknown>): TrustFn | undefined {
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
 * - Forwarded headers are read only when the TCP peer is trusted, and only
 *   the chosen family (`header`); the other family is never consulted.
 * - The chain is walked from the right while hops are trusted; the first
 *   untrusted hop is the client. An `unknown`/obfuscated/invalid hop stops
 *   the walk and the last trusted address is used as the client. Entries
 *   left of where the walk stopped are never parsed.
 * - Scheme (and host, with `trustForwardedHost`) come from the outermost
 *   trusted proxy's entry; if it has none, from the nearest entry to its
 *   right that has one; else from the socket and the `Host` header.
 * - Port: from the forwarded host, else (opted in) the rightmost
 *   `X-Forwarded-Port`, else the `Host` header when the host was not forwarded.
 *
 * @example
 * ```ts
 * const resolve = createTransportResolver({ trustedProxies: ['10.0.0.0/8'] });
 * http.createServer((req, res) => res.end(resolve(req).clientIp));
 * ```
 */
export function createTransportResolver(options?: TrustProxyOptions): (req: IncomingMessage) => RequestTransport {
  const policy = compileTrustPolicy(options);
  return (req) => resolveTransport(req, policy);
}

function walkChain(req: IncomingMessage, peer: ParsedIp | undefined, policy: Policy, collect: boolean): Walk | undefined {
  if (!policy.trust || !peer || !policy.trust(peer, 0)) return undefined;
  const headers = req.headers;
  if (policy.family === 'forwarded') {
    const forwarded = headerValue(headers, 'forwarded');
    return forwarded === undefined ? undefined : walkForwarded(forwarded, peer, policy, collect);
  }
  return walkXForwarded(headers, peer, policy, collect);
}

export function resolveTransport(req: IncomingMessage, policy: Policy): RequestTransport {
  const socket = req.socket as Partial<TLSSocket> | undefined;
  const peer = peerAddress(socket?.remoteAddress);
  const peerParsed = peer.parsed;
  const peerIp = peer.text;
  const socketScheme: 'http' | 'https' = socket?.encrypted === true ? 'https' : 'http';
  const authority = hostHeader(req);
  const walk = walkChain(req, peerParsed, policy, false);
  if (!walk) return directTransport(socketScheme, authority, peerIp);

  let host = authority?.host;
  let port = authority?.port;
  if (walk.host !== undefined) {
    const parsed = parseAuthority(walk.host);
    host = parsed?.host;
    port = parsed?.port;
  }
  if (policy.forwardedHost && policy.family === 'x-forwarded' && (walk.host === undefined || port === undefined)) {
    const portList = headerValue(req.headers, 'x-forwarded-port');
    if (portList !== undefined) port = parsePort(listEntryBefore(portList, portList.length));
  }
  const finalScheme = toScheme(walk.proto) ?? socketScheme;
  return {
    scheme: finalScheme,
    secure: finalScheme === 'https',
    host,
    port,
    // The peer's text is already formatted (and memoized): no per-request formatting.
    clientIp: walk.client === peerParsed ? peerIp : formatIp(walk.client),
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
 * The forwarded client chain a transport was resolved from, client first and
 * the hop nearest to us last (the order of Koa's `ctx.ips` and Express's
 * `req.ips`); `[]` when no proxy was trusted. Walked on demand only.
 */
export function forwardedAddresses(req: IncomingMessage, transport: RequestTransport, policy: Policy): string[] {
  if (!transport.viaProxy) return [];
  const walk = walkChain(req, peerAddress(req.socket?.remoteAddress).parsed, policy, true);
  return (walk?.addresses ?? []).map(formatIp).reverse();
}

/** The transport as the socket alone establishes it (no forwarded header trusted): what a request gets without `trustProxy()`. */
export const socketTransport: (req: IncomingMessage) => RequestTransport = createTransportResolver();
