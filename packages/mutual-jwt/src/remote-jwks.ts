import type { JWK } from 'jose';
import { readLimited } from './body.js';
import { bindPublicJwk, boundPublicKey, type BoundPublicKey } from './keys.js';

/** How one remote JWKS is fetched and cached. */
export interface RemoteKeySetOptions {
  readonly url: URL;
  readonly fetch: typeof fetch;
  /** Abort a fetch after this many ms. */
  readonly timeoutMs: number;
  /** After a fetch (successful or not), an unknown `kid` or a failed load triggers no new fetch for this many ms. */
  readonly cooldownMs: number;
  /** Refetch a set older than this many ms. */
  readonly maxAgeMs: number;
  /** When a refetch fails, keep using the last good set until it is this many ms past `maxAgeMs`. */
  readonly staleMaxAgeMs: number;
  /** Largest JWKS document accepted, in bytes. */
  readonly maxBytes: number;
  /** Algorithms keys may be bound to. */
  readonly enabled: ReadonlySet<string>;
  /** Names the set in messages. */
  readonly where: string;
}

/** No usable key set: never loaded, or the last good one is older than the stale bound. */
export class KeySetUnavailableError extends Error {}

/**
 * A remote JWKS bound key by key, like a local one: each key gets exactly one algorithm
 * (its `alg`, or Ed25519 → EdDSA and P-256 → ES256; RSA without `alg` is dropped), and a
 * key that is weak, private, of another `use` or unparsable is dropped when the set is
 * loaded, so no token ever reaches jose with it (a forged token is then a plain unknown
 * key, not a per-request 5xx). jose still does every signature check, with the bound key.
 *
 * Fetching: through the configured `fetch` (mTLS agents, private CAs), with a timeout and a
 * size cap, no redirects; an unknown `kid` refetches at most once per cooldown; when the key
 * server is down the last good set is served for a bounded time.
 */
export class RemoteKeySet {
  readonly #options: RemoteKeySetOptions;
  #keys: ReadonlyMap<string, BoundPublicKey> | undefined;
  #loadedAt = -Infinity;
  #lastAttempt = -Infinity;
  #lastError: unknown;
  #pending: Promise<void> | undefined;

  constructor(options: RemoteKeySetOptions) {
    this.#options = options;
  }

  /** Kids dropped at the last load, with the reason (for logs and tests). */
  dropped: readonly string[] = [];

  /**
   * The key bound to `kid`, or undefined when the set (fresh, or refreshed within the
   * cooldown rules) has no such key. Rejects with a `KeySetUnavailableError` when no
   * usable set exists.
   */
  async get(kid: string, nowMs: number): Promise<BoundPublicKey | undefined> {
    const options = this.#options;
    const age = nowMs - this.#loadedAt;
    const cooling = nowMs - this.#lastAttempt < options.cooldownMs;
    if (this.#keys !== undefined && age < options.maxAgeMs) {
      const key = this.#keys.get(kid);
      if (key !== undefined || cooling) return key;
      // An unknown kid in a fresh set: the caller may have rotated. One refetch per cooldown.
      await this.#refresh(nowMs);
      return this.#keys.get(kid);
    }
    if (!cooling) await this.#refresh(nowMs);
    if (this.#keys !== undefined && nowMs - this.#loadedAt < options.maxAgeMs + options.staleMaxAgeMs) return this.#keys.get(kid);
    const reason = this.#lastError instanceof Error ? this.#lastError.message : 'no key set loaded';
    throw new KeySetUnavailableError(`${options.where}: ${reason}`, { cause: this.#lastError });
  }

  #refresh(nowMs: number): Promise<void> {
    // Concurrent requests share one fetch.
    this.#pending ??= this.#load(nowMs).finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  async #load(nowMs: number): Promise<void> {
    this.#lastAttempt = nowMs;
    try {
      const document = await this.#fetchDocument();
      this.#keys = this.#bind(document);
      this.#loadedAt = nowMs;
      this.#lastError = undefined;
    } catch (error) {
      this.#lastError = error;
    }
  }

  async #fetchDocument(): Promise<unknown> {
    const { url, timeoutMs, maxBytes } = this.#options;
    const response = await this.#options.fetch(url, {
      headers: { accept: 'application/jwk-set+json, application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`GET ${url.href} answered ${response.status}`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel();
      throw new Error(`JWKS of ${declared} bytes exceeds ${maxBytes}`);
    }
    const bytes = response.body === null ? Buffer.alloc(0) : await readLimited(response.body as AsyncIterable<Uint8Array>, maxBytes, () => new Error(`JWKS exceeds ${maxBytes} bytes`));
    return JSON.parse(bytes.toString('utf8')) as unknown;
  }

  #bind(document: unknown): ReadonlyMap<string, BoundPublicKey> {
    const { enabled, where } = this.#options;
    const list = typeof document === 'object' && document !== null ? (document as { keys?: unknown }).keys : undefined;
    if (!Array.isArray(list)) throw new Error('JWKS has no "keys" array');
    const keys = new Map<string, BoundPublicKey>();
    const ambiguous = new Set<string>();
    const dropped: string[] = [];
    for (const jwk of list as JWK[]) {
      try {
        const bound = bindPublicJwk(jwk, enabled, where);
        if (keys.has(bound.kid) || ambiguous.has(bound.kid)) {
          // Two keys under one kid: neither is "the" key, so both go.
          ambiguous.add(bound.kid);
          keys.delete(bound.kid);
          dropped.push(`${bound.kid}: duplicate kid`);
          continue;
        }
        keys.set(bound.kid, boundPublicKey(bound.key, bound.alg));
      } catch (error) {
        dropped.push(error instanceof Error ? error.message : String(error));
      }
    }
    this.dropped = dropped;
    return keys;
  }
}
