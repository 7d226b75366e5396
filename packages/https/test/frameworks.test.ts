import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { close, rawHeaderValues, rawRequest } from './helpers/app.js';
import { frameworks, type AppSpec } from './helpers/frameworks.js';
import { tlsRequest } from './helpers/tls-client.js';
import { createSecureServer, devCertificateAuthority } from '../src/index.js';

const HSTS = 'max-age=31536000; includeSubDomains';
const site = { canonicalHost: 'example.com', allowedHosts: ['www.example.com'] };
// Loopback (supertest's peer) is the trusted proxy.
const behindProxy: AppSpec = { trustProxy: { trustedProxies: ['loopback'] }, httpsRedirect: site, securityHeaders: {} };
// The proxy list names someone else: loopback is an untrusted client.
const direct: AppSpec = { trustProxy: { trustedProxies: ['10.0.0.0/8'] }, httpsRedirect: site, securityHeaders: {} };

function expectSecurityHeaders(res: request.Response): void {
  expect(rawHeaderValues(res, 'strict-transport-security')).toEqual([HSTS]);
  expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(res.headers['x-powered-by']).toBeUndefined();
}

describe.each(frameworks)('@parapet/https on $name', (framework) => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => close(server)));
  });
  const app = (spec: AppSpec) => framework.build(spec);

  describe('redirects and Host spoofing', () => {
    it('redirects GET to the allowed host with path and query, 301, text body', async () => {
      const res = await request(app(direct)).get('/a/b?c=1&d=%2F').set('Host', 'www.example.com');
      expect(res.status).toBe(301);
      expect(res.headers.location).toBe('https://www.example.com/a/b?c=1&d=%2F');
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.text).toBe('Redirecting to HTTPS');
    });

    it('redirects HEAD without a body', async () => {
      const res = await request(app(direct)).head('/x').set('Host', 'example.com:80');
      expect(res.status).toBe(301);
      expect(res.headers.location).toBe('https://example.com/x');
      expect(res.text).toBeUndefined();
    });

    it('refuses a spoofed Host with 400 and no Location', async () => {
      const res = await request(app(direct)).get('/login').set('Host', 'evil.example');
      expect(res.status).toBe(400);
      expect(res.headers.location).toBeUndefined();
      expect(res.text).toBe('Invalid or unknown Host');
    });

    it('refuses two Host headers (request smuggling signal)', async () => {
      const server = createServer(app(direct)).listen(0, '127.0.0.1');
      servers.push(server);
      await new Promise((resolve) => server.once('listening', resolve));
      const raw = await rawRequest(server, 'GET / HTTP/1.1\r\nHost: example.com\r\nHost: evil.example\r\nConnection: close\r\n\r\n');
      expect(raw).toMatch(/^HTTP\/1\.1 400 /);
      expect(raw).not.toMatch(/\r\nlocation:/i);
    });

    it('refuses a plain-HTTP POST with 403, and 426 + Upgrade when configured', async () => {
      const forbidden = await request(app(direct)).post('/login').set('Host', 'example.com').send('password=x');
      expect(forbidden.status).toBe(403);
      expect(forbidden.text).toBe('HTTPS required');
      const upgrade = await request(app({ ...direct, httpsRedirect: { ...site, refuseStatus: 426 } }))
        .post('/login')
        .set('Host', 'example.com');
      expect(upgrade.status).toBe(426);
      expect(upgrade.headers.upgrade).toBe('TLS/1.2, HTTP/1.1');
    });

    it('an untrusted client cannot claim HTTPS, even with the framework set to trust proxies', async () => {
      for (const spec of [direct, { ...direct, frameworkTrustsProxy: true }]) {
        const res = await request(app(spec)).get('/whoami').set('Host', 'example.com').set('X-Forwarded-Proto', 'https');
        expect(res.status).toBe(301);
        expect(res.headers['strict-transport-security']).toBeUndefined();
      }
    });

    it('serves exempt paths over HTTP and strips an upstream HSTS header there', async () => {
      const res = await request(app({ ...direct, httpsRedirect: { ...site, exemptPaths: ['/upstream-hsts'] } }))
        .get('/upstream-hsts')
        .set('Host', 'example.com');
      expect(res.status).toBe(200);
      expect(res.text).toBe('ok');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    });
  });

  describe("the framework's request getters report Parapet's resolution", () => {
    it('ip, ips, protocol and secure behind a trusted proxy', async () => {
      const res = await request(app(behindProxy))
        .get('/whoami')
        .set('Host', 'example.com')
        .set('X-Forwarded-For', '198.51.100.1, 203.0.113.9')
        .set('X-Forwarded-Proto', 'https');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ip: '203.0.113.9', ips: ['203.0.113.9'], protocol: 'https', secure: true });
    });

    it('the framework trusting any proxy does not let the client pick its address', async () => {
      const res = await request(app({ ...behindProxy, frameworkTrustsProxy: true }))
        .get('/whoami')
        .set('Host', 'example.com')
        .set('X-Forwarded-For', '198.51.100.1, 203.0.113.9')
        .set('X-Forwarded-Proto', 'https');
      expect(res.body).toEqual({ ip: '203.0.113.9', ips: ['203.0.113.9'], protocol: 'https', secure: true });
    });

    it('an untrusted peer is the client', async () => {
      const res = await request(app({ ...direct, httpsRedirect: { ...site, exemptPaths: ['/whoami'] }, frameworkTrustsProxy: true }))
        .get('/whoami')
        .set('Host', 'example.com')
        .set('X-Forwarded-For', '198.51.100.1')
        .set('X-Forwarded-Proto', 'https');
      expect(res.body).toEqual({ ip: '127.0.0.1', ips: [], protocol: 'http', secure: false });
    });
  });

  describe('HSTS and security headers on every response', () => {
    const secure = (path: string, spec: AppSpec = behindProxy) =>
      request(app(spec)).get(path).set('Host', 'example.com').set('X-Forwarded-Proto', 'https');

    it('on a normal response, exactly once, replacing a downstream value', async () => {
      const ok = await secure('/ok');
      expect(ok.status).toBe(200);
      expectSecurityHeaders(ok);
      const upstream = await secure('/upstream-hsts');
      expect(upstream.status).toBe(200);
      expect(rawHeaderValues(upstream, 'strict-transport-security')).toEqual([HSTS]);
    });

    it('on a 404', async () => {
      const res = await secure('/missing');
      expect(res.status).toBe(404);
      expectSecurityHeaders(res);
    });

    it('on a thrown error (500)', async () => {
      const res = await secure('/throw');
      expect(res.status).toBe(500);
      expectSecurityHeaders(res);
    });

    it('on an error passed on with its status (next(err) / throw)', async () => {
      const res = await secure('/bad');
      expect(res.status).toBe(400);
      expectSecurityHeaders(res);
    });

    // Express 4 leaves a rejected async handler unhandled (no response at all): Koa and Express 5 only.
    if (framework.catchesAsync) {
      it('on a rejected async handler', async () => {
        const res = await secure('/async-throw');
        expect(res.status).toBe(500);
        expectSecurityHeaders(res);
      });
    }

    it('after an error handler that removed every header', async () => {
      const res = await secure('/bad', { ...behindProxy, wipingErrorHandler: true });
      expect(res.status).toBe(400);
      expectSecurityHeaders(res);
    });

    it('with hsts() alone: custom value on errors, none over plain HTTP', async () => {
      const spec: AppSpec = { trustProxy: { trustedProxies: ['loopback'] }, hsts: { maxAge: 300, includeSubDomains: false } };
      const onError = await secure('/throw', spec);
      expect(onError.status).toBe(500);
      expect(rawHeaderValues(onError, 'strict-transport-security')).toEqual(['max-age=300']);
      const plain = await request(app(spec)).get('/upstream-hsts').set('Host', 'example.com');
      expect(plain.status).toBe(200);
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    });
  });

  describe('mutual TLS: clientCertificate()', () => {
    const ca = devCertificateAuthority({ commonName: 'Parapet Matrix Client CA' });
    const otherCa = devCertificateAuthority({ commonName: 'Someone Else CA' });
    const serverCert = ca.issue({ commonName: 'localhost' });
    const billing = ca.issue({ commonName: 'billing', usage: 'client' });
    const reports = ca.issue({ commonName: 'reports', usage: 'client' });
    const stranger = otherCa.issue({ commonName: 'billing', usage: 'client' });
    const CERT = 'GET /cert HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n';

    /** A TLS server asking for client certificates but letting the app decide (rejectUnauthorized: false). */
    async function mtls(options: AppSpec['clientCertificate']): Promise<number> {
      const server = createSecureServer({ app: app({ clientCertificate: options }), key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: ca.cert, rejectUnauthorized: false });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return (server.address() as AddressInfo).port;
    }
    const split = (raw: string | undefined) => {
      const text = raw ?? '';
      return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), body: text.slice(text.indexOf('\r\n\r\n') + 4) };
    };

    it('publishes a certificate the server verified, and answers 403 without one', async () => {
      const port = await mtls({});
      const ok = split((await tlsRequest(port, { ca: ca.cert, key: billing.key, cert: billing.cert }, CERT)).response);
      expect(ok.status).toBe(200);
      const { cert } = JSON.parse(ok.body) as { cert: { commonName: string; fingerprint256: string } };
      expect(cert).toMatchObject({ commonName: 'billing', fingerprint256: billing.fingerprint256 });
      for (const client of [{}, { key: stranger.key, cert: stranger.cert }]) {
        const refused = split((await tlsRequest(port, { ca: ca.cert, ...client }, CERT)).response);
        expect(refused).toEqual({ status: 403, body: 'Client certificate required' });
      }
    });

    it('allowedClients: another verified identity counts as none; required: false publishes nothing', async () => {
      const only = await mtls({ allowedClients: ['CN=billing'] });
      expect(split((await tlsRequest(only, { ca: ca.cert, key: reports.key, cert: reports.cert }, CERT)).response).status).toBe(403);
      expect(split((await tlsRequest(only, { ca: ca.cert, key: billing.key, cert: billing.cert }, CERT)).response).status).toBe(200);
      const optional = await mtls({ required: false, allowedClients: ['CN=billing'] });
      const none = split((await tlsRequest(optional, { ca: ca.cert, key: reports.key, cert: reports.cert }, CERT)).response);
      expect(none).toEqual({ status: 200, body: JSON.stringify({ cert: null }) });
    });

    it('on plain HTTP: 403, whatever certificate headers a client or proxy sends', async () => {
      const res = await request(app({ trustProxy: { trustedProxies: ['loopback'] }, clientCertificate: {} }))
        .get('/cert')
        .set('X-SSL-Client-Cert', encodeURIComponent(billing.cert))
        .set('X-Client-Cert-Fingerprint', billing.fingerprint256)
        .set('X-Forwarded-Proto', 'https');
      expect([res.status, res.text]).toEqual([403, 'Client certificate required']);
    });

    it('refuses bad options with a TypeError naming them', () => {
      expect(() => app({ clientCertificate: { require: true } as never })).toThrow(/unknown option "require"/);
      expect(() => app({ clientCertificate: { required: 'yes' } as never })).toThrow(/"required"/);
    });
  });
});
