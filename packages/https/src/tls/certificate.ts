/**
 * Development certificates: self-signed localhost certificates and a tiny
 * certificate authority for mutual-TLS tests and demos.
 *
 * NOT FOR PRODUCTION. Keys live in memory, there is no revocation, and the
 * certificates are only as trustworthy as the process that made them. Use a
 * real CA (ACME / your private PKI) for anything reachable by others.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import { parseHostname } from '../host.js';
import { parseIp } from '../ip.js';
import { checkInteger, checkOneOf, checkOptions } from '../options.js';
import * as der from './der.js';

/** Key algorithm of generated certificates. */
export type DevKeyType = 'ec' | 'rsa';

/** A PEM key pair and its certificate. */
export interface DevCertificate {
  /** PKCS#8 PEM private key. */
  readonly key: string;
  /** PEM certificate. */
  readonly cert: string;
  /** SHA-256 fingerprint, colon hex as Node prints it. */
  readonly fingerprint256: string;
}

/** Options of {@link devCertificate}. */
export interface DevCertificateOptions {
  /** DNS names and IP addresses in the subjectAltName. @default ['localhost', '127.0.0.1', '::1'] */
  hostnames?: readonly string[];
  /** Validity in days. @default 30 */
  days?: number;
  /** `ec` (P-256, ECDSA-SHA256) or `rsa` (2048-bit, RSA-SHA256). @default 'ec' */
  keyType?: DevKeyType;
}

/** Options of {@link DevCertificateAuthority.issue}. */
export interface IssueOptions {
  /** Subject common name. */
  commonName: string;
  /** `server` (serverAuth), `client` (clientAuth) or both. @default 'server' */
  usage?: 'server' | 'client' | 'both';
  /** DNS names / IPs for the subjectAltName. @default ['localhost', '127.0.0.1', '::1'] for servers, [] for clients */
  hostnames?: readonly string[];
  /** URIs for the subjectAltName (e.g. SPIFFE IDs). @default [] */
  uris?: readonly string[];
  /** Validity in days. @default 30 */
  days?: number;
  /** @default 'ec' */
  keyType?: DevKeyType;
}

/** Options of {@link devCertificateAuthority}. */
export interface DevCertificateAuthorityOptions {
  /** Subject common name of the CA. @default 'Parapet Development CA' */
  commonName?: string;
  /** Validity in days. @default 365 */
  days?: number;
  /** @default 'ec' */
  keyType?: DevKeyType;
}

/** A development certificate authority. */
export interface DevCertificateAuthority extends DevCertificate {
  /** Issue a leaf certificate signed by this CA. */
  issue(options: IssueOptions): DevCertificate;
  /**
   * A PEM certificate revocation list (RFC 5280 §5, v2 with CRL number and
   * authority key identifier) revoking the given certificates, valid for
   * `days` (default 7). For `createSecureServer({ crl })`.
   */
  crl(revoked: readonly (string | DevCertificate)[], options?: { days?: number }): string;
}

const OID = {
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  crlNumber: '2.5.29.20',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

// KeyUsage bit numbers (RFC 5280 §4.2.1.3)
const DIGITAL_SIGNATURE = 0;
const KEY_ENCIPHERMENT = 2;
const KEY_CERT_SIGN = 5;
const CRL_SIGN = 6;

const DEFAULT_HOSTS = ['localhost', '127.0.0.1', '::1'] as const;
const DAY = 86_400_000;

interface KeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly type: DevKeyType;
}

function generateKeys(type: DevKeyType): KeyPair {
  const pair = type === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'prime256v1' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...pair, type };
}

function signatureAlgorithm(type: DevKeyType): der.Der {
  // RFC 5758 §3.2: ecdsa-with-SHA256 has absent parameters; RFC 4055: RSA has NULL.
  return type === 'ec' ? der.sequence(der.oid(OID.ecdsaWithSha256)) : der.sequence(der.oid(OID.sha256WithRsa), der.nullValue());
}

function name(commonName: string): der.Der {
  return der.sequence(
    der.set(der.sequence(der.oid(OID.organization), der.utf8String('Parapet development'))),
    der.set(der.sequence(der.oid(OID.commonName), der.utf8String(commonName))),
  );
}

function extension(id: string, critical: boolean, value: der.Der): der.Der {
  return critical ? der.sequence(der.oid(id), der.boolean(true), der.octetString(value)) : der.sequence(der.oid(id), der.octetString(value));
}

function subjectAltNames(hostnames: readonly string[], uris: readonly string[]): der.Der[] {
  const names = hostnames.map((entry) => {
    const ip = isIP(entry) ? parseIp(entry) : undefined;
    // iPAddress [7] OCTET STRING (4 or 16 bytes), dNSName [2] IA5String
    if (ip) return der.implicit(7, ip.bytes);
    return der.implicit(2, Buffer.from(entry, 'ascii'));
  });
  for (const uri of uris) names.push(der.implicit(6, Buffer.from(uri, 'ascii')));
  return names;
}

function keyIdentifier(publicKey: KeyObject): Buffer {
  // RFC 7093 §2 method 1: leftmost 160 bits of SHA-256 of the subjectPublicKey.
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest().subarray(0, 20);
}

interface CertificateSpec {
  readonly subject: string;
  readonly issuer: string;
  readonly subjectKey: KeyObject;
  readonly issuerKeys: KeyPair;
  readonly days: number;
  readonly ca: boolean;
  readonly usage: 'server' | 'client' | 'both' | 'ca';
  readonly hostnames: readonly string[];
  readonly uris: readonly string[];
}

function serialNumber(): Buffer {
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x01; // positive, 16 bytes, never zero (RFC 5280 §4.1.2.2)
  return serial;
}

function buildCertificate(spec: CertificateSpec): string {
  const now = Date.now();
  const extensions: der.Der[] = [
    extension(OID.basicConstraints, true, spec.ca ? der.sequence(der.boolean(true), der.integer(0)) : der.sequence()),
    extension(
      OID.keyUsage,
      true,
      der.namedBits(
        spec.ca
          ? [DIGITAL_SIGNATURE, KEY_CERT_SIGN, CRL_SIGN]
          : spec.subjectKey.asymmetricKeyType === 'rsa'
            ? [DIGITAL_SIGNATURE, KEY_ENCIPHERMENT]
            : [DIGITAL_SIGNATURE],
      ),
    ),
    extension(OID.subjectKeyIdentifier, false, der.octetString(keyIdentifier(spec.subjectKey))),
    extension(OID.authorityKeyIdentifier, false, der.sequence(der.implicit(0, keyIdentifier(spec.issuerKeys.publicKey)))),
  ];
  if (spec.usage !== 'ca') {
    const purposes = spec.usage === 'both' ? [OID.serverAuth, OID.clientAuth] : [spec.usage === 'server' ? OID.serverAuth : OID.clientAuth];
    extensions.push(extension(OID.extKeyUsage, false, der.sequence(...purposes.map((p) => der.oid(p)))));
  }
  const altNames = subjectAltNames(spec.hostnames, spec.uris);
  if (altNames.length > 0) extensions.push(extension(OID.subjectAltName, false, der.sequence(...altNames)));

  const tbs = der.sequence(
    der.explicit(0, der.integer(2)), // v3
    der.integer(serialNumber()),
    signatureAlgorithm(spec.issuerKeys.type),
    name(spec.issuer),
    der.sequence(der.time(new Date(now - 60 * 60 * 1000)), der.time(new Date(now + spec.days * DAY))),
    name(spec.subject),
    spec.subjectKey.export({ type: 'spki', format: 'der' }),
    der.explicit(3, der.sequence(...extensions)),
  );
  // ECDSA signatures come out DER-encoded (Ecdsa-Sig-Value), as X.509 wants.
  const signature = sign('sha256', tbs, spec.issuerKeys.privateKey);
  return pem('CERTIFICATE', der.sequence(tbs, signatureAlgorithm(spec.issuerKeys.type), der.bitString(signature)));
}

function pem(label: string, body: Buffer): string {
  const base64 = body.toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${base64}${base64.endsWith('\n') ? '' : '\n'}-----END ${label}-----\n`;
}

let crlNumber = 0;

function buildCrl(issuer: string, issuerKeys: KeyPair, revoked: readonly (string | DevCertificate)[], days: number): string {
  const now = new Date();
  const entries = revoked.map((entry) => {
    const cert = new X509Certificate(typeof entry === 'string' ? entry : entry.cert);
    const hex = cert.serialNumber;
    return der.sequence(der.integer(Buffer.from(hex.length % 2 === 1 ? `0${hex}` : hex, 'hex')), der.time(now));
  });
  const tbs = der.sequence(
    der.integer(1), // v2
    signatureAlgorithm(issuerKeys.type),
    name(issuer),
    der.time(new Date(now.getTime() - 60_000)),
    der.time(new Date(now.getTime() + days * DAY)),
    ...(entries.length > 0 ? [der.sequence(...entries)] : []),
    der.explicit(
      0,
      der.sequence(
        extension(OID.authorityKeyIdentifier, false, der.sequence(der.implicit(0, keyIdentifier(issuerKeys.publicKey)))),
        extension(OID.crlNumber, false, der.integer(++crlNumber)),
      ),
    ),
  );
  const signature = sign('sha256', tbs, issuerKeys.privateKey);
  return pem('X509 CRL', der.sequence(tbs, signatureAlgorithm(issuerKeys.type), der.bitString(signature)));
}

function toDevCertificate(cert: string, privateKey: KeyObject): DevCertificate {
  return {
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    cert,
    fingerprint256: new X509Certificate(cert).fingerprint256,
  };
}

function checkHostnames(name: string, value: unknown, fallback: readonly string[]): readonly string[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) throw new TypeError(`${name}: "hostnames" must be an array of DNS names or IP addresses`);
  for (const entry of value as unknown[]) {
    const ok =
      typeof entry === 'string' &&
      (isIP(entry) !== 0 ? parseIp(entry) !== undefined : parseHostname(entry) === entry.toLowerCase() || /^\*\.[a-z0-9.-]+$/i.test(entry));
    if (!ok) throw new TypeError(`${name}: invalid "hostnames" entry ${JSON.stringify(entry)}`);
  }
  return value as string[];
}

function checkCommon(name: string, opts: Record<string, unknown>): { days: number; keyType: DevKeyType } {
  const days = opts.days === undefined ? 30 : checkInteger(name, 'days', opts.days, 1, 825);
  const keyType = checkOneOf(name, 'keyType', opts.keyType ?? 'ec', ['ec', 'rsa'] as const);
  return { days, keyType };
}

/**
 * Make a self-signed certificate for localhost (`localhost`, `127.0.0.1`,
 * `::1` by default). **Development and tests only** — clients must be told
 * to trust exactly this certificate (`ca: cert`).
 *
 * @example
 * ```ts
 * const { key, cert } = devCertificate();
 * createSecureServer({ app, key, cert }).listen(8443);
 * ```
 */
export function devCertificate(options?: DevCertificateOptions): DevCertificate {
  const opts = checkOptions('devCertificate', options, ['hostnames', 'days', 'keyType']);
  const hostnames = checkHostnames('devCertificate', opts.hostnames, DEFAULT_HOSTS);
  const { days, keyType } = checkCommon('devCertificate', opts);
  const keys = generateKeys(keyType);
  const cert = buildCertificate({
    subject: hostnames[0] ?? 'localhost',
    issuer: hostnames[0] ?? 'localhost',
    subjectKey: keys.publicKey,
    issuerKeys: keys,
    days,
    ca: false,
    usage: 'server',
    hostnames,
    uris: [],
  });
  return toDevCertificate(cert, keys.privateKey);
}

/**
 * Make an in-memory development CA that can issue server and client
 * certificates — for mutual-TLS tests and demos. **Not for production.**
 *
 * @example
 * ```ts
 * const ca = devCertificateAuthority();
 * const server = ca.issue({ commonName: 'localhost' });
 * const client = ca.issue({ commonName: 'billing-service', usage: 'client' });
 * createSecureServer({ app, key: server.key, cert: server.cert, requestCert: true, ca: ca.cert });
 * ```
 */
export function devCertificateAuthority(options?: DevCertificateAuthorityOptions): DevCertificateAuthority {
  const opts = checkOptions('devCertificateAuthority', options, ['commonName', 'days', 'keyType']);
  const commonName = opts.commonName ?? 'Parapet Development CA';
  if (typeof commonName !== 'string' || commonName.length === 0 || commonName.length > 64) {
    throw new TypeError('devCertificateAuthority: "commonName" must be a string of 1 to 64 characters');
  }
  const { days, keyType } = checkCommon('devCertificateAuthority', { days: opts.days ?? 365, keyType: opts.keyType });
  const caKeys = generateKeys(keyType);
  const caCert = buildCertificate({
    subject: commonName,
    issuer: commonName,
    subjectKey: caKeys.publicKey,
    issuerKeys: caKeys,
    days,
    ca: true,
    usage: 'ca',
    hostnames: [],
    uris: [],
  });
  return {
    ...toDevCertificate(caCert, caKeys.privateKey),
    crl(revoked, crlOptions) {
      if (!Array.isArray(revoked)) throw new TypeError('crl: "revoked" must be an array of certificates');
      const o = checkOptions('crl', crlOptions, ['days']);
      return buildCrl(commonName, caKeys, revoked, o.days === undefined ? 7 : checkInteger('crl', 'days', o.days, 1, 3650));
    },
    issue(issueOptions: IssueOptions): DevCertificate {
      const o = checkOptions('issue', issueOptions, ['commonName', 'usage', 'hostnames', 'uris', 'days', 'keyType']);
      if (typeof o.commonName !== 'string' || o.commonName.length === 0 || o.commonName.length > 64) {
        throw new TypeError('issue: "commonName" must be a string of 1 to 64 characters');
      }
      const usage = checkOneOf('issue', 'usage', o.usage ?? 'server', ['server', 'client', 'both'] as const);
      const hostnames = checkHostnames('issue', o.hostnames, usage === 'client' ? [] : DEFAULT_HOSTS);
      const uris = o.uris ?? [];
      if (!Array.isArray(uris) || !uris.every((u) => typeof u === 'string' && URL.canParse(u) && /^[\x21-\x7e]+$/.test(u))) {
        throw new TypeError('issue: "uris" must be an array of absolute ASCII URIs');
      }
      const leaf = checkCommon('issue', o);
      const keys = generateKeys(leaf.keyType);
      const cert = buildCertificate({
        subject: o.commonName,
        issuer: commonName,
        subjectKey: keys.publicKey,
        issuerKeys: caKeys,
        days: leaf.days,
        ca: false,
        usage,
        hostnames,
        uris: uris as string[],
      });
      return toDevCertificate(cert, keys.privateKey);
    },
  };
}

