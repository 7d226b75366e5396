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
import { bodyParser } from '@koa/bodyparser';
import Router from '@koa/router';
import { authLimit, type AuthLimitOptions } from '@parapet/auth-limit';
import type Koa from 'koa';
import type { UserDirectory } from '../passwords.js';
import type { UserTokens } from '../user-tokens.js';

/** What the login routes need. */
export interface LoginRouteOptions {
  readonly users: UserDirectory;
  readonly tokens: UserTokens;
  /** authLimit options without `account` (the route supplies it). */
  readonly limits: Omit<AuthLimitOptions, 'account'>;
  readonly security: (event: string, details?: Record<string, unknown>, level?: 'info' | 'warn' | 'error') => void;
}

const MAX_USERNAME = 254; // RFC 5321 path limit
const MAX_PASSWORD = 1024; // bounds the scrypt input an attacker controls

function problem(ctx: Koa.Context, status: number, title: string, detail: string): void {
  ctx.status = status;
  ctx.type = 'application/problem+json';
  ctx.body = JSON.stringify({ type: 'about:blank', title, status, detail });
}

function credentials(body: unknown): { username: string; password: string } | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { username, password } = body as Record<string, unknown>;
  if (typeof username !== 'string' || typeof password !== 'string') return undefined;
  if (username.length === 0 || username.length > MAX_USERNAME || password.length === 0 || password.length > MAX_PASSWORD) return undefined;
  return { username, password };
}

/** Router with POST /login (JSON `{ username, password }`) and GET /me (Bearer user token). */
export function loginRouter(options: LoginRouteOptions): Router {
  const router = new Router();
  const parseJson = bodyParser({ enableTypes: ['json'], jsonLimit: '4kb', encoding: 'utf-8' });
  const limit = authLimit({
    ...options.limits,
    // Only a well-formed username names an account; anything else is limited per client only.
    account: (ctx) => credentials(ctx.request.body)?.username,
  });

  router.post('/login', async (ctx, next) => {
    // Refuse other media types before parsing: a form post or text body is a client bug, not an attempt.
    if (!ctx.is('application/json')) return problem(ctx, 415, 'Unsupported Media Type', 'Send the credentials as application/json.');
    await next();
  }, parseJson, limit, async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    const given = credentials(ctx.request.body);
    if (given === undefined) return problem(ctx, 400, 'Bad Request', 'Expected JSON { "username": string, "password": string }.');
    const user = await options.users.verify(given.username, given.password);
    const attempt = { accountId: ctx.state.authLimit?.accountId, reqId: ctx.state.requestId };
    if (user === undefined) {
      options.security('auth.login_failed', attempt);
      return problem(ctx, 401, 'Unauthorized', 'Wrong username or password.');
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
  return router;
}
