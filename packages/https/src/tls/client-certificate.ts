/**
 * Expose the verified mutual-TLS client certificate to downstream middleware.
 */
import { createHash, type X509Certificate } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type Koa from 'koa';
import { ClientCertificateRequiredError } from '../errors.js';
import { checkBoolean, checkOptions } from '../options.js';

/** The verified peer certificate of a mutual-TLS connection. */
export interface ClientCertificate {
  /** Subject DN as Node prints it (`X509Certificate.subject`, one attribute per line). */
  readonly subject: string;
  /** Issuer DN, same format. */
  readonly issuer: string;
  /** Serial number, upper-case hex. */
  readonly serialNumber: string;
  /** subjectAltName entries as Node prints them, e.g. `DNS:api.example`, `URI:spiffe://…`, `IP Address:127.0.0.1`. */
  readonly subjectAltNames: readonly string[];
  /** SHA-256 fingerprint, colon hex as Node prints it. */
  readonly fingerprint256: string;
  /** base64url(SHA-256(DER)) — the RFC 8705 `cnf["x5t#S256"]` value. */
  readonly x5tS256: string;
  readonly validFrom: Date;
  readonly validTo: Date;
}

declare module 'koa' {
  interface DefaultState {
    /** Set by `clientCertificate()` (@parapet/https) when the TLS peer presented a certificate the server verified. */
    clientCertificate?: ClientCertificate;
  }
}

/** Split Node's `subjectAltName` text ("DNS:a, URI:\"x, y\"") on the top-level ", ". */
export function splitSubjectAltNames(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' && text[i - 1] !== '\\') quoted = !quoted;
    if (!quoted && ch === ',' && text[i + 1] === ' ') {
      out.push(current);
      current = '';
      i++;
      continue;
    }
    current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** Describe a certificate (framework-neutral). */
export function describeCertificate(cert: X509Certificate): ClientCertificate {
  return Object.freeze({
    subject: cert.subject,
    issuer: cert.issuer,
    serialNumber: cert.serialNumber,
    subjectAltNames: Object.freeze(splitSubjectAltNames(cert.subjectAltName)),
    fingerprint256: cert.fingerprint256,
    x5tS256: createHash('sha256').update(cert.raw).digest('base64url'),
    validFrom: new Date(cert.validFrom),
    validTo: new Date(cert.validTo),
  });
}

// One TLS connection has one peer certificate: describe it once per socket
// (keep-alive requests reuse it); weak keys let closed sockets be collected.
const perSocket = new WeakMap<TLSSocket, ClientCertificate | null>();

/**
 * The verified client certificate of a socket, or `undefined`. Only
 * certificates OpenSSL verified against the server's `ca` count
 * (`socket.authorized`); this also holds on resumed TLS sessions, where the
 * peer certificate and verify result come from the session.
 */
export function verifiedClientCertificate(socket: unknown): ClientCertificate | undefined {
  const tls = socket as Partial<TLSSocket> | undefined;
  if (!tls || tls.encrypted !== true || typeof tls.getPeerX509Certificate !== 'function') return undefined;
  const cached = perSocket.get(tls as TLSSocket);
  if (cached !== undefined) return cached ?? undefined;
  let result: ClientCertificate | null = null;
  if (tls.authorized === true) {
    const cert = tls.getPeerX509Certificate();
    if (cert) result = describeCertificate(cert);
  }
  perSocket.set(tls as TLSSocket, result);
  return result ?? undefined;
}

/** Options of {@link clientCertificate}. */
export interface ClientCertificateOptions {
  /** Answer 403 (`ERR_CLIENT_CERTIFICATE_REQUIRED`) when there is no verified certificate. `false` just leaves `ctx.state.clientCertificate` unset. @default true */
  required?: boolean;
}

/**
 * Koa middleware putting the verified mutual-TLS client certificate on
 * `ctx.state.clientCertificate`. Use with `createSecureServer({ requestCert: true, ca })`.
 * TLS must end at this server: behind a TLS-terminating proxy there is no
 * client certificate on the socket.
 *
 * @example
 * ```ts
 * app.use(clientCertificate());
 * app.use((ctx) => { ctx.body = ctx.state.clientCertificate?.subject; });
 * ```
 */
export function clientCertificate(options?: ClientCertificateOptions): Koa.Middleware {
  const opts = checkOptions('clientCertificate', options, ['required']);
  const required = checkBoolean('clientCertificate', 'required', opts.required, true);
  return async function clientCertificateMiddleware(ctx, next) {
    const cert = verifiedClientCertificate(ctx.req.socket);
    if (cert) ctx.state.clientCertificate = cert;
    else if (required) throw new ClientCertificateRequiredError();
    await next();
  };
}
