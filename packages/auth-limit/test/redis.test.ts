import type { Server } from 'node:http';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../src/index.js';
import { loginApp } from './app.js';
import { connectRedis, deleteTestKeys, freePort, RedisProcess, scanKeys, uniquePrefix } from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


describe('RedisStore on the shared Redis (REDIS_URL)', () => {
  const clients: Redis[] = [];
  const servers: Server[] = [];
  const storeErrors: unknown[] = [];
  let admin: Redis;

  beforeAll(async () => {
    admin = await connectRedis();
  });

  afterAll(async () => {
    for (const server of servers) server.close();
    await deleteTestKeys(admin);
    for (const client of [...clients, admin]) client.disconnect();
  });

  async function cluster(prefix: string, count: number, extra = {}) {
    const apps = [];
    for (let i = 0; i < count; i++) {
      const client = await connectRedis();
      clients.push(client);
      // A generous deadline: this file tests atomicity, not the timeout (redis-failure.test.ts does).
      const app = loginApp(
        { store: new RedisStore({ client, prefix }), storeTimeout: 5000, events: { onStoreError: (e) => storeErrors.push(e) }, ...extra },
        { trusted: true },
      );
      const server = app.app.listen(0, '127.0.0.1');
      servers.push(server);
      apps.push({ ...app, agent: request(server) });
    }
    return apps;
  }

  it('three instances: 200 concurrent wrong passwords let exactly 5 through; other clients until the account-wide limit; success resets', async () => {
    const prefix = uniquePrefix('exact');
    const apps = await cluster(prefix, 3);
    const user = 'victim@example.com';
    const attempt = (i: number, ip: string, password = 'wrong') =>
      apps[i % 3]!.agent.post('/login').set('x-forwarded-for', ip).send({ user, password });

    // The account-wide window opens with the first failure; on a loaded machine
    // seconds may pass before it fills, so the reset is checked against the clock.
    const windowOpened = Date.now();
    const accountReset = (value: string | undefined) => {
      const t = Number(/^"account";r=0;t=(\d+)$/.exec(value ?? '')?.[1]);
      const elapsed = Math.ceil((Date.now() - windowOpened) / 1000);
      expect(t).toBeGreaterThanOrEqual(3600 - elapsed - 1);
      expect(t).toBeLessThanOrEqual(3600);
    };
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => attempt(i, '198.51.100.7')));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(195);
    expect(apps.reduce((sum, app) => sum + app.handled(), 0)).toBe(5);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect(storeErrors).toEqual([]); // every decision came from the shared Redis

    // Another client may still try (account-wide limit is 100)...
    for (let i = 0; i < 4; i++) expect((await attempt(i, '198.51.100.8')).status).toBe(401);
    // ...and a success from it resets its account+client counter.
    const ok = await attempt(1, '198.51.100.8', 'right');
    expect(ok.status).toBe(200);
    expect(ok.headers['ratelimit']).toBe('"account-client";r=5;t=3600');
    for (let i = 0; i < 5; i++) expect((await attempt(i, '198.51.100.8')).status).toBe(401);
    expect((await attempt(0, '198.51.100.8')).status).toBe(429);

    // Failures so far: 5 + 4 + 5 = 14 of the account-wide 100. Fresh clients
    // get 5 each until the account as a whole is exhausted.
    let failures = 14;
    let lastClient = 0;
    for (let c = 1; c <= 30; c++) {
      const ip = `203.0.113.${c}`;
      const batch = await Promise.all(Array.from({ length: 5 }, (_, i) => attempt(c + i, ip)));
      failures += batch.filter((r) => r.status === 401).length;
      if (batch.some((r) => r.status === 429)) {
        lastClient = c;
        accountReset(batch.find((r) => r.status === 429)!.headers['ratelimit']);
        break;
      }
    }
    expect(failures).toBe(100);
    expect(lastClient).toBe(18);
    const refused = await attempt(2, '192.0.2.77', 'right');
    expect(refused.status).toBe(429);
    accountReset(refused.headers['ratelimit']);

    // No raw username or IP in Redis; every key expires.
    const keys = await scanKeys(admin, prefix);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).not.toMatch(/victim|example|198\.51|203\.0|192\.0|@/i);
      expect(key).toMatch(/^test:auth-limit:[0-9a-f-]{36}:exact:[0-9a-f-]{36}:\{[A-Za-z0-9_-]{8}\}login:(s:)?(ac|a|cf|cr):[A-Za-z0-9_-]{22}(:[A-Za-z0-9_-]{22})?$/);
      const ttl = await admin.pttl(key);
      expect(ttl).toBeGreaterThan(3_500_000);
      // Counters live one window; strikes (escalation) 4 × maxBlock (4 days by default).
      expect(ttl).toBeLessThanOrEqual(key.includes('}login:s:') ? 4 * 86_400_000 : 3_600_000);
    }
  });

  it('Retry-After and RateLimit match the real unblock with short windows', async () => {
    const prefix = uniquePrefix('retry');
    const [app] = await cluster(prefix, 1, { limits: { accountClient: { limit: 2, window: 2 }, account: { limit: 10, window: 2 } } });
    const attempt = () => app!.agent.post('/login').set('x-forwarded-for', '198.51.100.20').send({ user: 'retry', password: 'wrong' });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    const [key] = (await scanKeys(admin, prefix)).filter((k) => k.includes('}login:ac:'));
    const pttl = await admin.pttl(key!);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(limited.headers['ratelimit']).toBe(`"account-client";r=0;t=${retryAfter}`);
    // Whole seconds, never before the real unblock, never more than a window.
    expect(retryAfter * 1000).toBeGreaterThanOrEqual(pttl);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);
    // Just before the real unblock: still refused, with a shorter Retry-After.
    await sleep(Math.max(0, pttl - 250));
    const later = await attempt();
    expect(later.status).toBe(429);
    expect(later.headers['retry-after']).toBe('1');
    // Honouring Retry-After is always enough.
    await sleep(Number(later.headers['retry-after']) * 1000);
    expect((await attempt()).status).toBe(401);
  });
});

describe('RedisStore round trips (fresh redis-server)', () => {
  let proc: RedisProcess;
  let client: Redis;
  let admin: Redis;

  beforeAll(async () => {
    proc = new RedisProcess(await freePort());
    await proc.start();
    client = await connectRedis(proc.port);
    admin = await connectRedis(proc.port);
  });

  afterAll(async () => {
    client.disconnect();
    admin.disconnect();
    await proc.kill();
  });

  async function commandStats(): Promise<Map<string, number>> {
    const info = await admin.info('commandstats');
    const stats = new Map<string, number>();
    for (const match of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) stats.set(match[1]!, Number(match[2]));
    return stats;
  }

  it('one EVALSHA per attempt, one more after a success or a "not checked" 4xx (the refund)', async () => {
    const { app } = loginApp(
      { store: new RedisStore({ client, prefix: uniquePrefix('rtt') }), limits: { accountClient: { limit: 1000, window: 60 }, account: { limit: 1000, window: 60 } } },
      {
        handler: (ctx) => {
          const body = ctx.request.body as { password?: string; unprocessable?: boolean };
          ctx.status = body.unprocessable === true ? 422 : body.password === 'right' ? 200 : 401;
        },
      },
    );
    const agent = request(app.callback());
    await agent.post('/login').send({ user: 'warm', password: 'right' }); // loads both scripts
    await admin.config('RESETSTAT');
    const failures = 40;
    for (let i = 0; i < failures; i++) expect((await agent.post('/login').send({ user: `u${i}`, password: 'wrong' })).status).toBe(401);
    let stats = await commandStats();
    expect(stats.get('evalsha')).toBe(failures);
    expect(stats.get('eval')).toBeUndefined();
    expect(stats.get('time')).toBe(failures); // TIME runs only inside the consume script
    const clientIssued = [...stats.keys()].filter((name) => !['evalsha', 'time', 'get', 'pttl', 'incr', 'pexpireat', 'config|resetstat'].includes(name));
    expect(clientIssued).toEqual([]);

    await admin.config('RESETSTAT');
    for (let i = 0; i < 10; i++) expect((await agent.post('/login').send({ user: `u${i}`, password: 'right' })).status).toBe(200);
    stats = await commandStats();
    expect(stats.get('evalsha')).toBe(20);
    expect(stats.get('time')).toBe(10);

    // A 422 is refunded (no credential was checked): two EVALSHAs each, as the README says.
    await admin.config('RESETSTAT');
    for (let i = 0; i < 3; i++) expect((await agent.post('/login').send({ user: `u${i}`, password: 'right', unprocessable: true })).status).toBe(422);
    stats = await commandStats();
    expect(stats.get('evalsha')).toBe(6);
  });
});

describe('RedisStore robustness', () => {
  afterAll(async () => {
    const client = await connectRedis();
    await deleteTestKeys(client);
    client.disconnect();
  });

  it('gives a counter that lost its TTL a window instead of blocking forever', async () => {
    const client = await connectRedis();
    try {
      const store = new RedisStore({ client, prefix: uniquePrefix('persist') });
      const spec = { key: 'ac:x', limit: 2, windowMs: 5000 };
      await store.consume([spec]);
      await store.consume([spec]);
      await client.persist(`${store.keyPrefix}ac:x`);
      const blocked = await store.consume([spec]);
      expect(blocked.allowed).toBe(false);
      expect(blocked.counters[0]).toEqual({ count: 2, resetMs: 5000 });
      const ttl = await client.pttl(`${store.keyPrefix}ac:x`);
      expect(ttl).toBeGreaterThan(4000);
      expect(ttl).toBeLessThanOrEqual(5000);
    } finally {
      client.disconnect();
    }
  });

  it('refunds never go below zero nor resurrect an expired key', async () => {
    const client = await connectRedis();
    try {
      const store = new RedisStore({ client, prefix: uniquePrefix('refund') });
      await store.consume([{ key: 'a', limit: 5, windowMs: 60_000 }, { key: 'b', limit: 5, windowMs: 60_000 }]);
      await store.settle(['a', 'a', 'gone'], ['b']);
      expect(await client.get(`${store.keyPrefix}a`)).toBe('0');
      expect(await client.exists(`${store.keyPrefix}b`, `${store.keyPrefix}gone`)).toBe(0);
      expect(await client.pttl(`${store.keyPrefix}a`)).toBeGreaterThan(59_000);
    } finally {
      client.disconnect();
    }
  });
});
