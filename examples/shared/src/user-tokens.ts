/**
 * Short-lived user tokens issued by POST /login.
 *
 * Choice: a JWT signed with HS256 (jose) under LOGIN_TOKEN_KEY. The service
 * that issues the token is the only one that verifies it, so a shared-secret
 * MAC is the right tool (no key distribution) — unlike service-to-service
 * calls, where @parapet/mutual-jwt uses public keys. The token names the
 * user by opaque id (`sub`), never by e-mail, carries `typ: "at+jwt"`
 * (RFC 9068) so it cannot be confused with another JWT, and lives
 * LOGIN_TOKEN_TTL seconds (15 minutes by default); there is no refresh.
 */
import { randomUUID } from 'node:crypto';
import { ParapetError } from '@parapet/https';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';

/** The logged-in user, as the examples keep it for the handler and the request log. */
export interface AuthenticatedUser {
  /** Opaque user id (`sub`); what request logs record. */
  readonly id: string;
}

const TOKEN_TYPE = 'at+jwt';
// RFC 6750 §2.1 b64token, bounded: the header is untrusted input.
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]{1,4096}=*)$/;

/** 401 with an RFC 6750 challenge; the reason goes to logs only. */
export class UserTokenError extends ParapetError {
  readonly detail: string;
  constructor(realm: string, detail: string, error?: 'invalid_token') {
    const challenge = error === undefined ? `Bearer realm="${realm}"` : `Bearer realm="${realm}", error="${error}"`;
    super('Unauthorized', { code: 'ERR_USER_TOKEN', status: 401, headers: { 'WWW-Authenticate': challenge } });
    this.detail = detail;
  }
}

/** Issues and verifies user tokens for one service. */
export class UserTokens {
  readonly #key: Uint8Array;
  readonly #issuer: string;
  readonly #lifetime: number;

  constructor(options: { key: Uint8Array; issuer: string; lifetimeSeconds: number }) {
    if (options.key.byteLength < 32) throw new TypeError('UserTokens: "key" must be at least 32 bytes (HS256 needs a 256-bit key)');
    this.#key = options.key;
    this.#issuer = options.issuer;
    this.#lifetime = options.lifetimeSeconds;
  }

  /** Lifetime in seconds (the `expires_in` of the login response). */
  get lifetime(): number {
    return this.#lifetime;
  }

  async issue(userId: string): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: TOKEN_TYPE })
      .setIssuer(this.#issuer)
      .setAudience(this.#issuer)
      .setSubject(userId)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${this.#lifetime}s`)
      .sign(this.#key);
  }

  /** The user id of a valid token; throws {@link UserTokenError} otherwise. */
  async verify(token: string): Promise<string> {
    try {
      const { payload } = await jwtVerify(token, this.#key, {
        algorithms: ['HS256'],
        typ: TOKEN_TYPE,
        issuer: this.#issuer,
        audience: this.#issuer,
        requiredClaims: ['sub', 'exp', 'iat'],
        maxTokenAge: this.#lifetime + 5,
        clockTolerance: 5,
      });
      return payload.sub!;
    } catch (err) {
      const reason = err instanceof joseErrors.JOSEError ? err.code : 'malformed';
      throw new UserTokenError(this.#issuer, `user token rejected: ${reason}`, 'invalid_token');
    }
  }

  /**
   * The user id of `Authorization: Bearer <user token>`, given every value of
   * the header as received ({@link headerValues}): exactly one is allowed.
   * Throws {@link UserTokenError} (401 with its challenge) otherwise.
   */
  async authenticate(authorization: readonly string[] | undefined): Promise<string> {
    const header = authorization ?? [];
    if (header.length === 0) throw new UserTokenError(this.#issuer, 'no Authorization header');
    const match = header.length === 1 ? BEARER.exec(header[0]!) : null;
    if (match === null) throw new UserTokenError(this.#issuer, 'Authorization is not one "Bearer <token>"', 'invalid_token');
    return this.verify(match[1]!);
  }
}

/**
 * Every value of one header as the client sent it, from `rawHeaders`: `headers`
 * keeps only the first Authorization line, and HTTP/2 requests have no
 * `headersDistinct`, so a check built on either misses a second line or, over
 * h2, every line.
 */
export function headerValues(rawHeaders: readonly string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.length === name.length && rawHeaders[i]!.toLowerCase() === name) values.push(rawHeaders[i + 1]!);
  }
  return values;
}
