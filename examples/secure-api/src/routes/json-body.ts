/**
 * The JSON body parser of the example's routes, with the checks a parser
 * alone gets wrong: another media type is a client bug, refused with 415
 * before anything is read (a form post must not reach the login limiter as
 * an attempt), and so is a compressed body (see `isIdentityEncoded`).
 */
import { bodyParser } from '@koa/bodyparser';
import { isIdentityEncoded, UNSUPPORTED_MEDIA } from '@parapet/example-shared';
import type Koa from 'koa';
import compose from 'koa-compose';
import { sendProblem } from '../problem.js';

/**
 * Middleware that parses an uncompressed `application/json` body of at most
 * `limit` (e.g. `'4kb'`) into `ctx.request.body`; 415 otherwise, 413 when
 * too large, 400 when malformed.
 */
export function jsonBody(limit: string): Koa.Middleware<Koa.DefaultState, Koa.Context> {
  const requireJson: Koa.Middleware = async (ctx, next) => {
    // The media type alone: ctx.is() also requires Content-Length or Transfer-Encoding, which an
    // HTTP/2 body need not have (its last DATA frame ends it), and answered such a JSON body 415.
    if (ctx.request.type.trim().toLowerCase() !== 'application/json') return sendProblem(ctx, 415, 'Unsupported Media Type', UNSUPPORTED_MEDIA.notJson);
    if (!isIdentityEncoded(ctx.get('Content-Encoding'))) return sendProblem(ctx, 415, 'Unsupported Media Type', UNSUPPORTED_MEDIA.compressed);
    await next();
  };
  const parse = bodyParser({ enableTypes: ['json'], jsonLimit: limit, encoding: 'utf-8' });
  // raw-body pauses a body it refuses (413): the unread rest then sits in the socket, and closing a
  // socket with unread bytes sends a TCP reset that can discard the 413 before the client reads it.
  // Resuming lets Node discard the rest (as Express's body-parser does) so the refusal arrives.
  const drainRefused: Koa.Middleware = async (ctx, next) => {
    try {
      await parse(ctx, next);
    } catch (error) {
      if (!ctx.req.readableEnded) ctx.req.resume();
      throw error;
    }
  };
  return compose([requireJson, drainRefused]);
}
