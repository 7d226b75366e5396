import type { IncomingMessage } from 'node:http';
import { InvalidRequestError, InvalidTokenError } from './errors.js';

// RFC 6750 §2.1: credentials = "Bearer" 1*SP b64token. "=" is let through anywhere so that a
// padded segment is reported as a malformed token (401) by the pre-checks rather than here.
const B64TOKEN = /^[A-Za-z0-9\-._~+/=]+$/;
const QUERY_TOKEN = /(?:^|&)access_token(?:=|&|$)/;
const SCHEME = 'bearer';

/** "Bearer " at the start, the scheme name compared case-insensitively (RFC 9110 §11.1), without allocating. */
function startsWithBearer(credentials: string): boolean {
  if (credentials.length <= SCHEME.length || credentials.charCodeAt(SCHEME.length) !== 0x20) return false;
  for (let i = 0; i < SCHEME.length; i++) {
    // ASCII letters only: OR-ing 0x20 lower-cases A-Z and leaves a-z as they are.
    if ((credentials.charCodeAt(i) | 0x20) !== SCHEME.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * What follows "Bearer " in the request's single Authorization header. Every ambiguity
 * is a 400 (RFC 6750 §3.1 `invalid_request`): two Authorization headers (Node would
 * silently keep the first; `rawHeaders` shows them all), a token in the query string
 * (it leaks into logs and Referer, §2.3 and §5.3), or another scheme. The b64token
 * syntax of the result is checked by {@link checkBearerSyntax}.
 */
export function bearerCredentials(req: IncomingMessage, target: string, realm: string): string {
  const queryStart = target.indexOf('?');
  // The literal search first: the usual query has no "access_token" at all, and then needs no slice nor regex.
  if (queryStart !== -1 && target.includes('access_token', queryStart) && QUERY_TOKEN.test(target.slice(queryStart + 1))) {
    throw new InvalidRequestError('ERR_MUTUAL_TOKEN_IN_QUERY', 'access_token in the query string', realm);
  }
  // req.headers keeps only the first Authorization line; rawHeaders has them all (cheaper than headersDistinct).
  const raw = req.rawHeaders;
  let value: string | undefined;
  let count = 0;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    if (name.length === 13 && name.toLowerCase() === 'authorization') {
      count++;
      value = raw[i + 1];
    }
  }
  if (value === undefined) throw new InvalidTokenError('ERR_MUTUAL_MISSING_CREDENTIALS', 'no Authorization header', realm);
  if (count > 1) throw new InvalidRequestError('ERR_MUTUAL_MULTIPLE_CREDENTIALS', `${count} Authorization headers`, realm);
  const credentials = value.trim();
  if (!startsWithBearer(credentials)) throw malformed(realm);
  return credentials.slice(SCHEME.length + 1);
}

/** The b64token syntax of RFC 6750 §2.1 (one token, no second space, nothing after it). */
export function checkBearerSyntax(token: string, realm: string): void {
  if (!B64TOKEN.test(token)) throw malformed(realm);
}

/** The single Bearer token of a request: {@link bearerCredentials}, then {@link checkBearerSyntax}. */
export function extractBearerToken(req: IncomingMessage, target: string, realm: string): string {
  const token = bearerCredentials(req, target, realm);
  checkBearerSyntax(token, realm);
  return token;
}

function malformed(realm: string): InvalidRequestError {
  return new InvalidRequestError('ERR_MUTUAL_MALFORMED_AUTHORIZATION', 'Authorization is not "Bearer <token>"', realm);
}
