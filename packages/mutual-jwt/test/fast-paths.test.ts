import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import Koa from 'koa';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { allowCallers as expressAllowCallers, mutualAuth as expressMutualAuth } from '../src/express.js';
import { allowCallers, exportPublicJwks, hasDuplicateMemberNames, MemoryReplayStore, mutualAuth, PrecheckedHeaderCache, PrecheckFailure, precheckToken, ReplayStoreFullError } from '../src/index.js';
import { VerifiedTokenCache } from '../src/token-cache.js';
import { b64, claims, createTestApp, makeKeys, signRawEd25519, signToken, type Keys } from './helpers.js';

// The per-request shortcuts taken for speed (header pre-check cache, synchronous
// memory replay store, CryptoKey verification keys) must not change any decision.
const INVALID_TOKEN = 'Bearer realm="orders", error="invalid_token"';
const OPTIONS = { maxTokenBytes: 8192, typ: 'mutual-v2+jwt', algorithms: new Set(['EdDSA']) };
let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

const HEADER = JSON.stringify({ alg: 'EdDSA', typ: 'mutual-v2+jwt', kid: 'billing-1' });

describe('PrecheckedHeaderCache', () => {
  it('serves a repeated header segment from the cache and still checks every payload', () => {
    const cache = new PrecheckedHeaderCache();
    const good = signRawEd25519(keys.billing, HEADER, JSON.stringify(claims()));
    expect(precheckToken(good, OPTIONS, cache).kid).toBe('billing-1');
    expect(cache.get(good.split('.')[0]!)?.alg).toBe('EdDSA');
    // Same (cached) header, payload with a duplicate member: still refused.
    const duplicate = signRawEd25519(keys.billing, HEADER, JSON.stringify(claims()).replace('{', '{"aud":"payments",'));
    expect(() => precheckToken(duplicate, OPTIONS, cache)).toThrow(/payload has duplicate member names/);
    // Same header, payload that is not JSON: still refused.
    const [headerPart, , signature] = good.split('.');
    expect(() => precheckToken(`${headerPart}.${b64('not json')}.${signature}`, OPTIONS, cache)).toThrow(PrecheckFailure);
  });

  it('never caches a header that failed, and a failing header is refused every time', () => {
    const cache = new PrecheckedHeaderCache();
    const bad = signRawEd25519(keys.billing, JSON.stringify({ alg: 'EdDSA', typ: 'mutual-v2+jwt', kid: 'billing-1', jku: 'https://attacker.example/' }), JSON.stringify(claims()));
    for (let i = 0; i < 3; i++) expect(() => precheckToken(bad, OPTIONS, cache)).toThrow(/"jku" is not allowed/);
    expect(cache.get(bad.split('.')[0]!)).toBeUndefined();
  });

  it('stays bounded under a flood of distinct valid headers', () => {
    const cache = new PrecheckedHeaderCache(8);
    const payload = JSON.stringify(claims());
    for (let i = 0; i < 100; i++) precheckToken(signRawEd25519(keys.billing, JSON.stringify({ alg: 'EdDSA', typ: 'mutual-v2+jwt', kid: `k${i}` }), payload), OPTIONS, cache);
    const first = signRawEd25519(keys.billing, JSON.stringify({ alg: 'EdDSA', typ: 'mutual-v2+jwt', kid: 'k0' }), payload).split('.')[0]!;
    expect(cache.get(first)).toBeUndefined();
  });

  it('through the middleware: a valid request, then forged tokens reusing its exact header, are each judged on their own', async () => {
    const t = createTestApp(keys);
    const agent = request(t.app.callback());
    const ok = await agent.get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`);
    expect(ok.status).toBe(200);
    const good = await signToken(keys.billing);
    const [headerPart, payloadPart] = good.split('.');
    const forgedSignature = `${headerPart}.${payloadPart}.${b64(Buffer.alloc(64))}`;
    const otherPayload = `${headerPart}.${b64(JSON.stringify(claims({ htu: '/api/billing-only' })))}.${good.split('.')[2]}`;
    for (const token of [forgedSignature, otherPayload]) {
      const res = await agent.get('/api/orders').set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe(INVALID_TOKEN);
    }
    expect(t.failures.map((f) => f.code)).toEqual(['ERR_MUTUAL_SIGNATURE_INVALID', 'ERR_MUTUAL_SIGNATURE_INVALID']);
  });
});

describe('hasDuplicateMemberNames with the parsed value (allocation-free count for flat objects)', () => {
  it.each([
    '{"a":1,"a":2}',
    '{"a":1,"\\u0061":2}',
    '{"a":1,"b":2,"a":3}',
    '{"__proto__":1,"__proto__":2}',
    '{ "a" : 1 , "b" : "x" , "a" : null }',
    '{"a,b":1,"a":2,"b":3}',
    '{"s":"{\\"k\\":1,\\"k\\":2}","t":"[\\"x\\"]"}',
    '{"a":{"b":1,"b":1}}',
    '{"a":[{"b":1},{"b":1}]}',
    '{"cnf":{"x5t#S256":"abc"},"cnf2":1}',
    '{}',
  ])('agrees with the full scan on %s', (json) => {
    expect(hasDuplicateMemberNames(json, JSON.parse(json))).toBe(hasDuplicateMemberNames(json));
  });

  it('still finds a duplicate hidden behind an escaped name', () => {
    const json = '{"iss":"billing","\\u0069ss":"attacker"}';
    expect(JSON.parse(json)).toEqual({ iss: 'attacker' });
    expect(hasDuplicateMemberNames(json, JSON.parse(json))).toBe(true);
  });
});

describe('MemoryReplayStore.claimNow (synchronous path used by mutualAuth)', () => {
  it('answers like claim(): first use true, replay false, full store throws', () => {
    const clock = 1_000_000;
    const store = new MemoryReplayStore({ maxEntries: 2, now: () => clock });
    expect(store.claimNow('a', clock + 1000)).toBe(true);
    expect(store.claimNow('a', clock + 1000)).toBe(false);
    expect(store.claimNow('b', clock + 1000)).toBe(true);
    expect(() => store.claimNow('c', clock + 1000)).toThrow(ReplayStoreFullError);
  });

  it('a full memory store still fails closed through the middleware (503 + Retry-After)', async () => {
    const t = createTestApp(keys, { replayStore: new MemoryReplayStore({ maxEntries: 1 }) });
    const agent = request(t.app.callback());
    expect((await agent.get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`)).status).toBe(200);
    const res = await agent.get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(t.failures.map((f) => f.code)).toEqual(['ERR_MUTUAL_REPLAY_STORE_UNAVAILABLE']);
  });

  it('a subclass that overrides claim() is called through claim(), not bypassed', async () => {
    const seen: string[] = [];
    class AuditedStore extends MemoryReplayStore {
      override claim(key: string, expiresAt: number): Promise<boolean> {
        seen.push(key);
        return super.claim(key, expiresAt);
      }
    }
    const t = createTestApp(keys, { replayStore: new AuditedStore() });
    const token = await signToken(keys.billing, claims({ jti: 'audited-1' }));
    const agent = request(t.app.callback());
    expect((await agent.get('/api/orders').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    const replay = await agent.get('/api/orders').set('Authorization', `Bearer ${token}`);
    expect(replay.status).toBe(401);
    expect(replay.headers['www-authenticate']).toBe(INVALID_TOKEN);
    expect(seen).toEqual(['6:orders:7:billing:audited-1', '6:orders:7:billing:audited-1']);
  });
});

describe('verification keys', () => {
  it('verifies with the imported CryptoKey once it is ready, and still refuses the wrong key', async () => {
    const t = createTestApp(keys);
    const agent = request(t.app.callback());
    // Immediately (KeyObject) and after the background import settled (CryptoKey).
    expect((await agent.get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await agent.get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`)).status).toBe(200);
    const es = await signToken(keys.billingEs, claims(), { alg: 'ES256', kid: keys.billingEs.kid });
    expect((await agent.get('/api/orders').set('Authorization', `Bearer ${es}`)).status).toBe(200);
    const forged = await signToken(keys.attacker, claims(), { kid: 'billing-1' });
    const res = await agent.get('/api/orders').set('Authorization', `Bearer ${forged}`);
    expect(res.status).toBe(401);
    expect(t.failures.map((f) => f.code)).toEqual(['ERR_MUTUAL_SIGNATURE_INVALID']);
  });
});

describe('bodiless requests skip the body read', () => {
  // Node emits 'request' before it has parsed the end of the message, so whether a body
  // exists must be judged once the token has been verified, not when the request arrives.
  async function seenByRoute(app: (req: IncomingMessage, res: ServerResponse) => unknown): Promise<{ status: number; seen: unknown }> {
    const server = createServer((req, res) => void app(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const token = await signToken(keys.billing);
      const res = await fetch(`http://127.0.0.1:${port}/api/orders`, { headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, seen: await res.json() };
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('Koa: a GET without a body reaches the route on the request Node parsed, not on a replayed copy', async () => {
    const app = new Koa();
    app.use(mutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, signingKey: keys.orders }));
    app.use(allowCallers('billing'));
    app.use((ctx): void => {
      ctx.body = { original: ctx.req === ctx.res.req, contentLength: ctx.get('content-length'), rawBody: ctx.state.caller?.rawBody?.length };
    });
    expect(await seenByRoute(app.callback())).toEqual({ status: 200, seen: { original: true, contentLength: '', rawBody: 0 } });
  });

  it('Express: a GET without a body keeps its own stream and headers', async () => {
    const app = express();
    app.use(expressMutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, signingKey: keys.orders }));
    app.get('/api/orders', expressAllowCallers('billing'), (req, res) => {
      res.json({ replaced: Object.hasOwn(req, 'read'), contentLength: req.headers['content-length'] ?? '', rawBody: req.caller?.rawBody?.length });
    });
    expect(await seenByRoute(app)).toEqual({ status: 200, seen: { replaced: false, contentLength: '', rawBody: 0 } });
  });
});

describe('VerifiedTokenCache: a hit on the newest entry is not re-inserted', () => {
  it('keeps least-recently-used eviction order exact', () => {
    const cache = new VerifiedTokenCache<string>(2);
    cache.set('a', 'A', 10_000);
    cache.set('b', 'B', 10_000);
    expect(cache.get('b', 0)).toBe('B');
    expect(cache.get('a', 0)).toBe('A');
    expect(cache.get('a', 0)).toBe('A');
    cache.set('c', 'C', 10_000);
    expect([cache.get('b', 0), cache.get('a', 0), cache.get('c', 0)]).toEqual([undefined, 'A', 'C']);
    // 'c' is newest, 'a' least recent: the next insertion evicts 'a'.
    cache.set('d', 'D', 10_000);
    expect([cache.get('a', 0), cache.get('c', 0), cache.get('d', 0)]).toEqual([undefined, 'C', 'D']);
  });

  it('never answers an expired newest entry, and forgets it', () => {
    const cache = new VerifiedTokenCache<string>(2);
    cache.set('a', 'A', 1000);
    expect(cache.get('a', 999)).toBe('A');
    expect(cache.get('a', 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.set('b', 'B', 5000);
    cache.set('a', 'A', 5000);
    cache.set('c', 'C', 5000);
    expect([cache.get('b', 0), cache.get('a', 0), cache.get('c', 0)]).toEqual([undefined, 'A', 'C']);
  });
});
