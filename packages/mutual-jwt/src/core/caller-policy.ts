import { InsufficientScopeError, MisconfigurationError, type MutualJwtError } from '../errors.js';
import { assertIdentifier } from '../options.js';
import type { MutualCaller } from '../state.js';
import type { AuthContext } from './authenticator.js';

/**
 * Compile `allowCallers(...issuers)` once: the returned check marks the route
 * as decided and answers the error to refuse with, or undefined to go on.
 * `describe` names the request (method and path) in a refusal; it is called only
 * then, so an allowed request never parses its URL and nothing is allocated for it.
 */
export function compileCallerPolicy<Request>(
  issuers: readonly string[],
  describe: (request: Request) => string,
): (auth: AuthContext | undefined, caller: MutualCaller | undefined, request: Request) => MutualJwtError | undefined {
  if (issuers.length === 0) throw new TypeError('allowCallers: name at least one caller id (deny is the default already)');
  for (const [index, iss] of issuers.entries()) assertIdentifier(iss, `allowCallers: caller id #${index + 1}`);
  const allowed = new Set(issuers);
  return (auth, caller, request) => {
    if (auth === undefined || caller === undefined) return new MisconfigurationError('allowCallers() ran on a request not authenticated by mutualAuth()');
    if (!allowed.has(caller.iss)) return new InsufficientScopeError('ERR_MUTUAL_CALLER_NOT_ALLOWED', `caller ${caller.iss} is not allowed on ${describe(request)}`, auth.realm);
    auth.routeAuthorized = true;
    return undefined;
  };
}
