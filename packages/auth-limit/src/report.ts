import { emitSecurityEvent, type SecurityEventHandler } from '@parapet/security-events';
import { emit, type AuthLimitEvents, type BlockedEvent, type LimitedEvent, type StoreErrorEvent, type SuspiciousEvent } from './events.js';

/** Why a device cookie was not accepted (the `reason` of `auth-limit.device_cookie_rejected`). */
export type DeviceCookieRejection = 'invalid' | 'revoked';

/**
 * The one place security decisions leave the package: each is handed to its
 * own `events.on*` hook and, as a `SecurityEvent`, to `onSecurityEvent`.
 * Identifiers are the HMAC pseudonyms of the store keys, never raw input.
 */
export class Reporter {
  readonly #events: AuthLimitEvents;
  readonly #sink: SecurityEventHandler | undefined;
  readonly purpose: string;

  constructor(events: AuthLimitEvents, sink: SecurityEventHandler | undefined, purpose: string) {
    this.#events = events;
    this.#sink = sink;
    this.purpose = purpose;
  }

  /** Whether anyone listens for blocks (the check costs a loop over the layers). */
  get wantsBlocked(): boolean {
    return this.#events.onBlocked !== undefined || this.#sink !== undefined;
  }

  get wantsSuspicious(): boolean {
    return this.#events.onSuspicious !== undefined || this.#sink !== undefined;
  }

  limited(event: LimitedEvent, requestId: string | undefined): void {
    emit(this.#events.onLimited, event);
    emitSecurityEvent(this.#sink, {
      name: 'auth-limit.limited',
      outcome: 'blocked',
      reason: event.reason,
      actor: actor(event.accountId, event.clientId),
      requestId,
      attributes: { purpose: this.purpose, layers: event.layers, retryAfter: event.retryAfter },
    });
  }

  blocked(event: BlockedEvent, requestId: string | undefined): void {
    emit(this.#events.onBlocked, event);
    emitSecurityEvent(this.#sink, {
      name: 'auth-limit.blocked',
      outcome: 'failure',
      reason: event.layer,
      actor: actor(event.accountId, event.clientId),
      requestId,
      attributes: { purpose: this.purpose, layer: event.layer, retryAfter: event.retryAfter },
    });
  }

  suspicious(event: SuspiciousEvent, requestId: string | undefined): void {
    emit(this.#events.onSuspicious, event);
    emitSecurityEvent(this.#sink, {
      name: 'auth-limit.suspicious',
      outcome: 'failure',
      reason: 'many-networks',
      actor: { account: event.accountId },
      requestId,
      attributes: { purpose: this.purpose, failures: event.failures, networks: event.networks, windowEndsIn: event.windowEndsIn },
    });
  }

  storeFailure(event: StoreErrorEvent): void {
    emit(this.#events.onStoreError, event);
    emitSecurityEvent(this.#sink, {
      name: 'auth-limit.store_failure',
      outcome: 'error',
      reason: event.timedOut ? 'timeout' : 'error',
      actor: {},
      requestId: undefined,
      attributes: { purpose: this.purpose, operation: event.operation, mode: event.mode },
    });
  }

  deviceCookieIssued(accountId: string, clientId: string, requestId: string | undefined): void {
    emitSecurityEvent(this.#sink, {
      name: 'auth-limit.device_cookie_issued',
      outcome: 'success',
      reason: 'login',
      actor: actor(accountId, clientId),
      requestId,
      attributes: { purpose: this.purpose },
    });
  }

  deviceCookieRejected(reason: DeviceCookieRejection, accountId: string | undefined, clientId: string, requestId: string | undefined): void {
    emitSecurityEvent(this.#sink, {
      name: 'auth-limit.device_cookie_rejected',
      outcome: 'failure',
      reason,
      actor: actor(accountId, clientId),
      requestId,
      attributes: { purpose: this.purpose },
    });
  }
}

function actor(account: string | undefined, client: string): { account?: string; client: string } {
  return account === undefined ? { client } : { account, client };
}
