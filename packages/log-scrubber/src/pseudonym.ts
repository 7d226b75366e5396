import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { domainToASCII } from 'node:url';
import { IpMatcher, ipPrefix, normalizeIp } from '@parapet/https/core';
import { BoundedCache } from './bounded-cache.js';
import type { PersonalDataType, PseudonymKey } from './options.js';

/**
 * Hex characters of the HMAC kept in a token: 20 hex = 80 bits. Two distinct values of the
 * same type collide with probability ~n²/2^81, i.e. one expected collision only after about
 * 2^40 (10^12) distinct values — far beyond any log's population — while tokens stay short.
 */
export const PSEUDONYM_HEX_LENGTH = 20;

/** Canonical form of a value before hashing, so one person gives one pseudonym across formats. */
export function normaliseValue(type: PersonalDataType, value: string): string {
  const trimmed = value.trim();
  switch (type) {
    case 'email': {
      // An internationalised domain and its xn-- (IDNA) form are one address: hash the ASCII form.
      const at = trimmed.lastIndexOf('@');
      if (at > 0 && /[^ -~]/.test(trimmed.slice(at + 1))) {
        const ascii = domainToASCII(trimmed.slice(at + 1).toLowerCase());
        if (ascii !== '') return (trimmed.slice(0, at).normalize('NFC') + '@' + ascii).toLowerCase();
      }
      return trimmed.normalize('NFC').toLowerCase();
    }
    case 'phone': {
      // International "00" prefix and "+" are the same thing; digits only otherwise.
      const digits = trimmed.replace(/\D/g, '');
      return digits.startsWith('00') ? digits.slice(2) : digits;
    }
    case 'card':
    case 'ssn':
      return trimmed.replace(/\D/g, '');
    case 'iban':
      return trimmed.replace(/\s/g, '').toUpperCase();
    case 'ip':
      return normalizeIp(trimmed) ?? trimmed.toLowerCase();
    default:
      return trimmed.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();
  }
}

// Addresses that identify no one: kept verbatim in free text so infrastructure errors stay readable.
const NON_PERSONAL = ['loopback', '0.0.0.0/32', '::/128'];
// What `keepPrivateIps` keeps (RFC 1918, RFC 4193, link-local). Not the `private` keyword: that one
// includes loopback, which a field naming an address must pseudonymise.
const PRIVATE = ['uniquelocal', 'linklocal'];
const PRIVATE_IPS = new IpMatcher(PRIVATE, 'log-scrubber');

/** A pseudonym as written in logs, `<type:keyId:hex>`, unanchored (to find one inside text). */
export const TOKEN_SOURCE = String.raw`<([a-z]+):([A-Za-z0-9_-]{1,16}):([0-9a-f]{${PSEUDONYM_HEX_LENGTH}})>`;
/** A whole value that is a pseudonym. */
export const TOKEN = new RegExp(`^${TOKEN_SOURCE}$`);

interface PreparedKey {
  readonly id: string;
  readonly key: KeyObject;
}

/** A random 256-bit key for development, when no key was configured. */
export function generateEphemeralKey(): PseudonymKey {
  return { id: 'dev', secret: randomBytes(32) };
}

/** Keyed, type-tagged, key-versioned pseudonyms with a bounded cache. */
export class Pseudonymiser {
  readonly #keys: ReadonlyMap<string, PreparedKey>;
  readonly #current: PreparedKey;
  // One cache per type, keyed by the raw value: no per-lookup key concatenation. A property per
  // type rather than a Map: one lookup fewer per pseudonym.
  readonly #caches: Partial<Record<PersonalDataType, BoundedCache<string>>> = Object.create(null) as Partial<
    Record<PersonalDataType, BoundedCache<string>>
  >;
  readonly #cacheSize: number;
  readonly #truncateIps: boolean;
  readonly #keepPrivateIps: boolean;
  /** Addresses free text keeps verbatim: the non-personal ones, and private ones with keepPrivateIps. */
  readonly #keptInText: IpMatcher;
  // Few in practice (loopback, a proxy's network); bounded like every other cache.
  readonly #keptAddresses = new BoundedCache<string>(256);

  constructor(keys: readonly PseudonymKey[], cacheSize: number, ipMode: 'hmac' | 'truncate', keepPrivateIps = false) {
    const prepared = keys.map((k) => ({ id: k.id, key: createSecretKey(k.secret) }));
    this.#keys = new Map(prepared.map((k) => [k.id, k]));
    const first = prepared[0];
    if (first === undefined) throw new TypeError('log-scrubber: "keys" must not be empty');
    this.#current = first;
    this.#cacheSize = cacheSize;
    this.#truncateIps = ipMode === 'truncate';
    this.#keepPrivateIps = keepPrivateIps;
    this.#keptInText = new IpMatcher(keepPrivateIps ? [...NON_PERSONAL, ...PRIVATE] : NON_PERSONAL, 'log-scrubber');
  }

  get currentKeyId(): string {
    return this.#current.id;
  }

  get keyIds(): readonly string[] {
    return [...this.#keys.keys()];
  }

  /**
   * The token for an address in a field that names one (`clientIp`, `remoteAddress`, …): that
   * address is a person's, so loopback and unspecified addresses, which free text keeps verbatim,
   * are pseudonymised too (private ones stay kept only with `keepPrivateIps`).
   */
  pseudonymiseAddress(ip: string): string {
    if (!this.#keptInText.matches(ip)) return this.pseudonymise('ip', ip);
    if (this.#keepPrivateIps && PRIVATE_IPS.matches(ip)) return ip;
    let token = this.#keptAddresses.get(ip);
    if (token === undefined) {
      token = this.#ipToken(ip);
      this.#keptAddresses.set(ip, token);
    }
    return token;
  }

  /** The token written to logs for `value` (cached; IPs truncated instead when ipMode is 'truncate'). */
  pseudonymise(type: PersonalDataType, value: string): string {
    // Already scrubbed (a record scrubbed twice, child bindings re-scrubbed): keep it stable.
    if (value.charCodeAt(0) === 60 && TOKEN.test(value)) return value;
    if (value === '[REDACTED]') return value;
    let cache = this.#caches[type];
    if (cache === undefined) {
      cache = new BoundedCache(this.#cacheSize);
      this.#caches[type] = cache;
    }
    const cached = cache.get(value);
    if (cached !== undefined) return cached;
    const ip = type === 'ip' ? normalizeIp(value.trim()) : undefined;
    let token: string;
    if (ip === undefined) token = this.#token(this.#current, type, value);
    else token = this.#keptInText.matches(ip) ? ip : this.#ipToken(ip);
    cache.set(value, token);
    return token;
  }

  /**
   * The HMAC token for a known value under a given key id (default: the current key), used to
   * find a person's records in the logs. Never truncates IPs. Throws on an unknown key id.
   */
  pseudonymFor(type: PersonalDataType, value: string, keyId?: string): string {
    const key = keyId === undefined ? this.#current : this.#keys.get(keyId);
    if (key === undefined) {
      throw new TypeError(`log-scrubber: unknown key id "${String(keyId)}" (known: ${this.keyIds.join(', ')})`);
    }
    return this.#token(key, type, value);
  }

  /** An address's token: its network with ipMode 'truncate', else its HMAC. */
  #ipToken(ip: string): string {
    return (this.#truncateIps ? ipPrefix(ip, 24, 48) : undefined) ?? this.#token(this.#current, 'ip', ip);
  }

  #token(key: PreparedKey, type: PersonalDataType, value: string): string {
    // The type is hashed with the value: the same digits as a phone and as a card, or the same
    // string as a name and as an email, give unrelated tokens, so types cannot be cross-linked.
    const mac = createHmac('sha256', key.key)
      .update(type)
      .update('\u0000')
      .update(normaliseValue(type, value))
      .digest('hex');
    return `<${type}:${key.id}:${mac.slice(0, PSEUDONYM_HEX_LENGTH)}>`;
  }
}
