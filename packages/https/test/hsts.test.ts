import type Koa from 'koa';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hsts, hstsHeaderValue, ParapetError, trustProxy } from '../src/index.js';
import { appWith, ok, rawHeaderValues } from './helpers/app.js';

const DEFAULT = 'max-age=31536000; includeSubDomains';
const trusted = trustProxy({ trustedProxies: ['loopback'] });

const throwing: Record<string, Koa.Middleware> = {
  'ctx.throw(404)': (ctx) => ctx.throw(404),
  'ctx.throw(429) with Retry-After': (ctx) => ctx.throw(429, 'slow down', { headers: { 'Retry-After': '30' } }),
  'ParapetError 429': () => {
    throw new ParapetError('Too many attempts', { code: 'ERR_TOO_MANY', status: 429, headers: { 'Retry-After': '30' } });
  },
  'plain Error (500)': () => {
    throw new Error('boom');
  },
  'non-error thrown (500)': () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- hostile: Koa must still answer 500 with headers
    throw 'just a string';
  },
  'unmatched route (404)': () => undefined,
};

describe('hsts middleware', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is absent over plain HTTP, even if downstream sets it (RFC 6797 §7.2)', async () => {
    const helmetLike: Koa.Middleware = async (ctx, next) => {
      ctx.set('Strict-Transport-Security', 'max-age=15552000; includeSubDomains');
      await next();
    };
    const res = await request(appWith(hsts(), helmetLike, ok).callback()).get('/');
    expect(res.status).toBe(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('is present exactly once over HTTPS, replacing an upstream header', async () => {
    const downstream: Koa.Middleware = async (ctx, next) => {
      ctx.set('Strict-Transport-Security', 'max-age=5');
      await next();
      ctx.append('Strict-Transport-Security', 'max-age=6');
    };
    const res = await request(appWith(trusted, hsts(), downstream, ok).callback()).get('/').set('X-Forwarded-Proto', 'https');
    expect(res.status).toBe(200);
    expect(rawHeaderValues(res, 'strict-transport-security')).toEqual([DEFAULT]);
  });

  it('ignores X-Forwarded-Proto from an untrusted peer', async () => {
    const res = await request(appWith(hsts(), ok).callback()).get('/').set('X-Forwarded-Proto', 'https');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it.each(Object.entries(throwing))('survives %s over HTTPS, exactly once', async (_name, thrower) => {
    const res = await request(appWith(trusted, hsts(), thrower).callback()).get('/').set('X-Forwarded-Proto', 'https');
    expect([404, 429, 500]).toContain(res.status);
    expect(rawHeaderValues(res, 'strict-transport-security')).toEqual([DEFAULT]);
    if (res.status === 429) expect(res.headers['retry-after']).toBe('30');
  });

  it('keeps the exact statuses and bodies of thrown errors', async () => {
    const app = (name: string) => request(appWith(trusted, hsts(), throwing[name]!).callback()).get('/').set('X-Forwarded-Proto', 'https');
    expect((await app('ctx.throw(404)')).status).toBe(404);
    expect((await app('ParapetError 429')).text).toBe('Too many attempts');
    const plain = await app('plain Error (500)');
    expect([plain.status, plain.text]).toEqual([500, 'Internal Server Error']);
    expect((await app('non-error thrown (500)')).status).toBe(500);
  });

  it.each(Object.entries(throwing))('is absent on %s over HTTP, even if the error carries one', async (_name, thrower) => {
    const carrying: Koa.Middleware = async (_ctx, next) => {
      try {
        await next();
      } catch (err) {
        (err as { headers?: Record<string, string> }).headers = { 'strict-transport-security': 'max-age=1' };
        throw err;
      }
    };
    const res = await request(appWith(hsts(), carrying, thrower).callback()).get('/');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('replaces an HSTS header carried on the error (one header, our value)', async () => {
    const thrower: Koa.Middleware = (ctx) => ctx.throw(400, { headers: { 'STRICT-TRANSPORT-SECURITY': 'max-age=1' } });
    const res = await request(appWith(trusted, hsts(), thrower).callback()).get('/').set('X-Forwarded-Proto', 'https');
    expect(rawHeaderValues(res, 'strict-transport-security')).toEqual([DEFAULT]);
  });

  it('does not leak headers between requests through a shared error instance', async () => {
    const shared = new ParapetError('shared', { code: 'ERR_SHARED', status: 409 });
    const app = appWith(trusted, hsts(), () => {
      throw shared;
    }).callback();
    expect((await request(app).get('/').set('X-Forwarded-Proto', 'https')).headers['strict-transport-security']).toBe(DEFAULT);
    expect((await request(app).get('/')).headers['strict-transport-security']).toBeUndefined();
  });

  // Koa calls ctx.onerror itself when respond() fails (JSON.stringify of a
  // circular or BigInt body): no middleware catch sees that error.
  it.each([
    ['circular body', (): unknown => {
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      return circular;
    }],
    ['BigInt body', (): unknown => ({ n: 1n })],
  ])('keeps HSTS exactly once on a 500 from respond() (%s) over HTTPS, none over HTTP', async (_name, body) => {
    const app = appWith(trusted, hsts(), (ctx) => {
      ctx.body = body();
    }).callback();
    const secure = await request(app).get('/').set('X-Forwarded-Proto', 'https');
    expect([secure.status, secure.text]).toEqual([500, 'Internal Server Error']);
    expect(rawHeaderValues(secure, 'strict-transport-security')).toEqual([DEFAULT]);
    const plain = await request(app).get('/');
    expect(plain.status).toBe(500);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('works on frozen errors', async () => {
    const app = appWith(trusted, hsts(), () => {
      throw Object.freeze(new ParapetError('frozen', { code: 'ERR_FROZEN', status: 418 })) as ParapetError;
    }).callback();
    const res = await request(app).get('/').set('X-Forwarded-Proto', 'https');
    expect([res.status, res.headers['strict-transport-security']]).toEqual([418, DEFAULT]);
  });
});

describe('hstsHeaderValue', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [undefined, DEFAULT],
    [{}, DEFAULT],
    [{ maxAge: 300 }, 'max-age=300; includeSubDomains'],
    [{ maxAge: 300, includeSubDomains: false }, 'max-age=300'],
    [{ maxAge: 0 }, 'max-age=0; includeSubDomains'],
    [{ maxAge: 0, includeSubDomains: false }, 'max-age=0'],
    [{ maxAge: 63072000, preload: true }, 'max-age=63072000; includeSubDomains; preload'],
    [{ maxAge: 31536000, includeSubDomains: true, preload: true }, 'max-age=31536000; includeSubDomains; preload'],
  ])('%j → %s', (options, value) => {
    expect(hstsHeaderValue(options)).toBe(value);
  });

  it('warns above 10 years', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    expect(hstsHeaderValue({ maxAge: 315360001 })).toBe('max-age=315360001; includeSubDomains');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/more than 10 years/);
    expect(warn.mock.calls[0]![1]).toEqual({ code: 'PARAPET_HSTS_MAX_AGE' });
    hstsHeaderValue({ maxAge: 315360000 });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it.each([
    [{ preload: true, maxAge: 31535999 }, /"preload" needs maxAge >= 31536000 and includeSubDomains/],
    [{ preload: true, includeSubDomains: false }, /"preload" needs maxAge >= 31536000 and includeSubDomains/],
    [{ preload: true, maxAge: 0 }, /"preload"/],
    [{ maxAge: -1 }, /"maxAge"/],
    [{ maxAge: 1.5 }, /"maxAge"/],
    [{ maxAge: '31536000' }, /"maxAge"/],
    [{ maxAge: Number.NaN }, /"maxAge"/],
    [{ maxAge: Infinity }, /"maxAge"/],
    [{ maxage: 300 }, /unknown option "maxage"/],
    [{ includeSubdomains: true }, /unknown option "includeSubdomains"/],
    [{ includeSubDomains: 'yes' }, /"includeSubDomains"/],
    [{ preload: 1 }, /"preload"/],
    [{ setIf: () => true }, /unknown option/],
    [null, /options must be an object/],
  ])('throws a TypeError for %j', (options, message) => {
    expect(() => hsts(options as never)).toThrow(TypeError);
    expect(() => hsts(options as never)).toThrow(message);
  });
});
