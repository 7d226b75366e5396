import { DeviceCookieSigner, type DeviceToken } from './device-cookie.js';
import type { LayerName } from './events.js';
import { GuardedStore, type GuardedConsume, type StoreRoute } from './guarded-store.js';
import { clientNetwork, normalizeAccount } from './keys.js';
import { MemoryStore } from './memory-store.js';
import type { ResolvedLayer, ResolvedOptions } from './options.js';
import { Reporter } from './report.js';
import { formatPolicy, formatRateLimit, retryAfterSeconds } from './rate-limit-headers.js';
import { isPromise, type CounterSpec, type CounterState, type MaybePromise } from './store.js';

/** What the adapter knows about a request. */
export interface AttemptInput {
  /** Account as typed; normalised and hashed here. */
  readonly account: string | undefined;
  readonly clientIp: string | undefined;
  /** Raw trusted-device cookie value, if any. */
  readonly deviceCookie?: string | undefined;
}

/** The counters one attempt touches. */
export interface Attempt {
  readonly accountId: string | undefined;
  readonly clientId: string;
  readonly device: DeviceToken | undefined;
  readonly layers: readonly ResolvedLayer[];
  /** One spec per layer, in order; a device attempt adds its account's revocation mark (read only) last. */
  readonly specs: readonly CounterSpec[];
  /** Precomputed `RateLimit-Policy` value for this set of layers. */
  readonly policy: string;
}

/** Result of {@link Limiter.check}. */
export type Decision =
  | {
      readonly allowed: true;
      readonly attempt: Attempt;
      readonly route: StoreRoute | undefined;
      readonly counters: readonly CounterState[];
      /** The request's id, for the security events the outcome may raise. */
      readonly requestId: string | undefined;
    }
  | {
      readonly allowed: false;
      readonly attempt: Attempt;
      readonly retryAfter: number;
      readonly layers: readonly LayerName[];
      readonly headers: Readonly<Record<string, string>>;
    };

type Kind = 'full' | 'device' | 'client' | 'challenged';

/** How an allowed attempt ended (see `failureStatuses`). */
export type Outcome = 'success' | 'failure' | 'not-checked' | 'error';

/**
 * Framework-neutral core: turns an attempt into counter keys, checks and
 * records all layers in one store step, and settles the outcome.
 */
export class Limiter {
  readonly #options: ResolvedOptions;
  readonly #store: GuardedStore;
  readonly #signer: DeviceCookieSigner | undefined;
  readonly #memo = new Map<string, Map<string, Attempt>>();
  readonly #deviceMemo = new Map<string, Attempt>();
  readonly #policies: Readonly<Record<Kind, { layers: readonly ResolvedLayer[]; header: string }>>;
  readonly #keyPrefix: string;
  readonly reporter: Reporter;

  constructor(options: ResolvedOptions) {
    this.#options = options;
    this.reporter = new Reporter(options.events, options.onSecurityEvent, options.purpose);
    this.#store = new GuardedStore(options.store ?? new MemoryStore(), {
      timeoutMs: options.storeTimeout,
      mode: options.onStoreError,
      retryIntervalMs: options.storeRetryInterval,
      reporter: this.reporter,
    });
    const cookie = options.deviceCookie;
    this.#signer = cookie ? new DeviceCookieSigner(options.hasher.derive(`device-cookie/${options.purpose}`), options.purpose, cookie.maxAgeSeconds) : undefined;
    this.#keyPrefix = `${options.purpose}:`;
    const { accountClient, account, clientFailures, clientRequests } = options.layers;
    const set = (layers: ResolvedLayer[]) => ({ layers, header: formatPolicy(layers) });
    this.#policies = {
      full: set([accountClient, account, clientFailures, clientRequests]),
      // A known device is judged by its own bucket only (OWASP "device
      // cookies"): no counter another client can fill applies to it — not the
      // account-wide one (a distributed attack), not the client network's
      // failures or requests (a shared NAT, a hostile neighbour).
      device: options.deviceCookie ? set([options.deviceCookie.layer]) : set([]),
      client: set([clientFailures, clientRequests]),
      // Passed the app's step-up while the account-wide limit is full: the
      // per-client layers still hold (5 per account per network).
      challenged: set([accountClient, clientFailures, clientRequests]),
    };
  }

  get deviceSigner(): DeviceCookieSigner | undefined {
    return this.#signer;
  }

  /**
   * The counters for an attempt. Attempts without a device cookie are
   * memoised by client IP, then account (at most 256 IPs × 32 accounts; a
   * full level is cleared, never grown), since the same users and networks
   * retry.
   */
  prepare(input: AttemptInput, now = Date.now()): Attempt {
    if (input.deviceCookie !== undefined) return this.#prepareDevice(input, now);
    const ip = input.clientIp ?? '';
    const account = input.account ?? '';
    if (ip.length > 256 || account.length > 256) return this.#build(input, now);
    // Two levels (IP, then account) rather than one concatenated key: no
    // string is built or flattened per request, each part is hashed once.
    let byAccount = this.#memo.get(ip);
    if (byAccount === undefined) {
      if (this.#memo.size >= 256) this.#memo.clear();
      byAccount = new Map();
      this.#memo.set(ip, byAccount);
    }
    let attempt = byAccount.get(account);
    if (attempt === undefined) {
      attempt = this.#build(input, now);
      if (byAccount.size >= 32) byAccount.clear();
      byAccount.set(account, attempt);
    }
    return attempt;
  }

  /**
   * Attempts that carry a cookie, memoised by (cookie, client IP, account)
   * up to 1024 entries (cleared when full): a device logging in again skips
   * two HMACs. Only a verified cookie's attempt is kept, and only until the
   * cookie expires; revocation is read from the store on every attempt.
   */
  #prepareDevice(input: AttemptInput, now: number): Attempt {
    const cookie = input.deviceCookie!;
    const ip = input.clientIp ?? '';
    const account = input.account ?? '';
    if (cookie.length > 128 || ip.length > 256 || account.length > 256) return this.#build(input, now);
    const key = `${cookie}\n${ip}\n${account}`;
    const known = this.#deviceMemo.get(key);
    if (known !== undefined && known.device!.expiresAt > now) return known;
    const attempt = this.#build(input, now);
    if (attempt.device === undefined) return attempt;
    if (this.#deviceMemo.size >= 1024) this.#deviceMemo.clear();
    this.#deviceMemo.set(key, attempt);
    return attempt;
  }

  #build(input: AttemptInput, now: number): Attempt {
    const { hasher, ipv4Prefix, ipv6Prefix } = this.#options;
    const clientId = hasher.pseudonym('client', clientNetwork(input.clientIp, ipv4Prefix, ipv6Prefix));
    const account = typeof input.account === 'string' ? normalizeAccount(input.account) : '';
    const accountId = account.length > 0 ? hasher.pseudonym('account', account) : undefined;
    const device = accountId !== undefined ? this.#signer?.verify(input.deviceCookie, accountId, now) : undefined;
    return this.#attempt(accountId, clientId, device);
  }

  /** The same attempt after the client passed the app's step-up (see `challenge`). */
  challenged(attempt: Attempt): Attempt {
    return this.#attempt(attempt.accountId, attempt.clientId, undefined, 'challenged');
  }

  #attempt(accountId: string | undefined, clientId: string, device: DeviceToken | undefined, as?: Kind): Attempt {
    const kind: Kind = as ?? (accountId === undefined ? 'client' : device !== undefined ? 'device' : 'full');
    const { layers, header } = this.#policies[kind];
    const p = this.#keyPrefix;
    const specs = layers.map((layer): CounterSpec => {
      let key: string;
      switch (layer.name) {
        case 'account-client': key = `${p}ac:${accountId}:${clientId}`; break;
        case 'account': key = `${p}a:${accountId}`; break;
        case 'device': key = `${p}d:${accountId}:${this.#options.hasher.hash('device', device!.deviceId)}`; break;
        case 'client-failures': key = `${p}cf:${clientId}`; break;
        case 'client-requests': key = `${p}cr:${clientId}`; break;
      }
      return { key, limit: layer.limit, windowMs: layer.windowMs };
    });
    if (kind === 'device') specs.push(this.#revocationSpec(accountId!, true));
    return { accountId, clientId, device, layers, specs, policy: header };
  }

  /**
   * The per-account revocation mark: a counter whose window starts when
   * device cookies were last revoked and lasts a cookie lifetime (every
   * cookie issued before it has expired by then). Limit 1 so the memory
   * store holds it as a block, which eviction never drops.
   */
  #revocationSpec(accountId: string, peek: boolean): CounterSpec {
    const spec = { key: `${this.#keyPrefix}r:${accountId}`, limit: 1, windowMs: this.#options.deviceCookie!.maxAgeMs };
    return peek ? { ...spec, peek } : spec;
  }

  /**
   * Invalidates every device cookie issued for `account` so far (after a
   * password change or a reported compromise), on every instance sharing
   * the store. Cookies issued afterwards are valid.
   */
  async revokeDeviceCookies(account: string): Promise<void> {
    if (typeof account !== 'string' || account.length > 1024) throw new TypeError('revokeDeviceCookies: "account" must be a string of at most 1024 characters');
    if (this.#options.deviceCookie === undefined) return;
    const normalized = normalizeAccount(account);
    if (normalized.length === 0) return;
    const spec = this.#revocationSpec(this.#options.hasher.pseudonym('account', normalized), false);
    // Restart the mark's window now: its start is the revocation time.
    await this.#store.revoke(spec);
  }

  /** The device cookie was issued before the account's latest revocation (1 s margin for clock and store latency). */
  #revoked(attempt: Attempt, counters: readonly CounterState[]): boolean {
    const mark = counters[attempt.layers.length];
    if (attempt.device === undefined || mark === undefined || mark.count === 0) return false;
    const revokedAt = Date.now() + mark.resetMs - this.#options.deviceCookie!.maxAgeMs;
    return attempt.device.issuedAt <= revokedAt + 1000;
  }

  /**
   * Checks and records the attempt in one store step. Never rejects; returns
   * a promise only when the store is asynchronous.
   */
  check(attempt: Attempt, requestId?: string): MaybePromise<Decision> {
    return this.#store.consume(attempt.specs, (answer): MaybePromise<Decision> => {
      if (attempt.device === undefined || answer.kind !== 'result' || !this.#revoked(attempt, answer.result.counters)) {
        return this.#decide(attempt, answer, requestId);
      }
      // A revoked cookie: give the device counter back and judge the attempt as untrusted.
      this.reporter.deviceCookieRejected('revoked', attempt.accountId, attempt.clientId, requestId);
      const untrusted = this.#attempt(attempt.accountId, attempt.clientId, undefined);
      const refund = answer.result.allowed ? this.#store.settle(answer.route, [attempt.specs[0]!.key], []) : undefined;
      return isPromise(refund) ? refund.then(() => this.check(untrusted, requestId)) : this.check(untrusted, requestId);
    }) as MaybePromise<Decision>;
  }

  #decide(attempt: Attempt, answer: GuardedConsume, requestId: string | undefined): Decision {
    if (answer.kind === 'fail-open-dangerously') return { allowed: true, attempt, route: undefined, counters: [], requestId };
    if (answer.kind === 'fail-closed') {
      const retryAfter = retryAfterSeconds(this.#options.storeRetryInterval);
      const decision = {
        allowed: false as const,
        attempt,
        retryAfter,
        layers: [],
        headers: { 'Retry-After': String(retryAfter), 'RateLimit-Policy': attempt.policy },
      };
      this.#limited(decision, 'store-unavailable', requestId);
      return decision;
    }
    const { result, route } = answer;
    if (result.allowed) return { allowed: true, attempt, route, counters: result.counters, requestId };

    // Blocked until every exhausted layer has reset: the latest reset wins.
    let worst = -1;
    const blocked: LayerName[] = [];
    attempt.layers.forEach((layer, i) => {
      const state = result.counters[i];
      if (state === undefined || state.count < layer.limit) return;
      blocked.push(layer.name);
      if (worst < 0 || state.resetMs > result.counters[worst]!.resetMs) worst = i;
    });
    const resetMs = worst >= 0 ? result.counters[worst]!.resetMs : this.#options.storeRetryInterval;
    const retryAfter = retryAfterSeconds(resetMs);
    const name = worst >= 0 ? attempt.layers[worst]!.name : attempt.layers[0]!.name;
    const decision = {
      allowed: false as const,
      attempt,
      retryAfter,
      layers: blocked,
      headers: {
        'Retry-After': String(retryAfter),
        'RateLimit-Policy': attempt.policy,
        RateLimit: `"${name}";r=0;t=${retryAfter}`,
      },
    };
    this.#limited(decision, 'limit', requestId);
    return decision;
  }

  /**
   * Records how an allowed attempt ended and returns the headers that
   * describe the counters afterwards. Never rejects; returns a promise only
   * when a refund goes to an asynchronous store.
   */
  settle(decision: Decision & { allowed: true }, outcome: Outcome): MaybePromise<Record<string, string>> {
    const { headers, pending } = this.record(decision, outcome);
    return isPromise(pending) ? pending.then(() => headers) : headers;
  }

  /**
   * {@link settle} split in two: the headers (known at once, from the
   * counters the check returned) and the store write still under way. For
   * adapters that must set the headers synchronously, as the response
   * starts, without holding it back for the store. `pending` never rejects.
   */
  record(decision: Decision & { allowed: true }, outcome: Outcome): { headers: Record<string, string>; pending: MaybePromise<void> } {
    const { attempt, route } = decision;
    const { layers, specs } = attempt;
    let counters = decision.counters;
    let pending: MaybePromise<void> = undefined;
    // Plain loops, no closures: this runs on every attempt (the failure path is the hot one under attack).
    if (route !== undefined && (outcome === 'success' || outcome === 'not-checked')) {
      const after = counters.slice();
      const refund: string[] = [];
      const reset: string[] = [];
      for (let i = 0; i < layers.length; i++) {
        const layer = layers[i]!;
        const state = after[i];
        if (state === undefined || layer.onSuccess === 'keep') continue;
        if (outcome === 'success' && layer.onSuccess === 'reset') {
          reset.push(specs[i]!.key);
          after[i] = { count: 0, resetMs: 0 };
        } else {
          refund.push(specs[i]!.key);
          after[i] = { count: Math.max(0, state.count - 1), resetMs: state.resetMs };
        }
      }
      counters = after;
      pending = this.#store.settle(route, refund, reset);
    } else if (outcome === 'failure' || outcome === 'error') {
      this.#failed(attempt, counters, decision.requestId);
      if (route !== undefined && this.#options.maxBlockMs !== undefined) pending = this.#escalate(attempt, route, counters);
    }
    const current = formatRateLimit(layers, counters);
    const headers: Record<string, string> =
      current === undefined ? { 'RateLimit-Policy': attempt.policy } : { 'RateLimit-Policy': attempt.policy, RateLimit: current };
    return { headers, pending };
  }

  /**
   * A failure that brought a per-client layer to its limit is a strike for
   * that key; from the second strike within 4 × `maxBlock` the block is
   * stretched to window × 2^(strikes − 1), capped at `maxBlock`.
   */
  #escalate(attempt: Attempt, route: StoreRoute, counters: readonly CounterState[]): MaybePromise<void> {
    const maxBlockMs = this.#options.maxBlockMs!;
    const p = this.#keyPrefix;
    let pending: MaybePromise<void> = undefined;
    for (let i = 0; i < attempt.layers.length; i++) {
      const layer = attempt.layers[i]!;
      if ((layer.name !== 'account-client' && layer.name !== 'client-failures') || counters[i]?.count !== layer.limit) continue;
      const key = attempt.specs[i]!.key;
      // Strikes are remembered for 4 × maxBlock from the first, long enough to reach the cap.
      const strike = { key: `${p}s:${key.slice(p.length)}`, limit: 1_000_000_000, windowMs: 4 * maxBlockMs };
      const ttlFor = (strikes: number) => (strikes < 2 ? 0 : Math.min(layer.windowMs * 2 ** Math.min(strikes - 1, 30), maxBlockMs));
      const step = this.#store.escalate(route, strike, key, ttlFor);
      pending = isPromise(pending) ? pending.then(() => step) : step;
    }
    return pending;
  }

  #failed(attempt: Attempt, counters: readonly CounterState[], requestId: string | undefined): void {
    const { suspiciousAt, layers: all } = this.#options;
    const reporter = this.reporter;
    const { layers } = attempt;
    if (reporter.wantsSuspicious && layers[1] === all.account) {
      const state = counters[1];
      // Each count is handed out once (atomic increment), so this fires once per window.
      if (state !== undefined && state.count === suspiciousAt) {
        reporter.suspicious(
          {
            accountId: attempt.accountId!,
            failures: state.count,
            networks: Math.ceil(state.count / all.accountClient.limit),
            windowEndsIn: retryAfterSeconds(state.resetMs),
          },
          requestId,
        );
      }
    }
    if (reporter.wantsBlocked) {
      for (let i = 0; i < layers.length; i++) {
        const layer = layers[i]!;
        const state = counters[i];
        if (state !== undefined && layer.onSuccess !== 'keep' && state.count === layer.limit) {
          reporter.blocked(
            { layer: layer.name, accountId: attempt.accountId, clientId: attempt.clientId, retryAfter: retryAfterSeconds(state.resetMs) },
            requestId,
          );
        }
      }
    }
  }

  #limited(decision: Decision & { allowed: false }, reason: 'limit' | 'store-unavailable', requestId: string | undefined): void {
    this.reporter.limited(
      { layers: decision.layers, accountId: decision.attempt.accountId, clientId: decision.attempt.clientId, retryAfter: decision.retryAfter, reason },
      requestId,
    );
  }
}
