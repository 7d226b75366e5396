/**
 * POST /signup and POST /password: the routes that set a password, both
 * checked by @parapet/password-policy (422 problem+json with every problem
 * and what to do about it). The package has a Koa middleware only, so this
 * file applies its framework-neutral checker and responses (`/core`).
 *
 * The policy is NIST SP 800-63B rev. 4 for a password that is the only
 * factor: at least 15 characters, the built-in blocklist, the user's own
 * name and the service's name refused.
 */
import { bodyField, changePassword, CREDENTIAL_PROBLEMS, signupUsername, type PasswordRouteOptions } from '@parapet/example-shared';
import { missingPasswordResponse, refusedPasswordResponse, type PasswordChecker, type PolicyResponse } from '@parapet/password-policy/core';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { methodNotAllowed, sendProblem } from '../http.js';
import { jsonBody } from '../json-body.js';
import { requireUser } from '../user-token.js';

export type { PasswordRouteOptions };

/** The package's answer as it is (bytes: `res.send` would add a charset to its media type). */
function send(res: Response, response: PolicyResponse): void {
  res.status(response.status).set(response.headers).send(Buffer.from(JSON.stringify(response.body)));
}

/** The password policy on body field `field`, with the user's details from `context`. */
function passwordPolicy(checker: PasswordChecker, field: string, context: (req: Request, res: Response) => string | undefined): RequestHandler {
  return async (req, res, next) => {
    const password = bodyField(req.body, field);
    if (typeof password !== 'string') return send(res, missingPasswordResponse(field));
    const result = await checker.check(password, { context: { username: context(req, res) } });
    if (!result.ok) return send(res, refusedPasswordResponse(result));
    next();
  };
}

/** Router with POST /signup (`{ username, password }`) and POST /password (Bearer user token; `{ currentPassword, newPassword }`). */
export function passwordRouter(options: PasswordRouteOptions): Router {
  const router = Router();
  const { users, checker, security } = options;

  const requireUsername: RequestHandler = (req, res, next) => {
    res.set('Cache-Control', 'no-store');
    if (signupUsername(req.body) === undefined) return sendProblem(res, 400, 'Bad Request', CREDENTIAL_PROBLEMS.signup);
    next();
  };

  router
    .route('/signup')
    .post(...jsonBody('4kb'), requireUsername, passwordPolicy(checker, 'password', (req) => signupUsername(req.body)), async (req, res) => {
      const user = await users.add(signupUsername(req.body)!, bodyField(req.body, 'password') as string);
      if (user === undefined) return sendProblem(res, 409, 'Conflict', 'That username is taken.');
      security('auth.signup', { userId: user.id, reqId: res.locals.requestId }, 'info');
      res.status(201).json({ user: { id: user.id } });
    })
    .all(methodNotAllowed(['POST']));

  router
    .route('/password')
    .post(
      requireUser(options.tokens),
      ...jsonBody('4kb'),
      (req, res, next) => {
        res.set('Cache-Control', 'no-store');
        if (typeof bodyField(req.body, 'currentPassword') !== 'string') return sendProblem(res, 400, 'Bad Request', CREDENTIAL_PROBLEMS.passwordChange);
        next();
      },
      passwordPolicy(checker, 'newPassword', (_req, res) => users.byId(res.locals.user!.id)?.username),
      async (req, res) => {
        const changed = await changePassword(options, res.locals.user!.id, bodyField(req.body, 'currentPassword') as string, bodyField(req.body, 'newPassword') as string, res.locals.requestId);
        if (!changed) return sendProblem(res, 403, 'Forbidden', 'The current password is wrong.');
        res.status(204).end();
      },
    )
    .all(methodNotAllowed(['POST']));
  return router;
}
