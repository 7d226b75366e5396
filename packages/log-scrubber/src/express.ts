/**
 * Express adapter (Express 4.21+ and 5) of `requestLogger`: req/res → the request line's input,
 * and the line written when the response is done. Behaviour lives in `request-line.ts`.
 */
import { createTransportResolver, type RequestTransport } from '@parapet/https/core';
import type { Application, ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { installLogGetter, RequestLineLogger, type RequestLine, type RequestLoggerCoreOptions } from './request-line.js';

export { defaultRequestLevel, type RequestLevel, type RequestLoggerCoreOptions } from './request-line.js';

/** Options of the Express {@link requestLogger}: `clientIp` and `ignore` predicates receive the request. */
export type RequestLoggerOptions = RequestLoggerCoreOptions<Request>;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's own extension point
  namespace Express {
    interface Request {
      /**
       * A child of the request logger carrying this request's `reqId`, scrubbed like the request
       * line itself. Set by `requestLogger()` of `@parapet/log-scrubber/express`.
       */
      log: Logger;
    }
    interface Locals {
      /** Same logger as `req.log` (`requestLogger()` of `@parapet/log-scrubber/express`). */
      log?: Logger;
      /** Id of this request (valid incoming `X-Request-Id` or a random UUID), set by `requestLogger()`. */
      requestId?: string;
    }
  }
}

// Keyed by the request object: the logger never writes to `req` itself.
const lineOfRequest = new WeakMap<object, RequestLine>();
const socketOnly = createTransportResolver();

function isTransport(value: unknown): value is RequestTransport {
  return value !== null && typeof value === 'object' && typeof (value as { clientIp?: unknown }).clientIp === 'string';
}

/** The client `trustProxy()` resolved (`res.locals.transport`, `req.transport`), else the socket's peer; never `req.ip`. */
function defaultClientIp(req: Request): string {
  const published = (req.res?.locals as { transport?: unknown } | undefined)?.transport ?? (req as { transport?: unknown }).transport;
  return (isTransport(published) ? published : socketOnly(req)).clientIp;
}

/** Path and query of the target as it arrived (Express rewrites `req.url` inside mounted routers). */
function targetOf(url: string): { path: string; query: string } {
  let target = url;
  if (!target.startsWith('/')) {
    // Absolute form (`GET http://host/path`): the path is what the line is about.
    try {
      const parsed = new URL(target);
      target = parsed.pathname + parsed.search;
    } catch {
      // `*` (OPTIONS) and other non-URL targets stay as they are.
    }
  }
  const q = target.indexOf('?');
  return q < 0 ? { path: target, query: '' } : { path: target.slice(0, q), query: target.slice(q + 1) };
}

/**
 * Records an error on its request's line and hands it on. Appended once to the app's stack: Express
 * offers no place after the handlers for a middleware to see `next(err)`, and an error handler
 * registered last sees every error nothing else answered (the ones Express's default handler gets).
 */
const recordError: ErrorRequestHandler = function parapetRequestLoggerErrors(err, req, _res, next) {
  lineOfRequest.get(req)?.fail(err);
  next(err);
};

const withErrorRecorder = new WeakSet<object>();

function appendErrorRecorder(app: Application | undefined): void {
  if (app === undefined || withErrorRecorder.has(app)) return;
  withErrorRecorder.add(app);
  app.use(recordError);
}

/**
 * Express middleware: one scrubbed line per request (id, method, path, query, selected headers,
 * status, duration, response size, pseudonymised client IP, caller/user ids), written when the
 * response finishes or the client goes away (aborted → warn), with the error that reached
 * Express's default error handler. Never logs bodies; never mutates the request.
 * @example
 * app.use(trustProxy({ trustedProxies: ['10.0.0.0/8'] }));
 * app.use(requestLogger({ logger, scrubber }));
 */
export function requestLogger(options: RequestLoggerOptions = {}): RequestHandler {
  const lines = new RequestLineLogger<Request>(options, defaultClientIp);
  const { idHeader } = lines;
  return function requestLoggerMiddleware(req, res, next) {
    const { path, query } = targetOf(req.originalUrl);
    const line = lines.begin(req, { method: req.method, path, query, headers: req.headers });
    lineOfRequest.set(req, line);
    res.setHeader(idHeader, line.requestId);
    const locals = res.locals;
    locals.requestId = line.requestId;
    Object.defineProperty(locals, 'log', { configurable: true, enumerable: false, get: () => line.child() });
    installLogGetter(Object.getPrototypeOf(req) as object, (self) => lineOfRequest.get(self));
    if (line.logged) {
      appendErrorRecorder(req.app);
      // 'close' follows 'finish' on every response (and fires alone when the client went away).
      res.once('close', () => line.finish(res, res.statusCode, locals));
    }
    next();
  };
}
