import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { RedisStore, slotTag, type RedisClientLike, type StoreErrorEvent } from '../src/index.js';
import { loginApp } from './app.js';
import { scanKeys, sharedRedis, uniquePrefix } from './helpers.js';

describe('RedisStore given unexpected data by the real Redis', () => {
  const shared = sharedRedis();

  function appOn(store: RedisStore, onStoreError: 'memory' | 'fail-closed') {
    const errors: StoreErrorEvent[] = [];
    const { app, handled } = loginApp({
      store,
      onStoreError,
      storeTimeout: 5000,
      storeRetryInterval: 0,
      limits: { accountClient: { limit: 2, window: 600 } },
      events: { onStoreError: (e) => errors.push(e) },
    });
    const attempt = () => request(app.callback()).post('/login').send({ user: 'erin', password: 'x' });
    return { attempt, errors, handled };
  }

  it('a counter key holding a non-number or another type is a store error (memory fallback), never a 500', async () => {
    const prefix = uniquePrefix('garbage');
    const store = new RedisStore({ client: shared(), prefix });
    const { attempt, errors } = appOn(store, 'memory');
    expect((await attempt()).status).toBe(401);
    // Corrupt every counter this attempt touches: a string, then a hash.
    const keys = await scanKeys(shared(), prefix);
    expect(keys).toHaveLength(4);
    for (const key of keys) await shared().set(key, 'not-a-number', 'PX', 60_000);
    const statuses = [(await attempt()).status, (await attempt()).status, (await attempt()).status];
    // Limiting continued in memory: 2 failures allowed there, then 429.
    expect(statuses).toEqual([401, 401, 429]);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.every((e) => e.operation === 'consume' && !e.timedOut)).toBe(true);
    for (const key of keys) {
      await shared().del(key);
      await shared().hset(key, 'x', '1');
    }
    expect((await attempt()).status).toBe(429);
    expect(String(errors.at(-1)?.error)).toMatch(/WRONGTYPE/);
  });

  it('a reply of the wrong shape (a proxy or module answering EVALSHA) is rejected, not read as NaN or "allowed"', async () => {
    const prefix = uniquePrefix('shape');
    const replies = ['return {1, 1, 600000}', "return {1, 'x', 'y', 1, 1, 1, 1, 1, 1}", 'return {2, 1, 1, 1, 1, 1, 1, 1, 1}', 'return {1, -1, 5, 1, 1, 1, 1, 1, 1}', "return 'OK'"];
    for (const script of replies) {
      // The real Redis answers; only the script differs from ours.
      const client: RedisClientLike = {
        options: { enableOfflineQueue: false },
        evalsha: () => shared().eval(script, 0),
        eval: () => shared().eval(script, 0),
      };
      const { attempt, errors, handled } = appOn(new RedisStore({ client, prefix }), 'fail-closed');
      const res = await attempt();
      expect(res.status).toBe(429);
      expect(res.headers['retry-after']).toBe('1');
      expect(handled()).toBe(0);
      expect(String((errors[0]?.error as Error).message)).toBe('RedisStore: unexpected reply from the consume script');
    }
  });

  it('the longest prefix (256 characters) works and bounds every key at prefix + 65 characters; 257 is refused', async () => {
    const prefix = uniquePrefix('long').padEnd(256, 'p');
    expect(() => new RedisStore({ client: shared(), prefix: `${prefix}x` })).toThrow(
      new TypeError('RedisStore: "prefix" must be a non-empty string of at most 256 characters'),
    );
    const { attempt } = appOn(new RedisStore({ client: shared(), prefix }), 'fail-closed');
    expect((await attempt()).status).toBe(401);
    const keys = await scanKeys(shared(), prefix);
    expect(keys).toHaveLength(4);
    for (const key of keys) expect(key.length).toBeLessThanOrEqual(256 + 65);
    await shared().del(...keys);
  });

  it('tags every key of a store with one Redis Cluster hash tag derived from the prefix; refuses braces in the prefix', async () => {
    for (const prefix of ['app:{login}:', 'app:}', 'app:{']) {
      expect(() => new RedisStore({ client: shared(), prefix })).toThrow(
        new TypeError('RedisStore: "prefix" must not contain "{" or "}" (the store adds its own Redis Cluster hash tag)'),
      );
    }
    const prefix = uniquePrefix('tag');
    const store = new RedisStore({ client: shared(), prefix });
    expect(store.keyPrefix).toBe(`${prefix}{${slotTag(prefix)}}`);
    expect(slotTag(prefix)).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(slotTag(`${prefix}other:`)).not.toBe(slotTag(prefix));
    const { attempt } = appOn(store, 'fail-closed');
    expect((await attempt()).status).toBe(401);
    const keys = await scanKeys(shared(), prefix);
    expect(keys).toHaveLength(4);
    for (const key of keys) expect(key.startsWith(store.keyPrefix)).toBe(true);
    await shared().del(...keys);
  });
});
