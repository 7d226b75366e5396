/**
 * The whole request-time behaviour of `authLimit`, on plain data: what an
 * adapter knows about the request goes in, and what to answer (or which
 * headers to put on the handler's answer) comes out. Adapters only
 * translate; no framework type is visible here.
 */
import { DeviceCookieSigner } from '../device-cookie.js';
import { AuthLimitAccountError, AuthLimitExceededError } from '../errors.js';
import { accountText } from '../keys.js';
import { Limiter, type Attempt, type Decision, type Outcome } from '../limiter.js';
import { resolveOptions, type AuthLimitCoreOptions, type ChallengeEvent, type RequestHooks, type ResolvedOptions } from '../options.js';
import { isPromise, type MaybePromise } from '../store.js';
import { readCookie } from './cookie.js';

/** The attempt state (`ctx.state.authLimit`, `res.locals.authLimit`): lets the handler state the outcome when the status alone does not. */
export interface AuthLimitState {
  /** Count this attempt as wrong credentials, whatever the status. */
  fail(): void;
  /** Count this attempt as a successful login, whatever the status: refunds it and resets the account+client counter. */
  succeed(): void;
  /** Pseudonymous account id (HMAC), for logs; undefined when the request named no account. */
  readonly accountId: string | undefined;
  /** Pseudonymous client-network id (HMAC), for logs. */
  readonly clientId: string;
  /** A valid trusted-device cookie for this account came with the request. */
  readonly trustedDevice: boolean;
}

/** An allowed attempt in progress: published to the handler, settled once when the answer is known. */
export class AttemptControl implements AuthLimitState {
  outcome: Outcome | undefined;
  /** Set once the attempt is settled: later calls cannot change what was recorded. */
  settled = false;
  readonly accountId: string | undefined;
  readonly clientId: string;
  readonly trustedDevice: boolean;
  readonly decision: Decision & { allowed: true };

  constructor(decision: Decision & { allowed: true }) {
    const attempt = decision.attempt;
    this.decision = decision;
    this.accountId = attempt.accountId;
    this.clientId = attempt.clientId;
    this.trustedDevice = attempt.device !== undefined;
  }

  // A failure is final: a handler that calls fail() on one path and
  // succeed() later (or twice) never turns a wrong password into a refund.
  fail(): void {
    if (!this.settled) this.outcome = 'failure';
  }

  succeed(): void {
    if (!this.settled && this.outcome !== 'failure') this.outcome = 'success';
  }
}

/** What the adapter read from the request. */
export interface GateInput {
  /** What the `account` hook gave, through `accountOf()`: text, undefined (none) or null (refuse). */
  readonly account: string | undefined | null;
  /** The client address (the resolved transport's, or the `clientIp` hook's). */
  readonly clientIp: string | undefined;
  /** Request header lookup, lower-case names (the device cookie is read from `cookie`). */
  readonly header: (name: string) => string | undefined;
  /** The request id (`requestLogger` sets one), carried by the security events of this attempt. */
  readonly requestId?: string | undefined;
}

/** The `challenge` hook bound to the request by the adapter. */
export interface ChallengeCall {
  /** Runs the app's hook; `headers` describe the refusal, for an answer the hook writes itself. */
  run(event: ChallengeEvent, headers: Readonly<Record<string, string>>): boolean | PromiseLike<boolean>;
  /** The hook answered the request itself (its step-up prompt). */
  answered(): boolean;
}

/** A response the gate produced, RFC 9457 problem+json. */
export interface GateResponse {
  readonly status: 400 | 429;
  readonly headers: Readonly<Record<string, string>>;
  readonly contentType: 'application/problem+json';
  readonly body: string;
}

/** What to do with the request before the handler. */
export type Opening =
  /** Answer with this (`respond: 'problem'`). */
  | { readonly kind: 'respond'; readonly response: GateResponse }
  /** Hand this error to the app's error handling (`respond: 'throw'`); its `headers` must reach the response. */
  | { readonly kind: 'throw'; readonly error: AuthLimitExceededError | AuthLimitAccountError }
  /** The challenge hook answered; put these headers on its answer. */
  | { readonly kind: 'answered'; readonly headers: Readonly<Record<string, string>> }
  /** Run the handler with this attempt state. */
  | { readonly kind: 'continue'; readonly control: AttemptControl };

/** How the handler's answer ended, as the adapter sees it. */
export interface Ending {
  /** Final status, or the thrown error's status; undefined for a non-HTTP error or no answer at all. */
  readonly status: number | undefined;
  /** The client hung up before it could have received an answer. */
  readonly clientGone: boolean;
}

/** Headers for the handler's answer, and the store write still under way. */
export interface Closing {
  readonly outcome: Outcome;
  /** `RateLimit-Policy` and `RateLimit` after this attempt. */
  readonly headers: Record<string, string>;
  /** A `Set-Cookie` value minting (or renewing) the trusted-device cookie. */
  readonly setCookie: string | undefined;
  /** Never rejects. */
  readonly pending: MaybePromise<void>;
}

// RFC 9457: the same body for every refusal, whatever the account, so the
// answer never tells an attacker whether an account exists.
const PROBLEM = JSON.stringify({
  type: 'about:blank',
  title: 'Too Many Requests',
  status: 429,
  detail: 'Too many attempts. Try again later.',
});
const BAD_ACCOUNT = JSON.stringify({
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'Invalid account.',
});

/** What `account(request)` gave: text, undefined (none), or null (refuse: threw or not an account). */
export function accountOf<R>(account: (request: R) => unknown, request: R): MaybePromise<string | undefined | null> {
  let value: unknown;
  try {
    value = account(request);
  } catch {
    return null;
  }
  if (!isPromise(value)) return accountText(value);
  return Promise.resolve(value).then(accountText, () => null);
}

/** What `clientIp(request)` gave; a broken resolver puts the request in the shared "unknown" client: limited, never a 500. */
export function clientIpOf<R>(clientIp: (request: R) => unknown, request: R): string | undefined {
  try {
    const ip = clientIp(request);
    return typeof ip === 'string' ? ip : undefined;
  } catch {
    return undefined;
  }
}

/** The status an error asks for (`status`, else `statusCode`), as Koa and Express read it. */
export function errorStatus(error: unknown): number | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** Puts `headers` on an error's `headers` (where Koa's and Express's error handlers read them), never over the app's own. */
export function attachHeaders(error: unknown, headers: Record<string, string>): void {
  if (error === null || typeof error !== 'object') return;
  const target = error as { headers?: unknown };
  if (target.headers === undefined) {
    try {
      target.headers = { ...headers };
    } catch {
      // Frozen error object: nothing to attach to.
    }
    return;
  }
  if (target.headers !== null && typeof target.headers === 'object' && !Object.isFrozen(target.headers)) {
    const existing = target.headers as Record<string, string>;
    for (const [name, value] of Object.entries(headers)) existing[name] ??= value;
  }
}

function outcomeOf(status: number | undefined, failureStatuses: ReadonlySet<number>): Outcome {
  if (status === undefined) return 'error';
  if (failureStatuses.has(status)) return 'failure';
  if (status >= 200 && status < 400) return 'success';
  if (status >= 400 && status < 500) return 'not-checked';
  return 'error';
}

/** Only the account-wide layer refused an untrusted client: the case a step-up can open. */
function softLockout(decision: Decision & { allowed: false }): boolean {
  return decision.attempt.accountId !== undefined && decision.layers.length === 1 && decision.layers[0] === 'account';
}

async function passedChallenge(call: ChallengeCall, decision: Decision & { allowed: false }): Promise<boolean> {
  try {
    const event = { accountId: decision.attempt.accountId!, clientId: decision.attempt.clientId, retryAfter: decision.retryAfter };
    return (await call.run(event, decision.headers)) === true;
  } catch {
    // A broken step-up must not open the account: refuse as without a hook.
    return false;
  }
}

/**
 * Brute-force and credential-stuffing protection on plain data: every
 * attempt is counted against all layered limits in one atomic store step
 * before the handler runs (record-then-refund); {@link close} settles it
 * from the answer.
 */
export class AuthLimitGate<H extends RequestHooks = RequestHooks> {
  readonly limiter: Limiter;
  /** The validated options; the adapter calls the request hooks (`account`, `clientIp`, `challenge`) from here. */
  readonly options: ResolvedOptions<H>;
  readonly #cookieName: string | undefined;
  readonly #signer: DeviceCookieSigner | undefined;

  /** Validates the options (a TypeError naming the option on a mistake). */
  constructor(options: AuthLimitCoreOptions & H) {
    this.options = resolveOptions(options);
    this.limiter = new Limiter(this.options);
    this.#cookieName = this.options.deviceCookie?.name;
    this.#signer = this.limiter.deviceSigner;
  }

  /**
   * Counts the attempt and says whether the handler may run. `challenge` is
   * given when the app has a step-up hook. Never rejects; returns a promise
   * only when the store (or the hook) is asynchronous.
   */
  open(input: GateInput, challenge: ChallengeCall | undefined): MaybePromise<Opening> {
    const limiter = this.limiter;
    const text = input.account;
    const cookieName = this.#cookieName;
    const deviceCookie = cookieName === undefined || text === null ? undefined : readCookie(input.header('cookie'), cookieName);
    const attempt: Attempt = limiter.prepare({ account: text ?? undefined, clientIp: input.clientIp, deviceCookie });
    const requestId = input.requestId;
    // Forged, expired or another account's: the attempt is judged as one without a cookie.
    if (deviceCookie !== undefined && attempt.device === undefined && attempt.accountId !== undefined) {
      limiter.reporter.deviceCookieRejected('invalid', attempt.accountId, attempt.clientId, requestId);
    }
    const checked = limiter.check(attempt, requestId);
    return isPromise(checked)
      ? checked.then((decision) => this.#decided(decision, text, challenge, requestId))
      : this.#decided(checked, text, challenge, requestId);
  }

  #decided(decision: Decision, text: string | undefined | null, challenge: ChallengeCall | undefined, requestId: string | undefined): MaybePromise<Opening> {
    if (!decision.allowed) {
      if (challenge !== undefined && softLockout(decision)) return this.#challenge(decision, text, challenge, requestId);
      if (this.options.respond === 'throw') return { kind: 'throw', error: new AuthLimitExceededError(decision.retryAfter, { ...decision.headers }) };
      return { kind: 'respond', response: { status: 429, headers: decision.headers, contentType: 'application/problem+json', body: PROBLEM } };
    }
    if (text === null) {
      // Counted against the client limits (as a failure: never refunded); the
      // handler, which cannot be told which account to check, does not run.
      const settled = this.limiter.settle(decision, 'failure');
      return isPromise(settled) ? settled.then((headers) => this.#badAccount(headers)) : this.#badAccount(settled);
    }
    return { kind: 'continue', control: new AttemptControl(decision) };
  }

  async #challenge(decision: Decision & { allowed: false }, text: string | undefined | null, challenge: ChallengeCall, requestId: string | undefined): Promise<Opening> {
    if (await passedChallenge(challenge, decision)) {
      const again = this.limiter.check(this.limiter.challenged(decision.attempt), requestId);
      return this.#decided(isPromise(again) ? await again : again, text, undefined, requestId);
    }
    // The app answered with its step-up; the limit headers still describe the refusal.
    if (challenge.answered()) return { kind: 'answered', headers: decision.headers };
    return this.#decided(decision, text, undefined, requestId);
  }

  #badAccount(headers: Record<string, string>): Opening {
    if (this.options.respond === 'throw') return { kind: 'throw', error: new AuthLimitAccountError(headers) };
    return { kind: 'respond', response: { status: 400, headers, contentType: 'application/problem+json', body: BAD_ACCOUNT } };
  }

  /**
   * Settles an allowed attempt once: the explicit outcome if the handler
   * gave one, else the status. Later calls return undefined.
   */
  close(control: AttemptControl, ending: Ending): Closing | undefined {
    if (control.settled) return undefined;
    control.settled = true;
    let outcome = control.outcome ?? outcomeOf(ending.status, this.options.failureStatuses);
    // A client that hung up mid-handler keeps its attempt counted: only an
    // answer the client could have received (or an explicit succeed()) refunds.
    if (outcome === 'not-checked' && ending.clientGone) outcome = 'error';
    const { headers, pending } = this.limiter.record(control.decision, outcome);
    return { outcome, headers, setCookie: this.#deviceCookie(control, outcome), pending };
  }

  // Only a login route has a signer, and only a success (explicit, or a
  // 2xx/3xx the handler chose) mints: a 4xx "not checked" never does.
  #deviceCookie(control: AttemptControl, outcome: Outcome): string | undefined {
    const signer = this.#signer;
    const judged = control.decision.attempt;
    if (outcome !== 'success' || signer === undefined || judged.accountId === undefined) return undefined;
    const cookie = this.options.deviceCookie!;
    const value = signer.sign(judged.accountId, judged.device?.deviceId ?? DeviceCookieSigner.newDeviceId(), Date.now());
    this.limiter.reporter.deviceCookieIssued(judged.accountId, judged.clientId, control.decision.requestId);
    return `${cookie.name}=${value}${cookie.attributes}`;
  }

  /** See `revokeDeviceCookies` on the middlewares. */
  revokeDeviceCookies(account: string): Promise<void> {
    return this.limiter.revokeDeviceCookies(account);
  }
}

/** A request id from request state the app (or `requestLogger`) wrote: used only when it is a string. */
export function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
