import { randomUUID } from 'node:crypto';
import { kMaxLength } from 'node:buffer';
import { SignJWT, type JSONWebKeySet, type JWK, type JWTPayload } from 'jose';
import { bodyHash, decodeContent, readLimited } from './body.js';
import {
  AMORTISED_TOKEN_TYPE,
  MAX_AMORTISED_TOKEN_LIFETIME_S,
  MAX_REQUEST_TOKEN_LIFETIME_S,
  REQUEST_TOKEN_TYPE,
  SERVER_AUTHORIZATION_HEADER,
  SHA256_BASE64URL,
  type SupportedAlgorithm,
} from './constants.js';
import { ServerAuthenticationError } from './errors.js';
import { bindPublicJwks, resolveSigningKey, type AsymmetricKey, type ResolvedSigningKey } from './keys.js';
import { assertIdentifier, positiveInteger, remoteJwksUrl, remoteKeySet, resolveAlgorithms, type RemoteJwksSettings } from './options.js';
import { ResponseTokenVerifier, type ResponseKeys } from './response-verifier.js';

/** Options of {@link createMutualClient}. */
export interface MutualClientOptions {
  /** This caller's identity, the `iss` of every request token. */
  issuer: string;
  /** This caller's private key (CryptoKey, KeyObject or private JWK). */
  privateKey: AsymmetricKey | JWK;
  /** `kid` of `privateKey` as published in this caller's JWKS. */
  kid: string;
  /** Algorithm of `privateKey`. @default 'EdDSA' */
  alg?: SupportedAlgorithm;
  /** The callee's identity: the `aud` of request tokens. */
  audience: string;
  /**
   * The callee's public keys: a JWKS object or the URL of its `/.well-known/jwks.json`
   * (fetched with `fetch`, each key bound to one algorithm, weak keys dropped). Required when `verifyResponses` is true.
   */
  serverJwks?: JSONWebKeySet | string | URL;
  /** How a `serverJwks` URL is fetched and cached (`timeoutDuration`, `cooldownDuration`, `cacheMaxAge`, `staleMaxAge`, `maxJwksBytes`; same defaults as `CallerKeys`). @default {} */
  serverJwksFetch?: RemoteJwksSettings;
  /** The `iss` expected in response tokens. @default audience */
  serverIssuer?: string;
  /** Algorithms accepted for response tokens. @default ['EdDSA', 'ES256'] */
  serverAlgorithms?: readonly SupportedAlgorithm[];
  /** fetch implementation, for the calls and for a `serverJwks` URL. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** `'request-bound'` (a fresh single-use token per request) or `'amortised'` (one reusable token). @default 'request-bound' */
  mode?: 'request-bound' | 'amortised';
  /** Token lifetime in seconds (max 300, or 60 in amortised mode). @default 60 */
  tokenLifetime?: number;
  /** Verify `Server-Authorization` on every response. @default true in request-bound mode, false in amortised mode */
  verifyResponses?: boolean;
  /** Largest response body buffered for verification. @default 16777216 */
  maxResponseBytes?: number;
  /** Bind tokens to this TLS client certificate: its base64url SHA-256 thumbprint, sent as `cnf["x5t#S256"]` (RFC 8705). @default undefined */
  certificateThumbprint?: string | undefined;
}

/** A `fetch` whose requests are signed and whose responses are verified. */
export type MutualFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const CLIENT_KEYS = new Set<string>([
  'issuer', 'privateKey', 'kid', 'alg', 'audience', 'serverJwks', 'serverJwksFetch', 'serverIssuer', 'serverAlgorithms', 'fetch', 'mode',
  'tokenLifetime', 'verifyResponses', 'maxResponseBytes', 'certificateThumbprint',
]);
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function resolveServerKeys(value: JSONWebKeySet | string | URL, algorithms: ReadonlySet<string>, settings: RemoteJwksSettings, fetchImpl: typeof fetch): ResponseKeys {
  if (typeof value === 'string' || value instanceof URL) {
    const url = remoteJwksUrl(value, 'createMutualClient: "serverJwks"');
    return { kind: 'remote', jwks: remoteKeySet(url, settings, fetchImpl, algorithms, 'createMutualClient: "serverJwksFetch"') };
  }
  return { kind: 'local', keys: bindPublicJwks(value, algorithms, 'createMutualClient: "serverJwks"') };
}

/** Field line values of a received header, the way PROTOCOL.md §4.1 canonicalises them. */
function receivedValues(headers: Headers, name: string): readonly string[] | undefined {
  if (name === 'set-cookie') return headers.getSetCookie();
  const value = headers.get(name);
  return value === null ? undefined : [value];
}

function readResponseBody(response: Response, limit: number): Promise<Buffer> {
  if (response.body === null) return Promise.resolve(Buffer.alloc(0));
  const tooLarge = (): Error => new ServerAuthenticationError('ERR_MUTUAL_RESPONSE_TOO_LARGE', `response body exceeds ${limit} bytes`, response.status);
  return readLimited(response.body as AsyncIterable<Uint8Array>, limit, tooLarge);
}

/**
 * A fetch wrapper for calling a service protected by `mutualAuth()`. Each request
 * is signed with a fresh single-use token bound to its method, path+query and body
 * hash; each response must carry a `Server-Authorization` token from the expected
 * service for this very request (issuer, audience, `irt`, status, body hash), else
 * a {@link ServerAuthenticationError} is thrown. Redirects are never followed
 * (the token is bound to one URL); a 3xx is returned, verified, to the caller.
 * @example
 * const orders = createMutualClient({ issuer: 'billing', privateKey, kid, audience: 'orders', serverJwks: 'https://orders.internal/.well-known/jwks.json' });
 * const res = await orders('https://orders.internal/api/orders?limit=5');
 */
export function createMutualClient(options: MutualClientOptions): MutualFetch {
  if (typeof options !== 'object' || options === null) throw new TypeError('createMutualClient: options are required');
  for (const key of Object.keys(options)) {
    if (!CLIENT_KEYS.has(key)) throw new TypeError(`createMutualClient: unknown option "${key}"`);
  }
  assertIdentifier(options.issuer, 'createMutualClient: "issuer"');
  assertIdentifier(options.audience, 'createMutualClient: "audience"');
  const serverIssuer = options.serverIssuer ?? options.audience;
  assertIdentifier(serverIssuer, 'createMutualClient: "serverIssuer"');
  const signingKey: ResolvedSigningKey = resolveSigningKey({ privateKey: options.privateKey, kid: options.kid, alg: options.alg ?? 'EdDSA' }, 'createMutualClient');
  const mode = options.mode ?? 'request-bound';
  if (mode !== 'request-bound' && mode !== 'amortised') throw new TypeError('createMutualClient: "mode" must be "request-bound" or "amortised"');
  const maxLifetime = mode === 'amortised' ? MAX_AMORTISED_TOKEN_LIFETIME_S : MAX_REQUEST_TOKEN_LIFETIME_S;
  const lifetime = positiveInteger(options.tokenLifetime, 60, 'createMutualClient: "tokenLifetime"', maxLifetime);
  const verifyResponses = options.verifyResponses ?? mode === 'request-bound';
  if (typeof verifyResponses !== 'boolean') throw new TypeError('createMutualClient: "verifyResponses" must be a boolean');
  const serverAlgorithms = resolveAlgorithms(options.serverAlgorithms, 'createMutualClient: "serverAlgorithms"');
  if (verifyResponses && options.serverJwks === undefined) throw new TypeError('createMutualClient: "serverJwks" is required to verify responses (or set verifyResponses: false)');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError('createMutualClient: "fetch" must be a function');
  const jwksSettings = options.serverJwksFetch ?? {};
  if (typeof jwksSettings !== 'object' || jwksSettings === null) throw new TypeError('createMutualClient: "serverJwksFetch" must be an object');
  for (const key of Object.keys(jwksSettings)) {
    if (!['timeoutDuration', 'cooldownDuration', 'cacheMaxAge', 'staleMaxAge', 'maxJwksBytes'].includes(key)) throw new TypeError(`createMutualClient: "serverJwksFetch": unknown option "${key}"`);
  }
  const serverKeys = options.serverJwks === undefined ? undefined : resolveServerKeys(options.serverJwks, serverAlgorithms, jwksSettings, fetchImpl);
  const maxResponseBytes = positiveInteger(options.maxResponseBytes, 16 * 1024 * 1024, 'createMutualClient: "maxResponseBytes"');
  const thumbprint = options.certificateThumbprint;
  if (thumbprint !== undefined && (typeof thumbprint !== 'string' || !SHA256_BASE64URL.test(thumbprint))) {
    throw new TypeError('createMutualClient: "certificateThumbprint" must be a base64url SHA-256 (43 characters)');
  }
  let amortised: { token: string; jti: string; exp: number } | undefined;
  const responseVerifier = serverKeys === undefined ? undefined : new ResponseTokenVerifier({ serverIssuer, callerIssuer: options.issuer, algorithms: serverAlgorithms, keys: serverKeys });

  async function signToken(claims: JWTPayload, typ: string, now: number): Promise<{ token: string; jti: string; exp: number }> {
    const jti = randomUUID();
    const exp = now + lifetime;
    const payload: JWTPayload = thumbprint === undefined ? claims : { ...claims, cnf: { 'x5t#S256': thumbprint } };
    const token = await new SignJWT(payload)
      .setProtectedHeader({ alg: signingKey.alg, typ, kid: signingKey.kid })
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .setJti(jti)
      .sign(signingKey.key);
    return { token, jti, exp };
  }

  async function tokenFor(method: string, htu: string, body: Uint8Array | undefined, contentEncoding: string | null): Promise<{ token: string; jti: string }> {
    const now = Math.floor(Date.now() / 1000);
    if (mode === 'amortised') {
      // Renew 10 s (or a third of the lifetime) before expiry so a token never expires in flight.
      if (amortised === undefined || amortised.exp - now <= Math.min(10, Math.floor(lifetime / 3))) amortised = await signToken({}, AMORTISED_TOKEN_TYPE, now);
      return amortised;
    }
    const claims: JWTPayload = { htm: method, htu };
    // bh is over the representation (PROTOCOL.md §2.1): a body the caller already compressed is hashed decoded.
    if (body !== undefined && body.byteLength > 0) {
      let representation: Buffer;
      try {
        representation = decodeContent(Buffer.from(body.buffer, body.byteOffset, body.byteLength), contentEncoding ?? undefined, kMaxLength);
      } catch (cause) {
        throw new TypeError(`createMutualClient: the request body does not decode as its Content-Encoding says (${cause instanceof Error ? cause.message : String(cause)}); bh covers the decoded body`, { cause });
      }
      claims.bh = bodyHash(representation);
    }
    return signToken(claims, REQUEST_TOKEN_TYPE, now);
  }

  return async function mutualFetch(input, init) {
    const request = new Request(input, init);
    const method = request.method.toUpperCase();
    const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
    const url = new URL(request.url);
    const { token, jti } = await tokenFor(method, url.pathname + url.search, body, request.headers.get('content-encoding'));
    const headers = new Headers(request.headers);
    headers.set('authorization', `Bearer ${token}`);
    const response = await fetchImpl(url, { method, headers, body: body ?? null, redirect: 'manual', signal: request.signal });
    if (!verifyResponses) return response;
    const bytes = await readResponseBody(response, maxResponseBytes);
    // fetch hands over the body with content codings undone: the representation bh covers.
    await (responseVerifier as ResponseTokenVerifier).verify(
      { serverAuthorization: response.headers.get(SERVER_AUTHORIZATION_HEADER), status: response.status, method, header: (name) => receivedValues(response.headers, name), body: bytes, jti },
      Date.now(),
    );
    return new Response(NULL_BODY_STATUSES.has(response.status) ? null : bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
