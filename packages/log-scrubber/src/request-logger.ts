import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { getTransport } from '@parapet/https';
import type Koa from 'koa';
import { pino, type LevelWithSilent, type Logger } from 'pino';
import { rejectUnknownOptions, type ScrubberOptions } from './options.js';
import { errorRecord, scrubbingChild } from './request-log.js';
import { toScrubber, type Scrubber } from './scrubber.js';

declare module 'koa' {
  interface DefaultState {
    /** Id of this request (valid incoming `X-Request-Id` or a random UUID), set by `requestLogger()`. */
    requestId?: string;
  }
  interface ExtendableContext {
    /**
     * A child of the request logger carrying this request's `reqId`, scrubbed like the request
     * line itself. Set by `requestLogger()` (undefined in apps that do not use it).
     */
    log: Logger;
  }
}

/** Decides the level of a request line from the final status and the error thrown downstream, if any. */
export type RequestLevel = (status: number, err: unknown) => LevelWithSilent;

/** The default {@link RequestLevel}: 5xx (and errors thrown without a status) → error, 4xx → warn, else info. */
export const defaultRequestLevel: RequestLevel = (status) => (status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info');

/** Options of {@link requestLogger}. Unknown keys throw a `TypeError`. */
export interface RequestLoggerOptions {
  /**
   * The pino logger to write to. Records are scrubbed before they reach it, so a plain
   * logger is safe; your other logging should go through `scrubbedLogger()`.
   * @default pino() writing to stdout
   */
  logger?: Logger;
  /** A scrubber, or options to make one. @default createScrubber({}) (needs keys when NODE_ENV=production) */
  scrubber?: Scrubber | ScrubberOptions;
  /** Request headers copied into the record (lower-case names), scrubbed like everything else. @default ['user-agent', 'referer', 'content-type', 'content-length', 'accept', 'origin'] */
  headers?: readonly string[];
  /** Header carrying the request id in and out. @default 'x-request-id' */
  requestIdHeader?: string;
  /** Accept a well-formed incoming request id (1–128 of `A-Z a-z 0-9 . _ : -`) instead of always making one. @default true */
  trustRequestId?: boolean;
  /** Client address to pseudonymise. @default (ctx) => getTransport(ctx).clientIp (@parapet/https trusted-proxy resolution) */
  clientIp?: (ctx: Koa.Context) => string | undefined;
  /**
   * Requests that produce no line (health probes, metrics scrapes): exact paths (`ctx.path`, before
   * routing) or predicates. They still get a request id and `ctx.log`. A predicate that throws logs.
   * @default []
   */
  ignore?: ReadonlyArray<string | ((ctx: Koa.Context) => boolean)>;
  /**
   * Level of a request line. An aborted request is reported with the status Koa had set.
   * @default (status) => status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info' (aborted → warn)
   */
  level?: RequestLevel;
}

const OPTIONS = new Set(['logger', 'scrubber', 'headers', 'requestIdHeader', 'trustRequestId', 'clientIp', 'ignore', 'level']);
const DEFAULT_HEADERS = ['user-agent', 'referer', 'content-type', 'content-length', 'accept', 'origin'];
// Strict: a request id flows into logs and response headers, so no spaces, quotes, CR/LF or unicode.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

function readString(holder: unknown, key: string): string | undefined {
  if (typeof holder !== 'object' || holder === null) return undefined;
  const value = (holder as Record<string, unknown>)[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function errorStatus(err: unknown): number {
  const status = readString(err, 'status') ?? readString(err, 'statusCode');
  const n = status === undefined ? NaN : Number(status);
  return Number.isInteger(n) && n >= 400 && n <= 599 ? n : 500;
}

/**
 * Koa middleware: one scrubbed line per request (id, method, path, query, selected headers,
 * status, duration, response size, pseudonymised client IP, caller/user ids), plus errors
 * thrown downstream (scrubbed, then rethrown). Never logs bodies; never mutates the request.
 * @example
 * app.use(trustProxy({ trustedProxies: ['10.0.0.0/8'] }));
 * app.use(requestLogger({ logger, scrubber }));
 */
export function requestLogger(options: RequestLoggerOptions = {}): Koa.Middleware {
  rejectUnknownOptions('requestLogger', options, OPTIONS);
  const scrubber = toScrubber(options.scrubber);
  if (options.logger !== undefined && typeof options.logger.info !== 'function') {
    throw new TypeError('requestLogger: "logger" must be a pino logger');
  }
  const logger = options.logger ?? pino();
  const headerNames = options.headers ?? DEFAULT_HEADERS;
  if (!Array.isArray(headerNames) || headerNames.some((h) => typeof h !== 'string' || !HEADER_NAME.test(h))) {
    throw new TypeError('requestLogger: "headers" must be an array of lower-case header names');
  }
  const idHeader = options.requestIdHeader ?? 'x-request-id';
  if (typeof idHeader !== 'string' || !HEADER_NAME.test(idHeader)) {
    throw new TypeError('requestLogger: "requestIdHeader" must be a lower-case header name');
  }
  const trustRequestId = options.trustRequestId ?? true;
  if (typeof trustRequestId !== 'boolean') throw new TypeError('requestLogger: "trustRequestId" must be a boolean');
  const clientIp = options.clientIp ?? ((ctx: Koa.Context) => getTransport(ctx).clientIp);
  if (typeof clientIp !== 'function') throw new TypeError('requestLogger: "clientIp" must be a function');
  const ignored = ignoreRule(options.ignore ?? []);
  const level = options.level;
  if (level !== undefined && typeof level !== 'function') {
    throw new TypeError('requestLogger: "level" must be a function (status, err) => level');
  }

  return async function requestLoggerMiddleware(ctx, next) {
    const started = performance.now();
    const { req, res } = ctx;
    const incoming = req.headers[idHeader];
    const trusted = trustRequestId && typeof incoming === 'string' && REQUEST_ID.test(incoming);
    const requestId = trusted ? incoming : randomUUID();
    ctx.state.requestId = requestId;
    res.setHeader(idHeader, requestId);
    // An incoming id is client data (it may be an email-free but card- or IP-shaped string).
    const loggedId = trusted ? scrubber.scrubText(requestId) : requestId;
    installLogGetter(ctx.app.context);
    (ctx as unknown as Record<symbol, RequestLog>)[REQUEST_LOG] = { logger, reqId: loggedId, scrubber, child: undefined };
    if (ignored(ctx)) {
      try {
        await next();
      } catch (err) {
        attachHeader(err, idHeader, requestId);
        throw err;
      }
      return;
    }
    // The request as it arrived (downstream routers may rewrite ctx.path while they run). Only the
    // fields that can carry data are scrubbed; the rest of the record has a fixed, safe shape.
    const record: RequestRecord = {
      reqId: loggedId,
      req: requestPart(ctx, headerNames, scrubber),
      clientIp: clientIpOf(ctx, clientIp, scrubber),
    };
    let failure: unknown;
    let failed = false;
    // Logged when the response is done: 'close' follows 'finish' on every response (and fires alone
    // when the client went away), so one listener covers both. Final status is known then (after
    // Koa's error handling), and the size Koa measured while writing, without serialising a body again.
    res.once('close', () => {
      const aborted = !res.writableFinished;
      let status = res.headersSent ? res.statusCode : failed ? errorStatus(failure) : ctx.status;
      if (failed && status < 400) status = errorStatus(failure);
      record.res = { status, size: responseSize(res) };
      record.durationMs = Math.round((performance.now() - started) * 1000) / 1000;
      if (aborted) record.aborted = true;
      addCaller(record, ctx.state, scrubber);
      if (failed) record.err = errorRecord(scrubber.scrub(failure), status);
      const msg = aborted ? 'request aborted' : failed ? 'request failed' : 'request completed';
      const err = failed ? failure : undefined;
      const methods = logger as unknown as Record<string, unknown>;
      const chosen = levelOf(level, status, err, aborted);
      // A level the logger does not have: the line still goes out, at the default level.
      const known = chosen === 'silent' || Object.hasOwn(logger.levels.values, chosen);
      const write = methods[known ? chosen : levelOf(undefined, status, err, aborted)];
      (write as (o: object, m: string) => void).call(logger, record, msg);
    });
    try {
      await next();
    } catch (err) {
      failed = true;
      failure = err;
      // Koa's onerror wipes headers set before the throw; headers on the error survive it.
      attachHeader(err, idHeader, requestId);
      throw err;
    }
  };
}

const REQUEST_LOG = Symbol('parapet.requestLog');

interface RequestLog {
  readonly logger: Logger;
  readonly reqId: string;
  readonly scrubber: Scrubber;
  child: Logger | undefined;
}

const withLogGetter = new WeakSet<object>();

/**
 * `ctx.log` as a getter on the app's context prototype, installed once: defining an accessor on
 * every ctx would push each one into V8's slow dictionary mode (measured: the request logger's
 * cost more than doubled). The child is made on first use — most handlers never log.
 */
function installLogGetter(proto: object): void {
  if (withLogGetter.has(proto)) return;
  withLogGetter.add(proto);
  if (Object.hasOwn(proto, 'log')) return; // the app defined its own
  Object.defineProperty(proto, 'log', {
    configurable: true,
    enumerable: false,
    get(this: Record<symbol, RequestLog | undefined>): Logger | undefined {
      const state = this[REQUEST_LOG];
      if (state === undefined) return undefined;
      return (state.child ??= scrubbingChild(state.logger, { reqId: state.reqId }, state.scrubber));
    },
    // Another logging middleware may install its own.
    set(this: object, value: unknown) {
      Object.defineProperty(this, 'log', { configurable: true, enumerable: true, writable: true, value });
    },
  });
}

function levelOf(level: RequestLevel | undefined, status: number, err: unknown, aborted: boolean): string {
  if (level === undefined) return aborted && status < 400 ? 'warn' : defaultRequestLevel(status, err);
  try {
    return level(status, err);
  } catch {
    return defaultRequestLevel(status, err);
  }
}

function ignoreRule(ignore: unknown): (ctx: Koa.Context) => boolean {
  const message = 'requestLogger: "ignore" must be an array of paths (starting with "/") or predicates';
  if (!Array.isArray(ignore)) throw new TypeError(message);
  const paths = new Set<string>();
  const predicates: Array<(ctx: Koa.Context) => boolean> = [];
  for (const entry of ignore as unknown[]) {
    if (typeof entry === 'string' && entry.startsWith('/')) paths.add(entry);
    else if (typeof entry === 'function') predicates.push(entry as (ctx: Koa.Context) => boolean);
    else throw new TypeError(message);
  }
  if (paths.size === 0 && predicates.length === 0) return () => false;
  return (ctx) => {
    if (paths.has(ctx.path)) return true;
    for (const predicate of predicates) {
      try {
        if (predicate(ctx) === true) return true;
      } catch {
        // A broken rule must not silence logging.
      }
    }
    return false;
  };
}

interface RequestRecord {
  reqId: string;
  req: { method: string; path: string; query: string | undefined; headers: unknown };
  clientIp: string | undefined;
  res?: { status: number; size: number | undefined };
  durationMs?: number;
  aborted?: boolean;
  caller?: string;
  userId?: string;
  accountId?: string;
  err?: unknown;
}

function requestPart(ctx: Koa.Context, headerNames: readonly string[], scrubber: Scrubber): RequestRecord['req'] {
  const raw = ctx.req.headers;
  let headers: Record<string, string> | undefined;
  for (const name of headerNames) {
    const value = raw[name];
    if (value === undefined || value === '') continue;
    headers ??= {};
    headers[name] = typeof value === 'string' ? value : value.join(', ');
  }
  const query = ctx.querystring;
  return {
    // Node's parser only accepts known method tokens: nothing to scrub.
    method: ctx.method,
    path: scrubber.scrubText(ctx.path),
    query: query === '' ? undefined : scrubber.scrubText(query),
    // Scrubbed as an object so header names decide too (`authorization` added to `headers` is removed).
    headers: headers === undefined ? {} : scrubber.scrub(headers),
  };
}

function clientIpOf(
  ctx: Koa.Context,
  clientIp: (ctx: Koa.Context) => string | undefined,
  scrubber: Scrubber,
): string | undefined {
  let ip: string | undefined;
  try {
    ip = clientIp(ctx);
  } catch {
    ip = undefined;
  }
  // The requester's address: pseudonymised even when it is loopback (kept verbatim in free text).
  return ip === undefined || ip === '' ? undefined : scrubber.pseudonymiseAddress(ip);
}

function addCaller(record: RequestRecord, state: Record<string, unknown>, scrubber: Scrubber): void {
  // Set by other middleware from request data (a token's issuer, a user id that may be an email).
  const caller = readString(state.caller, 'iss');
  if (caller !== undefined) record.caller = scrubber.scrubText(caller);
  const userId = readString(state.user, 'id');
  if (userId !== undefined) record.userId = scrubber.scrubText(userId);
  // @parapet/auth-limit: the (already HMAC-pseudonymous) account a login attempt named.
  const accountId = readString(state.authLimit, 'accountId');
  if (accountId !== undefined) record.accountId = scrubber.scrubText(accountId);
}

function responseSize(res: Koa.Context['res']): number | undefined {
  // The Content-Length Koa set when it wrote the body; absent for streamed (chunked) bodies.
  const header = res.getHeader('content-length');
  const size = typeof header === 'number' ? header : typeof header === 'string' ? Number(header) : NaN;
  return Number.isSafeInteger(size) && size >= 0 ? size : undefined;
}

function attachHeader(err: unknown, name: string, value: string): void {
  if (typeof err !== 'object' || err === null) return;
  try {
    const holder = err as { headers?: unknown };
    const existing = typeof holder.headers === 'object' && holder.headers !== null ? holder.headers : {};
    holder.headers = { ...existing, [name]: value };
  } catch {
    // A frozen error: the id is still in the log line.
  }
}

/**
 * A logger for security events of other packages (rate-limit trips, rejected tokens):
 * details are scrubbed, the event name is validated.
 * @example
 * const event = securityEvent(logger, scrubber);
 * event('auth.lockout', { email, ip });
 */
export function securityEvent(
  logger: Logger,
  scrubber: Scrubber,
): (event: string, details?: Record<string, unknown>, level?: 'info' | 'warn' | 'error') => void {
  if (typeof logger.warn !== 'function') throw new TypeError('securityEvent: "logger" must be a pino logger');
  if (typeof scrubber.scrub !== 'function') throw new TypeError('securityEvent: "scrubber" must be a scrubber');
  return (event, details = {}, level = 'warn') => {
    if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(event)) {
      throw new TypeError(`securityEvent: invalid event name ${JSON.stringify(String(event).slice(0, 64))}`);
    }
    const scrubbed = scrubber.scrub(details);
    const fields = typeof scrubbed === 'object' && scrubbed !== null ? scrubbed : { details: scrubbed };
    logger[level]({ ...fields, securityEvent: event }, `security event ${event}`);
  };
}
