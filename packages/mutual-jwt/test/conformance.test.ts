import { readFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import request from 'supertest';
import Koa from 'koa';
import type { JSONWebKeySet, JWK } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeContent, mutualAuth, replayKey, ResponseTokenVerifier, ServerAuthenticationError, type ReplayStore, type SupportedAlgorithm } from '../src/index.js';
import { bindPublicJwks } from '../src/keys.js';

interface RequestVector {
  name: string;
  request: { method: string; target: string; headers: [string, string][]; body: string; client_certificate_x5t_s256?: string };
  seen?: [string, string, string][];
  expect: { verdict: 'accept' | 'reject'; status: number; code?: string };
}
interface ResponseVector {
  name: string;
  request: { method: string; jti: string };
  response: { status: number; headers: [string, string][]; body: string };
  expect: { verdict: 'accept' | 'reject'; code?: string };
}
interface Vectors {
  protocol: number;
  now: number;
  callee: string;
  caller: string;
  callers: Record<string, JSONWebKeySet>;
  callee_jwks: JSONWebKeySet;
  private_keys: Record<string, JWK>;
  requests: RequestVector[];
  responses: ResponseVector[];
  keysets: (RequestVector & { jwks: JSONWebKeySet; algorithms: SupportedAlgorithm[] })[];
}

const vectors = JSON.parse(readFileSync(new URL('../test-vectors.json', import.meta.url), 'utf8')) as Vectors;

/** A replay store holding the vector's prior uses; it persists (no in-memory restart rule). */
class SeededStore implements ReplayStore {
  readonly #used: Set<string>;
  constructor(seen: [string, string, string][]) {
    this.#used = new Set(seen.map(([aud, iss, jti]) => replayKey(aud, iss, jti)));
  }
  claim(key: string): Promise<boolean> {
    if (this.#used.has(key)) return Promise.resolve(false);
    this.#used.add(key);
    return Promise.resolve(true);
  }
}

let current: { store: ReplayStore; failures: string[] };
let server: Server;
let port: number;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(vectors.now * 1000);
  const app = new Koa();
  app.silent = true;
  // Stands in for @parapet/https clientCertificate(): the vector says which certificate the TLS layer verified.
  app.use(async (ctx, next) => {
    const x5t = ctx.get('x-vector-client-certificate');
    if (x5t !== '') ctx.state.clientCertificate = { x5tS256: x5t } as never;
    await next();
  });
  const signingKey = { privateKey: vectors.private_keys['orders-2026-01']!, kid: 'orders-2026-01', alg: 'EdDSA' as const };
  const middleware = mutualAuth({
    audience: vectors.callee,
    callers: Object.fromEntries(Object.entries(vectors.callers).map(([iss, jwks]) => [iss, { jwks }])),
    signingKey,
    authorization: 'any-trusted-caller',
    replayStore: { claim: (key, expiresAt) => current.store.claim(key, expiresAt) },
    onAuthFailure: ({ error }) => current.failures.push(error.code),
  });
  app.use(middleware);
  app.use((ctx) => {
    ctx.body = 'ok';
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  vi.useRealTimers();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  vi.setSystemTime(vectors.now * 1000);
});

/** Sends the vector's request byte for byte (request target, repeated headers) and returns the status. */
function send(vector: RequestVector): Promise<number> {
  const { method, target, headers, body } = vector.request;
  const bytes = Buffer.from(body, 'base64url');
  let head = `${method} ${target} HTTP/1.1\r\nHost: orders.internal\r\nConnection: close\r\n`;
  for (const [name, value] of headers) head += `${name}: ${value}\r\n`;
  if (vector.request.client_certificate_x5t_s256 !== undefined) head += `x-vector-client-certificate: ${vector.request.client_certificate_x5t_s256}\r\n`;
  if (bytes.length > 0) head += `Content-Length: ${bytes.length}\r\n`;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(Buffer.concat([Buffer.from(`${head}\r\n`, 'latin1'), bytes])));
    let data = '';
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1])));
    socket.on('error', reject);
  });
}

describe(`test-vectors.json (protocol ${vectors.protocol}): requests`, () => {
  it('covers every request error code of PROTOCOL.md §3.1 and §5', () => {
    const codes = new Set(vectors.requests.map((v) => v.expect.code).filter(Boolean));
    for (const code of [
      'ERR_MUTUAL_MISSING_CREDENTIALS', 'ERR_MUTUAL_MULTIPLE_CREDENTIALS', 'ERR_MUTUAL_TOKEN_IN_QUERY', 'ERR_MUTUAL_MALFORMED_AUTHORIZATION',
      'ERR_MUTUAL_TOKEN_TOO_LARGE', 'ERR_MUTUAL_TOKEN_MALFORMED', 'ERR_MUTUAL_HEADER_INVALID', 'ERR_MUTUAL_VERSION_UNSUPPORTED',
      'ERR_MUTUAL_ISSUER_UNKNOWN', 'ERR_MUTUAL_KEY_UNKNOWN', 'ERR_MUTUAL_ALG_NOT_ALLOWED', 'ERR_MUTUAL_SIGNATURE_INVALID',
      'ERR_MUTUAL_TOKEN_EXPIRED', 'ERR_MUTUAL_CLAIM_INVALID', 'ERR_MUTUAL_REQUEST_MISMATCH', 'ERR_MUTUAL_BODY_UNREADABLE',
      'ERR_MUTUAL_CERTIFICATE_MISMATCH', 'ERR_MUTUAL_REPLAY',
    ]) expect(codes, code).toContain(code);
  });

  for (const vector of vectors.requests) {
    it(`${vector.expect.verdict} ${vector.expect.code ?? ''}: ${vector.name}`, async () => {
      current = { store: new SeededStore(vector.seen ?? []), failures: [] };
      const status = await send(vector);
      expect(status).toBe(vector.expect.status);
      expect(current.failures).toEqual(vector.expect.verdict === 'accept' ? [] : [vector.expect.code]);
    });
  }
});

describe(`test-vectors.json (protocol ${vectors.protocol}): responses`, () => {
  const verifier = new ResponseTokenVerifier({
    serverIssuer: vectors.callee,
    callerIssuer: vectors.caller,
    algorithms: new Set(['EdDSA', 'ES256']),
    keys: { kind: 'local', keys: bindPublicJwks(vectors.callee_jwks, new Set(['EdDSA', 'ES256']), 'vectors') },
  });

  it('covers every response error code of PROTOCOL.md §4.2', () => {
    const codes = new Set(vectors.responses.map((v) => v.expect.code));
    for (const code of ['ERR_MUTUAL_RESPONSE_UNSIGNED', 'ERR_MUTUAL_RESPONSE_VERSION', 'ERR_MUTUAL_RESPONSE_INVALID', 'ERR_MUTUAL_RESPONSE_MISMATCH']) expect(codes).toContain(code);
  });

  for (const vector of vectors.responses) {
    it(`${vector.expect.verdict} ${vector.expect.code ?? ''}: ${vector.name}`, async () => {
      const { status, headers, body } = vector.response;
      const values = (name: string) => {
        const lines = headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);
        return lines.length === 0 ? undefined : lines;
      };
      const encoding = values('content-encoding')?.join(', ');
      const representation = decodeContent(Buffer.from(body, 'base64url'), encoding, 1 << 24);
      const outcome = await verifier
        .verify({ serverAuthorization: values('server-authorization')?.[0] ?? null, status, method: vector.request.method, header: values, body: representation, jti: vector.request.jti }, vectors.now * 1000)
        .then(() => 'accept', (error: unknown) => (error instanceof ServerAuthenticationError ? error.code : String(error)));
      expect(outcome).toBe(vector.expect.verdict === 'accept' ? 'accept' : vector.expect.code);
    });
  }
});

describe(`test-vectors.json (protocol ${vectors.protocol}): key sets fetched from a URL`, () => {
  for (const vector of vectors.keysets) {
    it(`${vector.expect.verdict} ${vector.expect.code ?? ''}: ${vector.name}`, async () => {
      const keyServer = createServer((_req, res) => {
        res.setHeader('content-type', 'application/jwk-set+json');
        res.end(JSON.stringify(vector.jwks));
      });
      await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
      const failures: string[] = [];
      const app = new Koa();
      app.silent = true;
      app.use(
        mutualAuth({
          audience: vectors.callee,
          algorithms: vector.algorithms,
          callers: { billing: { jwksUrl: `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/jwks.json` } },
          signingKey: { privateKey: vectors.private_keys['orders-2026-01']!, kid: 'orders-2026-01', alg: 'EdDSA' },
          authorization: 'any-trusted-caller',
          replayStore: new SeededStore([]),
          onAuthFailure: ({ error }) => failures.push(error.code),
        }),
      );
      app.use((ctx) => {
        ctx.body = 'ok';
      });
      try {
        const { method, target, headers } = vector.request;
        let req = request(app.callback())[method.toLowerCase() as 'get'](target);
        for (const [name, value] of headers) req = req.set(name, value);
        expect((await req).status).toBe(vector.expect.status);
        expect(failures).toEqual(vector.expect.verdict === 'accept' ? [] : [vector.expect.code]);
      } finally {
        await new Promise((resolve) => keyServer.close(resolve));
      }
    });
  }
});
