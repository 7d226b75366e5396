import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Options of the trusted-device cookie (OWASP "device cookies"). */
export interface DeviceCookieOptions {
  /**
   * Cookie name. A `__Host-` name requires `secure: true` and pins the cookie
   * to this host and path `/`.
   * @default '__Host-parapet-device'
   */
  name?: string;
  /** Lifetime in seconds, carried inside the signed value as well. @default 2592000 (30 days) */
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
  readonly expiresAt: number;
}

const VALUE = /^v1\.([A-Za-z0-9_-]{22})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/**
 * Signs and verifies device cookies. The MAC covers the account hash, so a
 * cookie proves "this browser logged into this account before" and is
 * worthless for any other account; the account hash itself is not in the
 * cookie.
 */
export class DeviceCookieSigner {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    this.#key = key;
  }

  sign(accountHash: string, deviceId: string, expiresAt: number): string {
    const exp = Math.floor(expiresAt / 1000);
    return `v1.${deviceId}.${exp}.${this.#mac(accountHash, deviceId, exp).toString('base64url')}`;
  }

  /** The token when the cookie is authentic, bound to `accountHash` and unexpired; otherwise undefined. */
  verify(value: string | undefined, accountHash: string, now: number): DeviceToken | undefined {
    if (value === undefined || value.length > 128) return undefined;
    const match = VALUE.exec(value);
    if (match === null) return undefined;
    const [, deviceId, expText, macText] = match as unknown as [string, string, string, string];
    const exp = Number(expText);
    // Compared as canonical base64url text, not decoded bytes: 43 characters
    // carry 258 bits, so four spellings of the last character decode to the
    // same MAC; only the one we issue is accepted (no malleable cookies).
    const expected = Buffer.from(this.#mac(accountHash, deviceId, exp).toString('base64url'));
    const given = Buffer.from(macText);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    if (exp * 1000 <= now) return undefined;
    return { deviceId, expiresAt: exp * 1000 };
  }

  static newDeviceId(): string {
    return randomBytes(16).toString('base64url');
  }

  #mac(accountHash: string, deviceId: string, exp: number): Buffer {
    return createHmac('sha256', this.#key).update(`v1|${accountHash}|${deviceId}|${exp}`).digest();
  }
}
