/**
 * A plain per-client request cap for the API routes, with express-rate-limit
 * configured the way it has to be (the Express counterpart of the Koa
 * example's koa-ratelimit):
 *
 * - the client id comes from @parapet/https `getTransport()` (forwarded
 *   headers only from trusted proxies), IPv6 grouped by /56 so one customer
 *   network cannot rotate through addresses; never `req.ip`, which follows
 *   `app.set('trust proxy')`. express-rate-limit's start-up validations,
 *   which are about `req.ip` and `trust proxy`, are off for that reason;
 * - with Redis, rate-limit-redis on the shared ioredis client under the
 *   deployment's prefix: one single-key script per request, so on a Redis
 *   Cluster it never spans slots (its script is loaded on every master);
 * - a Redis error is not a 500: this request is counted in memory instead;
 * - `X-RateLimit-*` headers as the Koa example sends them (integer epoch
 *   seconds in `X-RateLimit-Reset`), and `Retry-After` in whole seconds >= 1.
 */
import { getTransport } from '@parapet/https/express';
import { ipPrefix } from '@parapet/https/core';
import type { Request, RequestHandler } from 'express';
import { MemoryStore, rateLimit, type IncrementResponse, type Options, type Store } from 'express-rate-limit';
import { Cluster, type Redis } from 'ioredis';
import { RedisStore, type RedisReply, type SendCommandClusterDetails } from 'rate-limit-redis';
import { sendProblem } from './http.js';

/** Options of {@link apiRateLimit}. */
export interface ApiRateLimitOptions {
  /** Requests per client per window. */
  readonly max: number;
  /** Window length in ms. */
  readonly windowMs: number;
  /** Shared Redis client (single server, Sentinel or Cluster); memory when undefined. */
  readonly redis?: Redis | Cluster | undefined;
  /** Redis key prefix. */
  readonly prefix: string;
  /** A client was refused. */
  readonly onLimited: (req: Request, retryAfter: number) => void;
  /** Redis failed; the request was counted in memory instead. */
  readonly onStoreError: (error: unknown) => void;
}

/** The client key: the trusted-proxy-resolved client address, IPv6 by /56 network. */
export function clientNetwork(req: Request): string {
  const ip = getTransport(req).clientIp;
  return ipPrefix(ip, 32, 56) ?? (ip === '' ? 'unknown' : ip);
}

/** rate-limit-redis over ioredis: a Cluster routes each command by its key; its script goes to every master. */
function sendCommand(client: Redis | Cluster): (details: SendCommandClusterDetails) => Promise<RedisReply> {
  return async ({ command }) => {
    const [name, ...args] = command as [string, ...string[]];
    if (client instanceof Cluster && name.toUpperCase() === 'SCRIPT') {
      const [first] = await Promise.all(client.nodes('master').map((node) => node.call(name, ...args)));
      return first as RedisReply;
    }
    return (await client.call(name, ...args)) as RedisReply;
  };
}

/** The Redis store, with each failed call answered by a memory store instead (and reported). */
class FallbackStore implements Store {
  readonly localKeys = false;
  constructor(
    readonly primary: Store,
    readonly fallback: MemoryStore,
    readonly onError: (error: unknown) => void,
  ) {}

  async init(options: Options): Promise<void> {
    this.fallback.init(options);
    await this.primary.init?.(options);
  }

  async #either<T>(run: (store: Store) => Promise<T> | T): Promise<T> {
    try {
      return await run(this.primary);
    } catch (error) {
      this.onError(error);
      return run(this.fallback);
    }
  }

  increment(key: string): Promise<IncrementResponse> {
    return this.#either((store) => store.increment(key));
  }

  decrement(key: string): Promise<void> {
    return this.#either((store) => store.decrement(key));
  }

  resetKey(key: string): Promise<void> {
    return this.#either((store) => store.resetKey(key));
  }

  shutdown(): void {
    this.fallback.shutdown();
  }
}

/** Express middleware capping requests per client network; `close()` stops the memory store's timer. */
export function apiRateLimit(options: ApiRateLimitOptions): { middleware: RequestHandler; close(): void } {
  const memory = new MemoryStore();
  const store: Store = options.redis
    ? new FallbackStore(new RedisStore({ sendCommandCluster: sendCommand(options.redis), prefix: `${options.prefix}ratelimit:` }), new MemoryStore(), options.onStoreError)
    : memory;
  const middleware = rateLimit({
    windowMs: options.windowMs,
    limit: options.max,
    keyGenerator: clientNetwork,
    store,
    standardHeaders: false,
    legacyHeaders: true,
    validate: false,
    // Never earlier than the real reset, never 0 (a client would retry at once).
    retryAfter: (req) => {
      const reset = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime?.getTime() ?? Date.now() + options.windowMs;
      return Math.max(1, Math.ceil((reset - Date.now()) / 1000));
    },
    handler: (req, res) => {
      sendProblem(res, 429, 'Too Many Requests', 'Request rate limit exceeded. Try again later.');
      options.onLimited(req, Number(res.getHeader('Retry-After')));
    },
  });
  return { middleware, close: () => void (store.shutdown?.(), memory.shutdown()) };
}
