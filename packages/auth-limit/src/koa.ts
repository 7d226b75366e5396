/** Koa adapter: ctx → gate input, gate answer → ctx. Behaviour lives in `core/`. */
import { getTransport } from '@parapet/https';
import type { Context, Middleware } from 'koa';
import { accountOf, attachHeaders, AuthLimitGate, clientIpOf, errorStatus, stringOrUndefined, type AuthLimitState, type ChallengeCall, type GateResponse } from './core/gate.js';
import type { AccountValue, AuthLimitCoreOptions, ChallengeEvent } from './options.js';
import { isPromise } from './store.js';

export type { AuthLimitState } from './core/gate.js';

/** Options of {@link authLimit} (Koa). */
export interface AuthLimitOptions extends AuthLimitCoreOptions {
  /**
   * Returns the account the attempt is for (username, e-mail, client_id).
   * Runs before the handler, so place a body parser before `authLimit`.
   * Return undefined (or null) when the request names none: only the client
   * limits then apply. May return a promise. Finite numbers count as their
   * decimal string. Anything else (an array or object from a hostile JSON
   * body, a string over 1024 characters) and a throw are refused with 400
   * `ERR_AUTH_LIMIT_ACCOUNT`, counted against the client limits, before the
   * handler runs.
   * @example (ctx) => (ctx.request.body as { email?: string } | undefined)?.email
   */
  account: (ctx: Context) => AccountValue | PromiseLike<AccountValue>;
  /**
   * The client's IP. Forwarded headers are believed only through
   * `trustProxy()` from `@parapet/https`.
   * @default (ctx) => getTransport(ctx).clientIp
   */
  clientIp?: (ctx: Context) => string | undefined;
  /**
   * Soft lockout. Called when the account-wide limit refuses a client
   * without a device cookie (the only exhausted layer is `account`): the
   * app decides whether the request carries a passed step-up (a verified
   * CAPTCHA or e-mail one-time code) and returns `true` to let the attempt
   * go on, limited by its per-client layers only; or it answers the
   * request itself (e.g. 401 asking for the step-up) and returns `false`.
   * Without a hook, a throw, or `false` with no body set, the answer is the
   * usual 429.
   * @default undefined (a flat 429)
   */
  challenge?: (ctx: Context, event: ChallengeEvent) => boolean | PromiseLike<boolean>;
}

/** The middleware, plus the per-account device-cookie revocation. */
export interface AuthLimitMiddleware extends Middleware {
  /**
   * Invalidates every device cookie issued so far for `account` (as typed;
   * normalised like `account(ctx)`), on every instance sharing the store:
   * call it after a password change or a reported compromise. Resolves once
   * the store has recorded it; rejects with `DeviceRevocationError` if the
   * store fails (the cookies then stay valid). Does nothing on routes
   * without device cookies.
   */
  revokeDeviceCookies(account: string): Promise<void>;
}

declare module 'koa' {
  interface DefaultState {
    authLimit?: AuthLimitState;
  }
}

/** Koa's ctx.set(object) without the delegate and per-field type dispatch: our values are strings. */
function setHeaders(ctx: Context, headers: Readonly<Record<string, string>>): void {
  const res = ctx.res;
  if (res.headersSent) return;
  for (const name in headers) res.setHeader(name, headers[name]!);
}

function respond(ctx: Context, response: GateResponse): void {
  ctx.status = response.status;
  ctx.set(response.headers);
  ctx.type = response.contentType;
  ctx.body = response.body;
}

function defaultClientIp(ctx: Context): string {
  return getTransport(ctx).clientIp;
}

/** The client went away before the response was sent (it cannot have been told anything). */
function clientGone(ctx: Context): boolean {
  // Node destroys the ServerResponse when its socket closes before end().
  return ctx.res.destroyed && !ctx.res.writableEnded;
}

function challengeCall(hook: NonNullable<AuthLimitOptions['challenge']>, ctx: Context): ChallengeCall {
  return {
    run: (event) => hook(ctx, event),
    answered: () => ctx.body !== undefined && ctx.body !== null,
  };
}

/**
 * Brute-force and credential-stuffing protection for login, password-reset
 * and token routes. Every attempt is counted against all layered limits in
 * one atomic store step before the handler runs (record-then-refund), so N
 * concurrent wrong passwords let exactly the limit through; a success gives
 * the attempt back and resets the account+client counter.
 *
 * @example
 * router.post('/login', bodyParser(), authLimit({
 *   secret: Buffer.from(process.env.AUTH_LIMIT_KEY!, 'hex'),
 *   account: (ctx) => (ctx.request.body as { email?: string } | undefined)?.email,
 *   store: new RedisStore({ client: new Redis({ enableOfflineQueue: false }) }),
 * }), login);
 */
export function authLimit(options: AuthLimitOptions): AuthLimitMiddleware {
  const gate = new AuthLimitGate(options);
  const { account, challenge, clientIp = defaultClientIp } = gate.options;

  const middleware: Middleware = async function authLimitMiddleware(ctx, next) {
    const given = accountOf(account, ctx);
    const opened = gate.open(
      {
        account: isPromise(given) ? await given : given,
        clientIp: clientIpOf(clientIp, ctx),
        header: (name) => ctx.get(name) || undefined,
        requestId: stringOrUndefined((ctx.state as { requestId?: unknown }).requestId),
      },
      challenge === undefined ? undefined : challengeCall(challenge, ctx),
    );
    const opening = isPromise(opened) ? await opened : opened;
    switch (opening.kind) {
      case 'respond':
        return respond(ctx, opening.response);
      case 'throw':
        throw opening.error;
      case 'answered':
        return setHeaders(ctx, opening.headers);
    }
    const control = opening.control;
    ctx.state.authLimit = control;
    let thrown: { error: unknown } | undefined;
    try {
      await next();
    } catch (error) {
      thrown = { error };
    }
    // ctx.res.statusCode is what Koa's ctx.status getter returns, minus two delegate hops.
    const closing = gate.close(control, { status: thrown ? errorStatus(thrown.error) : ctx.res.statusCode, clientGone: clientGone(ctx) })!;
    if (isPromise(closing.pending)) await closing.pending;
    if (thrown) {
      // Koa's ctx.onerror wipes the response headers and re-applies the error's.
      attachHeaders(thrown.error, closing.headers);
      throw thrown.error;
    }
    setHeaders(ctx, closing.headers);
    if (closing.setCookie !== undefined) ctx.append('Set-Cookie', closing.setCookie);
  };
  return Object.assign(middleware, {
    revokeDeviceCookies: (accountName: string) => gate.revokeDeviceCookies(accountName),
  });
}
