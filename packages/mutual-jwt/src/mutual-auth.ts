/** Koa adapter of mutual authentication (`core/authenticator.ts`). */
import type Koa from 'koa';
import { readRequestBody, replayableRequest, requestBodyKnownEmpty, responseBodyBytes } from './body.js';
import { SERVER_AUTHORIZATION_HEADER } from './constants.js';
import { createMutualAuthCore, EMPTY, errorResponse, representationOf, responseFailure, type AuthContext, type AuthRequest, setAuthContext } from './core/authenticator.js';
import { MutualJwtError } from './errors.js';
import type { AuthFailureEventBase, MutualAuthOptionsFor } from './options.js';
import type { MutualCaller } from './state.js';

declare module 'koa' {
  interface DefaultState {
    /** Set by `@parapet/mutual-jwt` `mutualAuth()` once the caller is authenticated. */
    caller?: MutualCaller;
  }
}

const EMPTY_STATUSES = new Set([204, 205, 304]);

/** One request as the core sees it: a single small object per request, its fields read on demand. */
class KoaAuthRequest implements AuthRequest {
  /** The request as received: stays the original after readBody() installs the replay on ctx. */
  readonly req: Koa.Context['req'];
  readonly #ctx: Koa.Context;
  readonly #maxBodyBytes: number;

  constructor(ctx: Koa.Context, maxBodyBytes: number) {
    this.req = ctx.req;
    this.#ctx = ctx;
    this.#maxBodyBytes = maxBodyBytes;
  }

  get method(): string {
    return this.#ctx.method;
  }

  get target(): string {
    return this.#ctx.originalUrl;
  }

  // Only what @parapet/https clientCertificate() verified on this TLS socket; no certificate header is ever read.
  get certificateThumbprint(): string | undefined {
    return this.#ctx.state.clientCertificate?.x5tS256;
  }

  get event(): { ctx: Koa.Context } {
    return { ctx: this.#ctx };
  }

  bodyKnownEmpty(): boolean {
    return requestBodyKnownEmpty(this.req);
  }

  async readBody(): Promise<{ bytes: Buffer; encoded: true }> {
    const ctx = this.#ctx;
    const bytes = await readRequestBody(this.req, this.#maxBodyBytes);
    // Body parsers after this middleware read the very bytes whose hash was checked.
    const replay = replayableRequest(this.req, bytes);
    ctx.req = replay;
    ctx.request.req = replay;
    ctx.response.req = replay;
    return { bytes, encoded: true };
  }
}
/** Koa: the request id is `ctx.state.requestId` (set by `requestLogger`). */
const KOA_HOOKS = {
  requestIdOf: (event: object): string | undefined => {
    const id: unknown = (event as { ctx: Koa.Context }).ctx.state.requestId;
    return typeof id === 'string' ? id : undefined;
  },
};

/** Reported to `onAuthFailure` for every rejected request (and every response that could not be signed). */
export interface AuthFailureEvent extends AuthFailureEventBase {
  /** The Koa context of the request. */
  readonly ctx: Koa.Context;
}

/** Options of {@link mutualAuth}. */
export type MutualAuthOptions = MutualAuthOptionsFor<AuthFailureEvent>;

/**
 * Renders a thrown error the way Koa's `ctx.onerror` would (status, headers wiped
 * then `err.headers` applied, short text body) so the response can still be signed,
 * and emits it on the app like Koa does so error logging is unchanged.
 */
function renderError(ctx: Koa.Context, thrown: unknown, emit: boolean): void {
  const { status, headers, body, error } = errorResponse(thrown);
  if (emit) ctx.app.emit('error', error, ctx);
  for (const name of ctx.res.getHeaderNames()) ctx.res.removeHeader(name);
  ctx.set(headers as Record<string, string>);
  ctx.status = status;
  ctx.type = 'text';
  ctx.body = body;
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
  const core = createMutualAuthCore(options, KOA_HOOKS);
  const resolved = core.options;

  const authorizedByDefault = resolved.authorization === 'any-trusted-caller';

  function authenticated(ctx: Koa.Context, caller: MutualCaller): AuthContext {
    ctx.state.caller = caller;
    const auth: AuthContext = { realm: resolved.realm, routeAuthorized: authorizedByDefault };
    setAuthContext(ctx, auth);
    return auth;
  }

  /** The safety net: a response that no route policy approved is replaced by a 403. */
  function checkRouteDecided(ctx: Koa.Context, auth: AuthContext): void {
    if (auth.routeAuthorized) return;
    const error = core.routeWithoutPolicy(ctx.method, ctx.path);
    core.report(error, { ctx });
    renderError(ctx, error, false);
  }

  /**
   * Unsigned responses (amortised mode's default): nothing is left to do after the route but the
   * policy check, so no async frame; errors go on to Koa's own handling once reported.
   */
  function proceedUnsigned(ctx: Koa.Context, next: Koa.Next, caller: MutualCaller): Promise<void> {
    const auth = authenticated(ctx, caller);
    return next().then(
      () => checkRouteDecided(ctx, auth),
      (error: unknown) => {
        if (error instanceof MutualJwtError) core.report(error, { ctx });
        throw error;
      },
    );
  }

  async function proceedSigned(ctx: Koa.Context, next: Koa.Next, caller: MutualCaller): Promise<void> {
    const auth = authenticated(ctx, caller);
    try {
      await next();
      checkRouteDecided(ctx, auth);
    } catch (error) {
      if (error instanceof MutualJwtError) core.report(error, { ctx });
      if (ctx.headerSent) throw error;
      renderError(ctx, error, true);
    }
    await signResponse(ctx, caller);
  }

  const proceed = resolved.signResponses ? proceedSigned : proceedUnsigned;

  // Not async: a cached amortised token is answered without an extra async frame. A refusal is
  // still a rejected promise, never a synchronous throw, for whoever calls this middleware directly.
  return function mutualAuthMiddleware(ctx, next) {
    let pending: MutualCaller | Promise<MutualCaller>;
    try {
      pending = core.authenticate(new KoaAuthRequest(ctx, resolved.maxBodyBytes));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return pending instanceof Promise ? pending.then((caller) => proceed(ctx, next, caller)) : proceed(ctx, next, pending);
  };

  async function signResponse(ctx: Koa.Context, caller: MutualCaller): Promise<void> {
    if (ctx.headerSent || ctx.respond === false) return;
    let representation: Buffer;
    try {
      const pending = materializeBody(ctx, resolved.maxResponseBytes);
      representation = representationOf(ctx.res.getHeader('Content-Encoding'), pending instanceof Promise ? await pending : pending, resolved.maxResponseBytes);
    } catch (cause) {
      const error = responseFailure(cause);
      if (error instanceof MutualJwtError) core.report(error, { ctx });
      renderError(ctx, error, true);
      representation = await materializeBody(ctx, resolved.maxResponseBytes);
    }
    // The token covers the headers as they are now. A compressor outside this middleware would
    // add Content-Encoding afterwards and break the signature: koa-compress honours this flag.
    if (ctx.res.getHeader('Content-Encoding') === undefined) (ctx as Koa.Context & { compress?: boolean }).compress = false;
    const res = ctx.res;
    ctx.set(SERVER_AUTHORIZATION_HEADER, await core.signature(caller, { status: ctx.status, getHeader: (name) => res.getHeader(name), representation }));
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

function settleBody(ctx: Koa.Context, status: number, body: Buffer | undefined): Buffer {
  const bytes = body ?? EMPTY;
  if (!Buffer.isBuffer(ctx.body) && typeof ctx.body !== 'string' && ctx.body !== null && ctx.body !== undefined) {
    ctx.body = bytes;
    ctx.status = status;
  }
  return ctx.method === 'HEAD' ? EMPTY : bytes;
}
