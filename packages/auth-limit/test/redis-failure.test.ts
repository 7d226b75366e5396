import type { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore, type LimitedEvent, type StoreErrorEvent, type StoreErrorMode } from '../src/index.js';
import { loginApp } from './app.js';
import { connectRedis, freePort, RedisProcess, scanKeys, uniquePrefix } from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitReady(client: Redis): Promise<void> {
  for (let i = 0; i < 200 && client.status !== 'ready'; i++) await sleep(25);
  expect(client.status).toBe('ready');
}

describe('Redis killed mid-run and restarted', () => {
  let proc: RedisProcess;
  const clients: Redis[] = [];

  beforeAll(async () => {
    proc = new RedisProcess(await freePort());
    await proc.start();
  });

  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await proc.kill();
  });

  // storeTimeout defaults high here so a loaded machine cannot fake an outage; the stall test uses 100 ms.
  async function setup(mode: StoreErrorMode, storeTimeout = 1000) {
    const client = await connectRedis(proc.port);
    clients.push(client);
    const storeErrors: StoreErrorEvent[] = [];
    const limited: LimitedEvent[] = [];
    const prefix = uniquePrefix(`fail-${mode}`);
    const { app, handled } = loginApp({
      store: new RedisStore({ client, prefix }),
      onStoreError: mode,
      storeTimeout,
      storeRetryInterval: 200,
      limits: { accountClient: { limit: 3, window: 600 } },
      events: { onStoreError: (e) => storeErrors.push(e), onLimited: (e) => limited.push(e) },
    });
    const agent = request(app.callback());
    // Every request must finish well inside a second: a hang fails the test.
    const attempt = (password = 'wrong') => agent.post('/login').send({ user: 'dana', password }).timeout(2500);
    return { client, app, handled, attempt, storeErrors, limited, prefix };
  }

  it('memory / fail-closed / fail-open-dangerously: no 5xx, no hang, per-mode behaviour, recovery on restart', async () => {
    const memory = await setup('memory');
    const closed = await setup('fail-closed');
    const open = await setup('fail-open-dangerously');

    // Redis up: counting in Redis.
    for (const s of [memory, closed, open]) {
      expect((await s.attempt()).status).toBe(401);
      expect((await s.attempt()).status).toBe(401);
      expect(s.storeErrors).toEqual([]);
    }

    await proc.kill();

    // 'memory': keeps limiting in process (fresh counters: 3 more, then 429), emits the error.
    const memoryStatuses = [];
    for (let i = 0; i < 5; i++) memoryStatuses.push((await memory.attempt()).status);
    expect(memoryStatuses).toEqual([401, 401, 401, 429, 429]);
    expect(memory.storeErrors[0]).toMatchObject({ operation: 'consume', mode: 'memory', timedOut: false });

    // 'fail-closed': refuses with 429 + Retry-After, never 5xx.
    const refused = await closed.attempt('right');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.headers['content-type']).toBe('application/problem+json');
    expect(refused.headers['ratelimit']).toBeUndefined();
    expect(closed.limited.at(-1)).toMatchObject({ reason: 'store-unavailable', layers: [] });
    expect(closed.storeErrors[0]).toMatchObject({ operation: 'consume', mode: 'fail-closed' });

    // 'fail-open-dangerously': lets attempts through unlimited, emits the error.
    const openAnswers = [];
    for (let i = 0; i < 5; i++) openAnswers.push(await open.attempt());
    expect(openAnswers.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    // No counters were read, so there is no RateLimit field to give (documented); the policy is still announced.
    for (const res of openAnswers) {
      expect(res.headers['ratelimit']).toBeUndefined();
      expect(res.headers['ratelimit-policy']).toMatch(/^"account-client";q=3;w=600, /);
    }
    expect(open.storeErrors[0]).toMatchObject({ operation: 'consume', mode: 'fail-open-dangerously' });

    await proc.start();
    for (const s of [memory, closed, open]) await waitReady(s.client);
    await sleep(250); // storeRetryInterval

    // Limiting resumes on Redis (restarted empty: no persistence).
    for (const s of [memory, closed, open]) {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await s.attempt()).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const keys = await scanKeys(s.client, s.prefix);
      // Four counters, and the strike the block recorded (escalation).
      expect(keys.length).toBe(5);
    }
  });

  it('a stalled Redis (CLIENT PAUSE) costs at most storeTimeout, then falls back', async () => {
    const s = await setup('memory', 100);
    const admin = await connectRedis(proc.port);
    clients.push(admin);
    await admin.call('CLIENT', 'PAUSE', '800', 'ALL');
    const res = await s.attempt();
    expect(res.status).toBe(401);
    expect(s.storeErrors).toHaveLength(1);
    expect(s.storeErrors[0]).toMatchObject({ operation: 'consume', mode: 'memory', timedOut: true });
    await sleep(900);
  });

  it('a refund lost to a dead Redis is reported, not thrown', async () => {
    const s = await setup('memory');
    const client = s.client;
    // Kill Redis between the check (before the handler) and the refund (after it).
    const { app } = loginApp(
      {
        store: new RedisStore({ client, prefix: s.prefix }),
        events: { onStoreError: (e) => s.storeErrors.push(e) },
      },
      {
        handler: async (ctx) => {
          await proc.kill();
          ctx.body = { ok: true };
        },
      },
    );
    const res = await request(app.callback()).post('/login').send({ user: 'erin', password: 'right' }).timeout(1500);
    expect(res.status).toBe(200);
    expect(s.storeErrors).toMatchObject([{ operation: 'settle', mode: 'memory' }]);
    await proc.start();
  });
});
