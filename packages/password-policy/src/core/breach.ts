/**
 * Breached-password check against a k-anonymity range API compatible with
 * Have I Been Pwned's Pwned Passwords: only the first 5 hex digits of the
 * password's SHA-1 leave the server, the answer lists every suffix under
 * that prefix, and `Add-Padding: true` makes every answer about the same
 * size so an observer of the (encrypted) response length cannot tell which
 * prefix — and so which password family — was asked about. Padding entries
 * carry a count of 0 and are ignored.
 */
import { createHash } from 'node:crypto';

/** Options of the breach check. */
export interface BreachCheckOptions {
  /**
   * What to do when the range API cannot be asked (timeout, network error,
   * non-200 answer): `'allow'` accepts the password on the local rules alone
   * (fail open), `'deny'` refuses it with `breach_check_unavailable` (fail
   * closed). Required: there is no safe default for every service.
   */
  readonly onUnavailable: 'allow' | 'deny';
  /** Base URL; the 5-digit prefix is appended. @default "https://api.pwnedpasswords.com/range/" */
  readonly baseUrl?: string;
  /** fetch implementation (inject for tests, proxies, a custom CA). @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Give up after this many ms. @default 2000 */
  readonly timeoutDuration?: number;
  /** Breach count from which a password is refused. @default 1 */
  readonly minCount?: number;
}

/** Outcome of one range query. */
export type BreachResult = { readonly status: 'breached'; readonly count: number } | { readonly status: 'clean' } | { readonly status: 'unavailable'; readonly reason: string };

const MAX_BODY = 1 << 20; // a padded range answer is ~40 KB; anything far larger is not one
const LINE = /^([0-9A-F]{35}):(\d+)$/;

/** Resolved breach-check settings. */
export interface BreachChecker {
  readonly onUnavailable: 'allow' | 'deny';
  readonly minCount: number;
  lookup(normalizedPassword: string): Promise<BreachResult>;
}

export function createBreachChecker(options: BreachCheckOptions): BreachChecker {
  if (typeof options !== 'object' || options === null) throw new TypeError('passwordPolicy: "breachCheck" must be an object');
  const known = new Set(['onUnavailable', 'baseUrl', 'fetch', 'timeoutDuration', 'minCount']);
  for (const key of Object.keys(options)) {
    // The name of jose's and mutual-jwt's fetch timeout, so one idea has one name.
    if (key === 'timeoutMs') throw new TypeError('passwordPolicy: "breachCheck.timeoutMs" was renamed to "breachCheck.timeoutDuration"'); // retired name
    if (!known.has(key)) throw new TypeError(`passwordPolicy: unknown option "breachCheck.${key}"`);
  }
  if (options.onUnavailable !== 'allow' && options.onUnavailable !== 'deny') {
    throw new TypeError('passwordPolicy: "breachCheck.onUnavailable" must be \'allow\' or \'deny\' (what to do when the breach service cannot be reached)');
  }
  const baseUrl = options.baseUrl ?? 'https://api.pwnedpasswords.com/range/';
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new TypeError('passwordPolicy: "breachCheck.baseUrl" must be an absolute URL');
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname))) {
    // The prefix is not secret, but an attacker on the path could answer "clean" for every password.
    throw new TypeError('passwordPolicy: "breachCheck.baseUrl" must be https (plain http only to localhost)');
  }
  const timeoutMs = options.timeoutDuration ?? 2000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 60_000) throw new TypeError('passwordPolicy: "breachCheck.timeoutDuration" must be an integer from 1 to 60000 (ms)');
  const minCount = options.minCount ?? 1;
  if (!Number.isInteger(minCount) || minCount < 1) throw new TypeError('passwordPolicy: "breachCheck.minCount" must be an integer >= 1');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError('passwordPolicy: "breachCheck.fetch" must be a function');

  return {
    onUnavailable: options.onUnavailable,
    minCount,
    async lookup(normalizedPassword) {
      // SHA-1 is what the range API indexes by; it is a lookup key here, not a password hash.
      const digest = createHash('sha1').update(normalizedPassword, 'utf8').digest('hex').toUpperCase();
      const prefix = digest.slice(0, 5);
      const suffix = digest.slice(5);
      const signal = AbortSignal.timeout(timeoutMs);
      let body: string;
      try {
        const response = await fetchImpl(new URL(prefix, parsed), { headers: { 'Add-Padding': 'true', Accept: 'text/plain' }, signal, redirect: 'error' });
        if (response.status !== 200) {
          await response.body?.cancel();
          return { status: 'unavailable', reason: `range API answered ${response.status}` };
        }
        body = await readBounded(response, signal);
      } catch (err) {
        return { status: 'unavailable', reason: signal.aborted ? `timed out after ${timeoutMs} ms` : err instanceof Error ? err.message : String(err) };
      }
      for (const line of body.split('\n')) {
        const match = LINE.exec(line.trim().toUpperCase());
        if (match === null || match[1] !== suffix) continue;
        const count = Number(match[2]);
        // Padding rows carry a count of 0: not a breach.
        return count > 0 ? { status: 'breached', count } : { status: 'clean' };
      }
      return { status: 'clean' };
    },
  };
}

async function readBounded(response: Response, signal: AbortSignal): Promise<string> {
  if (response.body === null) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Leaving the loop early (throw) cancels the stream.
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    if (signal.aborted) throw new Error('aborted');
    size += chunk.byteLength;
    if (size > MAX_BODY) throw new Error('range API answer too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
