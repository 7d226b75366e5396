import { constants, sign, type KeyObject, type SignKeyObjectInput } from 'node:crypto';
import type { SupportedAlgorithm } from './constants.js';
import type { ResolvedSigningKey } from './keys.js';

/** Signs one payload as a compact JWS under a fixed protected header. */
export type CompactSigner = (payload: Readonly<Record<string, unknown>>) => string;

/** node:crypto `sign` arguments of each JWS algorithm (RFC 7518 §3.3–3.5, RFC 8037 §3.1). */
function signParameters(alg: SupportedAlgorithm, key: KeyObject): [digest: string | null, key: KeyObject | SignKeyObjectInput] {
  switch (alg) {
    case 'EdDSA':
      return [null, key];
    case 'ES256':
      // JWS carries R || S, 32 octets each, not DER.
      return ['sha256', { key, dsaEncoding: 'ieee-p1363' }];
    case 'PS256':
      // The salt is as long as the hash: 32 octets for SHA-256.
      return ['sha256', { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }];
    case 'RS256':
      return ['sha256', { key, padding: constants.RSA_PKCS1_PADDING }];
  }
}

/**
 * Compact JWS signing (RFC 7515 §5.1) with node:crypto's one-shot `sign` over the
 * signing input: the signature jose computes through WebCrypto, without the WebCrypto
 * dispatch and promise around every call. The protected header is encoded once.
 * Only tokens we issue are signed here; every token we receive is verified by jose.
 * A probe signature at construction makes an unusable key fail at startup.
 */
export function compactSigner(key: ResolvedSigningKey, typ: string, where: string): CompactSigner {
  const [digest, signKey] = signParameters(key.alg, key.keyObject);
  const encodedHeader = Buffer.from(JSON.stringify({ alg: key.alg, typ, kid: key.kid })).toString('base64url');
  try {
    sign(digest, Buffer.from(`${encodedHeader}.e30`), signKey);
  } catch (cause) {
    throw new TypeError(`${where}: the private key cannot sign ${key.alg}`, { cause });
  }
  return (payload) => {
    const signingInput = `${encodedHeader}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    // The signing input is base64url text: ASCII, so latin1 gives its exact octets.
    return `${signingInput}.${sign(digest, Buffer.from(signingInput, 'latin1'), signKey).toString('base64url')}`;
  };
}
