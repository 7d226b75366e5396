/**
 * /api/* behind mutualAuth, over real TLS: signed calls and verified
 * responses, and every way a token can be wrong — unsigned, forged, from an
 * unknown caller, replayed, bound to another body or audience, or from a
 * caller the route does not allow — plus the client refusing a response the
 * server did not sign for this request, and the per-client request cap.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createMutualClient, generateCallerKey, ServerAuthenticationError } from '@parapet/mutual-jwt';
import { describe, expect, it } from 'vitest';
import { callersFileWith, FRAMEWORKS, mutualClient, on, type RunningApi, tempDir } from './helpers.js';

const CHALLENGE = 'Bearer realm="secure-api", error="invalid_token"';

/** A fetch that remembers the Authorization header of each request. */
function recording(app: RunningApi): { fetch: typeof fetch; last: () => string } {
  let last = '';
  return {
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      last = new Headers(init?.headers).get('authorization') ?? '';
      return app.tlsFetch(input, init);
    }),
    last: () => last,
  };
}

describe.each(FRAMEWORKS)('/api/orders with mutual authentication ($name)', (framework) => {
  const { startApi } = on(framework);

  it('serves signed GET and POST calls, and the client verifies each signed response', async () => {
    const app = await startApi();
    const client = mutualClient(app, app.callerKey);
    const created = await client(`${app.httpsUrl}/api/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ item: 'widget', quantity: 3 }),
    });
    expect(created.status).toBe(201);
    const { order } = (await created.json()) as { order: { id: number; item: string; quantity: number; createdBy: string } };
    expect(order).toMatchObject({ id: 1, item: 'widget', quantity: 3, createdBy: 'demo-client' });
    const listed = await client(`${app.httpsUrl}/api/orders?limit=5`);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { orders: unknown[] }).orders).toEqual([order]);
    expect(listed.headers.get('server-authorization')).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('refuses unsigned, forged, unknown-issuer and wrong-audience calls with 401 and a Bearer challenge', async () => {
    const app = await startApi();
    const unsigned = await app.tlsFetch(`${app.httpsUrl}/api/orders`);
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get('www-authenticate')).toBe('Bearer realm="secure-api"');
    expect(unsigned.headers.get('server-authorization')).toBeNull();

    const attacker = await generateCallerKey();
    const base = { audience: 'secure-api', verifyResponses: false, fetch: app.tlsFetch };
    const forged = createMutualClient({ ...base, issuer: 'demo-client', privateKey: attacker.privateKey, kid: app.callerKey.privateJwk.kid });
    const stranger = createMutualClient({ ...base, issuer: 'mallory', privateKey: attacker.privateKey, kid: attacker.kid });
    const { privateJwk } = app.callerKey;
    const otherAudience = createMutualClient({ ...base, audience: 'billing', issuer: 'demo-client', privateKey: privateJwk, kid: privateJwk.kid });
    for (const [name, client] of [['forged signature', forged], ['unknown issuer', stranger], ['other audience', otherAudience]] as const) {
      const res = await client(`${app.httpsUrl}/api/orders`);
      expect(res.status, name).toBe(401);
      expect(res.headers.get('www-authenticate'), name).toBe(CHALLENGE);
    }
    const codes = app.logs.mutualRejections();
    expect(codes).toEqual(['ERR_MUTUAL_MISSING_CREDENTIALS', 'ERR_MUTUAL_SIGNATURE_INVALID', 'ERR_MUTUAL_ISSUER_UNKNOWN', 'ERR_MUTUAL_CLAIM_INVALID']);
  });

  it('answers garbage Authorization headers with 400/401 and a Bearer challenge, never 5xx', async () => {
    const app = await startApi();
    const garbage = ['', 'Bearer', 'Bearer ', 'Bearer a.b.c', 'Bearer ....', 'bearer x.y.z', 'Bearer a b', 'Basic Zm9vOmJhcg==', 'DPoP x.y.z', 'Bearer \u00ff\u00fe',
      `Bearer ${'A'.repeat(9000)}`, 'Bearer eyJhbGciOiJub25lIn0.eyJ9.', 'Bearer e30.e30.e30.e30', `Bearer ${Buffer.from('{"alg":"EdDSA","kid":"../../etc/passwd"}').toString('base64url')}.e30.AA`];
    for (const authorization of garbage) {
      const res = await app.tlsFetch(`${app.httpsUrl}/api/orders`, { headers: { authorization } });
      expect([400, 401], JSON.stringify(authorization.slice(0, 40))).toContain(res.status);
      expect(res.headers.get('www-authenticate'), JSON.stringify(authorization.slice(0, 40))).toMatch(/^Bearer realm="secure-api"/);
    }
    expect(app.logs.records().filter((r) => ((r.res as { status?: number } | undefined)?.status ?? 0) >= 500)).toEqual([]);
  });

  it('refuses compressed and non-JSON order bodies with a signed 415, never 5xx', async () => {
    const app = await startApi();
    const client = mutualClient(app, app.callerKey);
    const cases: [Record<string, string>, string | Buffer][] = [
      // bh covers the decoded representation (PROTOCOL.md v2 §2.1), so the bodies are really compressed.
      [{ 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipSync('{"item":"widget","quantity":1}')],
      [{ 'content-type': 'application/json', 'content-encoding': 'br' }, brotliCompressSync('{"item":"widget","quantity":1}')],
      [{ 'content-type': 'text/plain' }, '{"item":"widget","quantity":1}'],
      [{ 'content-type': 'application/x-www-form-urlencoded' }, 'item=widget&quantity=1'],
    ];
    for (const [headers, body] of cases) {
      const res = await client(`${app.httpsUrl}/api/orders`, { method: 'POST', headers, body }); // throws unless the 415 is signed
      expect(res.status, JSON.stringify(headers)).toBe(415);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await (await client(`${app.httpsUrl}/api/orders`)).json())).toEqual({ orders: [] });
  });

  it('refuses a replayed token and a token moved to another body or URL', async () => {
    const app = await startApi();
    const rec = recording(app);
    const client = mutualClient(app, app.callerKey, rec.fetch);
    expect((await client(`${app.httpsUrl}/api/orders?limit=5`)).status).toBe(200);
    const replay = await app.tlsFetch(`${app.httpsUrl}/api/orders?limit=5`, { headers: { authorization: rec.last() } });
    expect(replay.status).toBe(401);
    expect(replay.headers.get('www-authenticate')).toBe(CHALLENGE);

    // Sign one body, send another (a fresh token each time, so only the binding can fail).
    const swapBody: typeof fetch = async (input, init) =>
      app.tlsFetch(input, { ...init, body: JSON.stringify({ item: 'diamonds', quantity: 1000 }) });
    const tampered = await mutualClient(app, app.callerKey, swapBody)(`${app.httpsUrl}/api/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ item: 'widget', quantity: 1 }),
    }).catch((err: unknown) => err);
    expect(tampered).toBeInstanceOf(ServerAuthenticationError); // 401 comes back unsigned: the client refuses it
    const moved: typeof fetch = async (input, init) => app.tlsFetch(new Request(input).url.replace('limit=5', 'limit=100'), init);
    const otherUrl = await mutualClient(app, app.callerKey, moved)(`${app.httpsUrl}/api/orders?limit=5`).catch((err: unknown) => err);
    expect(otherUrl).toBeInstanceOf(ServerAuthenticationError);
    const codes = app.logs.mutualRejections();
    expect(codes).toEqual(['ERR_MUTUAL_REPLAY', 'ERR_MUTUAL_REQUEST_MISMATCH', 'ERR_MUTUAL_REQUEST_MISMATCH']);
  });

  it('applies the per-route caller policy: "reporting" may read orders but not create them', async () => {
    const devDir = tempDir();
    const reporting = await generateCallerKey();
    const app = await startApi({ CALLERS_FILE: await callersFileWith(devDir, [{ iss: 'reporting', key: reporting }]) }, devDir);
    const client = mutualClient(app, { iss: 'reporting', key: reporting });
    expect((await client(`${app.httpsUrl}/api/orders`)).status).toBe(200);
    const denied = await client(`${app.httpsUrl}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"item":"x","quantity":1}' });
    expect(denied.status).toBe(403);
    expect(denied.headers.get('www-authenticate')).toBe('Bearer realm="secure-api", error="insufficient_scope"');
    // Paths without a policy are denied by default, even to a trusted caller.
    expect((await client(`${app.httpsUrl}/api/anything`)).status).toBe(403);
    // The /api gate is case-insensitive: no unauthenticated way around it.
    expect((await app.tlsFetch(`${app.httpsUrl}/API/orders`)).status).toBe(401);
  });

  it('client refuses responses that are unsigned, altered, or signed by another key', async () => {
    const app = await startApi();
    const alterBody: typeof fetch = async (input, init) => {
      const res = await app.tlsFetch(input, init);
      return new Response('{"orders":[{"id":1,"item":"forged"}]}', { status: res.status, headers: res.headers });
    };
    const stripSignature: typeof fetch = async (input, init) => {
      const res = await app.tlsFetch(input, init);
      const headers = new Headers(res.headers);
      headers.delete('server-authorization');
      return new Response(await res.arrayBuffer(), { status: res.status, headers });
    };
    const changeStatus: typeof fetch = async (input, init) => {
      const res = await app.tlsFetch(input, init);
      return new Response(await res.arrayBuffer(), { status: 202, headers: res.headers });
    };
    const cases: [string, typeof fetch, string][] = [
      ['altered body', alterBody, 'ERR_MUTUAL_RESPONSE_MISMATCH'],
      ['stripped signature', stripSignature, 'ERR_MUTUAL_RESPONSE_UNSIGNED'],
      ['altered status', changeStatus, 'ERR_MUTUAL_RESPONSE_MISMATCH'],
    ];
    for (const [name, fetchImpl, code] of cases) {
      const err = await mutualClient(app, app.callerKey, fetchImpl)(`${app.httpsUrl}/api/orders`).catch((e: unknown) => e);
      expect(err, name).toBeInstanceOf(ServerAuthenticationError);
      expect((err as ServerAuthenticationError).code, name).toBe(code);
    }
    const impostorKey = await generateCallerKey();
    const { privateJwk } = app.callerKey;
    const trustingOtherKey = createMutualClient({
      issuer: 'demo-client',
      privateKey: privateJwk,
      kid: privateJwk.kid,
      audience: 'secure-api',
      serverJwks: { keys: [{ ...impostorKey.publicJwk, kid: app.config.serverKey.kid }] },
      fetch: app.tlsFetch,
    });
    const err = await trustingOtherKey(`${app.httpsUrl}/api/orders`).catch((e: unknown) => e);
    expect((err as ServerAuthenticationError).code).toBe('ERR_MUTUAL_RESPONSE_INVALID');
  });

  it('publishes only the public server key at /.well-known/jwks.json', async () => {
    const app = await startApi();
    const res = await app.tlsFetch(`${app.httpsUrl}/.well-known/jwks.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/jwk-set+json');
    const jwks = (await res.json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kid: app.config.serverKey.kid, alg: 'EdDSA', use: 'sig', kty: 'OKP' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('caps requests per client with koa-ratelimit before any signature is checked', async () => {
    const app = await startApi({ API_RATE_LIMIT: '3' });
    const client = mutualClient(app, app.callerKey);
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) statuses.push((await client(`${app.httpsUrl}/api/orders`)).status);
    statuses.push((await app.tlsFetch(`${app.httpsUrl}/api/orders`)).status);
    const limited = await app.tlsFetch(`${app.httpsUrl}/api/orders`);
    statuses.push(limited.status);
    expect(statuses).toEqual([200, 200, 401, 429]);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const reset = Number(limited.headers.get('x-ratelimit-reset'));
    expect(Number.isInteger(reset)).toBe(true);
    expect(reset - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(61);
    expect(limited.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(app.logs.events('api.rate_limited')).toHaveLength(1);
    // Login and other routes are not part of this cap.
    expect((await app.tlsFetch(`${app.httpsUrl}/healthz`)).status).toBe(200);
  });
});
