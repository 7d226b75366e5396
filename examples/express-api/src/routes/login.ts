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
import { authLimit, type AuthLimitMiddleware, type AuthLimitOptions } from '@parapet/auth-limit/express';
import { attemptLogin, CREDENTIAL_PROBLEMS, loginCredentials, type CredentialRouteDeps } from '@parapet/example-shared';
import { Router } from 'express';
import { methodNotAllowed, sendProblem } from '../http.js';
import { jsonBody } from '../json-body.js';
import { requireUser } from '../user-token.js';

/** What the login routes need: authLimit options without `account` and `purpose`, and the user directory. */
export type LoginRouteOptions = CredentialRouteDeps<Omit<AuthLimitOptions, 'account' | 'purpose'>>;

/** The login routes, and the revocation of their device cookies (for password changes). */
export type LoginRoutes = Router & Pick<AuthLimitMiddleware, 'revokeDeviceCookies'>;

/** Router with POST /login (JSON `{ username, password }`) and GET /me (Bearer user token). */
export function loginRouter(options: LoginRouteOptions): LoginRoutes {
  const router = Router();
  // purpose 'login': a success sets the signed device cookie
  // (__Host-parapet-device; HttpOnly; Secure; SameSite=Strict), with which
  // this browser keeps its own 5-per-hour budget for the account however many
  // networks attack it (OWASP device cookies, ASVS 5.0 V6.1.1).
  const limit = authLimit({
    ...options.limits,
    purpose: 'login',
    // Only a well-formed username names an account; anything else is limited per client only.
    account: (req) => loginCredentials(req.body)?.username,
  });

  // 415 for a form post or compressed body comes before authLimit: a client bug is not an attempt.
  router
    .route('/login')
    .post(...jsonBody('4kb'), limit, async (req, res) => {
      res.set('Cache-Control', 'no-store');
      const given = loginCredentials(req.body);
      if (given === undefined) return sendProblem(res, 400, 'Bad Request', CREDENTIAL_PROBLEMS.login);
      const success = await attemptLogin(options, given, { accountId: res.locals.authLimit?.accountId, reqId: res.locals.requestId });
      if (success === undefined) return sendProblem(res, 401, 'Unauthorized', 'Wrong username or password.');
      res.locals.user = { id: success.userId };
      res.json(success.body);
    })
    .all(methodNotAllowed(['POST']));

  router
    .route('/me')
    .get(requireUser(options.tokens), (_req, res) => {
      res.set('Cache-Control', 'no-store');
      res.json({ user: { id: res.locals.user!.id } });
    })
    .all(methodNotAllowed(['GET']));
  return Object.assign(router, { revokeDeviceCookies: (account: string) => limit.revokeDeviceCookies(account) });
}
