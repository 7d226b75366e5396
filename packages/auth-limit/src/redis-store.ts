import { createHash } from 'node:crypto';
import type { AuthLimitStore, ConsumeResult, CounterSpec, CounterState } from './store.js';

/**
 * The part of an ioredis 5 client the store uses, typed structurally so
 * ioredis stays an optional peer: a `Redis` (single server or Sentinel) or a
 * `Cluster`. On a Cluster every key of one store carries the same hash tag,
 * so a check-and-record step over account and client counters is one script
 * in one slot.
 */
export interface RedisClientLike {
  evalsha(sha1: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
  readonly options?: { readonly enableOfflineQueue?: boolean | undefined };
}

/** Options of {@link RedisStore}. */
export interface RedisStoreOptions {
  /**
   * An ioredis `Redis` or `Cluster` created with `enableOfflineQueue: false`,
   * so a command issued while Redis (or the master of the store's slot) is
   * down fails at once instead of queueing (and the login request waiting)
   * until Redis returns.
   */
  client: RedisClientLike;
  /**
   * Prefix of every key the store writes; use one per application and route
   * family so several deployments can share a Redis. No `{` or `}`: the store
   * appends its own hash tag, derived from the prefix, so all keys of one
   * prefix share one Redis Cluster slot (and different prefixes usually
   * land on different slots).
   * @default 'parapet:auth-limit:'
   */
  prefix?: string;
  /**
   * Accept a client whose offline queue is on. Dangerous: while Redis is
   * down, commands wait in memory and the request hangs until the store
   * timeout fires for every attempt.
   * @default false
   */
  dangerouslyAllowOfflineQueue?: boolean;
}

// Check every layer, then record all of them or none: one atomic step.
// Redis TIME is the clock (PEXPIREAT from it, PTTL read back), so clock skew
// between app servers never changes a window.
// KEYS: counter keys. ARGV: limit1, windowMs1, limit2, windowMs2, ...
// A window of 0 marks a read-only (peek) counter: reported, never written or checked.
// Reply: { allowed(0|1), count1, resetMs1, count2, resetMs2, ... }
const CONSUME = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = #KEYS
local counts, ttls = {}, {}
local allowed = 1
for i = 1, n do
  local c = tonumber(redis.call('GET', KEYS[i]) or '0')
  local ttl = 0
  if c > 0 then
    ttl = redis.call('PTTL', KEYS[i])
    if ttl < 0 and ARGV[2 * i] == '0' then
      ttl = 0
    elseif ttl < 0 then
      -- A counter without TTL (PERSISTed by hand) would block forever: give it a window.
      ttl = tonumber(ARGV[2 * i])
      redis.call('PEXPIREAT', KEYS[i], now + ttl)
    end
  end
  counts[i], ttls[i] = c, ttl
  if ARGV[2 * i] ~= '0' and c >= tonumber(ARGV[2 * i - 1]) then allowed = 0 end
end
if allowed == 1 then
  for i = 1, n do
    if ARGV[2 * i] ~= '0' then
      local c = redis.call('INCR', KEYS[i])
      if c == 1 then
        local w = tonumber(ARGV[2 * i])
        redis.call('PEXPIREAT', KEYS[i], now + w)
        ttls[i] = w
      end
      counts[i] = c
    end
  end
end
local reply = { allowed }
for i = 1, n do
  reply[2 * i] = counts[i]
  reply[2 * i + 1] = ttls[i]
end
return reply
`;

// KEYS: refund keys, then reset keys. ARGV[1]: number of refund keys.
// DECR keeps the key's TTL; a missing or zero key is left alone so a refund
// never resurrects an expired window or goes negative.
const SETTLE = `
local r = tonumber(ARGV[1])
for i = 1, #KEYS do
  if i <= r then
    local c = tonumber(redis.call('GET', KEYS[i]) or '0')
    if c > 0 then redis.call('DECR', KEYS[i]) end
  else
    redis.call('DEL', KEYS[i])
  end
end
return 0
`;

// KEYS[1]: counter key. ARGV[1]: milliseconds it must live at least. Never
// creates the key or shortens its life.
const EXTEND = `
local t = redis.call('PTTL', KEYS[1])
if t > 0 and t < tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return 0
`;

function unexpected(): never {
  throw new Error('RedisStore: unexpected reply from the consume script');
}

/** A count or TTL from the script: a non-negative safe integer, or the reply is rejected (→ `onStoreError`). */
function natural(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) unexpected();
  return value;
}

// Anything but the exact shape (a proxy, a module, a script renamed under the
// same SHA) is a store failure, never NaN in a header or a silent "allowed".
function parseConsume(reply: unknown, n: number): ConsumeResult {
  if (!Array.isArray(reply) || reply.length !== 1 + 2 * n) unexpected();
  const allowed: unknown = reply[0];
  if (allowed !== 0 && allowed !== 1) unexpected();
  const counters: CounterState[] = [];
  for (let i = 0; i < n; i++) counters.push({ count: natural(reply[1 + 2 * i]), resetMs: natural(reply[2 + 2 * i]) });
  return { allowed: allowed === 1, counters };
}

/**
 * The Redis Cluster hash tag of a store: 8 base64url characters of
 * SHA-256(prefix). One decision reads and writes the account counters and the
 * client counters together, and those are shared across accounts and
 * clients, so no finer split keeps every decision in one slot: the whole
 * store is one slot on one master (see the README for capacity).
 */
export function slotTag(prefix: string): string {
  return createHash('sha256').update(prefix).digest('base64url').slice(0, 8);
}

const sha1 = (script: string): string => createHash('sha1').update(script).digest('hex');
const CONSUME_SHA = sha1(CONSUME);
const SETTLE_SHA = sha1(SETTLE);
const EXTEND_SHA = sha1(EXTEND);
const REDIS_STORE_OPTIONS = new Set(['client', 'prefix', 'dangerouslyAllowOfflineQueue']);

/**
 * Counters in Redis, shared by every app instance. `consume` is one EVALSHA
 * (one round trip per attempt); `settle` (only after a success) is one more.
 * Redis keys are `prefix{tag}key` (see {@link slotTag}), the same on a single
 * server, Sentinel or Cluster.
 *
 * @example
 * const redis = new Redis({ enableOfflineQueue: false, maxRetriesPerRequest: 1 });
 * app.use(authLimit({ secret, account, store: new RedisStore({ client: redis, prefix: 'myapp:login:' }) }));
 */
export class RedisStore implements AuthLimitStore {
  readonly prefix: string;
  /** `prefix{tag}`: the start of every Redis key this store writes (see {@link slotTag}). */
  readonly keyPrefix: string;
  readonly #client: RedisClientLike;
  readonly #args = new WeakMap<readonly CounterSpec[], string[]>();

  constructor(options: RedisStoreOptions) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('RedisStore: options must be an object with a "client"');
    }
    for (const key of Object.keys(options)) {
      if (!REDIS_STORE_OPTIONS.has(key)) throw new TypeError(`RedisStore: unknown option "${key}"`);
    }
    const { client, prefix = 'parapet:auth-limit:', dangerouslyAllowOfflineQueue = false } = options;
    if (client === null || typeof client !== 'object' || typeof client.evalsha !== 'function' || typeof client.eval !== 'function') {
      throw new TypeError('RedisStore: "client" must be an ioredis client');
    }
    if (typeof dangerouslyAllowOfflineQueue !== 'boolean') {
      throw new TypeError('RedisStore: "dangerouslyAllowOfflineQueue" must be a boolean');
    }
    if (client.options?.enableOfflineQueue !== false && !dangerouslyAllowOfflineQueue) {
      throw new TypeError(
        'RedisStore: create the ioredis client with "enableOfflineQueue: false" (or set "dangerouslyAllowOfflineQueue")',
      );
    }
    if (typeof prefix !== 'string' || prefix.length === 0 || prefix.length > 256) {
      throw new TypeError('RedisStore: "prefix" must be a non-empty string of at most 256 characters');
    }
    if (prefix.includes('{') || prefix.includes('}')) {
      throw new TypeError('RedisStore: "prefix" must not contain "{" or "}" (the store adds its own Redis Cluster hash tag)');
    }
    this.#client = client;
    this.prefix = prefix;
    this.keyPrefix = `${prefix}{${slotTag(prefix)}}`;
  }

  consume(counters: readonly CounterSpec[]): Promise<ConsumeResult> {
    // The limiter reuses one spec array per (client, account), so the
    // prefixed keys and stringified limits are built once per array, not per
    // attempt; a WeakMap lets them go with it.
    let args = this.#args.get(counters);
    if (args === undefined) {
      args = counters.map((spec) => this.keyPrefix + spec.key);
      for (const spec of counters) args.push(String(spec.limit), spec.peek === true ? '0' : String(spec.windowMs));
      this.#args.set(counters, args);
    }
    const n = counters.length;
    return this.#run(CONSUME_SHA, CONSUME, n, args, (reply) => parseConsume(reply, n));
  }

  settle(refund: readonly string[], reset: readonly string[]): Promise<void> {
    if (refund.length === 0 && reset.length === 0) return Promise.resolve();
    const args: (string | number)[] = [...refund, ...reset].map((key) => this.keyPrefix + key);
    const numKeys = args.length;
    args.push(refund.length);
    return this.#run(SETTLE_SHA, SETTLE, numKeys, args, () => undefined);
  }

  extend(key: string, ttlMs: number): Promise<void> {
    return this.#run(EXTEND_SHA, EXTEND, 1, [this.keyPrefix + key, Math.ceil(ttlMs)], () => undefined);
  }

  /** One EVALSHA; on NOSCRIPT (fresh or flushed Redis) one EVAL that loads the script. One promise hop either way. */
  #run<T>(sha: string, script: string, numKeys: number, args: (string | number)[], read: (reply: unknown) => T): Promise<T> {
    return this.#client.evalsha(sha, numKeys, ...args).then(read, (error: unknown) => {
      if (error instanceof Error && error.message.startsWith('NOSCRIPT')) return this.#client.eval(script, numKeys, ...args).then(read);
      throw error;
    });
  }
}
