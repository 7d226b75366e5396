/**
 * POST /password-reset: `{ "username": string }`, always 202 Accepted with
 * the same body, whether or not the account exists (no user enumeration).
 * This example sends no e-mail; a real service would queue one here.
 *
 * Its own authLimit, with purpose 'password-reset': counted in keys of its
 * own (reset requests never spend the login budget, nor the reverse), and it
 * never mints or honours device cookies. Every request stays counted
 * (`fail()`): each one would send an e-mail, so the per-account and
 * per-network limits also stop mail bombing.
 */
import { authLimit, type AuthLimitOptions } from '@parapet/auth-limit/express';
import { CREDENTIAL_PROBLEMS, resetUsername, type CredentialRouteDeps } from '@parapet/example-shared';
import { Router } from 'express';
import { methodNotAllowed, sendProblem } from '../http.js';
import { jsonBody } from '../json-body.js';

/** What the password-reset route needs: authLimit options without `account` and `purpose`, and the security log. */
export type PasswordResetRouteOptions = Pick<CredentialRouteDeps<Omit<AuthLimitOptions, 'account' | 'purpose'>>, 'limits' | 'security'>;

/** Router with POST /password-reset. */
export function passwordResetRouter(options: PasswordResetRouteOptions): Router {
  const router = Router();
  const limit = authLimit({ ...options.limits, purpose: 'password-reset', account: (req) => resetUsername(req.body) });
  router
    .route('/password-reset')
    .post(...jsonBody('1kb'), limit, (req, res) => {
      res.set('Cache-Control', 'no-store');
      if (resetUsername(req.body) === undefined) return sendProblem(res, 400, 'Bad Request', CREDENTIAL_PROBLEMS.reset);
      res.locals.authLimit?.fail();
      options.security('auth.password_reset_requested', { accountId: res.locals.authLimit?.accountId, reqId: res.locals.requestId }, 'info');
      res.status(202).json({ status: 'accepted', detail: 'If the account exists, instructions are on their way.' });
    })
    .all(methodNotAllowed(['POST']));
  return router;
}
