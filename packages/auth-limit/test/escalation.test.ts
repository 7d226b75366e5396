/**
 * Repeat offenders: each new block of the same client network lasts twice as
 * long, up to maxBlock. And the store-backed device-cookie revocation mark.
 */
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authLimit, RedisStore, type AuthLimitStore } from '../src/index.js';
import { loginApp } from './app.js';
import { SECRET, sharedRedis, uniquePrefix } from './helpers.js';

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

describe('device-cookie revocation on a shared Redis', () => {
  const shared = sharedRedis();

  it('revoking on one instance makes the cookie worthless on the other; a later login is trusted again', async () => {
    const prefix = uniquePrefix('revoke');
    const one = loginApp({ store: new RedisStore({ client: shared(), prefix }) }, { trusted: true });
    const two = loginApp({ store: new RedisStore({ client: shared(), prefix }) }, { trusted: true });
    const owner = { 'x-forwarded-for': '192.0.2.10' };
    const post = (app: typeof one, cookie?: string, password = 'x') =>
      request(app.app.callback()).post('/login').set(cookie === undefined ? owner : { ...owner, cookie }).send({ user: 'alice', password });
    const minted = await post(one, undefined, 'right');
    const cookie = (minted.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
    expect((await post(two, cookie)).headers['ratelimit-policy']).toBe('"device";q=5;w=3600');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the 1 s margin
    // A third instance (the password-change route's) revokes.
    const limiter = authLimit({ secret: SECRET, purpose: 'login', account: () => undefined, store: new RedisStore({ client: shared(), prefix }) });
    await limiter.revokeDeviceCookies('alice');
    const revoked = await post(two, cookie);
    expect(revoked.status).toBe(401);
    expect(revoked.headers['ratelimit-policy']).toMatch(/^"account-client";q=5;w=3600, "account";/);
    // Its device counter was given back: the revoked attempt counted once, in the shared layers.
    expect(revoked.headers['ratelimit']).toBe('"account-client";r=4;t=3600');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const fresh = await post(one, undefined, 'right');
    const renewed = (fresh.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
    expect((await post(two, renewed)).headers['ratelimit-policy']).toBe('"device";q=5;w=3600');
  });
});
