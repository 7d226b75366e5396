/**
 * How the Express example answers what it answers itself, in the same
 * shapes as the Koa example: RFC 9457 problem bodies, Koa's 404 and 405, and
 * Koa's rendering of an error (its status, its headers, its message when the
 * error is exposable) — Express's default handler would send an HTML page.
 */
import { STATUS_CODES } from 'node:http';
import { PROBLEM_TYPE, problemBody, type AppLogging } from '@parapet/example-shared';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';

/**
 * Answer `status` with an `application/problem+json` body. Sent as bytes:
 * `res.send` would append `; charset=utf-8` to the media type of a string,
 * which Koa does not (JSON is UTF-8 by definition, RFC 8259 §8.1).
 */
export function sendProblem(res: Response, status: number, title: string, detail: string): void {
  res.status(status).type(PROBLEM_TYPE).send(Buffer.from(problemBody(status, title, detail)));
}

function sendText(res: Response, status: number, body: string): void {
  res.status(status).type('text/plain').send(body);
}

/**
 * The rest of a route whose methods are `methods` (`router.route(path).get(…).all(methodNotAllowed(['GET']))`):
 * OPTIONS is answered 200 with `Allow`, every other method 405 with `Allow`, as @koa/router's `allowedMethods()` does.
 */
export function methodNotAllowed(methods: readonly string[]): RequestHandler {
  // GET routes answer HEAD too.
  const allow = (methods.includes('GET') ? ['HEAD', ...methods] : methods).join(', ');
  return (req, res) => {
    res.set('Allow', allow);
    if (req.method === 'OPTIONS') sendText(res, 200, '');
    else sendText(res, 405, STATUS_CODES[405]!);
  };
}

/** Nothing answered: 404 `Not Found` as text, as Koa answers. */
export const notFound: RequestHandler = (_req, res) => sendText(res, 404, STATUS_CODES[404]!);

interface HttpErrorLike {
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  headers?: unknown;
  message?: unknown;
}

/**
 * The last error handler: Koa's rendering (status from `status`/`statusCode`,
 * else 500; `err.headers` set; the message only when `expose`), and a
 * scrubbed log line for 5xx instead of Express's unscrubbed stderr print.
 */
export function errorHandler(logging: AppLogging): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    const e = (typeof err === 'object' && err !== null ? err : {}) as HttpErrorLike;
    const given = typeof e.status === 'number' ? e.status : e.statusCode;
    const status = typeof given === 'number' && Number.isInteger(given) && given >= 400 && given <= 599 ? given : 500;
    // 4xx are the client's doing and already in the request line; log what needs a look.
    if (status >= 500) logging.log.error({ err, reqId: res.locals.requestId }, 'unhandled error');
    if (typeof e.headers === 'object' && e.headers !== null) {
      for (const [name, value] of Object.entries(e.headers as Record<string, unknown>)) if (typeof value === 'string') res.set(name, value);
    }
    const exposed = e.expose === true && typeof e.message === 'string';
    sendText(res, status, exposed ? (e.message as string) : STATUS_CODES[status] ?? 'Error');
  };
}
