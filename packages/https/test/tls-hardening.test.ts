// The TLS endpoint as Mozilla intermediate (guidelines 6.0) describes it,
// and mutual TLS for production: CRLs, an identity allowlist, typed SAN
// parsing, and certificate reload without a restart.
import { constants, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  clientCertificate,
  createSecureServer,
  describeCertificate,
  devCertificate,
  devCertificateAuthority,
  parseSubjectAltNames,
  type SecureServer,
  type SecureServerOptions,
} from '../src/index.js';
import { close } from './helpers/app.js';
import { GET, tlsRequest } from './helpers/tls-client.js';

const ok = () => new Koa().use((ctx) => (ctx.body = 'ok'));

async function start(options: Omit<SecureServerOptions, 'app' | 'http2'>, app: Koa = ok()): Promise<{ server: SecureServer; port: number }> {
  const server = createSecureServer({ app, ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => close(server));
  return { server, port: (server.address() as AddressInfo).port };
}

/** Connect and report the server certificate's fingerprint (and keep the socket for more requests). */
function connect(port: number, options: tls.ConnectionOptions): Promise<{ socket: tls.TLSSocket; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ...options }, () =>
      resolve({ socket, fingerprint: socket.getPeerX509Certificate()!.fingerprint256 }),
    );
    socket.once('error', reject);
  });
}

/** The fingerprint of the certificate a new connection gets. */
async function servedFingerprint(port: number, ca: string): Promise<string> {
  const { socket, fingerprint } = await connect(port, { ca });
  socket.destroy();
  return fingerprint;
}

function request(socket: tls.TLSSocket): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    const onData = (chunk: Buffer): void => {
      data += chunk.toString('latin1');
      if (/\r\n\r\nok$/.test(data)) {
        socket.off('data', onData);
        resolve(data);
      }
    };
    socket.on('data', onData);
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
  });
}

describe('Mozilla intermediate, exactly', () => {
  const cert = devCertificate();

  it('refuses client-initiated renegotiation (Node alone allows 3 per 10 minutes)', async () => {
    const { port } = await start({ key: cert.key, cert: cert.cert });
    const { socket } = await connect(port, { ca: cert.cert, maxVersion: 'TLSv1.2' });
    const outcome = await new Promise<string>((resolve) => {
      socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
      socket.renegotiate({}, (err) => resolve(err ? ((err as NodeJS.ErrnoException).code ?? err.message) : 'renegotiated'));
    });
    socket.destroy();
    expect(outcome).toBe('ERR_SSL_NO_RENEGOTIATION');
  });

  it('issues no TLS 1.2 session ticket by default; with ticketKeyRotation it does', async () => {
    const off = await start({ key: cert.key, cert: cert.cert });
    const a = await connect(off.port, { ca: cert.cert, maxVersion: 'TLSv1.2' });
    expect(a.socket.getTLSTicket()).toBeUndefined();
    a.socket.destroy();
    const on = await start({ key: cert.key, cert: cert.cert, ticketKeyRotation: 3600 });
    const b = await connect(on.port, { ca: cert.cert, maxVersion: 'TLSv1.2' });
    expect(b.socket.getTLSTicket()).toBeInstanceOf(Buffer);
    b.socket.destroy();
    // Rotation replaces the key: a ticket from before no longer resumes.
    const first = await tlsRequest(on.port, { ca: cert.cert, maxVersion: 'TLSv1.2' }, GET);
    on.server.setTicketKeys(Buffer.alloc(48, 7));
    const second = await tlsRequest(on.port, { ca: cert.cert, maxVersion: 'TLSv1.2', session: first.session }, GET);
    expect(second).toMatchObject({ ok: true, reused: false });
  });

  it('turns tickets on with shared ticketKeys (instances behind one balancer resume each other\'s sessions)', async () => {
    const keys = Buffer.alloc(48, 3);
    const one = await start({ key: cert.key, cert: cert.cert, ticketKeys: keys });
    const two = await start({ key: cert.key, cert: cert.cert, ticketKeys: keys });
    const first = await tlsRequest(one.port, { ca: cert.cert, maxVersion: 'TLSv1.2' }, GET);
    const second = await tlsRequest(two.port, { ca: cert.cert, maxVersion: 'TLSv1.2', session: first.session }, GET);
    expect(second).toMatchObject({ ok: true, reused: true });
    expect(() => createSecureServer({ app: ok(), key: cert.key, cert: cert.cert, ticketKeys: Buffer.alloc(16) })).toThrow(/"ticketKeys" must be a Buffer of 48/);
    expect(() => createSecureServer({ app: ok(), key: cert.key, cert: cert.cert, ticketKeys: keys, ticketKeyRotation: 60 })).toThrow(/not both/);
  });

  it('accepts extra secureOptions and keeps its own flags', async () => {
    const { server, port } = await start({ key: cert.key, cert: cert.cert, secureOptions: constants.SSL_OP_NO_COMPRESSION });
    const flags = (server as unknown as { secureOptions?: number }).secureOptions ?? 0;
    expect(flags & constants.SSL_OP_NO_RENEGOTIATION).toBe(constants.SSL_OP_NO_RENEGOTIATION);
    expect(flags & constants.SSL_OP_NO_COMPRESSION).toBe(constants.SSL_OP_NO_COMPRESSION);
    expect((await tlsRequest(port, { ca: cert.cert }, GET)).ok).toBe(true);
  });

  it("profile: 'modern' is TLS 1.3 only", async () => {
    const { port } = await start({ key: cert.key, cert: cert.cert, profile: 'modern' });
    const v12 = await tlsRequest(port, { ca: cert.cert, maxVersion: 'TLSv1.2' });
    expect(v12).toMatchObject({ ok: false, code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION' });
    expect(await tlsRequest(port, { ca: cert.cert })).toMatchObject({ ok: true, protocol: 'TLSv1.3' });
  });
});

describe('subjectAltName parsing (typed, not confused by escaping)', () => {
  const ca = devCertificateAuthority();
  const tricky = ca.issue({
    commonName: 'worker',
    usage: 'client',
    hostnames: ['svc.internal', '10.0.0.7'],
    uris: ['spiffe://example.org/a\\', 'spiffe://evil.example/b,"c"', 'urn:x:DNS:admin'],
  });

  it('reads a value ending in a backslash without swallowing the entries after it', () => {
    const described = describeCertificate(new X509Certificate(tricky.cert));
    expect(described.altNames).toEqual([
      { type: 'DNS', value: 'svc.internal' },
      { type: 'IP', value: '10.0.0.7' },
      { type: 'URI', value: 'spiffe://example.org/a\\' },
      { type: 'URI', value: 'spiffe://evil.example/b,"c"' },
      { type: 'URI', value: 'urn:x:DNS:admin' },
    ]);
    expect(described.subjectAltNames).toEqual([
      'DNS:svc.internal',
      'IP Address:10.0.0.7',
      'URI:spiffe://example.org/a\\',
      'URI:spiffe://evil.example/b,"c"',
      'URI:urn:x:DNS:admin',
    ]);
    expect(described.commonName).toBe('worker');
  });

  it('rejects text that does not follow Node\'s grammar instead of guessing', () => {
    expect(parseSubjectAltNames('URI:"unterminated, DNS:a')).toBeUndefined();
    expect(parseSubjectAltNames('nocolon')).toBeUndefined();
    expect(parseSubjectAltNames('URI:"a"garbage')).toBeUndefined();
    expect(parseSubjectAltNames(undefined)).toEqual([]);
  });
});

describe('mutual TLS for production', () => {
  const ca = devCertificateAuthority({ commonName: 'Parapet Test mTLS CA' });
  const serverCert = ca.issue({ commonName: 'localhost' });
  const billing = ca.issue({ commonName: 'billing', usage: 'client' });
  const reporting = ca.issue({ commonName: 'reporting', usage: 'client', uris: ['spiffe://example.org/reporting'] });
  const intruder = ca.issue({ commonName: 'billing-2', usage: 'client', uris: ['spiffe://example.org/billing\\'] });
  const base = { key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: ca.cert } as const;

  let reached = 0;
  const counting = (middleware?: Koa.Middleware) => {
    const app = new Koa();
    app.silent = true;
    app.use(async (_ctx, next) => {
      reached++;
      await next();
    });
    if (middleware) app.use(middleware);
    app.use((ctx) => (ctx.body = 'ok'));
    return app;
  };
  const as = (client: { key: string; cert: string }, maxVersion: tls.SecureVersion = 'TLSv1.3') => ({ ca: ca.cert, key: client.key, cert: client.cert, maxVersion });

  it('refuses a revoked client certificate at the handshake (crl)', async () => {
    const { port } = await start({ ...base, crl: ca.crl([billing]) }, counting());
    const before = reached;
    for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
      const revoked = await tlsRequest(port, as(billing, version), GET);
      expect(revoked.response, version).toBe('');
      expect((await tlsRequest(port, as(reporting, version), GET)).response).toMatch(/^HTTP\/1\.1 200 /);
    }
    expect(reached - before).toBe(2);
  });

  it('allowedClients: only listed identities get past the handshake', async () => {
    const { port } = await start({ ...base, allowedClients: ['CN=billing', 'URI:spiffe://example.org/reporting'] }, counting());
    const before = reached;
    expect((await tlsRequest(port, as(billing), GET)).response).toMatch(/^HTTP\/1\.1 200 /);
    expect((await tlsRequest(port, as(reporting, 'TLSv1.2'), GET)).response).toMatch(/^HTTP\/1\.1 200 /);
    for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
      const refused = await tlsRequest(port, as(intruder, version), GET);
      expect(refused.response, version).toBe('');
    }
    expect(reached - before).toBe(2);
  });

  it('clientCertificate({ allowedClients }) answers 403 for any other verified certificate', async () => {
    const { port } = await start(base, counting(clientCertificate({ allowedClients: ['URI:spiffe://example.org/reporting'] })));
    expect((await tlsRequest(port, as(reporting), GET)).response).toMatch(/^HTTP\/1\.1 200 /);
    expect((await tlsRequest(port, as(billing), GET)).response).toMatch(/^HTTP\/1\.1 403 /);
    expect((await tlsRequest(port, as(intruder), GET)).response).toMatch(/^HTTP\/1\.1 403 /);
  });
});

describe('certificate reload without restart', () => {
  const ca = devCertificateAuthority({ commonName: 'Parapet Reload CA' });
  const first = ca.issue({ commonName: 'localhost' });
  const second = ca.issue({ commonName: 'localhost' });
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parapet-reload-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, pair: { key: string; cert: string }) => {
    writeFileSync(join(dir, `${name}.key`), pair.key);
    writeFileSync(join(dir, `${name}.crt`), pair.cert);
    return { key: join(dir, `${name}.key`), cert: join(dir, `${name}.crt`) };
  };
  const fingerprintOf = (pem: string) => new X509Certificate(pem).fingerprint256;

  it('reloadCertificates() swaps the certificate for new connections and keeps open ones', async () => {
    const files = write('manual', first);
    const { server, port } = await start({ certificateFiles: files, watchCertificateFiles: false, reloadSignal: false });
    const before = await connect(port, { ca: ca.cert });
    expect(before.fingerprint).toBe(fingerprintOf(first.cert));
    write('manual', second);
    server.reloadCertificates();
    expect(await servedFingerprint(port, ca.cert)).toBe(fingerprintOf(second.cert));
    // The connection accepted before the reload is still served.
    expect(await request(before.socket)).toMatch(/^HTTP\/1\.1 200 /);
    before.socket.destroy();
  });

  it('reloads on SIGHUP, and keeps the old certificate when the new files are invalid', async () => {
    const files = write('signal', first);
    const results: (Error | undefined)[] = [];
    const { port } = await start({ certificateFiles: files, watchCertificateFiles: false, onReload: (error) => results.push(error) });
    writeFileSync(files.cert, second.cert); // key not replaced yet: mismatched
    process.kill(process.pid, 'SIGHUP');
    await expect.poll(() => results.length).toBe(1);
    expect(results[0]?.message).toMatch(/"key" does not match/);
    expect(await servedFingerprint(port, ca.cert)).toBe(fingerprintOf(first.cert));
    writeFileSync(files.key, second.key);
    process.kill(process.pid, 'SIGHUP');
    await expect.poll(() => results.length).toBe(2);
    expect(results[1]).toBeUndefined();
    expect(await servedFingerprint(port, ca.cert)).toBe(fingerprintOf(second.cert));
  });

  it('reloads when the files change on disk (certbot renewal)', async () => {
    const files = write('watched', first);
    const results: (Error | undefined)[] = [];
    const { port } = await start({ certificateFiles: files, reloadSignal: false, onReload: (error) => results.push(error) });
    write('watched', second);
    await expect.poll(() => results.some((r) => r === undefined), { timeout: 5000 }).toBe(true);
    expect(await servedFingerprint(port, ca.cert)).toBe(fingerprintOf(second.cert));
  });

  it('stops listening for SIGHUP once the server is closed', async () => {
    const files = write('closing', first);
    const before = process.listenerCount('SIGHUP');
    const server = createSecureServer({ app: ok(), certificateFiles: files, watchCertificateFiles: false });
    expect(process.listenerCount('SIGHUP')).toBe(before + 1);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await close(server);
    expect(process.listenerCount('SIGHUP')).toBe(before);
  });
});
