import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import Koa from 'koa';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyHash, createMutualClient, exportPublicJwks, generateCallerKey, mutualAuth, ServerAuthenticationError, type MutualClientOptions } from '../src/index.js';
import { createTestApp, makeKeys, type Keys, type TestApp } from './helpers.js';

let keys: Keys;
let t: TestApp;
let server: Server;
let base: string;

async function listen(app: Koa): Promise<{ server: Server; base: string }> {
  const s = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => s.once('listening', resolve));
  return { server: s, base: `http://127.0.0.1:${(s.address() as AddressInfo).port}` };
}

function client(overrides: Partial<MutualClientOptions> = {}) {
  return createMutualClient({
    issuer: 'billing',
    privateKey: keys.billing.privateKey,
    kid: keys.billing.kid,
    audience: 'orders',
    serverJwks: exportPublicJwks([keys.orders]),
    ...overrides,
  });
}

async function expectServerAuthError(promise: Promise<unknown>, code: string, responseStatus: number): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServerAuthenticationError);
  expect((error as ServerAuthenticationError).code).toBe(code);
  expect((error as ServerAuthenticationError).responseStatus).toBe(responseStatus);
}

beforeAll(async () => {
  keys = await makeKeys();
  t = createTestApp(keys);
  ({ server, base } = await listen(t.app));
});
afterAll(() => {
  server.close();
});

describe('client ↔ server round trips', () => {
  it('signs GET requests and verifies the signed response', async () => {
    const res = await client()(`${base}/api/orders`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ orders: [1, 2], caller: 'billing' });
  });

  it('binds the query string and the body; the body reaches a later body parser unchanged', async () => {
    const res = await client()(`${base}/api/orders?x=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"amount":42}' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ received: { amount: 42 }, raw: '{"amount":42}' });
  });

  it('verifies signed error responses: thrown 418, 500, 404, 403 from allowCallers, per-route safety net', async () => {
    const c = client();
    const teapot = await c(`${base}/api/teapot`);
    expect(teapot.status).toBe(418);
    expect(await teapot.text()).toBe('short and stout');
    const crash = await c(`${base}/api/crash`);
    expect(crash.status).toBe(500);
    expect(await crash.text()).toBe('Internal Server Error');
    const missing = await c(`${base}/nope`);
    expect(missing.status).toBe(403);
    const reports = client({ issuer: 'reports', privateKey: keys.reports.privateKey, kid: keys.reports.kid });
    const forbidden = await reports(`${base}/api/billing-only`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('www-authenticate')).toBe('Bearer realm="orders", error="insufficient_scope"');
    const unguarded = await c(`${base}/api/unguarded`);
    expect(unguarded.status).toBe(403);
    expect(unguarded.headers.get('www-authenticate')).toBe('Bearer realm="orders", error="insufficient_scope"');
    expect(t.failures.map((f) => f.code)).toEqual(expect.arrayContaining(['ERR_MUTUAL_CALLER_NOT_ALLOWED', 'ERR_MUTUAL_ROUTE_WITHOUT_POLICY']));
  });

  it('HEAD responses are signed over an empty body', async () => {
    const res = await client()(`${base}/api/orders`, { method: 'HEAD' });
    expect(res.status).toBe(200);
  });

  it('throws ERR_MUTUAL_RESPONSE_UNSIGNED when the server rejected the caller (401 cannot be signed)', async () => {
    const stranger = client({ issuer: 'mallory' });
    await expectServerAuthError(stranger(`${base}/api/orders`), 'ERR_MUTUAL_RESPONSE_UNSIGNED', 401);
  });
});

describe('client rejects responses that do not prove the server', () => {
  let fake: Server;
  let fakeBase: string;
  let replayed: string | undefined;
  let mode: 'unsigned' | 'forged' | 'replay' | 'status' | 'body' | 'wrong-aud' = 'unsigned';

  beforeAll(async () => {
    // A server with the wrong key, used to forge Server-Authorization.
    const impostor = new Koa();
    impostor.use(mutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, signingKey: { ...keys.attacker, kid: 'orders-1' }, authorization: 'any-trusted-caller' }));
    impostor.use((ctx) => {
      ctx.body = { orders: [1, 2], caller: 'billing' };
    });
    fake = createServer((req, res) => {
      void (async () => {
        const auth = req.headers.authorization!;
        if (mode === 'forged') {
          const r = await request(impostor.callback()).get(req.url!).set('Authorization', auth);
          res.setHeader('server-authorization', r.headers['server-authorization'] as string);
          res.setHeader('content-type', r.headers['content-type'] as string);
          res.end(r.text);
          return;
        }
        // Forward to the genuine server, then tamper.
        const r = await request(t.app.callback()).get(req.url!).set('Authorization', auth);
        const header = r.headers['server-authorization'] as string;
        // A faithful proxy keeps the signed headers; only the tampering under test differs.
        res.setHeader('content-type', r.headers['content-type'] as string);
        if (mode === 'unsigned') {
          res.end(r.text);
        } else if (mode === 'replay') {
          res.setHeader('server-authorization', replayed ?? header);
          replayed ??= header;
          res.end(r.text);
        } else if (mode === 'status') {
          res.statusCode = 201;
          res.setHeader('server-authorization', header);
          res.end(r.text);
        } else if (mode === 'body') {
          res.setHeader('server-authorization', header);
          res.end(r.text.replace('[1,2]', '[1,2,3]'));
        } else {
          res.setHeader('server-authorization', header);
          res.end(r.text);
        }
      })();
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    fakeBase = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    fake.close();
  });

  it('no Server-Authorization', async () => {
    mode = 'unsigned';
    await expectServerAuthError(client()(`${fakeBase}/api/orders`), 'ERR_MUTUAL_RESPONSE_UNSIGNED', 200);
  });

  it('forged Server-Authorization (signed by another key under the server kid)', async () => {
    mode = 'forged';
    await expectServerAuthError(client()(`${fakeBase}/api/orders`), 'ERR_MUTUAL_RESPONSE_INVALID', 200);
  });

  it('Server-Authorization of another request (replayed)', async () => {
    mode = 'replay';
    replayed = undefined;
    const c = client();
    expect((await c(`${fakeBase}/api/orders`)).status).toBe(200);
    await expectServerAuthError(c(`${fakeBase}/api/orders`), 'ERR_MUTUAL_RESPONSE_MISMATCH', 200);
  });

  it('status changed in transit', async () => {
    mode = 'status';
    await expectServerAuthError(client()(`${fakeBase}/api/orders`), 'ERR_MUTUAL_RESPONSE_MISMATCH', 201);
  });

  it('body changed in transit', async () => {
    mode = 'body';
    await expectServerAuthError(client()(`${fakeBase}/api/orders`), 'ERR_MUTUAL_RESPONSE_MISMATCH', 200);
  });

  it('a response meant for another caller (wrong serverIssuer expectations)', async () => {
    mode = 'wrong-aud';
    await expectServerAuthError(client({ serverIssuer: 'payments' })(`${fakeBase}/api/orders`), 'ERR_MUTUAL_RESPONSE_INVALID', 200);
  });
});

describe('response signing of every body type', () => {
  const bodies: [string, (ctx: Koa.Context) => void, string][] = [
    ['string', (ctx) => { ctx.body = 'hello'; }, 'hello'],
    ['Buffer', (ctx) => { ctx.body = Buffer.from([1, 2, 3]); }, '\u0001\u0002\u0003'],
    ['JSON object', (ctx) => { ctx.body = { a: [1, 'b'] }; }, '{"a":[1,"b"]}'],
    ['Node stream', (ctx) => { ctx.body = Readable.from([Buffer.from('chunk1-'), Buffer.from('chunk2')]); }, 'chunk1-chunk2'],
    ['web ReadableStream', (ctx) => { ctx.body = new Blob(['web-stream']).stream(); }, 'web-stream'],
    ['Blob', (ctx) => { ctx.body = new Blob(['blob']); }, 'blob'],
    ['204 no content', (ctx) => { ctx.status = 204; }, ''],
    ['explicit null with 200', (ctx) => { ctx.status = 200; ctx.body = null; }, ''],
    ['no body at all (Koa 404)', () => undefined, 'Not Found'],
  ];

  it.each(bodies)('%s', async (_name, handler, expected) => {
    const app = new Koa();
    app.use(mutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, signingKey: keys.orders, authorization: 'any-trusted-caller' }));
    app.use(handler);
    const { server: s, base: b } = await listen(app);
    try {
      const res = await client()(`${b}/x`);
      expect(await res.text()).toBe(expected);
      const token = res.headers.get('server-authorization')!.slice('Bearer '.length);
      expect(decodeProtectedHeader(token)).toEqual({ alg: 'EdDSA', typ: 'mutual-response-v2+jwt', kid: 'orders-1' });
      const claims = decodeJwt(token);
      expect(claims).toMatchObject({ iss: 'orders', aud: 'billing', sts: res.status, bh: bodyHash(expected === '' ? '' : Buffer.from(expected, 'latin1')) });
      expect(claims.exp! - claims.iat!).toBe(60);
    } finally {
      s.close();
    }
  });

  it('a stream over maxResponseBytes becomes a signed 500 and is reported', async () => {
    const failures: string[] = [];
    const app = new Koa();
    app.silent = true;
    app.use(mutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, signingKey: keys.orders, authorization: 'any-trusted-caller', maxResponseBytes: 10, onAuthFailure: ({ error }) => failures.push(error.code) }));
    app.use((ctx) => {
      ctx.body = Readable.from([Buffer.alloc(8), Buffer.alloc(8)]);
    });
    const { server: s, base: b } = await listen(app);
    try {
      const res = await client()(`${b}/x`);
      expect(res.status).toBe(500);
      expect(await res.text()).toBe('Internal Server Error');
      expect(failures).toEqual(['ERR_MUTUAL_RESPONSE_BODY_TOO_LARGE']);
    } finally {
      s.close();
    }
  });
});

describe('jwksEndpoint', () => {
  it('publishes the public keys only, with cache headers', async () => {
    const res = await request(t.app.callback()).get('/.well-known/jwks.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/jwk-set+json');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const body = JSON.parse(res.text) as { keys: Record<string, unknown>[] };
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: 'orders-1', alg: 'EdDSA', use: 'sig' });
    expect(body.keys[0]).not.toHaveProperty('d');
  });

  it('answers 405 to other methods', async () => {
    const res = await request(t.app.callback()).post('/.well-known/jwks.json');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it('a client can use the URL as serverJwks', async () => {
    const res = await client({ serverJwks: `${base}/.well-known/jwks.json` })(`${base}/api/orders`);
    expect(res.status).toBe(200);
  });
});

describe('response tokens signed with each algorithm verify with jose', () => {
  const cases = [
    { alg: 'ES256', signatureBytes: 64 },
    { alg: 'PS256', signatureBytes: 256 },
    { alg: 'RS256', signatureBytes: 256 },
  ] as const;
  it.each(cases)('$alg', async ({ alg, signatureBytes }) => {
    const serverKey = await generateCallerKey({ alg, kid: `orders-${alg}` });
    const app = new Koa();
    app.use(mutualAuth({ audience: 'orders', algorithms: ['EdDSA', alg], callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, signingKey: serverKey, authorization: 'any-trusted-caller' }));
    app.use((ctx) => {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { alg };
    });
    const { server: s, base: b } = await listen(app);
    try {
      const res = await client({ serverJwks: exportPublicJwks([serverKey]), serverAlgorithms: [alg] })(`${b}/x`);
      expect(await res.json()).toEqual({ alg });
      const token = res.headers.get('server-authorization')!.slice('Bearer '.length);
      expect(decodeProtectedHeader(token)).toEqual({ alg, typ: 'mutual-response-v2+jwt', kid: `orders-${alg}` });
      // JWS signature encoding (RFC 7518 §3.4: ES256 is R || S, not DER).
      expect(Buffer.from(token.split('.')[2]!, 'base64url').length).toBe(signatureBytes);
      const { payload } = await jwtVerify(token, serverKey.publicKey, { algorithms: [alg], issuer: 'orders', audience: 'billing' });
      expect(payload.exp! - payload.iat!).toBe(60);
      // The same token on a response whose covered header changed is refused by the client.
      const tampered = await client({ serverJwks: exportPublicJwks([serverKey]), serverAlgorithms: [alg], fetch: async (input, init) => {
        const original = await fetch(input, init);
        const headers = new Headers(original.headers);
        headers.set('cache-control', 'public, max-age=3600');
        return new Response(await original.arrayBuffer(), { status: original.status, headers });
      } })(`${b}/x`).then(() => undefined, (e: unknown) => e);
      expect((tampered as ServerAuthenticationError).code).toBe('ERR_MUTUAL_RESPONSE_MISMATCH');
    } finally {
      s.close();
    }
  });
});
