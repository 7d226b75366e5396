import { ParapetError } from '@parapet/https/core';

/** Codes of requests that are malformed before any token is looked at (400, RFC 6750 `invalid_request`). */
export type InvalidRequestCode =
  | 'ERR_MUTUAL_MULTIPLE_CREDENTIALS'
  | 'ERR_MUTUAL_TOKEN_IN_QUERY'
  | 'ERR_MUTUAL_MALFORMED_AUTHORIZATION'
  | 'ERR_MUTUAL_BODY_UNREADABLE';

/** Codes of rejected credentials (401). `ERR_MUTUAL_MISSING_CREDENTIALS` carries no `error=` attribute (RFC 6750 §3.1). */
export type InvalidTokenCode =
  | 'ERR_MUTUAL_MISSING_CREDENTIALS'
  | 'ERR_MUTUAL_TOKEN_TOO_LARGE'
  | 'ERR_MUTUAL_TOKEN_MALFORMED'
  | 'ERR_MUTUAL_HEADER_INVALID'
  | 'ERR_MUTUAL_ISSUER_UNKNOWN'
  | 'ERR_MUTUAL_KEY_UNKNOWN'
  | 'ERR_MUTUAL_ALG_NOT_ALLOWED'
  | 'ERR_MUTUAL_SIGNATURE_INVALID'
  | 'ERR_MUTUAL_TOKEN_EXPIRED'
  | 'ERR_MUTUAL_CLAIM_INVALID'
  | 'ERR_MUTUAL_REQUEST_MISMATCH'
  | 'ERR_MUTUAL_REPLAY'
  | 'ERR_MUTUAL_CERTIFICATE_MISMATCH'
  | 'ERR_MUTUAL_VERSION_UNSUPPORTED'
  | 'ERR_MUTUAL_KEYS_UNAVAILABLE';

/** Codes of authenticated callers that may not use a route (403, RFC 6750 `insufficient_scope`). */
export type InsufficientScopeCode = 'ERR_MUTUAL_CALLER_NOT_ALLOWED' | 'ERR_MUTUAL_ROUTE_WITHOUT_POLICY';

/** Codes of dependencies that could not answer in time (503 with `Retry-After`). */
export type UnavailableCode = 'ERR_MUTUAL_REPLAY_STORE_UNAVAILABLE';

/** Codes thrown by `createMutualClient()` (from `@parapet/mutual-jwt`) when the server cannot prove who it is. */
export type ServerAuthenticationCode =
  | 'ERR_MUTUAL_RESPONSE_UNSIGNED'
  | 'ERR_MUTUAL_RESPONSE_INVALID'
  | 'ERR_MUTUAL_RESPONSE_MISMATCH'
  | 'ERR_MUTUAL_RESPONSE_TOO_LARGE'
  | 'ERR_MUTUAL_RESPONSE_VERSION';

/** Every code this package can put on an error. */
export type MutualJwtErrorCode =
  | InvalidRequestCode
  | InvalidTokenCode
  | InsufficientScopeCode
  | UnavailableCode
  | ServerAuthenticationCode
  | 'ERR_MUTUAL_BODY_TOO_LARGE'
  | 'ERR_MUTUAL_RESPONSE_BODY_TOO_LARGE'
  | 'ERR_MUTUAL_RESPONSE_UNSIGNABLE'
  | 'ERR_MUTUAL_MISCONFIGURED';

/**
 * Base class of every error of this package. `message` is the short text a
 * client may see ("Unauthorized"); `detail` says which check failed and is meant
 * for logs only (it must never reach the client: it helps an attacker search).
 */
export class MutualJwtError extends ParapetError {
  declare readonly code: MutualJwtErrorCode;
  /** What exactly failed, for logs. Never sent to the client. */
  declare readonly detail: string;
  constructor(
    message: string,
    options: { code: MutualJwtErrorCode; status: number; detail: string; headers?: Record<string, string>; cause?: unknown },
  ) {
    super(message, { code: options.code, status: options.status, expose: options.status < 500, headers: options.headers ?? {}, cause: options.cause });
    this.name = new.target.name;
    // Non-enumerable: with `expose: true`, an app that serialises the error (JSON.stringify, a generic
    // error handler spreading it into a problem document) must not tell the client which check failed.
    Object.defineProperty(this, 'code', { value: options.code, enumerable: false, writable: false, configurable: false });
    Object.defineProperty(this, 'detail', { value: options.detail, enumerable: false, writable: false, configurable: false });
  }
}

/** Builds an RFC 6750 §3 challenge. `realm` has been validated at construction (no quote, backslash or control character). */
export function bearerChallenge(realm: string, error?: 'invalid_request' | 'invalid_token' | 'insufficient_scope'): string {
  return error === undefined ? `Bearer realm="${realm}"` : `Bearer realm="${realm}", error="${error}"`;
}

/** 400 `invalid_request`: two credentials, a token in the query string, a scheme other than Bearer. */
export class InvalidRequestError extends MutualJwtError {
  declare readonly code: InvalidRequestCode;
  constructor(code: InvalidRequestCode, detail: string, realm: string) {
    super('Bad Request', { code, status: 400, detail, headers: { 'WWW-Authenticate': bearerChallenge(realm, 'invalid_request') } });
  }
}

/** 401: no credentials, or credentials that failed a check (`invalid_token`). */
export class InvalidTokenError extends MutualJwtError {
  declare readonly code: InvalidTokenCode;
  constructor(code: InvalidTokenCode, detail: string, realm: string, cause?: unknown) {
    let challenge = bearerChallenge(realm, code === 'ERR_MUTUAL_MISSING_CREDENTIALS' ? undefined : 'invalid_token');
    // The one failure worth naming to the peer: it is about the software it runs, not about its credentials.
    if (code === 'ERR_MUTUAL_VERSION_UNSUPPORTED') challenge += ', error_description="mutual-jwt protocol version 2 required"';
    super('Unauthorized', { code, status: 401, detail, cause, headers: { 'WWW-Authenticate': challenge } });
  }
}

/** 403 `insufficient_scope`: the caller is authenticated but this route does not allow it. */
export class InsufficientScopeError extends MutualJwtError {
  declare readonly code: InsufficientScopeCode;
  constructor(code: InsufficientScopeCode, detail: string, realm: string) {
    super('Forbidden', { code, status: 403, detail, headers: { 'WWW-Authenticate': bearerChallenge(realm, 'insufficient_scope') } });
  }
}

/** 413: the request body is larger than `maxBodyBytes`, so its hash cannot be checked. */
export class RequestBodyTooLargeError extends MutualJwtError {
  declare readonly code: 'ERR_MUTUAL_BODY_TOO_LARGE';
  constructor(detail: string) {
    super('Payload Too Large', { code: 'ERR_MUTUAL_BODY_TOO_LARGE', status: 413, detail });
  }
}

/**
 * 503 with `Retry-After`: the replay store or a remote JWKS did not answer.
 * Failing closed is deliberate: accepting would turn a Redis outage into a replay window.
 */
export class ServiceUnavailableError extends MutualJwtError {
  declare readonly code: UnavailableCode;
  constructor(code: UnavailableCode, detail: string, retryAfterSeconds: number, cause?: unknown) {
    super('Service Unavailable', { code, status: 503, detail, cause, headers: { 'Retry-After': String(retryAfterSeconds) } });
  }
}

/** 500: downstream produced a response body larger than `maxResponseBytes`, so it cannot be signed. A server bug, not bad input. */
export class ResponseBodyTooLargeError extends MutualJwtError {
  declare readonly code: 'ERR_MUTUAL_RESPONSE_BODY_TOO_LARGE';
  constructor(detail: string) {
    super('Internal Server Error', { code: 'ERR_MUTUAL_RESPONSE_BODY_TOO_LARGE', status: 500, detail });
  }
}

/** 500: downstream produced a body in a content coding the protocol cannot decode (so cannot hash). A server bug, not bad input. */
export class ResponseUnsignableError extends MutualJwtError {
  declare readonly code: 'ERR_MUTUAL_RESPONSE_UNSIGNABLE';
  constructor(detail: string) {
    super('Internal Server Error', { code: 'ERR_MUTUAL_RESPONSE_UNSIGNABLE', status: 500, detail });
  }
}

/**
 * Thrown by the client when a response does not prove it comes from the expected
 * service for this very request. `responseStatus` is the HTTP status that came back
 * (e.g. 401 when the server rejected our token: rejections cannot be signed for an
 * unauthenticated caller, so they arrive unsigned).
 */
export class ServerAuthenticationError extends MutualJwtError {
  declare readonly code: ServerAuthenticationCode;
  readonly responseStatus: number;
  constructor(code: ServerAuthenticationCode, detail: string, responseStatus: number, cause?: unknown) {
    super(`Server authentication failed: ${detail}`, { code, status: 502, detail, cause });
    this.responseStatus = responseStatus;
  }
}

/** 500: `allowCallers()` ran on a request that `mutualAuth()` did not authenticate. A wiring bug, never caused by input. */
export class MisconfigurationError extends MutualJwtError {
  declare readonly code: 'ERR_MUTUAL_MISCONFIGURED';
  constructor(detail: string) {
    super('Internal Server Error', { code: 'ERR_MUTUAL_MISCONFIGURED', status: 500, detail });
  }
}
