import { emitSecurityEvent, type SecurityEventActor, type SecurityEventHandler, type SecurityEventName, type SecurityEventOutcome, type SecurityEventValue } from '@parapet/security-events';
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
    this.#send('auth-limit.limited', 'blocked', event.reason, actor(event.accountId, event.clientId), requestId, { layers: event.layers, retryAfter: event.retryAfter });
  }

  blocked(event: BlockedEvent, requestId: string | undefined): void {
    emit(this.#events.onBlocked, event);
    this.#send('auth-limit.blocked', 'failure', event.layer, actor(event.accountId, event.clientId), requestId, { layer: event.layer, retryAfter: event.retryAfter });
  }

  suspicious(event: SuspiciousEvent, requestId: string | undefined): void {
    emit(this.#events.onSuspicious, event);
    const { failures, networks, windowEndsIn } = event;
    this.#send('auth-limit.suspicious', 'failure', 'many-networks', { account: event.accountId }, requestId, { failures, networks, windowEndsIn });
  }

  storeFailure(event: StoreErrorEvent): void {
    emit(this.#events.onStoreError, event);
    this.#send('auth-limit.store_failure', 'error', event.timedOut ? 'timeout' : 'error', {}, undefined, { operation: event.operation, mode: event.mode });
  }

  deviceCookieIssued(accountId: string, clientId: string, requestId: string | undefined): void {
    this.#send('auth-limit.device_cookie_issued', 'success', 'login', actor(accountId, clientId), requestId, {});
  }

  deviceCookieRejected(reason: DeviceCookieRejection, accountId: string | undefined, clientId: string, requestId: string | undefined): void {
    this.#send('auth-limit.device_cookie_rejected', 'failure', reason, actor(accountId, clientId), requestId, {});
  }

  // Every event names the route's purpose, so login and reset refusals stay apart in one stream.
  #send(
    name: SecurityEventName,
    outcome: SecurityEventOutcome,
    reason: string,
    who: SecurityEventActor,
    requestId: string | undefined,
    attributes: Record<string, SecurityEventValue>,
  ): void {
    if (this.#sink === undefined) return;
    emitSecurityEvent(this.#sink, { name, outcome, reason, actor: who, requestId, attributes: { purpose: this.purpose, ...attributes } });
  }
}

function actor(account: string | undefined, client: string): SecurityEventActor {
  return account === undefined ? { client } : { account, client };
}
