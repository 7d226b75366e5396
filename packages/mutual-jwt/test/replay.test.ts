import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryReplayStore, RedisReplayStore, ReplayStoreFullError, replayKey, type ReplayStore } from '../src/index.js';
import { claims, createTestApp, makeKeys, signToken, type Keys } from './helpers.js';
import { connectTestRedis, deletePrefix, testPrefix } from './redis.js';

const INVALID_TOKEN = 'Bearer realm="orders", error="invalid_token"';
let keys: Keys;
let redis: Redis;
const prefix = testPrefix('replay');

beforeAll(async () => {
  keys = await makeKeys();
  redis = await connectTestRedis();
});
afterAll(async () => {
  await deletePrefix(redis, prefix);
  redis.disconnect();
});

describe('MemoryReplayStore', () => {
  it('accepts a key once until it expires', async () => {
    let clock = 1_000_000;
    const store = new MemoryReplayStore({ now: () => clock });
    expect(await store.claim('a', clock + 1000)).toBe(true);
    expect(await store.claim('a', clock + 1000)).toBe(false);
    clock += 1001;
    expect(await store.claim('a', clock + 1000)).toBe(true);
  });

  it('never evicts a live entry: when full of live entries it refuses (fail closed)', async () => {
    let clock = 1_000_000;
    const store = new MemoryReplayStore({ maxEntries: 3, now: () => clock });
    for (const key of ['a', 'b', 'c']) expect(await store.claim(key, clock + 60_000)).toBe(true);
    await expect(store.claim('d', clock + 60_000)).rejects.toBeInstanceOf(ReplayStoreFullError);
    // The flood did not push out "a": it is still a replay.
    expect(await store.claim('a', clock + 60_000)).toBe(false);
    clock += 60_001;
    expect(await store.claim('d', clock + 60_000)).toBe(true);
    expect(store.size).toBe(1);
  });

  it('full store → 503 with Retry-After through the middleware', async () => {
    const t = createTestApp(keys, { replayStore: new MemoryReplayStore({ maxEntries: 1 }) });
    expect((await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`)).status).toBe(200);
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(t.failures.at(-1)!.code).toBe('ERR_MUTUAL_REPLAY_STORE_UNAVAILABLE');
  });

  it('keys are length-prefixed so (iss, jti) pairs cannot collide', () => {
    expect(replayKey('orders', 'a:b', 'c')).not.toBe(replayKey('orders', 'a', 'b:c'));
    expect(replayKey('a:b', 'c', 'd')).not.toBe(replayKey('a', 'b:c', 'd'));
  });
});

describe('RedisReplayStore (real Redis)', () => {
  it('refuses a Redis Cluster hash tag in the prefix (every claim would land on one master)', () => {
    const client = new Redis({ lazyConnect: true });
    for (const prefix of ['svc:{jti}:', 'svc:{', 'svc:}']) {
      expect(() => new RedisReplayStore({ client, prefix })).toThrow(
        new TypeError('RedisReplayStore: "prefix" must not contain "{" or "}" (a Redis Cluster hash tag would put every key on one master)'),
      );
    }
    client.disconnect();
  });

  it('rejects a replay across two app instances sharing Redis', async () => {
    const a = createTestApp(keys, { replayStore: new RedisReplayStore({ client: redis, prefix }) });
    const b = createTestApp(keys, { replayStore: new RedisReplayStore({ client: redis, prefix }) });
    const token = await signToken(keys.billing);
    const first = await request(a.app.callback()).get('/api/orders').set('Authorization', `Bearer ${token}`);
    expect(first.status).toBe(200);
    const second = await request(b.app.callback()).get('/api/orders').set('Authorization', `Bearer ${token}`);
    expect(second.status).toBe(401);
    expect(second.headers['www-authenticate']).toBe(INVALID_TOKEN);
    expect(b.failures.at(-1)!.code).toBe('ERR_MUTUAL_REPLAY');
  });

  it('only one of many concurrent uses wins (atomic SET NX)', async () => {
    const apps = [0, 1, 2, 3].map(() => createTestApp(keys, { replayStore: new RedisReplayStore({ client: redis, prefix }) }));
    const token = await signToken(keys.billing);
    const results = await Promise.all(apps.flatMap((x) => [x, x]).map((x) => request(x.app.callback()).get('/api/orders').set('Authorization', `Bearer ${token}`)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 401)).toHaveLength(7);
  });

  it('stores iss+jti under the prefix with a TTL up to exp + 5 s', async () => {
    const jti = randomUUID();
    const t = createTestApp(keys, { replayStore: new RedisReplayStore({ client: redis, prefix }) });
    const payload = claims({ jti });
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing, payload)}`);
    expect(res.status).toBe(200);
    const ttl = await redis.pttl(`${prefix}${replayKey('orders', 'billing', jti)}`);
    expect(ttl).toBeGreaterThan(60_000);
    expect(ttl).toBeLessThanOrEqual(66_000);
  });

  it('Redis down → 503 + Retry-After by default (fail closed), no hang', async () => {
    const down = new Redis({ host: '127.0.0.1', port: 1, enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true, retryStrategy: () => null });
    down.on('error', () => undefined);
    try {
      const t = createTestApp(keys, { replayStore: new RedisReplayStore({ client: down, prefix }), retryAfter: 7 });
      const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`);
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('7');
      expect(res.text).toBe('Service Unavailable');
      expect(t.failures.at(-1)!.code).toBe('ERR_MUTUAL_REPLAY_STORE_UNAVAILABLE');
    } finally {
      down.disconnect();
    }
  });

  it('Redis down with onReplayStoreError "fail-open-dangerously" → accepted, still reported', async () => {
    const down = new Redis({ host: '127.0.0.1', port: 1, enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true, retryStrategy: () => null });
    down.on('error', () => undefined);
    try {
      const t = createTestApp(keys, { replayStore: new RedisReplayStore({ client: down, prefix }), onReplayStoreError: 'fail-open-dangerously' });
      const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`);
      expect(res.status).toBe(200);
      expect(t.failures.at(-1)!.code).toBe('ERR_MUTUAL_REPLAY_STORE_UNAVAILABLE');
    } finally {
      down.disconnect();
    }
  });

  it('a store that never answers times out after replayStoreTimeout → 503', async () => {
    const stuck: ReplayStore = { claim: () => new Promise<boolean>(() => undefined) };
    const t = createTestApp(keys, { replayStore: stuck, replayStoreTimeout: 50 });
    const started = Date.now();
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`);
    expect(res.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(t.failures.at(-1)!.detail).toMatch(/within 50 ms/);
  });
});
