import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID, sign as nodeSign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import http2 from 'node:http2';
import { connect as netConnect, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import Router from '@koa/router';
import { exportJWK, SignJWT } from 'jose';
import Koa from 'koa';
import compress from 'koa-compress';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMutualClient,
  exportPublicJwks,
  InvalidTokenError,
  mutualAuth,
  RedisReplayStore,
  REQUEST_TOKEN_TYPE,
  ServerAuthenticationError,
  type MutualAuthOptions,
  type MutualClientOptions,
} from '../src/index.js';
import { b64, bodyHash, claims, createTestApp, makeKeys, now, signToken, type Keys } from './helpers.js';
import { connectTestRedis, deletePrefix, testPrefix } from './redis.js';

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

const servers: { close(cb: () => void): void }[] = [];
afterAll(async () => {
  for (const s of servers) await new Promise<void>((resolve) => s.close(() => resolve()));
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => unknown): Promise<string> {
  const server = createServer((req, res) => {
    void handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function client(overrides: Partial<MutualClientOptions> = {}) {
  return createMutualClient({ issuer: 'billing', privateKey: keys.billing.privateKey, kid: keys.billing.kid, audience: 'orders', serverJwks: exportPublicJwks([keys.orders]), ...overrides });
}

async function rejection(promise: Promise<unknown>): Promise<ServerAuthenticationError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ServerAuthenticationError);
  return error as ServerAuthenticationError;
}

/** The orders service with routes that set each header the response token must cover. */
function headerApp(extra: Partial<MutualAuthOptions> = {}): Koa {
  const app = new Koa();
  app.silent = true;
  app.use(mutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, signingKey: keys.orders, authorization: 'any-trusted-caller', ...extra }));
  const router = new Router();
  router.get('/redirect', (ctx) => {
    ctx.redirect('/api/orders/42');
  });
  router.get('/rich', (ctx) => {
    ctx.set('Content-Location', '/api/orders/42');
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Retry-After', '30');
    ctx.set('WWW-Authenticate', 'Bearer realm="orders"');
    ctx.set('X-Tenant', 'acme');
    ctx.cookies.set('session', 'abc', { httpOnly: true, signed: false });
    ctx.type = 'application/json';
    ctx.body = '{"ok":true}';
  });
  router.get('/plain', (ctx) => {
    ctx.body = { ok: true };
  });
  app.use(router.routes());
  return app;
}

/** A man in the middle: passes the request, then edits the response headers. */
function mitm(edit: (headers: Headers) => void): typeof fetch {
  return async (input, init) => {
    const upstream = await fetch(input, init);
    const headers = new Headers(upstream.headers);
    edit(headers);
    const body = await upstream.arrayBuffer();
    return new Response(upstream.status === 204 || upstream.status === 304 ? null : body, { status: upstream.status, headers });
  };
}

describe('finding 1: response headers are signed', () => {
  let base: string;
  beforeAll(async () => {
    base = await listen(headerApp({ signedResponseHeaders: ['X-Tenant'] }).callback());
  });

  it('accepts an untouched signed redirect and rich response', async () => {
    const redirect = await client()(`${base}/redirect`);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/api/orders/42');
    expect((await client()(`${base}/rich`)).status).toBe(200);
  });

  const rewrites: [string, string, string][] = [
    ['/redirect', 'Location', 'https://evil.example/phish'],
    ['/rich', 'Content-Type', 'text/html'],
    ['/rich', 'Set-Cookie', 'session=attacker'],
    ['/rich', 'Content-Location', '/evil'],
    ['/rich', 'Cache-Control', 'public, max-age=31536000'],
    ['/rich', 'WWW-Authenticate', 'Basic realm="phish"'],
    ['/rich', 'Retry-After', '0'],
    ['/rich', 'X-Tenant', 'other'],
  ];
  for (const [path, name, value] of rewrites) {
    it(`rejects ${path} when a man in the middle rewrites ${name}`, async () => {
      const error = await rejection(client({ fetch: mitm((h) => h.set(name, value)) })(`${base}${path}`));
      expect(error.code).toBe('ERR_MUTUAL_RESPONSE_MISMATCH');
    });
    it(`rejects ${path} when ${name} is removed`, async () => {
      const error = await rejection(client({ fetch: mitm((h) => h.delete(name)) })(`${base}${path}`));
      expect(error.code).toBe('ERR_MUTUAL_RESPONSE_MISMATCH');
    });
  }

  for (const name of ['Location', 'Set-Cookie', 'Content-Encoding', 'Content-Location', 'Cache-Control', 'WWW-Authenticate', 'Retry-After', 'X-Tenant']) {
    it(`rejects a response to which ${name} was added`, async () => {
      const error = await rejection(client({ fetch: mitm((h) => h.append(name, 'injected')) })(`${base}/plain`));
      expect(error.code).toBe('ERR_MUTUAL_RESPONSE_MISMATCH');
    });
  }

  it('rejects a second Set-Cookie appended next to a signed one', async () => {
    const error = await rejection(client({ fetch: mitm((h) => h.append('Set-Cookie', 'admin=1')) })(`${base}/rich`));
    expect(error.code).toBe('ERR_MUTUAL_RESPONSE_MISMATCH');
  });
});

/** An HTTP/2 cleartext server around the Koa app and a request helper over node:http2. */
async function h2(app: Koa): Promise<{ send(headers: http2.OutgoingHttpHeaders, body?: string): Promise<{ status: number; body: string; headers: http2.IncomingHttpHeaders }>; close(): void }> {
  const callback = app.callback() as unknown as (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => Promise<void>;
  const server = http2.createServer((req, res) => {
    void callback(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const session = http2.connect(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return {
    close: () => session.close(),
    send: (headers, body) =>
      new Promise((resolve, reject) => {
        const stream = session.request(headers, { endStream: body === undefined });
        const chunks: Buffer[] = [];
        let responseHeaders: http2.IncomingHttpHeaders = {};
        stream.on('response', (h) => (responseHeaders = h));
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => resolve({ status: Number(responseHeaders[':status']), body: Buffer.concat(chunks).toString(), headers: responseHeaders }));
        stream.on('error', reject);
        if (body !== undefined) stream.end(body);
      }),
  };
}

describe('finding 2: body presence comes from the bytes received (HTTP/2)', () => {
  it('refuses a token without bh when DATA frames carry a body and no content-length', async () => {
    const t = createTestApp(keys);
    const conn = await h2(t.app);
    try {
      const token = await signToken(keys.billing, claims({ htm: 'POST' }));
      const res = await conn.send({ ':method': 'POST', ':path': '/api/orders', authorization: `Bearer ${token}`, 'content-type': 'application/json' }, '{"amount":1000000}');
      expect(res.status).toBe(401);
      expect(t.failures.at(-1)?.code).toBe('ERR_MUTUAL_REQUEST_MISMATCH');
    } finally {
      conn.close();
    }
  });

  it('accepts an honest HTTP/2 POST without content-length and hands the body to the parser', async () => {
    const t = createTestApp(keys);
    const conn = await h2(t.app);
    try {
      const body = '{"amount":42}';
      const token = await signToken(keys.billing, claims({ htm: 'POST', bh: bodyHash(body) }));
      const res = await conn.send({ ':method': 'POST', ':path': '/api/orders', authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body);
      expect(res.status).toBe(201);
      expect(JSON.parse(res.body)).toEqual({ received: { amount: 42 }, raw: body });
    } finally {
      conn.close();
    }
  });

  it('accepts an HTTP/2 GET without body', async () => {
    const t = createTestApp(keys);
    const conn = await h2(t.app);
    try {
      const res = await conn.send({ ':method': 'GET', ':path': '/api/orders', authorization: `Bearer ${await signToken(keys.billing)}` });
      expect(res.status).toBe(200);
      expect(res.headers['server-authorization']).toMatch(/^Bearer /);
    } finally {
      conn.close();
    }
  });
});

describe('finding 2/4: bh is over the decoded representation, with koa-compress before or after mutualAuth', () => {
  const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `item ${i}` })) };
  function compressedApp(order: 'compress-outside' | 'compress-inside'): Koa {
    const app = new Koa();
    app.silent = true;
    const auth = mutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, signingKey: keys.orders, authorization: 'any-trusted-caller' });
    const gzip = compress({ threshold: 0, br: false });
    if (order === 'compress-outside') app.use(gzip).use(auth);
    else app.use(auth).use(gzip);
    app.use((ctx) => {
      ctx.body = big;
    });
    return app;
  }
  for (const order of ['compress-outside', 'compress-inside'] as const) {
    it(`verifies a response with ${order}`, async () => {
      const base = await listen(compressedApp(order).callback());
      const res = await client()(`${base}/x`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(big);
    });
  }
  it('compress inside: the bytes on the wire are gzip and the signed Content-Encoding says so', async () => {
    const base = await listen(compressedApp('compress-inside').callback());
    let wireEncoding: string | null = null;
    const spy: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      wireEncoding = res.headers.get('content-encoding');
      return res;
    };
    const res = await client({ fetch: spy })(`${base}/x`, { headers: { 'accept-encoding': 'gzip' } });
    expect(wireEncoding).toBe('gzip');
    expect(await res.json()).toEqual(big);
  });
});

describe('finding 3: remote key sets bind each key to one algorithm', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const weak = generateKeyPairSync('rsa', { modulusLength: 1024 });
  async function keyServer(jwks: () => unknown): Promise<{ url: string; hits: () => number }> {
    let hits = 0;
    const base = await listen((_req, res) => {
      hits++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(jwks()));
    });
    return { url: `${base}/jwks.json`, hits: () => hits };
  }
  function remoteApp(url: string, extra: Partial<MutualAuthOptions> = {}) {
    const failures: string[] = [];
    const app = new Koa();
    app.silent = true;
    app.use(
      mutualAuth({
        audience: 'orders',
        algorithms: ['EdDSA', 'ES256', 'PS256', 'RS256'],
        callers: { billing: { jwksUrl: url } },
        signingKey: keys.orders,
        authorization: 'any-trusted-caller',
        onAuthFailure: ({ error }) => failures.push(error.code),
        ...extra,
      }),
    );
    app.use((ctx) => {
      ctx.body = 'ok';
    });
    return { app, failures };
  }
  const rsaToken = (alg: 'RS256' | 'PS256', key = rsa.privateKey, kid = 'rsa-1') =>
    new SignJWT(claims()).setProtectedHeader({ alg, typ: REQUEST_TOKEN_TYPE, kid }).sign(key);
  // jose refuses to sign with RSA-1024, so the forged token is built with node:crypto.
  const weakRs256Token = () => {
    const input = `${b64(JSON.stringify({ alg: 'RS256', typ: REQUEST_TOKEN_TYPE, kid: 'rsa-1' }))}.${b64(JSON.stringify(claims()))}`;
    return `${input}.${nodeSign('sha256', Buffer.from(input), weak.privateKey).toString('base64url')}`;
  };

  it('refuses both RS256 and PS256 tokens for a remote RSA key without alg', async () => {
    const jwk = { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1' };
    const server = await keyServer(() => ({ keys: [jwk, keys.billing.publicJwk] }));
    const { app, failures } = remoteApp(server.url);
    for (const alg of ['RS256', 'PS256'] as const) {
      const res = await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await rsaToken(alg)}`);
      expect(res.status).toBe(401);
    }
    expect(failures).toEqual(['ERR_MUTUAL_KEY_UNKNOWN', 'ERR_MUTUAL_KEY_UNKNOWN']);
    // The well-formed key of the same set still works.
    const ok = await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`);
    expect(ok.status).toBe(200);
  });

  it('accepts only the bound algorithm of a remote RSA key with alg', async () => {
    const jwk = { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'PS256' };
    const server = await keyServer(() => ({ keys: [jwk] }));
    const { app, failures } = remoteApp(server.url);
    expect((await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await rsaToken('PS256')}`)).status).toBe(200);
    expect((await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await rsaToken('RS256')}`)).status).toBe(401);
    expect(failures).toEqual(['ERR_MUTUAL_ALG_NOT_ALLOWED']);
  });

  it('drops an RSA-1024 key at load: a forged token is 401, never 503', async () => {
    const jwk = { ...(await exportJWK(weak.publicKey)), kid: 'rsa-1', alg: 'RS256' };
    const server = await keyServer(() => ({ keys: [jwk, keys.billing.publicJwk] }));
    const { app, failures } = remoteApp(server.url);
    for (let i = 0; i < 2; i++) {
      const res = await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${weakRs256Token()}`);
      expect(res.status).toBe(401);
    }
    expect(failures).toEqual(['ERR_MUTUAL_KEY_UNKNOWN', 'ERR_MUTUAL_KEY_UNKNOWN']);
  });

  it('fetches through options.fetch', async () => {
    const server = await keyServer(() => ({ keys: [keys.billing.publicJwk] }));
    const seen: string[] = [];
    const { app } = remoteApp(server.url, {
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : input instanceof URL ? input.href : input);
        return fetch(input, init);
      },
    });
    expect((await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`)).status).toBe(200);
    expect(seen).toEqual([server.url]);
  });

  it('refuses a key set larger than the size cap (fails closed as 401, not 5xx)', async () => {
    const filler = 'x'.repeat(300_000);
    const server = await keyServer(() => ({ keys: [keys.billing.publicJwk], filler }));
    const { app, failures } = remoteApp(server.url);
    const res = await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`);
    expect(res.status).toBe(401);
    expect(failures).toEqual(['ERR_MUTUAL_KEYS_UNAVAILABLE']);
  });

  it('refreshes on an unknown kid, at most once per cooldown', async () => {
    let set = [keys.billing.publicJwk];
    const server = await keyServer(() => ({ keys: set }));
    const { app } = remoteApp(server.url, { callers: { billing: { jwksUrl: server.url, cooldownDuration: 60_000 } } });
    expect((await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`)).status).toBe(200);
    expect(server.hits()).toBe(1);
    set = [keys.billing.publicJwk, keys.billingEs.publicJwk];
    // Within the cooldown: no refetch for an unknown kid.
    expect((await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billingEs)}`)).status).toBe(401);
    expect((await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billingEs)}`)).status).toBe(401);
    expect(server.hits()).toBe(1);
  });

  it('an unknown kid after the cooldown triggers one refetch that finds the new key', async () => {
    let set = [keys.billing.publicJwk];
    const server = await keyServer(() => ({ keys: set }));
    const { app } = remoteApp(server.url, { callers: { billing: { jwksUrl: server.url, cooldownDuration: 1 } } });
    expect((await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`)).status).toBe(200);
    set = [keys.billing.publicJwk, keys.billingEs.publicJwk];
    await new Promise((r) => setTimeout(r, 10));
    expect((await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billingEs)}`)).status).toBe(200);
    expect(server.hits()).toBe(2);
  });

  it('serves the last good set while the key server is down, for a bounded time', async () => {
    let up = true;
    const base = await listen((_req, res) => {
      if (!up) {
        res.statusCode = 500;
        res.end();
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [keys.billing.publicJwk] }));
    });
    const url = `${base}/jwks.json`;
    const { app } = remoteApp(url, { callers: { billing: { jwksUrl: url, cacheMaxAge: 1, staleMaxAge: 60_000 } } });
    expect((await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`)).status).toBe(200);
    up = false;
    await new Promise((r) => setTimeout(r, 10));
    expect((await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`)).status).toBe(200);
    const { app: strict, failures } = remoteApp(url, { callers: { billing: { jwksUrl: url, cacheMaxAge: 1, staleMaxAge: 1 } } });
    up = true;
    expect((await request(strict.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`)).status).toBe(200);
    up = false;
    await new Promise((r) => setTimeout(r, 20));
    expect((await request(strict.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`)).status).toBe(401);
    expect(failures).toEqual(['ERR_MUTUAL_KEYS_UNAVAILABLE']);
  });
});

describe('finding 4: PROTOCOL.md and the code agree', () => {
  it('accepts a jti with a space (printable ASCII)', async () => {
    const t = createTestApp(keys);
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing, claims({ jti: `a b ${randomUUID()}` }))}`);
    expect(res.status).toBe(200);
  });

  it('rejects a jti with a control character', async () => {
    const t = createTestApp(keys);
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing, claims({ jti: 'a\tb' }))}`);
    expect(res.status).toBe(401);
    expect(t.failures.at(-1)?.code).toBe('ERR_MUTUAL_CLAIM_INVALID');
  });

  it('rejects an absolute-form request target even when htu matches it', async () => {
    const t = createTestApp(keys);
    const server = t.app.listen(0, '127.0.0.1');
    servers.push(server);
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as AddressInfo).port;
    const target = `http://127.0.0.1:${port}/api/orders`;
    const token = await signToken(keys.billing, claims({ htu: target }));
    const status = await new Promise<number>((resolve, reject) => {
      const socket = netConnect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n\r\n`));
      let data = '';
      socket.on('data', (c: Buffer) => (data += c.toString()));
      socket.on('end', () => resolve(Number(data.split(' ')[1])));
      socket.on('error', reject);
    });
    expect(status).toBe(401);
    expect(t.failures.at(-1)?.code).toBe('ERR_MUTUAL_REQUEST_MISMATCH');
  });
});

describe('finding 5: replay windows', () => {
  it('with the memory store, refuses a token issued before the middleware started (minus tolerance)', async () => {
    const t = createTestApp(keys);
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing, claims({ iat: now() - 30 }))}`);
    expect(res.status).toBe(401);
    expect(t.failures.at(-1)?.code).toBe('ERR_MUTUAL_REPLAY');
  });

  it('with a shared store, the same token age is accepted (the store remembers across restarts)', async () => {
    const redis = await connectTestRedis();
    try {
      const prefix = testPrefix('findings');
      const t = createTestApp(keys, { replayStore: new RedisReplayStore({ client: redis, prefix }) });
      const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing, claims({ iat: now() - 30 }))}`);
      expect(res.status).toBe(200);
      await deletePrefix(redis, prefix);
    } finally {
      redis.disconnect();
    }
  });

  it('the Redis replay key includes the audience: two services sharing a Redis do not collide', async () => {
    const redis = await connectTestRedis();
    try {
      const prefix = testPrefix('findings');
      const store = new RedisReplayStore({ client: redis, prefix });
      const orders = createTestApp(keys, { replayStore: store });
      const invoices = createTestApp(keys, { replayStore: store, audience: 'invoices' });
      const jti = randomUUID();
      const a = await signToken(keys.billing, claims({ jti }));
      const b = await signToken(keys.billing, claims({ jti, aud: 'invoices' }));
      expect((await request(orders.app.callback()).get('/api/orders').set('Authorization', `Bearer ${a}`)).status).toBe(200);
      expect((await request(invoices.app.callback()).get('/api/orders').set('Authorization', `Bearer ${b}`)).status).toBe(200);
      expect((await request(invoices.app.callback()).get('/api/orders').set('Authorization', `Bearer ${b}`)).status).toBe(401);
      await deletePrefix(redis, prefix);
    } finally {
      redis.disconnect();
    }
  });

  it('warns once per process, at construction, that the memory store is per instance; not with a shared store', () => {
    // A fresh process: the warning is once per process, so this file's earlier apps must not hide it.
    const script = `
      import { mutualAuth, exportPublicJwks, generateCallerKey, RedisReplayStore } from './dist/index.js';
      const warnings = [];
      process.on('warning', (w) => warnings.push(w.code));
      const key = await generateCallerKey();
      const base = { audience: 'orders', callers: { billing: { jwks: exportPublicJwks([key]) } }, signingKey: key };
      mutualAuth({ ...base, replayStore: new RedisReplayStore({ client: { set: async () => 'OK' } }) });
      await new Promise((r) => setImmediate(r));
      const before = warnings.length;
      mutualAuth(base);
      mutualAuth(base);
      await new Promise((r) => setImmediate(r));
      console.log(JSON.stringify({ before, after: warnings.filter((c) => c === 'PARAPET_MUTUAL_MEMORY_REPLAY_STORE').length }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' });
    expect(JSON.parse(result.stdout)).toEqual({ before: 0, after: 1 });
    expect(result.stderr).toContain('RedisReplayStore');
  });
});

describe('finding 6: uniform failures and quiet errors', () => {
  it('keeps code and detail out of JSON.stringify and Object.keys', () => {
    const error = new InvalidTokenError('ERR_MUTUAL_SIGNATURE_INVALID', 'signature of kid x', 'orders');
    expect(error.code).toBe('ERR_MUTUAL_SIGNATURE_INVALID');
    expect(error.detail).toBe('signature of kid x');
    const json = JSON.stringify(error);
    expect(json).not.toContain('ERR_MUTUAL');
    expect(json).not.toContain('kid x');
    expect(Object.keys(error)).not.toContain('code');
    expect(Object.keys(error)).not.toContain('detail');
  });

  it('a configured caller whose key server is down answers exactly like an unknown caller', async () => {
    const down = await listen((req) => req.socket.destroy());
    const app = new Koa();
    app.silent = true;
    app.use(mutualAuth({ audience: 'orders', callers: { billing: { jwksUrl: `${down}/jwks.json` }, reports: { jwks: exportPublicJwks([keys.reports]) } }, signingKey: keys.orders }));
    const configured = await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`);
    const unknown = await request(app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.attacker, claims({ iss: 'nobody' }))}`);
    expect(configured.status).toBe(unknown.status);
    expect(configured.text).toBe(unknown.text);
    const strip = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'date'));
    expect(strip(configured.headers)).toEqual(strip(unknown.headers));
  });

  it('the client fetches the server key set through options.fetch', async () => {
    const t = createTestApp(keys);
    const base = await listen(t.app.callback());
    const seen: string[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(new URL(String(input instanceof Request ? input.url : input)).pathname);
      return fetch(input, init);
    };
    const res = await client({ serverJwks: `${base}/.well-known/jwks.json`, fetch: spy })(`${base}/api/orders`);
    expect(res.status).toBe(200);
    expect(seen).toContain('/.well-known/jwks.json');
  });
});

describe('finding 6: the client key fetch has a size cap and a stale fallback', () => {
  it('refuses a server key set over maxJwksBytes, and keeps the last good set while the key URL fails', async () => {
    const t = createTestApp(keys);
    const api = await listen(t.app.callback());
    let mode: 'good' | 'huge' | 'down' = 'huge';
    const keyUrl = `${await listen((_req, res) => {
      if (mode === 'down') {
        res.statusCode = 503;
        res.end();
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [keys.orders.publicJwk], ...(mode === 'huge' ? { pad: 'x'.repeat(100_000) } : {}) }));
    })}/jwks.json`;
    const error = await rejection(client({ serverJwks: keyUrl })(`${api}/api/orders`));
    expect(error.code).toBe('ERR_MUTUAL_RESPONSE_INVALID');
    mode = 'good';
    const c = client({ serverJwks: keyUrl, serverJwksFetch: { cacheMaxAge: 1, cooldownDuration: 1, staleMaxAge: 60_000 } });
    expect((await c(`${api}/api/orders`)).status).toBe(200);
    mode = 'down';
    await new Promise((r) => setTimeout(r, 10));
    expect((await c(`${api}/api/orders`)).status).toBe(200);
  });
});

describe('protocol version signalling', () => {
  it('a version 1 caller token gets a 401 whose challenge says version 2 is required', async () => {
    const t = createTestApp(keys);
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing, claims(), { typ: 'mutual+jwt' })}`);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="orders", error="invalid_token", error_description="mutual-jwt protocol version 2 required"');
    expect(res.text).toBe('Unauthorized');
    expect(t.failures.at(-1)?.code).toBe('ERR_MUTUAL_VERSION_UNSUPPORTED');
  });

  it('any other bad typ gets the plain challenge', async () => {
    const t = createTestApp(keys);
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing, claims(), { typ: 'JWT' })}`);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="orders", error="invalid_token"');
  });
});

describe('finding 7: refused key-carrying headers are refused by our checks, not by luck', () => {
  it('a token signed by a trusted key that also carries jku / x5u / jwk is still refused', async () => {
    // jose ignores these members when we hand it the key, so without the pre-check this token would pass.
    for (const extra of [{ jku: 'https://attacker.example/jwks.json' }, { x5u: 'https://attacker.example/c.pem' }, { jwk: keys.billing.publicJwk }]) {
      const t = createTestApp(keys);
      const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing, claims(), extra)}`);
      expect(res.status).toBe(401);
      expect(t.failures.at(-1)?.code).toBe('ERR_MUTUAL_HEADER_INVALID');
    }
  });
});
