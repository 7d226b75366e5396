/**
 * A plain per-client request cap for the API routes, with koa-ratelimit
 * configured the way it has to be:
 *
 * - the memory driver gets an explicit `Map` (without `db` every request
 *   builds a new limiter over a fresh Map and limits nothing) and a sweeper,
 *   because koa-ratelimit never deletes expired entries;
 * - the Redis driver gets the shared ioredis client and a key namespace; it
 *   runs one single-key Lua script per request (`<namespace>:<client>`), so
 *   on a Redis Cluster it never spans slots and clients spread over the masters;
 * - the client id comes from @parapet/https `getTransport()` (forwarded
 *   headers only from trusted proxies), IPv6 grouped by /56 so one customer
 *   network cannot rotate through addresses; never `ctx.ip`, which follows
 *   `app.proxy` and would trust any client-sent X-Forwarded-For;
 * - a Redis error is not a 500: this request is limited in memory instead;
 * - `X-RateLimit-Reset` is rewritten as integer epoch seconds and
 *   `Retry-After` as whole seconds >= 1 (koa-ratelimit 6 reports
 *   milliseconds with its Redis driver and fractional seconds with memory).
 */
import { getTransport, ipPrefix } from '@parapet/https';
import type { Cluster, Redis } from 'ioredis';
import type Koa from 'koa';
import ratelimit from 'koa-ratelimit';
import { sendProblem } from './problem.js';

/** Options of {@link apiRateLimit}. */
export interface ApiRateLimitOptions {
  /** Requests per client per window. */
  readonly max: number;
  /** Window length in ms. */
  readonly windowMs: number;
  /** Shared Redis client (single server, Sentinel or Cluster); memory when undefined. */
  readonly redis?: Redis | Cluster | undefined;
  /** Redis key namespace (koa-ratelimit `namespace`). */
  readonly namespace: string;
  /** A client was refused. */
  readonly onLimited: (ctx: Koa.Context, retryAfter: number) => void;
  /** Redis failed; the request was limited in memory instead. */
  readonly onStoreError: (error: unknown) => void;
}

const RESET_HEADER = 'X-RateLimit-Reset';

/**
 * koa-ratelimit's types name only `Redis`, but its driver (async-ratelimiter)
 * uses just `defineCommand` and the command it defines, which a `Cluster`
 * has too (tested on a real cluster).
 */
function asRatelimitDb(client: Redis | Cluster): Redis {
  return client as Redis;
}

/** The client key: the trusted-proxy-resolved client address, IPv6 by /56 network. */
export function clientNetwork(ctx: Koa.Context): string {
  const ip = getTransport(ctx).clientIp;
  return ipPrefix(ip, 32, 56) ?? (ip === '' ? 'unknown' : ip);
}

/** koa-ratelimit's reset time in (fractional) epoch seconds, whichever unit its driver wrote. */
function resetSeconds(ctx: Koa.Context): number | undefined {
  const raw = Number(ctx.response.get(RESET_HEADER));
  if (!Number.isFinite(raw) || raw <= 0) return undefined;
  // Epoch milliseconds (Redis driver) are > 1e11; epoch seconds are not until the year 5138.
  return raw > 1e11 ? raw / 1000 : raw;
}

function normalizeHeaders(ctx: Koa.Context): number | undefined {
  const reset = resetSeconds(ctx);
  if (reset !== undefined) ctx.set(RESET_HEADER, String(Math.ceil(reset)));
  return reset;
}

/** Koa middleware capping requests per client network; `close()` stops the memory sweeper. */
export function apiRateLimit(options: ApiRateLimitOptions): { middleware: Koa.Middleware; close(): void } {
  const { max, windowMs: duration, namespace } = options;
  const memory = new Map<string, { reset: number }>();
  const memoryLimiter = ratelimit({ driver: 'memory', db: memory, max, duration, id: clientNetwork, namespace });
  const redisLimiter = options.redis ? ratelimit({ driver: 'redis', db: asRatelimitDb(options.redis), max, duration, id: clientNetwork, namespace }) : undefined;
  const sweeper = setInterval(() => {
    const now = Date.now() / 1000;
    for (const [key, entry] of memory) if (entry.reset < now) memory.delete(key);
  }, Math.min(duration, 60_000));
  sweeper.unref();

  async function run(limiter: Koa.Middleware, ctx: Koa.Context, next: Koa.Next): Promise<'passed' | 'limited'> {
    let passed = false;
    await limiter(ctx, async () => {
      passed = true;
      normalizeHeaders(ctx);
      await next();
    });
    return passed ? 'passed' : 'limited';
  }

  const middleware: Koa.Middleware = async (ctx, next) => {
    let reachedNext = false;
    const guardedNext: Koa.Next = () => {
      reachedNext = true;
      return next();
    };
    let outcome: 'passed' | 'limited';
    try {
      outcome = await run(redisLimiter ?? memoryLimiter, ctx, guardedNext);
    } catch (error) {
      if (reachedNext || redisLimiter === undefined) throw error; // an error of the route, not of the limiter
      options.onStoreError(error);
      outcome = await run(memoryLimiter, ctx, guardedNext);
    }
    if (outcome === 'limited') {
      const now = Date.now();
      const reset = normalizeHeaders(ctx) ?? (now + duration) / 1000;
      // Never earlier than the real reset, never 0 (a client would retry at once).
      const retryAfter = Math.max(1, Math.ceil(reset - now / 1000));
      ctx.set('Retry-After', String(retryAfter));
      sendProblem(ctx, 429, 'Too Many Requests', 'Request rate limit exceeded. Try again later.');
      options.onLimited(ctx, retryAfter);
    }
  };
  return { middleware, close: () => clearInterval(sweeper) };
}
