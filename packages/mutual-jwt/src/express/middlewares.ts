/**
 * Express adapters of `mutualAuth`, `allowCallers` and `jwksEndpoint`: the
 * decisions come from `core/`; this file reads the request and writes the
 * response.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifiedClientCertificate } from '@parapet/https/core';
import type { NextFunction, Request, Response } from 'express';
import { BufferLimitError, readRequestBody, requestBodyKnownEmpty } from '../body.js';
import { SERVER_AUTHORIZATION_HEADER } from '../constants.js';
import {
  authContextOf,
  createMutualAuthCore,
  EMPTY,
  errorResponse,
  representationOf,
  responseFailure,
  type AuthContext,
  type AuthRequest,
  type MutualAuthCore,
  setAuthContext,
} from '../core/authenticator.js';
import { compileCallerPolicy } from '../core/caller-policy.js';
import { compileJwksEndpoint, type JwksEndpointOptions } from '../core/jwks.js';
import { MutualJwtError } from '../errors.js';
import type { AuthFailureEventBase, MutualAuthOptionsFor } from '../options.js';
import type { MutualCaller } from '../state.js';
import { replayBody } from './replay-body.js';
import { holdResponse } from './signed-response.js';

declare global {
  // Express's own extension point for typed request/response state.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by `@parapet/mutual-jwt/express` `mutualAuth()` once the caller is authenticated. */
      caller?: MutualCaller;
    }
    interface Locals {
      /** Same object as `req.caller` (@parapet/mutual-jwt/express). */
      caller?: MutualCaller;
    }
  }
}

/** An Express middleware as Parapet returns it. */
export type ExpressMiddleware = (req: Request, res: Response, next: NextFunction) => void;

/** Reported to `onAuthFailure` (Express): the error and the request/response it concerns. */
export interface ExpressAuthFailureEvent extends AuthFailureEventBase {
  readonly req: Request;
  readonly res: Response;
}

/** Options of the Express {@link mutualAuth}: the Koa options, with `onAuthFailure` receiving `{ error, req, res }`. */
export type ExpressMutualAuthOptions = MutualAuthOptionsFor<ExpressAuthFailureEvent>;

const RAW_BODY = Symbol.for('parapet.mutual-jwt.rawBody');
const EMPTY_STATUSES = new Set([204, 205, 304]);
/** Express: the request id is `res.locals.requestId` (set by `requestLogger`). */
const EXPRESS_HOOKS = {
  requestIdOf: (event: object): string | undefined => {
    const id: unknown = (event as { res: Response }).res.locals.requestId;
    return typeof id === 'string' ? id : undefined;
  },
};

interface WithRawBody extends IncomingMessage {
  [RAW_BODY]?: Buffer;
  _body?: boolean;
}

/**
 * The `verify` hook of Express's body parsers (`express.json`, `express.text`,
 * `express.raw`, `express.urlencoded`): keeps the body bytes the parser read,
 * so `mutualAuth()` placed after the parser hashes exactly them.
 *
 * @example
 * ```ts
 * app.use(express.json({ verify: captureRawBody }));
 * app.use(mutualAuth({ ... }));
 * ```
 */
export function captureRawBody(req: IncomingMessage, _res: ServerResponse, body: Buffer): void {
  (req as WithRawBody)[RAW_BODY] = body;
}

/** A parser read the stream before mutualAuth() and did not keep the bytes: `bh` cannot be checked. */
function consumedWithoutCopy(req: WithRawBody): boolean {
  return req[RAW_BODY] === undefined && (req._body === true || req.readableDidRead || req.readableEnded);
}

const BODY_ORDER =
  'mutualAuth: the request body was read by a body parser placed before mutualAuth() without keeping its bytes, so the body hash cannot be checked. ' +
  'Either put mutualAuth() before the body parsers, or give each parser placed before it { verify: captureRawBody } (from @parapet/mutual-jwt/express).';

/**
 * Answered directly, never through `next(err)`: the status, `WWW-Authenticate`
 * and body are exactly the Koa adapter's, whatever error handler the app has.
 */
function render(res: ServerResponse, thrown: unknown, wipe: boolean): Buffer {
  const { status, headers, body } = errorResponse(thrown);
  // A replaced response must not keep headers describing the one it replaces.
  if (wipe) for (const name of res.getHeaderNames()) res.removeHeader(name);
  for (const name of Object.keys(headers)) res.setHeader(name, headers[name]!);
  res.statusCode = status;
  const bytes = Buffer.from(body);
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('content-length', bytes.length);
  return bytes;
}

const pathOf = (req: Request): string => {
  const url = req.originalUrl;
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
};

const describeRequest = (req: Request): string => `${req.method} ${pathOf(req)}`;

/** One request as the core sees it: a single small object per request, its fields read on demand. */
class ExpressAuthRequest implements AuthRequest {
  readonly req: Request;
  readonly #res: Response;
  readonly #limit: number;

  constructor(req: Request, res: Response, limit: number) {
    this.req = req;
    this.#res = res;
    this.#limit = limit;
  }

  get method(): string {
    return this.req.method;
  }

  get target(): string {
    return this.req.originalUrl;
  }

  // Only a certificate OpenSSL verified on this TLS socket; no certificate header is ever read.
  get certificateThumbprint(): string | undefined {
    return verifiedClientCertificate(this.req.socket)?.x5tS256;
  }

  get event(): { req: Request; res: Response } {
    return { req: this.req, res: this.#res };
  }

  bodyKnownEmpty(): boolean {
    return requestBodyKnownEmpty(this.req);
  }

  async readBody(): Promise<{ bytes: Buffer; encoded: boolean }> {
    const req = this.req;
    const kept = (req as WithRawBody)[RAW_BODY];
    // A parser decoded the body already: these are the representation bytes.
    if (kept !== undefined) return { bytes: kept, encoded: false };
    const bytes = await readRequestBody(req, this.#limit);
    replayBody(req, bytes);
    return { bytes, encoded: true };
  }
}

/** Express answers refusals itself, so allowCallers() reports them through the request's context. */
class ExpressAuthContext implements AuthContext {
  readonly realm: string;
  routeAuthorized: boolean;
  readonly #core: MutualAuthCore;
  readonly #req: Request;
  readonly #res: Response;

  constructor(core: MutualAuthCore, routeAuthorized: boolean, req: Request, res: Response) {
    this.realm = core.options.realm;
    this.routeAuthorized = routeAuthorized;
    this.#core = core;
    this.#req = req;
    this.#res = res;
  }

  report(error: MutualJwtError): void {
    this.#core.report(error, { req: this.#req, res: this.#res });
  }
}

/** Hold the response until it is complete: replace it if no route policy decided, sign it when configured. */
function settleWhenDone(core: MutualAuthCore, req: Request, res: Response, caller: MutualCaller, auth: AuthContext): void {
  const resolved = core.options;
  const event = { req, res };
  const bodiless = (): boolean => req.method === 'HEAD' || EMPTY_STATUSES.has(res.statusCode);
  holdResponse(
    res,
    resolved.maxResponseBytes,
    async (sent) => {
      // Headers already flushed (res.flushHeaders()): nothing can be added to them any more, as on Koa.
      if (res.headersSent) return sent instanceof BufferLimitError ? EMPTY : sent;
      let bytes = sent;
      if (!auth.routeAuthorized) {
        const error = core.routeWithoutPolicy(req.method, pathOf(req));
        core.report(error, event);
        bytes = render(res, error, true);
      }
      let representation: Buffer;
      try {
        if (bytes instanceof BufferLimitError) throw bytes;
        representation = bodiless() ? EMPTY : representationOf(res.getHeader('content-encoding'), bytes, resolved.maxResponseBytes);
      } catch (cause) {
        const error = responseFailure(cause);
        if (error instanceof MutualJwtError) core.report(error, event);
        bytes = render(res, error, true);
        representation = bodiless() ? EMPTY : bytes;
      }
      if (!resolved.signResponses) return bytes;
      const status = res.statusCode;
      res.setHeader(SERVER_AUTHORIZATION_HEADER, await core.signature(caller, { status, getHeader: (name) => res.getHeader(name), representation }));
      return bytes;
    },
    // Signing itself failed (a broken key): never send an unsigned success.
    (error) => {
      if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      else res.end(render(res, error, true));
    },
  );
}

/**
 * Express middleware: mutual authentication for one service (same options,
 * defaults and answers as the Koa `mutualAuth`). Verifies the caller's JWT,
 * sets `req.caller` and `res.locals.caller`, and signs every response of an
 * authenticated request with `Server-Authorization` — including 404s of
 * Express's final handler and errors passed to `next(err)` or thrown.
 *
 * Body parsers may go after it (they read the verified bytes again) or
 * before it with `{ verify: captureRawBody }`.
 *
 * @example
 * ```ts
 * app.use(mutualAuth({ audience: 'orders', callers: { billing: { jwksFile: './keys/billing.jwks.json' } }, signingKey }));
 * app.use(express.json());
 * app.get('/orders', allowCallers('billing'), listOrders);
 * ```
 */
export function mutualAuth(options: ExpressMutualAuthOptions): ExpressMiddleware {
  const core = createMutualAuthCore(options, EXPRESS_HOOKS);
  const resolved = core.options;
  const authorizedByDefault = resolved.authorization === 'any-trusted-caller';

  function proceed(req: Request, res: Response, next: NextFunction, caller: MutualCaller): void {
    req.caller = caller;
    res.locals.caller = caller;
    const auth = new ExpressAuthContext(core, authorizedByDefault, req, res);
    setAuthContext(req, auth);
    if (resolved.signResponses || !authorizedByDefault) settleWhenDone(core, req, res, caller, auth);
    next();
  }

  const refuse = (res: Response, error: unknown): void => {
    res.end(render(res, error, false));
  };

  return function mutualAuthMiddleware(req, res, next) {
    if (consumedWithoutCopy(req)) {
      next(new TypeError(BODY_ORDER));
      return;
    }
    let pending: MutualCaller | Promise<MutualCaller>;
    try {
      pending = core.authenticate(new ExpressAuthRequest(req, res, resolved.maxBodyBytes));
    } catch (error) {
      refuse(res, error);
      return;
    }
    if (!(pending instanceof Promise)) return proceed(req, res, next, pending);
    pending.then(
      (caller) => proceed(req, res, next, caller),
      (error: unknown) => refuse(res, error),
    );
  };
}

/**
 * Express route-level authorization, deny by default: only the listed caller
 * ids may go on; others get 403 `insufficient_scope` (signed). Mount it on a
 * route or router after {@link mutualAuth}.
 *
 * @example
 * ```ts
 * app.post('/invoices', allowCallers('billing', 'reports'), createInvoice);
 * ```
 */
export function allowCallers(...issuers: string[]): ExpressMiddleware {
  const check = compileCallerPolicy(issuers, describeRequest);
  return function allowCallersMiddleware(req, res, next) {
    const auth = authContextOf(req);
    const refusal = check(auth, req.caller, req);
    if (refusal === undefined) return next();
    // Misordering is the app's bug: its error handler sees it.
    if (auth === undefined || req.caller === undefined) return next(refusal);
    // A refusal is the route's decision: no ROUTE_WITHOUT_POLICY on top.
    auth.routeAuthorized = true;
    auth.report?.(refusal);
    res.end(render(res, refusal, false));
  };
}

/**
 * Express middleware serving this service's public keys (RFC 7517 JWKS) at
 * `GET /.well-known/jwks.json`. Mount it before `mutualAuth()`.
 *
 * @example
 * ```ts
 * app.use(jwksEndpoint({ keys: [serviceKey] }));
 * ```
 */
export function jwksEndpoint(options: JwksEndpointOptions): ExpressMiddleware {
  const { path, body, cacheControl } = compileJwksEndpoint(options);
  const bytes = Buffer.from(body);
  return function jwksEndpointMiddleware(req, res, next) {
    if (req.path !== path) return next();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      res.statusCode = 405;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Method Not Allowed');
      return;
    }
    res.setHeader('cache-control', cacheControl);
    res.setHeader('content-type', 'application/jwk-set+json');
    res.setHeader('content-length', bytes.length);
    res.end(bytes);
  };
}
