import type { JSONWebKeySet } from 'jose';
import { DEFAULT_ALGORITHMS, MAX_ISSUER_LENGTH, SUPPORTED_ALGORITHMS, type SupportedAlgorithm } from './constants.js';
import type { MutualJwtError } from './errors.js';
import { assertAlgorithm, bindPublicJwks, readJwksFile, resolveSigningKey, type BoundPublicKey, type ResolvedSigningKey, type SigningKey } from './keys.js';
import { MemoryReplayStore, type ReplayStore } from './replay.js';
import { RemoteKeySet } from './remote-jwks.js';
import { COVERED_RESPONSE_HEADERS, FIELD_NAME, MAX_COVERED_HEADERS, UNCOVERABLE_HEADERS } from './response-headers.js';
import { securityEventHandlerOption, type SecurityEventHandler } from '@parapet/security-events';

/** Where the public keys of one trusted caller come from (exactly one of `jwks`, `jwksFile`, `jwksUrl`). */
export interface CallerKeys {
  /** The caller's public keys as a JWKS object. */
  jwks?: JSONWebKeySet;
  /** Path of a JSON file holding the caller's JWKS, read once at construction (restart to rotate). */
  jwksFile?: string;
  /**
   * URL of the caller's JWKS, fetched with the middleware's `fetch`. Must be
   * `https:` (plain `http:` only for loopback hosts). A token never chooses it.
   * Each key is bound to one algorithm as for `jwks`; keys that fail (RSA without
   * `alg`, RSA < 2048 bits, private members, disabled algorithm) are dropped at load.
   */
  jwksUrl?: string | URL;
  /** Remote JWKS: abort a fetch after this many ms. @default 2000 */
  timeoutDuration?: number;
  /** Remote JWKS: after a fetch, an unknown `kid` (or a failed load) triggers no new fetch for this many ms. @default 30000 */
  cooldownDuration?: number;
  /** Remote JWKS: refetch a set older than this many ms. @default 600000 */
  cacheMaxAge?: number;
  /** Remote JWKS: when a refetch fails, keep the last good set this many ms past `cacheMaxAge`. @default 3600000 */
  staleMaxAge?: number;
  /** Remote JWKS: largest document accepted, in bytes. @default 65536 */
  maxJwksBytes?: number;
  /** Algorithms this caller may use, a subset of the middleware's `algorithms`. @default the middleware's `algorithms` */
  algorithms?: readonly SupportedAlgorithm[];
}

/** What every adapter reports to `onAuthFailure`; each adds its request context (Koa: `ctx`; Express: `req`, `res`). */
export interface AuthFailureEventBase {
  /** The error, with its stable `code` and the log-only `detail`. */
  readonly error: MutualJwtError;
}

/** Options of `mutualAuth()`; `E` is the event its adapter passes to `onAuthFailure`. */
export interface MutualAuthOptionsFor<E extends AuthFailureEventBase> {
  /** This service's identity: the `aud` every caller token must carry, and the `iss` of its response tokens. */
  audience: string;
  /** Trusted callers by issuer id. A token's `kid` is looked up only among the keys of the token's own `iss`. */
  callers: Readonly<Record<string, CallerKeys>>;
  /** This service's private key for `Server-Authorization`. Required when `signResponses` is true. */
  signingKey?: SigningKey;
  /**
   * `'request-bound'`: single-use tokens bound to method, URL and body (the protocol default).
   * `'amortised'`: reusable tokens of at most 60 s, verified once and cached; no request binding and
   * no replay protection within the token's life (see the README).
   * @default 'request-bound'
   */
  mode?: 'request-bound' | 'amortised';
  /** Sign every response of an authenticated request with `Server-Authorization`. @default true in request-bound mode, false in amortised mode */
  signResponses?: boolean;
  /** `realm` of the `WWW-Authenticate` challenge. @default audience */
  realm?: string;
  /** Algorithms accepted at all. `'PS256'`/`'RS256'` are opt-in. @default ['EdDSA', 'ES256'] */
  algorithms?: readonly SupportedAlgorithm[];
  /**
   * `'per-route'`: every route must run `allowCallers(...)`; a response produced without it is
   * replaced by a 403 (a safety net: the handler already ran). `'any-trusted-caller'` turns the net off.
   * @default 'per-route'
   */
  authorization?: 'per-route' | 'any-trusted-caller';
  /** Where used `jti` values are remembered (request-bound mode). @default new MemoryReplayStore() */
  replayStore?: ReplayStore;
  /** Give up on the replay store after this many ms. @default 250 */
  replayStoreTimeout?: number;
  /**
   * What to do when the replay store errors or times out. `'fail-closed'` answers 503 with `Retry-After`;
   * `'fail-open-dangerously'` accepts the request without replay protection
   * (the failure is still reported to `onAuthFailure` as `ERR_MUTUAL_REPLAY_STORE_UNAVAILABLE`).
   * @default 'fail-closed'
   */
  onReplayStoreError?: 'fail-closed' | 'fail-open-dangerously';
  /** `Retry-After` seconds on a 503. @default 1 */
  retryAfter?: number;
  /** Largest accepted token, checked before any parsing. @default 8192 */
  maxTokenBytes?: number;
  /** Largest request body read to check `bh` (413 above). @default 1048576 */
  maxBodyBytes?: number;
  /** Largest response body buffered to be signed (streams included). @default 8388608 */
  maxResponseBytes?: number;
  /** Lifetime of response tokens, in seconds (1-300). @default 60 */
  responseTokenLifetime?: number;
  /** Reject tokens without `cnf["x5t#S256"]` (RFC 8705 certificate binding). @default false */
  requireCertificateBinding?: boolean;
  /** Amortised mode: most verified tokens cached. @default 10000 */
  amortisedCacheSize?: number;
  /** Called with every rejection (stable `code` + `detail`). Exceptions it throws are ignored. @default undefined */
  onAuthFailure?: (event: E) => void;
  /**
   * The hook shared by every Parapet middleware: each rejection as a `SecurityEvent`
   * (`mutual-jwt.token_rejected` with the error code as reason, `mutual-jwt.replay`,
   * `mutual-jwt.store_failure`), with the request id. Never carries the token or the detail.
   * Exceptions it throws are ignored.
   * @default undefined
   */
  onSecurityEvent?: SecurityEventHandler;
  /**
   * Response headers signed in addition to the ones every response token covers
   * (Location, Content-Type, Content-Encoding, Content-Location, Set-Cookie,
   * Cache-Control, WWW-Authenticate, Retry-After). Case-insensitive field names.
   * @default []
   */
  signedResponseHeaders?: readonly string[];
  /** fetch used for callers' `jwksUrl` (pass one with an mTLS agent or a private CA). @default globalThis.fetch */
  fetch?: typeof fetch;
}

export type IssuerKeys =
  | { readonly kind: 'local'; readonly keys: ReadonlyMap<string, BoundPublicKey>; readonly algorithms: ReadonlySet<string> }
  | { readonly kind: 'remote'; readonly jwks: RemoteKeySet; readonly algorithms: ReadonlySet<string> };

export interface ResolvedMutualAuthOptions {
  readonly audience: string;
  readonly realm: string;
  readonly mode: 'request-bound' | 'amortised';
  readonly algorithms: ReadonlySet<string>;
  readonly callers: ReadonlyMap<string, IssuerKeys>;
  readonly signingKey: ResolvedSigningKey | undefined;
  readonly signResponses: boolean;
  readonly authorization: 'per-route' | 'any-trusted-caller';
  readonly replayStore: ReplayStore | undefined;
  readonly replayStoreTimeout: number;
  readonly failOpenOnReplayStoreError: boolean;
  readonly retryAfter: number;
  readonly maxTokenBytes: number;
  readonly maxBodyBytes: number;
  readonly maxResponseBytes: number;
  readonly responseTokenLifetime: number;
  readonly requireCertificateBinding: boolean;
  readonly amortisedCacheSize: number;
  readonly onAuthFailure: ((event: never) => void) | undefined;
  readonly onSecurityEvent: SecurityEventHandler | undefined;
  /** Lower-case names covered by response tokens, mandatory ones first. */
  readonly signedResponseHeaders: readonly string[];
}

const OPTION_KEYS = new Set<string>([
  'audience', 'callers', 'signingKey', 'mode', 'signResponses', 'realm', 'algorithms', 'authorization', 'replayStore',
  'replayStoreTimeout', 'onReplayStoreError', 'retryAfter', 'maxTokenBytes', 'maxBodyBytes', 'maxResponseBytes',
  'responseTokenLifetime', 'requireCertificateBinding', 'amortisedCacheSize', 'onAuthFailure', 'onSecurityEvent', 'signedResponseHeaders', 'fetch',
]);
const REQUEST_BOUND_ONLY = ['replayStore', 'replayStoreTimeout', 'onReplayStoreError', 'maxBodyBytes'] as const;
const REMOTE_ONLY = ['timeoutDuration', 'cooldownDuration', 'cacheMaxAge', 'staleMaxAge', 'maxJwksBytes'] as const;
const CALLER_KEYS = new Set<string>(['jwks', 'jwksFile', 'jwksUrl', 'algorithms', ...REMOTE_ONLY]);
// Identities travel in JWT claims and quoted header parameters: printable ASCII without quote or backslash.
const IDENTIFIER = /^[\x21\x23-\x5b\x5d-\x7e]+$/;
const REALM = /^[\x20\x21\x23-\x5b\x5d-\x7e]+$/;

export function assertIdentifier(value: unknown, where: string): asserts value is string {
  if (typeof value !== 'string' || value.length > MAX_ISSUER_LENGTH || !IDENTIFIER.test(value)) {
    throw new TypeError(`${where} must be 1-${MAX_ISSUER_LENGTH} printable ASCII characters without spaces, quotes or backslashes`);
  }
}

export function positiveInteger(value: unknown, fallback: number, where: string, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new TypeError(`${where} must be an integer between 1 and ${max}`);
  }
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T, where: string): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new TypeError(`${where} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  return value as T;
}

export function resolveAlgorithms(value: unknown, where: string): ReadonlySet<SupportedAlgorithm> {
  if (value === undefined) return new Set(DEFAULT_ALGORITHMS);
  if (!Array.isArray(value) || value.length === 0) throw new TypeError(`${where} must be a non-empty array of ${SUPPORTED_ALGORITHMS.join(', ')}`);
  for (const alg of value) assertAlgorithm(alg, where);
  return new Set(value as SupportedAlgorithm[]);
}

/** A JWKS URL: https, or http to a loopback host only (a JWKS fetched in clear can be swapped). */
export function remoteJwksUrl(value: string | URL, where: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${where} is not a valid URL`);
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new TypeError(`${where} must use https: (http: is allowed for loopback hosts only)`);
  }
  return url;
}

/** Settings of a remote JWKS, shared by callers' `jwksUrl` and the client's `serverJwks` URL. */
export interface RemoteJwksSettings {
  /** Abort a fetch after this many ms. @default 2000 */
  timeoutDuration?: number;
  /** After a fetch, an unknown `kid` (or a failed load) triggers no new fetch for this many ms. @default 30000 */
  cooldownDuration?: number;
  /** Refetch a set older than this many ms. @default 600000 */
  cacheMaxAge?: number;
  /** When a refetch fails, keep the last good set this many ms past `cacheMaxAge`. @default 3600000 */
  staleMaxAge?: number;
  /** Largest JWKS document accepted, in bytes. @default 65536 */
  maxJwksBytes?: number;
}

export function remoteKeySet(url: URL, settings: RemoteJwksSettings, fetchImpl: typeof fetch, enabled: ReadonlySet<string>, where: string): RemoteKeySet {
  return new RemoteKeySet({
    url,
    fetch: fetchImpl,
    timeoutMs: positiveInteger(settings.timeoutDuration, 2000, `${where}.timeoutDuration`, 60_000),
    cooldownMs: positiveInteger(settings.cooldownDuration, 30_000, `${where}.cooldownDuration`),
    maxAgeMs: positiveInteger(settings.cacheMaxAge, 600_000, `${where}.cacheMaxAge`),
    staleMaxAgeMs: positiveInteger(settings.staleMaxAge, 3_600_000, `${where}.staleMaxAge`),
    maxBytes: positiveInteger(settings.maxJwksBytes, 65_536, `${where}.maxJwksBytes`, 16 * 1024 * 1024),
    enabled,
    where,
  });
}

function resolveSignedHeaders(value: unknown): readonly string[] {
  if (value === undefined) return COVERED_RESPONSE_HEADERS;
  if (!Array.isArray(value)) throw new TypeError('mutualAuth: "signedResponseHeaders" must be an array of header names');
  const names: string[] = [...COVERED_RESPONSE_HEADERS];
  for (const raw of value as unknown[]) {
    const name = typeof raw === 'string' ? raw.toLowerCase() : '';
    if (!FIELD_NAME.test(name)) throw new TypeError(`mutualAuth: "signedResponseHeaders": ${JSON.stringify(raw)} is not a header name`);
    if (UNCOVERABLE_HEADERS.has(name)) throw new TypeError(`mutualAuth: "signedResponseHeaders": "${name}" cannot be signed (it is rewritten hop by hop or is the token itself)`);
    if (!names.includes(name)) names.push(name);
  }
  if (names.length > MAX_COVERED_HEADERS) throw new TypeError(`mutualAuth: "signedResponseHeaders": at most ${MAX_COVERED_HEADERS} names in all`);
  return names;
}

function resolveCaller(iss: string, config: CallerKeys, enabled: ReadonlySet<string>, fetchImpl: typeof fetch): IssuerKeys {
  const where = `mutualAuth: callers[${JSON.stringify(iss)}]`;
  assertIdentifier(iss, `${where} (issuer id)`);
  if (typeof config !== 'object' || config === null) throw new TypeError(`${where} must be an object`);
  for (const key of Object.keys(config)) {
    if (!CALLER_KEYS.has(key)) throw new TypeError(`${where}: unknown option "${key}"`);
  }
  const sources = (['jwks', 'jwksFile', 'jwksUrl'] as const).filter((key) => config[key] !== undefined);
  if (sources.length !== 1) throw new TypeError(`${where}: set exactly one of "jwks", "jwksFile", "jwksUrl"`);
  const algorithms = config.algorithms === undefined ? enabled : resolveAlgorithms(config.algorithms, `${where}.algorithms`);
  for (const alg of algorithms) {
    if (!enabled.has(alg)) throw new TypeError(`${where}.algorithms: "${alg}" is not enabled in the middleware's "algorithms"`);
  }
  if (config.jwksUrl !== undefined) {
    const url = remoteJwksUrl(config.jwksUrl, `${where}.jwksUrl`);
    return { kind: 'remote', jwks: remoteKeySet(url, config, fetchImpl, algorithms, where), algorithms };
  }
  for (const key of REMOTE_ONLY) {
    if (config[key] !== undefined) throw new TypeError(`${where}.${key} applies to "jwksUrl" only`);
  }
  const jwks = config.jwks ?? readJwksFile(config.jwksFile as string, `${where}.jwksFile`);
  return { kind: 'local', keys: bindPublicJwks(jwks, algorithms, where), algorithms };
}

/** Validates and precomputes everything once; every mistake is a TypeError naming the option. */
export function resolveMutualAuthOptions(options: MutualAuthOptionsFor<never>): ResolvedMutualAuthOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError('mutualAuth: options { audience, callers, signingKey } are required');
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new TypeError(`mutualAuth: unknown option "${key}"`);
  }
  assertIdentifier(options.audience, 'mutualAuth: "audience"');
  const realm = options.realm ?? options.audience;
  if (typeof realm !== 'string' || realm.length > 256 || !REALM.test(realm)) {
    throw new TypeError('mutualAuth: "realm" must be printable ASCII without quotes or backslashes');
  }
  const mode = oneOf(options.mode, ['request-bound', 'amortised'], 'request-bound', 'mutualAuth: "mode"');
  if (mode === 'amortised') {
    for (const key of REQUEST_BOUND_ONLY) {
      if (options[key] !== undefined) throw new TypeError(`mutualAuth: "${key}" applies to mode "request-bound" only`);
    }
  } else if (options.amortisedCacheSize !== undefined) {
    throw new TypeError('mutualAuth: "amortisedCacheSize" applies to mode "amortised" only');
  }
  const algorithms = resolveAlgorithms(options.algorithms, 'mutualAuth: "algorithms"');
  if (typeof options.callers !== 'object' || options.callers === null || Object.keys(options.callers).length === 0) {
    throw new TypeError('mutualAuth: "callers" must name at least one trusted caller');
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError('mutualAuth: "fetch" must be a function');
  const callers = new Map<string, IssuerKeys>();
  for (const [iss, config] of Object.entries(options.callers)) callers.set(iss, resolveCaller(iss, config, algorithms, fetchImpl));

  const signResponses = options.signResponses ?? mode === 'request-bound';
  if (typeof signResponses !== 'boolean') throw new TypeError('mutualAuth: "signResponses" must be a boolean');
  if (signResponses && options.signingKey === undefined) throw new TypeError('mutualAuth: "signingKey" is required to sign responses (or set signResponses: false)');
  const signingKey = options.signingKey === undefined ? undefined : resolveSigningKey(options.signingKey, 'mutualAuth: "signingKey"');
  const requireCertificateBinding = options.requireCertificateBinding ?? false;
  if (typeof requireCertificateBinding !== 'boolean') throw new TypeError('mutualAuth: "requireCertificateBinding" must be a boolean');
  if (options.onAuthFailure !== undefined && typeof options.onAuthFailure !== 'function') throw new TypeError('mutualAuth: "onAuthFailure" must be a function');
  const replayStore = mode === 'request-bound' ? (options.replayStore ?? new MemoryReplayStore()) : undefined;
  if (replayStore !== undefined && typeof replayStore.claim !== 'function') throw new TypeError('mutualAuth: "replayStore" must implement claim(key, expiresAt)');

  return {
    audience: options.audience,
    realm,
    mode,
    algorithms,
    callers,
    signingKey,
    signResponses,
    authorization: oneOf(options.authorization, ['per-route', 'any-trusted-caller'], 'per-route', 'mutualAuth: "authorization"'),
    replayStore,
    replayStoreTimeout: positiveInteger(options.replayStoreTimeout, 250, 'mutualAuth: "replayStoreTimeout"', 60_000),
    failOpenOnReplayStoreError:
      oneOf(options.onReplayStoreError, ['fail-closed', 'fail-open-dangerously'], 'fail-closed', 'mutualAuth: "onReplayStoreError"') === 'fail-open-dangerously',
    retryAfter: positiveInteger(options.retryAfter, 1, 'mutualAuth: "retryAfter"', 3600),
    maxTokenBytes: positiveInteger(options.maxTokenBytes, 8192, 'mutualAuth: "maxTokenBytes"', 65_536),
    maxBodyBytes: positiveInteger(options.maxBodyBytes, 1024 * 1024, 'mutualAuth: "maxBodyBytes"'),
    maxResponseBytes: positiveInteger(options.maxResponseBytes, 8 * 1024 * 1024, 'mutualAuth: "maxResponseBytes"'),
    responseTokenLifetime: positiveInteger(options.responseTokenLifetime, 60, 'mutualAuth: "responseTokenLifetime"', 300),
    requireCertificateBinding,
    amortisedCacheSize: positiveInteger(options.amortisedCacheSize, 10_000, 'mutualAuth: "amortisedCacheSize"'),
    onAuthFailure: options.onAuthFailure,
    onSecurityEvent: securityEventHandlerOption('mutualAuth', options.onSecurityEvent),
    signedResponseHeaders: resolveSignedHeaders(options.signedResponseHeaders),
  };
}
