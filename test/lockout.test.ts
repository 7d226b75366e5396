/**
 * ASVS 5.0 V6.1.1 through the example, black-box: the test client acts as
 * the TLS-terminating proxy (TRUSTED_PROXIES=127.0.0.1) and writes
 * X-Forwarded-For. Attackers cannot lock the owner out, cookies from
 * /password-reset open nothing at /login, and two instances on one Redis
 * let exactly the policy's 5 wrong passwords through.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER, FRAMEWORKS, login, on, redisEnv, type RunningApi, tempDir } from './helpers.js';

const PROXY = { TRUSTED_PROXIES: '127.0.0.1' };

function deviceCookie(res: Response): string | undefined {
  return res.headers.getSetCookie().find((c) => c.startsWith('__Host-parapet-device='));
}

function passwordReset(app: RunningApi, username: string, headers: Record<string, string>): Promise<Response> {
  return app.tlsFetch(`${app.httpsUrl}/password-reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username }),
  });
}

/** Password checks that failed, as the app logs them (one per attempt that reached scrypt and was wrong). */
function checked(app: RunningApi): number {
  return app.logs.events('auth.login_failed').length;
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

describe.each(FRAMEWORKS)('lockout cannot be turned against the owner (through the example) ($name)', (framework) => {
  const { startApi } = on(framework);

  it('(a) 300 IPv6 /56 networks and 50 IPv4 addresses guessing: the owner with her device cookie still gets 200', async () => {
    const app = await startApi(PROXY);
    const home = { 'x-forwarded-for': '192.0.2.44' };
    const first = await login(app, DEMO_USER, DEMO_PASSWORD, home);
    expect(first.status).toBe(200);
    const setCookie = deviceCookie(first);
    expect(setCookie).toMatch(/^__Host-parapet-device=v2\.[^;]+; Path=\/; Max-Age=2592000; HttpOnly; Secure; SameSite=Strict$/);
    const cookie = setCookie!.split(';')[0]!;

    const attackers = [
      ...Array.from({ length: 300 }, (_, i) => `2001:db8:${(i >> 8) + 1}:${(i & 255).toString(16)}00::${i + 1}`),
      ...Array.from({ length: 50 }, (_, i) => `198.51.100.${i + 1}`),
    ];
    await inBatches(attackers, 10, (ip) => login(app, DEMO_USER, 'wrong-guess', { 'x-forwarded-for': ip }));
    // The account-wide ceiling held (≤ 100 guesses per hour from untrusted clients)...
    expect(checked(app)).toBe(100);
    expect((await login(app, DEMO_USER, DEMO_PASSWORD, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
    // ...and the owner is unaffected, at home or elsewhere.
    expect((await login(app, DEMO_USER, DEMO_PASSWORD, { ...home, cookie })).status).toBe(200);
    expect((await login(app, DEMO_USER, DEMO_PASSWORD, { 'x-forwarded-for': '203.0.113.10', cookie })).status).toBe(200);
    expect(app.logs.events('auth-limit.suspicious')).toHaveLength(1);
  });

  it('(b) 40 /password-reset calls, then wrong passwords at /login with every cookie they returned: exactly 5 checks per client network', async () => {
    const app = await startApi(PROXY);
    for (const ip of ['198.51.100.20', '2001:db8:77::1']) {
      const before = checked(app);
      const from = { 'x-forwarded-for': ip };
      const cookies: string[] = [];
      for (let i = 0; i < 40; i++) {
        const res = await passwordReset(app, DEMO_USER, from);
        expect([202, 429]).toContain(res.status);
        const cookie = deviceCookie(res);
        if (cookie !== undefined) cookies.push(cookie.split(';')[0]!);
      }
      expect(cookies).toEqual([]);
      const attempts = cookies.length > 0 ? cookies : [''];
      for (let i = 0; i < 40; i++) {
        const cookie = attempts[i % attempts.length]!;
        await login(app, DEMO_USER, `wrong-${i}`, cookie === '' ? from : { ...from, cookie });
      }
      expect(checked(app) - before).toBe(5);
    }
  });

  it('(b\') a login cookie presented at /password-reset opens nothing there: its own 5 per account per network', async () => {
    const app = await startApi(PROXY);
    const from = { 'x-forwarded-for': '192.0.2.60' };
    const cookie = deviceCookie(await login(app, DEMO_USER, DEMO_PASSWORD, from))!.split(';')[0]!;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await passwordReset(app, DEMO_USER, { ...from, cookie })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429]);
  });

  it('(c) two instances on one Redis: 40 concurrent wrong passwords, exactly 5 reach the password check in total', async () => {
    const devDir = tempDir();
    const env = { ...(await redisEnv(devDir)), ...PROXY };
    const a = await startApi(env, devDir);
    const b = await startApi(env, devDir);
    const from = { 'x-forwarded-for': '198.51.100.200' };
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => login(i % 2 ? a : b, DEMO_USER, `wrong-${i}`, from)));
    const storeErrors = [...a.logs.events('auth-limit.store_failure'), ...b.logs.events('auth-limit.store_failure')];
    expect(checked(a) + checked(b), JSON.stringify(storeErrors.slice(0, 3))).toBe(5);
    expect(answers.filter((r) => r.status === 401)).toHaveLength(5);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(35);
  });

  it('a TLS-terminating proxy forwarding plain HTTP: the login still sets the Secure cookie, never a 500', async () => {
    const app = await startApi(PROXY);
    const res = await request(app.api.httpListener)
      .post('/login')
      .set({ host: 'localhost', 'x-forwarded-proto': 'https', 'x-forwarded-for': '192.0.2.70', 'content-type': 'application/json' })
      .send(JSON.stringify({ username: DEMO_USER, password: DEMO_PASSWORD }));
    expect(res.status).toBe(200);
    const cookies = res.headers['set-cookie'] as unknown as string[];
    expect(cookies.some((c) => c.startsWith('__Host-parapet-device=') && c.includes('; Secure;'))).toBe(true);
  });
});
