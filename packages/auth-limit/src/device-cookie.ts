import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Options of the trusted-device cookie (OWASP "device cookies"). */
export interface DeviceCookieOptions {
  /**
   * Cookie name. A `__Host-` name requires `secure: true` and pins the cookie
   * to this host and path `/`.
   * @default '__Host-parapet-device'
   */
  name?: string;
  /** Lifetime in seconds, counted from the signed issue time inside the value. @default 2592000 (30 days) */
  maxAge?: number;
  /** Failed attempts allowed per account and device per window. @default 5 */
  limit?: number;
  /** Window in seconds. @default 3600 */
  window?: number;
  /** `Secure` attribute. Turning it off is for plain-HTTP tests only. @default true */
  secure?: boolean;
  /** `SameSite` attribute. @default 'Strict' */
  sameSite?: 'Strict' | 'Lax';
}

/** A verified device cookie. */
export interface DeviceToken {
  readonly deviceId: string;
  /** Milliseconds since the epoch (app clock) when the cookie was issued. */
  readonly issuedAt: number;
  readonly expiresAt: number;
}

const VALUE = /^v2\.([A-Za-z0-9_-]{22})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

/**
 * Signs and verifies device cookies. The MAC covers the route purpose, the
 * account hash, the device id and the issue time: a cookie proves "this
 * browser logged into this account on a route of this purpose before", is
 * worthless for any other account or purpose (a cookie handed out by a
 * password-reset route never opens the login device bucket), and holds no
 * account data.
 */
export class DeviceCookieSigner {
  readonly #key: Buffer;
  readonly #purpose: string;
  readonly #maxAgeMs: number;

  constructor(key: Buffer, purpose: string, maxAgeSeconds: number) {
    this.#key = key;
    this.#purpose = purpose;
    this.#maxAgeMs = maxAgeSeconds * 1000;
  }

  sign(accountHash: string, deviceId: string, issuedAt: number): string {
    const iat = Math.floor(issuedAt);
    return `v2.${deviceId}.${iat}.${this.#mac(accountHash, deviceId, iat).toString('base64url')}`;
  }

  /** The token when the cookie is authentic, bound to `accountHash` and this purpose, and unexpired; otherwise undefined. */
  verify(value: string | undefined, accountHash: string, now: number): DeviceToken | undefined {
    if (value === undefined || value.length > 128) return undefined;
    const match = VALUE.exec(value);
    if (match === null) return undefined;
    const [, deviceId, iatText, macText] = match as unknown as [string, string, string, string];
    const iat = Number(iatText);
    // Compared as canonical base64url text, not decoded bytes: 43 characters
    // carry 258 bits, so four spellings of the last character decode to the
    // same MAC; only the one we issue is accepted (no malleable cookies).
    const expected = Buffer.from(this.#mac(accountHash, deviceId, iat).toString('base64url'));
    const given = Buffer.from(macText);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const expiresAt = iat + this.#maxAgeMs;
    if (expiresAt <= now) return undefined;
    return { deviceId, issuedAt: iat, expiresAt };
  }

  static newDeviceId(): string {
    return randomBytes(16).toString('base64url');
  }

  #mac(accountHash: string, deviceId: string, iat: number): Buffer {
    return createHmac('sha256', this.#key).update(`v2|${this.#purpose}|${accountHash}|${deviceId}|${iat}`).digest();
  }
}
