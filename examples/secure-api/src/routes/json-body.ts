/**
 * The JSON body parser of the example's routes, with the checks a parser
 * alone gets wrong:
 *
 * - another media type is a client bug, refused with 415 before anything is
 *   read (a form post must not reach the login limiter as an attempt);
 * - a compressed body is refused with 415 (RFC 9110 §15.5.16): credentials
 *   and orders are a few hundred bytes, decompression would only add a
 *   zip-bomb surface, and a corrupt gzip/deflate/br stream makes zlib throw
 *   an error without an HTTP status, which Koa answers with 500.
 */
import { bodyParser } from '@koa/bodyparser';
import type Koa from 'koa';
import compose from 'koa-compose';
import { sendProblem } from '../problem.js';

function isIdentityEncoded(ctx: Koa.Context): boolean {
  const encoding = ctx.get('Content-Encoding').trim().toLowerCase();
  return encoding === '' || encoding === 'identity';
}

/**
 * Middleware that parses an uncompressed `application/json` body of at most
 * `limit` (e.g. `'4kb'`) into `ctx.request.body`; 415 otherwise, 413 when
 * too large, 400 when malformed.
 */
export function jsonBody(limit: string): Koa.Middleware<Koa.DefaultState, Koa.Context> {
  const requireJson: Koa.Middleware = async (ctx, next) => {
    if (!ctx.is('application/json')) return sendProblem(ctx, 415, 'Unsupported Media Type', 'Send the body as application/json.');
    if (!isIdentityEncoded(ctx)) return sendProblem(ctx, 415, 'Unsupported Media Type', 'Send the body uncompressed (no Content-Encoding).');
    await next();
  };
  return compose([requireJson, bodyParser({ enableTypes: ['json'], jsonLimit: limit, encoding: 'utf-8' })]);
}
