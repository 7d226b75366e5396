import { decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import { bodyHash } from './body.js';
import { CLOCK_TOLERANCE_S, MAX_REQUEST_TOKEN_LIFETIME_S, RESPONSE_TOKEN_TYPE, VERSION_1_TOKEN_TYPES, type SupportedAlgorithm } from './constants.js';
import { ServerAuthenticationError, type ServerAuthenticationCode } from './errors.js';
import type { BoundPublicKey } from './keys.js';
import { precheckToken, type PrecheckOptions } from './precheck.js';
import type { RemoteKeySet } from './remote-jwks.js';
import { headersHash, validCoveredList } from './response-headers.js';

/** The callee's keys: bound local keys or a remote set (each key bound to one algorithm either way). */
export type ResponseKeys = { readonly kind: 'local'; readonly keys: ReadonlyMap<string, BoundPublicKey> } | { readonly kind: 'remote'; readonly jwks: RemoteKeySet };

/** What the caller knows about the response it received (framework neutral). */
export interface ReceivedResponse {
  /** The `Server-Authorization` header value, or null when absent. */
  readonly serverAuthorization: string | null;
  readonly status: number;
  /** Method of the request it answers (HEAD responses have an empty representation). */
  readonly method: string;
  /** Field line values of a response header by lower-case name (PROTOCOL.md §4.1), undefined when absent. */
  readonly header: (name: string) => readonly string[] | undefined;
  /** The representation data: the body with content codings undone. */
  readonly body: Buffer;
  /** The `jti` of the request token this response answers. */
  readonly jti: string;
}

const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/;
const REQUIRED_CLAIMS = ['iat', 'exp', 'irt', 'sts', 'bh', 'hdr', 'hh'];

function isVersion1(token: string): boolean {
  try {
    const { typ } = decodeProtectedHeader(token);
    return typeof typ === 'string' && VERSION_1_TOKEN_TYPES.has(typ);
  } catch {
    return false;
  }
}

function fail(code: ServerAuthenticationCode, detail: string, status: number, cause?: unknown): never {
  throw new ServerAuthenticationError(code, detail, status, cause);
}

/**
 * Verifies response tokens (PROTOCOL.md §4) for one caller talking to one callee.
 * Throws {@link ServerAuthenticationError}; resolves when the response is proven.
 */
export class ResponseTokenVerifier {
  readonly #keys: ResponseKeys;
  readonly #precheck: PrecheckOptions;
  readonly #verifyOptions: { issuer: string; audience: string; clockTolerance: number; requiredClaims: string[] };

  constructor(options: { readonly serverIssuer: string; readonly callerIssuer: string; readonly algorithms: ReadonlySet<string>; readonly keys: ResponseKeys }) {
    this.#keys = options.keys;
    this.#precheck = { maxTokenBytes: 8192, typ: RESPONSE_TOKEN_TYPE, algorithms: options.algorithms };
    this.#verifyOptions = { issuer: options.serverIssuer, audience: options.callerIssuer, clockTolerance: CLOCK_TOLERANCE_S, requiredClaims: REQUIRED_CLAIMS };
  }

  async verify(response: ReceivedResponse, nowMs: number): Promise<void> {
    const { status } = response;
    if (response.serverAuthorization === null) fail('ERR_MUTUAL_RESPONSE_UNSIGNED', 'no Server-Authorization header', status);
    const match = BEARER.exec(response.serverAuthorization);
    if (match === null) fail('ERR_MUTUAL_RESPONSE_INVALID', 'Server-Authorization is not "Bearer <token>"', status);
    const token = match[1] as string;
    let claims: JWTPayload;
    try {
      const { kid, alg } = precheckToken(token, this.#precheck);
      const keys = this.#keys;
      const bound = keys.kind === 'local' ? keys.keys.get(kid) : await keys.jwks.get(kid, nowMs);
      if (bound === undefined || bound.alg !== alg) throw new Error(`no server key ${kid} for ${alg}`);
      ({ payload: claims } = await jwtVerify(token, bound.key, { ...this.#verifyOptions, currentDate: new Date(nowMs), algorithms: bound.algorithms as SupportedAlgorithm[] }));
    } catch (error) {
      if (isVersion1(token)) fail('ERR_MUTUAL_RESPONSE_VERSION', 'the server speaks mutual-jwt protocol version 1; this client requires version 2', status, error);
      fail('ERR_MUTUAL_RESPONSE_INVALID', `Server-Authorization: ${error instanceof Error ? error.message : String(error)}`, status, error);
    }
    const now = nowMs / 1000;
    const { aud, iat, exp, irt, sts, bh, hdr, hh } = claims;
    if (typeof aud !== 'string') fail('ERR_MUTUAL_RESPONSE_INVALID', 'aud must be a single string', status);
    if (typeof iat !== 'number' || typeof exp !== 'number' || iat > now + CLOCK_TOLERANCE_S || exp <= iat || exp - iat > MAX_REQUEST_TOKEN_LIFETIME_S) {
      fail('ERR_MUTUAL_RESPONSE_INVALID', 'iat/exp out of bounds', status);
    }
    if (!validCoveredList(hdr) || typeof hh !== 'string') fail('ERR_MUTUAL_RESPONSE_INVALID', 'hdr must list every mandatory header (PROTOCOL.md §4.1)', status);
    if (irt !== response.jti) fail('ERR_MUTUAL_RESPONSE_MISMATCH', 'irt is not the jti of this request', status);
    if (sts !== status) fail('ERR_MUTUAL_RESPONSE_MISMATCH', `sts ${String(sts)} differs from status ${status}`, status);
    const expected = bodyHash(response.method === 'HEAD' ? Buffer.alloc(0) : response.body);
    if (bh !== expected) fail('ERR_MUTUAL_RESPONSE_MISMATCH', 'bh does not match the response body', status);
    if (headersHash(hdr, response.header) !== hh) fail('ERR_MUTUAL_RESPONSE_MISMATCH', 'a signed response header was changed, added or removed', status);
  }
}
