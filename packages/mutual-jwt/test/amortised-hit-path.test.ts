import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import Koa from 'koa';
import request from 'supertest';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allowCallers as expressAllowCallers, mutualAuth as expressMutualAuth } from '../src/express.js';
import { allowCallers, CallerTokenVerifier, exportPublicJwks, InvalidTokenError, mutualAuth, resolveMutualAuthOptions, type MutualCaller } from '../src/index.js';
import { claims, createTestApp, makeKeys, now, signToken, type Keys } from './helpers.js';

// An amortised token already verified is answered from the cache without running the
// verifier again: every check that depends on the request rather than on the token
// (how the credential is presented, the TLS certificate, the route policy) must still run.
const INVALID_REQUEST = 'Bearer realm="orders", error="invalid_request"';
const INVALID_TOKEN = 'Bearer realm="orders", error="invalid_token"';

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

const amortisedToken = (overrides: Record<string, unknown> = {}) =>
  signToken(keys.billing, claims({ htm: undefined, htu: undefined, exp: now() + 60, ...overrides }), { typ: 'mutual-amortised-v2+jwt' });

const thumbprintOf = (name: string) => createHash('sha256').update(name).digest('base64url');

/** One request with the Authorization lines given (an array sends one line per element). */
function rawGet(base: string, path: string, authorization: string | string[]): Promise<{ status: number; www: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, www: res.headers['www-authenticate'], body }));
    });
    req.setHeader('authorization', authorization);
    req.on('error', reject);
    req.end();
  });
}

describe('Koa amortised mode: requests answered from the verification cache', () => {
  it.each([
    ['two Authorization lines carrying the cached token', (token: string) => [`Bearer ${token}`, `Bearer ${token}`], 400, INVALID_REQUEST, 'ERR_MUTUAL_MULTIPLE_CREDENTIALS'],
    ['the cached token and another line', (token: string) => [`Bearer ${token}`, 'Basic YmlsbGluZzpzZWNyZXQ='], 400, INVALID_REQUEST, 'ERR_MUTUAL_MULTIPLE_CREDENTIALS'],
    ['the cached token under another scheme', (token: string) => `DPoP ${token}`, 400, INVALID_REQUEST, 'ERR_MUTUAL_MALFORMED_AUTHORIZATION'],
    ['the cached token after two spaces', (token: string) => `Bearer  ${token}`, 400, INVALID_REQUEST, 'ERR_MUTUAL_MALFORMED_AUTHORIZATION'],
    ['the cached token followed by more credentials', (token: string) => `Bearer ${token}, Bearer ${token}`, 400, INVALID_REQUEST, 'ERR_MUTUAL_MALFORMED_AUTHORIZATION'],
    ['the cached token with a character outside b64token', (token: string) => `Bearer ${token}!`, 400, INVALID_REQUEST, 'ERR_MUTUAL_MALFORMED_AUTHORIZATION'],
    ['the cached token with padding appended', (token: string) => `Bearer ${token}=`, 401, INVALID_TOKEN, 'ERR_MUTUAL_TOKEN_MALFORMED'],
  ])('%s', async (_name, authorization, status, www, code) => {
    const t = createTestApp(keys, { mode: 'amortised' });
    const token = await amortisedToken();
    const agent = request(t.app.callback());
    expect((await agent.get('/api/orders').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    const lines = authorization(token);
    // superagent sends one header line per array element (typed for Cookie only).
    const res = await agent.get('/api/orders').set('Authorization', lines as unknown as string);
    expect(res.status).toBe(status);
    expect(res.headers['www-authenticate']).toBe(www);
    expect(t.failures.map((f) => f.code)).toEqual([code]);
  });

  it('the scheme name stays case-insensitive (RFC 9110 §11.1) for a cached token', async () => {
    const t = createTestApp(keys, { mode: 'amortised' });
    const token = await amortisedToken();
    const agent = request(t.app.callback());
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) expect((await agent.get('/api/orders').set('Authorization', `${scheme} ${token}`)).status).toBe(200);
    expect(t.failures).toEqual([]);
  });

  it('a cached token in the query string as well is still refused', async () => {
    const t = createTestApp(keys, { mode: 'amortised' });
    const token = await amortisedToken();
    const agent = request(t.app.callback());
    expect((await agent.get('/api/orders').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    const res = await agent.get(`/api/orders?access_token=${token}`).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(400);
    expect(t.failures.map((f) => f.code)).toEqual(['ERR_MUTUAL_TOKEN_IN_QUERY']);
  });

  it('a route without allowCallers() is still refused once the token is cached', async () => {
    const t = createTestApp(keys, { mode: 'amortised' });
    const token = await amortisedToken();
    const agent = request(t.app.callback());
    for (let i = 0; i < 2; i++) {
      const res = await agent.get('/api/unguarded').set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(403);
      expect(res.text).toBe('Forbidden');
    }
    expect(t.failures.map((f) => f.code)).toEqual(['ERR_MUTUAL_ROUTE_WITHOUT_POLICY', 'ERR_MUTUAL_ROUTE_WITHOUT_POLICY']);
  });

  /** Amortised mutualAuth behind a stand-in for @parapet/https clientCertificate(): the x-test-certificate header is what TLS verified for the connection (none when empty). */
  function certificateBoundApp(failures: string[]): Koa {
    const app = new Koa();
    app.silent = true;
    app.use((ctx, next) => {
      const presented = ctx.get('x-test-certificate');
      if (presented !== '') ctx.state.clientCertificate = { x5tS256: thumbprintOf(presented) } as NonNullable<typeof ctx.state.clientCertificate>;
      return next();
    });
    app.use(mutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, mode: 'amortised', onAuthFailure: ({ error }) => failures.push(error.code) }));
    app.use(allowCallers('billing'));
    app.use((ctx) => {
      ctx.body = 'ok';
    });
    return app;
  }

  it('the certificate of each connection is checked against cnf on every use of a cached token', async () => {
    const failures: string[] = [];
    const app = certificateBoundApp(failures);
    const token = await amortisedToken({ cnf: { 'x5t#S256': thumbprintOf('billing-cert') } });
    const agent = request(app.callback());
    const call = (certificate: string) => agent.get('/api/orders').set('Authorization', `Bearer ${token}`).set('x-test-certificate', certificate);
    expect((await call('billing-cert')).status).toBe(200);
    expect((await call('thief-cert')).status).toBe(401);
    expect((await call('')).status).toBe(401);
    expect((await call('billing-cert')).status).toBe(200);
    expect(failures).toEqual(['ERR_MUTUAL_CERTIFICATE_MISMATCH', 'ERR_MUTUAL_CERTIFICATE_MISMATCH']);
  });

  it('a token first presented with the wrong certificate is refused, and then accepted with the right one', async () => {
    const failures: string[] = [];
    const app = certificateBoundApp(failures);
    const token = await amortisedToken({ cnf: { 'x5t#S256': thumbprintOf('billing-cert') } });
    const agent = request(app.callback());
    expect((await agent.get('/').set('Authorization', `Bearer ${token}`).set('x-test-certificate', 'thief-cert')).status).toBe(401);
    expect((await agent.get('/').set('Authorization', `Bearer ${token}`).set('x-test-certificate', 'billing-cert')).status).toBe(200);
    expect(failures).toEqual(['ERR_MUTUAL_CERTIFICATE_MISMATCH']);
  });

  it('ctx.state.caller is frozen, claims included, so one request cannot change what the next one sees', async () => {
    const seen: MutualCaller[] = [];
    const attempts: unknown[] = [];
    const app = new Koa();
    app.silent = true;
    app.use(mutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) }, reports: { jwks: exportPublicJwks([keys.reports]) } }, mode: 'amortised' }));
    app.use(allowCallers('billing'));
    app.use((ctx) => {
      const caller = ctx.state.caller!;
      seen.push(caller);
      for (const tamper of [
        () => ((caller as { iss: string }).iss = 'reports'),
        () => ((caller.claims as Record<string, unknown>).iss = 'reports'),
        () => ((caller.claims.nested as Record<string, unknown>).extra = 1),
        () => ((caller.claims.scopes as string[]).push('admin')),
      ]) {
        try {
          tamper();
          attempts.push('changed');
        } catch (error) {
          attempts.push(error instanceof TypeError ? 'refused' : error);
        }
      }
      ctx.body = caller.iss;
    });
    const token = await amortisedToken({ nested: { level: 1 }, scopes: ['read'] });
    const agent = request(app.callback());
    for (let i = 0; i < 3; i++) expect((await agent.get('/').set('Authorization', `Bearer ${token}`)).text).toBe('billing');
    expect(seen).toHaveLength(3);
    expect(attempts).toEqual(Array(12).fill('refused'));
    for (const caller of seen) {
      expect(Object.isFrozen(caller)).toBe(true);
      expect(Object.isFrozen(caller.claims)).toBe(true);
      expect(caller.iss).toBe('billing');
      expect(caller.claims.scopes).toEqual(['read']);
      expect(caller.claims.nested).toEqual({ level: 1 });
    }
  });

  it('every request with the same cached token gets the same frozen caller', async () => {
    const seen: MutualCaller[] = [];
    const app = new Koa();
    app.silent = true;
    app.use(mutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, mode: 'amortised' }));
    app.use(allowCallers('billing'));
    app.use((ctx) => {
      seen.push(ctx.state.caller!);
      ctx.body = 'ok';
    });
    const token = await amortisedToken({ nested: { deep: [{ deeper: true }] } });
    const agent = request(app.callback());
    for (let i = 0; i < 3; i++) expect((await agent.get('/').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    expect(seen).toHaveLength(3);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
    expect(Object.isFrozen(seen[0])).toBe(true);
    const nested = seen[0]!.claims.nested as { deep: { deeper: boolean }[] };
    expect(Object.isFrozen(nested) && Object.isFrozen(nested.deep) && Object.isFrozen(nested.deep[0])).toBe(true);
    expect(seen[0]).toMatchObject({ iss: 'billing', kid: 'billing-1', mode: 'amortised', rawBody: undefined });
  });
});

describe('Koa mutualAuth called directly (outside koa-compose)', () => {
  it('a refusal is a rejected promise, never a synchronous throw, like an async middleware', async () => {
    const app = new Koa();
    const middleware = mutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, mode: 'amortised' });
    const req = Object.assign(new (await import('node:http')).IncomingMessage(null as never), { method: 'GET', url: '/', rawHeaders: [] });
    const ctx = app.createContext(req, new (await import('node:http')).ServerResponse(req));
    let result: Promise<unknown> | undefined;
    expect(() => (result = middleware(ctx, () => Promise.resolve()) as Promise<unknown>)).not.toThrow();
    await expect(result).rejects.toMatchObject({ code: 'ERR_MUTUAL_MISSING_CREDENTIALS', status: 401 });
  });
});

describe('Express amortised mode: requests answered from the verification cache', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  async function start(): Promise<{ base: string; failures: string[]; seen: MutualCaller[] }> {
    const failures: string[] = [];
    const seen: MutualCaller[] = [];
    const app = express();
    app.use(expressMutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, mode: 'amortised', onAuthFailure: ({ error }) => failures.push(error.code) }));
    app.get('/orders', expressAllowCallers('billing'), (req, res) => {
      seen.push(req.caller!);
      expect(res.locals.caller).toBe(req.caller);
      res.send('ok');
    });
    app.get('/unguarded', (_req, res) => {
      res.send('no policy');
    });
    const server = createServer(app);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, failures, seen };
  }

  it('duplicate Authorization lines and other schemes are refused for a cached token; the caller is one frozen object', async () => {
    const { base, failures, seen } = await start();
    const token = await amortisedToken();
    expect((await rawGet(base, '/orders', `Bearer ${token}`)).status).toBe(200);
    const duplicate = await rawGet(base, '/orders', [`Bearer ${token}`, `Bearer ${token}`]);
    expect(duplicate.status).toBe(400);
    expect(duplicate.www).toBe(INVALID_REQUEST);
    expect((await rawGet(base, '/orders', `Basic ${token}`)).status).toBe(400);
    expect((await rawGet(base, '/orders', `bearer ${token}`)).status).toBe(200);
    const unguarded = await rawGet(base, '/unguarded', `Bearer ${token}`);
    expect(unguarded.status).toBe(403);
    expect(failures).toEqual(['ERR_MUTUAL_MULTIPLE_CREDENTIALS', 'ERR_MUTUAL_MALFORMED_AUTHORIZATION', 'ERR_MUTUAL_ROUTE_WITHOUT_POLICY']);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
    expect(Object.isFrozen(seen[0]) && Object.isFrozen(seen[0]!.claims)).toBe(true);
  });
});

describe('CallerTokenVerifier (framework-neutral export) in amortised mode', () => {
  it('verify() caches, cached() answers a verified token and checks the certificate on each use', async () => {
    const verifier = new CallerTokenVerifier(resolveMutualAuthOptions({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, mode: 'amortised' }));
    const token = await amortisedToken({ cnf: { 'x5t#S256': thumbprintOf('billing-cert') } });
    const facts = { method: 'GET', target: '/', certificateThumbprint: thumbprintOf('billing-cert') };
    expect(verifier.cached(token, facts, Date.now())).toBeUndefined();
    const verified = await verifier.verify(token, facts, Date.now());
    expect(verified.iss).toBe('billing');
    expect(verifier.cached(token, facts, Date.now())).toBe(verified);
    expect(await verifier.verify(token, facts, Date.now())).toBe(verified);
    expect(() => verifier.cached(token, { ...facts, certificateThumbprint: thumbprintOf('thief-cert') }, Date.now())).toThrow(InvalidTokenError);
    await expect(verifier.verify(token, { ...facts, certificateThumbprint: undefined }, Date.now())).rejects.toMatchObject({ code: 'ERR_MUTUAL_CERTIFICATE_MISMATCH' });
  });
});
