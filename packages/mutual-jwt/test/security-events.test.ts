/**
 * Every rejection reaches the shared `onSecurityEvent` hook as a SecurityEvent
 * (name by kind, the stable code as reason, the request id), without the
 * token or the detail, which name claims taken from unverified input.
 */
import type { SecurityEvent } from '@parapet/security-events';
import express from 'express';
import Koa from 'koa';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { allowCallers as expressAllowCallers, mutualAuth as expressMutualAuth } from '../src/express.js';
import { exportPublicJwks, MemoryReplayStore, mutualAuth } from '../src/index.js';
import { claims, createTestApp, makeKeys, signToken, type Keys } from './helpers.js';

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

/** The shared test app, with a first middleware that plays requestLogger (sets ctx.state.requestId). */
function koaApp(events: SecurityEvent[], overrides: Parameters<typeof createTestApp>[1] = {}) {
  const t = createTestApp(keys, { onSecurityEvent: (event) => events.push(event), ...overrides });
  const wrapped = new Koa();
  wrapped.silent = true;
  wrapped.use(async (ctx, next) => {
    ctx.state.requestId = ctx.get('x-test-id') || undefined;
    await next();
  });
  wrapped.use(t.app.middleware[0]!);
  for (const mw of t.app.middleware.slice(1)) wrapped.use(mw);
  return { agent: request(wrapped.callback()), failures: t.failures };
}

describe('mutualAuth onSecurityEvent (Koa)', () => {
  it('a forged token is token_rejected with its code; the token never appears', async () => {
    const events: SecurityEvent[] = [];
    const { agent } = koaApp(events);
    const forged = await signToken(keys.attacker);
    const res = await agent.get('/api/orders').set({ authorization: `Bearer ${forged}`, 'x-test-id': 'r-1' });
    expect(res.status).toBe(401);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ name: 'mutual-jwt.token_rejected', outcome: 'failure', reason: 'ERR_MUTUAL_SIGNATURE_INVALID', requestId: 'r-1', attributes: { audience: 'orders', status: 401 } });
    expect(JSON.stringify(events)).not.toContain(forged.split('.')[2]!);
  });

  it('no credentials, then a replay: one event each, named by kind', async () => {
    const events: SecurityEvent[] = [];
    const { agent } = koaApp(events);
    await agent.get('/api/orders').set('x-test-id', 'none');
    const token = await signToken(keys.billing);
    expect((await agent.get('/api/orders').set({ authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await agent.get('/api/orders').set({ authorization: `Bearer ${token}`, 'x-test-id': 'again' })).status).toBe(401);
    expect(events.map((e) => [e.name, e.reason, e.requestId])).toEqual([
      ['mutual-jwt.token_rejected', 'ERR_MUTUAL_MISSING_CREDENTIALS', 'none'],
      ['mutual-jwt.replay', 'ERR_MUTUAL_REPLAY', 'again'],
    ]);
  });

  it('a failing replay store is store_failure (error outcome) with the mode', async () => {
    const events: SecurityEvent[] = [];
    const { agent } = koaApp(events, { replayStore: new MemoryReplayStore({ maxEntries: 1 }) });
    expect((await agent.get('/api/orders').set({ authorization: `Bearer ${await signToken(keys.billing)}` })).status).toBe(200);
    expect((await agent.get('/api/orders').set({ authorization: `Bearer ${await signToken(keys.billing)}` })).status).toBe(503);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ name: 'mutual-jwt.store_failure', outcome: 'error', reason: 'ERR_MUTUAL_REPLAY_STORE_UNAVAILABLE', attributes: { mode: 'fail-closed', status: 503 } });
  });

  it('onAuthFailure still gets the detail; a throwing onSecurityEvent changes nothing; a bad one is a TypeError', async () => {
    const { agent, failures } = koaApp([], {
      onSecurityEvent: () => {
        throw new Error('SIEM down');
      },
    });
    expect((await agent.get('/api/orders').set({ authorization: `Bearer ${await signToken(keys.billing, claims({ aud: 'other' }))}` })).status).toBe(401);
    expect(failures).toHaveLength(1);
    expect(() => mutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, signingKey: keys.orders, onSecurityEvent: 1 as never })).toThrow(
      /mutualAuth: "onSecurityEvent" must be a function/,
    );
  });
});

describe('mutualAuth onSecurityEvent (Express)', () => {
  it('the request id comes from res.locals.requestId', async () => {
    const events: SecurityEvent[] = [];
    const app = express();
    app.use((req, res, next) => {
      res.locals.requestId = req.get('x-test-id');
      next();
    });
    app.use(
      expressMutualAuth({
        audience: 'orders',
        callers: { billing: { jwks: exportPublicJwks([keys.billing]) } },
        signingKey: keys.orders,
        onSecurityEvent: (event) => events.push(event),
      }),
    );
    app.get('/api/orders', expressAllowCallers('billing'), (_req, res) => {
      res.json([]);
    });
    const res = await request(app).get('/api/orders').set({ authorization: 'Bearer not.a.token', 'x-test-id': 'x-1' });
    expect(res.status).toBe(401);
    expect(events.map((e) => [e.name, e.requestId])).toEqual([['mutual-jwt.token_rejected', 'x-1']]);
  });
});
