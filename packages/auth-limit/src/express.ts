/**
 * Express adapter (Express 4.21+ and 5): req/res → gate input, gate answer →
 * res. Behaviour lives in `core/`.
 *
 * Express has no place after the handler to await (the handler answers by
 * `res.end()`), so the attempt is settled as the response starts: the final
 * status is read in `res.writeHead` (every Express answer, the default error
 * handler's included, goes through it), the limit headers are set there,
 * synchronously, and the store's refund finishes in the background: the
 * response is never held back for the store.
 */
import type { ServerResponse } from 'node:http';
import { createTransportResolver, type RequestTransport } from '@parapet/https/core';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { accountOf, AuthLimitGate, clientIpOf, stringOrUndefined, type AttemptControl, type AuthLimitState, type ChallengeCall, type GateInput, type GateResponse, type Opening } from './core/gate.js';
import type { AccountValue, AuthLimitCoreOptions, ChallengeEvent } from './options.js';
import { isPromise, type MaybePromise } from './store.js';

export type { AuthLimitState } from './core/gate.js';
export type {
  AccountValue,
  AuthLimitCoreOptions,
  AuthLimitLimits,
  AuthLimitPurpose,
  ChallengeEvent,
  LimitRule,
  StoreErrorMode,
} from './options.js';
export { MemoryStore, type MemoryStoreOptions } from './memory-store.js';
export { RedisStore, type RedisClientLike, type RedisStoreOptions } from './redis-store.js';
export { AuthLimitAccountError, AuthLimitExceededError, DeviceRevocationError, StoreTimeoutError } from './errors.js';
export type { AuthLimitEvents, BlockedEvent, LayerName, LimitedEvent, StoreErrorEvent, SuspiciousEvent } from './events.js';
export type { DeviceCookieOptions } from './device-cookie.js';
export type { SecurityEvent, SecurityEventHandler } from '@parapet/security-events';
export { devSecret, normalizeAccount } from './keys.js';

/** Options of {@link authLimit} (Express). */
export interface AuthLimitOptions extends AuthLimitCoreOptions {
  /**
   * Returns the account the attempt is for (username, e-mail, client_id),
   * read from `req` before the handler: mount `express.json()` (or
   * `express.urlencoded()`) before `authLimit`. undefined or null: the
   * request names no account and only the client limits apply. May return
   * a promise; finite numbers count as their decimal string. A throw, or
   * an array, object, boolean or string over 1024 characters is answered
   * with 400 `ERR_AUTH_LIMIT_ACCOUNT` (counted against the client limits)
   * and the handler does not run.
   * @example (req) => (req.body as { email?: string } | undefined)?.email
   */
  account: (req: Request) => AccountValue | PromiseLike<AccountValue>;
  /**
   * The client's IP. By default the address resolved by `trustProxy()` of
   * `@parapet/https/express` (`res.locals.transport`), else the TCP peer;
   * never `req.ip`, which `app.set('trust proxy')` lets any client forge.
   * @default (req) => transport's clientIp, else the socket's peer address
   */
  clientIp?: (req: Request) => string | undefined;
  /**
   * Soft lockout: called when only the account-wide limit refuses a client
   * without a device cookie. Return `true` when the request carries a
   * passed step-up (verified CAPTCHA, e-mail code): the attempt goes on,
   * limited by its per-client layers. Or answer the step-up yourself
   * (`res.status(401).json(…)`) and return `false`; the limit headers are
   * already on `res`. A throw, or `false` without an answer, gives the
   * usual 429.
   * @default undefined (a flat 429)
   */
  challenge?: (req: Request, res: Response, event: ChallengeEvent) => boolean | PromiseLike<boolean>;
}

/** The Express middleware, plus the per-account device-cookie revocation. */
export interface AuthLimitMiddleware extends RequestHandler {
  /**
   * Invalidates every device cookie issued so far for `account` (as typed),
   * on every instance sharing the store: call it after a password change.
   * Rejects with `DeviceRevocationError` if the store fails.
   */
  revokeDeviceCookies(account: string): Promise<void>;
}

declare module 'express-serve-static-core' {
  interface Locals {
    /** Set by `authLimit` of `@parapet/auth-limit/express` for the handler. */
    authLimit?: AuthLimitState;
  }
}

const socketOnly = createTransportResolver();

function isTransport(value: unknown): value is RequestTransport {
  return value !== null && typeof value === 'object' && typeof (value as { clientIp?: unknown }).clientIp === 'string';
}

/** The transport `trustProxy()` published (`res.locals.transport`, `req.transport`), else the socket alone. */
function transportOf(req: Request): RequestTransport {
  const published = (req.res?.locals as { transport?: unknown } | undefined)?.transport ?? (req as { transport?: unknown }).transport;
  return isTransport(published) ? published : socketOnly(req);
}

function defaultClientIp(req: Request): string {
  return transportOf(req).clientIp;
}

function setHeaders(res: ServerResponse, headers: Readonly<Record<string, string>>): void {
  if (res.headersSent) return;
  for (const name in headers) res.setHeader(name, headers[name]!);
}

function send(res: Response, response: GateResponse): void {
  res.statusCode = response.status;
  setHeaders(res, response.headers);
  res.setHeader('Content-Type', response.contentType);
  res.setHeader('Content-Length', Buffer.byteLength(response.body));
  res.end(response.body);
}

function challengeCall(hook: NonNullable<AuthLimitOptions['challenge']>, req: Request, res: Response): ChallengeCall {
  return {
    run: async (event, headers) => {
      // The hook may answer at once (res.json): the refusal's headers must already be there.
      setHeaders(res, headers);
      const passed = (await hook(req, res, event)) === true;
      if (passed && !res.headersSent) for (const name in headers) res.removeHeader(name);
      return passed;
    },
    answered: () => res.headersSent || res.writableEnded,
  };
}

/** Settles the attempt from the status the response starts with, or as an error if the client left first. */
function settleOnResponse(gate: AuthLimitGate, control: AttemptControl, res: Response): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const settle = (status: number | undefined, clientGone: boolean): void => {
    const closing = gate.close(control, { status, clientGone });
    if (closing === undefined) return;
    if (isPromise(closing.pending)) closing.pending.then(undefined, () => undefined);
    setHeaders(res, closing.headers);
    if (closing.setCookie !== undefined && !res.headersSent) res.append('Set-Cookie', closing.setCookie);
  };
  res.writeHead = function writeHeadSettled(...args: unknown[]) {
    settle(typeof args[0] === 'number' ? args[0] : res.statusCode, false);
    return writeHead(...args);
  } as typeof res.writeHead;
  res.once('close', () => settle(undefined, true));
}

/**
 * Brute-force and credential-stuffing protection for Express login,
 * password-reset and token routes; the same limits, options and answers as
 * the Koa `authLimit`. The outcome comes from the final status, or from
 * `res.locals.authLimit.fail()` / `.succeed()` called before the response.
 *
 * @example
 * app.post('/login', express.json(), authLimit({
 *   secret: Buffer.from(process.env.AUTH_LIMIT_KEY!, 'hex'),
 *   purpose: 'login',
 *   account: (req) => (req.body as { email?: string } | undefined)?.email,
 * }), login);
 */
export function authLimit(options: AuthLimitOptions): AuthLimitMiddleware {
  const gate = new AuthLimitGate(options);
  const { account, challenge, clientIp = defaultClientIp } = gate.options;

  const challengeOf = (req: Request, res: Response): ChallengeCall | undefined => (challenge === undefined ? undefined : challengeCall(challenge, req, res));
  const inputOf = (req: Request, res: Response, given: string | undefined | null): GateInput => ({
    account: given,
    clientIp: clientIpOf(clientIp, req),
    header: (name) => req.get(name),
    requestId: stringOrUndefined((res.locals as { requestId?: unknown }).requestId),
  });

  function proceed(opening: Opening, req: Request, res: Response, next: NextFunction): void {
    switch (opening.kind) {
      case 'respond':
        return send(res, opening.response);
      case 'throw':
        // On res as well as on the error: a custom error handler may not copy err.headers.
        setHeaders(res, opening.error.headers);
        return next(opening.error);
      case 'answered':
        return;
    }
    res.locals.authLimit = opening.control;
    settleOnResponse(gate, opening.control, res);
    next();
  }

  async function openAsync(req: Request, res: Response, given: Promise<string | undefined | null>): Promise<Opening> {
    return gate.open(inputOf(req, res, await given), challengeOf(req, res));
  }

  // Synchronous whenever the account hook and the store are (the memory store, a plain
  // account function): no promise, no microtask, on the route's hot path.
  const middleware: RequestHandler = function authLimitMiddleware(req, res, next) {
    let opened: MaybePromise<Opening>;
    try {
      const given = accountOf(account, req);
      opened = isPromise(given) ? openAsync(req, res, given) : gate.open(inputOf(req, res, given), challengeOf(req, res));
    } catch (err) {
      return next(err);
    }
    if (isPromise(opened)) {
      opened.then((opening) => proceed(opening, req, res, next)).catch(next);
      return;
    }
    proceed(opened, req, res, next);
  };
  return Object.assign(middleware, {
    revokeDeviceCookies: (accountName: string) => gate.revokeDeviceCookies(accountName),
  });
}
