import type Koa from 'koa';
import { InsufficientScopeError, MisconfigurationError } from './errors.js';
import { assertIdentifier } from './options.js';

/** Per-request bookkeeping shared between mutualAuth() and allowCallers(). */
export interface AuthContext {
  readonly realm: string;
  routeAuthorized: boolean;
}
export const authContexts = new WeakMap<Koa.Context, AuthContext>();

/**
 * Route-level authorization, deny by default: only the listed caller ids (the
 * token's `iss`) may go on; any other authenticated caller gets 403
 * `insufficient_scope`. Mount it on a router or a route after {@link mutualAuth}.
 * @example
 * router.post('/invoices', allowCallers('billing', 'reports'), createInvoice);
 */
export function allowCallers(...issuers: string[]): Koa.Middleware {
  if (issuers.length === 0) throw new TypeError('allowCallers: name at least one caller id (deny is the default already)');
  for (const [index, iss] of issuers.entries()) assertIdentifier(iss, `allowCallers: caller id #${index + 1}`);
  const allowed = new Set(issuers);
  return async function allowCallersMiddleware(ctx, next) {
    const auth = authContexts.get(ctx);
    const caller = ctx.state.caller;
    if (auth === undefined || caller === undefined) throw new MisconfigurationError('allowCallers() ran on a request not authenticated by mutualAuth()');
    if (!allowed.has(caller.iss)) throw new InsufficientScopeError('ERR_MUTUAL_CALLER_NOT_ALLOWED', `caller ${caller.iss} is not allowed on ${ctx.method} ${ctx.path}`, auth.realm);
    auth.routeAuthorized = true;
    await next();
  };
}
