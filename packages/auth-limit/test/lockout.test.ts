/**
 * ASVS 5.0 V6.1.1: the lockout cannot be turned against the account owner.
 * Device cookies are on by default for login routes, a device holder is
 * judged by its own bucket only, and only a login success mints a cookie.
 */
import { bodyParser } from '@koa/bodyparser';
import { trustProxy } from '@parapet/https';
import Koa from 'koa';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { authLimit, DeviceRevocationError } from '../src/index.js';
import { loginApp } from './app.js';
import { SECRET } from './helpers.js';

const COOKIE = '__Host-parapet-device';

function cookieOf(res: request.Response): string | undefined {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  return header?.find((c) => c.startsWith(`${COOKIE}=`))?.split(';')[0];
}

function attackerNetworks(): string[] {
  // 300 distinct IPv6 /56 networks (256 of them inside one /48) and 50 IPv4 addresses.
  const v6 = Array.from({ length: 300 }, (_, i) => `2001:db8:${(i >> 8) + 1}:${(i & 255).toString(16)}00::1`);
  const v4 = Array.from({ length: 50 }, (_, i) => `198.51.100.${i + 1}`);
  return [...v6, ...v4];
}

describe('finding 1: victim lockout from many networks', () => {
  it('with default options, the owner who logged in before still logs in after 350 networks filled the account-wide layer', async () => {
    const { app, handled } = loginApp({}, { trusted: true });
    const agent = request(app.callback());
    const owner = { 'x-forwarded-for': '192.0.2.10' };
    const cookie = cookieOf(await agent.post('/login').set(owner).send({ user: 'alice', password: 'right' }));
    expect(cookie).toBeDefined();
    const before = handled();
    for (const ip of attackerNetworks()) {
      for (let i = 0; i < 6; i++) await agent.post('/login').set({ 'x-forwarded-for': ip }).send({ user: 'alice', password: `guess-${i}` });
    }
    // ASVS ceiling held: 100 guesses from untrusted clients reached the password check, no more.
    expect(handled() - before).toBe(100);
    const fresh = await agent.post('/login').set({ 'x-forwarded-for': '203.0.113.5' }).send({ user: 'alice', password: 'right' });
    expect(fresh.status).toBe(429);
    const res = await agent.post('/login').set({ 'x-forwarded-for': '203.0.113.6', cookie: cookie! }).send({ user: 'alice', password: 'right' });
    expect(res.status).toBe(200);
  });
});

describe('finding 2: device holders do not share per-client layers', () => {
  it('300 successful logins by neighbours behind the same NAT do not lock out a device holder', async () => {
    const { app } = loginApp({}, { trusted: true });
    const agent = request(app.callback());
    const nat = { 'x-forwarded-for': '192.0.2.77' };
    const cookie = cookieOf(await agent.post('/login').set(nat).send({ user: 'victim', password: 'right' }));
    for (let i = 0; i < 300; i++) await agent.post('/login').set(nat).send({ user: `neighbour-${i}`, password: 'right' });
    // The NAT's request cap is full for clients without a cookie...
    expect((await agent.post('/login').set(nat).send({ user: 'victim', password: 'right' })).status).toBe(429);
    // ...and the victim's device is judged by its own bucket only.
    const res = await agent.post('/login').set({ ...nat, cookie: cookie! }).send({ user: 'victim', password: 'right' });
    expect(res.status).toBe(200);
    expect(res.headers['ratelimit-policy']).toBe('"device";q=5;w=3600');
  });

  it('a device holder\'s wrong passwords are limited by the device bucket alone (5 per hour)', async () => {
    const { app, handled } = loginApp({}, { trusted: true });
    const agent = request(app.callback());
    const cookie = cookieOf(await agent.post('/login').set({ 'x-forwarded-for': '192.0.2.1' }).send({ user: 'alice', password: 'right' }))!;
    const before = handled();
    const statuses = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await agent.post('/login').set({ 'x-forwarded-for': `192.0.2.${i + 2}`, cookie }).send({ user: 'alice', password: 'x' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    expect(handled() - before).toBe(5);
  });
});

/** A login route and a password-reset route (always 202) sharing one secret and store. */
function twoRoutes() {
  const app = new Koa();
  app.use(trustProxy({ trustedProxies: ['loopback'] }));
  app.use(bodyParser());
  const account = (ctx: Koa.Context) => (ctx.request.body as { user?: string } | undefined)?.user;
  const login = authLimit({ secret: SECRET, purpose: 'login', account });
  const reset = authLimit({ secret: SECRET, purpose: 'password-reset', account });
  let checks = 0;
  app.use((ctx, next) => (ctx.path === '/password-reset' ? reset(ctx, next) : login(ctx, next)));
  app.use((ctx) => {
    if (ctx.path === '/password-reset') {
      ctx.status = 202;
      return;
    }
    const body = ctx.request.body as { password?: string; valid?: boolean };
    if (body.valid === false) {
      ctx.status = 422; // not checked: no credential was tested
      return;
    }
    checks++;
    ctx.status = body.password === 'right' ? 200 : 401;
  });
  return { app, login, checks: () => checks };
}

describe('finding 3: only a login success mints a device cookie, bound to its purpose, revocable', () => {
  it('40 password-reset calls hand out no cookie; wrong passwords at /login still reach the check exactly 5 times', async () => {
    const { app, checks } = twoRoutes();
    const agent = request(app.callback());
    const ip = { 'x-forwarded-for': '198.51.100.9' };
    const cookies: string[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await agent.post('/password-reset').set(ip).send({ user: 'alice' });
      expect(res.status).toBe(202);
      const cookie = cookieOf(res);
      if (cookie !== undefined) cookies.push(cookie);
    }
    expect(cookies).toEqual([]);
    for (let i = 0; i < 40; i++) await agent.post('/login').set(ip).send({ user: 'alice', password: `guess-${i}` });
    expect(checks()).toBe(5);
  });

  it('a 4xx "not checked" answer mints nothing', async () => {
    const { app } = twoRoutes();
    const res = await request(app.callback()).post('/login').send({ user: 'alice', password: 'right', valid: false });
    expect(res.status).toBe(422);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('revokeDeviceCookies(account) makes earlier cookies worthless; a later login mints a valid one', async () => {
    const { app, login } = twoRoutes();
    const agent = request(app.callback());
    const owner = { 'x-forwarded-for': '192.0.2.10' };
    const old = cookieOf(await agent.post('/login').set(owner).send({ user: 'alice', password: 'right' }))!;
    const trusted = await agent.post('/login').set({ ...owner, cookie: old }).send({ user: 'alice', password: 'x' });
    expect(trusted.headers['ratelimit-policy']).toBe('"device";q=5;w=3600');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the 1 s revocation margin
    await login.revokeDeviceCookies('Alice');
    const revoked = await agent.post('/login').set({ ...owner, cookie: old }).send({ user: 'alice', password: 'x' });
    expect(revoked.status).toBe(401);
    expect(revoked.headers['ratelimit-policy']).toMatch(/^"account-client";q=5/);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const fresh = cookieOf(await agent.post('/login').set(owner).send({ user: 'alice', password: 'right' }))!;
    expect(fresh.split('.')[1]).not.toBe(old.split('.')[1]);
    const again = await agent.post('/login').set({ ...owner, cookie: fresh }).send({ user: 'alice', password: 'x' });
    expect(again.headers['ratelimit-policy']).toBe('"device";q=5;w=3600');
  });
});

describe('soft lockout and suspicious-activity event', () => {
  async function fillAccountWide(agent: ReturnType<typeof request>, user = 'alice') {
    // 3 per network so the account-wide layer (limit 6) fills from 2 networks without tripping account-client (5).
    for (const ip of ['198.51.100.1', '198.51.100.2']) {
      for (let i = 0; i < 3; i++) await agent.post('/login').set({ 'x-forwarded-for': ip }).send({ user, password: 'x' });
    }
  }

  it('a passed step-up (challenge returns true) lets an untrusted owner past a full account-wide layer; per-client limits still hold', async () => {
    const seen: unknown[] = [];
    const { app, handled } = loginApp(
      {
        limits: { account: { limit: 6, window: 600 } },
        challenge: (ctx, event) => {
          seen.push(event);
          return ctx.get('x-captcha') === 'solved';
        },
      },
      { trusted: true },
    );
    const agent = request(app.callback());
    await fillAccountWide(agent);
    const here = { 'x-forwarded-for': '203.0.113.1' };
    expect((await agent.post('/login').set(here).send({ user: 'alice', password: 'right' })).status).toBe(429);
    const passed = await agent.post('/login').set({ ...here, 'x-captcha': 'solved' }).send({ user: 'alice', password: 'right' });
    expect(passed.status).toBe(200);
    expect(seen[0]).toMatchObject({ accountId: expect.any(String), retryAfter: expect.any(Number) });
    // An attacker who solves CAPTCHAs still gets 5 guesses per network, no more.
    const before = handled();
    for (let i = 0; i < 8; i++) await agent.post('/login').set({ 'x-forwarded-for': '203.0.113.99', 'x-captcha': 'solved' }).send({ user: 'alice', password: 'x' });
    expect(handled() - before).toBe(5);
  });

  it('the hook may answer with its own step-up response; a throwing hook is a plain 429', async () => {
    const { app } = loginApp(
      {
        limits: { account: { limit: 6, window: 600 } },
        challenge: (ctx) => {
          if (ctx.get('x-broken') === '1') throw new Error('captcha service down');
          ctx.status = 401;
          ctx.body = { error: 'captcha_required' };
          return false;
        },
      },
      { trusted: true },
    );
    const agent = request(app.callback());
    await fillAccountWide(agent);
    const res = await agent.post('/login').set({ 'x-forwarded-for': '203.0.113.1' }).send({ user: 'alice', password: 'right' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'captcha_required' });
    expect(res.headers['retry-after']).toBeDefined();
    const broken = await agent.post('/login').set({ 'x-forwarded-for': '203.0.113.1', 'x-broken': '1' }).send({ user: 'alice', password: 'right' });
    expect(broken.status).toBe(429);
  });

  it('onSuspicious fires once when failures prove 3 networks (11 failures at 5 per network)', async () => {
    const events: unknown[] = [];
    const { app } = loginApp({ events: { onSuspicious: (e) => events.push(e) } }, { trusted: true });
    const agent = request(app.callback());
    for (let n = 0; n < 5; n++) {
      for (let i = 0; i < 5; i++) await agent.post('/login').set({ 'x-forwarded-for': `198.51.100.${n + 1}` }).send({ user: 'alice', password: 'x' });
    }
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ failures: 11, networks: 3, windowEndsIn: expect.any(Number) });
  });
});

describe('revokeDeviceCookies errors', () => {
  it('a failing store rejects with DeviceRevocationError (cause kept); a non-string account is a TypeError', async () => {
    const down = new Error('connection refused');
    const store = {
      consume: () => Promise.reject(down),
      settle: () => Promise.reject(down),
      extend: () => undefined,
    };
    const limit = authLimit({ secret: SECRET, purpose: 'login', account: () => undefined, store });
    const failure = await limit.revokeDeviceCookies('alice').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeviceRevocationError);
    expect(failure).toMatchObject({ code: 'ERR_AUTH_LIMIT_REVOCATION', cause: down });
    await expect(limit.revokeDeviceCookies(42 as unknown as string)).rejects.toThrow(TypeError);
  });
});
