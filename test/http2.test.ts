/**
 * The example's HTTPS port speaks HTTP/2 (ALPN h2) and HTTP/1.1, checked
 * with curl as an operator would (`curl --http2`). Every layer of the HTTPS
 * app — security headers, login limits, the signed API gate — answers over
 * h2 as it does over HTTP/1.1.
 */
import { execFile } from 'node:child_process';
import { connect } from 'node:http2';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER, FRAMEWORKS, KOA, login, startApi, tempDir } from './helpers.js';

const run = promisify(execFile);
const HSTS = 'max-age=31536000; includeSubDomains';

interface CurlResult {
  readonly httpVersion: string;
  readonly status: number;
  readonly headers: Record<string, string[]>;
}

/** One curl request; headers are parsed from `--dump-header`. */
async function curl(url: string, caFile: string, args: string[] = []): Promise<CurlResult> {
  const { stdout } = await run('curl', ['--silent', '--show-error', '--cacert', caFile, '--dump-header', '-', '--output', '/dev/null', ...args, url]);
  const [statusLine, ...lines] = stdout.trim().split(/\r?\n/);
  const match = /^HTTP\/(\S+) (\d{3})/.exec(statusLine ?? '');
  if (!match) throw new Error(`unexpected curl output: ${stdout}`);
  const headers: Record<string, string[]> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) (headers[line.slice(0, colon).toLowerCase()] ??= []).push(line.slice(colon + 1).trim());
  }
  return { httpVersion: match[1]!, status: Number(match[2]), headers };
}

// Koa example only: Express cannot answer HTTP/2 streams, so the Express example serves HTTP/1.1
// over TLS (examples/express-api/README.md); the case below checks that it says so in ALPN.
describe('example over HTTP/2 (koa)', () => {
  it('curl --http2 gets h2 for health, JWKS, login and the API gate, with HSTS exactly once', async () => {
    const app = await startApi({}, undefined, KOA);
    const caFile = join(tempDir(), 'ca.pem');
    writeFileSync(caFile, app.config.tls.cert);
    const url = (path: string) => `https://localhost:${app.httpsPort}${path}`;
    const h2 = (path: string, args: string[] = []) => curl(url(path), caFile, ['--http2', ...args]);

    for (const path of ['/healthz', '/.well-known/jwks.json', '/api/orders', '/no-such-page']) {
      const res = await h2(path);
      expect(res.httpVersion, path).toBe('2');
      expect(res.headers['strict-transport-security'], path).toEqual([HSTS]);
      expect(res.headers['x-content-type-options'], path).toEqual(['nosniff']);
      expect(res.headers.connection, path).toBeUndefined();
    }
    expect((await h2('/healthz')).status).toBe(200);
    expect((await h2('/api/orders')).status).toBe(401);

    const post = (password: string) => h2('/login', ['--header', 'content-type: application/json', '--data', JSON.stringify({ username: DEMO_USER, password })]);
    expect((await post('nope')).status).toBe(401);
    expect((await post(DEMO_PASSWORD)).status).toBe(200);

    // HTTP/1.1 clients (fetch, supertest, curl --http1.1) keep working on the same port.
    const h1 = await curl(url('/healthz'), caFile, ['--http1.1']);
    expect(h1).toMatchObject({ httpVersion: '1.1', status: 200 });
    expect((await login(app, DEMO_USER, DEMO_PASSWORD)).status).toBe(200);
  });
});

/** One HTTP/2 request with node:http2 (status and JSON body). */
function h2Request(origin: string, ca: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const session = connect(origin, { ca });
    session.on('error', reject);
    const req = session.request(headers);
    let status = 0;
    let data = '';
    req.setEncoding('utf8');
    req.on('response', (h) => (status = Number(h[':status'])));
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => {
      session.close();
      resolve({ status, body: data === '' ? undefined : data.startsWith('{') ? (JSON.parse(data) as unknown) : data });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('user tokens over HTTP/2 (koa)', () => {
  it('a user token from POST /login opens GET /me over h2, as over HTTP/1.1', async () => {
    const app = await startApi({}, undefined, KOA);
    const origin = `https://localhost:${app.httpsPort}`;
    const ca = app.config.tls.cert;
    const credentials = JSON.stringify({ username: DEMO_USER, password: DEMO_PASSWORD });
    const loggedIn = await h2Request(
      origin,
      ca,
      { ':method': 'POST', ':path': '/login', 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(credentials)) },
      credentials,
    );
    expect(loggedIn.status).toBe(200);
    const token = (loggedIn.body as { access_token: string }).access_token;
    const me = await h2Request(origin, ca, { ':method': 'GET', ':path': '/me', authorization: `Bearer ${token}` });
    expect(me).toEqual({ status: 200, body: { user: { id: expect.any(String) as string } } });
    expect((await h2Request(origin, ca, { ':method': 'GET', ':path': '/me' })).status).toBe(401);
    expect((await h2Request(origin, ca, { ':method': 'GET', ':path': '/me', authorization: `Bearer ${token.slice(0, -4)}AAAA` })).status).toBe(401);
  });

  it('reads a JSON body sent without content-length (HTTP/2 ends a body with its last DATA frame)', async () => {
    const app = await startApi({}, undefined, KOA);
    const origin = `https://localhost:${app.httpsPort}`;
    const post = (password: string) =>
      h2Request(origin, app.config.tls.cert, { ':method': 'POST', ':path': '/login', 'content-type': 'application/json' }, JSON.stringify({ username: DEMO_USER, password }));
    expect((await post(DEMO_PASSWORD)).status).toBe(200);
    expect((await post('wrong-password')).status).toBe(401);
    // Media types are case-insensitive (RFC 9110 §8.3.1).
    const upper = await h2Request(origin, app.config.tls.cert, { ':method': 'POST', ':path': '/login', 'content-type': 'Application/JSON; charset=utf-8' }, JSON.stringify({ username: DEMO_USER, password: DEMO_PASSWORD }));
    expect(upper.status).toBe(200);
    // The media type is still checked when no length is given.
    const form = await h2Request(origin, app.config.tls.cert, { ':method': 'POST', ':path': '/login', 'content-type': 'application/x-www-form-urlencoded' }, 'username=a&password=b');
    expect(form.status).toBe(415);
  });
});

describe.each(FRAMEWORKS.filter((f) => !f.http2))('example without HTTP/2 ($name)', (framework) => {
  it('offers only HTTP/1.1 in ALPN: curl --http2 falls back to HTTP/1.1, with HSTS', async () => {
    const app = await startApi({}, undefined, framework);
    const caFile = join(tempDir(), 'ca.pem');
    writeFileSync(caFile, app.config.tls.cert);
    const res = await curl(`https://localhost:${app.httpsPort}/healthz`, caFile, ['--http2']);
    expect(res).toMatchObject({ httpVersion: '1.1', status: 200 });
    expect(res.headers['strict-transport-security']).toEqual([HSTS]);
  });
});
