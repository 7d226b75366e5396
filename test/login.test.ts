/**
 * POST /login behind authLimit: correct answers for good and bad
 * credentials, no user enumeration, brute force stopped at the policy's
 * 5 failures with an accurate Retry-After, and the issued user token.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER, FRAMEWORKS, login, on } from './helpers.js';

const HSTS = 'max-age=31536000; includeSubDomains';

describe.each(FRAMEWORKS)('POST /login ($name)', (framework) => {
  const { startApi } = on(framework);

  it('returns a short-lived user token for the right password; GET /me accepts it and nothing else', async () => {
    const app = await startApi();
    const res = await login(app, DEMO_USER, DEMO_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(900);
    expect(body.access_token.split('.')).toHaveLength(3);

    const me = await app.tlsFetch(`${app.httpsUrl}/me`, { headers: { authorization: `Bearer ${body.access_token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ user: { id: 'user-1001' } });

    const [header, payload, signature] = body.access_token.split('.') as [string, string, string];
    const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BA' : 'AA'}`;
    const noneAlg = `${Buffer.from('{"alg":"none","typ":"at+jwt"}').toString('base64url')}.${payload}.`;
    for (const [authorization, error] of [
      [undefined, 'Bearer realm="secure-api"'],
      [`Bearer ${flipped}`, 'Bearer realm="secure-api", error="invalid_token"'],
      [`Bearer ${noneAlg}`, 'Bearer realm="secure-api", error="invalid_token"'],
      [`Basic ${Buffer.from('alice:x').toString('base64')}`, 'Bearer realm="secure-api", error="invalid_token"'],
    ] as const) {
      const refused = await app.tlsFetch(`${app.httpsUrl}/me`, { headers: authorization ? { authorization } : {} });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe(error);
      expect(refused.headers.get('strict-transport-security')).toBe(HSTS);
    }
  });

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const app = await startApi();
    const wrong = await login(app, DEMO_USER, 'Tr0ub4dor&3');
    const unknown = await login(app, 'mallory@example.com', DEMO_PASSWORD);
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await unknown.text()).toBe(await wrong.text());
    expect(unknown.headers.get('content-type')).toBe(wrong.headers.get('content-type'));
  });

  it('rejects malformed requests with 4xx, never 5xx', async () => {
    const app = await startApi();
    const post = (body: string, type = 'application/json') =>
      app.tlsFetch(`${app.httpsUrl}/login`, { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post('username=alice&password=x', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await post('{"username":')).status).toBe(400);
    expect((await post('[]')).status).toBe(400);
    expect((await post('{"username":"alice@example.com"}')).status).toBe(400);
    expect((await post(JSON.stringify({ username: DEMO_USER, password: 42 }))).status).toBe(400);
    expect((await post(JSON.stringify({ username: DEMO_USER, password: 'x'.repeat(1025) }))).status).toBe(400);
    expect((await post(JSON.stringify({ username: DEMO_USER, password: 'x'.repeat(5000) }))).status).toBe(413);
    expect((await post(`{"username":"${'a'.repeat(2_000_000)}"}`)).status).toBe(413);
    expect((await post('not json')).status).toBe(400);
    expect((await post('null')).status).toBe(400);
    expect((await post(JSON.stringify({ username: [DEMO_USER], password: DEMO_PASSWORD }))).status).toBe(400);
    expect((await post(JSON.stringify({ username: { $ne: null }, password: DEMO_PASSWORD }))).status).toBe(400);
    expect((await post(JSON.stringify({ password: DEMO_PASSWORD }))).status).toBe(400);
    expect((await post(JSON.stringify({ username: DEMO_USER, password: DEMO_PASSWORD }), 'text/plain')).status).toBe(415);
    // None of these was a password attempt: the right password still works.
    expect((await login(app, DEMO_USER, DEMO_PASSWORD)).status).toBe(200);
  });

  it('refuses compressed bodies with 415 instead of a 500 from the decompressor', async () => {
    const app = await startApi();
    const credentials = JSON.stringify({ username: DEMO_USER, password: DEMO_PASSWORD });
    const bodies: [string, string | Buffer][] = [
      ['gzip', 'not gzip at all'],
      ['deflate', 'not deflate'],
      ['br', 'not brotli'],
      ['gzip', gzipSync(credentials)],
      ['GZIP, identity', gzipSync(credentials)],
    ];
    for (const [encoding, body] of bodies) {
      const res = await app.tlsFetch(`${app.httpsUrl}/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body });
      expect(res.status, encoding).toBe(415);
      expect(res.headers.get('content-type'), encoding).toContain('application/problem+json');
      expect(res.headers.get('strict-transport-security'), encoding).toBe(HSTS);
    }
    expect(app.logs.records().filter((r) => (r.res as { status?: number } | undefined)?.status === 500)).toEqual([]);
    const identity = await app.tlsFetch(`${app.httpsUrl}/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'identity' }, body: credentials });
    expect(identity.status).toBe(200);
  });

  it('blocks brute force after 5 failures with 429, Retry-After and HSTS, even for the right password', async () => {
    const app = await startApi();
    for (let i = 0; i < 5; i++) expect((await login(app, DEMO_USER, `guess-${i}`)).status).toBe(401);
    const blocked = await login(app, DEMO_USER, 'guess-6');
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(3590);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(blocked.headers.get('ratelimit-policy')).toContain('account-client');
    expect(blocked.headers.get('content-type')).toContain('application/problem+json');
    expect(blocked.headers.get('strict-transport-security')).toBe(HSTS);
    expect(blocked.headers.get('content-security-policy')).toContain("default-src 'self'");
    // The block holds for the rest of the window, so the attacker learns nothing from a hit.
    expect((await login(app, DEMO_USER, DEMO_PASSWORD)).status).toBe(429);
    // Spelling variants are the same account.
    expect((await login(app, '  ALICE@Example.COM ', 'guess-7')).status).toBe(429);
    expect(app.logs.events('auth-limit.blocked')).toHaveLength(1);
    expect(app.logs.events('auth-limit.limited').length).toBeGreaterThanOrEqual(3);
  });

  it('limits an unknown account exactly like a real one (no enumeration through the 429)', async () => {
    const app = await startApi();
    const real: number[] = [];
    const fake: number[] = [];
    for (let i = 0; i < 6; i++) real.push((await login(app, DEMO_USER, `guess-${i}`)).status);
    for (let i = 0; i < 6; i++) fake.push((await login(app, 'nobody@example.com', `guess-${i}`)).status);
    expect(real).toEqual([401, 401, 401, 401, 401, 429]);
    expect(fake).toEqual(real);
    const a = await login(app, DEMO_USER, 'x');
    const b = await login(app, 'nobody@example.com', 'x');
    expect(await b.text()).toBe(await a.text());
  });

  it('refunds a success: failures before a good login do not add up to a block', async () => {
    const app = await startApi();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect((await login(app, DEMO_USER, `guess-${i}`)).status).toBe(401);
      expect((await login(app, DEMO_USER, DEMO_PASSWORD)).status).toBe(200);
    }
  });
});
