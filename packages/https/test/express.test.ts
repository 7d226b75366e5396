import type { AddressInfo } from 'node:net';
import express5, { type Request, type Response } from 'express';
import express4 from 'express4';
import request from 'supertest';
import { describe, expect, expectTypeOf, it, onTestFinished } from 'vitest';
import {
  createSecureServer,
  getTransport,
  hsts,
  httpsRedirect,
  securityHeaders,
  trustProxy,
  type RequestTransport,
} from '../src/express.js';
import { devCertificate } from '../src/index.js';
import { close, rawHeaderValues } from './helpers/app.js';
import { tlsRequest } from './helpers/tls-client.js';

const get = (path: string): string => `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`;

const majors = [
  { name: 'express4', express: express4 },
  { name: 'express5', express: express5 },
];
const cert = devCertificate();

describe.each(majors)('@parapet/https/express on $name', ({ express }) => {
  it('publishes one transport on req.transport and res.locals.transport', async () => {
    const app = express();
    app.use(trustProxy({ trustedProxies: ['loopback'], trustForwardedHost: true }));
    app.get('/', (req, res) => {
      expectTypeOf(req.transport).toEqualTypeOf<RequestTransport | undefined>();
      expectTypeOf(res.locals.transport).toEqualTypeOf<RequestTransport | undefined>();
      res.json({ same: req.transport === res.locals.transport, transport: req.transport, hostname: req.hostname, host: req.host });
    });
    const res = await request(app)
      .get('/')
      .set('Host', 'internal:8080')
      .set('X-Forwarded-For', '203.0.113.9')
      .set('X-Forwarded-Proto', 'https')
      .set('X-Forwarded-Host', 'Shop.Example.com:8443');
    expect(res.body).toEqual({
      same: true,
      transport: { scheme: 'https', secure: true, host: 'shop.example.com', port: 8443, clientIp: '203.0.113.9', peerIp: '127.0.0.1', viaProxy: true },
      hostname: 'shop.example.com',
      host: 'shop.example.com:8443',
    });
  });

  it("req.ip/secure follow trustProxy() over app.set('trust proxy'), in mounted sub-apps too, and apps without it keep Express's", async () => {
    const report = (req: Request, res: Response) => res.json({ ip: req.ip, ips: req.ips, secure: req.secure, protocol: req.protocol, hostname: req.hostname });
    const sub = express();
    sub.set('trust proxy', true);
    sub.get('/', report);
    const app = express();
    app.set('trust proxy', true);
    app.use(trustProxy({ trustedProxies: ['192.0.2.1'] }));
    app.get('/', report);
    app.use('/sub', sub);
    // Another app in the same process, without trustProxy(): Express's own getters answer.
    const plain = express();
    plain.set('trust proxy', true);
    plain.get('/', report);
    const spoof = (r: request.Test) => r.set('Host', 'example.com').set('X-Forwarded-For', '203.0.113.9').set('X-Forwarded-Proto', 'https');
    const parapet = { ip: '127.0.0.1', ips: [], secure: false, protocol: 'http', hostname: 'example.com' };
    for (const path of ['/', '/sub/']) expect((await spoof(request(app).get(path))).body, path).toEqual(parapet);
    expect((await spoof(request(plain).get('/'))).body).toEqual({ ip: '203.0.113.9', ips: ['203.0.113.9'], secure: true, protocol: 'https', hostname: 'example.com' });
  });

  it('getTransport() without trustProxy() trusts the socket only, and memoizes', async () => {
    const app = express();
    app.get('/', (req: Request, res: Response) => {
      const first = getTransport(req);
      res.json({ first, memo: getTransport(req) === first && res.locals.transport === first });
    });
    const res = await request(app).get('/').set('Host', 'example.com').set('X-Forwarded-Proto', 'https').set('X-Forwarded-For', '203.0.113.9');
    expect(res.body).toEqual({
      first: { scheme: 'http', secure: false, host: 'example.com', clientIp: '127.0.0.1', peerIp: '127.0.0.1', viaProxy: false },
      memo: true,
    });
  });

  it('httpsRedirect: exempt receives the Express request', async () => {
    const seen: string[] = [];
    const app = express();
    app.use(
      httpsRedirect({
        canonicalHost: 'example.com',
        exempt: (req) => {
          seen.push(req.get('x-probe') ?? '');
          return req.get('x-probe') === '1';
        },
      }),
    );
    app.post('/probe', (_req, res) => {
      res.send('served');
    });
    const exempted = await request(app).post('/probe').set('Host', 'example.com').set('X-Probe', '1');
    expect(exempted.status).toBe(200);
    expect(exempted.text).toBe('served');
    const refused = await request(app).post('/probe').set('Host', 'example.com');
    expect(refused.status).toBe(403);
    expect(seen).toEqual(['1', '']);
  });

  it('httpsRedirect: a mounted app redirects to the full original path', async () => {
    const app = express();
    const sub = express.Router();
    sub.use(httpsRedirect({ canonicalHost: 'example.com' }));
    app.use('/shop', sub);
    const res = await request(app).get('/shop/cart?x=1').set('Host', 'example.com');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('https://example.com/shop/cart?x=1');
  });

  it('securityHeaders: per-request CSP nonces from res.locals, per-route override wins', async () => {
    const app = express();
    app.use((_req, res, next) => {
      res.locals.cspNonce = 'n0nce';
      next();
    });
    app.use(
      securityHeaders({
        contentSecurityPolicy: {
          directives: { 'script-src': ["'self'", (_req, res) => `'nonce-${(res as unknown as Response).locals.cspNonce as string}'`] },
        },
      }),
    );
    app.get('/', (_req, res) => {
      res.removeHeader('X-Frame-Options');
      res.send('ok');
    });
    const res = await request(app).get('/');
    expect(res.headers['content-security-policy']).toContain("script-src 'self' 'nonce-n0nce'");
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('createSecureServer serves the Express app over real TLS; HSTS from the socket, on 404s too', async () => {
    const app = express();
    app.use(hsts());
    app.use(securityHeaders({ hsts: false }));
    app.get('/whoami', (req, res) => {
      res.json({ secure: req.secure, protocol: req.protocol, transport: getTransport(req).scheme });
    });
    const server = createSecureServer({ app, key: cert.key, cert: cert.cert });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => close(server));
    const { port } = server.address() as AddressInfo;
    const ok = await tlsRequest(port, { ca: cert.cert }, get('/whoami'));
    expect(ok.ok).toBe(true);
    expect(ok.response).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(ok.response).toMatch(/\r\nstrict-transport-security: max-age=31536000; includeSubDomains\r\n/i);
    expect(ok.response).toContain('{"secure":true,"protocol":"https","transport":"https"}');
    const missing = await tlsRequest(port, { ca: cert.cert }, get('/missing'));
    expect(missing.response).toMatch(/^HTTP\/1\.1 404 Not Found\r\n/);
    expect(missing.response).toMatch(/\r\nstrict-transport-security: max-age=31536000; includeSubDomains\r\n/i);
  });

  it('createSecureServer refuses http2: true with an Express app, naming the option', () => {
    expect(() => createSecureServer({ app: express(), key: cert.key, cert: cert.cert, http2: true })).toThrow(
      new TypeError(
        'createSecureServer: "http2: true" cannot serve an Express app (Express 4 and 5 swap the HTTP/2 request and response for HTTP/1 ones, which fail on h2 streams); use http2: false, or let a proxy speak HTTP/2 to clients',
      ),
    );
  });

  it('Location comes from the allowlist only: a hostile Host and a protocol-relative path stay on the canonical host', async () => {
    const app = express();
    app.use(httpsRedirect({ canonicalHost: 'example.com', unknownHost: 'canonical' }));
    const res = await request(app).get('//evil.example/%2e%2e').set('Host', 'evil.example');
    expect(res.status).toBe(301);
    expect(rawHeaderValues(res, 'location')).toEqual(['https://example.com//evil.example/%2e%2e']);
  });
});
