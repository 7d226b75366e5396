/** Version of PROTOCOL.md implemented here. It is carried by every `typ` below, so a peer on another version fails the exact `typ` check. */
export const PROTOCOL_VERSION = 2;
/** `typ` of a request-bound caller token (single use, bound to method, URL and body). */
export const REQUEST_TOKEN_TYPE = 'mutual-v2+jwt';
/** `typ` of a reusable caller token for amortised mode (no request binding). Distinct so neither kind is accepted as the other. */
export const AMORTISED_TOKEN_TYPE = 'mutual-amortised-v2+jwt';
/** `typ` of the callee's response token carried in `Server-Authorization`. */
export const RESPONSE_TOKEN_TYPE = 'mutual-response-v2+jwt';
/** `typ` values of protocol version 1, recognised only to name the version mismatch in the error. */
export const VERSION_1_TOKEN_TYPES: ReadonlySet<string> = new Set(['mutual+jwt', 'mutual-amortised+jwt', 'mutual-response+jwt']);
/** Name of the response header carrying the callee's token. */
export const SERVER_AUTHORIZATION_HEADER = 'Server-Authorization';

/** Algorithms that may ever be enabled. `none` and HMAC are absent on purpose: a shared secret is not an identity. */
export const SUPPORTED_ALGORITHMS = ['EdDSA', 'ES256', 'PS256', 'RS256'] as const;
export type SupportedAlgorithm = (typeof SUPPORTED_ALGORITHMS)[number];
/** Enabled unless configured otherwise. RSA is opt-in: larger tokens, slower signing, PKCS#1 v1.5 for RS256. */
export const DEFAULT_ALGORITHMS: readonly SupportedAlgorithm[] = ['EdDSA', 'ES256'];

/** Hard protocol limits (PROTOCOL.md). */
export const MAX_REQUEST_TOKEN_LIFETIME_S = 300;
export const MAX_AMORTISED_TOKEN_LIFETIME_S = 60;
export const MAX_IAT_AGE_S = 60;
export const CLOCK_TOLERANCE_S = 5;

/** `kid`, `jti` and `iss` are attacker-controlled until the signature is verified: cap them. */
export const MAX_KID_LENGTH = 128;
export const KID_PATTERN = /^[A-Za-z0-9._~:+=-]+$/;
export const MAX_JTI_LENGTH = 128;
export const MAX_ISSUER_LENGTH = 256;
/** base64url of a SHA-256 digest (`bh`, `cnf["x5t#S256"]`): 43 characters, no padding. */
export const SHA256_BASE64URL = /^[A-Za-z0-9_-]{43}$/;
