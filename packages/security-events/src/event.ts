/**
 * The security decisions Parapet middlewares report, one shape for all of
 * them (OWASP ASVS 5.0 V16.2/V16.3: security events carry what happened,
 * the outcome, who — pseudonymously — and the request they belong to, in one
 * format a SIEM can parse).
 */

/** Every event name, with what it means. Names are stable: alerting rules match on them. */
export const SECURITY_EVENTS = {
  'auth-limit.limited': 'An authentication attempt was refused by a limit (429), or because the limit store failed closed.',
  'auth-limit.blocked': 'A failure brought a limit to its ceiling: the next attempts on it are refused until it resets.',
  'auth-limit.suspicious': 'One account saw wrong passwords from several client networks in one window (notify its owner).',
  'auth-limit.device_cookie_issued': 'A successful login was given a trusted-device cookie.',
  'auth-limit.device_cookie_rejected': 'A trusted-device cookie was not accepted: forged, expired, for another account, or revoked.',
  'auth-limit.store_failure': 'The limit store failed or timed out; the attributes say what the middleware did about it.',
  'mutual-jwt.token_rejected': 'A caller token (or a request it should cover) was refused; the reason is the error code.',
  'mutual-jwt.replay': 'A caller token was presented again (same jti), or was issued before an in-memory replay store started.',
  'mutual-jwt.store_failure': 'The replay store failed or timed out; the attributes say whether the request was refused.',
  'log-scrubber.fallback': 'A log record or value could not be scrubbed normally and was replaced by a placeholder or truncated.',
} as const;

/**
 * A name from {@link SECURITY_EVENTS}, or an application's own dotted name
 * (`app.login_failed`), so the app's events travel in the same shape.
 */
export type SecurityEventName = keyof typeof SECURITY_EVENTS | `${string}.${string}`;

/**
 * - `success`: a security control let something through that is worth an audit trail (a device cookie issued).
 * - `failure`: the requester failed a check (a rejected token or cookie, a replay, a limit reached).
 * - `blocked`: a request was refused without being checked, by a limit.
 * - `error`: a dependency of the control failed (a store, the scrubber).
 */
export type SecurityEventOutcome = 'success' | 'failure' | 'blocked' | 'error';

/**
 * Who the event is about. Never a raw username, e-mail or IP: `account` and
 * `client` are the keyed pseudonyms the middleware computed (HMAC, stable for
 * one key, so events of one account correlate without naming it); `caller`
 * is a service identity that was verified, never one a request merely claimed.
 */
export interface SecurityEventActor {
  /** Pseudonymous account id. */
  readonly account?: string;
  /** Pseudonymous client network id. */
  readonly client?: string;
  /** Verified service identity (the caller token's `iss`). */
  readonly caller?: string;
}

/** Attribute values: plain data a log pipeline can index. */
export type SecurityEventValue = string | number | boolean | readonly string[];

/** One security decision. Plain data, JSON-safe. */
export interface SecurityEvent {
  readonly name: SecurityEventName;
  readonly outcome: SecurityEventOutcome;
  /** Stable reason code, e.g. `limit`, `revoked`, `ERR_MUTUAL_REPLAY`, `timeout`. */
  readonly reason: string;
  readonly actor: SecurityEventActor;
  /** The request id (`ctx.state.requestId` / `res.locals.requestId`, set by `requestLogger`), when there is one. */
  readonly requestId: string | undefined;
  /** Milliseconds since the epoch. */
  readonly time: number;
  /** Event-specific details (the limit layer, `Retry-After` seconds, the failure mode…). */
  readonly attributes: Readonly<Record<string, SecurityEventValue>>;
}

/** The one hook every Parapet middleware accepts as `onSecurityEvent`. Runs synchronously; what it throws is ignored. */
export type SecurityEventHandler = (event: SecurityEvent) => void;
