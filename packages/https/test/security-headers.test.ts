import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type Koa from 'koa';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { compileSecurityHeaders, securityHeaders, trustProxy } from '../src/index.js';
import { appWith, ok, rawHeaderValues } from './helpers/app.js';

const CSP =
  "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline';upgrade-insecure-requests";
const EXPECTED: Record<string, string> = {
  'content-security-policy': CSP,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};
const HSTS = 'max-age=31536000; includeSubDomains';
const trusted = trustProxy({ trustedProxies: ['loopback'] });

/** What helmet itself sets, to prove we send exactly helmet's values (minus its HSTS). */
function helmetReference(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: () => undefined,
  } as unknown as ServerResponse;
  helmet()({ headers: {} } as IncomingMessage, res, () => undefined);
  delete headers['strict-transport-security'];
  return headers;
}

const throwers: Record<string, Koa.Middleware> = {
  'ctx.throw(400)': (ctx) => ctx.throw(400, 'bad'),
  'ctx.throw(429)': (ctx) => ctx.throw(429),
  'plain Error (500)': () => {
    throw new Error('secret internals');
  },
  '404 (no route)': () => undefined,
  'ctx.throw(404)': (ctx) => ctx.throw(404),
};

describe('securityHeaders', () => {
  it('keeps every header (and HSTS once) on a 500 raised in respond(), past the middleware chain', async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const app = appWith(trusted, securityHeaders(), (ctx) => {
      ctx.body = circular;
    }).callback();
    const res = await request(app).get('/').set('X-Forwarded-Proto', 'https');
    expect([res.status, res.text]).toEqual([500, 'Internal Server Error']);
    for (const [name, value] of Object.entries(EXPECTED)) expect(res.headers[name]).toBe(value);
    expect(rawHeaderValues(res, 'strict-transport-security')).toEqual([HSTS]);
    const plain = await request(app).get('/');
    expect(plain.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends helmet’s default headers over HTTP without HSTS', async () => {
    const res = await request(appWith(securityHeaders(), ok).callback()).get('/');
    for (const [name, value] of Object.entries(EXPECTED)) expect(res.headers[name]).toBe(value);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(Object.fromEntries(Object.entries(EXPECTED))).toEqual(helmetReference());
  });

  it('adds HSTS exactly once over HTTPS (trusted proxy)', async () => {
    const res = await request(appWith(trusted, securityHeaders(), ok).callback()).get('/').set('X-Forwarded-Proto', 'https');
    expect(rawHeaderValues(res, 'strict-transport-security')).toEqual([HSTS]);
  });

  it('composes with a separate hsts() when its own HSTS is disabled', async () => {
    const res = await request(appWith(trusted, securityHeaders({ hsts: false }), ok).callback()).get('/').set('X-Forwarded-Proto', 'https');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const custom = await request(appWith(trusted, securityHeaders({ hsts: { maxAge: 600 } }), ok).callback())
      .get('/')
      .set('X-Forwarded-Proto', 'https');
    expect(custom.headers['strict-transport-security']).toBe('max-age=600; includeSubDomains');
  });

  it.each(Object.entries(throwers))('survives %s (HTTPS: with HSTS once; HTTP: without)', async (_name, thrower) => {
    const secure = await request(appWith(trusted, securityHeaders(), thrower).callback()).get('/').set('X-Forwarded-Proto', 'https');
    expect(secure.status).toBeGreaterThanOrEqual(400);
    for (const [name, value] of Object.entries(EXPECTED)) expect(secure.headers[name]).toBe(value);
    expect(rawHeaderValues(secure, 'strict-transport-security')).toEqual([HSTS]);
    expect(secure.text).not.toContain('secret internals');
    const plain = await request(appWith(securityHeaders(), thrower).callback()).get('/');
    expect(plain.headers['content-security-policy']).toBe(CSP);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('puts the headers back after a downstream middleware wiped them to render an error itself', async () => {
    // What mutualAuth does to sign its error responses: Koa-style wipe, then its own body.
    const rendersOwnError: Koa.Middleware = (ctx) => {
      for (const name of ctx.res.getHeaderNames()) ctx.res.removeHeader(name);
      ctx.status = 403;
      ctx.body = 'Forbidden';
    };
    const res = await request(appWith(trusted, securityHeaders(), rendersOwnError).callback()).get('/').set('X-Forwarded-Proto', 'https');
    expect(res.status).toBe(403);
    for (const [name, value] of Object.entries(EXPECTED)) expect(rawHeaderValues(res, name)).toEqual([value]);
    expect(rawHeaderValues(res, 'strict-transport-security')).toEqual([HSTS]);
  });

  it('lets a route override or remove a header, and keeps headers a route put on its error', async () => {
    const route: Koa.Middleware = (ctx) => {
      if (ctx.path === '/embed') {
        ctx.set('Content-Security-Policy', "frame-ancestors https://partner.example");
        ctx.remove('X-Frame-Options');
        ctx.body = 'embed';
      } else {
        ctx.throw(403, { headers: { 'content-security-policy': "default-src 'none'" } });
      }
    };
    const app = appWith(securityHeaders(), route).callback();
    const embed = await request(app).get('/embed');
    expect(embed.headers['content-security-policy']).toBe('frame-ancestors https://partner.example');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    const denied = await request(app).get('/x');
    expect(denied.status).toBe(403);
    expect(rawHeaderValues(denied, 'content-security-policy')).toEqual(["default-src 'none'"]);
    expect(denied.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('runs function directives (nonces) per request, also on errors', async () => {
    let counter = 0;
    const nonce: Koa.Middleware = async (ctx, next) => {
      (ctx.res as ServerResponse & { locals?: { nonce: string } }).locals = { nonce: `n${++counter}` };
      await next();
    };
    const mw = securityHeaders({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as ServerResponse & { locals: { nonce: string } }).locals.nonce}'`],
        },
      },
    });
    const app = appWith(nonce, mw, (ctx) => (ctx.path === '/err' ? ctx.throw(500) : (ctx.body = 'ok'))).callback();
    expect((await request(app).get('/')).headers['content-security-policy']).toBe("default-src 'self';script-src 'self' 'nonce-n1'");
    expect((await request(app).get('/')).headers['content-security-policy']).toBe("default-src 'self';script-src 'self' 'nonce-n2'");
    expect((await request(app).get('/err')).headers['content-security-policy']).toBe("default-src 'self';script-src 'self' 'nonce-n3'");
  });

  it('passes helmet options through and precomputes them', () => {
    const { headers, hsts } = compileSecurityHeaders({
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: ['origin', 'strict-origin-when-cross-origin'] },
      contentSecurityPolicy: false,
      crossOriginEmbedderPolicy: true,
      hsts: false,
    });
    expect(headers.set['X-Frame-Options']).toBe('DENY');
    expect(headers.set['Referrer-Policy']).toBe('origin,strict-origin-when-cross-origin');
    expect(headers.set['Content-Security-Policy']).toBeUndefined();
    expect(headers.set['Cross-Origin-Embedder-Policy']).toBe('require-corp');
    expect(headers.set['Strict-Transport-Security']).toBeUndefined();
    expect(hsts).toBeUndefined();
  });

  it.each([
    [{ strictTransportSecurity: { maxAge: 1 } }, /transport-aware "hsts"/],
    [{ frameguard: { action: 'deny' } }, /use "xFrameOptions"/],
    [{ noSniff: false }, /use "xContentTypeOptions"/],
    [{ contentSecurityPolicies: {} }, /unknown option "contentSecurityPolicies"/],
    [{ xFrameOptions: { action: 'allow-from' } }, /securityHeaders: X-Frame-Options received an invalid action/],
    [{ referrerPolicy: { policy: 'nope' } }, /securityHeaders: Referrer-Policy/],
    [{ contentSecurityPolicy: { directives: { 'script-src': ["'self'"], defaultSrc: null } } }, /securityHeaders: Content-Security-Policy/],
    [{ hsts: { preload: true, maxAge: 300 } }, /"preload" needs maxAge/],
    [{ hsts: { maxage: 300 } }, /unknown option "maxage"/],
    [{ hsts: true }, /"hsts" must be an options object or false/],
    ['strict', /options must be an object/],
  ])('throws a TypeError for %j', (options, message) => {
    expect(() => securityHeaders(options as never)).toThrow(TypeError);
    expect(() => securityHeaders(options as never)).toThrow(message);
  });
});
