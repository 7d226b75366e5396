/** Express middleware of the examples' user tokens (`UserTokens`): requires a valid Bearer token, sets `res.locals.user`. */
import { headerValues, type AuthenticatedUser, type UserTokens } from '@parapet/example-shared';
import type { RequestHandler } from 'express';

declare module 'express-serve-static-core' {
  interface Locals {
    /** Set after a successful login (POST /login) or by requireUser(); the request log records its id. */
    user?: AuthenticatedUser;
  }
}

/** Requires `Authorization: Bearer <user token>` (401 with a challenge otherwise) and sets `res.locals.user`. */
export function requireUser(tokens: UserTokens): RequestHandler {
  return async (req, res, next) => {
    res.locals.user = { id: await tokens.authenticate(headerValues(req.rawHeaders, 'authorization')) };
    next();
  };
}
