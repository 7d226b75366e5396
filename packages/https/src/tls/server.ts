/**
 * An HTTPS server for a Koa app with Mozilla's "intermediate" TLS profile
 * (https://ssl-config.mozilla.org/, guideline 5.7), and optional mutual TLS.
 */
import { createServer, type Server, type ServerOptions } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSecureContext, rootCertificates } from 'node:tls';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import type Koa from 'koa';
import { checkBoolean, checkInteger, checkOneOf, checkOptions } from '../options.js';

/**
 * TLS 1.3 suites (all AEAD, all forward secret) and TLS 1.2 suites with
 * ECDHE key exchange and AEAD only: no static-RSA key exchange (no forward
 * secrecy), no CBC (Lucky13-style padding oracles), no SHA-1 MACs. DHE is
 * left out: it needs a custom `dhparam` and is slow; every client that
 * lacks ECDHE also lacks TLS 1.2 AEAD.
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

/** Key-exchange groups in preference order; the hybrid post-quantum group first where OpenSSL (>= 3.5) has it. */
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

/** Options of {@link createSecureServer}. */
export interface SecureServerOptions {
  /** The Koa app (or a plain `(req, res)` listener) to serve. */
  app: Koa | ((req: IncomingMessage, res: ServerResponse) => void);
  /** PEM private key(s). */
  key: ServerOptions['key'];
  /** PEM certificate chain(s). */
  cert: ServerOptions['cert'];
  /** Passphrase of an encrypted key. @default undefined */
  passphrase?: string;
  /** Lowest TLS version. `TLSv1.3` drops TLS 1.2 clients. @default 'TLSv1.2' */
  minVersion?: 'TLSv1.2' | 'TLSv1.3';
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
  /**
   * With `requestCert`: abort the handshake when the client has no valid
   * certificate. `false` (**weakens security**, emits a
   * `PARAPET_MTLS_UNVERIFIED_CLIENTS` process warning) lets such connections
   * reach the app, where `clientCertificate()` answers 403 (and nothing
   * unverified is exposed) — on the routes that use it.
   * @default true
   */
  rejectUnauthorized?: boolean;
  /** Max time to receive the request headers (slowloris). @default 10000 ms */
  headersTimeout?: number;
  /** Max time to receive the whole request. @default 30000 ms */
  requestTimeout?: number;
  /** Idle keep-alive time between requests. @default 5000 ms */
  keepAliveTimeout?: number;
  /** Max time for the TLS handshake. @default 10000 ms */
  handshakeTimeout?: number;
  /** TLS session lifetime in seconds (tickets and cache). @default 300 */
  sessionTimeout?: number;
}

const KEYS = [
  'app',
  'key',
  'cert',
  'passphrase',
  'minVersion',
  'requestCert',
  'ca',
  'rejectUnauthorized',
  'headersTimeout',
  'requestTimeout',
  'keepAliveTimeout',
  'handshakeTimeout',
  'sessionTimeout',
] as const;

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

/**
 * Resolve and validate options into `https.createServer` options. Exposed
 * so the hardened TLS settings can be inspected and tested.
 */
export function secureServerOptions(options: SecureServerOptions): ServerOptions {
  const opts = checkOptions('createSecureServer', options, KEYS);
  if (opts.key === undefined || opts.cert === undefined) throw new TypeError('createSecureServer: "key" and "cert" are required');
  const minVersion = checkOneOf('createSecureServer', 'minVersion', opts.minVersion ?? 'TLSv1.2', ['TLSv1.2', 'TLSv1.3'] as const);
  const requestCert = checkBoolean('createSecureServer', 'requestCert', opts.requestCert, false);
  const rejectUnauthorized = checkBoolean('createSecureServer', 'rejectUnauthorized', opts.rejectUnauthorized, true);
  if (!requestCert && opts.rejectUnauthorized !== undefined) {
    throw new TypeError('createSecureServer: "rejectUnauthorized" only applies with "requestCert: true"');
  }
  if (requestCert) {
    if (opts.ca === undefined) {
      throw new TypeError('createSecureServer: "requestCert" needs "ca": the private CA that issues your client certificates');
    }
    const prints = fingerprints(opts.ca);
    if (prints.some(isPublicRoot)) {
      throw new TypeError('createSecureServer: "ca" must be a private CA; public Web PKI roots would accept anyone\'s certificate');
    }
    if (!rejectUnauthorized) {
      // Named and warned: the TLS layer then lets unauthenticated clients in,
      // and only a clientCertificate() on every route keeps them out.
      process.emitWarning(
        'createSecureServer: "rejectUnauthorized: false" lets clients without a valid certificate reach the app; every protected route must use clientCertificate()',
        { code: 'PARAPET_MTLS_UNVERIFIED_CLIENTS' },
      );
    }
  } else if (opts.ca !== undefined) {
    throw new TypeError('createSecureServer: "ca" is only used for client certificates; set "requestCert: true" or remove it');
  }
  const ms = (name: string, value: unknown, fallback: number): number =>
    value === undefined ? fallback : checkInteger('createSecureServer', name, value, 1, 3_600_000);
  const groups = supportedGroups();
  const serverOptions: ServerOptions = {
    key: opts.key as ServerOptions['key'],
    cert: opts.cert as ServerOptions['cert'],
    minVersion,
    ciphers: CIPHERS,
    ecdhCurve: groups.join(':'),
    honorCipherOrder: true,
    sessionTimeout: opts.sessionTimeout === undefined ? 300 : checkInteger('createSecureServer', 'sessionTimeout', opts.sessionTimeout, 1, 86_400),
    handshakeTimeout: ms('handshakeTimeout', opts.handshakeTimeout, 10_000),
    headersTimeout: ms('headersTimeout', opts.headersTimeout, 10_000),
    requestTimeout: ms('requestTimeout', opts.requestTimeout, 30_000),
    keepAliveTimeout: ms('keepAliveTimeout', opts.keepAliveTimeout, 5_000),
    requestCert,
    rejectUnauthorized: requestCert ? rejectUnauthorized : false,
  };
  if (serverOptions.headersTimeout! > serverOptions.requestTimeout!) {
    throw new TypeError('createSecureServer: "headersTimeout" must not exceed "requestTimeout"');
  }
  if (opts.passphrase !== undefined) {
    if (typeof opts.passphrase !== 'string') throw new TypeError('createSecureServer: "passphrase" must be a string');
    serverOptions.passphrase = opts.passphrase;
  }
  if (requestCert) serverOptions.ca = opts.ca as ServerOptions['ca'];
  checkKeyMatchesCertificate(opts.key, opts.cert, serverOptions.passphrase);
  return serverOptions;
}

/**
 * Create (not start) an HTTPS server for a Koa app with Mozilla
 * "intermediate" TLS: TLS 1.2+, forward-secret AEAD suites only, X25519 /
 * P-256 / P-384 (plus X25519MLKEM768 where OpenSSL supports it), server
 * cipher order, and short header/request/handshake timeouts. Optional
 * mutual TLS with a private CA; pair with `clientCertificate()`.
 * Invalid options (bad key/cert too) throw at construction.
 *
 * @example
 * ```ts
 * const server = createSecureServer({ app, key, cert });
 * server.listen(443);
 * ```
 */
export function createSecureServer(options: SecureServerOptions): Server {
  const serverOptions = secureServerOptions(options);
  const app = options.app as unknown;
  let listener: (req: IncomingMessage, res: ServerResponse) => void;
  if (typeof app === 'function') listener = app as (req: IncomingMessage, res: ServerResponse) => void;
  else if (app !== null && typeof app === 'object' && typeof (app as Koa).callback === 'function') {
    const handle = (app as Koa).callback();
    listener = (req, res) => void handle(req, res);
  }
  else throw new TypeError('createSecureServer: "app" must be a Koa application or a (req, res) listener');
  try {
    return createServer(serverOptions, listener);
  } catch (err) {
    throw new TypeError(`createSecureServer: invalid TLS configuration (${err instanceof Error ? err.message : 'unknown error'})`, { cause: err });
  }
}
