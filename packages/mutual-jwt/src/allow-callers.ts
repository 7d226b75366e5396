import type Koa from 'koa';
import { compileCallerPolicy } from './core/caller-policy.js';
import { authContextOf } from './core/authenticator.js';

const describeRequest = (ctx: Koa.Context): string => `${ctx.method} ${ctx.path}`;

/**
 * Route-level authorization, deny by default: only the listed caller ids (the
 * token's `iss`) may go on; any other authenticated caller gets 403
 * `insufficient_scope`. Mount it on a router or a route after {@link mutualAuth}.
 * @example
 * router.post('/invoices', allowCallers('billing', 'reports'), createInvoice);
 */
export function allowCallers(...issuers: string[]): Koa.Middleware {
  const check = compileCallerPolicy(issuers, describeRequest);
  // Not async: an allowed request hands over next()'s promise as is, no extra frame or tick (koa-compose turns the throw into a rejection).
  return function allowCallersMiddleware(ctx, next) {
    const refusal = check(authContextOf(ctx), ctx.state.caller, ctx);
    if (refusal !== undefined) throw refusal;
    return next();
  };
}
