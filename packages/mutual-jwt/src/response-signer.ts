import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { RESPONSE_TOKEN_TYPE } from './constants.js';
import type { ResolvedSigningKey } from './keys.js';

/** Claims of a response token, see PROTOCOL.md §4. */
export interface ResponseClaims {
  /** The callee (this service). */
  readonly iss: string;
  /** The caller's `iss`. */
  readonly aud: string;
  /** The request token's `jti`. */
  readonly irt: string;
  /** HTTP status code sent. */
  readonly sts: number;
  /** base64url SHA-256 of the response representation (content codings undone). */
  readonly bh: string;
  /** Lower-case names of the covered response headers (PROTOCOL.md §4.1). */
  readonly hdr: readonly string[];
  /** base64url SHA-256 of their canonical form. */
  readonly hh: string;
}

/** Signs a `mutual-response-v2+jwt` for `Server-Authorization`. */
export function signResponseToken(key: ResolvedSigningKey, claims: ResponseClaims, nowMs: number, lifetimeS: number): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  return new SignJWT({ irt: claims.irt, sts: claims.sts, bh: claims.bh, hdr: claims.hdr, hh: claims.hh })
    .setProtectedHeader({ alg: key.alg, typ: RESPONSE_TOKEN_TYPE, kid: key.kid })
    .setIssuer(claims.iss)
    .setAudience(claims.aud)
    .setIssuedAt(iat)
    .setExpirationTime(iat + lifetimeS)
    .setJti(randomUUID())
    .sign(key.key);
}
