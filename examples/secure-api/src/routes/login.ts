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
import type { UserDirectory } from '../users.js';
import { sendProblem } from '../problem.js';
import type { UserTokens } from '../user-tokens.js';
import { jsonBody } from './json-body.js';

/** What the login routes need. */
export interface LoginRouteOptions {
  readonly users: UserDirectory;
  readonly tokens: UserTokens;
  /** authLimit options without `account` and `purpose` (the route supplies them). */
  readonly limits: Omit<AuthLimitOptions, 'account' | 'purpose'>;
  readonly security: (event: `${string}.${string}`, details?: Record<string, unknown>, level?: 'info' | 'warn' | 'error') => void;
}

const MAX_USERNAME = 254; // RFC 5321 path limit
const MAX_PASSWORD = 1024; // bounds the scrypt input an attacker controls

function credentials(body: unknown): { username: string; password: string } | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { username, password } = body as Record<string, unknown>;
  if (typeof username !== 'string' || typeof password !== 'string') return undefined;
  if (username.length === 0 || username.length > MAX_USERNAME || password.length === 0 || password.length > MAX_PASSWORD) return undefined;
  return { username, password };
}

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
    if (given === undefined) return sendProblem(ctx, 400, 'Bad Request', 'Expected JSON { "username": string, "password": string }.');
    const user = await options.users.verify(given.username, given.password);
    const attempt = { accountId: ctx.state.authLimit?.accountId, reqId: ctx.state.requestId };
    if (user === undefined) {
      options.security('auth.login_failed', attempt);
      return sendProblem(ctx, 401, 'Unauthorized', 'Wrong username or password.');
    }
    ctx.state.user = { id: user.id };
    options.security('auth.login_succeeded', { ...attempt, userId: user.id }, 'info');
    // RFC 6749 §5.1 response shape; no-store keeps the token out of caches.
    ctx.body = { access_token: await options.tokens.issue(user.id), token_type: 'Bearer', expires_in: options.tokens.lifetime };
  });

  router.get('/me', options.tokens.middleware(), (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { user: { id: ctx.state.user!.id } };
  });
  return Object.assign(router, { revokeDeviceCookies: (account: string) => limit.revokeDeviceCookies(account) });
}
