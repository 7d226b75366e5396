// Koa's own request getters must agree with trustProxy(): behind a
// TLS-terminating proxy, `ctx.secure` decides whether Koa lets a secure
// cookie be set, and `ctx.ip` is what most Koa middlewares key on.
import Koa from 'koa';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { trustProxy, type TrustProxyOptions } from '../src/index.js';

function app(options: TrustProxyOptions | undefined, setup?: (app: Koa) => void): ReturnType<Koa['callback']> {
  const koa = new Koa();
  koa.silent = true;
  setup?.(koa);
  if (options) koa.use(trustProxy(options));
  koa.use((ctx) => {
    ctx.cookies.set('sid', 'abc', { secure: true, httpOnly: true, sameSite: 'lax' });
    ctx.body = { secure: ctx.secure, protocol: ctx.protocol, ip: ctx.ip, ips: ctx.ips, href: ctx.href };
  });
  return koa.callback();
}

const BEHIND_TLS_PROXY = { 'X-Forwarded-For': '6.6.6.6, 198.51.100.7', 'X-Forwarded-Proto': 'https' };

describe('Koa request getters follow trustProxy()', () => {
  it('ctx.secure/protocol/ip/ips report the resolved transport, and a secure cookie can be set', async () => {
    const res = await request(app({ trustedProxies: ['loopback'] })).get('/x').set(BEHIND_TLS_PROXY).set('Host', 'api.example');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ secure: true, protocol: 'https', ip: '198.51.100.7', ips: ['198.51.100.7'], href: 'https://api.example/x' });
    expect(res.headers['set-cookie']).toEqual(['sid=abc; path=/; samesite=lax; secure; httponly']);
  });

  it('lists every trusted hop in ctx.ips, client first (Koa order)', async () => {
    const res = await request(app({ hops: 3 })).get('/').set('X-Forwarded-For', '6.6.6.6, 198.51.100.7, 10.1.1.1, 10.2.2.2')
      .set('X-Forwarded-Proto', 'https');
    expect(res.body).toMatchObject({ ip: '198.51.100.7', ips: ['198.51.100.7', '10.1.1.1', '10.2.2.2'] });
  });

  it('an untrusted peer gets nothing from its headers: no secure cookie over plain HTTP', async () => {
    const res = await request(app({ trustedProxies: ['10.0.0.0/8'] })).get('/').set(BEHIND_TLS_PROXY);
    // Koa refuses to send a secure cookie over an insecure connection.
    expect(res.status).toBe(500);
    const plain = await request(app({ trustedProxies: ['10.0.0.0/8'] }, (koa) => koa.use(async (ctx, next) => {
      try {
        await next();
      } catch {
        ctx.body = { secure: ctx.secure, protocol: ctx.protocol, ip: ctx.ip, ips: ctx.ips };
      }
    }))).get('/').set(BEHIND_TLS_PROXY);
    expect(plain.body).toEqual({ secure: false, protocol: 'http', ip: '127.0.0.1', ips: [] });
  });

  it('is not app.proxy: Koa itself would believe the client-sent headers', async () => {
    const res = await request(app({ trustedProxies: ['10.0.0.0/8'] }, (koa) => (koa.proxy = true))).get('/').set(BEHIND_TLS_PROXY);
    // With app.proxy and an untrusted peer, Parapet's answer still wins.
    expect(res.status).toBe(500);
  });

  it('leaves apps without trustProxy() to Koa, and honours an explicit ctx.request.ip', async () => {
    const koa = new Koa();
    koa.use(trustProxy({ trustedProxies: ['loopback'] }));
    koa.use((ctx) => {
      ctx.request.ip = '192.0.2.1';
      ctx.body = ctx.ip;
    });
    expect((await request(koa.callback()).get('/').set(BEHIND_TLS_PROXY)).text).toBe('192.0.2.1');
    const bare = new Koa();
    bare.use((ctx) => {
      ctx.body = { secure: ctx.secure, ip: ctx.ip };
    });
    const body = (await request(bare.callback()).get('/').set(BEHIND_TLS_PROXY)).body as { secure: boolean; ip: string };
    expect(body.secure).toBe(false);
    expect(body.ip).toMatch(/^(?:::ffff:)?127\.0\.0\.1$/);
  });
});
