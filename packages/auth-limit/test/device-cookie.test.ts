import type Koa from 'koa';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loginApp } from './app.js';

const COOKIE = '__Host-parapet-device';

function post(app: Koa, body: object, headers: Record<string, string> = {}) {
  return request(app.callback()).post('/login').set(headers).send(body);
}

function deviceCookie(res: request.Response): string {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  const cookie = header?.find((c) => c.startsWith(`${COOKIE}=`));
  if (cookie === undefined) throw new Error('no device cookie');
  return cookie.split(';')[0]!;
}

/** Small limits so an attacker exhausts the account-wide bucket quickly. */
function app(extra: object = {}) {
  return loginApp(
    {
      limits: { accountClient: { limit: 2, window: 600 }, account: { limit: 4, window: 600 } },
      deviceCookie: { limit: 3, window: 600 },
      ...extra,
    },
    { trusted: true },
  ).app;
}

const owner = { 'x-forwarded-for': '192.0.2.10' };
const attackerIps = ['198.51.100.1', '198.51.100.2', '198.51.100.3'];

async function lockAccount(koa: Koa, user = 'alice') {
  for (const ip of attackerIps) {
    for (let i = 0; i < 2; i++) await post(koa, { user, password: 'guess' }, { 'x-forwarded-for': ip });
  }
  // Account-wide bucket (4) is full: even a fresh client without a cookie is refused.
  const fresh = await post(koa, { user, password: 'right' }, { 'x-forwarded-for': '203.0.113.99' });
  expect(fresh.status).toBe(429);
  expect(fresh.headers['ratelimit']).toBe('"account";r=0;t=600');
}

describe('trusted-device cookie', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is set after a successful login, signed, HttpOnly, Secure, SameSite=Strict, __Host- scoped', async () => {
    const res = await post(app(), { user: 'alice', password: 'right' }, owner);
    expect(res.status).toBe(200);
    const header = (res.headers['set-cookie'] as unknown as string[])[0]!;
    expect(header).toMatch(/^__Host-parapet-device=v2\.[A-Za-z0-9_-]{22}\.\d+\.[A-Za-z0-9_-]{43}; Path=\/; Max-Age=2592000; HttpOnly; Secure; SameSite=Strict$/);
    expect(header).not.toContain('alice');
  });

  it('is not set after a failed attempt', async () => {
    const res = await post(app(), { user: 'alice', password: 'nope' }, owner);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('keeps the owner able to log in while a distributed attack has locked the account', async () => {
    const koa = app();
    const cookie = deviceCookie(await post(koa, { user: 'alice', password: 'right' }, owner));
    await lockAccount(koa);
    const res = await post(koa, { user: 'Alice', password: 'right' }, { ...owner, cookie });
    expect(res.status).toBe(200);
    expect(res.headers['ratelimit-policy']).toBe('"device";q=3;w=600');
    // The cookie is renewed for the same device.
    expect(deviceCookie(res).split('.')[1]).toBe(cookie.split('.')[1]);
    // Works from any network: the cookie, not the IP, identifies the device.
    expect((await post(koa, { user: 'alice', password: 'right' }, { 'x-forwarded-for': '198.51.100.1', cookie })).status).toBe(200);
  });

  it('works in an app that has app.keys (Koa cookie signing) configured', async () => {
    const koa = app();
    koa.keys = ['koa-cookie-signing-key'];
    const cookie = deviceCookie(await post(koa, { user: 'alice', password: 'right' }, owner));
    await lockAccount(koa);
    expect((await post(koa, { user: 'alice', password: 'right' }, { ...owner, cookie })).status).toBe(200);
  });

  it('limits guesses made with a stolen cookie to the device bucket', async () => {
    const koa = app();
    const cookie = deviceCookie(await post(koa, { user: 'alice', password: 'right' }, owner));
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(koa, { user: 'alice', password: 'guess' }, { ...owner, cookie })).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  async function rejected(koa: Koa, cookie: string) {
    await lockAccount(koa);
    const res = await post(koa, { user: 'alice', password: 'right' }, { ...owner, cookie });
    expect(res.status).toBe(429);
    expect(res.headers['ratelimit']).toBe('"account";r=0;t=600');
  }

  it('ignores a forged cookie (MAC changed)', async () => {
    const koa = app();
    const cookie = deviceCookie(await post(koa, { user: 'alice', password: 'right' }, owner));
    const last = cookie.at(-1) === 'A' ? 'B' : 'A';
    await rejected(koa, cookie.slice(0, -1) + last);
  });

  it('ignores a cookie whose expiry was extended', async () => {
    const koa = app();
    const cookie = deviceCookie(await post(koa, { user: 'alice', password: 'right' }, owner));
    const [name, id, iat, mac] = cookie.split('.') as [string, string, string, string];
    await rejected(koa, `${name}.${id}.${Number(iat) + 86_400_000}.${mac}`);
  });

  it('ignores a cookie issued for another account', async () => {
    const koa = app();
    const bobs = deviceCookie(await post(koa, { user: 'bob', password: 'right' }, owner));
    await rejected(koa, bobs);
  });

  it('ignores a cookie signed with another secret', async () => {
    const other = app({ secret: Buffer.from('another-secret-0123456789abcdef01234567') });
    const cookie = deviceCookie(await post(other, { user: 'alice', password: 'right' }, owner));
    await rejected(app(), cookie);
  });

  it('ignores an expired cookie', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), toFake: ['Date'] });
    const koa = app({ deviceCookie: { limit: 3, window: 600, maxAge: 3600 } });
    const cookie = deviceCookie(await post(koa, { user: 'alice', password: 'right' }, owner));
    // Used once while valid (the verified attempt is memoised), then it expires.
    const trusted = await post(koa, { user: 'alice', password: 'nope' }, { ...owner, cookie });
    expect(trusted.headers['ratelimit-policy']).toBe('"device";q=3;w=600');
    vi.advanceTimersByTime(3600 * 1000);
    await rejected(koa, cookie);
  });

  it.each([
    ['empty', ''],
    ['garbage', 'garbage'],
    ['wrong version', 'v1.AAAAAAAAAAAAAAAAAAAAAA.9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['huge', 'v1.' + 'A'.repeat(8000)],
    ['non-numeric expiry', 'v1.AAAAAAAAAAAAAAAAAAAAAA.1e10.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['percent junk', '%E0%A4%A'],
  ])('ignores a malformed cookie (%s) without a 5xx', async (_label, value) => {
    const koa = app();
    await rejected(koa, `${COOKIE}=${value}`);
  });
});
