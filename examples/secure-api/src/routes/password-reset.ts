/**
 * POST /password-reset: `{ "username": string }`, always 202 Accepted with
 * the same body, whether or not the account exists (no user enumeration).
 * This example sends no e-mail; a real service would queue one here.
 *
 * Its own authLimit, with purpose 'password-reset': counted in keys of its
 * own (reset requests never spend the login budget, nor the reverse), and it
 * never mints or honours device cookies — a cookie is signed for its
 * purpose, so nothing this route answers can open the login device bucket.
 * Every request stays counted (`fail()`): each one would send an e-mail, so
 * the per-account and per-network limits also stop mail bombing.
 */
import Router from '@koa/router';
import { authLimit, type AuthLimitOptions } from '@parapet/auth-limit';
import { CREDENTIAL_PROBLEMS, resetUsername as username, type CredentialRouteDeps } from '@parapet/example-shared';
import { sendProblem } from '../problem.js';
import { jsonBody } from './json-body.js';

/** What the password-reset route needs: authLimit options without `account` and `purpose`, and the security log. */
export type PasswordResetRouteOptions = Pick<CredentialRouteDeps<Omit<AuthLimitOptions, 'account' | 'purpose'>>, 'limits' | 'security'>;

/** Router with POST /password-reset. */
export function passwordResetRouter(options: PasswordResetRouteOptions): Router {
  const router = new Router();
  const limit = authLimit({ ...options.limits, purpose: 'password-reset', account: (ctx) => username(ctx.request.body) });
  router.post('/password-reset', jsonBody('1kb'), limit, (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    if (username(ctx.request.body) === undefined) return sendProblem(ctx, 400, 'Bad Request', CREDENTIAL_PROBLEMS.reset);
    ctx.state.authLimit?.fail();
    options.security('auth.password_reset_requested', { accountId: ctx.state.authLimit?.accountId, reqId: ctx.state.requestId }, 'info');
    ctx.status = 202;
    ctx.body = { status: 'accepted', detail: 'If the account exists, instructions are on their way.' };
  });
  return router;
}
