import { getTransport } from '@parapet/https';
import type Koa from 'koa';
import type { Logger } from 'pino';
import { installLogGetter, RequestLineLogger, type RequestLine, type RequestLoggerCoreOptions } from './request-line.js';

export { defaultRequestLevel, type RequestLevel, type RequestLoggerCoreOptions } from './request-line.js';

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

/** Options of the Koa {@link requestLogger}: `clientIp` and `ignore` predicates receive the context. */
export type RequestLoggerOptions = RequestLoggerCoreOptions<Koa.Context>;

const REQUEST_LINE = Symbol('parapet.requestLine');

type WithLine = Record<symbol, RequestLine | undefined>;

/**
 * Koa middleware: one scrubbed line per request (id, method, path, query, selected headers,
 * status, duration, response size, pseudonymised client IP, caller/user ids), plus errors
 * thrown downstream (scrubbed, then rethrown). Never logs bodies; never mutates the request.
 * @example
 * app.use(trustProxy({ trustedProxies: ['10.0.0.0/8'] }));
 * app.use(requestLogger({ logger, scrubber }));
 */
export function requestLogger(options: RequestLoggerOptions = {}): Koa.Middleware {
  const lines = new RequestLineLogger<Koa.Context>(options, (ctx) => getTransport(ctx).clientIp);
  const { idHeader } = lines;
  return async function requestLoggerMiddleware(ctx, next) {
    // The request as it arrived (downstream routers may rewrite ctx.path while they run).
    const line = lines.begin(ctx, { method: ctx.method, path: ctx.path, query: ctx.querystring, headers: ctx.req.headers });
    ctx.state.requestId = line.requestId;
    ctx.res.setHeader(idHeader, line.requestId);
    installLogGetter(ctx.app.context, (self) => (self as WithLine)[REQUEST_LINE]);
    (ctx as unknown as WithLine)[REQUEST_LINE] = line;
    // 'close' follows 'finish' on every response (and fires alone when the client went away): the
    // final status is known then (after Koa's error handling), and the size Koa measured.
    if (line.logged) ctx.res.once('close', () => line.finish(ctx.res, ctx.status, ctx.state));
    try {
      await next();
    } catch (err) {
      line.fail(err);
      // Koa's onerror wipes headers set before the throw; headers on the error survive it.
      attachHeader(err, idHeader, line.requestId);
      throw err;
    }
  };
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
