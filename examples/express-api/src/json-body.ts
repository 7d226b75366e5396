/**
 * The JSON body parser of the example's routes (`express.json()`), with the
 * checks a parser alone gets wrong: another media type is a client bug,
 * refused with 415 before anything is read (a form post must not reach the
 * login limiter as an attempt), and so is a compressed body (see
 * `isIdentityEncoded`).
 */
import { isIdentityEncoded, UNSUPPORTED_MEDIA } from '@parapet/example-shared';
import express, { type RequestHandler } from 'express';
import { sendProblem } from './http.js';

/**
 * Middlewares that parse an uncompressed `application/json` body of at most
 * `limit` (e.g. `'4kb'`) into `req.body`; 415 otherwise, 413 when too large,
 * 400 when malformed.
 */
export function jsonBody(limit: string): RequestHandler[] {
  const requireJson: RequestHandler = (req, res, next) => {
    if (!req.is('application/json')) return sendProblem(res, 415, 'Unsupported Media Type', UNSUPPORTED_MEDIA.notJson);
    if (!isIdentityEncoded(req.get('Content-Encoding'))) return sendProblem(res, 415, 'Unsupported Media Type', UNSUPPORTED_MEDIA.compressed);
    next();
  };
  return [requireJson, express.json({ limit, inflate: false, strict: true, type: 'application/json' })];
}
