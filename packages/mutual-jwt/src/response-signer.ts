import { randomUUID } from 'node:crypto';
import { RESPONSE_TOKEN_TYPE } from './constants.js';
import { compactSigner } from './jws-sign.js';
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

/** Signs `mutual-response-v2+jwt` tokens for `Server-Authorization`, synchronously. */
export type ResponseSigner = (claims: ResponseClaims, nowMs: number, lifetimeS: number) => string;

/** A {@link ResponseSigner} for `key`; throws TypeError (naming `where`) if the key cannot sign. */
export function createResponseSigner(key: ResolvedSigningKey, where: string): ResponseSigner {
  const signCompact = compactSigner(key, RESPONSE_TOKEN_TYPE, where);
  return (claims, nowMs, lifetimeS) => {
    const iat = Math.floor(nowMs / 1000);
    return signCompact({
      irt: claims.irt,
      sts: claims.sts,
      bh: claims.bh,
      hdr: claims.hdr,
      hh: claims.hh,
      iss: claims.iss,
      aud: claims.aud,
      iat,
      exp: iat + lifetimeS,
      jti: randomUUID(),
    });
  };
}
