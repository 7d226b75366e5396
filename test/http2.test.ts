/**
 * The example's HTTPS port speaks HTTP/2 (ALPN h2) and HTTP/1.1. Every
 * layer of the HTTPS app — security headers, login limits, the signed API
 * gate — answers over h2 as it does over HTTP/1.1.
 */
import { connect, constants, type ClientHttp2Session, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http2';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER, login, onCleanup, startApi } from './helpers.js';

const HSTS = 'max-age=31536000; includeSubDomains';

/** One request; like curl and browsers, a body goes with its content-length. */
function h2(session: ClientHttp2Session, headers: OutgoingHttpHeaders, body?: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const stream = session.request(body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) });
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

describe('example over HTTP/2', () => {
  it('negotiates h2 and serves health, JWKS, login and the API gate with the same headers as HTTP/1.1', async () => {
    const app = await startApi();
    const session = connect(`https://localhost:${app.httpsPort}`, { ca: app.config.tls.cert });
    onCleanup(() => new Promise<void>((resolve) => session.close(() => resolve())));
    await new Promise<void>((resolve, reject) => session.once('connect', () => resolve()).once('error', reject));
    expect(session.alpnProtocol).toBe('h2');

    const health = await h2(session, { ':path': '/healthz' });
    expect(health.status).toBe(200);
    expect(health.headers['strict-transport-security']).toBe(HSTS);
    expect(health.headers['x-content-type-options']).toBe('nosniff');

    const jwks = await h2(session, { ':path': '/.well-known/jwks.json' });
    expect(jwks.status).toBe(200);
    expect((JSON.parse(jwks.body) as { keys: unknown[] }).keys.length).toBeGreaterThan(0);

    const wrong = await h2(session, { ':path': '/login', ':method': 'POST', 'content-type': 'application/json' }, JSON.stringify({ username: DEMO_USER, password: 'nope' }));
    expect(wrong.status).toBe(401);
    expect(wrong.headers['strict-transport-security']).toBe(HSTS);
    const right = await h2(session, { ':path': '/login', ':method': 'POST', 'content-type': 'application/json' }, JSON.stringify({ username: DEMO_USER, password: DEMO_PASSWORD }));
    expect(right.status).toBe(200);

    const api = await h2(session, { ':path': '/api/orders' });
    expect(api.status).toBe(401);
    expect(api.headers['strict-transport-security']).toBe(HSTS);

    // HTTP/1.1 clients (fetch, supertest, curl --http1.1) keep working on the same port.
    expect((await login(app, DEMO_USER, DEMO_PASSWORD)).status).toBe(200);
  });
});
