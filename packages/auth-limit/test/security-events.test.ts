/**
 * ASVS 5.0 V16: every security decision reaches the one `onSecurityEvent`
 * hook as a SecurityEvent, with pseudonymous actors and the request id.
 */
import { bodyParser } from '@koa/bodyparser';
import { trustProxy } from '@parapet/https';
import type { SecurityEvent } from '@parapet/security-events';
import express from 'express';
import Koa from 'koa';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { authLimit as expressAuthLimit } from '../src/express.js';
import { authLimit } from '../src/index.js';
import { SECRET } from './helpers.js';

const COOKIE = '__Host-parapet-device';

function cookieOf(res: request.Response): string | undefined {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  return header?.find((c) => c.startsWith(`${COOKIE}=`))?.split(';')[0];
}

type Body = { user?: unknown; password?: unknown } | undefined;

function koaLogin(events: SecurityEvent[], extra: Partial<Parameters<typeof authLimit>[0]> = {}) {
  const app = new Koa();
  app.silent = true;
  app.use(trustProxy({ trustedProxies: ['loopback'] }));
  app.use(async (ctx, next) => {
    ctx.state.requestId = ctx.get('x-test-id') || undefined;
    await next();
  });
  app.use(bodyParser());
  const limit = authLimit({
    secret: SECRET,
    purpose: 'login',
    account: (ctx) => {
      const user = (ctx.request.body as Body)?.user;
      return typeof user === 'string' ? user : undefined;
    },
    onSecurityEvent: (event) => events.push(event),
    ...extra,
  });
  app.use(limit);
  app.use((ctx) => {
    if ((ctx.request.body as Body)?.password === 'right') ctx.body = { ok: true };
    else ctx.status = 401;
  });
  return { agent: request(app.callback()), limit };
}

const names = (events: readonly SecurityEvent[]) => events.map((e) => e.name);

describe('authLimit onSecurityEvent', () => {
  it('the fifth failure is a block, the sixth attempt a limited refusal; both carry pseudonyms and the request id', async () => {
    const events: SecurityEvent[] = [];
    const { agent } = koaLogin(events);
    for (let i = 1; i <= 6; i++) {
      await agent.post('/login').set({ 'x-forwarded-for': '192.0.2.9', 'x-test-id': `req-${i}` }).send({ user: 'alice@example.com', password: 'wrong' });
    }
    expect(names(events)).toEqual(['auth-limit.blocked', 'auth-limit.limited']);
    const [blocked, limited] = events as [SecurityEvent, SecurityEvent];
    expect(blocked).toMatchObject({ outcome: 'failure', reason: 'account-client', requestId: 'req-5', attributes: { purpose: 'login', layer: 'account-client' } });
    expect(limited).toMatchObject({ outcome: 'blocked', reason: 'limit', requestId: 'req-6', attributes: { purpose: 'login', layers: ['account-client'] } });
    expect(limited.attributes.retryAfter).toBeGreaterThan(0);
    expect(typeof limited.time).toBe('number');
    // Pseudonyms, not the input: the same account id in both events, never the e-mail or the IP.
    expect(limited.actor.account).toBe(blocked.actor.account);
    expect(limited.actor.account).toMatch(/^[A-Za-z0-9_-]{8,}$/);
    const text = JSON.stringify(events);
    expect(text).not.toContain('alice');
    expect(text).not.toContain('192.0.2.9');
  });

  it('device cookies: issued on a successful login, rejected when forged and when revoked', async () => {
    const events: SecurityEvent[] = [];
    const { agent, limit } = koaLogin(events);
    const owner = { 'x-forwarded-for': '192.0.2.10' };
    const cookie = cookieOf(await agent.post('/login').set({ ...owner, 'x-test-id': 'ok-1' }).send({ user: 'bob', password: 'right' }))!;
    expect(cookie).toBeDefined();
    expect(events.map((e) => [e.name, e.outcome, e.reason, e.requestId])).toEqual([['auth-limit.device_cookie_issued', 'success', 'login', 'ok-1']]);

    events.length = 0;
    const forged = `${cookie.slice(0, -4)}AAAA`;
    await agent.post('/login').set({ ...owner, cookie: forged, 'x-test-id': 'forged' }).send({ user: 'bob', password: 'wrong' });
    expect(events.map((e) => [e.name, e.reason, e.requestId])).toEqual([['auth-limit.device_cookie_rejected', 'invalid', 'forged']]);

    events.length = 0;
    await limit.revokeDeviceCookies('bob');
    await agent.post('/login').set({ ...owner, cookie, 'x-test-id': 'revoked' }).send({ user: 'bob', password: 'wrong' });
    expect(events.map((e) => [e.name, e.reason, e.requestId])).toEqual([['auth-limit.device_cookie_rejected', 'revoked', 'revoked']]);
  });

  it('a failing store is reported as store_failure with the mode applied', async () => {
    const events: SecurityEvent[] = [];
    const down = () => Promise.reject(new Error('connection refused'));
    const { agent } = koaLogin(events, { store: { consume: down, settle: down, extend: () => undefined }, onStoreError: 'fail-closed' });
    const res = await agent.post('/login').set({ 'x-test-id': 'down' }).send({ user: 'carol', password: 'wrong' });
    expect(res.status).toBe(429);
    expect(names(events)).toEqual(['auth-limit.store_failure', 'auth-limit.limited']);
    expect(events[0]).toMatchObject({ outcome: 'error', reason: 'error', attributes: { operation: 'consume', mode: 'fail-closed' } });
    expect(events[1]).toMatchObject({ reason: 'store-unavailable', requestId: 'down' });
  });

  it('suspicious: failures from 3 networks on one account', async () => {
    const events: SecurityEvent[] = [];
    const { agent } = koaLogin(events);
    for (let n = 0; n < 3; n++) {
      for (let i = 0; i < 5; i++) await agent.post('/login').set({ 'x-forwarded-for': `198.51.100.${n + 1}` }).send({ user: 'dave', password: 'x' });
    }
    const suspicious = events.filter((e) => e.name === 'auth-limit.suspicious');
    expect(suspicious).toHaveLength(1);
    expect(suspicious[0]).toMatchObject({ outcome: 'failure', reason: 'many-networks', attributes: { failures: 11, networks: 3 } });
  });

  it('a throwing hook changes nothing; a non-function hook is a TypeError naming the option', async () => {
    const { agent } = koaLogin([], {
      onSecurityEvent: () => {
        throw new Error('SIEM down');
      },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await agent.post('/login').send({ user: 'erin', password: 'x' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(() => authLimit({ secret: SECRET, purpose: 'login', account: () => undefined, onSecurityEvent: 'log' as never })).toThrow(
      /authLimit: "onSecurityEvent" must be a function/,
    );
  });

  it('Express: the request id comes from res.locals.requestId', async () => {
    const events: SecurityEvent[] = [];
    const app = express();
    app.use((req, res, next) => {
      res.locals.requestId = req.get('x-test-id');
      next();
    });
    app.use(express.json());
    app.post(
      '/login',
      expressAuthLimit({
        secret: SECRET,
        purpose: 'login',
        account: (req) => (req.body as { user?: string }).user,
        onSecurityEvent: (event) => events.push(event),
      }),
      (_req, res) => {
        res.status(401).end();
      },
    );
    for (let i = 1; i <= 6; i++) await request(app).post('/login').set('x-test-id', `e-${i}`).send({ user: 'frank', password: 'x' });
    expect(events.map((e) => [e.name, e.requestId])).toEqual([
      ['auth-limit.blocked', 'e-5'],
      ['auth-limit.limited', 'e-6'],
    ]);
  });
});
