import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { MemoryStore, RedisStore, type AuthLimitStore } from '../src/index.js';
import { FRAMEWORKS, type LoginApp } from './frameworks.js';
import { sharedRedis, uniquePrefix } from './helpers.js';

// The same cases on every framework the package supports, with both stores.

const FULL_POLICY = '"account-client";q=5;w=3600, "account";q=100;w=3600, "client-failures";q=50;w=3600, "client-requests";q=300;w=3600';
const DEVICE_POLICY = '"device";q=5;w=3600';
const PROBLEM_429 = { type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'Too many attempts. Try again later.' };
const DEVICE_COOKIE = /^__Host-parapet-device=(v2\.[A-Za-z0-9_-]{22}\.\d{13}\.[A-Za-z0-9_-]{43}); Path=\/; Max-Age=2592000; HttpOnly; Secure; SameSite=Strict$/;

function login(app: LoginApp, user: string, password: string, headers: Record<string, string> = {}) {
  return request(app.listener).post('/login').set(headers).send({ user, password });
}

/** `"<layer>";r=<r>;t=<t>` with t a whole number of seconds within one second of `window` (the first request opened it). */
function expectRateLimit(value: string | undefined, layer: string, r: number, window = 3600): void {
  expect(value).toMatch(new RegExp(`^"${layer}";r=${r};t=(\\d+)$`));
  const t = Number(/t=(\d+)$/.exec(value!)![1]);
  expect(t === window || t === window - 1).toBe(true);
}

type StoreFactory = { name: string; create(label: string): AuthLimitStore };

function stores(): StoreFactory[] {
  const redis = sharedRedis();
  return [
    { name: 'memory store', create: () => new MemoryStore() },
    { name: 'Redis store', create: (label) => new RedisStore({ client: redis(), prefix: uniquePrefix(label) }) },
  ];
}

describe.each(FRAMEWORKS)('authLimit on $name', (framework) => {
  describe.each(stores())('with the $name', (factory) => {
    it('lets exactly 5 wrong passwords through, then answers 429 with exact Retry-After and RateLimit headers', async () => {
      const app = framework.login({ options: { store: factory.create('five') } });
      for (let i = 1; i <= 5; i++) {
        const res = await login(app, 'alice', `wrong-${i}`);
        expect(res.status).toBe(401);
        expect(res.headers['ratelimit-policy']).toBe(FULL_POLICY);
        expectRateLimit(res.headers['ratelimit'], 'account-client', 5 - i);
        expect(res.headers['retry-after']).toBeUndefined();
      }
      const refused = await login(app, 'alice', 'right');
      expect(refused.status).toBe(429);
      expect(refused.headers['content-type']).toBe('application/problem+json');
      expect(refused.body).toEqual(PROBLEM_429);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter === 3600 || retryAfter === 3599).toBe(true);
      expect(refused.headers['ratelimit']).toBe(`"account-client";r=0;t=${retryAfter}`);
      expect(refused.headers['ratelimit-policy']).toBe(FULL_POLICY);
      expect(app.handled()).toBe(5);
      // Another account from the same client is not blocked by alice's counter.
      expect((await login(app, 'bob', 'right')).status).toBe(200);
    });

    it('refunds on success: the account+client counter is reset and 5 more wrong passwords are allowed', async () => {
      const app = framework.login({ options: { store: factory.create('refund') } });
      await login(app, 'alice', 'wrong').expect(401);
      await login(app, 'alice', 'wrong').expect(401);
      const ok = await login(app, 'alice', 'right');
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ ok: true });
      expect(ok.headers['ratelimit']).toBe('"account-client";r=5;t=3600');
      for (let i = 0; i < 5; i++) await login(app, 'alice', 'wrong').expect(401);
      await login(app, 'alice', 'wrong').expect(429);
      expect(app.handled()).toBe(8);
    });

    it('takes the outcome from fail() and succeed() over the status', async () => {
      const app = framework.login({ options: { store: factory.create('explicit'), deviceCookie: false } });
      const failed = await login(app, 'alice', 'fail-200');
      expect(failed.status).toBe(200);
      expectRateLimit(failed.headers['ratelimit'], 'account-client', 4);
      const succeeded = await login(app, 'alice', 'succeed-401');
      expect(succeeded.status).toBe(401);
      expect(succeeded.headers['ratelimit']).toBe('"account-client";r=5;t=3600');
    });

    it('issues a device cookie on success and honours it once the shared counters are full', async () => {
      const app = framework.login({ options: { store: factory.create('device') } });
      const ok = await login(app, 'alice', 'right');
      expect(ok.status).toBe(200);
      const setCookie = ok.headers['set-cookie'] as unknown as string[];
      expect(setCookie).toHaveLength(1);
      const cookie = DEVICE_COOKIE.exec(setCookie[0]!)![1]!;
      for (let i = 0; i < 5; i++) await login(app, 'alice', 'wrong').expect(401);
      await login(app, 'alice', 'right').expect(429);
      // The owner's browser is judged by its own bucket.
      const trusted = await login(app, 'alice', 'right', { Cookie: `other=1; __Host-parapet-device=${cookie}` });
      expect(trusted.status).toBe(200);
      expect(trusted.headers['ratelimit-policy']).toBe(DEVICE_POLICY);
      expect(trusted.headers['ratelimit']).toBe('"device";r=5;t=3600');
      expect(DEVICE_COOKIE.exec((trusted.headers['set-cookie'] as unknown as string[])[0]!)![1]!.split('.')[1]).toBe(cookie.split('.')[1]);
      // The cookie is bound to alice: for bob it is an untrusted attempt.
      const other = await login(app, 'bob', 'wrong', { Cookie: `__Host-parapet-device=${cookie}` });
      expect(other.headers['ratelimit-policy']).toBe(FULL_POLICY);
      // Revoked after a password change: worthless.
      await app.revokeDeviceCookies('alice');
      await login(app, 'alice', 'right', { Cookie: `__Host-parapet-device=${cookie}` }).expect(429);
    });

    it('binds counters and device cookies to the purpose', async () => {
      const store = factory.create('purpose');
      const loginApp = framework.login({ options: { store } });
      const cookie = DEVICE_COOKIE.exec((await login(loginApp, 'alice', 'right')).headers['set-cookie']![0]!)![1]!;
      for (let i = 0; i < 5; i++) await login(loginApp, 'alice', 'wrong').expect(401);
      await login(loginApp, 'alice', 'wrong').expect(429);
      // Same secret and store, other purpose: its own counters, and the login cookie opens nothing.
      const reset = framework.login({ options: { store, purpose: 'password-reset' } });
      const res = await login(reset, 'alice', 'wrong', { Cookie: `__Host-parapet-device=${cookie}` });
      expect(res.status).toBe(401);
      expect(res.headers['ratelimit-policy']).toBe(FULL_POLICY);
      expectRateLimit(res.headers['ratelimit'], 'account-client', 4);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(() => framework.login({ options: { purpose: undefined as unknown as string } })).toThrow(/"purpose" is required/);
    });

    it('asks the challenge hook on a soft lockout: its answer carries the limit headers; a passed step-up goes on', async () => {
      const app = framework.login({
        trusted: true,
        options: { store: factory.create('challenge'), limits: { account: { limit: 5, window: 3600 } } },
        challenge: (step) => {
          if (step.header('x-step-up') === 'passed') return true;
          step.answer(401, { stepUp: 'required' });
          return false;
        },
      });
      // Client A fills the account-wide limit.
      for (let i = 0; i < 5; i++) await login(app, 'alice', 'wrong', { 'X-Forwarded-For': '198.51.100.1' }).expect(401);
      // Client B: only the account layer refuses, so the hook decides.
      const asked = await login(app, 'alice', 'right', { 'X-Forwarded-For': '203.0.113.7' });
      expect(asked.status).toBe(401);
      expect(asked.body).toEqual({ stepUp: 'required' });
      const retryAfter = Number(asked.headers['retry-after']);
      expect(retryAfter === 3600 || retryAfter === 3599).toBe(true);
      expect(asked.headers['ratelimit']).toBe(`"account";r=0;t=${retryAfter}`);
      const passed = await login(app, 'alice', 'right', { 'X-Forwarded-For': '203.0.113.7', 'X-Step-Up': 'passed' });
      expect(passed.status).toBe(200);
      expect(passed.headers['retry-after']).toBeUndefined();
      expect(passed.headers['ratelimit-policy']).toBe('"account-client";q=5;w=3600, "client-failures";q=50;w=3600, "client-requests";q=300;w=3600');
      expect(passed.headers['ratelimit']).toBe('"account-client";r=5;t=3600');
      // Client A is still blocked by its own counter: no hook for it.
      await login(app, 'alice', 'right', { 'X-Forwarded-For': '198.51.100.1', 'X-Step-Up': 'passed' }).expect(429);
      expect(app.handled()).toBe(6);
    });

    it('refuses an account that is not one (a hostile JSON array) with 400 problem+json before the handler', async () => {
      const app = framework.login({ options: { store: factory.create('bad-account') } });
      const res = await request(app.listener).post('/login').send({ user: ['alice'], password: 'right' });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(res.body).toEqual({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Invalid account.' });
      expect(res.headers['ratelimit-policy']).toBe('"client-failures";q=50;w=3600, "client-requests";q=300;w=3600');
      expectRateLimit(res.headers['ratelimit'], 'client-failures', 49);
      expect(app.handled()).toBe(0);
    });

    it('keeps the limit headers on error responses of the default error handler', async () => {
      const app = framework.login({ options: { store: factory.create('error') } });
      const failed = await login(app, 'alice', 'boom');
      expect(failed.status).toBe(500);
      expect(failed.headers['ratelimit-policy']).toBe(FULL_POLICY);
      // An error is never refunded.
      expectRateLimit(failed.headers['ratelimit'], 'account-client', 4);
      expect(failed.headers['set-cookie']).toBeUndefined();
    });

    it("with respond: 'throw', the 429 of the default error handler carries Retry-After and RateLimit", async () => {
      const app = framework.login({ options: { store: factory.create('throw'), respond: 'throw' } });
      for (let i = 0; i < 5; i++) await login(app, 'alice', 'wrong').expect(401);
      const refused = await login(app, 'alice', 'wrong');
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter === 3600 || retryAfter === 3599).toBe(true);
      expect(refused.headers['ratelimit']).toBe(`"account-client";r=0;t=${retryAfter}`);
      expect(refused.headers['ratelimit-policy']).toBe(FULL_POLICY);
      const badAccount = await request(app.listener).post('/login').send({ user: ['alice'], password: 'x' });
      expect(badAccount.status).toBe(400);
      expect(badAccount.headers['ratelimit-policy']).toBe('"client-failures";q=50;w=3600, "client-requests";q=300;w=3600');
      expect(app.handled()).toBe(5);
    });

    it("ignores forwarded headers the framework's own proxy setting would believe", async () => {
      const app = framework.login({ frameworkTrustsProxy: true, options: { store: factory.create('spoof') } });
      for (let i = 1; i <= 5; i++) await login(app, 'alice', 'wrong', { 'X-Forwarded-For': `192.0.2.${i}` }).expect(401);
      await login(app, 'alice', 'right', { 'X-Forwarded-For': '192.0.2.99' }).expect(429);
      expect(app.handled()).toBe(5);
    });
  });
});
