import { createHash, X509Certificate } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:https';
import { clientCertificate, createSecureServer, devCertificateAuthority, type DevCertificate } from '@parapet/https';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowCallers, createMutualClient, exportPublicJwks, mutualAuth, ServerAuthenticationError, type MutualAuthOptions, type MutualJwtError } from '../src/index.js';
import { makeKeys, type Keys } from './helpers.js';

let keys: Keys;
let ca: ReturnType<typeof devCertificateAuthority>;
let billingCert: DevCertificate;
let otherCert: DevCertificate;
let serverCert: DevCertificate;

const thumbprint = (pem: string) => createHash('sha256').update(new X509Certificate(pem).raw).digest('base64url');

/** fetch over node:https so the client can present a TLS client certificate. */
function tlsFetch(cert: DevCertificate | undefined): typeof fetch {
  return ((input: URL, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, key) => (headers[key] = value));
      const req = httpsRequest(input, { method: init.method, headers, ca: ca.cert, ...(cert ? { cert: cert.cert, key: cert.key } : {}) }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [key, value] of Object.entries(res.headers)) if (typeof value === 'string') responseHeaders.set(key, value);
          resolve(new Response(Buffer.concat(chunks), { status: res.statusCode!, headers: responseHeaders }));
        });
      });
      req.on('error', reject);
      req.end(init.body as Uint8Array | undefined);
    })) as unknown as typeof fetch;
}

async function start(overrides: Partial<MutualAuthOptions> = {}) {
  const failures: MutualJwtError[] = [];
  const app = new Koa();
  app.silent = true;
  app.use(clientCertificate({ required: false }));
  app.use(mutualAuth({ audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, signingKey: keys.orders, onAuthFailure: ({ error }) => failures.push(error), ...overrides }));
  app.use(allowCallers('billing'));
  app.use((ctx) => {
    ctx.body = { subject: ctx.state.clientCertificate?.subject ?? null };
  });
  const server: Server = createSecureServer({ app, key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: ca.cert, rejectUnauthorized: false });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, failures, base: `https://localhost:${(server.address() as AddressInfo).port}` };
}

function client(cert: DevCertificate | undefined, boundTo: string | undefined) {
  return createMutualClient({
    issuer: 'billing', privateKey: keys.billing.privateKey, kid: keys.billing.kid, audience: 'orders',
    serverJwks: exportPublicJwks([keys.orders]), fetch: tlsFetch(cert), certificateThumbprint: boundTo,
  });
}

async function rejection(promise: Promise<Response>): Promise<ServerAuthenticationError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ServerAuthenticationError);
  return error as ServerAuthenticationError;
}

let servers: Server[] = [];
beforeAll(async () => {
  keys = await makeKeys();
  ca = devCertificateAuthority();
  serverCert = ca.issue({ commonName: 'localhost' });
  billingCert = ca.issue({ commonName: 'billing', usage: 'client' });
  otherCert = ca.issue({ commonName: 'other', usage: 'client' });
});
afterAll(() => {
  for (const s of servers) s.close();
  servers = [];
});

describe('RFC 8705 certificate binding over real mutual TLS', () => {
  it('accepts a token bound to the presented certificate', async () => {
    const { server, base } = await start();
    servers.push(server);
    const res = await client(billingCert, thumbprint(billingCert.cert))(`${base}/x`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { subject: string }).subject).toContain('CN=billing');
  });

  it('rejects a token bound to another certificate (stolen token used with the thief\'s own cert)', async () => {
    const { server, base, failures } = await start();
    servers.push(server);
    const error = await rejection(client(otherCert, thumbprint(billingCert.cert))(`${base}/x`));
    expect(error.responseStatus).toBe(401);
    expect(failures.map((f) => f.code)).toEqual(['ERR_MUTUAL_CERTIFICATE_MISMATCH']);
  });

  it('rejects a bound token on a connection without a client certificate', async () => {
    const { server, base, failures } = await start();
    servers.push(server);
    const error = await rejection(client(undefined, thumbprint(billingCert.cert))(`${base}/x`));
    expect(error.responseStatus).toBe(401);
    expect(failures.map((f) => f.code)).toEqual(['ERR_MUTUAL_CERTIFICATE_MISMATCH']);
  });

  it('requireCertificateBinding rejects unbound tokens even over mTLS', async () => {
    const { server, base, failures } = await start({ requireCertificateBinding: true });
    servers.push(server);
    const error = await rejection(client(billingCert, undefined)(`${base}/x`));
    expect(error.responseStatus).toBe(401);
    expect(failures.map((f) => f.code)).toEqual(['ERR_MUTUAL_CERTIFICATE_MISMATCH']);
  });

  it('an unbound token still works over mTLS when binding is not required', async () => {
    const { server, base } = await start();
    servers.push(server);
    expect((await client(billingCert, undefined)(`${base}/x`)).status).toBe(200);
  });
});
