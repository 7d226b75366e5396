/**
 * POST /signup and POST /password through the example: the password policy
 * of @parapet/password-policy (NIST SP 800-63B rev. 4, 15 characters for a
 * single-factor password) answers 422 problem+json with stable codes, and
 * passwords are stored as PHC strings that /login verifies.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER, FRAMEWORKS, login, on, type RunningApi, TEST_SCRYPT } from './helpers.js';

const PASSPHRASE = 'violet harbour cranes paint quietly';

function post(app: RunningApi, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return app.tlsFetch(`${app.httpsUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

async function problemCodes(res: Response): Promise<string[]> {
  const body = (await res.json()) as { problems: { code: string; message: string }[] };
  for (const problem of body.problems) expect(problem.message.length).toBeGreaterThan(10);
  return body.problems.map((p) => p.code);
}

async function token(app: RunningApi, username: string, password: string): Promise<string> {
  const res = await login(app, username, password);
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

describe.each(FRAMEWORKS)('POST /signup ($name)', (framework) => {
  const { startApi } = on(framework);

  it.each([
    ['password', ['too_short', 'common']],
    ['12345678', ['too_short', 'common', 'repetitive']],
    ['qwertyuiop', ['too_short', 'common', 'repetitive']],
    ['mallory.quinn@example.com', ['context']],
    ['mallory.quinn2024', ['context']],
    ['qwertyuiopasdfghjkl', ['common', 'repetitive']],
  ])('refuses %j with %j', async (password, codes) => {
    const app = await startApi();
    const res = await post(app, '/signup', { username: 'mallory.quinn@example.com', password });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await problemCodes(res)).toEqual(codes);
    expect(app.api.users.storedHash('mallory.quinn@example.com')).toBeUndefined();
  });

  it('refuses the service name', async () => {
    const app = await startApi();
    const res = await post(app, '/signup', { username: 'bob@example.com', password: 'secure-api secure-api!' });
    expect(res.status).toBe(422);
    expect(await problemCodes(res)).toEqual(['context']);
  });

  it('accepts a long passphrase, stores a PHC string, and /login verifies it', async () => {
    const app = await startApi();
    const res = await post(app, '/signup', { username: 'Mallory.Quinn@example.com', password: PASSPHRASE });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { user: { id: string } };
    expect(body.user.id).toMatch(/^user-[0-9a-f-]{36}$/);
    const stored = app.api.users.storedHash('mallory.quinn@example.com')!;
    expect(stored).toMatch(new RegExp(`^\\$scrypt\\$ln=${Math.log2(TEST_SCRYPT.N)},r=8,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$`));
    expect(stored).not.toContain(PASSPHRASE);
    expect((await login(app, 'mallory.quinn@example.com', PASSPHRASE)).status).toBe(200);
    expect((await login(app, 'mallory.quinn@example.com', `${PASSPHRASE}!`)).status).toBe(401);
  });

  it('accepts any Unicode and verifies the NFKC form at login', async () => {
    const app = await startApi();
    expect((await post(app, '/signup', { username: 'zoe@example.com', password: 'cafe\u0301 crème brûlée à minuit' })).status).toBe(201);
    expect((await login(app, 'zoe@example.com', 'caf\u00e9 crème brûlée à minuit')).status).toBe(200);
  });

  it('answers 409 for a taken name, 400/415 for malformed requests, never 5xx', async () => {
    const app = await startApi();
    expect((await post(app, '/signup', { username: DEMO_USER, password: PASSPHRASE })).status).toBe(409);
    expect((await post(app, '/signup', { username: 'ok@example.com' })).status).toBe(400);
    expect((await post(app, '/signup', { username: 'ok@example.com', password: 42 })).status).toBe(400);
    expect((await post(app, '/signup', { password: PASSPHRASE })).status).toBe(400);
    expect((await post(app, '/signup', { username: ['x'], password: PASSPHRASE })).status).toBe(400);
    expect((await post(app, '/signup', [PASSPHRASE])).status).toBe(400);
    const form = await app.tlsFetch(`${app.httpsUrl}/signup`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=a&password=b' });
    expect(form.status).toBe(415);
    const huge = await post(app, '/signup', { username: 'big@example.com', password: 'x'.repeat(10_000) });
    expect(huge.status).toBe(413);
  });
});

describe.each(FRAMEWORKS)('POST /password ($name)', (framework) => {
  const { startApi } = on(framework);

  it('changes the password: current + new → 204; the old one stops working', async () => {
    const app = await startApi();
    const auth = { authorization: `Bearer ${await token(app, DEMO_USER, DEMO_PASSWORD)}` };
    const before = app.api.users.storedHash(DEMO_USER);
    const res = await post(app, '/password', { currentPassword: DEMO_PASSWORD, newPassword: PASSPHRASE }, auth);
    expect(res.status).toBe(204);
    expect(app.api.users.storedHash(DEMO_USER)).not.toBe(before);
    expect((await login(app, DEMO_USER, DEMO_PASSWORD)).status).toBe(401);
    expect((await login(app, DEMO_USER, PASSPHRASE)).status).toBe(200);
  });

  it('refuses a new password the policy rejects with 422 and keeps the old one', async () => {
    const app = await startApi();
    const auth = { authorization: `Bearer ${await token(app, DEMO_USER, DEMO_PASSWORD)}` };
    for (const [newPassword, codes] of [
      ['password', ['too_short', 'common']],
      ['alice@example.com', ['context']],
      ['kq7#kq7#kq7#kq7#', ['repetitive']],
    ] as const) {
      const res = await post(app, '/password', { currentPassword: DEMO_PASSWORD, newPassword }, auth);
      expect(res.status).toBe(422);
      expect(await problemCodes(res)).toEqual(codes);
    }
    expect((await login(app, DEMO_USER, DEMO_PASSWORD)).status).toBe(200);
  });

  it("revokes the account's device cookies: after a change, an old cookie no longer outlasts the account-wide block", async () => {
    const app = await startApi({ TRUSTED_PROXIES: '127.0.0.1' });
    const home = { 'x-forwarded-for': '192.0.2.44' };
    const first = await login(app, DEMO_USER, DEMO_PASSWORD, home);
    const cookie = first.headers.getSetCookie().find((c) => c.startsWith('__Host-parapet-device='))!.split(';')[0]!;
    const auth = { authorization: `Bearer ${((await first.json()) as { access_token: string }).access_token}` };
    expect((await post(app, '/password', { currentPassword: DEMO_PASSWORD, newPassword: PASSPHRASE }, { ...auth, ...home })).status).toBe(204);
    expect(app.logs.events('auth.device_revocation_failed')).toHaveLength(0);
    // 21 networks × 5 wrong guesses fill the account-wide layer (100 per hour).
    for (let n = 1; n <= 21; n++) {
      await Promise.all(Array.from({ length: 5 }, () => login(app, DEMO_USER, 'wrong-guess', { 'x-forwarded-for': `198.51.100.${n}` })));
    }
    // A revoked cookie is no cookie: the holder meets the account-wide block like anyone else.
    expect((await login(app, DEMO_USER, PASSPHRASE, { ...home, cookie })).status).toBe(429);
  });

  it('refuses a wrong current password (403) and requests without a user token (401)', async () => {
    const app = await startApi();
    const auth = { authorization: `Bearer ${await token(app, DEMO_USER, DEMO_PASSWORD)}` };
    const wrong = await post(app, '/password', { currentPassword: 'not my password at all', newPassword: PASSPHRASE }, auth);
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('content-type')).toBe('application/problem+json');
    expect(app.logs.events('auth.password_change_failed')).toHaveLength(1);
    const anonymous = await post(app, '/password', { currentPassword: DEMO_PASSWORD, newPassword: PASSPHRASE });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="secure-api"');
    expect((await post(app, '/password', { newPassword: PASSPHRASE }, auth)).status).toBe(400);
    expect((await post(app, '/password', { currentPassword: DEMO_PASSWORD }, auth)).status).toBe(400);
    expect((await login(app, DEMO_USER, DEMO_PASSWORD)).status).toBe(200);
  });
});
