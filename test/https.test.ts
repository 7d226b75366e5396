/**
 * Transport security of the example: the plain-HTTP port only redirects (to
 * the configured host, never to a client-supplied one), HSTS and the helmet
 * headers are on every HTTPS response — error responses included — and never
 * over plain HTTP, and forwarded headers count only from trusted proxies.
 */
import { connect } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, mutualClient, on, tempDir } from './helpers.js';

const HSTS = 'max-age=31536000; includeSubDomains';

/** One raw HTTP/1.1 exchange, so Host values an HTTP client would refuse can be sent. */
function rawRequest(port: number, head: string): Promise<{ status: number; headers: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${head}\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const headers = data.split('\r\n\r\n')[0] ?? '';
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0), headers: headers.toLowerCase() });
    });
  });
}

describe.each(FRAMEWORKS)('plain HTTP listener ($name)', (framework) => {
  const { makeApi, startApi } = on(framework);

  it('redirects GET and HEAD to the public host and HTTPS port, keeping path and query, without HSTS', async () => {
    const { api } = await makeApi({ HTTPS_PORT: '9443', HTTP_PORT: '9080' });
    const get = await request(api.httpListener).get('/api/orders?limit=5&x=%20y').set('Host', 'localhost:9080');
    expect(get.status).toBe(301);
    expect(get.headers.location).toBe('https://localhost:9443/api/orders?limit=5&x=%20y');
    expect(get.headers['strict-transport-security']).toBeUndefined();
    expect(get.headers['x-content-type-options']).toBe('nosniff');
    const head = await request(api.httpListener).head('/').set('Host', 'localhost');
    expect(head.status).toBe(301);
    expect(head.headers.location).toBe('https://localhost:9443/');
    // Behind a balancer, redirects name the public port (443 is left out of the URL).
    const balanced = await makeApi({ HTTPS_PORT: '9443', PUBLIC_HTTPS_PORT: '443', PUBLIC_HOST: 'api.example.com' });
    const viaBalancer = await request(balanced.api.httpListener).get('/x').set('Host', 'api.example.com');
    expect(viaBalancer.headers.location).toBe('https://api.example.com/x');
  });

  it('refuses other methods with 403 instead of redirecting a body already sent in cleartext', async () => {
    const { api } = await makeApi();
    for (const method of ['post', 'put', 'delete'] as const) {
      const res = await request(api.httpListener)[method]('/login').set('Host', 'localhost').send({ username: 'a', password: 'b' });
      expect(res.status).toBe(403);
      expect(res.headers.location).toBeUndefined();
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('never redirects to a spoofed Host (400, no Location)', async () => {
    const app = await startApi();
    const hosts = ['evil.com', 'evil.com:443', 'localhost@evil.com', 'localhost.evil.com', '', 'a'.repeat(300), '[::1]', 'localhost/evil.com', 'LOCALHOST:1\tx'];
    for (const host of hosts) {
      const res = await rawRequest(app.httpPort, `GET /login HTTP/1.1\r\nHost: ${host}`);
      expect([400], `Host: ${JSON.stringify(host)}`).toContain(res.status);
      expect(res.headers).not.toContain('location:');
      expect(res.headers).not.toContain('evil');
    }
    const twoHosts = await rawRequest(app.httpPort, 'GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.com');
    expect(twoHosts.status).toBe(400);
    const absolute = await rawRequest(app.httpPort, 'GET http://evil.com/x HTTP/1.1\r\nHost: localhost');
    expect(absolute.status).toBe(301);
    expect(absolute.headers).toContain(`location: https://localhost:${app.config.httpsPort}/x\r\n`);
  });

  it('serves /healthz over plain HTTP for load balancers, whatever the Host', async () => {
    const { api } = await makeApi();
    const res = await request(api.httpListener).get('/healthz').set('Host', 'evil.com');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('serves ACME HTTP-01 challenges from ACME_WEBROOT, and nothing else from it', async () => {
    const webroot = tempDir();
    mkdirSync(join(webroot, '.well-known', 'acme-challenge'), { recursive: true });
    const token = 'LoqXcYV8q5ONbJQxbmR7SCTNo3tiAXDfowyjxAjEuX0';
    writeFileSync(join(webroot, '.well-known', 'acme-challenge', token), `${token}.thumbprint`);
    writeFileSync(join(webroot, 'secret.txt'), 'not for you');
    const { api } = await makeApi({ ACME_WEBROOT: webroot });
    const ok = await request(api.httpListener).get(`/.well-known/acme-challenge/${token}`).set('Host', 'localhost');
    expect(ok.status).toBe(200);
    expect(ok.text).toBe(`${token}.thumbprint`);
    const unknown = await request(api.httpListener).get('/.well-known/acme-challenge/AAAAAAAAAAAAAAAAAAAAAAAA').set('Host', 'localhost');
    expect(unknown.status).toBe(404);
    const traversal = await request(api.httpListener).get('/.well-known/acme-challenge/..%2f..%2fsecret.txt').set('Host', 'localhost');
    expect(traversal.status).toBe(301);
    expect(traversal.text).not.toContain('not for you');
  });

  it('believes X-Forwarded-Proto only from a trusted proxy (TLS ended at the proxy → served, with HSTS)', async () => {
    const trusted = await makeApi({ TRUSTED_PROXIES: '127.0.0.1' });
    const served = await request(trusted.api.httpListener).get('/.well-known/jwks.json').set('Host', 'localhost').set('X-Forwarded-Proto', 'https');
    expect(served.status).toBe(200);
    expect(served.headers['strict-transport-security']).toBe(HSTS);
    expect(JSON.parse(served.text)).toEqual(trusted.config.serverKey.publicJwks);

    const untrusted = await makeApi({ TRUSTED_PROXIES: '10.0.0.0/8' });
    for (const spoof of [{ 'X-Forwarded-Proto': 'https' }, { Forwarded: 'for=1.2.3.4;proto=https' }]) {
      const res = await request(untrusted.api.httpListener).get('/.well-known/jwks.json').set('Host', 'localhost').set(spoof);
      expect(res.status).toBe(301);
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });
});

describe.each(FRAMEWORKS)('HTTPS listener (real TLS) ($name)', (framework) => {
  const { startApi } = on(framework);

  function expectSecurityHeaders(headers: Headers, name: string): void {
    expect(headers.get('strict-transport-security'), name).toBe(HSTS);
    expect(headers.get('content-security-policy'), name).toContain("default-src 'self'");
    expect(headers.get('x-content-type-options'), name).toBe('nosniff');
    expect(headers.get('x-frame-options'), name).toBe('SAMEORIGIN');
    expect(headers.get('referrer-policy'), name).toBe('no-referrer');
    expect(headers.get('x-powered-by'), name).toBeNull();
  }

  it('sends exactly one HSTS header and the helmet headers on success and on every kind of error', async () => {
    const app = await startApi();
    const client = mutualClient(app, app.callerKey);
    const cases: [string, Promise<Response>, number][] = [
      ['200 healthz', app.tlsFetch(`${app.httpsUrl}/healthz`), 200],
      ['404 unknown path', app.tlsFetch(`${app.httpsUrl}/nope`), 404],
      ['405 wrong method', app.tlsFetch(`${app.httpsUrl}/login`), 405],
      ['401 unsigned API call (thrown by mutualAuth)', app.tlsFetch(`${app.httpsUrl}/api/orders`), 401],
      ['400 malformed JSON (thrown by the body parser)', app.tlsFetch(`${app.httpsUrl}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":' }), 400],
      ['403 authenticated caller on a path without a policy (rendered by mutualAuth)', client(`${app.httpsUrl}/api/admin`), 403],
      ['400 invalid order (rendered and signed by mutualAuth)', client(`${app.httpsUrl}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"item":"x","quantity":0}' }), 400],
      ['400 malformed JSON behind mutualAuth', client(`${app.httpsUrl}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"item":' }), 400],
    ];
    for (const [name, pending, status] of cases) {
      const res = await pending;
      expect(res.status, name).toBe(status);
      expectSecurityHeaders(res.headers, name);
      expect(res.headers.get('strict-transport-security')?.split(',')).toHaveLength(1);
    }
  });

  it('never reflects a spoofed Host: nothing on the HTTPS port builds a URL from it', async () => {
    const app = await startApi();
    const { request: httpsRequest } = await import('node:https');
    const exchange = (path: string, host: string): Promise<{ status: number; raw: string }> =>
      new Promise((resolve, reject) => {
        const req = httpsRequest({ host: '127.0.0.1', port: app.httpsPort, path, servername: 'localhost', ca: app.config.tls.cert, headers: { host } }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, raw: `${JSON.stringify(res.headers)}\n${body}` }));
        });
        req.on('error', reject);
        req.end();
      });
    for (const host of ['evil.com', 'evil.com:443', 'localhost@evil.com', 'localhost.evil.com']) {
      for (const [path, status] of [['/healthz', 200], ['/nope', 404], ['/api/orders', 401], ['/me', 401]] as const) {
        const res = await exchange(path, host);
        expect(res.status, `${host} ${path}`).toBe(status);
        expect(res.raw, `${host} ${path}`).not.toContain('evil');
      }
    }
  });

  it('rejects TLS 1.1 clients and serves TLS 1.2', async () => {
    const { connect: tlsConnect } = await import('node:tls');
    const app = await startApi();
    const attempt = (maxVersion: 'TLSv1.1' | 'TLSv1.2'): Promise<string> =>
      new Promise((resolve) => {
        const socket = tlsConnect({ host: '127.0.0.1', port: app.httpsPort, ca: app.config.tls.cert, minVersion: 'TLSv1', maxVersion }, () => {
          resolve(socket.getProtocol() ?? 'none');
          socket.end();
        });
        socket.on('error', () => resolve('refused'));
      });
    expect(await attempt('TLSv1.1')).toBe('refused');
    expect(await attempt('TLSv1.2')).toBe('TLSv1.2');
  });
});
