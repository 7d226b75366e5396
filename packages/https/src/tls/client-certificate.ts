/**
 * Expose the verified mutual-TLS client certificate to downstream middleware.
 */
import { createHash, type X509Certificate } from 'node:crypto';
import { checkBoolean, checkOptions } from '../options.js';
import type { TLSSocket } from 'node:tls';
import { normalizeIp } from '../ip.js';

/** One subjectAltName entry, typed; the value is unescaped. */
export interface SubjectAltName {
  /** `IP` values are normalized (`::ffff:1.2.3.4` → `1.2.3.4`); `other` covers othername, DirName, Registered ID. */
  readonly type: 'DNS' | 'URI' | 'email' | 'IP' | 'other';
  readonly value: string;
}

/** The verified peer certificate of a mutual-TLS connection. */
export interface ClientCertificate {
  /** Subject DN as Node prints it (`X509Certificate.subject`, one attribute per line). */
  readonly subject: string;
  /** The subject's single common name; `undefined` when it has none or several. */
  readonly commonName: string | undefined;
  /** Issuer DN, same format. */
  readonly issuer: string;
  /** Serial number, upper-case hex. */
  readonly serialNumber: string;
  /** subjectAltName entries as `Type:value` with the value unescaped, e.g. `DNS:api.example`, `URI:spiffe://…`, `IP Address:127.0.0.1`. */
  readonly subjectAltNames: readonly string[];
  /** The same entries, typed. */
  readonly altNames: readonly SubjectAltName[];
  /** SHA-256 fingerprint, colon hex as Node prints it. */
  readonly fingerprint256: string;
  /** base64url(SHA-256(DER)) — the RFC 8705 `cnf["x5t#S256"]` value. */
  readonly x5tS256: string;
  readonly validFrom: Date;
  readonly validTo: Date;
}

const SAN_TYPES: Record<string, SubjectAltName['type']> = { DNS: 'DNS', URI: 'URI', email: 'email', 'IP Address': 'IP' };

/**
 * Parse Node's `subjectAltName` text into typed entries. Node writes
 * `Type:value` pairs joined by ", ", and writes a value as a JSON string
 * literal whenever it contains anything that could be confused with that
 * syntax (",", quotes, backslashes, control characters), so quoted values
 * are read with the JSON grammar — an escaped backslash before the closing
 * quote ends the value — and never split on a comma inside them. Returns
 * `undefined` for text that does not follow this grammar.
 */
export function parseSubjectAltNames(text: string | undefined): SubjectAltName[] | undefined {
  if (!text) return [];
  const out: SubjectAltName[] = [];
  let i = 0;
  while (i < text.length) {
    const colon = text.indexOf(':', i);
    if (colon === -1) return undefined;
    const typeName = text.slice(i, colon);
    let value: string;
    let next: number;
    if (text[colon + 1] === '"') {
      let j = colon + 2;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) return undefined;
      try {
        value = JSON.parse(text.slice(colon + 1, j + 1)) as string;
      } catch {
        return undefined;
      }
      next = j + 1;
    } else {
      const comma = text.indexOf(', ', colon + 1);
      next = comma === -1 ? text.length : comma;
      value = text.slice(colon + 1, next);
    }
    if (next < text.length && !text.startsWith(', ', next)) return undefined;
    const type = Object.hasOwn(SAN_TYPES, typeName) ? SAN_TYPES[typeName]! : 'other';
    out.push({ type, value: type === 'IP' ? (normalizeIp(value) ?? value) : value });
    i = next + 2;
  }
  return out;
}

function commonNameOf(cert: X509Certificate): string | undefined {
  // The legacy object parses the subject into attributes; several CNs come back as an array.
  const cn = (cert.toLegacyObject().subject as Record<string, unknown> | undefined)?.CN;
  return typeof cn === 'string' ? cn : undefined;
}

/** Describe a certificate (framework-neutral). */
export function describeCertificate(cert: X509Certificate): ClientCertificate {
  // A SAN text we cannot read unambiguously yields no names at all: never a guess.
  const altNames = parseSubjectAltNames(cert.subjectAltName) ?? [];
  return Object.freeze({
    subject: cert.subject,
    commonName: commonNameOf(cert),
    issuer: cert.issuer,
    serialNumber: cert.serialNumber,
    subjectAltNames: Object.freeze(altNames.map((name) => `${name.type === 'IP' ? 'IP Address' : name.type}:${name.value}`)),
    altNames: Object.freeze(altNames.map((name) => Object.freeze(name))),
    fingerprint256: cert.fingerprint256,
    x5tS256: createHash('sha256').update(cert.raw).digest('base64url'),
    validFrom: new Date(cert.validFrom),
    validTo: new Date(cert.validTo),
  });
}

const ALLOWED_PREFIXES = ['CN=', 'DNS:', 'URI:', 'email:', 'IP:'] as const;

/**
 * Compile an `allowedClients` list: exact identities, each `CN=<common name>`,
 * `DNS:<name>`, `URI:<uri>`, `email:<address>` or `IP:<address>`. A
 * certificate is allowed when its common name or one of its typed
 * subjectAltNames equals an entry (DNS names compared case-insensitively,
 * IPs in canonical form). Throws a TypeError naming `option` for a bad list.
 */
export function compileClientAllowlist(list: unknown, option: string): (cert: ClientCertificate) => boolean {
  if (!Array.isArray(list) || list.length === 0) {
    throw new TypeError(`${option} must be a non-empty array like ['CN=billing', 'URI:spiffe://example.org/billing']`);
  }
  const allowed = new Set<string>();
  for (const entry of list as unknown[]) {
    const prefix = typeof entry === 'string' ? ALLOWED_PREFIXES.find((p) => entry.startsWith(p)) : undefined;
    const value = prefix === undefined ? '' : (entry as string).slice(prefix.length);
    if (prefix === undefined || value === '' || value.trim() !== value || value.includes('*')) {
      throw new TypeError(`${option}: invalid entry ${JSON.stringify(entry)} (expected CN=…, DNS:…, URI:…, email:… or IP:…, exact names, no wildcards)`);
    }
    if (prefix === 'IP:') {
      const ip = normalizeIp(value);
      if (ip === undefined) throw new TypeError(`${option}: invalid IP in ${JSON.stringify(entry)}`);
      allowed.add(`IP:${ip}`);
    } else allowed.add(prefix === 'DNS:' ? `DNS:${value.toLowerCase()}` : `${prefix}${value}`);
  }
  return (cert) => {
    if (cert.commonName !== undefined && allowed.has(`CN=${cert.commonName}`)) return true;
    for (const name of cert.altNames) {
      if (name.type === 'other') continue;
      if (allowed.has(`${name.type}:${name.type === 'DNS' ? name.value.toLowerCase() : name.value}`)) return true;
    }
    return false;
  };
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


/** Options of `clientCertificate()` (Koa and Express). */
export interface ClientCertificateOptions {
  /** Answer 403 (`ERR_CLIENT_CERTIFICATE_REQUIRED`) when there is no verified certificate. `false` just leaves the certificate unset. @default true */
  required?: boolean;
  /**
   * Only these identities count (exact: `CN=…`, `DNS:…`, `URI:…`,
   * `email:…`, `IP:…`); any other verified certificate is treated as no
   * certificate. Same syntax as `createSecureServer({ allowedClients })`.
   * @default undefined (every certificate the server verified)
   */
  allowedClients?: readonly string[];
}

/**
 * The decision of `clientCertificate()` for one request's socket: the
 * verified, allowed certificate; `'refuse'` (403) when it is required and
 * absent; undefined when it is optional and absent. Options are checked once.
 */
export function compileClientCertificatePolicy(options: ClientCertificateOptions | undefined): (socket: unknown) => ClientCertificate | 'refuse' | undefined {
  const opts = checkOptions('clientCertificate', options, ['required', 'allowedClients']);
  const required = checkBoolean('clientCertificate', 'required', opts.required, true);
  const allowed = opts.allowedClients === undefined ? undefined : compileClientAllowlist(opts.allowedClients, 'clientCertificate: "allowedClients"');
  return (socket) => {
    const cert = verifiedClientCertificate(socket);
    if (cert && (!allowed || allowed(cert))) return cert;
    return required ? 'refuse' : undefined;
  };
}
