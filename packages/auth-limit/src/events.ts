import type { StoreErrorMode } from './options.js';

/** Names of the limits, as they appear in `RateLimit-Policy`/`RateLimit` and events. */
export type LayerName = 'account-client' | 'account' | 'client-failures' | 'client-requests' | 'device';

/**
 * An attempt was refused with 429. Identifiers are HMAC pseudonyms (the
 * same values as in store keys), never raw usernames or IPs.
 */
export interface LimitedEvent {
  /** Limits that were exhausted. Empty when the refusal came from `onStoreError: 'fail-closed'`. */
  readonly layers: readonly LayerName[];
  /** Pseudonymous account id; undefined when the request named no account. */
  readonly accountId: string | undefined;
  /** Pseudonymous client network id. */
  readonly clientId: string;
  /** Seconds announced in `Retry-After`. */
  readonly retryAfter: number;
  /** Why: a limit, or a failing store answered per `onStoreError: 'fail-closed'`. */
  readonly reason: 'limit' | 'store-unavailable';
}

/** A failed attempt brought a limit to its ceiling: the next attempts on it are refused until `retryAfter`. */
export interface BlockedEvent {
  readonly layer: LayerName;
  readonly accountId: string | undefined;
  readonly clientId: string;
  /** Seconds until the block ends. */
  readonly retryAfter: number;
}

/**
 * An account has seen wrong passwords from at least `networks` client
 * networks within the account-wide window (ASVS 5.0 V6.3.5: tell the user
 * about suspicious authentication attempts). Emitted once per window, when
 * the account-wide failure count crosses the threshold. `networks` is a
 * lower bound: each network adds at most `limits.accountClient.limit`
 * failures before it is blocked.
 */
export interface SuspiciousEvent {
  readonly accountId: string;
  /** Failures counted account-wide (untrusted clients) so far in the window. */
  readonly failures: number;
  /** Fewest distinct client networks those failures can have come from. */
  readonly networks: number;
  /** Seconds until the account-wide window ends. */
  readonly windowEndsIn: number;
}

/** The store failed or timed out. */
export interface StoreErrorEvent {
  readonly operation: 'consume' | 'settle';
  /** What the middleware did about it (the `onStoreError` option). */
  readonly mode: StoreErrorMode;
  readonly timedOut: boolean;
  readonly error: unknown;
}

/**
 * Security-event hooks (ASVS V16: log anti-automation events). They run
 * synchronously; an exception thrown by a hook is swallowed so a logging bug
 * cannot turn a login into a 500.
 */
export interface AuthLimitEvents {
  onLimited?: (event: LimitedEvent) => void;
  onBlocked?: (event: BlockedEvent) => void;
  onStoreError?: (event: StoreErrorEvent) => void;
  /** Failures for one account from many networks: notify the owner (ASVS 6.3.5). */
  onSuspicious?: (event: SuspiciousEvent) => void;
}

export function emit<E>(hook: ((event: E) => void) | undefined, event: E): void {
  if (hook === undefined) return;
  try {
    hook(event);
  } catch {
    // A failing log hook must not change the response (see AuthLimitEvents).
  }
}
