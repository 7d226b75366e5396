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

/** The store failed or timed out. */
export interface StoreErrorEvent {
  readonly operation: 'consume' | 'settle';
  /** What the middleware did about it (the `onStoreError` option). */
  readonly mode: 'memory' | 'fail-closed' | 'fail-open';
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
}

export function emit<E>(hook: ((event: E) => void) | undefined, event: E): void {
  if (hook === undefined) return;
  try {
    hook(event);
  } catch {
    // A failing log hook must not change the response (see AuthLimitEvents).
  }
}
