// The koa-sslify / koa-helmet flaws the README lists, demonstrated next to
// our behaviour on the same requests, so the comparison stays true.
import { createRequire } from 'node:module';
import type Koa from 'koa';
import helmet from 'koa-helmet';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { hsts, httpsRedirect, securityHeaders, trustProxy } from '../src/index.js';
import { appWith, ok } from './helpers/app.js';

// CommonJS with an __esModule flag: load it the way Node's require does, whatever the test runner's interop.
const { default: enforceHttps, forwardedResolver } = createRequire(import.meta.url)('koa-sslify') as {
  default: (options?: object) => Koa.Middleware;
  forwardedResolver: (ctx: Koa.Context) => boolean;
};

describe('koa-sslify vs httpsRedirect', () => {
  it('Host: evil.com — koa-sslify redirects there, we answer 400', async () => {
    const theirs = await request(appWith(enforceHttps(), ok).callback()).get('/').set('Host', 'evil.com');
    expect(theirs.headers.location).toBe('https://evil.com/');
    const ours = await request(appWith(httpsRedirect({ canonicalHost: 'example.com' }), ok).callback()).get('/').set('Host', 'evil.com');
    expect([ours.status, ours.headers.location]).toEqual([400, undefined]);
  });

  it('client-sent Forwarded: proto=https — koa-sslify believes it, we redirect', async () => {
    const theirs = await request(appWith(enforceHttps({ resolver: forwardedResolver }), ok).callback()).get('/').set('Forwarded', 'proto=https');
    expect(theirs.status).toBe(200);
    const ours = await request(appWith(trustProxy({ trustedProxies: ['10.0.0.0/8'] }), httpsRedirect({ canonicalHost: 'example.com' }), ok).callback())
      .get('/')
      .set('Host', 'example.com')
      .set('Forwarded', 'proto=https');
    expect(ours.status).toBe(301);
  });

  it('multi-hop Forwarded from a trusted proxy — koa-sslify loops, we serve', async () => {
    const chain = 'for=198.51.100.7;proto=https, for=10.1.1.1;proto=http';
    const theirs = await request(appWith(enforceHttps({ resolver: forwardedResolver }), ok).callback()).get('/').set('Host', 'example.com').set('Forwarded', chain);
    expect(theirs.status).toBe(301);
    expect(theirs.headers.location).toBe('https://example.com/');
    const ours = await request(appWith(trustProxy({ trustedProxies: ['loopback', '10.0.0.0/8'], header: 'forwarded' }), httpsRedirect({ canonicalHost: 'example.com' }), ok).callback())
      .get('/')
      .set('Host', 'example.com')
      .set('Forwarded', chain);
    expect(ours.status).toBe(200);
  });
});

describe('koa-helmet vs hsts + securityHeaders', () => {
  it('HSTS over plain HTTP — helmet sends it, we do not', async () => {
    const theirs = await request(appWith(helmet(), ok).callback()).get('/');
    expect(theirs.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const ours = await request(appWith(hsts(), securityHeaders(), ok).callback()).get('/');
    expect(ours.headers['strict-transport-security']).toBeUndefined();
  });

  it('ctx.throw — helmet’s headers vanish, ours survive', async () => {
    const boom: Koa.Middleware = (ctx) => ctx.throw(400);
    const theirs = await request(appWith(helmet(), boom).callback()).get('/');
    expect(theirs.headers['content-security-policy']).toBeUndefined();
    expect(theirs.headers['x-frame-options']).toBeUndefined();
    const ours = await request(appWith(trustProxy({ trustedProxies: ['loopback'] }), securityHeaders(), boom).callback())
      .get('/')
      .set('X-Forwarded-Proto', 'https');
    expect(ours.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(ours.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});
