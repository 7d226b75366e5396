import { STATUS_CODES } from 'node:http';
import type Koa from 'koa';
import type { ClientCertificate } from '@parapet/https';
import { authContexts, type AuthContext } from './allow-callers.js';
import { extractBearerToken } from './authorization-header.js';
import { BufferLimitError, bodyHash, ContentDecodingError, decodeContent, readRequestBody, replayableRequest, requestBodyKnownEmpty, responseBodyBytes } from './body.js';
import { CLOCK_TOLERANCE_S, SERVER_AUTHORIZATION_HEADER } from './constants.js';
import {
  InsufficientScopeError,
  InvalidRequestError,
  InvalidTokenError,
  MutualJwtError,
  ResponseBodyTooLargeError,
  ResponseUnsignableError,
  ServiceUnavailableError,
} from './errors.js';
import { resolveMutualAuthOptions, type MutualAuthOptions } from './options.js';
import { MemoryReplayStore, replayKey, type ReplayStore } from './replay.js';
import { signResponseToken } from './response-signer.js';
import { headersHash, nodeHeaderValues } from './response-headers.js';
import type { MutualCaller } from './state.js';
import { CallerTokenVerifier, constantTimeEqual, type RequestFacts, type VerifiedCallerToken } from './verifier.js';

const EMPTY_STATUSES = new Set([204, 205, 304]);
const EMPTY = Buffer.alloc(0);

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

function certificateThumbprint(ctx: Koa.Context): ClientCertificate['x5tS256'] | undefined {
  // Only what @parapet/https clientCertificate() verified on this TLS socket; no certificate header is ever read.
  return ctx.state.clientCertificate?.x5tS256;
}

/**
 * Renders a thrown error the way Koa's `ctx.onerror` would (status, headers wiped
 * then `err.headers` applied, short text body) so the response can still be signed,
 * and emits it on the app like Koa does so error logging is unchanged.
 */
function renderError(ctx: Koa.Context, thrown: unknown, emit: boolean): void {
  const error = thrown instanceof Error ? (thrown as Error & { status?: unknown; statusCode?: unknown; expose?: unknown; headers?: unknown }) : new Error(String(thrown));
  const candidate = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined;
  const status = typeof candidate === 'number' && candidate >= 400 && candidate <= 599 && STATUS_CODES[candidate] !== undefined ? candidate : 500;
  if (emit) ctx.app.emit('error', error, ctx);
  for (const name of ctx.res.getHeaderNames()) ctx.res.removeHeader(name);
  const headers = 'headers' in error ? error.headers : undefined;
  if (typeof headers === 'object' && headers !== null) ctx.set(headers as Record<string, string>);
  ctx.status = status;
  ctx.type = 'text';
  ctx.body = 'expose' in error && error.expose === true && status < 500 ? error.message : (STATUS_CODES[status] ?? String(status));
}

/**
 * Mutual authentication for one service: verifies the caller's JWT (request-bound
 * by default: single use, bound to method, target and body; or amortised), sets
 * `ctx.state.caller`, then signs the response with `Server-Authorization`.
 *
 * Rejections are thrown as {@link MutualJwtError}s carrying their
 * `WWW-Authenticate` / `Retry-After` headers; `onAuthFailure` gets the detail.
 * @example
 * app.use(mutualAuth({
 *   audience: 'orders',
 *   callers: { billing: { jwksFile: './keys/billing.jwks.json' } },
 *   signingKey: { privateKey, kid: 'orders-2026-01', alg: 'EdDSA' },
 * }));
 * router.get('/orders', allowCallers('billing'), listOrders);
 */
export function mutualAuth(options: MutualAuthOptions): Koa.Middleware {
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

  function report(error: MutualJwtError, ctx: Koa.Context): void {
    if (resolved.onAuthFailure === undefined) return;
    try {
      resolved.onAuthFailure({ error, ctx });
    } catch {
      // A logging hook must never turn a rejection into a 500.
    }
  }

  function amortisedCaller(verified: VerifiedCallerToken): MutualCaller {
    return { iss: verified.iss, kid: verified.kid, claims: verified.claims, mode: 'amortised', rawBody: undefined };
  }

  /** Synchronous for an amortised token already verified (no promise on that hot path). */
  function authenticate(ctx: Koa.Context): MutualCaller | Promise<MutualCaller> {
    const target = ctx.originalUrl;
    const token = extractBearerToken(ctx.req, target, resolved.realm);
    const facts = { method: ctx.method, target, certificateThumbprint: certificateThumbprint(ctx) };
    const nowMs = Date.now();
    if (resolved.mode === 'amortised') {
      const hit = verifier.cached(token, facts, nowMs);
      return hit === undefined ? verifier.verify(token, facts, nowMs).then(amortisedCaller) : amortisedCaller(hit);
    }
    return authenticateBound(ctx, token, facts, nowMs);
  }

  async function authenticateBound(ctx: Koa.Context, token: string, facts: RequestFacts, nowMs: number): Promise<MutualCaller> {
    const verified = await verifier.verify(token, facts, nowMs);
    // Whether there is a body is decided by the bytes received, never by Content-Length or
    // Transfer-Encoding (HTTP/2 needs neither). A complete message with nothing buffered needs no await.
    const rawBody = requestBodyKnownEmpty(ctx.req) ? EMPTY : await readBody(ctx);
    checkBodyHash(verified, rawBody, ctx.get('Content-Encoding'));
    checkIssuedAfterStart(verified);
    if (memoryStore !== undefined) checkReplayInMemory(ctx, memoryStore, verified);
    else await checkReplay(ctx, verified);
    return { iss: verified.iss, kid: verified.kid, claims: verified.claims, mode: 'request-bound', rawBody };
  }

  async function readBody(ctx: Koa.Context): Promise<Buffer> {
    let body: Buffer;
    try {
      body = await readRequestBody(ctx.req, resolved.maxBodyBytes);
    } catch (error) {
      if (error instanceof MutualJwtError) throw error;
      throw new InvalidRequestError('ERR_MUTUAL_BODY_UNREADABLE', `request body: ${error instanceof Error ? error.message : String(error)}`, resolved.realm);
    }
    const replay = replayableRequest(ctx.req, body);
    ctx.req = replay;
    ctx.request.req = replay;
    ctx.response.req = replay;
    return body;
  }

  function checkBodyHash(verified: VerifiedCallerToken, body: Buffer, contentEncoding: string): void {
    if (verified.bodyHash === undefined) {
      if (body.length > 0) throw new InvalidTokenError('ERR_MUTUAL_REQUEST_MISMATCH', 'request has a body but the token has no bh', resolved.realm);
      return;
    }
    let representation: Buffer;
    try {
      representation = body.length === 0 ? body : decodeContent(body, contentEncoding === '' ? undefined : contentEncoding, resolved.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof ContentDecodingError)) throw error;
      throw new InvalidRequestError('ERR_MUTUAL_BODY_UNREADABLE', error.message, resolved.realm);
    }
    if (!constantTimeEqual(verified.bodyHash, bodyHash(representation))) {
      throw new InvalidTokenError('ERR_MUTUAL_REQUEST_MISMATCH', 'bh does not match the request body', resolved.realm);
    }
  }

  function checkIssuedAfterStart(verified: VerifiedCallerToken): void {
    const iat = verified.claims.iat as number;
    if (iat < oldestIat) {
      throw new InvalidTokenError('ERR_MUTUAL_REPLAY', `iat ${iat} is before this replay store started remembering (in-memory store, restarted)`, resolved.realm);
    }
  }

  function replayExpiry(verified: VerifiedCallerToken): number {
    // Kept until jose would stop accepting the token (exp + clock tolerance).
    return (verified.exp + CLOCK_TOLERANCE_S) * 1000;
  }

  function storeUnavailable(ctx: Koa.Context, cause: unknown): void {
    const error = new ServiceUnavailableError('ERR_MUTUAL_REPLAY_STORE_UNAVAILABLE', `replay store: ${cause instanceof Error ? cause.message : String(cause)}`, resolved.retryAfter, cause);
    if (!resolved.failOpenOnReplayStoreError) throw error;
    report(error, ctx);
  }

  function rejectReplay(verified: VerifiedCallerToken): never {
    throw new InvalidTokenError('ERR_MUTUAL_REPLAY', `jti ${JSON.stringify(verified.jti)} of ${verified.iss} was already used`, resolved.realm);
  }

  /** The default in-process store answers synchronously: no promise, no timeout timer. */
  function checkReplayInMemory(ctx: Koa.Context, store: MemoryReplayStore, verified: VerifiedCallerToken): void {
    let fresh: boolean;
    try {
      fresh = store.claimNow(replayKey(audience, verified.iss, verified.jti), replayExpiry(verified));
    } catch (cause) {
      storeUnavailable(ctx, cause);
      return;
    }
    if (!fresh) rejectReplay(verified);
  }

  async function checkReplay(ctx: Koa.Context, verified: VerifiedCallerToken): Promise<void> {
    let fresh: boolean;
    try {
      fresh = await claimWithTimeout(store as ReplayStore, replayKey(audience, verified.iss, verified.jti), replayExpiry(verified), resolved.replayStoreTimeout);
    } catch (cause) {
      storeUnavailable(ctx, cause);
      return;
    }
    if (!fresh) rejectReplay(verified);
  }

  return async function mutualAuthMiddleware(ctx, next) {
    let caller: MutualCaller;
    try {
      const pending = authenticate(ctx);
      caller = pending instanceof Promise ? await pending : pending;
    } catch (error) {
      // Anything unexpected while looking at untrusted input is still the input's fault: 401, never 500.
      const failure = error instanceof MutualJwtError ? error : new InvalidTokenError('ERR_MUTUAL_TOKEN_MALFORMED', `unexpected: ${error instanceof Error ? error.message : String(error)}`, resolved.realm, error);
      report(failure, ctx);
      throw failure;
    }
    ctx.state.caller = caller;
    const auth: AuthContext = { realm: resolved.realm, routeAuthorized: resolved.authorization === 'any-trusted-caller' };
    authContexts.set(ctx, auth);

    try {
      await next();
      if (!auth.routeAuthorized) {
        const error = new InsufficientScopeError('ERR_MUTUAL_ROUTE_WITHOUT_POLICY', `${ctx.method} ${ctx.path} answered without allowCallers()`, resolved.realm);
        report(error, ctx);
        renderError(ctx, error, false);
      }
    } catch (error) {
      if (error instanceof MutualJwtError) report(error, ctx);
      if (ctx.headerSent || !resolved.signResponses) throw error;
      renderError(ctx, error, true);
    }
    if (resolved.signResponses) await signResponse(ctx, caller);
  };

  async function signResponse(ctx: Koa.Context, caller: MutualCaller): Promise<void> {
    if (ctx.headerSent || ctx.respond === false) return;
    let representation: Buffer;
    try {
      const pending = materializeBody(ctx, resolved.maxResponseBytes);
      representation = representationOf(ctx, pending instanceof Promise ? await pending : pending, resolved.maxResponseBytes);
    } catch (cause) {
      const error =
        cause instanceof BufferLimitError ? new ResponseBodyTooLargeError(cause.message) : cause instanceof ContentDecodingError ? new ResponseUnsignableError(cause.message) : cause;
      if (error instanceof MutualJwtError) report(error, ctx);
      renderError(ctx, error, true);
      representation = await materializeBody(ctx, resolved.maxResponseBytes);
    }
    // The token covers the headers as they are now. A compressor outside this middleware would
    // add Content-Encoding afterwards and break the signature: koa-compress honours this flag.
    if (ctx.res.getHeader('Content-Encoding') === undefined) (ctx as Koa.Context & { compress?: boolean }).compress = false;
    const names = resolved.signedResponseHeaders;
    const res = ctx.res;
    const token = await signResponseToken(
      resolved.signingKey!,
      {
        iss: resolved.audience,
        aud: caller.iss,
        irt: String(caller.claims.jti),
        sts: ctx.status,
        bh: bodyHash(representation),
        hdr: names,
        hh: headersHash(names, (name) => nodeHeaderValues(res.getHeader(name))),
      },
      Date.now(),
      resolved.responseTokenLifetime,
    );
    ctx.set(SERVER_AUTHORIZATION_HEADER, `Bearer ${token}`);
  }
}

/**
 * Replaces `ctx.body` by the exact bytes Koa will send and returns them (empty
 * for HEAD and bodiless statuses), so the signed `bh` matches the wire.
 */
function materializeBody(ctx: Koa.Context, limit: number): Buffer | Promise<Buffer> {
  const status = ctx.status;
  if (EMPTY_STATUSES.has(status)) return EMPTY;
  const explicitNull = (ctx.response as unknown as { _explicitNullBody?: boolean })._explicitNullBody === true;
  if ((ctx.body === null || ctx.body === undefined) && !explicitNull) {
    // What Koa's respond() would write for a body-less response (e.g. 404 "Not Found").
    ctx.body = ctx.req.httpVersionMajor >= 2 ? String(status) : ctx.message || String(status);
    ctx.status = status;
  }
  // Strings, buffers and JSON bodies are converted synchronously; only streams and blobs need to be awaited.
  const pending = responseBodyBytes(ctx.body, limit);
  return pending instanceof Promise ? pending.then((bytes) => settleBody(ctx, status, bytes)) : settleBody(ctx, status, pending);
}

/** `bh` is over the representation data (PROTOCOL.md §2.1): a body compressed downstream is decoded to be hashed. */
function representationOf(ctx: Koa.Context, sent: Buffer, limit: number): Buffer {
  const encoding = ctx.res.getHeader('Content-Encoding');
  if (encoding === undefined || sent.length === 0) return sent;
  return decodeContent(sent, Array.isArray(encoding) ? encoding.join(',') : String(encoding), limit);
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

function settleBody(ctx: Koa.Context, status: number, body: Buffer | undefined): Buffer {
  const bytes = body ?? EMPTY;
  if (!Buffer.isBuffer(ctx.body) && typeof ctx.body !== 'string' && ctx.body !== null && ctx.body !== undefined) {
    ctx.body = bytes;
    ctx.status = status;
  }
  return ctx.method === 'HEAD' ? EMPTY : bytes;
}
