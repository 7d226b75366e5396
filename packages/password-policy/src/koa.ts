/**
 * Koa adapter: reads the new password from the parsed body, runs the
 * checker, and answers 422 `application/problem+json` with the problems or
 * publishes the result on `ctx.state.passwordCheck` and continues.
 */
import type Koa from 'koa';
import { PasswordChecker, type PasswordCheckResult, type PasswordPolicyOptions } from './core/check.js';
import { missingPasswordResponse, refusedPasswordResponse, type PolicyResponse } from './core/response.js';
import type { PasswordContext } from './core/rules.js';

declare module 'koa' {
  interface DefaultState {
    /** Set by passwordPolicy() when the password passed. */
    passwordCheck?: PasswordCheckResult;
  }
}

/** Options of {@link passwordPolicy}. */
export interface PasswordPolicyMiddlewareOptions extends PasswordPolicyOptions {
  /** Body field holding the new password (the body must be parsed before this middleware). @default "password" */
  readonly field?: string;
  /** The user's details for the `context` rule (e.g. the username from the same body, or the logged-in user). @default none */
  readonly context?: (ctx: Koa.Context) => PasswordContext | undefined | Promise<PasswordContext | undefined>;
  /** A checker built elsewhere (its options win; do not pass policy options too). @default built from these options */
  readonly checker?: PasswordChecker;
}

function send(ctx: Koa.Context, response: PolicyResponse): void {
  ctx.status = response.status;
  ctx.set(response.headers);
  ctx.body = JSON.stringify(response.body);
  ctx.type = response.headers['Content-Type']!;
}

/**
 * Koa middleware for sign-up and change-password routes.
 *
 * @example
 * router.post('/signup', bodyParser(), passwordPolicy({ minLength: 15, context: (ctx) => ({ username: ctx.request.body.username }) }), createUser);
 */
export function passwordPolicy(options: PasswordPolicyMiddlewareOptions = {}): Koa.Middleware {
  const { field = 'password', context, checker: given, ...policy } = options;
  if (typeof field !== 'string' || field === '') throw new TypeError('passwordPolicy: "field" must be a non-empty string');
  if (context !== undefined && typeof context !== 'function') throw new TypeError('passwordPolicy: "context" must be a function (ctx) => PasswordContext');
  if (given !== undefined && !(given instanceof PasswordChecker)) throw new TypeError('passwordPolicy: "checker" must be a PasswordChecker');
  if (given !== undefined && Object.keys(policy).length > 0) throw new TypeError('passwordPolicy: pass either "checker" or policy options, not both');
  const checker = given ?? new PasswordChecker(policy);

  return async (ctx, next) => {
    const body = (ctx.request as { body?: unknown }).body;
    const password = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)[field] : undefined;
    if (typeof password !== 'string') return send(ctx, missingPasswordResponse(field));
    const result = await checker.check(password, { context: context === undefined ? undefined : await context(ctx) });
    if (!result.ok) return send(ctx, refusedPasswordResponse(result));
    ctx.state.passwordCheck = result;
    await next();
  };
}
