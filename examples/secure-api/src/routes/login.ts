/**
 * POST /login and GET /me.
 *
 * Order on /login matters: the JSON body parser first (authLimit reads the
 * account from the body), then authLimit (counts the attempt before the
 * password is checked and refunds it on success), then the handler. Every
 * failure path — unknown user, wrong password — runs the same scrypt work
 * and answers the same 401 body, and authLimit counts unknown accounts like
 * real ones, so neither the answer, its timing nor the 429 tells an
 * attacker whether an account exists.
 */
import Router from '@koa/router';
import { authLimit, type AuthLimitMiddleware, type AuthLimitOptions } from '@parapet/auth-limit';
import { attemptLogin, CREDENTIAL_PROBLEMS, loginCredentials as credentials, type CredentialRouteDeps } from '@parapet/example-shared';
import { sendProblem } from '../problem.js';
import { requireUser } from '../user-token.js';
import { jsonBody } from './json-body.js';

/** What the login routes need: authLimit options without `account` and `purpose`, and the user directory. */
export type LoginRouteOptions = CredentialRouteDeps<Omit<AuthLimitOptions, 'account' | 'purpose'>>;

/** The login routes, and the revocation of their device cookies (for password changes). */
export type LoginRoutes = Router & Pick<AuthLimitMiddleware, 'revokeDeviceCookies'>;

/** Router with POST /login (JSON `{ username, password }`) and GET /me (Bearer user token). */
export function loginRouter(options: LoginRouteOptions): LoginRoutes {
  const router = new Router();
  // purpose 'login': a success sets the signed device cookie
  // (__Host-parapet-device; HttpOnly; Secure; SameSite=Strict), with which
  // this browser keeps its own 5-per-hour budget for the account however many
  // networks attack it (OWASP device cookies, ASVS 5.0 V6.1.1).
  const limit = authLimit({
    ...options.limits,
    purpose: 'login',
    // Only a well-formed username names an account; anything else is limited per client only.
    account: (ctx) => credentials(ctx.request.body)?.username,
  });

  // 415 for a form post or compressed body comes before authLimit: a client bug is not an attempt.
  router.post('/login', jsonBody('4kb'), limit, async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    const given = credentials(ctx.request.body);
    if (given === undefined) return sendProblem(ctx, 400, 'Bad Request', CREDENTIAL_PROBLEMS.login);
    const success = await attemptLogin(options, given, { accountId: ctx.state.authLimit?.accountId, reqId: ctx.state.requestId });
    if (success === undefined) return sendProblem(ctx, 401, 'Unauthorized', 'Wrong username or password.');
    ctx.state.user = { id: success.userId };
    // no-store (above) keeps the token out of caches.
    ctx.body = success.body;
  });

  router.get('/me', requireUser(options.tokens), (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { user: { id: ctx.state.user!.id } };
  });
  return Object.assign(router, { revokeDeviceCookies: (account: string) => limit.revokeDeviceCookies(account) });
}
