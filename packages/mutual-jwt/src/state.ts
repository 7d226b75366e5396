import type { JWTPayload } from 'jose';

/** The authenticated caller, stored by `mutualAuth()` on `ctx.state.caller` (Koa) or `req.caller` / `res.locals.caller` (Express). */
export interface MutualCaller {
  /** The caller's identity (`iss` claim), one of the configured `callers`. */
  readonly iss: string;
  /** The key that signed the token, within that issuer's keys. */
  readonly kid: string;
  /** Every verified claim of the caller token. */
  readonly claims: Readonly<JWTPayload>;
  /** `'request-bound'` (single-use token bound to this request) or `'amortised'` (reusable token). */
  readonly mode: 'request-bound' | 'amortised';
  /**
   * The raw request body as received (request-bound mode; empty when the request had none).
   * The same bytes are also re-readable from `ctx.req` by a later body parser.
   */
  readonly rawBody: Buffer | undefined;
}
