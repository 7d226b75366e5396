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
import { normalizeAccount } from '@parapet/auth-limit';
import type { PasswordChecker} from '@parapet/password-policy';
import { passwordPolicy } from '@parapet/password-policy';
import type Koa from 'koa';
import { sendProblem } from '../problem.js';
import type { UserDirectory } from '../users.js';
import type { UserTokens } from '../user-tokens.js';
import { jsonBody } from './json-body.js';

/** What the password routes need. */
export interface PasswordRouteOptions {
  readonly users: UserDirectory;
  readonly tokens: UserTokens;
  readonly checker: PasswordChecker;
  /**
   * Invalidates the account's login device cookies: a changed password must
   * not leave a thief's browser with its own guessing budget (ASVS 5.0 V6).
   */
  readonly revokeDeviceCookies: (account: string) => Promise<void>;
  readonly security: (event: `${string}.${string}`, details?: Record<string, unknown>, level?: 'info' | 'warn' | 'error') => void;
}

const MAX_USERNAME = 254; // RFC 5321 path limit

function field(ctx: Koa.Context, name: string): unknown {
  const body = ctx.request.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)[name] : undefined;
}

function username(ctx: Koa.Context): string | undefined {
  const value = field(ctx, 'username');
  if (typeof value !== 'string') return undefined;
  const name = normalizeAccount(value);
  return name.length >= 3 && name.length <= MAX_USERNAME ? name : undefined;
}

/** Router with POST /signup (`{ username, password }`) and POST /password (Bearer user token; `{ currentPassword, newPassword }`). */
export function passwordRouter(options: PasswordRouteOptions): Router {
  const router = new Router();
  const { users, checker, security } = options;

  const requireUsername: Koa.Middleware = async (ctx, next) => {
    ctx.set('Cache-Control', 'no-store');
    if (username(ctx) === undefined) return sendProblem(ctx, 400, 'Bad Request', 'Expected JSON { "username": string of 3 to 254 characters, "password": string }.');
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
    options.tokens.middleware(),
    jsonBody('4kb'),
    async (ctx, next) => {
      ctx.set('Cache-Control', 'no-store');
      if (typeof field(ctx, 'currentPassword') !== 'string') return sendProblem(ctx, 400, 'Bad Request', 'Expected JSON { "currentPassword": string, "newPassword": string }.');
      await next();
    },
    passwordPolicy({ checker, field: 'newPassword', context: (ctx) => ({ username: users.byId(ctx.state.user!.id)?.username }) }),
    async (ctx) => {
      const userId = ctx.state.user!.id;
      const changed = await users.changePassword(userId, field(ctx, 'currentPassword') as string, field(ctx, 'newPassword') as string);
      if (!changed) {
        security('auth.password_change_failed', { userId, reqId: ctx.state.requestId });
        return sendProblem(ctx, 403, 'Forbidden', 'The current password is wrong.');
      }
      security('auth.password_changed', { userId, reqId: ctx.state.requestId }, 'info');
      const account = users.byId(userId)?.username;
      if (account !== undefined) {
        // The password is changed either way; a store outage leaves old device
        // cookies valid until they expire, which the operator must hear about.
        await options.revokeDeviceCookies(account).catch((error: unknown) =>
          security('auth.device_revocation_failed', { userId, reqId: ctx.state.requestId, err: error }, 'error'),
        );
      }
      ctx.status = 204;
    },
  );
  return router;
}
