import { hash, timingSafeEqual } from 'node:crypto';
import { errors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import {
  AMORTISED_TOKEN_TYPE,
  CLOCK_TOLERANCE_S,
  MAX_AMORTISED_TOKEN_LIFETIME_S,
  MAX_IAT_AGE_S,
  MAX_JTI_LENGTH,
  MAX_REQUEST_TOKEN_LIFETIME_S,
  REQUEST_TOKEN_TYPE,
  SHA256_BASE64URL,
} from './constants.js';
import { InvalidTokenError, type InvalidTokenCode } from './errors.js';
import type { BoundPublicKey } from './keys.js';
import { KeySetUnavailableError } from './remote-jwks.js';
import type { ResolvedMutualAuthOptions } from './options.js';
import { PrecheckedHeaderCache, PrecheckFailure, precheckToken, type PrecheckOptions } from './precheck.js';
import { VerifiedTokenCache } from './token-cache.js';

/** A caller token whose signature and claims passed every check that does not need the body. */
export interface VerifiedCallerToken {
  readonly iss: string;
  readonly kid: string;
  readonly jti: string;
  /** `exp` in seconds since epoch. */
  readonly exp: number;
  readonly claims: Readonly<JWTPayload>;
  /** `bh` claim if present (request-bound mode), checked against the body by the adapter. */
  readonly bodyHash: string | undefined;
  /** `cnf["x5t#S256"]` if present. */
  readonly certificateThumbprint: string | undefined;
}

/** What the verifier needs to know about the request. */
export interface RequestFacts {
  /** HTTP method as received (compared with `htm`). */
  readonly method: string;
  /** Request target in origin-form, path and query exactly as received (compared with `htu`). */
  readonly target: string;
  /** `x5tS256` of the verified TLS client certificate, if any. */
  readonly certificateThumbprint: string | undefined;
}

const PRECHECK_CODES: Record<PrecheckFailure['kind'], InvalidTokenCode> = {
  'too-large': 'ERR_MUTUAL_TOKEN_TOO_LARGE',
  header: 'ERR_MUTUAL_HEADER_INVALID',
  malformed: 'ERR_MUTUAL_TOKEN_MALFORMED',
  version: 'ERR_MUTUAL_VERSION_UNSUPPORTED',
};
// PROTOCOL.md §3: printable ASCII, space included.
const PRINTABLE = /^[\x20-\x7e]+$/;
const REQUIRED_CLAIMS = ['exp', 'iat', 'jti', 'iss', 'aud'];

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Equality of two public strings without an early exit (they are not secrets, but keep the habit uniform). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Framework-neutral verification of caller tokens: strict pre-checks, issuer-bound
 * key selection, jose signature and registered-claim checks, then the protocol's own
 * claim rules. Throws {@link InvalidTokenError}.
 */
export class CallerTokenVerifier {
  readonly #options: ResolvedMutualAuthOptions;
  readonly #typ: string;
  readonly #maxLifetime: number;
  readonly #precheck: PrecheckOptions;
  readonly #headers = new PrecheckedHeaderCache();
  /** Amortised mode, for verify() and cached() only: created on first use (mutualAuth keeps its own, with the caller objects). */
  #cache: VerifiedTokenCache<VerifiedCallerToken> | undefined;

  constructor(options: ResolvedMutualAuthOptions) {
    this.#options = options;
    const amortised = options.mode === 'amortised';
    this.#typ = amortised ? AMORTISED_TOKEN_TYPE : REQUEST_TOKEN_TYPE;
    this.#precheck = { maxTokenBytes: options.maxTokenBytes, typ: this.#typ, algorithms: options.algorithms };
    this.#maxLifetime = amortised ? MAX_AMORTISED_TOKEN_LIFETIME_S : MAX_REQUEST_TOKEN_LIFETIME_S;
  }

  #fail(code: InvalidTokenCode, detail: string, cause?: unknown): never {
    throw new InvalidTokenError(code, detail, this.#options.realm, cause);
  }

  /**
   * Verifies `token` for the request described by `facts` at `nowMs`, this connection's
   * certificate included. Amortised mode: a token verified before is answered from the cache.
   */
  verify(token: string, facts: RequestFacts, nowMs: number): Promise<VerifiedCallerToken> {
    if (this.#options.mode !== 'amortised') return this.#verifyOnConnection(token, facts, nowMs);
    let hit: VerifiedCallerToken | undefined;
    try {
      hit = this.cached(token, facts, nowMs);
    } catch (error) {
      // cached() throws only InvalidTokenError (certificate mismatch).
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return hit === undefined ? this.#verifyAndCache(token, facts, nowMs) : Promise.resolve(hit);
  }

  /**
   * Amortised mode: the token already verified and cached, checked against this
   * connection's certificate, synchronously; undefined on a miss.
   */
  cached(token: string, facts: RequestFacts, nowMs: number): VerifiedCallerToken | undefined {
    const verified = this.#cache?.get(hash('sha256', token, 'base64url'), nowMs);
    // The certificate is a fact of this connection, not of the token: checked on every use.
    if (verified !== undefined) this.checkCertificate(verified, facts.certificateThumbprint);
    return verified;
  }

  async #verifyOnConnection(token: string, facts: RequestFacts, nowMs: number): Promise<VerifiedCallerToken> {
    const verified = await this.verifyToken(token, facts, nowMs);
    this.checkCertificate(verified, facts.certificateThumbprint);
    return verified;
  }

  async #verifyAndCache(token: string, facts: RequestFacts, nowMs: number): Promise<VerifiedCallerToken> {
    const verified = await this.verifyToken(token, facts, nowMs);
    this.#cache ??= new VerifiedTokenCache(this.#options.amortisedCacheSize);
    this.#cache.set(hash('sha256', token, 'base64url'), verified, verified.exp * 1000);
    this.checkCertificate(verified, facts.certificateThumbprint);
    return verified;
  }

  /**
   * Everything about the token itself, not the connection it came on: what an amortised
   * cache may keep. The caller still owes {@link checkCertificate} on every use.
   */
  async verifyToken(token: string, facts: RequestFacts, nowMs: number): Promise<VerifiedCallerToken> {
    const options = this.#options;
    let prechecked;
    try {
      prechecked = precheckToken(token, this.#precheck, this.#headers);
    } catch (error) {
      if (!(error instanceof PrecheckFailure)) throw error;
      const code = PRECHECK_CODES[error.kind];
      this.#fail(code, error.message);
    }
    const { payload, kid, alg } = prechecked;
    const iss = payload.iss;
    if (typeof iss !== 'string') this.#fail('ERR_MUTUAL_CLAIM_INVALID', 'iss is missing or not a string');
    // A Map lookup: an attacker-chosen iss such as "__proto__" or "constructor" cannot reach anything else.
    const issuer = options.callers.get(iss);
    if (issuer === undefined) this.#fail('ERR_MUTUAL_ISSUER_UNKNOWN', `unknown issuer ${JSON.stringify(iss.slice(0, 64))}`);
    if (!issuer.algorithms.has(alg)) this.#fail('ERR_MUTUAL_ALG_NOT_ALLOWED', `alg ${alg} is not allowed for issuer ${iss}`);

    let bound: BoundPublicKey | undefined;
    if (issuer.kind === 'local') {
      bound = issuer.keys.get(kid);
    } else {
      try {
        bound = await issuer.jwks.get(kid, nowMs);
      } catch (error) {
        if (!(error instanceof KeySetUnavailableError)) throw error;
        // 401 like an unknown issuer, never a 503: the status must not tell who is a configured caller.
        this.#fail('ERR_MUTUAL_KEYS_UNAVAILABLE', error.message, error);
      }
    }
    if (bound === undefined) this.#fail('ERR_MUTUAL_KEY_UNKNOWN', `kid ${JSON.stringify(kid)} is not a key of issuer ${iss}`);
    // The key's own algorithm only: a token cannot pick RS256 for a PS256 key, nor anything for an Ed25519 key but EdDSA.
    if (bound.alg !== alg) this.#fail('ERR_MUTUAL_ALG_NOT_ALLOWED', `kid ${kid} is bound to ${bound.alg}, token says ${alg}`);
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, bound.key, this.#verifyOptions(iss, nowMs, bound.algorithms)));
    } catch (error) {
      this.#mapJoseError(error);
    }
    return this.#checkClaims(claims, kid, facts, nowMs);
  }

  #verifyOptions(iss: string, nowMs: number, algorithms: readonly string[]): JWTVerifyOptions {
    return {
      audience: this.#options.audience,
      issuer: iss,
      clockTolerance: CLOCK_TOLERANCE_S,
      currentDate: new Date(nowMs),
      requiredClaims: REQUIRED_CLAIMS,
      algorithms: algorithms as string[],
    };
  }

  #mapJoseError(error: unknown): never {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof errors.JWTExpired) this.#fail('ERR_MUTUAL_TOKEN_EXPIRED', error.message, error);
    if (error instanceof errors.JWTClaimValidationFailed) this.#fail('ERR_MUTUAL_CLAIM_INVALID', `${error.claim}: ${error.message}`, error);
    if (error instanceof errors.JWSSignatureVerificationFailed) this.#fail('ERR_MUTUAL_SIGNATURE_INVALID', error.message, error);
    if (error instanceof errors.JOSEAlgNotAllowed) this.#fail('ERR_MUTUAL_ALG_NOT_ALLOWED', error.message, error);
    if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) this.#fail('ERR_MUTUAL_KEY_UNKNOWN', error.message, error);
    if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) this.#fail('ERR_MUTUAL_TOKEN_MALFORMED', error.message, error);
    this.#fail('ERR_MUTUAL_SIGNATURE_INVALID', `verification failed: ${error instanceof Error ? error.message : String(error)}`, error);
  }

  #checkClaims(claims: JWTPayload, kid: string, facts: RequestFacts, nowMs: number): VerifiedCallerToken {
    const now = nowMs / 1000;
    const { iss, aud, iat, exp, jti } = claims;
    // jose accepts an array containing our audience; the protocol allows exactly one audience.
    if (typeof aud !== 'string') this.#fail('ERR_MUTUAL_CLAIM_INVALID', 'aud must be a single string');
    if (!isNumericDate(iat) || !isNumericDate(exp)) this.#fail('ERR_MUTUAL_CLAIM_INVALID', 'iat and exp must be numbers');
    if (iat > now + CLOCK_TOLERANCE_S) this.#fail('ERR_MUTUAL_CLAIM_INVALID', `iat is ${Math.round(iat - now)} s in the future`);
    if (now - iat > MAX_IAT_AGE_S + CLOCK_TOLERANCE_S && this.#options.mode === 'request-bound') {
      this.#fail('ERR_MUTUAL_CLAIM_INVALID', `iat is ${Math.round(now - iat)} s old (max ${MAX_IAT_AGE_S})`);
    }
    if (exp <= iat || exp - iat > this.#maxLifetime) this.#fail('ERR_MUTUAL_CLAIM_INVALID', `lifetime ${exp - iat} s is not within 1-${this.#maxLifetime} s`);
    if (typeof jti !== 'string' || jti.length > MAX_JTI_LENGTH || !PRINTABLE.test(jti)) this.#fail('ERR_MUTUAL_CLAIM_INVALID', 'jti must be 1-128 printable ASCII characters');

    let bodyHash: string | undefined;
    if (this.#options.mode === 'request-bound') {
      const { htm, htu, bh } = claims;
      if (typeof htm !== 'string' || htm !== facts.method) this.#fail('ERR_MUTUAL_REQUEST_MISMATCH', 'htm does not match the request method');
      // Exact comparison with the request target as received; rebuilding it from Host would let a proxy or attacker choose it.
      if (typeof htu !== 'string' || htu !== facts.target) this.#fail('ERR_MUTUAL_REQUEST_MISMATCH', 'htu does not match the request target');
      // Origin-form only (RFC 9112 §3.2.1): an absolute-form target names a host the token would then vouch for.
      if (htu.charCodeAt(0) !== 0x2f) this.#fail('ERR_MUTUAL_REQUEST_MISMATCH', 'htu is not in origin-form');
      if (bh !== undefined && (typeof bh !== 'string' || !SHA256_BASE64URL.test(bh))) this.#fail('ERR_MUTUAL_CLAIM_INVALID', 'bh must be a base64url SHA-256');
      bodyHash = bh;
    }

    let certificateThumbprint: string | undefined;
    const { cnf } = claims;
    if (cnf !== undefined) {
      const thumbprint = typeof cnf === 'object' && cnf !== null ? (cnf as Record<string, unknown>)['x5t#S256'] : undefined;
      if (typeof thumbprint !== 'string' || !SHA256_BASE64URL.test(thumbprint)) this.#fail('ERR_MUTUAL_CLAIM_INVALID', 'cnf must be {"x5t#S256": base64url SHA-256}');
      certificateThumbprint = thumbprint;
    }
    return { iss: iss as string, kid, jti, exp, claims, bodyHash, certificateThumbprint };
  }

  /** Whether `token` may be used on a connection whose verified client certificate has this thumbprint. */
  checkCertificate(token: VerifiedCallerToken, presented: string | undefined): void {
    if (token.certificateThumbprint === undefined) {
      if (this.#options.requireCertificateBinding) this.#fail('ERR_MUTUAL_CERTIFICATE_MISMATCH', 'token has no cnf["x5t#S256"] and requireCertificateBinding is on');
      return;
    }
    // RFC 8705 §3: a certificate-bound token is only valid on a connection authenticated with that certificate.
    if (presented === undefined) this.#fail('ERR_MUTUAL_CERTIFICATE_MISMATCH', 'token is certificate-bound but no verified client certificate was presented');
    if (!constantTimeEqual(token.certificateThumbprint, presented)) this.#fail('ERR_MUTUAL_CERTIFICATE_MISMATCH', 'client certificate does not match cnf["x5t#S256"]');
  }
}
