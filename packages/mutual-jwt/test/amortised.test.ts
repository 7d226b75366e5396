import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMutualClient, exportPublicJwks } from '../src/index.js';
import { claims, createTestApp, makeKeys, now, signToken, type Keys } from './helpers.js';

const INVALID_TOKEN = 'Bearer realm="orders", error="invalid_token"';
let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});
afterEach(() => {
  vi.useRealTimers();
});

const amortisedToken = (overrides: Record<string, unknown> = {}) =>
  signToken(keys.billing, claims({ htm: undefined, htu: undefined, exp: now() + 60, ...overrides }), { typ: 'mutual-amortised-v2+jwt' });

describe('amortised mode', () => {
  it('accepts the same token many times, for any method and URL', async () => {
    const t = createTestApp(keys, { mode: 'amortised' });
    const token = await amortisedToken();
    for (const path of ['/api/orders', '/api/orders?limit=5', '/api/billing-only']) {
      const res = await request(t.app.callback()).get(path).set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      expect(res.headers['server-authorization']).toBeUndefined();
    }
    const post = await request(t.app.callback()).post('/api/orders').set('Authorization', `Bearer ${token}`).send({ any: 'body' });
    expect(post.status).toBe(201);
    expect(post.body).toEqual({ received: { any: 'body' } });
  });

  it.each([
    ['a request-bound token', () => signToken(keys.billing), 'ERR_MUTUAL_HEADER_INVALID'],
    ['lifetime over 60 s', () => amortisedToken({ exp: now() + 61 }), 'ERR_MUTUAL_CLAIM_INVALID'],
    ['expired', () => amortisedToken({ iat: now() - 70, exp: now() - 10 }), 'ERR_MUTUAL_TOKEN_EXPIRED'],
    ['signed by the wrong key', () => signToken(keys.attacker, claims({ htm: undefined, htu: undefined }), { typ: 'mutual-amortised-v2+jwt' }), 'ERR_MUTUAL_SIGNATURE_INVALID'],
  ])('rejects %s', async (_name, token, code) => {
    const t = createTestApp(keys, { mode: 'amortised' });
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await token()}`);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe(INVALID_TOKEN);
    expect(t.failures[0]!.code).toBe(code);
  });

  it('never serves a cached verification past exp', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const t = createTestApp(keys, { mode: 'amortised' });
    const token = await amortisedToken({ exp: now() + 30 });
    expect((await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    vi.setSystemTime(new Date('2026-01-01T00:00:29Z'));
    expect((await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    // Past exp the cache no longer answers; jose re-verifies with its 5 s clock tolerance, then refuses.
    vi.setSystemTime(new Date('2026-01-01T00:00:36Z'));
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(t.failures.at(-1)!.code).toBe('ERR_MUTUAL_TOKEN_EXPIRED');
  });

  it('the cache is keyed on the exact token: a re-encoded or tampered copy is verified afresh', async () => {
    const t = createTestApp(keys, { mode: 'amortised' });
    const token = await amortisedToken();
    expect((await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${token}==`);
    expect(res.status).toBe(401);
  });

  it('the amortised client reuses one token and the server signs responses when asked', async () => {
    const t = createTestApp(keys, { mode: 'amortised', signResponses: true });
    const server: Server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const seen = new Set<string>();
    const fetchSpy: typeof fetch = (input, init) => {
      seen.add(new Headers(init?.headers).get('authorization')!);
      return fetch(input, init);
    };
    try {
      const c = createMutualClient({ issuer: 'billing', privateKey: keys.billing.privateKey, kid: 'billing-1', audience: 'orders', mode: 'amortised', verifyResponses: true, serverJwks: exportPublicJwks([keys.orders]), fetch: fetchSpy });
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (let i = 0; i < 3; i++) expect((await c(`${base}/api/orders?i=${i}`)).status).toBe(200);
      expect(seen.size).toBe(1);
    } finally {
      server.close();
    }
  });
});

describe('remote JWKS callers (createRemoteJWKSet)', () => {
  let jwksServer: Server;
  let url: string;
  let hits = 0;
  let stall = false;
  beforeAll(async () => {
    jwksServer = createServer((_req, res) => {
      hits++;
      if (stall) return; // never answers
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(exportPublicJwks([keys.billing])));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => {
    jwksServer.closeAllConnections();
    jwksServer.close();
  });

  it('verifies with keys fetched from the configured URL, and an unknown kid within cooldown does not refetch', async () => {
    stall = false;
    hits = 0;
    const t = createTestApp(keys, { callers: { billing: { jwksUrl: url } } });
    expect((await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`)).status).toBe(200);
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing, claims(), { kid: 'rotated-away' })}`);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe(INVALID_TOKEN);
    expect(t.failures.at(-1)!.code).toBe('ERR_MUTUAL_KEY_UNKNOWN');
    expect(hits).toBe(1);
  });

  it('a JWKS server that hangs → 401 after timeoutDuration (like an unknown caller), never a 5xx or a hang', async () => {
    stall = true;
    const t = createTestApp(keys, { callers: { billing: { jwksUrl: url, timeoutDuration: 100 } } });
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`);
    expect(res.status).toBe(401);
    expect(res.headers['retry-after']).toBeUndefined();
    expect(t.failures.at(-1)!.code).toBe('ERR_MUTUAL_KEYS_UNAVAILABLE');
  });

  it('a forged token naming a remote issuer is rejected as such', async () => {
    stall = false;
    const t = createTestApp(keys, { callers: { billing: { jwksUrl: url } } });
    const forged = await new SignJWT(claims()).setProtectedHeader({ alg: 'EdDSA', typ: 'mutual-v2+jwt', kid: 'billing-1' }).sign(keys.attacker.privateKey);
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${forged}`);
    expect(res.status).toBe(401);
    expect(t.failures.at(-1)!.code).toBe('ERR_MUTUAL_SIGNATURE_INVALID');
  });
});

describe('amortised mode without response signing', () => {
  it('allowCallers denials are thrown to Koa with their header and still reported', async () => {
    const keys2 = await makeKeys();
    const t = createTestApp(keys2, { mode: 'amortised' });
    const token = await signToken(keys2.reports, claims({ iss: 'reports', htm: undefined, htu: undefined }), { typ: 'mutual-amortised-v2+jwt' });
    const res = await request(t.app.callback()).get('/api/billing-only').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(403);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="orders", error="insufficient_scope"');
    expect(res.headers['server-authorization']).toBeUndefined();
    expect(t.failures.map((f) => f.code)).toEqual(['ERR_MUTUAL_CALLER_NOT_ALLOWED']);
  });
});
