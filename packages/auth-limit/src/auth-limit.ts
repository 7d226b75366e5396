import { getTransport } from '@parapet/https';
import type { Context, Middleware } from 'koa';
import { DeviceCookieSigner } from './device-cookie.js';
import { AuthLimitAccountError, AuthLimitExceededError } from './errors.js';
import { accountText } from './keys.js';
import { Limiter, type Attempt, type Decision, type Outcome } from './limiter.js';
import { resolveOptions, type AuthLimitOptions, type ResolvedOptions } from './options.js';
import { isPromise, type MaybePromise } from './store.js';

/** `ctx.state.authLimit`: lets the handler state the outcome when the status alone does not. */
export interface AuthLimitState {
  /** Count this attempt as wrong credentials, whatever the status. */
  fail(): void;
  /** Count this attempt as a successful login, whatever the status: refunds it and resets the account+client counter. */
  succeed(): void;
  /** Pseudonymous account id (HMAC), for logs; undefined when the request named no account. */
  readonly accountId: string | undefined;
  /** Pseudonymous client-network id (HMAC), for logs. */
  readonly clientId: string;
  /** A valid trusted-device cookie for this account came with the request. */
  readonly trustedDevice: boolean;
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

class AttemptControl implements AuthLimitState {
  outcome: Outcome | undefined;
  /** Set once the attempt is settled: later calls cannot change what was recorded. */
  settled = false;
  readonly accountId: string | undefined;
  readonly clientId: string;
  readonly trustedDevice: boolean;

  constructor(attempt: Attempt) {
    this.accountId = attempt.accountId;
    this.clientId = attempt.clientId;
    this.trustedDevice = attempt.device !== undefined;
  }

  // A failure is final: a handler that calls fail() on one path and
  // succeed() later (or twice) never turns a wrong password into a refund.
  fail(): void {
    if (!this.settled) this.outcome = 'failure';
  }

  succeed(): void {
    if (!this.settled && this.outcome !== 'failure') this.outcome = 'success';
  }
}

// RFC 9457: the same body for every refusal, whatever the account, so the
// answer never tells an attacker whether an account exists.
const PROBLEM = JSON.stringify({
  type: 'about:blank',
  title: 'Too Many Requests',
  status: 429,
  detail: 'Too many attempts. Try again later.',
});
const BAD_ACCOUNT = JSON.stringify({
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'Invalid account.',
});
const PROBLEM_TYPE = 'application/problem+json';

/** What `account(ctx)` gave: text, undefined (none), or null (refuse: threw or not an account). */
function safeAccount(account: ResolvedOptions['account'], ctx: Context): MaybePromise<string | undefined | null> {
  let value: unknown;
  try {
    value = account(ctx);
  } catch {
    return null;
  }
  if (!isPromise(value)) return accountText(value);
  return Promise.resolve(value).then(accountText, () => null);
}

/** Only the account-wide layer refused an untrusted client: the case a step-up can open. */
function softLockout(decision: Decision & { allowed: false }): boolean {
  return decision.attempt.accountId !== undefined && decision.layers.length === 1 && decision.layers[0] === 'account';
}

async function safeChallenge(challenge: NonNullable<ResolvedOptions['challenge']>, ctx: Context, decision: Decision & { allowed: false }): Promise<boolean> {
  try {
    const event = { accountId: decision.attempt.accountId!, clientId: decision.attempt.clientId, retryAfter: decision.retryAfter };
    return (await challenge(ctx, event)) === true;
  } catch {
    // A broken step-up must not open the account: refuse as without a hook.
    return false;
  }
}

function safeClientIp(clientIp: (ctx: Context) => string | undefined, ctx: Context): string | undefined {
  try {
    return clientIp(ctx);
  } catch {
    // A broken resolver puts the request in the shared "unknown" client: limited, never a 500.
    return undefined;
  }
}

/** The client went away before the response was sent (it cannot have been told anything). */
function clientGone(ctx: Context): boolean {
  // Node destroys the ServerResponse when its socket closes before end().
  return ctx.res.destroyed && !ctx.res.writableEnded;
}

function errorStatus(error: unknown): number | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function outcomeOf(status: number | undefined, failureStatuses: ReadonlySet<number>): Outcome {
  if (status === undefined) return 'error';
  if (failureStatuses.has(status)) return 'failure';
  if (status >= 200 && status < 400) return 'success';
  if (status >= 400 && status < 500) return 'not-checked';
  return 'error';
}

function attachHeaders(error: unknown, headers: Record<string, string>): void {
  if (error === null || typeof error !== 'object') return;
  const target = error as { headers?: unknown };
  if (target.headers === undefined) {
    try {
      target.headers = { ...headers };
    } catch {
      // Frozen error object: nothing to attach to.
    }
    return;
  }
  if (target.headers !== null && typeof target.headers === 'object' && !Object.isFrozen(target.headers)) {
    const existing = target.headers as Record<string, string>;
    for (const [name, value] of Object.entries(headers)) existing[name] ??= value;
  }
}

/** Koa's ctx.set(object) without the delegate and per-field type dispatch: our values are strings. */
function setHeaders(ctx: Context, headers: Record<string, string>): void {
  const res = ctx.res;
  if (res.headersSent) return;
  for (const name in headers) res.setHeader(name, headers[name]!);
}

function defaultClientIp(ctx: Context): string {
  return getTransport(ctx).clientIp;
}

function respondProblem(ctx: Context, status: number, headers: Readonly<Record<string, string>>, body: string): void {
  ctx.status = status;
  ctx.set(headers);
  ctx.type = PROBLEM_TYPE;
  ctx.body = body;
}

function setDeviceCookie(ctx: Context, options: ResolvedOptions, signer: DeviceCookieSigner, accountId: string, deviceId: string): void {
  const cookie = options.deviceCookie!;
  const value = signer.sign(accountId, deviceId, Date.now());
  ctx.append('Set-Cookie', `${cookie.name}=${value}${cookie.attributes}`);
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
 *   keySecret: process.env.AUTH_LIMIT_SECRET!,
 *   account: (ctx) => (ctx.request.body as { email?: string } | undefined)?.email,
 *   store: new RedisStore({ client: new Redis({ enableOfflineQueue: false }) }),
 * }), login);
 */
export function authLimit(options: AuthLimitOptions): AuthLimitMiddleware {
  const resolved = resolveOptions(options);
  const limiter = new Limiter(resolved);
  const clientIp = resolved.clientIp ?? defaultClientIp;
  const account = resolved.account;
  const cookieName = resolved.deviceCookie?.name;
  const signer = limiter.deviceSigner;
  const challenge = resolved.challenge;

  const middleware: Middleware = async function authLimitMiddleware(ctx, next) {
    const given = safeAccount(account, ctx);
    const text = isPromise(given) ? await given : given;
    const attempt = limiter.prepare({
      account: text ?? undefined,
      clientIp: safeClientIp(clientIp, ctx),
      // signed: false — our cookie carries its own HMAC; with app.keys set, Koa would
      // otherwise look for a keygrip ".sig" cookie and ignore ours.
      deviceCookie: cookieName === undefined || text === null ? undefined : ctx.cookies.get(cookieName, { signed: false }),
    });
    const checked = limiter.check(attempt);
    let decision = isPromise(checked) ? await checked : checked;
    if (!decision.allowed && challenge !== undefined && softLockout(decision)) {
      const passed = await safeChallenge(challenge, ctx, decision);
      if (passed) {
        const again = limiter.check(limiter.challenged(decision.attempt));
        decision = isPromise(again) ? await again : again;
      } else if (ctx.body !== undefined && ctx.body !== null) {
        // The app answered with its step-up; the limit headers still describe the refusal.
        ctx.set(decision.headers);
        return;
      }
    }
    if (!decision.allowed) {
      if (resolved.respond === 'throw') throw new AuthLimitExceededError(decision.retryAfter, { ...decision.headers });
      respondProblem(ctx, 429, decision.headers, PROBLEM);
      return;
    }
    if (text === null) {
      // Counted against the client limits (as a failure: never refunded); the
      // handler, which cannot be told which account to check, does not run.
      const settled = limiter.settle(decision, 'failure');
      const headers = isPromise(settled) ? await settled : settled;
      if (resolved.respond === 'throw') throw new AuthLimitAccountError(headers);
      respondProblem(ctx, 400, headers, BAD_ACCOUNT);
      return;
    }

    const control = new AttemptControl(decision.attempt);
    ctx.state.authLimit = control;

    let thrown: { error: unknown } | undefined;
    try {
      await next();
    } catch (error) {
      thrown = { error };
    }
    control.settled = true;
    // ctx.res.statusCode is what Koa's ctx.status getter returns, minus two delegate hops.
    let outcome = control.outcome ?? outcomeOf(thrown ? errorStatus(thrown.error) : ctx.res.statusCode, resolved.failureStatuses);
    // A client that hung up mid-handler keeps its attempt counted: only an
    // answer the client could have received (or an explicit succeed()) refunds.
    if (outcome === 'not-checked' && clientGone(ctx)) outcome = 'error';
    const settled = limiter.settle(decision, outcome);
    const headers = isPromise(settled) ? await settled : settled;
    if (thrown) {
      attachHeaders(thrown.error, headers);
      throw thrown.error;
    }
    setHeaders(ctx, headers);
    // Only a login route has a signer, and only a success (explicit, or a
    // 2xx/3xx the handler chose) mints: a 4xx "not checked" never does.
    const judged = decision.attempt;
    if (outcome === 'success' && signer !== undefined && judged.accountId !== undefined) {
      setDeviceCookie(ctx, resolved, signer, judged.accountId, judged.device?.deviceId ?? DeviceCookieSigner.newDeviceId());
    }
  };
  return Object.assign(middleware, {
    revokeDeviceCookies: (accountName: string) => limiter.revokeDeviceCookies(accountName),
  });
}
