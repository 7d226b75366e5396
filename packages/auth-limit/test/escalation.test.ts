/** Repeat offenders: each new block of the same client network lasts twice as long, up to maxBlock. */
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RedisStore, type AuthLimitStore } from '../src/index.js';
import { loginApp } from './app.js';
import { sharedRedis, uniquePrefix } from './helpers.js';

const attacker = { 'x-forwarded-for': '198.51.100.66' };

async function exhaust(agent: ReturnType<typeof request>, n = 3): Promise<request.Response> {
  for (let i = 0; i < n; i++) await agent.post('/login').set(attacker).send({ user: 'alice', password: 'x' });
  return agent.post('/login').set(attacker).send({ user: 'alice', password: 'x' });
}

describe('escalating blocks (memory store)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('blocks of one client on one account last 60 s, then 120 s, then 240 s; capped at maxBlock', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), toFake: ['Date'] });
    const { app } = loginApp({ limits: { accountClient: { limit: 3, window: 60 } }, escalation: { maxBlock: 200 } }, { trusted: true });
    const agent = request(app.callback());
    const retryAfters: number[] = [];
    for (let round = 0; round < 4; round++) {
      const refused = await exhaust(agent);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers['retry-after']);
      retryAfters.push(retryAfter);
      vi.setSystemTime(Date.now() + retryAfter * 1000);
    }
    expect(retryAfters).toEqual([60, 120, 200, 200]);
  });

  it('escalation: false keeps every block at one window', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), toFake: ['Date'] });
    const { app } = loginApp({ limits: { accountClient: { limit: 3, window: 60 } }, escalation: false }, { trusted: true });
    const agent = request(app.callback());
    const retryAfters: number[] = [];
    for (let round = 0; round < 3; round++) {
      const refused = await exhaust(agent);
      retryAfters.push(Number(refused.headers['retry-after']));
      vi.setSystemTime(Date.now() + 60_000);
    }
    expect(retryAfters).toEqual([60, 60, 60]);
  });

  it('the owner\'s account-wide layer never escalates, and a store without extend() is refused at construction', () => {
    const store: AuthLimitStore = { consume: () => ({ allowed: true, counters: [] }), settle: () => undefined };
    expect(() => loginApp({ store })).toThrow(/"store" must implement extend\(\) for escalation/);
    expect(() => loginApp({ store, escalation: false })).not.toThrow();
  });
});

describe('escalating blocks (Redis)', () => {
  const shared = sharedRedis();

  it('the second block of the same client is twice as long (PTTL in Redis)', async () => {
    const { app } = loginApp(
      { store: new RedisStore({ client: shared(), prefix: uniquePrefix('escalate') }), limits: { accountClient: { limit: 3, window: 1 } } },
      { trusted: true },
    );
    const agent = request(app.callback());
    expect(Number((await exhaust(agent)).headers['retry-after'])).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await exhaust(agent);
    expect(second.status).toBe(429);
    expect(Number(second.headers['retry-after'])).toBe(2);
  });
});
