/** Koa adapter of mutual authentication (`core/authenticator.ts`). */
import type Koa from 'koa';
import { readRequestBody, replayableRequest, requestBodyKnownEmpty, responseBodyBytes } from './body.js';
import { SERVER_AUTHORIZATION_HEADER } from './constants.js';
import { authContexts, createMutualAuthCore, EMPTY, errorResponse, representationOf, responseFailure, type AuthContext, type AuthRequest } from './core/authenticator.js';
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

  function input(ctx: Koa.Context): AuthRequest {
    return {
      req: ctx.req,
      method: ctx.method,
      target: ctx.originalUrl,
      // Only what @parapet/https clientCertificate() verified on this TLS socket; no certificate header is ever read.
      certificateThumbprint: ctx.state.clientCertificate?.x5tS256,
      bodyKnownEmpty: () => requestBodyKnownEmpty(ctx.req),
      readBody: async () => {
        const bytes = await readRequestBody(ctx.req, resolved.maxBodyBytes);
        // Body parsers after this middleware read the very bytes whose hash was checked.
        const replay = replayableRequest(ctx.req, bytes);
        ctx.req = replay;
        ctx.request.req = replay;
        ctx.response.req = replay;
        return { bytes, encoded: true };
      },
      event: { ctx },
    };
  }

  return async function mutualAuthMiddleware(ctx, next) {
    const pending = core.authenticate(input(ctx));
    const caller = pending instanceof Promise ? await pending : pending;
    ctx.state.caller = caller;
    const auth: AuthContext = { realm: resolved.realm, routeAuthorized: resolved.authorization === 'any-trusted-caller' };
    authContexts.set(ctx, auth);

    try {
      await next();
      if (!auth.routeAuthorized) {
        const error = core.routeWithoutPolicy(ctx.method, ctx.path);
        core.report(error, { ctx });
        renderError(ctx, error, false);
      }
    } catch (error) {
      if (error instanceof MutualJwtError) core.report(error, { ctx });
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
