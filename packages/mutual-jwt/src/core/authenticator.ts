/**
 * Mutual authentication on plain request facts: both framework adapters
 * (Koa in `mutual-auth.ts`, Express in `express/`) feed it the method, the
 * target, the raw request (for the Authorization header lines), the verified
 * client certificate and a way to read the body, and get back the caller,
 * or a {@link MutualJwtError} carrying its `WWW-Authenticate` header.
 */
import { hash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { bearerCredentials, checkBearerSyntax } from '../authorization-header.js';
import { BufferLimitError, bodyHash, ContentDecodingError, decodeContent } from '../body.js';
import { CLOCK_TOLERANCE_S } from '../constants.js';
import {
  InsufficientScopeError,
  InvalidRequestError,
  InvalidTokenError,
  MutualJwtError,
  ResponseBodyTooLargeError,
  ResponseUnsignableError,
  ServiceUnavailableError,
} from '../errors.js';
import { resolveMutualAuthOptions, type MutualAuthOptionsFor, type ResolvedMutualAuthOptions } from '../options.js';
import { MemoryReplayStore, replayKey, type ReplayStore } from '../replay.js';
import { headersHash, nodeHeaderValues } from '../response-headers.js';
import { signResponseToken } from '../response-signer.js';
import type { MutualCaller } from '../state.js';
import { VerifiedTokenCache } from '../token-cache.js';
import { emitSecurityEvent } from '@parapet/security-events';
import { CallerTokenVerifier, constantTimeEqual, type RequestFacts, type VerifiedCallerToken } from '../verifier.js';

export const EMPTY = Buffer.alloc(0);

/** What the core needs to know about one request. */
export interface AuthRequest {
  /** The raw request: Authorization header lines (all of them, from `rawHeaders`). */
  readonly req: IncomingMessage;
  readonly method: string;
  /** Request-target as received. */
  readonly target: string;
  /** SHA-256 thumbprint of the client certificate the TLS socket verified, if any. */
  readonly certificateThumbprint: string | undefined;
  /**
   * The body bytes, and whether they are still content-coded (`Content-Encoding` to undo)
   * or already the representation (a parser decoded them). Called only when a body may exist.
   */
  readBody(): Promise<{ bytes: Buffer; encoded: boolean }>;
  /**
   * Whether the complete message is known to carry no body (no read needed). Asked once the
   * token is verified: when the request is dispatched, Node has not yet parsed the end of the message.
   */
  bodyKnownEmpty(): boolean;
  /** Passed to `onAuthFailure` besides the error: the framework's request context (read only on a failure). */
  readonly event: object;
}

/** An error response as both adapters render it (Koa's `ctx.onerror` rules: exposed message or status text). */
export interface ErrorResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly error: Error;
}

export function errorResponse(thrown: unknown): ErrorResponse {
  const error = thrown instanceof Error ? (thrown as Error & { status?: unknown; statusCode?: unknown; expose?: unknown; headers?: unknown }) : new Error(String(thrown));
  const candidate = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined;
  const status = typeof candidate === 'number' && candidate >= 400 && candidate <= 599 && STATUS_CODES[candidate] !== undefined ? candidate : 500;
  const headers = 'headers' in error && typeof error.headers === 'object' && error.headers !== null ? (error.headers as Record<string, string>) : {};
  const body = 'expose' in error && error.expose === true && status < 500 ? error.message : (STATUS_CODES[status] ?? String(status));
  return { status, headers, body, error };
}

/** A failure while buffering or decoding a response to sign it, as the error to answer with instead. */
export function responseFailure(cause: unknown): unknown {
  return cause instanceof BufferLimitError ? new ResponseBodyTooLargeError(cause.message) : cause instanceof ContentDecodingError ? new ResponseUnsignableError(cause.message) : cause;
}

/** `bh` is over the representation data (PROTOCOL.md §2.1): a body compressed downstream is decoded to be hashed. */
export function representationOf(contentEncoding: string | number | readonly string[] | undefined, sent: Buffer, limit: number): Buffer {
  if (contentEncoding === undefined || sent.length === 0) return sent;
  return decodeContent(sent, Array.isArray(contentEncoding) ? contentEncoding.join(',') : String(contentEncoding), limit);
}

/** Per-request bookkeeping shared between mutualAuth() and allowCallers(), attached to the framework's request object. */
export interface AuthContext {
  readonly realm: string;
  /** Whether a route policy decided (allowCallers ran), or none is needed. */
  routeAuthorized: boolean;
  /** Where an adapter that answers refusals itself reports them to `onAuthFailure`. */
  readonly report?: (error: MutualJwtError) => void;
}
// On the request object itself under a symbol no other module holds: a WeakMap entry per request
// costs an identity hash and an ephemeron-table insertion (and later GC work) for the same lookup.
const AUTH_CONTEXT = Symbol('parapet.mutual-jwt.authContext');
type Carrier = { [AUTH_CONTEXT]?: AuthContext };

/** Attach the bookkeeping of one authenticated request to the framework's request object. */
export function setAuthContext(carrier: object, auth: AuthContext): void {
  (carrier as Carrier)[AUTH_CONTEXT] = auth;
}

/** The bookkeeping mutualAuth() attached to this request object, if it ran. */
export function authContextOf(carrier: object): AuthContext | undefined {
  return (carrier as Carrier)[AUTH_CONTEXT];
}

/** A verified amortised token and the caller object every request presenting it receives. */
interface AmortisedEntry {
  readonly verified: VerifiedCallerToken;
  readonly caller: MutualCaller;
}

/** Freezes a parsed JSON value throughout (iteratively: a deeply nested claim cannot exhaust the stack). */
function deepFreeze<T extends object>(root: T): T {
  const pending: object[] = [root];
  for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
    if (Object.isFrozen(value)) continue;
    Object.freeze(value);
    for (const member of Object.values(value)) if (typeof member === 'object' && member !== null) pending.push(member as object);
  }
  return root;
}

class StoreTimeout extends Error {}

async function claimWithTimeout(store: ReplayStore, key: string, expiresAt: number, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeout(`replay store did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([store.claim(key, expiresAt), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

let memoryStoreWarned = false;
/** Once per process: the default store is right for one instance and wrong for several. */
function warnMemoryStoreOnce(): void {
  if (memoryStoreWarned) return;
  memoryStoreWarned = true;
  process.emitWarning(
    'mutualAuth() uses the in-memory replay store: each process remembers only its own jti values. Run several instances behind a load balancer with RedisReplayStore, or a token can be replayed once per instance.',
    { code: 'PARAPET_MUTUAL_MEMORY_REPLAY_STORE' },
  );
}

/** What a response token is computed from. */
export interface ResponseFacts {
  readonly status: number;
  /** Current value of a response header (node:http `getHeader`). */
  getHeader(name: string): string | number | readonly string[] | undefined;
  /** The representation data sent (decoded, empty for HEAD and bodiless statuses). */
  readonly representation: Buffer;
}

export interface MutualAuthCore {
  readonly options: ResolvedMutualAuthOptions;
  /** Synchronous for an amortised token already verified (no promise on that hot path). Rejects with a MutualJwtError only. */
  authenticate(request: AuthRequest): MutualCaller | Promise<MutualCaller>;
  /** Tell `onAuthFailure` (never throws). */
  report(error: MutualJwtError, event: object): void;
  /** The error for a response no route policy approved. */
  routeWithoutPolicy(method: string, path: string): InsufficientScopeError;
  /** `Server-Authorization` value for a response to `caller`. */
  signature(caller: MutualCaller, response: ResponseFacts): Promise<string>;
}

/** Validate options once; the returned core holds the verifier, caches and replay store. */
/** What only the adapter knows: where its request context keeps the request id (`requestLogger` sets it). */
export interface AdapterHooks {
  requestIdOf(event: object): string | undefined;
}

export function createMutualAuthCore(options: MutualAuthOptionsFor<never>, adapter: AdapterHooks): MutualAuthCore {
  const resolved = resolveMutualAuthOptions(options);
  const verifier = new CallerTokenVerifier(resolved);
  // Only the built-in store as shipped (a subclass overriding claim() goes through claim()).
  const store = resolved.replayStore;
  const memoryStore = store instanceof MemoryReplayStore && store.claim === MemoryReplayStore.prototype.claim ? store : undefined;
  // A store that forgets on restart cannot vouch for tokens issued before it started: refuse those (no cost, closes the window).
  const remembersSince = store?.remembersSince;
  const oldestIat = typeof remembersSince === 'number' ? remembersSince / 1000 - CLOCK_TOLERANCE_S : -Infinity;
  if (store instanceof MemoryReplayStore) warnMemoryStoreOnce();
  const audience = resolved.audience;
  const realm = resolved.realm;

  function report(error: MutualJwtError, event: object): void {
    if (resolved.onSecurityEvent !== undefined) securityEvent(error, adapter.requestIdOf(event));
    if (resolved.onAuthFailure === undefined) return;
    try {
      (resolved.onAuthFailure as (event: object) => void)({ error, ...event });
    } catch {
      // A logging hook must never turn a rejection into a 500.
    }
  }

  // The code, never the detail: details name claims and issuers taken from unverified input.
  function securityEvent(error: MutualJwtError, requestId: string | undefined): void {
    const code = error.code;
    const storeFailure = code === 'ERR_MUTUAL_REPLAY_STORE_UNAVAILABLE';
    emitSecurityEvent(resolved.onSecurityEvent, {
      name: storeFailure ? 'mutual-jwt.store_failure' : code === 'ERR_MUTUAL_REPLAY' ? 'mutual-jwt.replay' : 'mutual-jwt.token_rejected',
      outcome: storeFailure ? 'error' : 'failure',
      reason: code,
      actor: {},
      requestId,
      attributes: storeFailure
        ? { audience, status: error.status, mode: resolved.failOpenOnReplayStoreError ? 'fail-open-dangerously' : 'fail-closed' }
        : { audience, status: error.status },
    });
  }

  // Amortised mode: one verification per token, kept under the SHA-256 of the token so the
  // cache never holds a bearer credential. The caller object is built and frozen once per token:
  // every request presenting it gets the same object, which no handler can alter for the next.
  const cache = resolved.mode === 'amortised' ? new VerifiedTokenCache<AmortisedEntry>(resolved.amortisedCacheSize) : undefined;

  function start(request: AuthRequest): MutualCaller | Promise<MutualCaller> {
    const target = request.target;
    const credentials = bearerCredentials(request.req, target, realm);
    const nowMs = Date.now();
    if (cache !== undefined) {
      const key = hash('sha256', credentials, 'base64url');
      const hit = cache.get(key, nowMs);
      if (hit !== undefined) {
        // No b64token syntax check on a hit: the credentials are byte for byte a token that passed it
        // (SHA-256 collision resistance), as only such tokens are ever cached.
        // The certificate is a fact of this connection, not of the token: checked on every use.
        verifier.checkCertificate(hit.verified, request.certificateThumbprint);
        return hit.caller;
      }
      checkBearerSyntax(credentials, realm);
      return verifyAmortised(request, credentials, key, nowMs, cache);
    }
    checkBearerSyntax(credentials, realm);
    return authenticateBound(request, credentials, { method: request.method, target, certificateThumbprint: request.certificateThumbprint }, nowMs);
  }

  async function verifyAmortised(request: AuthRequest, token: string, key: string, nowMs: number, tokens: VerifiedTokenCache<AmortisedEntry>): Promise<MutualCaller> {
    const certificateThumbprint = request.certificateThumbprint;
    const verified = await verifier.verifyToken(token, { method: request.method, target: request.target, certificateThumbprint }, nowMs);
    const caller: MutualCaller = Object.freeze({ iss: verified.iss, kid: verified.kid, claims: deepFreeze(verified.claims), mode: 'amortised', rawBody: undefined });
    tokens.set(key, { verified, caller }, verified.exp * 1000);
    verifier.checkCertificate(verified, certificateThumbprint);
    return caller;
  }

  async function authenticateBound(request: AuthRequest, token: string, facts: RequestFacts, nowMs: number): Promise<MutualCaller> {
    const verified = await verifier.verify(token, facts, nowMs);
    // Whether there is a body is decided by the bytes received, never by Content-Length or
    // Transfer-Encoding (HTTP/2 needs neither). A complete message with nothing buffered needs no await.
    const body = request.bodyKnownEmpty() ? { bytes: EMPTY, encoded: false } : await readBody(request);
    const encoding = body.encoded ? request.req.headers['content-encoding'] : undefined;
    checkBodyHash(verified, body.bytes, encoding);
    checkIssuedAfterStart(verified);
    if (memoryStore !== undefined) checkReplayInMemory(request, memoryStore, verified);
    else await checkReplay(request, verified);
    return { iss: verified.iss, kid: verified.kid, claims: verified.claims, mode: 'request-bound', rawBody: body.bytes };
  }

  async function readBody(request: AuthRequest): Promise<{ bytes: Buffer; encoded: boolean }> {
    try {
      return await request.readBody();
    } catch (error) {
      if (error instanceof MutualJwtError) throw error;
      throw new InvalidRequestError('ERR_MUTUAL_BODY_UNREADABLE', `request body: ${error instanceof Error ? error.message : String(error)}`, realm);
    }
  }

  function checkBodyHash(verified: VerifiedCallerToken, body: Buffer, contentEncoding: string | undefined): void {
    if (verified.bodyHash === undefined) {
      if (body.length > 0) throw new InvalidTokenError('ERR_MUTUAL_REQUEST_MISMATCH', 'request has a body but the token has no bh', realm);
      return;
    }
    let representation: Buffer;
    try {
      representation = body.length === 0 ? body : decodeContent(body, contentEncoding === '' ? undefined : contentEncoding, resolved.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof ContentDecodingError)) throw error;
      throw new InvalidRequestError('ERR_MUTUAL_BODY_UNREADABLE', error.message, realm);
    }
    if (!constantTimeEqual(verified.bodyHash, bodyHash(representation))) {
      throw new InvalidTokenError('ERR_MUTUAL_REQUEST_MISMATCH', 'bh does not match the request body', realm);
    }
  }

  function checkIssuedAfterStart(verified: VerifiedCallerToken): void {
    const iat = verified.claims.iat as number;
    if (iat < oldestIat) {
      throw new InvalidTokenError('ERR_MUTUAL_REPLAY', `iat ${iat} is before this replay store started remembering (in-memory store, restarted)`, realm);
    }
  }

  function replayExpiry(verified: VerifiedCallerToken): number {
    // Kept until jose would stop accepting the token (exp + clock tolerance).
    return (verified.exp + CLOCK_TOLERANCE_S) * 1000;
  }

  function storeUnavailable(request: AuthRequest, cause: unknown): void {
    const error = new ServiceUnavailableError('ERR_MUTUAL_REPLAY_STORE_UNAVAILABLE', `replay store: ${cause instanceof Error ? cause.message : String(cause)}`, resolved.retryAfter, cause);
    if (!resolved.failOpenOnReplayStoreError) throw error;
    report(error, request.event);
  }

  function rejectReplay(verified: VerifiedCallerToken): never {
    throw new InvalidTokenError('ERR_MUTUAL_REPLAY', `jti ${JSON.stringify(verified.jti)} of ${verified.iss} was already used`, realm);
  }

  /** The default in-process store answers synchronously: no promise, no timeout timer. */
  function checkReplayInMemory(request: AuthRequest, store: MemoryReplayStore, verified: VerifiedCallerToken): void {
    let fresh: boolean;
    try {
      fresh = store.claimNow(replayKey(audience, verified.iss, verified.jti), replayExpiry(verified));
    } catch (cause) {
      storeUnavailable(request, cause);
      return;
    }
    if (!fresh) rejectReplay(verified);
  }

  async function checkReplay(request: AuthRequest, verified: VerifiedCallerToken): Promise<void> {
    let fresh: boolean;
    try {
      fresh = await claimWithTimeout(store as ReplayStore, replayKey(audience, verified.iss, verified.jti), replayExpiry(verified), resolved.replayStoreTimeout);
    } catch (cause) {
      storeUnavailable(request, cause);
      return;
    }
    if (!fresh) rejectReplay(verified);
  }

  // Anything unexpected while looking at untrusted input is still the input's fault: 401, never 500.
  function failure(request: AuthRequest, error: unknown): MutualJwtError {
    const failed = error instanceof MutualJwtError ? error : new InvalidTokenError('ERR_MUTUAL_TOKEN_MALFORMED', `unexpected: ${error instanceof Error ? error.message : String(error)}`, realm, error);
    report(failed, request.event);
    return failed;
  }

  return {
    options: resolved,
    report,
    authenticate(request) {
      try {
        const pending = start(request);
        return pending instanceof Promise ? pending.catch((error: unknown) => Promise.reject(failure(request, error))) : pending;
      } catch (error) {
        throw failure(request, error);
      }
    },
    routeWithoutPolicy: (method, path) => new InsufficientScopeError('ERR_MUTUAL_ROUTE_WITHOUT_POLICY', `${method} ${path} answered without allowCallers()`, realm),
    async signature(caller, response) {
      const names = resolved.signedResponseHeaders;
      const token = await signResponseToken(
        resolved.signingKey!,
        {
          iss: audience,
          aud: caller.iss,
          irt: String(caller.claims.jti),
          sts: response.status,
          bh: bodyHash(response.representation),
          hdr: names,
          hh: headersHash(names, (name) => nodeHeaderValues(response.getHeader(name))),
        },
        Date.now(),
        resolved.responseTokenLifetime,
      );
      return `Bearer ${token}`;
    },
  };
}
