/** Koa middleware of the examples' user tokens (`UserTokens`): requires a valid Bearer token, sets `ctx.state.user`. */
import { headerValues, type AuthenticatedUser, type UserTokens } from '@parapet/example-shared';
import type Koa from 'koa';

declare module 'koa' {
  interface DefaultState {
    /** Set after a successful login (POST /login) or by requireUser(). */
    user?: AuthenticatedUser;
  }
}

/** Requires `Authorization: Bearer <user token>` (401 with a challenge otherwise) and sets `ctx.state.user`. */
export function requireUser(tokens: UserTokens): Koa.Middleware {
  return async (ctx, next) => {
    ctx.state.user = { id: await tokens.authenticate(headerValues(ctx.req.rawHeaders, 'authorization')) };
    await next();
  };
}
