import type Koa from 'koa';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { createRedirectPolicy, httpsRedirect, trustProxy, type HttpsRedirectOptions, type RequestTransport, type TrustProxyOptions } from '../src/index.js';
import { appWith, close, listen, ok, rawRequest } from './helpers/app.js';

const site: HttpsRedirectOptions = { canonicalHost: 'example.com', allowedHosts: ['www.example.com', '*.apps.example.com', '::1', '127.0.0.1'] };
const agent = (options: HttpsRedirectOptions = site, ...before: Parameters<typeof appWith>) =>
  request(appWith(...before, httpsRedirect(options), ok).callback());

describe('httpsRedirect: methods', () => {
  it('redirects GET with 301 to the same host, path and query', async () => {
    const res = await agent().get('/a/b?x=1&y=%20').set('Host', 'example.com');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('https://example.com/a/b?x=1&y=%20');
  });

  it('redirects HEAD with 301 and no body', async () => {
    const res = await agent().head('/p').set('Host', 'www.example.com');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('https://www.example.com/p');
    expect(res.text).toBeUndefined();
  });

  it('uses 308 when configured', async () => {
    const res = await agent({ ...site, status: 308 }).get('/').set('Host', 'example.com');
    expect(res.status).toBe(308);
    expect(res.headers.location).toBe('https://example.com/');
  });

  it.each(['post', 'put', 'delete', 'patch'] as const)('refuses %s with 403 and no Location', async (method) => {
    const res = await agent()[method]('/api').set('Host', 'example.com').send({ secret: 'x' });
    expect(res.status).toBe(403);
    expect(res.text).toBe('HTTPS required');
    expect(res.headers.location).toBeUndefined();
  });

  it('refuses with 426 + Upgrade when configured', async () => {
    const res = await agent({ ...site, refuseStatus: 426 }).post('/api').set('Host', 'example.com');
    expect(res.status).toBe(426);
    expect(res.headers.upgrade).toBe('TLS/1.2, HTTP/1.1');
    expect(res.text).toBe('HTTPS required');
  });

  it('redirects other methods with 308 only when redirectOtherMethods is set', async () => {
    const res = await agent({ ...site, redirectOtherMethods: true }).put('/api?a=1').set('Host', 'example.com');
    expect(res.status).toBe(308);
    expect(res.headers.location).toBe('https://example.com/api?a=1');
  });
});

describe('httpsRedirect: Host spoofing', () => {
  it.each([
    ['evil.com'],
    ['evil.com:443'],
    ['localhost@evil.com'],
    ['example.com@evil.com'],
    ['evil.com#example.com'],
    ['example.com.evil.com'],
    ['apps.example.com'],
    ['[::2]:8080'],
    ['example.com:99999'],
    ['a'.repeat(10_240)],
  ])('answers 400 for Host %j and never redirects to it', async (host) => {
    const res = await agent().get('/').set('Host', host);
    expect(res.status).toBe(400);
    expect(res.text).toBe('Invalid or unknown Host');
    expect(res.headers.location).toBeUndefined();
  });

  it('redirects an allowed host written in upper case or with a trailing dot to its canonical spelling', async () => {
    for (const host of ['EXAMPLE.com', 'example.com.', 'Example.Com.:80']) {
      const res = await agent().get('/p?q=1').set('Host', host);
      expect([res.status, res.headers.location], host).toEqual([301, 'https://example.com/p?q=1']);
    }
  });

  it('answers 400 for an empty Host', async () => {
    const res = await agent().get('/').set('Host', '');
    expect(res.status).toBe(400);
    expect(res.headers.location).toBeUndefined();
  });

  it('uses 421 when configured', async () => {
    const res = await agent({ ...site, unknownHostStatus: 421 }).get('/').set('Host', 'evil.com');
    expect(res.status).toBe(421);
    expect(res.text).toBe('Misdirected request');
  });

  it('redirects unknown hosts to the canonical host when unknownHost is "canonical"', async () => {
    const res = await agent({ canonicalHost: 'example.com', unknownHost: 'canonical' }).get('/x').set('Host', 'evil.com:443');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('https://example.com/x');
  });

  it('handles IPv6 literals and port mapping', async () => {
    const res = await agent({ ...site, portMap: { 8080: 8443 } }).get('/v6').set('Host', '[::1]:8080');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('https://[::1]:8443/v6');
    const other = await agent({ ...site, httpsPort: 4443 }).get('/').set('Host', '127.0.0.1:3000');
    expect(other.headers.location).toBe('https://127.0.0.1:4443/');
  });

  it('matches wildcard subdomains, case-insensitively, with a trailing dot', async () => {
    const res = await agent().get('/').set('Host', 'Team.A.Apps.Example.COM.');
    expect(res.headers.location).toBe('https://team.a.apps.example.com/');
  });

  it('keeps path-looking hosts in the path: //evil.com stays on our host', async () => {
    const res = await agent().get('//evil.com/x').set('Host', 'example.com');
    expect(res.headers.location).toBe('https://example.com//evil.com/x');
  });
});

describe('httpsRedirect: raw requests', () => {
  let server: Server;
  beforeAll(async () => {
    server = await listen(appWith(httpsRedirect(site), ok));
  });
  afterAll(() => close(server));

  it('answers 400 to HTTP/1.0 without Host', async () => {
    expect(await rawRequest(server, 'GET / HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
  });

  it('answers 400 to duplicate Host headers', async () => {
    const res = await rawRequest(server, 'GET / HTTP/1.1\r\nHost: example.com\r\nHost: evil.com\r\nConnection: close\r\n\r\n');
    expect(res).toMatch(/^HTTP\/1\.1 400 /);
    expect(res).not.toMatch(/evil\.com/);
  });

  it('rebuilds absolute-form targets from the path only', async () => {
    const res = await rawRequest(server, 'GET http://evil.com/x?y HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n');
    expect(res).toMatch(/^HTTP\/1\.1 301 /);
    expect(res).toMatch(/\r\nLocation: https:\/\/example\.com\/x\?y\r\n/);
  });

  it('refuses OPTIONS * (no path to redirect to)', async () => {
    expect(await rawRequest(server, 'OPTIONS * HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 403 /);
  });

  it('does not exempt dot-segment escapes from the ACME directory', async () => {
    for (const path of ['/.well-known/acme-challenge/../../admin', '/.well-known/acme-challenge/%2e%2e/admin', '/.well-known/acme-challenge/..%2fadmin']) {
      const res = await rawRequest(server, `GET ${path} HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n`);
      expect(res).toMatch(/^HTTP\/1\.1 301 /);
    }
  });
  it('does not exempt path-parameter, double-encoded or backslash escapes from exempt prefixes', async () => {
    for (const path of [
      '/.well-known/acme-challenge/..;/admin',
      '/.well-known/acme-challenge/.;/admin',
      '/.well-known/acme-challenge/%252e%252e/admin',
      '/.well-known/acme-challenge/..%3B/admin',
      '/.well-known/acme-challenge/..%5cadmin',
      '/.well-known/acme-challenge/tok;jsessionid=1',
    ]) {
      const res = await rawRequest(server, `GET ${path} HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n`);
      expect(res, path).toMatch(/^HTTP\/1\.1 301 /);
      expect(res, path).toContain(`\r\nLocation: https://example.com${path}\r\n`);
    }
    const token = await rawRequest(server, 'GET /.well-known/acme-challenge/Ab-9_x HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n');
    expect(token).toMatch(/^HTTP\/1\.1 200 /);
  });
});

describe('httpsRedirect: real header parsing behind a trusted proxy', () => {
  let server: Server;
  let forwardedServer: Server;
  beforeAll(async () => {
    server = await listen(appWith(trustProxy({ trustedProxies: ['loopback'] }), httpsRedirect(site), ok));
    forwardedServer = await listen(appWith(trustProxy({ trustedProxies: ['loopback'], header: 'forwarded' }), httpsRedirect(site), ok));
  });
  afterAll(async () => {
    await close(server);
    await close(forwardedServer);
  });
  const send = (headers: string, to = server) => rawRequest(to, `GET /p HTTP/1.1\r\nHost: example.com\r\n${headers}Connection: close\r\n\r\n`);

  it('reads several Forwarded header lines as one list, nearest proxy last', async () => {
    expect(await send('Forwarded: for=6.6.6.6;proto=http\r\nForwarded: for=198.51.100.7;proto=https\r\n', forwardedServer)).toMatch(/^HTTP\/1\.1 200 /);
    expect(await send('Forwarded: for=198.51.100.7;proto=https\r\nForwarded: for=6.6.6.6;proto=http\r\n', forwardedServer)).toMatch(/^HTTP\/1\.1 301 /);
  });

  it('reads several X-Forwarded-Proto lines and uses the nearest', async () => {
    expect(await send('X-Forwarded-Proto: https\r\nX-Forwarded-Proto: http\r\n')).toMatch(/^HTTP\/1\.1 301 /);
    expect(await send('X-Forwarded-Proto: http\r\nX-Forwarded-Proto: https\r\n')).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('treats a malformed Forwarded from the trusted proxy as absent (no crash, no trust)', async () => {
    expect(await send('Forwarded: for="unterminated;proto=https\r\nX-Forwarded-Proto: https\r\n', forwardedServer)).toMatch(/^HTTP\/1\.1 301 /);
  });

  it('never reads the other header family', async () => {
    expect(await send('Forwarded: for=198.51.100.7;proto=https\r\n')).toMatch(/^HTTP\/1\.1 301 /);
    expect(await send('X-Forwarded-Proto: https\r\n', forwardedServer)).toMatch(/^HTTP\/1\.1 301 /);
  });
});

describe('httpsRedirect: proxies', () => {
  const behind = (trustedProxies: string[], more: Omit<TrustProxyOptions, 'trustedProxies'> = {}) => agent(site, trustProxy({ trustedProxies, ...more }));

  it('ignores X-Forwarded-Proto / Forwarded from an untrusted peer', async () => {
    const xfp = await behind(['10.0.0.0/8']).get('/').set('Host', 'example.com').set('X-Forwarded-Proto', 'https');
    expect(xfp.status).toBe(301);
    const fwd = await behind(['10.0.0.0/8']).get('/').set('Host', 'example.com').set('Forwarded', 'proto=https');
    expect(fwd.status).toBe(301);
    const noTrust = await agent().get('/').set('Host', 'example.com').set('X-Forwarded-Proto', 'https');
    expect(noTrust.status).toBe(301);
  });

  it('honours a trusted proxy saying https: no redirect loop', async () => {
    const xfp = await behind(['loopback']).get('/').set('Host', 'example.com').set('X-Forwarded-Proto', 'https');
    expect(xfp.status).toBe(200);
    const fwd = await behind(['loopback'], { header: 'forwarded' }).get('/').set('Host', 'example.com').set('Forwarded', 'for=198.51.100.7;proto=https');
    expect(fwd.status).toBe(200);
  });

  it('uses the trusted proxy hop, not a client-forged one, in multi-hop chains', async () => {
    const forged = await behind(['loopback'], { header: 'forwarded' })
      .get('/')
      .set('Host', 'example.com')
      .set('Forwarded', 'for=6.6.6.6;proto=https, for=198.51.100.7;proto=http');
    expect(forged.status).toBe(301);
    const xff = await behind(['loopback'])
      .get('/')
      .set('Host', 'example.com')
      .set('X-Forwarded-For', '198.51.100.7')
      .set('X-Forwarded-Proto', 'https, http');
    expect(xff.status).toBe(301);
    const cdn = await behind(['loopback', '10.0.0.0/8'], { header: 'forwarded' })
      .get('/')
      .set('Host', 'example.com')
      .set('Forwarded', 'for=198.51.100.7;proto=https, for=10.1.1.1;proto=http');
    expect(cdn.status).toBe(200);
  });

  it('validates a forwarded host against the allowlist', async () => {
    const res = await behind(['loopback'], { trustForwardedHost: true }).get('/').set('Host', 'example.com').set('X-Forwarded-Host', 'evil.com');
    expect(res.status).toBe(400);
    const good = await behind(['loopback'], { trustForwardedHost: true }).get('/z').set('Host', 'internal:8080').set('X-Forwarded-Host', 'www.example.com');
    expect(good.headers.location).toBe('https://www.example.com/z');
  });
});

describe('httpsRedirect: exemptions', () => {
  it('serves ACME HTTP-01 challenges over plain HTTP by default, any method', async () => {
    expect((await agent().get('/.well-known/acme-challenge/tok3n').set('Host', 'example.com')).status).toBe(200);
    expect((await agent().get('/.well-known/acme-challenge/tok3n').set('Host', 'evil.com')).status).toBe(200);
    expect((await agent({ ...site, acmeChallenge: false }).get('/.well-known/acme-challenge/t').set('Host', 'example.com')).status).toBe(301);
  });

  it('exempts exact paths, prefixes and predicates', async () => {
    const options = { ...site, exemptPaths: ['/healthz', '/captive/'], exempt: (ctx: { get(name: string): string }) => ctx.get('X-Probe') === '1' };
    expect((await agent(options).get('/healthz?full=1').set('Host', 'example.com')).status).toBe(200);
    expect((await agent(options).get('/healthz/x').set('Host', 'example.com')).status).toBe(301);
    expect((await agent(options).get('/captive/generate_204').set('Host', 'example.com')).status).toBe(200);
    expect((await agent(options).post('/anything').set('Host', 'example.com').set('X-Probe', '1')).status).toBe(200);
  });
});

describe('createRedirectPolicy (core)', () => {
  const transport = (over: Partial<RequestTransport>): RequestTransport => ({
    scheme: 'http',
    secure: false,
    host: 'example.com',
    port: undefined,
    clientIp: '198.51.100.7',
    peerIp: '198.51.100.7',
    viaProxy: false,
    ...over,
  });
  const decide = createRedirectPolicy(site);

  it('passes secure requests and decides redirects purely', () => {
    expect(decide({ method: 'POST', url: '/', transport: transport({ scheme: 'https', secure: true }) })).toEqual({ action: 'pass' });
    expect(decide({ method: 'GET', url: '/q?a', transport: transport({ port: 80 }) })).toEqual({
      action: 'redirect',
      status: 301,
      location: 'https://example.com/q?a',
    });
  });

  it('returns a fresh error per refusal', () => {
    const a = decide({ method: 'POST', url: '/', transport: transport({}) });
    const b = decide({ method: 'POST', url: '/', transport: transport({}) });
    expect(a.action === 'refuse' && b.action === 'refuse' && a.error !== b.error).toBe(true);
    expect(a.action === 'refuse' && a.error.code).toBe('ERR_HTTPS_REQUIRED');
    const host = decide({ method: 'GET', url: '/', transport: transport({ host: undefined }) });
    expect(host.action === 'refuse' && host.error.code).toBe('ERR_UNKNOWN_HOST');
  });
});

describe('httpsRedirect: bad options', () => {
  it.each([
    [{}, /canonicalHost.*allowedHosts/],
    [undefined, /canonicalHost.*allowedHosts/],
    [{ canonicalHost: 'https://example.com' }, /canonicalHost/],
    [{ canonicalHost: 'example.com:443' }, /canonicalHost/],
    [{ canonicalHost: '' }, /canonicalHost/],
    [{ canonicalHost: 42 }, /canonicalHost/],
    [{ allowedHosts: 'example.com' }, /allowedHosts/],
    [{ allowedHosts: ['example.com/x'] }, /allowedHosts/],
    [{ allowedHosts: ['*.'] }, /allowedHosts/],
    [{ allowedHosts: ['*.10.0.0.1'] }, /allowedHosts/],
    [{ canonicalHost: 'example.com', status: 302 }, /"status"/],
    [{ canonicalHost: 'example.com', refuseStatus: 400 }, /refuseStatus/],
    [{ canonicalHost: 'example.com', unknownHostStatus: 404 }, /unknownHostStatus/],
    [{ allowedHosts: ['a.example'], unknownHost: 'canonical' }, /needs "canonicalHost"/],
    [{ canonicalHost: 'example.com', unknownHost: 'redirect' }, /unknownHost/],
    [{ canonicalHost: 'example.com', httpsPort: 0 }, /httpsPort/],
    [{ canonicalHost: 'example.com', httpsPort: '443' }, /httpsPort/],
    [{ canonicalHost: 'example.com', portMap: { 8080: 70000 } }, /portMap/],
    [{ canonicalHost: 'example.com', portMap: { abc: 443 } }, /portMap/],
    [{ canonicalHost: 'example.com', exemptPaths: ['healthz'] }, /exemptPaths/],
    [{ canonicalHost: 'example.com', exemptPaths: ['/a?b'] }, /exemptPaths/],
    [{ canonicalHost: 'example.com', exemptPaths: ['/a;b'] }, /exemptPaths/],
    [{ canonicalHost: 'example.com', exemptPaths: ['/a%20b'] }, /exemptPaths/],
    [{ canonicalHost: 'example.com', exemptPaths: ['/a/../b'] }, /exemptPaths/],
    [{ canonicalHost: 'example.com', exemptPaths: ['/a b'] }, /exemptPaths/],
    [{ canonicalHost: 'example.com', exempt: '/healthz' }, /exempt/],
    [{ canonicalHost: 'example.com', acmeChallenge: 'no' }, /acmeChallenge/],
    [{ canonicalHost: 'example.com', redirectOtherMethods: 1 }, /redirectOtherMethods/],
    [{ canonicalHost: 'example.com', host: 'example.com' }, /unknown option "host"/],
    [{ canonicalHost: 'example.com', trustProtoHeader: true }, /unknown option "trustProtoHeader"/],
  ])('throws a TypeError for %j', (options, message) => {
    expect(() => httpsRedirect(options as never)).toThrow(TypeError);
    expect(() => httpsRedirect(options as never)).toThrow(message);
  });
});

describe('httpsRedirect: temporary redirects and the pure policy', () => {
  const transport: RequestTransport = { scheme: 'http', secure: false, host: 'example.com', port: undefined, clientIp: '192.0.2.1', peerIp: '192.0.2.1', viaProxy: false };

  it('temporary: true answers 307 (method preserved, not cached as permanent) for GET, HEAD and opted-in other methods', async () => {
    const get = await agent({ ...site, temporary: true }).get('/a?b').set('Host', 'example.com');
    expect(get.status).toBe(307);
    expect(get.headers.location).toBe('https://example.com/a?b');
    const post = await agent({ ...site, temporary: true, redirectOtherMethods: true }).post('/a').set('Host', 'example.com');
    expect(post.status).toBe(307);
    const decide = createRedirectPolicy({ ...site, temporary: true });
    expect(decide({ method: 'HEAD', url: '/', transport })).toEqual({ action: 'redirect', status: 307, location: 'https://example.com/' });
  });

  it('rejects temporary together with status', () => {
    expect(() => createRedirectPolicy({ ...site, temporary: true, status: 308 })).toThrow(/"temporary" or "status", not both/);
    expect(() => createRedirectPolicy({ ...site, temporary: 'yes' as never })).toThrow(/"temporary" must be a boolean/);
  });

  it('createRedirectPolicy honours exempt (given the request context)', () => {
    const seen: unknown[] = [];
    const decide = createRedirectPolicy({
      ...site,
      exempt: (ctx) => {
        seen.push(ctx);
        return ctx.get('X-Probe') === '1';
      },
    });
    const probe = { get: (name: string) => (name === 'X-Probe' ? '1' : '') } as unknown as Koa.Context;
    expect(decide({ method: 'POST', url: '/x', transport, ctx: probe })).toEqual({ action: 'pass' });
    expect(seen).toEqual([probe]);
    expect(() => decide({ method: 'GET', url: '/x', transport })).toThrow(/"exempt" needs the request context/);
  });

  it('answers OPTIONS * like any other non-GET/HEAD method: refused with refuseStatus', () => {
    const decide = createRedirectPolicy(site);
    const options = decide({ method: 'OPTIONS', url: '*', transport });
    expect(options.action === 'refuse' && options.error.status).toBe(403);
    const star = decide({ method: 'GET', url: '*', transport });
    expect(star.action === 'refuse' && star.error.code).toBe('ERR_INVALID_REQUEST_TARGET');
  });
});
