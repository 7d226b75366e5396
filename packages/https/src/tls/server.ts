/**
 * An HTTPS (and HTTP/2) server for a Koa app with Mozilla's "intermediate"
 * TLS profile — https://ssl-config.mozilla.org/, guidelines 6.0 — or its
 * "modern" profile, optional mutual TLS with CRLs and an identity
 * allowlist, and certificate reload without a restart.
 */
import { constants, createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { IncomingMessage, type ServerResponse } from 'node:http';
import {
  createSecureServer as createHttp2SecureServer,
  type Http2SecureServer,
  type Http2ServerRequest,
  type Http2ServerResponse,
  type ServerHttp2Session,
} from 'node:http2';
import { createServer, type Server, type ServerOptions } from 'node:https';
import { lingerOnClose } from './linger.js';
import { createSecureContext, rootCertificates, type SecureContextOptions, type TLSSocket } from 'node:tls';
import { checkBoolean, checkInteger, checkOneOf, checkOptions } from '../options.js';
import { compileClientAllowlist, verifiedClientCertificate } from './client-certificate.js';
import { readCertificateFiles, watchCertificates, type CertificateFiles, type TlsMaterial } from './reload.js';

/**
 * Mozilla intermediate (guidelines 6.0), in Mozilla's order: the TLS 1.3
 * suites and TLS 1.2 suites with ECDHE key exchange and AEAD only — no
 * static-RSA key exchange (no forward secrecy), no CBC (Lucky13-style
 * padding oracles), no SHA-1 MACs, and (since guidelines 5.8) no DHE.
 */
export const TLS13_CIPHERSUITES = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'] as const;
export const TLS12_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
] as const;
/** The cipher string passed to OpenSSL. */
export const CIPHERS = [...TLS13_CIPHERSUITES, ...TLS12_CIPHERS].join(':');

/** Mozilla's `tls_curves` in order; the hybrid post-quantum group is used where OpenSSL (>= 3.5) has it. */
export const PREFERRED_GROUPS = ['X25519MLKEM768', 'X25519', 'prime256v1', 'secp384r1'] as const;

/**
 * The subset of `candidates` this OpenSSL build accepts, in order. Detection
 * asks OpenSSL itself (a secure context with that single group), because
 * `crypto.getCurves()` does not list TLS groups such as X25519MLKEM768.
 */
export function supportedGroups(candidates: readonly string[] = PREFERRED_GROUPS): string[] {
  return candidates.filter((group) => {
    try {
      createSecureContext({ ecdhCurve: group });
      return true;
    } catch {
      return false;
    }
  });
}

/** A plain Node request listener, `(req, res) => void`. */
export type Listener = (req: IncomingMessage, res: ServerResponse) => void;
/** A Koa application, structurally (no Koa types needed by Express users). */
export interface KoaLike {
  callback(): (req: IncomingMessage, res: ServerResponse) => unknown;
}

/** Options of {@link createSecureServer}. */
export interface SecureServerOptions {
  /** The Koa app, Express app (HTTP/1.1 only: not with `http2: true`) or plain `(req, res)` listener to serve. */
  app: KoaLike | Listener;
  /** PEM private key(s). Required unless `certificateFiles` is used. */
  key?: ServerOptions['key'];
  /** PEM certificate chain(s). Required unless `certificateFiles` is used. */
  cert?: ServerOptions['cert'];
  /** Passphrase of an encrypted key. @default undefined */
  passphrase?: string;
  /**
   * Mozilla profile: `'intermediate'` (TLS 1.2 + 1.3, the six ECDHE AEAD
   * suites) or `'modern'` (TLS 1.3 only; clients older than ~2018 cannot
   * connect).
   * @default 'intermediate'
   */
  profile?: 'intermediate' | 'modern';
  /** Lowest TLS version; `'TLSv1.3'` is `profile: 'modern'`. Use one of the two. @default 'TLSv1.2' */
  minVersion?: 'TLSv1.2' | 'TLSv1.3';
  /**
   * Serve HTTP/2 (ALPN `h2`) and HTTP/1.1 on the same port, through
   * `node:http2` with `allowHTTP1`.
   * @default false
   */
  http2?: boolean;
  /**
   * Ask clients for a certificate (mutual TLS). Requires `ca`.
   * @default false
   */
  requestCert?: boolean;
  /**
   * Your **private** CA certificate(s) that issue client certificates —
   * required with `requestCert`. The public Web PKI bundle is refused:
   * anyone can get a certificate from a public CA.
   * @default undefined
   */
  ca?: string | Buffer | readonly (string | Buffer)[];
  /** PEM certificate revocation list(s) of `ca`; a revoked client certificate fails the handshake. @default undefined */
  crl?: string | Buffer | readonly (string | Buffer)[];
  /**
   * With `requestCert`: only these client identities may connect (exact:
   * `CN=…`, `DNS:…`, `URI:…`, `email:…`, `IP:…`). A verified certificate
   * that names none of them has its connection closed right after the
   * handshake, before any request is read.
   * @default undefined (any certificate issued by `ca`)
   */
  allowedClients?: readonly string[];
  /**
   * With `requestCert`: abort the handshake when the client has no valid
   * certificate. `false` (**weakens security**, emits a
   * `PARAPET_MTLS_UNVERIFIED_CLIENTS` process warning) lets such connections
   * reach the app, where `clientCertificate()` answers 403 (and nothing
   * unverified is exposed) — on the routes that use it.
   * @default true
   */
  rejectUnauthorized?: boolean;
  /**
   * Read key, certificate, CA and CRL from these PEM files instead of
   * `key`/`cert`/`ca`/`crl`, and re-read them without a restart: on
   * `reloadSignal`, when a file (or the symlink pointing at it, as certbot
   * swaps them) changes, and on `server.reloadCertificates()`. Existing
   * connections keep the old certificate; a reload that fails validation
   * keeps the old one too and is reported to `onReload`.
   * @default undefined
   */
  certificateFiles?: CertificateFiles;
  /** Signal that triggers a reload with `certificateFiles` (`false`: none). @default 'SIGHUP' */
  reloadSignal?: NodeJS.Signals | false;
  /** Watch `certificateFiles` for changes. @default true */
  watchCertificateFiles?: boolean;
  /** Called after every reload attempt, with the error if it failed. @default undefined */
  onReload?: (error: Error | undefined) => void;
  /**
   * Turn TLS 1.2 session tickets on with a random key replaced every this
   * many seconds (Mozilla turns tickets off: a ticket key that never changes
   * undoes forward secrecy). Off by default: clients then do a full
   * handshake per connection.
   * @default undefined (tickets off)
   */
  ticketKeyRotation?: number;
  /**
   * Turn TLS 1.2 session tickets on with these 48 bytes of key material,
   * e.g. shared by every instance behind one balancer. You rotate them:
   * call `server.setTicketKeys()` on every instance on a schedule; a key
   * that never changes undoes forward secrecy. Exclusive with
   * `ticketKeyRotation`.
   * @default undefined (tickets off)
   */
  ticketKeys?: Buffer;
  /** Extra OpenSSL `SSL_OP_*` flags, OR-ed into the ones this server always sets (no renegotiation, no tickets unless rotated). @default 0 */
  secureOptions?: number;
  /** Max time to receive the request headers (slowloris). @default 10000 ms */
  headersTimeout?: number;
  /** Max time to receive the whole request. @default 30000 ms */
  requestTimeout?: number;
  /** Idle keep-alive time between requests. @default 5000 ms */
  keepAliveTimeout?: number;
  /** Max time for the TLS handshake. @default 10000 ms */
  handshakeTimeout?: number;
  /** TLS session lifetime in seconds. @default 300 */
  sessionTimeout?: number;
}

/** What {@link createSecureServer} returns: the Node server plus a reload hook. */
export interface SecureServerExtras {
  /**
   * Re-read `certificateFiles` and swap the TLS context in place; throws
   * (and keeps serving the old certificate) if the new material is invalid.
   * Without `certificateFiles`, throws a TypeError.
   */
  reloadCertificates(): void;
}
export type SecureServer = Server & SecureServerExtras;
/** The HTTP/2 server, with the connection controls `node:https` servers have (for graceful shutdown). */
export type SecureHttp2Server = Http2SecureServer &
  SecureServerExtras & {
    /** Destroy every open connection (HTTP/2 sessions and HTTP/1.1 sockets). */
    closeAllConnections(): void;
    /** Ask HTTP/2 sessions to finish (GOAWAY: streams in flight complete) and close HTTP/1.1 sockets with no request in flight. */
    closeIdleConnections(): void;
  };

/** Track connections of the HTTP/2 server so it can be shut down like an https one. */
function addConnectionControls(server: Http2SecureServer): void {
  const sockets = new Set<TLSSocket>();
  const busy = new WeakMap<TLSSocket, number>();
  server.on('secureConnection', (socket: TLSSocket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req: Http2ServerRequest) => {
    const socket = req.socket as unknown as TLSSocket;
    if (req.httpVersionMajor >= 2) return;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    req.once('close', () => busy.set(socket, (busy.get(socket) ?? 1) - 1));
  });
  const sessions = new Set<ServerHttp2Session>();
  server.on('session', (session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
  });
  Object.assign(server, {
    closeAllConnections(): void {
      for (const session of sessions) session.destroy();
      for (const socket of sockets) socket.destroy();
    },
    closeIdleConnections(): void {
      for (const session of sessions) session.close();
      for (const socket of sockets) if (socket.alpnProtocol !== 'h2' && !busy.get(socket)) socket.destroy();
    },
  });
}

const KEYS = [
  'app',
  'key',
  'cert',
  'passphrase',
  'profile',
  'minVersion',
  'http2',
  'requestCert',
  'ca',
  'crl',
  'allowedClients',
  'rejectUnauthorized',
  'certificateFiles',
  'reloadSignal',
  'watchCertificateFiles',
  'onReload',
  'ticketKeyRotation',
  'ticketKeys',
  'secureOptions',
  'headersTimeout',
  'requestTimeout',
  'keepAliveTimeout',
  'handshakeTimeout',
  'sessionTimeout',
] as const;

// Always on. Client-initiated renegotiation (TLS 1.2) is a CPU-exhaustion
// lever and has no use for an HTTPS API; TLS 1.3 has no renegotiation.
const ALWAYS = constants.SSL_OP_NO_RENEGOTIATION;

function fingerprints(ca: unknown): string[] {
  const list = Array.isArray(ca) ? (ca as unknown[]) : [ca];
  const out: string[] = [];
  for (const entry of list) {
    if (typeof entry !== 'string' && !Buffer.isBuffer(entry)) throw new TypeError('createSecureServer: "ca" must be PEM string(s) or Buffer(s)');
    const pems = entry.toString().match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
    if (!pems) throw new TypeError('createSecureServer: "ca" contains no PEM certificate');
    for (const pem of pems) {
      try {
        out.push(new X509Certificate(pem).fingerprint256);
      } catch (err) {
        throw new TypeError('createSecureServer: "ca" contains an invalid certificate', { cause: err });
      }
    }
  }
  return out;
}

let publicRoots: Set<string> | undefined;
function isPublicRoot(fingerprint: string): boolean {
  publicRoots ??= new Set(rootCertificates.map((pem) => new X509Certificate(pem).fingerprint256));
  return publicRoots.has(fingerprint);
}

/** A mismatched key/cert pair only fails at the first handshake in Node: catch it at construction. */
function checkKeyMatchesCertificate(key: unknown, cert: unknown, passphrase: string | undefined): void {
  const single = (value: unknown): value is string | Buffer => typeof value === 'string' || Buffer.isBuffer(value);
  if (!single(key) || !single(cert)) return; // arrays of keys/certs (RSA + ECDSA) are checked by OpenSSL
  let matches: boolean;
  try {
    const certificate = new X509Certificate(cert);
    matches = certificate.checkPrivateKey(createPrivateKey({ key, passphrase }));
  } catch (err) {
    throw new TypeError(`createSecureServer: cannot read "key"/"cert" (${err instanceof Error ? err.message : 'unknown error'})`, { cause: err });
  }
  if (!matches) throw new TypeError('createSecureServer: "key" does not match the public key in "cert"');
}

/** The TLS part of the options: what a reload rebuilds. */
interface TlsPolicy {
  readonly minVersion: 'TLSv1.2' | 'TLSv1.3';
  readonly requestCert: boolean;
  readonly passphrase: string | undefined;
  readonly secureOptions: number;
  readonly sessionTimeout: number;
}

/** Validate key/cert/CA/CRL and build the secure-context options (construction and every reload). */
function contextOptions(material: TlsMaterial, policy: TlsPolicy): SecureContextOptions {
  if (material.key === undefined || material.cert === undefined) throw new TypeError('createSecureServer: "key" and "cert" are required');
  if (policy.requestCert) {
    if (material.ca === undefined) {
      throw new TypeError('createSecureServer: "requestCert" needs "ca": the private CA that issues your client certificates');
    }
    if (fingerprints(material.ca).some(isPublicRoot)) {
      throw new TypeError('createSecureServer: "ca" must be a private CA; public Web PKI roots would accept anyone\'s certificate');
    }
  } else if (material.ca !== undefined || material.crl !== undefined) {
    throw new TypeError('createSecureServer: "ca" and "crl" are only used for client certificates; set "requestCert: true" or remove them');
  }
  checkKeyMatchesCertificate(material.key, material.cert, policy.passphrase);
  const options: SecureContextOptions = {
    key: material.key as SecureContextOptions['key'],
    cert: material.cert as SecureContextOptions['cert'],
    minVersion: policy.minVersion,
    ciphers: CIPHERS,
    ecdhCurve: supportedGroups().join(':'),
    // Mozilla: server_preferred_order false — every suite offered is strong,
    // and the client knows whether it has AES hardware (else ChaCha20).
    honorCipherOrder: false,
    secureOptions: policy.secureOptions,
    sessionTimeout: policy.sessionTimeout,
  };
  if (policy.passphrase !== undefined) options.passphrase = policy.passphrase;
  if (material.ca !== undefined) options.ca = material.ca as SecureContextOptions['ca'];
  if (material.crl !== undefined) options.crl = material.crl as SecureContextOptions['crl'];
  try {
    // Everything OpenSSL would only reject at the first handshake (a CRL that is not PEM, …) fails here.
    createSecureContext(options);
  } catch (err) {
    throw new TypeError(`createSecureServer: invalid TLS configuration (${err instanceof Error ? err.message : 'unknown error'})`, { cause: err });
  }
  return options;
}

interface Resolved {
  readonly server: ServerOptions;
  readonly policy: TlsPolicy;
  readonly files: CertificateFiles | undefined;
  readonly allowed: ReturnType<typeof compileClientAllowlist> | undefined;
  readonly ticketKeyRotation: number | undefined;
}

function resolve(options: SecureServerOptions): Resolved {
  const opts = checkOptions('createSecureServer', options, KEYS);
  if (opts.profile !== undefined && opts.minVersion !== undefined) {
    throw new TypeError('createSecureServer: use "profile" or "minVersion", not both');
  }
  const profile = checkOneOf('createSecureServer', 'profile', opts.profile ?? 'intermediate', ['intermediate', 'modern'] as const);
  const minVersion =
    opts.minVersion === undefined
      ? profile === 'modern'
        ? 'TLSv1.3'
        : 'TLSv1.2'
      : checkOneOf('createSecureServer', 'minVersion', opts.minVersion, ['TLSv1.2', 'TLSv1.3'] as const);
  const requestCert = checkBoolean('createSecureServer', 'requestCert', opts.requestCert, false);
  const rejectUnauthorized = checkBoolean('createSecureServer', 'rejectUnauthorized', opts.rejectUnauthorized, true);
  if (!requestCert && opts.rejectUnauthorized !== undefined) {
    throw new TypeError('createSecureServer: "rejectUnauthorized" only applies with "requestCert: true"');
  }
  if (!requestCert && opts.allowedClients !== undefined) {
    throw new TypeError('createSecureServer: "allowedClients" only applies with "requestCert: true"');
  }
  const allowed = opts.allowedClients === undefined ? undefined : compileClientAllowlist(opts.allowedClients, 'createSecureServer: "allowedClients"');
  if (opts.passphrase !== undefined && typeof opts.passphrase !== 'string') throw new TypeError('createSecureServer: "passphrase" must be a string');
  let extraOptions = 0;
  if (opts.secureOptions !== undefined) extraOptions = checkInteger('createSecureServer', 'secureOptions', opts.secureOptions, 0, 2 ** 53 - 1);
  const ticketKeyRotation =
    opts.ticketKeyRotation === undefined ? undefined : checkInteger('createSecureServer', 'ticketKeyRotation', opts.ticketKeyRotation, 60, 86_400);
  const ticketKeys = opts.ticketKeys;
  if (ticketKeys !== undefined) {
    if (!Buffer.isBuffer(ticketKeys) || ticketKeys.length !== 48) throw new TypeError('createSecureServer: "ticketKeys" must be a Buffer of 48 random bytes');
    if (ticketKeyRotation !== undefined) throw new TypeError('createSecureServer: use "ticketKeys" or "ticketKeyRotation", not both');
  }
  const tickets = ticketKeyRotation !== undefined || ticketKeys !== undefined;
  // Mozilla: ssl_session_tickets off, unless keys rotate.
  const secureOptions = extraOptions | ALWAYS | (tickets ? 0 : constants.SSL_OP_NO_TICKET);
  const sessionTimeout = opts.sessionTimeout === undefined ? 300 : checkInteger('createSecureServer', 'sessionTimeout', opts.sessionTimeout, 1, 86_400);
  const policy: TlsPolicy = { minVersion, requestCert, passphrase: opts.passphrase, secureOptions, sessionTimeout };

  const files = opts.certificateFiles as CertificateFiles | undefined;
  let material: TlsMaterial;
  if (files !== undefined) {
    for (const name of ['key', 'cert', 'ca', 'crl'] as const) {
      if (opts[name] !== undefined) throw new TypeError(`createSecureServer: "${name}" and "certificateFiles" are exclusive; put its path in certificateFiles.${name}`);
    }
    material = readCertificateFiles(files);
  } else {
    for (const name of ['reloadSignal', 'watchCertificateFiles', 'onReload'] as const) {
      if (opts[name] !== undefined) throw new TypeError(`createSecureServer: "${name}" needs "certificateFiles"`);
    }
    material = { key: opts.key, cert: opts.cert, ca: opts.ca, crl: opts.crl };
  }
  const context = contextOptions(material, policy);

  if (requestCert && !rejectUnauthorized) {
    // Named and warned: the TLS layer then lets unauthenticated clients in,
    // and only a clientCertificate() on every route keeps them out.
    process.emitWarning(
      'createSecureServer: "rejectUnauthorized: false" lets clients without a valid certificate reach the app; every protected route must use clientCertificate()',
      { code: 'PARAPET_MTLS_UNVERIFIED_CLIENTS' },
    );
  }
  const ms = (name: string, value: unknown, fallback: number): number =>
    value === undefined ? fallback : checkInteger('createSecureServer', name, value, 1, 3_600_000);
  const server: ServerOptions = {
    ...context,
    handshakeTimeout: ms('handshakeTimeout', opts.handshakeTimeout, 10_000),
    headersTimeout: ms('headersTimeout', opts.headersTimeout, 10_000),
    requestTimeout: ms('requestTimeout', opts.requestTimeout, 30_000),
    keepAliveTimeout: ms('keepAliveTimeout', opts.keepAliveTimeout, 5_000),
    requestCert,
    rejectUnauthorized: requestCert ? rejectUnauthorized : false,
  };
  if (server.headersTimeout! > server.requestTimeout!) {
    throw new TypeError('createSecureServer: "headersTimeout" must not exceed "requestTimeout"');
  }
  if (ticketKeyRotation !== undefined) server.ticketKeys = randomBytes(48);
  else if (ticketKeys !== undefined) server.ticketKeys = ticketKeys;
  return { server, policy, files, allowed, ticketKeyRotation };
}

/**
 * Resolve and validate options into `https.createServer` options. Exposed
 * so the hardened TLS settings can be inspected and tested.
 */
export function secureServerOptions(options: SecureServerOptions): ServerOptions {
  return resolve(options).server;
}

/** Express (4 and 5) exposes the prototype it gives every request: one built on node:http's IncomingMessage. */
function isExpressApp(app: unknown): boolean {
  if (typeof app !== 'function') return false;
  const proto = (app as { request?: unknown }).request;
  return typeof proto === 'object' && proto !== null && Object.prototype.isPrototypeOf.call(IncomingMessage.prototype, proto);
}

function listenerOf(app: unknown): Listener {
  if (typeof app === 'function') return app as Listener;
  if (app !== null && typeof app === 'object' && typeof (app as KoaLike).callback === 'function') {
    const handle = (app as KoaLike).callback();
    return (req, res) => void handle(req, res);
  }
  throw new TypeError('createSecureServer: "app" must be a Koa application or a (req, res) listener');
}

/**
 * Create (not start) an HTTPS server for a Koa app with Mozilla
 * "intermediate" TLS (guidelines 6.0): TLS 1.2+, the ECDHE AEAD suites in
 * Mozilla's order with the client's preference honoured, X25519 / P-256 /
 * P-384 (plus X25519MLKEM768 where OpenSSL supports it), no client-initiated
 * renegotiation, no session tickets unless rotated, and short
 * header/request/handshake timeouts. `profile: 'modern'` is TLS 1.3 only;
 * `http2: true` serves h2 and HTTP/1.1. Optional mutual TLS with a private
 * CA, CRLs and an identity allowlist; pair with `clientCertificate()`.
 * Invalid options (bad key/cert too) throw at construction.
 *
 * @example
 * ```ts
 * const server = createSecureServer({ app, certificateFiles: { key: '/etc/tls/privkey.pem', cert: '/etc/tls/fullchain.pem' }, http2: true });
 * server.listen(443);
 * ```
 */
export function createSecureServer(options: SecureServerOptions & { http2: true }): SecureHttp2Server;
export function createSecureServer(options: SecureServerOptions & { http2?: false }): SecureServer;
export function createSecureServer(options: SecureServerOptions): SecureServer | SecureHttp2Server;
export function createSecureServer(options: SecureServerOptions): SecureServer | SecureHttp2Server {
  const resolved = resolve(options);
  const listener = listenerOf(options.app);
  const http2 = checkBoolean('createSecureServer', 'http2', options.http2, false);
  if (http2 && isExpressApp(options.app)) {
    throw new TypeError(
      'createSecureServer: "http2: true" cannot serve an Express app (Express 4 and 5 swap the HTTP/2 request and response for HTTP/1 ones, which fail on h2 streams); use http2: false, or let a proxy speak HTTP/2 to clients',
    );
  }
  let server: (Server | Http2SecureServer) & Partial<SecureServerExtras>;
  try {
    if (http2) {
      const h2 = createHttp2SecureServer(
        // Node's stream-level protections stay on; 100 concurrent streams is what nginx allows (128) rounded down.
        { ...resolved.server, allowHTTP1: true, settings: { maxConcurrentStreams: 100 } },
        listener as unknown as (req: Http2ServerRequest, res: Http2ServerResponse) => void,
      );
      // The HTTP/1.1 fallback reads its timeouts from the server object, not from the options.
      const h1 = h2 as unknown as { headersTimeout: number; requestTimeout: number };
      h1.headersTimeout = resolved.server.headersTimeout!;
      h1.requestTimeout = resolved.server.requestTimeout!;
      h2.setTimeout(resolved.server.requestTimeout);
      addConnectionControls(h2);
      server = h2;
    } else {
      server = createServer(resolved.server, listener);
    }
  } catch (err) {
    throw new TypeError(`createSecureServer: invalid TLS configuration (${err instanceof Error ? err.message : 'unknown error'})`, { cause: err });
  }
  lingerOnClose(server);
  const allowed = resolved.allowed;
  if (allowed) {
    // Before the HTTP layer's own listener, so not one byte of a request is parsed.
    server.prependListener('secureConnection', (socket: TLSSocket) => {
      // Verified by OpenSSL but not on the list: close before any request is read.
      const cert = verifiedClientCertificate(socket);
      if (cert && !allowed(cert)) socket.destroy();
    });
  }
  const rotation = resolved.ticketKeyRotation;
  if (rotation !== undefined) {
    const timer = setInterval(() => server.setTicketKeys(randomBytes(48)), rotation * 1000);
    timer.unref();
    server.once('close', () => clearInterval(timer));
  }
  const files = resolved.files;
  server.reloadCertificates = () => {
    if (!files) throw new TypeError('createSecureServer: reloadCertificates() needs "certificateFiles"');
    server.setSecureContext(contextOptions(readCertificateFiles(files), resolved.policy));
    // A fresh context has the ticket keys we give it, else random ones.
    const keys = rotation !== undefined ? randomBytes(48) : resolved.server.ticketKeys;
    if (keys) server.setTicketKeys(keys);
  };
  if (files) {
    watchCertificates(server, files, {
      signal: options.reloadSignal === undefined ? 'SIGHUP' : options.reloadSignal,
      watch: checkBoolean('createSecureServer', 'watchCertificateFiles', options.watchCertificateFiles, true),
      reload: server.reloadCertificates,
      onReload: options.onReload,
    });
  }
  return server as SecureServer | SecureHttp2Server;
}
