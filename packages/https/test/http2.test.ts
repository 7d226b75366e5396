// createSecureServer({ http2: true }) speaks h2 and HTTP/1.1 on one port,
// and every middleware of the package behaves on HTTP/2: the authority is
// `:authority`, connection-specific headers are never sent (RFC 9113
// §8.2.2 makes a response carrying them malformed), HSTS appears once.
import { connect, constants, type ClientHttp2Session, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http2';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientCertificate,
  createSecureServer,
  devCertificate,
  devCertificateAuthority,
  hsts,
  httpsRedirect,
  securityHeaders,
  trustProxy,
  type SecureHttp2Server,
} from '../src/index.js';
import { GET, tlsRequest } from './helpers/tls-client.js';

const cert = devCertificate();

function app(): Koa {
  const koa = new Koa();
  koa.silent = true;
  koa.use(trustProxy({ trustedProxies: ['loopback'] }));
  koa.use(httpsRedirect({ canonicalHost: 'localhost', refuseStatus: 426, httpsPort: 8443 }));
  koa.use(hsts());
  koa.use(securityHeaders({ hsts: false }));
  koa.use((ctx) => {
    if (ctx.path === '/boom') throw new Error('boom');
    ctx.body = { host: ctx.state.transport?.host ?? null, secure: ctx.secure, httpVersion: ctx.req.httpVersion };
  });
  return koa;
}

interface H2Response {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

function h2(session: ClientHttp2Session, headers: OutgoingHttpHeaders, body?: string): Promise<H2Response> {
  return new Promise((resolve, reject) => {
    const stream = session.request(headers);
    let data = '';
    let head: IncomingHttpHeaders = {};
    stream.setEncoding('utf8');
    stream.on('response', (h) => (head = h));
    stream.on('data', (chunk: string) => (data += chunk));
    stream.on('end', () => resolve({ status: Number(head[constants.HTTP2_HEADER_STATUS]), headers: head, body: data }));
    stream.on('error', reject);
    stream.end(body);
  });
}

describe('createSecureServer({ http2: true })', () => {
  let server: SecureHttp2Server;
  let port: number;
  let session: ClientHttp2Session;
  beforeAll(async () => {
    server = createSecureServer({ app: app(), key: cert.key, cert: cert.cert, http2: true });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    session = connect(`https://localhost:${port}`, { ca: cert.cert });
    await new Promise<void>((resolve, reject) => session.once('connect', () => resolve()).once('error', reject));
  });
  afterAll(async () => {
    session.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('negotiates h2 by ALPN and still serves HTTP/1.1 clients', async () => {
    expect(session.alpnProtocol).toBe('h2');
    const res = await h2(session, { ':path': '/', ':authority': `localhost:${port}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ host: 'localhost', secure: true, httpVersion: '2.0' });
    const h1 = await tlsRequest(port, { ca: cert.cert, ALPNProtocols: ['http/1.1'] }, GET);
    expect(h1.response).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(h1.response).toContain('"httpVersion":"1.1"');
  });

  it('sends HSTS exactly once, also on errors and 404s', async () => {
    for (const path of ['/', '/boom']) {
      const res = await h2(session, { ':path': path, ':authority': `localhost:${port}` });
      expect(res.headers['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('takes the host from :authority, and refuses a Host that disagrees with it', async () => {
    const res = await h2(session, { ':path': '/', ':authority': 'LOCALHOST.' });
    expect(JSON.parse(res.body)).toMatchObject({ host: 'localhost' });
    const mismatch = await h2(session, { ':path': '/', ':authority': 'localhost', host: 'evil.example' });
    expect(JSON.parse(mismatch.body)).toMatchObject({ host: null });
  });

  it('redirects and refuses over h2 without connection-specific headers (behind a proxy that saw plain HTTP)', async () => {
    const get = await h2(session, { ':path': '/a?b', ':authority': 'localhost', 'x-forwarded-proto': 'http' });
    expect(get.status).toBe(301);
    expect(get.headers.location).toBe('https://localhost:8443/a?b');
    expect(get.headers['strict-transport-security']).toBeUndefined();
    const post = await h2(session, { ':path': '/a', ':method': 'POST', ':authority': 'localhost', 'x-forwarded-proto': 'http' }, 'x=1');
    expect(post.status).toBe(426);
    expect(post.body).toBe('HTTPS required');
    expect(post.headers.upgrade).toBeUndefined();
    expect(post.headers.connection).toBeUndefined();
  });
});

describe('mutual TLS over HTTP/2', () => {
  it('exposes the verified client certificate to clientCertificate() on h2 streams', async () => {
    const ca = devCertificateAuthority({ commonName: 'Parapet h2 CA' });
    const serverCert = ca.issue({ commonName: 'localhost' });
    const client = ca.issue({ commonName: 'billing', usage: 'client' });
    const koa = new Koa();
    koa.silent = true;
    koa.use(clientCertificate({ allowedClients: ['CN=billing'] }));
    koa.use((ctx) => (ctx.body = ctx.state.clientCertificate?.commonName ?? null));
    const server = createSecureServer({ app: koa, key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: ca.cert, http2: true });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const session = connect(`https://localhost:${(server.address() as AddressInfo).port}`, { ca: ca.cert, key: client.key, cert: client.cert });
    try {
      const first = await h2(session, { ':path': '/' });
      const second = await h2(session, { ':path': '/again' });
      expect([first.status, first.body, second.body]).toEqual([200, 'billing', 'billing']);
    } finally {
      session.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
