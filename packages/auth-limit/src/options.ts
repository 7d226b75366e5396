import type { DeviceCookieOptions } from './device-cookie.js';
import type { AuthLimitEvents, LayerName } from './events.js';
import { KeyHasher, secretBytes } from './keys.js';
import type { AuthLimitStore } from './store.js';
import { securityEventHandlerOption, type SecurityEventHandler } from '@parapet/security-events';

/** A limit: `limit` counted attempts per fixed window of `window` seconds starting at the first one. */
export interface LimitRule {
  limit: number;
  /** Seconds. */
  window: number;
}

/** The layered limits; each field overrides its default as a whole. */
export interface AuthLimitLimits {
  /** Failures per account from one client network (the policy's "5 per hour"). @default { limit: 5, window: 3600 } */
  accountClient?: LimitRule;
  /** Failures per account from all clients (ASVS ceiling): stops distributed guessing. @default { limit: 100, window: 3600 } */
  account?: LimitRule;
  /** Failures per client network across accounts: stops credential stuffing. @default { limit: 50, window: 3600 } */
  clientFailures?: LimitRule;
  /** Every attempt per client network, successes included (never refunded). @default { limit: 300, window: 3600 } */
  clientRequests?: LimitRule;
}

/** What `account(ctx)` may return. */
export type AccountValue = string | number | null | undefined;

/** The route kinds {@link AuthLimitCoreOptions.purpose} names; any other lower-case word is allowed too. */
export type AuthLimitPurpose = 'login' | 'password-reset' | 'token' | (string & {});

/** What to do when the store fails or exceeds `storeTimeout`. */
export type StoreErrorMode = 'memory' | 'fail-closed' | 'fail-open-dangerously';

/**
 * The options every adapter shares; each adds its own request hooks
 * (`account`, `clientIp`, `challenge`) typed for its framework.
 */
export interface AuthLimitCoreOptions {
  /**
   * HMAC key material (a Buffer/Uint8Array of at least 32 bytes) that
   * pseudonymises accounts and clients in store keys and events and signs
   * device cookies. Required; the same on every instance sharing a store.
   * Decode a hex or base64 environment variable first
   * (`Buffer.from(process.env.AUTH_LIMIT_KEY!, 'hex')`). `devSecret()` makes
   * a random one for development.
   */
  secret: Uint8Array;
  /**
   * What the route does: `'login'` for the route that checks a password and
   * starts a session, `'password-reset'`, `'token'` (OAuth token endpoint),
   * or another lower-case word (1-16 of a-z, 0-9, `-`). Required, because a
   * device cookie must only ever come from a login: only `'login'` routes
   * mint and honour device cookies, the purpose is inside the cookie's
   * signature, and each purpose counts in its own keys.
   */
  purpose: AuthLimitPurpose;
  /** IPv4 prefix length that forms one client. @default 32 */
  ipv4Prefix?: number;
  /** IPv6 prefix length that forms one client (a typical customer allocation). @default 56 */
  ipv6Prefix?: number;
  /** Layered limits. */
  limits?: AuthLimitLimits;
  /**
   * Final statuses (4xx) that mean "wrong credentials": the attempt stays
   * counted. 2xx/3xx is a success (refund, reset, device cookie). Any other
   * 4xx (400 malformed, 422 validation) means no credential was checked and
   * is refunded without resetting anything. 5xx and non-HTTP errors are
   * neither refunded nor reset (fail-safe). `fail()` / `succeed()` on the attempt state
   * (`ctx.state.authLimit`, `res.locals.authLimit`) override the status. Every status your app uses for a wrong
   * password must be listed here.
   * @default [401, 403]
   */
  failureStatuses?: readonly number[];
  /** Counter store. @default new MemoryStore() */
  store?: AuthLimitStore;
  /** Milliseconds to wait for the store before applying `onStoreError`. @default 100 */
  storeTimeout?: number;
  /**
   * Store failure policy: `'memory'` keeps limiting in this process with an
   * in-memory store; `'fail-closed'` refuses attempts with 429;
   * `'fail-open-dangerously'` lets them through unlimited.
   * @default 'memory'
   */
  onStoreError?: StoreErrorMode;
  /** After a store failure, milliseconds before the store is tried again. @default 1000 */
  storeRetryInterval?: number;
  /**
   * Trusted-device cookie (OWASP "device cookies"), `purpose: 'login'` only:
   * a device that logged into an account before is judged by its own
   * bucket for that account, never by the shared ones an attacker can
   * fill. `false` turns it off, and with it the owner's way past a
   * distributed attack on the account.
   * @default {} on 'login' routes (the defaults below); off for other purposes
   */
  deviceCookie?: DeviceCookieOptions | false;
  /**
   * `'problem'` answers 429 with an RFC 9457 problem+json body;
   * `'throw'` throws `AuthLimitExceededError` for the app's error handler.
   * @default 'problem'
   */
  respond?: 'problem' | 'throw';
  /** Security-event hooks, one per kind of event, with this package's own event types. */
  events?: AuthLimitEvents;
  /**
   * The hook shared by every Parapet middleware: limits reached, blocks,
   * suspicious accounts, device cookies issued and rejected, and store
   * failures, as `SecurityEvent`s (see `@parapet/security-events`). Runs
   * synchronously; what it throws is ignored.
   * @default undefined
   */
  onSecurityEvent?: SecurityEventHandler;
  /**
   * Growing blocks for repeat offenders (like rate-limiter-flexible's
   * `blockDuration`): each time one client network exhausts its
   * per-client limits (`account-client`, `client-failures`) again within
   * 4 × `maxBlock` seconds of its first block, the block lasts twice as long as the last — one
   * window, then 2×, 4×, … up to `maxBlock`. The account-wide layer never
   * escalates (that would lengthen the owner's lockout). `false` turns it
   * off.
   * @default { maxBlock: 86400 }
   */
  escalation?: { maxBlock?: number } | false;
  /**
   * Emit `events.onSuspicious` when an account's failures prove at least
   * this many client networks (failures > (n - 1) × accountClient.limit).
   * @default 3
   */
  suspiciousNetworks?: number;
}

/** What the `challenge` hook is told. */
export interface ChallengeEvent {
  /** Pseudonymous account id. */
  readonly accountId: string;
  /** Pseudonymous client-network id. */
  readonly clientId: string;
  /** Seconds until the account-wide limit resets. */
  readonly retryAfter: number;
}

export interface ResolvedLayer {
  readonly name: LayerName;
  readonly limit: number;
  readonly windowMs: number;
  readonly windowSeconds: number;
  /** Success gives the attempt back (failure layers) or clears the counter (per account+client / device). */
  readonly onSuccess: 'refund' | 'reset' | 'keep';
}

export interface ResolvedDeviceCookie {
  readonly name: string;
  readonly maxAgeMs: number;
  readonly maxAgeSeconds: number;
  readonly attributes: string;
  readonly layer: ResolvedLayer;
}

/** The request hooks as the core sees them: functions of the adapter's request type. */
export interface RequestHooks {
  account: (...args: never[]) => unknown;
  clientIp?: ((...args: never[]) => unknown) | undefined;
  challenge?: ((...args: never[]) => unknown) | undefined;
}

export interface ResolvedOptions<H extends RequestHooks = RequestHooks> {
  readonly hasher: KeyHasher;
  readonly purpose: string;
  readonly account: H['account'];
  readonly clientIp: H['clientIp'] | undefined;
  readonly ipv4Prefix: number;
  readonly ipv6Prefix: number;
  readonly layers: {
    readonly accountClient: ResolvedLayer;
    readonly account: ResolvedLayer;
    readonly clientFailures: ResolvedLayer;
    readonly clientRequests: ResolvedLayer;
  };
  readonly failureStatuses: ReadonlySet<number>;
  readonly store: AuthLimitStore | undefined;
  readonly storeTimeout: number;
  readonly onStoreError: StoreErrorMode;
  readonly storeRetryInterval: number;
  readonly deviceCookie: ResolvedDeviceCookie | undefined;
  readonly respond: 'problem' | 'throw';
  readonly events: AuthLimitEvents;
  readonly onSecurityEvent: SecurityEventHandler | undefined;
  readonly challenge: H['challenge'] | undefined;
  /** Account-wide failure count at which `onSuspicious` fires. */
  readonly suspiciousAt: number;
  /** Longest escalated block, ms; undefined when escalation is off. */
  readonly maxBlockMs: number | undefined;
}

const OPTION_KEYS = new Set([
  'secret', 'purpose', 'account', 'clientIp', 'ipv4Prefix', 'ipv6Prefix', 'limits', 'failureStatuses', 'store',
  'storeTimeout', 'onStoreError', 'storeRetryInterval', 'deviceCookie', 'respond', 'events', 'onSecurityEvent', 'challenge', 'suspiciousNetworks', 'escalation',
]);
const LIMIT_KEYS = new Set(['accountClient', 'account', 'clientFailures', 'clientRequests']);
const RULE_KEYS = new Set(['limit', 'window']);
const DEVICE_KEYS = new Set(['name', 'maxAge', 'limit', 'window', 'secure', 'sameSite']);
const EVENT_KEYS = new Set(['onLimited', 'onBlocked', 'onStoreError', 'onSuspicious']);
// RFC 6265 cookie-name token characters.
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/;
const MAX_WINDOW_SECONDS = 31 * 24 * 3600;

function fail(message: string): never {
  throw new TypeError(`authLimit: ${message}`);
}

/** Options renamed in 0.x: naming the successor turns an upgrade typo into a clear error. */
const RENAMED: Readonly<Record<string, string>> = { keySecret: 'secret' }; // retired name

function checkKeys(value: object, allowed: ReadonlySet<string>, where: string): void {
  for (const key of Object.keys(value)) {
    const successor = where === '' ? RENAMED[key] : undefined;
    if (successor !== undefined) fail(`"${key}" was renamed to "${successor}"`);
    if (!allowed.has(key)) fail(`unknown option "${where}${key}"`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function integer(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(`"${name}" must be an integer from ${min} to ${max}`);
  }
  return value;
}

function rule(value: unknown, name: string, fallback: LimitRule): LimitRule {
  if (value === undefined) return fallback;
  if (!isObject(value)) fail(`"${name}" must be an object { limit, window }`);
  checkKeys(value, RULE_KEYS, `${name}.`);
  return {
    limit: integer(value.limit, `${name}.limit`, 1, 1_000_000_000),
    window: integer(value.window, `${name}.window`, 1, MAX_WINDOW_SECONDS),
  };
}

function layer(name: LayerName, r: LimitRule, onSuccess: ResolvedLayer['onSuccess']): ResolvedLayer {
  return { name, limit: r.limit, windowMs: r.window * 1000, windowSeconds: r.window, onSuccess };
}

const PURPOSE = /^[a-z][a-z0-9-]{0,15}$/;

function resolveDeviceCookie(value: unknown, purpose: string): ResolvedDeviceCookie | undefined {
  if (value === false || (value === undefined && purpose !== 'login')) return undefined;
  if (purpose !== 'login') {
    fail(`"deviceCookie" is only for purpose "login": a cookie minted by a "${purpose}" route must never open the login device bucket`);
  }
  value ??= {};
  if (!isObject(value)) fail('"deviceCookie" must be false or an object');
  checkKeys(value, DEVICE_KEYS, 'deviceCookie.');
  const name = value.name ?? '__Host-parapet-device';
  if (typeof name !== 'string' || !COOKIE_NAME.test(name)) fail('"deviceCookie.name" must be a cookie-name token of 1-64 characters');
  const maxAge = value.maxAge === undefined ? 30 * 24 * 3600 : integer(value.maxAge, 'deviceCookie.maxAge', 60, 400 * 24 * 3600);
  const secure = value.secure ?? true;
  if (typeof secure !== 'boolean') fail('"deviceCookie.secure" must be a boolean');
  const securePrefix = /^__(?:Host|Secure)-/.exec(name)?.[0];
  if (securePrefix !== undefined && !secure) fail(`"deviceCookie.secure" must be true for a "${securePrefix}" cookie name`);
  const sameSite = value.sameSite ?? 'Strict';
  if (sameSite !== 'Strict' && sameSite !== 'Lax') fail('"deviceCookie.sameSite" must be "Strict" or "Lax"');
  const r = rule({ limit: value.limit ?? 5, window: value.window ?? 3600 }, 'deviceCookie', { limit: 5, window: 3600 });
  return {
    name,
    maxAgeSeconds: maxAge,
    maxAgeMs: maxAge * 1000,
    attributes: `; Path=/; Max-Age=${maxAge}; HttpOnly${secure ? '; Secure' : ''}; SameSite=${sameSite}`,
    layer: layer('device', r, 'reset'),
  };
}

function hook(events: Record<string, unknown>, name: string): void {
  if (events[name] !== undefined && typeof events[name] !== 'function') fail(`"events.${name}" must be a function`);
}

/** Validates once at construction; every mistake is a TypeError naming the option. */
export function resolveOptions<H extends RequestHooks>(options: AuthLimitCoreOptions & H): ResolvedOptions<H> {
  if (!isObject(options)) fail('options must be an object');
  checkKeys(options, OPTION_KEYS, '');
  const hasher = new KeyHasher(secretBytes(options.secret));
  const purpose: unknown = options.purpose;
  if (typeof purpose !== 'string' || !PURPOSE.test(purpose)) {
    fail('"purpose" is required: "login", "password-reset", "token" or another lower-case word of 1-16 characters (a-z, 0-9, -)');
  }
  if (typeof options.account !== 'function') fail('"account" must be a function (request) => string | undefined');
  if (options.clientIp !== undefined && typeof options.clientIp !== 'function') fail('"clientIp" must be a function');
  const ipv4Prefix = options.ipv4Prefix === undefined ? 32 : integer(options.ipv4Prefix, 'ipv4Prefix', 8, 32);
  const ipv6Prefix = options.ipv6Prefix === undefined ? 56 : integer(options.ipv6Prefix, 'ipv6Prefix', 16, 128);

  const limits: unknown = options.limits ?? {};
  if (!isObject(limits)) fail('"limits" must be an object');
  checkKeys(limits, LIMIT_KEYS, 'limits.');
  const layers = {
    accountClient: layer('account-client', rule(limits.accountClient, 'limits.accountClient', { limit: 5, window: 3600 }), 'reset'),
    account: layer('account', rule(limits.account, 'limits.account', { limit: 100, window: 3600 }), 'refund'),
    clientFailures: layer('client-failures', rule(limits.clientFailures, 'limits.clientFailures', { limit: 50, window: 3600 }), 'refund'),
    clientRequests: layer('client-requests', rule(limits.clientRequests, 'limits.clientRequests', { limit: 300, window: 3600 }), 'keep'),
  };
  if (layers.account.limit < layers.accountClient.limit) fail('"limits.account.limit" must be >= "limits.accountClient.limit"');

  const statuses = options.failureStatuses ?? [401, 403];
  if (!Array.isArray(statuses) || statuses.length === 0) fail('"failureStatuses" must be a non-empty array of 4xx statuses');
  for (const status of statuses as unknown[]) integer(status, 'failureStatuses[]', 400, 499);

  const store = options.store;
  if (store !== undefined && (!isObject(store) || typeof store.consume !== 'function' || typeof store.settle !== 'function')) {
    fail('"store" must implement AuthLimitStore (consume and settle)');
  }
  const storeTimeout = options.storeTimeout === undefined ? 100 : integer(options.storeTimeout, 'storeTimeout', 1, 60_000);
  const onStoreError = options.onStoreError ?? 'memory';
  if (onStoreError !== 'memory' && onStoreError !== 'fail-closed' && onStoreError !== 'fail-open-dangerously') {
    fail('"onStoreError" must be "memory", "fail-closed" or "fail-open-dangerously"');
  }
  const storeRetryInterval =
    options.storeRetryInterval === undefined ? 1000 : integer(options.storeRetryInterval, 'storeRetryInterval', 0, 3_600_000);
  const respond = options.respond ?? 'problem';
  if (respond !== 'problem' && respond !== 'throw') fail('"respond" must be "problem" or "throw"');
  const events: unknown = options.events ?? {};
  if (!isObject(events)) fail('"events" must be an object');
  checkKeys(events, EVENT_KEYS, 'events.');
  for (const name of EVENT_KEYS) hook(events, name);
  if (options.challenge !== undefined && typeof options.challenge !== 'function') fail('"challenge" must be a function returning a boolean');
  const suspiciousNetworks =
    options.suspiciousNetworks === undefined ? 3 : integer(options.suspiciousNetworks, 'suspiciousNetworks', 2, 1_000_000);

  let maxBlockMs: number | undefined;
  const escalation: unknown = options.escalation ?? {};
  if (escalation !== false) {
    if (!isObject(escalation)) fail('"escalation" must be false or an object { maxBlock }');
    checkKeys(escalation, new Set(['maxBlock']), 'escalation.');
    maxBlockMs = (escalation.maxBlock === undefined ? 86_400 : integer(escalation.maxBlock, 'escalation.maxBlock', 60, MAX_WINDOW_SECONDS)) * 1000;
    if (store !== undefined && typeof (store as { extend?: unknown }).extend !== 'function') {
      fail('"store" must implement extend() for escalation (or set "escalation: false")');
    }
  }

  return {
    hasher,
    purpose,
    account: options.account,
    clientIp: options.clientIp,
    ipv4Prefix,
    ipv6Prefix,
    layers,
    failureStatuses: new Set(statuses),
    store,
    storeTimeout,
    onStoreError,
    storeRetryInterval,
    deviceCookie: resolveDeviceCookie(options.deviceCookie, purpose),
    respond,
    events,
    onSecurityEvent: securityEventHandlerOption('authLimit', options.onSecurityEvent),
    challenge: options.challenge,
    suspiciousAt: (suspiciousNetworks - 1) * layers.accountClient.limit + 1,
    maxBlockMs,
  };
}
