/**
 * @parapet/mutual-jwt over HTTP/2: the example's HTTPS listener behind a node:http2 secure
 * server (allowHTTP1), and a fetch built on a node:http2 client session. HTTP/2 carries a body
 * in DATA frames with or without content-length, so body binding must follow the bytes.
 * Koa example only: Express cannot answer HTTP/2 streams (the Express example serves HTTP/1.1).
 */
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { createMutualClient, ServerAuthenticationError } from '@parapet/mutual-jwt';
import { describe, expect, it } from 'vitest';
import { KOA, onCleanup, startApi, type RunningApi } from './helpers.js';

async function serveHttp2(app: RunningApi): Promise<http2.ClientHttp2Session> {
  const server = http2.createSecureServer({ allowHTTP1: true, key: app.config.tls.key, cert: app.config.tls.cert },
    // The example's listener is Koa's callback, which serves HTTP/2 compatibility requests too.
    app.api.httpsListener as unknown as (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => void,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const session = http2.connect(`https://127.0.0.1:${(server.address() as AddressInfo).port}`, { ca: app.config.tls.cert, servername: 'localhost' });
  onCleanup(
    () =>
      new Promise<void>((resolve) => {
        session.close();
        server.close(() => resolve());
      }),
  );
  return session;
}

/** A fetch over one HTTP/2 session. It never sends content-length: DATA frames alone carry the body. */
function h2fetch(session: http2.ClientHttp2Session): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const headers: http2.OutgoingHttpHeaders = { ':method': request.method, ':path': url.pathname + url.search };
    request.headers.forEach((value, name) => {
      if (name !== 'content-length') headers[name] = value;
    });
    const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    return new Promise<Response>((resolve, reject) => {
      const stream = session.request(headers, { endStream: body === undefined });
      const chunks: Buffer[] = [];
      let head: http2.IncomingHttpHeaders = {};
      stream.on('response', (h) => (head = h));
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => {
        const out = new Headers();
        for (const [name, value] of Object.entries(head)) {
          if (name.startsWith(':') || value === undefined) continue;
          for (const v of Array.isArray(value) ? value : [String(value)]) out.append(name, v);
        }
        const status = Number(head[':status']);
        resolve(new Response([204, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers: out }));
      });
      if (body !== undefined) stream.end(body);
    });
  };
}

function client(app: RunningApi, fetchImpl: typeof fetch) {
  const key = app.callerKey;
  return createMutualClient({ issuer: key.iss, privateKey: key.privateJwk, kid: key.privateJwk.kid, alg: key.privateJwk.alg, audience: app.config.serviceId, serverJwks: app.config.serverKey.publicJwks, fetch: fetchImpl });
}

describe('mutual authentication over HTTP/2 (example app) (koa)', () => {
  it('an honest HTTP/2 POST without content-length is accepted and its signed response verifies', async () => {
    const app = await startApi({}, undefined, KOA);
    const session = await serveHttp2(app);
    const res = await client(app, h2fetch(session))(`${app.httpsUrl}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"item":"book","quantity":3}' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ order: { item: 'book', quantity: 3 } });
  });

  it('a token without bh plus a body injected in DATA frames is refused with 401', async () => {
    const app = await startApi({}, undefined, KOA);
    const session = await serveHttp2(app);
    // Capture a valid token for a body-less POST, then send it with a body the caller never signed.
    let authorization = '';
    const capture: typeof fetch = (_input, init) => {
      authorization = new Headers(init?.headers).get('authorization')!;
      return Promise.resolve(new Response('not sent'));
    };
    await client(app, capture)(`${app.httpsUrl}/api/orders`, { method: 'POST' }).catch(() => undefined);
    const res = await h2fetch(session)(`${app.httpsUrl}/api/orders`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: '{"item":"injected","quantity":1000}' });
    expect(res.status).toBe(401);
    expect(res.headers.get('server-authorization')).toBeNull();
    expect(app.logs.mutualRejections().at(-1)).toBe('ERR_MUTUAL_REQUEST_MISMATCH');
  });

  it('a man in the middle rewriting, adding or removing a covered header of an HTTP/2 response is caught', async () => {
    const app = await startApi({}, undefined, KOA);
    const session = await serveHttp2(app);
    const base = h2fetch(session);
    expect((await client(app, base)(`${app.httpsUrl}/api/orders?limit=5`)).status).toBe(200);
    const edits: [string, (h: Headers) => void][] = [
      ['Content-Type changed', (h) => h.set('content-type', 'text/html')],
      ['Content-Type removed', (h) => h.delete('content-type')],
      ...['Location', 'Set-Cookie', 'Content-Encoding', 'Content-Location', 'Cache-Control', 'WWW-Authenticate', 'Retry-After'].map(
        (name): [string, (h: Headers) => void] => [`${name} added or changed`, (h) => h.set(name, 'attacker')],
      ),
    ];
    for (const [name, edit] of edits) {
      const mitm: typeof fetch = async (input, init) => {
        const res = await base(input, init);
        const headers = new Headers(res.headers);
        edit(headers);
        return new Response(await res.arrayBuffer(), { status: res.status, headers });
      };
      const error = await client(app, mitm)(`${app.httpsUrl}/api/orders?limit=5`).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(ServerAuthenticationError);
      expect((error as ServerAuthenticationError).code, name).toBe('ERR_MUTUAL_RESPONSE_MISMATCH');
    }
  });
});
