import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bodyHash, createMutualClient, exportPublicJwks, type MutualFetch } from '../src/index.js';
import { frameworks, type Framework, type ServiceSpec } from './frameworks-app.js';
import { claims, makeKeys, signToken, type Keys } from './helpers.js';

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

const REALM = 'Bearer realm="orders"';

describe.each(frameworks)('@parapet/mutual-jwt on $name', (framework: Framework) => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  async function start(spec?: ServiceSpec): Promise<{ base: string; failures: string[] }> {
    const { listener, failures } = framework.build(keys, spec);
    const server = createServer(listener);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, failures };
  }

  /** The real client: it throws unless the response carries a valid signature over status, headers and body. */
  const client = (issuer: 'billing' | 'reports' = 'billing'): MutualFetch =>
    createMutualClient({ issuer, privateKey: keys[issuer].privateKey, kid: keys[issuer].kid, audience: 'orders', serverJwks: exportPublicJwks([keys.orders]) });

  async function raw(base: string, path: string, token: string | undefined, init: RequestInit = {}): Promise<Response> {
    return fetch(`${base}${path}`, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string>) } });
  }

  describe('signed requests and responses', () => {
    it('GET: the caller is published and the response is signed', async () => {
      const { base } = await start();
      const res = await client()(`${base}/api/orders`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ orders: [1, 2], caller: 'billing' });
    });

    it('POST: the body is bound by bh, parsed downstream and kept raw', async () => {
      const { base } = await start();
      const res = await client()(`${base}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
      expect(res.status).toBe(201);
      expect(await res.json()).toEqual({ received: { a: 1 }, raw: '{"a":1}' });
    });

    it('a body other than the signed one is refused: 401 invalid_token', async () => {
      const { base, failures } = await start();
      const token = await signToken(keys.billing, claims({ htm: 'POST', bh: bodyHash('{"a":1}') }));
      const res = await raw(base, '/api/orders', token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":2}' });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe(`${REALM}, error="invalid_token"`);
      expect(res.headers.get('server-authorization')).toBeNull();
      expect(failures).toEqual(['ERR_MUTUAL_REQUEST_MISMATCH']);
    });

    it('a replayed token is refused the second time', async () => {
      const { base, failures } = await start();
      const token = await signToken(keys.billing, claims());
      expect((await raw(base, '/api/orders', token)).status).toBe(200);
      const replay = await raw(base, '/api/orders', token);
      expect(replay.status).toBe(401);
      expect(replay.headers.get('www-authenticate')).toBe(`${REALM}, error="invalid_token"`);
      expect(failures).toEqual(['ERR_MUTUAL_REPLAY']);
    });

    it('no credentials: 401 with the challenge and no error code', async () => {
      const { base, failures } = await start();
      const res = await raw(base, '/api/orders', undefined);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe(REALM);
      expect(failures).toEqual(['ERR_MUTUAL_MISSING_CREDENTIALS']);
    });
  });

  describe('error responses are signed too', () => {
    it('a caller not on the route list: 403 insufficient_scope', async () => {
      const { base, failures } = await start();
      const res = await client('reports')(`${base}/api/billing-only`);
      expect(res.status).toBe(403);
      expect(res.headers.get('www-authenticate')).toBe(`${REALM}, error="insufficient_scope"`);
      expect(failures).toEqual(['ERR_MUTUAL_CALLER_NOT_ALLOWED']);
    });

    it('a route without allowCallers(): 403, signed', async () => {
      const { base, failures } = await start();
      const res = await client()(`${base}/api/unguarded`);
      expect(res.status).toBe(403);
      expect(failures).toEqual(['ERR_MUTUAL_ROUTE_WITHOUT_POLICY']);
    });

    it('no route at all (the framework 404), with any-trusted-caller', async () => {
      const { base } = await start({ authorization: 'any-trusted-caller' });
      const res = await client()(`${base}/api/nothing-here`);
      expect(res.status).toBe(404);
    });

    it('an error with a status passed on (next(err) / throw): 418', async () => {
      const { base } = await start();
      const res = await client()(`${base}/api/teapot`);
      expect(res.status).toBe(418);
    });

    it('a thrown error: 500', async () => {
      const { base } = await start();
      const res = await client()(`${base}/api/crash`);
      expect(res.status).toBe(500);
    });

    // Express 4 does not catch a rejected async handler at all (no response): Koa and Express 5 only.
    if (framework.name !== 'express4') {
      it('a rejected async handler: 500', async () => {
        const { base } = await start();
        const res = await client()(`${base}/api/async-crash`);
        expect(res.status).toBe(500);
      });
    }
  });

  describe('jwksEndpoint', () => {
    it('serves the public keys, and 405 for other methods', async () => {
      const { base } = await start();
      const res = await fetch(`${base}/.well-known/jwks.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=300');
      expect(res.headers.get('content-type')).toMatch(/^application\/jwk-set\+json/);
      expect(await res.json()).toEqual(exportPublicJwks([keys.orders]));
      const post = await fetch(`${base}/.well-known/jwks.json`, { method: 'POST' });
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('GET, HEAD');
    });
  });

  if (framework.express) {
    describe('body parser order (Express)', () => {
      it('a parser before mutualAuth() with { verify: captureRawBody }: bh checked on the kept bytes', async () => {
        const { base, failures } = await start({ bodyOrder: 'before-captured' });
        const ok = await client()(`${base}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
        expect(ok.status).toBe(201);
        expect(await ok.json()).toEqual({ received: { a: 1 }, raw: '{"a":1}' });
        const token = await signToken(keys.billing, claims({ htm: 'POST', bh: bodyHash('{"a":1}') }));
        const tampered = await raw(base, '/api/orders', token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":2}' });
        expect(tampered.status).toBe(401);
        expect(failures).toEqual(['ERR_MUTUAL_REQUEST_MISMATCH']);
      });

      it('a parser before mutualAuth() without it: the request never reaches the route, the error names the fix', async () => {
        const { base, failures } = await start({ bodyOrder: 'before-uncaptured' });
        const res = await client()(`${base}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' }).catch(
          (error: unknown) => error,
        );
        // The refusal is the app's configuration error, answered by Express's error handler before any caller is known: unsigned.
        expect(res).toMatchObject({ code: 'ERR_MUTUAL_RESPONSE_UNSIGNED', responseStatus: 500 });
        expect(failures).toEqual([]);
        const token = await signToken(keys.billing, claims({ htm: 'POST', bh: bodyHash('{"a":1}') }));
        const direct = await raw(base, '/api/orders', token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
        expect(direct.status).toBe(500);
        expect(await direct.text()).toContain('TypeError: mutualAuth: the request body was read by a body parser placed before mutualAuth()');
      });
    });
  }
});
