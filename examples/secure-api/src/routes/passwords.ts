/**
 * POST /signup and POST /password: the routes that set a password, both
 * behind @parapet/password-policy's passwordPolicy (422 problem+json with
 * every problem and what to do about it).
 *
 * The policy is NIST SP 800-63B rev. 4 for a password that is the only
 * factor: at least 15 characters, the built-in blocklist, the user's own
 * name and the service's name refused.
 */
import Router from '@koa/router';
import { bodyField, changePassword, CREDENTIAL_PROBLEMS, signupUsername, type PasswordRouteOptions } from '@parapet/example-shared';
import { passwordPolicy } from '@parapet/password-policy';
import type Koa from 'koa';
import { sendProblem } from '../problem.js';
import { requireUser } from '../user-token.js';
import { jsonBody } from './json-body.js';

export type { PasswordRouteOptions };

const field = (ctx: Koa.Context, name: string): unknown => bodyField(ctx.request.body, name);
const username = (ctx: Koa.Context): string | undefined => signupUsername(ctx.request.body);

/** Router with POST /signup (`{ username, password }`) and POST /password (Bearer user token; `{ currentPassword, newPassword }`). */
export function passwordRouter(options: PasswordRouteOptions): Router {
  const router = new Router();
  const { users, checker, security } = options;

  const requireUsername: Koa.Middleware = async (ctx, next) => {
    ctx.set('Cache-Control', 'no-store');
    if (username(ctx) === undefined) return sendProblem(ctx, 400, 'Bad Request', CREDENTIAL_PROBLEMS.signup);
    await next();
  };

  router.post('/signup', jsonBody('4kb'), requireUsername, passwordPolicy({ checker, context: (ctx) => ({ username: username(ctx) }) }), async (ctx) => {
    const user = await users.add(username(ctx)!, field(ctx, 'password') as string);
    if (user === undefined) return sendProblem(ctx, 409, 'Conflict', 'That username is taken.');
    security('auth.signup', { userId: user.id, reqId: ctx.state.requestId }, 'info');
    ctx.status = 201;
    ctx.body = { user: { id: user.id } };
  });

  router.post(
    '/password',
    requireUser(options.tokens),
    jsonBody('4kb'),
    async (ctx, next) => {
      ctx.set('Cache-Control', 'no-store');
      if (typeof field(ctx, 'currentPassword') !== 'string') return sendProblem(ctx, 400, 'Bad Request', CREDENTIAL_PROBLEMS.passwordChange);
      await next();
    },
    passwordPolicy({ checker, field: 'newPassword', context: (ctx) => ({ username: users.byId(ctx.state.user!.id)?.username }) }),
    async (ctx) => {
      const changed = await changePassword(options, ctx.state.user!.id, field(ctx, 'currentPassword') as string, field(ctx, 'newPassword') as string, ctx.state.requestId);
      if (!changed) return sendProblem(ctx, 403, 'Forbidden', 'The current password is wrong.');
      ctx.status = 204;
    },
  );
  return router;
}
