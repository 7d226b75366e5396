import Koa from 'koa';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthLimitExceededError, authLimit, MemoryStore, type LimitedEvent, type BlockedEvent } from '../src/index.js';
import { loginApp } from './app.js';
import { SECRET } from './helpers.js';

const wrong = (user = 'alice@example.com') => ({ user, password: 'wrong' });
const right = (user = 'alice@example.com') => ({ user, password: 'right' });

async function post(app: Koa, body: object, headers: Record<string, string> = {}) {
  return request(app.callback()).post('/login').set(headers).send(body);
}

describe('authLimit middleware (memory store)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets exactly 5 concurrent wrong passwords reach the handler, then answers 429 problem+json', async () => {
    const { app, handled } = loginApp();
    const server = app.listen(0);
    try {
      const agent = request(server);
      const responses = await Promise.all(Array.from({ length: 50 }, () => agent.post('/login').send(wrong())));
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(45);
      expect(handled()).toBe(5);
      const limited = responses.find((r) => r.status === 429)!;
      expect(limited.headers['content-type']).toBe('application/problem+json');
      expect(limited.body).toEqual({
        type: 'about:blank',
        title: 'Too Many Requests',
        status: 429,
        detail: 'Too many attempts. Try again later.',
      });
      expect(limited.headers['retry-after']).toBe('3600');
      expect(limited.headers['ratelimit']).toBe('"account-client";r=0;t=3600');
      expect(limited.headers['ratelimit-policy']).toBe(
        '"account-client";q=5;w=3600, "account";q=100;w=3600, "client-failures";q=50;w=3600, "client-requests";q=300;w=3600',
      );
      // The correct password is refused too while blocked: the check happens before the handler.
      expect((await agent.post('/login').send(right())).status).toBe(429);
    } finally {
      server.close();
    }
  });

  it('reports the remaining attempts on each response and resets on success', async () => {
    const { app } = loginApp();
    const first = await post(app, wrong());
    expect(first.status).toBe(401);
    expect(first.headers['ratelimit']).toBe('"account-client";r=4;t=3600');
    await post(app, wrong());
    const third = await post(app, wrong());
    expect(third.headers['ratelimit']).toBe('"account-client";r=2;t=3600');
    const ok = await post(app, right());
    expect(ok.status).toBe(200);
    // account+client is cleared: 5 attempts left again, a fresh window.
    expect(ok.headers['ratelimit']).toBe('"account-client";r=5;t=3600');
    for (let i = 0; i < 5; i++) expect((await post(app, wrong())).status).toBe(401);
    expect((await post(app, wrong())).status).toBe(429);
  });

  it('normalises the account (trim, NFKC, case) so variants share one counter', async () => {
    const { app } = loginApp();
    for (const user of ['Alice', ' alice ', 'ALICE', 'ａｌｉｃｅ', 'alice']) expect((await post(app, wrong(user))).status).toBe(401);
    expect((await post(app, wrong('aLiCe'))).status).toBe(429);
  });

  it('answers existing and unknown accounts identically', async () => {
    const { app } = loginApp();
    const answers = [];
    for (const user of ['alice@example.com', 'nobody-here@example.com']) {
      for (let i = 0; i < 5; i++) await post(app, wrong(user), { 'x-test': user });
      const limited = await post(app, wrong(user));
      answers.push({ status: limited.status, text: limited.text, type: limited.headers['content-type'], retry: limited.headers['retry-after'], rl: limited.headers['ratelimit'] });
    }
    expect(answers[0]).toEqual(answers[1]);
  });

  it('Retry-After and RateLimit track the real unblock time (fake timers)', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), toFake: ['Date'] });
    const { app } = loginApp({ limits: { accountClient: { limit: 2, window: 60 } } });
    await post(app, wrong());
    vi.advanceTimersByTime(10_500);
    await post(app, wrong());
    const limited = await post(app, wrong());
    // Window began at t=0 and ends at t=60 s; now is t=10.5 s: 49.5 s rounds up to 50.
    expect(limited.headers['retry-after']).toBe('50');
    expect(limited.headers['ratelimit']).toBe('"account-client";r=0;t=50');
    vi.advanceTimersByTime(49_499);
    expect((await post(app, wrong())).status).toBe(429);
    expect((await post(app, wrong())).headers['retry-after']).toBe('1');
    vi.advanceTimersByTime(1);
    expect((await post(app, wrong())).status).toBe(401);
  });

  it('IPv6 addresses inside one /56 are one client; another /56 is another client', async () => {
    const { app } = loginApp({}, { trusted: true });
    for (let i = 0; i < 5; i++) {
      const res = await post(app, wrong(), { 'x-forwarded-for': `2001:db8:12:34${i}0::${i + 1}` });
      expect(res.status).toBe(401);
    }
    expect((await post(app, wrong(), { 'x-forwarded-for': '2001:db8:12:34ff:ffff::9' })).status).toBe(429);
    expect((await post(app, wrong(), { 'x-forwarded-for': '2001:db8:12:3500::1' })).status).toBe(401);
  });

  it('the IPv6 prefix is configurable', async () => {
    const { app } = loginApp({ ipv6Prefix: 64 }, { trusted: true });
    for (let i = 0; i < 5; i++) await post(app, wrong(), { 'x-forwarded-for': `2001:db8::${i + 1}` });
    expect((await post(app, wrong(), { 'x-forwarded-for': '2001:db8::ffff' })).status).toBe(429);
    expect((await post(app, wrong(), { 'x-forwarded-for': '2001:db8:0:1::1' })).status).toBe(401);
  });

  it('IPv4-mapped IPv6 counts as the IPv4 address', async () => {
    const { app } = loginApp({}, { trusted: true });
    for (let i = 0; i < 3; i++) await post(app, wrong(), { 'x-forwarded-for': '::ffff:203.0.113.7' });
    for (let i = 0; i < 2; i++) await post(app, wrong(), { 'x-forwarded-for': '203.0.113.7' });
    expect((await post(app, wrong(), { 'x-forwarded-for': '::ffff:cb00:7107' })).status).toBe(429);
    expect((await post(app, wrong(), { 'x-forwarded-for': '203.0.113.8' })).status).toBe(401);
  });

  it('ignores a spoofed X-Forwarded-For from an untrusted peer', async () => {
    const { app } = loginApp();
    for (let i = 0; i < 5; i++) {
      expect((await post(app, wrong(), { 'x-forwarded-for': `198.51.100.${i}` })).status).toBe(401);
    }
    expect((await post(app, wrong(), { 'x-forwarded-for': '198.51.100.200', forwarded: 'for=198.51.100.201' })).status).toBe(429);
  });

  it('honours X-Forwarded-For from a trusted proxy', async () => {
    const { app } = loginApp({}, { trusted: true });
    for (let i = 0; i < 5; i++) await post(app, wrong(), { 'x-forwarded-for': '198.51.100.1' });
    expect((await post(app, wrong(), { 'x-forwarded-for': '198.51.100.1' })).status).toBe(429);
    expect((await post(app, wrong(), { 'x-forwarded-for': '198.51.100.2' })).status).toBe(401);
  });

  it('malformed client IPs share one "unknown" client instead of escaping the limit', async () => {
    const { app } = loginApp({ clientIp: (ctx) => ctx.get('x-test-ip') });
    for (const ip of ['not-an-ip', '', '999.1.1.1', '1.2.3.4%eth0', 'x'.repeat(5000)]) {
      expect((await post(app, wrong(), { 'x-test-ip': ip })).status).toBe(401);
    }
    expect((await post(app, wrong(), { 'x-test-ip': '::ffff:zz' })).status).toBe(429);
  });

  it('stops credential stuffing: one client across many accounts hits client-failures', async () => {
    const { app, handled } = loginApp({ limits: { clientFailures: { limit: 10, window: 600 } } });
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await post(app, wrong(`user${i}@example.com`))).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    expect(handled()).toBe(10);
    const limited = await post(app, wrong('someone-else@example.com'));
    expect(limited.headers['ratelimit']).toBe('"client-failures";r=0;t=600');
  });

  it('caps plain requests per client, successes included', async () => {
    const { app } = loginApp({ limits: { clientRequests: { limit: 3, window: 60 } } });
    expect((await post(app, right())).status).toBe(200);
    expect((await post(app, right())).status).toBe(200);
    expect((await post(app, right())).status).toBe(200);
    const limited = await post(app, right());
    expect(limited.status).toBe(429);
    expect(limited.headers['ratelimit']).toBe('"client-requests";r=0;t=60');
  });

  it('a request without an account is limited by the client layers only', async () => {
    const { app } = loginApp({ limits: { clientFailures: { limit: 2, window: 60 } } });
    const res = await post(app, { password: 'x' });
    expect(res.status).toBe(401);
    expect(res.headers['ratelimit-policy']).toBe('"client-failures";q=2;w=60, "client-requests";q=300;w=3600');
    await post(app, { user: ['array'], password: 'x' });
    expect((await post(app, {})).status).toBe(429);
  });

  describe('outcome', () => {
    function appWith(handler: Koa.Middleware, extra = {}) {
      return loginApp({ limits: { accountClient: { limit: 2, window: 60 } }, ...extra }, { handler }).app;
    }

    it('ctx.state.authLimit.fail() counts a 200 as a failure', async () => {
      const app = appWith((ctx) => {
        ctx.state.authLimit?.fail();
        ctx.body = { step: 'mfa-required' };
      });
      await post(app, wrong());
      await post(app, wrong());
      expect((await post(app, wrong())).status).toBe(429);
    });

    it('ctx.state.authLimit.succeed() counts a 401 as a success', async () => {
      const app = appWith((ctx) => {
        ctx.state.authLimit?.succeed();
        ctx.status = 401;
      });
      for (let i = 0; i < 4; i++) expect((await post(app, wrong())).status).toBe(401);
    });

    it('exposes pseudonymous ids, never the raw account', async () => {
      let seen: unknown;
      const app = appWith((ctx) => {
        seen = { ...ctx.state.authLimit };
        ctx.status = 204;
      });
      await post(app, wrong('alice@example.com'));
      expect(seen).toMatchObject({ trustedDevice: false, accountId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/), clientId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) });
      expect(JSON.stringify(seen)).not.toContain('alice');
    });

    it('a thrown 401 counts as a failure and keeps the RateLimit headers through ctx.onerror', async () => {
      const app = appWith((ctx) => ctx.throw(401, 'bad credentials', { headers: { 'WWW-Authenticate': 'Basic' } }));
      const first = await post(app, wrong());
      expect(first.status).toBe(401);
      expect(first.headers['www-authenticate']).toBe('Basic');
      expect(first.headers['ratelimit']).toBe('"account-client";r=1;t=60');
      expect(first.headers['ratelimit-policy']).toContain('"account-client";q=2;w=60');
      await post(app, wrong());
      expect((await post(app, wrong())).status).toBe(429);
    });

    it('a 500 from the handler is neither refunded nor a success, and keeps the headers', async () => {
      const app = appWith(() => {
        throw new Error('database down');
      });
      const first = await post(app, wrong());
      expect(first.status).toBe(500);
      expect(first.text).toBe('Internal Server Error');
      expect(first.headers['ratelimit']).toBe('"account-client";r=1;t=60');
      await post(app, wrong());
      expect((await post(app, right())).status).toBe(429);
    });

    it('other 4xx (no credential checked) are refunded without resetting', async () => {
      let mode = 'wrong';
      const app = appWith((ctx) => {
        ctx.status = mode === 'wrong' ? 401 : 400;
      });
      await post(app, wrong());
      mode = 'malformed';
      for (let i = 0; i < 5; i++) expect((await post(app, wrong())).status).toBe(400);
      mode = 'wrong';
      expect((await post(app, wrong())).status).toBe(401);
      expect((await post(app, wrong())).status).toBe(429);
    });

    it('failureStatuses decides which statuses are wrong credentials', async () => {
      const app = appWith((ctx) => {
        ctx.status = 422;
      }, { failureStatuses: [422] });
      await post(app, wrong());
      await post(app, wrong());
      expect((await post(app, wrong())).status).toBe(429);
    });
  });

  describe('respond: throw', () => {
    it('throws AuthLimitExceededError whose headers survive Koa onerror', async () => {
      const errors: unknown[] = [];
      const { app } = loginApp({ respond: 'throw', limits: { accountClient: { limit: 1, window: 30 } } });
      app.on('error', (error) => errors.push(error));
      await post(app, wrong());
      const res = await post(app, wrong());
      expect(res.status).toBe(429);
      expect(res.text).toBe('Too many attempts. Try again later.');
      expect(res.headers['retry-after']).toBe('30');
      expect(res.headers['ratelimit']).toBe('"account-client";r=0;t=30');
      expect(res.headers['ratelimit-policy']).toContain('"account-client";q=1;w=30');
      const error = errors[0] as AuthLimitExceededError;
      expect(error).toBeInstanceOf(AuthLimitExceededError);
      expect(error.code).toBe('ERR_AUTH_LIMITED');
      expect(error.retryAfter).toBe(30);
    });

    it('lets an upstream error handler render the problem itself', async () => {
      const app = new Koa();
      app.use(async (ctx, next) => {
        try {
          await next();
        } catch (error) {
          if (!(error instanceof AuthLimitExceededError)) throw error;
          ctx.status = error.status;
          ctx.set(error.headers);
          ctx.body = { code: error.code };
        }
      });
      app.use(authLimit({ secret: SECRET, purpose: 'login', account: () => 'bob', respond: 'throw', limits: { accountClient: { limit: 1, window: 9 } } }));
      app.use((ctx) => {
        ctx.status = 401;
      });
      await request(app.callback()).post('/');
      const res = await request(app.callback()).post('/');
      expect(res.status).toBe(429);
      expect(res.body).toEqual({ code: 'ERR_AUTH_LIMITED' });
      expect(res.headers['retry-after']).toBe('9');
    });
  });

  it('emits onBlocked and onLimited with pseudonymous ids only; a throwing hook changes nothing', async () => {
    const limited: LimitedEvent[] = [];
    const blocked: BlockedEvent[] = [];
    const { app } = loginApp({
      limits: { accountClient: { limit: 2, window: 60 } },
      events: {
        onLimited: (event) => {
          limited.push(event);
          throw new Error('logger bug');
        },
        onBlocked: (event) => blocked.push(event),
      },
    });
    await post(app, wrong('carol@example.com'));
    expect(blocked).toEqual([]);
    await post(app, wrong('carol@example.com'));
    expect(blocked).toEqual([{ layer: 'account-client', accountId: expect.any(String), clientId: expect.any(String), retryAfter: 60 }]);
    const res = await post(app, wrong('carol@example.com'));
    expect(res.status).toBe(429);
    expect(limited).toEqual([
      { layers: ['account-client'], accountId: blocked[0]!.accountId, clientId: blocked[0]!.clientId, retryAfter: 60, reason: 'limit' },
    ]);
    expect(JSON.stringify([limited, blocked])).not.toMatch(/carol|127\.0\.0\.1|::1/);
  });

  it('uses the store it is given', async () => {
    const store = new MemoryStore({ maxEntries: 100 });
    const { app } = loginApp({ store });
    await post(app, wrong());
    expect(store.size).toBe(4);
  });
});
