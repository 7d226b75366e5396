import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { pino, type LevelWithSilent, type Logger } from 'pino';
import { rejectUnknownOptions, type ScrubberOptions } from './options.js';
import { errorRecord, scrubbingChild } from './request-log.js';
import { toScrubber, type Scrubber } from './scrubber.js';

/** Decides the level of a request line from the final status and the error thrown downstream, if any. */
export type RequestLevel = (status: number, err: unknown) => LevelWithSilent;

/** The default {@link RequestLevel}: 5xx (and errors thrown without a status) → error, 4xx → warn, else info. */
export const defaultRequestLevel: RequestLevel = (status) => (status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info');

/**
 * Options of `requestLogger`, for Koa (`R` = the context) and Express (`R` = the request).
 * Unknown keys throw a `TypeError`.
 */
export interface RequestLoggerCoreOptions<R> {
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
  /**
   * Client address to pseudonymise.
   * @default the client address resolved by `trustProxy()` of @parapet/https (Koa: `getTransport(ctx)`;
   * Express: `res.locals.transport` / `req.transport`), else the socket's peer; never Express's `req.ip`
   */
  clientIp?: (request: R) => string | undefined;
  /**
   * Requests that produce no line (health probes, metrics scrapes): exact paths (the path as it
   * arrived, before routing) or predicates. They still get a request id and the child logger.
   * A predicate that throws logs.
   * @default []
   */
  ignore?: ReadonlyArray<string | ((request: R) => boolean)>;
  /**
   * Level of a request line. An aborted request is reported with the status set when the client left.
   * @default (status) => status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info' (aborted → warn)
   */
  level?: RequestLevel;
}

/** What the line needs from a request, as the framework's adapter reads it on arrival. */
export interface RequestFacts {
  readonly method: string;
  /** The path as it arrived (no query), not decoded. */
  readonly path: string;
  /** The raw query string without `?`; empty when none. */
  readonly query: string;
  readonly headers: IncomingHttpHeaders;
}

const OPTIONS = new Set(['logger', 'scrubber', 'headers', 'requestIdHeader', 'trustRequestId', 'clientIp', 'ignore', 'level']);
const DEFAULT_HEADERS = ['user-agent', 'referer', 'content-type', 'content-length', 'accept', 'origin'];
// Strict: a request id flows into logs and response headers, so no spaces, quotes, CR/LF or unicode.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

/** Validated options of `requestLogger` and the start of each request's line; the frameworks only translate. */
export class RequestLineLogger<R> {
  readonly idHeader: string;
  private readonly logger: Logger;
  private readonly scrubber: Scrubber;
  private readonly headerNames: readonly string[];
  private readonly trustRequestId: boolean;
  private readonly clientIp: (request: R) => string | undefined;
  private readonly ignored: (request: R, path: string) => boolean;
  private readonly level: RequestLevel | undefined;

  constructor(options: RequestLoggerCoreOptions<R>, defaultClientIp: (request: R) => string | undefined) {
    rejectUnknownOptions('requestLogger', options, OPTIONS);
    this.scrubber = toScrubber(options.scrubber);
    if (options.logger !== undefined && typeof options.logger.info !== 'function') {
      throw new TypeError('requestLogger: "logger" must be a pino logger');
    }
    this.logger = options.logger ?? pino();
    const headerNames = options.headers ?? DEFAULT_HEADERS;
    if (!Array.isArray(headerNames) || headerNames.some((h) => typeof h !== 'string' || !HEADER_NAME.test(h))) {
      throw new TypeError('requestLogger: "headers" must be an array of lower-case header names');
    }
    this.headerNames = headerNames;
    const idHeader = options.requestIdHeader ?? 'x-request-id';
    if (typeof idHeader !== 'string' || !HEADER_NAME.test(idHeader)) {
      throw new TypeError('requestLogger: "requestIdHeader" must be a lower-case header name');
    }
    this.idHeader = idHeader;
    const trustRequestId = options.trustRequestId ?? true;
    if (typeof trustRequestId !== 'boolean') throw new TypeError('requestLogger: "trustRequestId" must be a boolean');
    this.trustRequestId = trustRequestId;
    const clientIp = options.clientIp ?? defaultClientIp;
    if (typeof clientIp !== 'function') throw new TypeError('requestLogger: "clientIp" must be a function');
    this.clientIp = clientIp;
    this.ignored = ignoreRule<R>(options.ignore ?? []);
    const level = options.level;
    if (level !== undefined && typeof level !== 'function') {
      throw new TypeError('requestLogger: "level" must be a function (status, err) => level');
    }
    this.level = level;
  }

  /** Starts a request's line: its id and, unless ignored, the scrubbed request as it arrived. */
  begin(request: R, facts: RequestFacts): RequestLine {
    const started = performance.now();
    const incoming = facts.headers[this.idHeader];
    const trusted = this.trustRequestId && typeof incoming === 'string' && REQUEST_ID.test(incoming);
    const requestId = trusted ? incoming : randomUUID();
    // An incoming id is client data (it may be an email-free but card- or IP-shaped string).
    const loggedId = trusted ? this.scrubber.scrubText(requestId) : requestId;
    const record: RequestRecord | undefined = this.ignored(request, facts.path)
      ? undefined
      : {
          reqId: loggedId,
          req: requestPart(facts, this.headerNames, this.scrubber),
          clientIp: clientIpOf(request, this.clientIp, this.scrubber),
        };
    return new RequestLine(this.logger, this.scrubber, this.level, requestId, loggedId, record, started);
  }
}

/** One request's line: written once, when the response is done. */
export class RequestLine {
  private failed = false;
  private failure: unknown;
  private done = false;
  private childLogger: Logger | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly scrubber: Scrubber,
    private readonly level: RequestLevel | undefined,
    /** The id echoed in the response header. */
    readonly requestId: string,
    private readonly loggedId: string,
    private readonly record: RequestRecord | undefined,
    private readonly started: number,
  ) {}

  /** Whether a line will be written (false for ignored requests). */
  get logged(): boolean {
    return this.record !== undefined;
  }

  /** A child logger carrying this request's `reqId`, made on first use: most handlers never log. */
  child(): Logger {
    return (this.childLogger ??= scrubbingChild(this.logger, { reqId: this.loggedId }, this.scrubber));
  }

  /** The error the request failed with (the first one reported wins). */
  fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.failure = err;
  }

  /**
   * Writes the line. `pendingStatus` is the status the framework had set when the response had
   * not started; `state` is where other middleware publish caller, user and auth-limit facts.
   */
  finish(res: ServerResponse, pendingStatus: number, state: unknown): void {
    const record = this.record;
    if (record === undefined || this.done) return;
    this.done = true;
    const { failed, failure, logger } = this;
    const aborted = !res.writableFinished;
    let status = res.headersSent ? res.statusCode : failed ? errorStatus(failure) : pendingStatus;
    if (failed && status < 400) status = errorStatus(failure);
    record.res = { status, size: responseSize(res) };
    record.durationMs = Math.round((performance.now() - this.started) * 1000) / 1000;
    if (aborted) record.aborted = true;
    addCaller(record, state, this.scrubber);
    if (failed) record.err = errorRecord(this.scrubber.scrub(failure), status);
    const msg = aborted ? 'request aborted' : failed ? 'request failed' : 'request completed';
    const err = failed ? failure : undefined;
    const methods = logger as unknown as Record<string, unknown>;
    const chosen = levelOf(this.level, status, err, aborted);
    // A level the logger does not have: the line still goes out, at the default level.
    const known = chosen === 'silent' || Object.hasOwn(logger.levels.values, chosen);
    const write = methods[known ? chosen : levelOf(undefined, status, err, aborted)];
    (write as (o: object, m: string) => void).call(logger, record, msg);
  }
}

/**
 * The request's child logger as a getter installed once on a prototype shared by every request
 * (Koa's context, Express's request): defining an accessor on each request object would push it
 * into V8's slow dictionary mode (measured: the request logger's cost more than doubled).
 */
export function installLogGetter(proto: object, lineOf: (self: object) => RequestLine | undefined): void {
  if (withLogGetter.has(proto)) return;
  withLogGetter.add(proto);
  if (Object.hasOwn(proto, 'log')) return; // the app defined its own
  Object.defineProperty(proto, 'log', {
    configurable: true,
    enumerable: false,
    get(this: object): Logger | undefined {
      return lineOf(this)?.child();
    },
    // Another logging middleware may install its own.
    set(this: object, value: unknown) {
      Object.defineProperty(this, 'log', { configurable: true, enumerable: true, writable: true, value });
    },
  });
}

const withLogGetter = new WeakSet<object>();

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

function levelOf(level: RequestLevel | undefined, status: number, err: unknown, aborted: boolean): string {
  if (level === undefined) return aborted && status < 400 ? 'warn' : defaultRequestLevel(status, err);
  try {
    return level(status, err);
  } catch {
    return defaultRequestLevel(status, err);
  }
}

function ignoreRule<R>(ignore: unknown): (request: R, path: string) => boolean {
  const message = 'requestLogger: "ignore" must be an array of paths (starting with "/") or predicates';
  if (!Array.isArray(ignore)) throw new TypeError(message);
  const paths = new Set<string>();
  const predicates: Array<(request: R) => boolean> = [];
  for (const entry of ignore as unknown[]) {
    if (typeof entry === 'string' && entry.startsWith('/')) paths.add(entry);
    else if (typeof entry === 'function') predicates.push(entry as (request: R) => boolean);
    else throw new TypeError(message);
  }
  if (paths.size === 0 && predicates.length === 0) return () => false;
  return (request, path) => {
    if (paths.has(path)) return true;
    for (const predicate of predicates) {
      try {
        if (predicate(request) === true) return true;
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

function requestPart(facts: RequestFacts, headerNames: readonly string[], scrubber: Scrubber): RequestRecord['req'] {
  const raw = facts.headers;
  let headers: Record<string, string> | undefined;
  for (const name of headerNames) {
    const value = raw[name];
    if (value === undefined || value === '') continue;
    headers ??= {};
    headers[name] = typeof value === 'string' ? value : value.join(', ');
  }
  return {
    // Node's parser only accepts known method tokens: nothing to scrub.
    method: facts.method,
    path: scrubber.scrubText(facts.path),
    query: facts.query === '' ? undefined : scrubber.scrubText(facts.query),
    // Scrubbed as an object so header names decide too (`authorization` added to `headers` is removed).
    headers: headers === undefined ? {} : scrubber.scrub(headers),
  };
}

function clientIpOf<R>(request: R, clientIp: (request: R) => string | undefined, scrubber: Scrubber): string | undefined {
  let ip: string | undefined;
  try {
    ip = clientIp(request);
  } catch {
    ip = undefined;
  }
  // The requester's address: pseudonymised even when it is loopback (kept verbatim in free text).
  return ip === undefined || ip === '' ? undefined : scrubber.pseudonymiseAddress(ip);
}

function addCaller(record: RequestRecord, state: unknown, scrubber: Scrubber): void {
  if (typeof state !== 'object' || state === null) return;
  const published = state as Record<string, unknown>;
  // Set by other middleware from request data (a token's issuer, a user id that may be an email).
  const caller = readString(published.caller, 'iss');
  if (caller !== undefined) record.caller = scrubber.scrubText(caller);
  const userId = readString(published.user, 'id');
  if (userId !== undefined) record.userId = scrubber.scrubText(userId);
  // @parapet/auth-limit: the (already HMAC-pseudonymous) account a login attempt named.
  const accountId = readString(published.authLimit, 'accountId');
  if (accountId !== undefined) record.accountId = scrubber.scrubText(accountId);
}

function responseSize(res: ServerResponse): number | undefined {
  // The Content-Length the framework set when it wrote the body; absent for streamed (chunked) bodies.
  const header = res.getHeader('content-length');
  const size = typeof header === 'number' ? header : typeof header === 'string' ? Number(header) : NaN;
  return Number.isSafeInteger(size) && size >= 0 ? size : undefined;
}
