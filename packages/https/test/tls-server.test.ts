import { constants, X509Certificate } from 'node:crypto';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import Koa from 'koa';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  CIPHERS,
  clientCertificate,
  createSecureServer,
  devCertificate,
  devCertificateAuthority,
  getTransport,
  hsts,
  httpsRedirect,
  securityHeaders,
  secureServerOptions,
  supportedGroups,
  TLS12_CIPHERS,
  type ClientCertificate,
  type SecureServerOptions,
} from '../src/index.js';
import { close } from './helpers/app.js';
import { GET, tlsRequest } from './helpers/tls-client.js';

const rsa = devCertificate({ keyType: 'rsa' });
const ec = devCertificate();

async function start(options: Omit<SecureServerOptions, 'app' | 'http2'>, app?: Koa): Promise<{ server: Server; port: number }> {
  const koa = app ?? new Koa().use((ctx) => (ctx.body = 'ok'));
  const server = createSecureServer({ app: koa, ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** Old protocols need a client that is allowed to offer them at all. */
const LEGACY_CLIENT = { ciphers: 'DEFAULT@SECLEVEL=0' };

describe('createSecureServer: TLS handshakes (Mozilla intermediate)', () => {
  let rsaServer: { server: Server; port: number };
  let ecServer: { server: Server; port: number };
  let control: tls.Server;
  let controlPort: number;
  beforeAll(async () => {
    rsaServer = await start({ key: rsa.key, cert: rsa.cert });
    ecServer = await start({ key: ec.key, cert: ec.cert });
    // Node's defaults, to prove each refused handshake below is our doing.
    control = tls.createServer({ key: rsa.key, cert: rsa.cert, minVersion: 'TLSv1' }, (s) => s.end());
    await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
    controlPort = (control.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await close(rsaServer.server);
    await close(ecServer.server);
    await new Promise<void>((resolve) => control.close(() => resolve()));
  });

  it.each([
    ['TLSv1', 'TLSv1'],
    ['TLSv1.1', 'TLSv1.1'],
  ] as const)('rejects %s clients with a protocol_version alert', async (minVersion, maxVersion) => {
    const res = await tlsRequest(rsaServer.port, { ca: rsa.cert, minVersion, maxVersion, ...LEGACY_CLIENT });
    expect(res.ok).toBe(false);
    expect(res.code).toBe('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
  });

  it('accepts TLS 1.2 with an ECDHE AEAD suite and TLS 1.3', async () => {
    const v12 = await tlsRequest(rsaServer.port, { ca: rsa.cert, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }, GET);
    expect(v12).toMatchObject({ ok: true, protocol: 'TLSv1.2', cipher: 'ECDHE-RSA-AES128-GCM-SHA256', group: 'X25519' });
    expect(v12.response).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\nok$/);
    const v13 = await tlsRequest(ecServer.port, { ca: ec.cert, minVersion: 'TLSv1.3' }, GET);
    // Node's client lists TLS_AES_256_GCM_SHA384 first, and the client's order wins (Mozilla: server_preferred_order false).
    expect(v13).toMatchObject({ ok: true, protocol: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384' });
    const ecdsa12 = await tlsRequest(ecServer.port, { ca: ec.cert, maxVersion: 'TLSv1.2' });
    expect(ecdsa12).toMatchObject({ ok: true, cipher: 'ECDHE-ECDSA-AES128-GCM-SHA256' });
  });

  it.each(['AES128-GCM-SHA256', 'AES256-GCM-SHA384', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA384', 'DHE-RSA-AES128-GCM-SHA256'])(
    'refuses %s (no forward secrecy or CBC) that Node’s defaults accept',
    async (cipher) => {
      const ours = await tlsRequest(rsaServer.port, { ca: rsa.cert, maxVersion: 'TLSv1.2', ciphers: cipher });
      expect(ours.ok).toBe(false);
      expect(ours.code).toBe('ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE');
      if (cipher !== 'DHE-RSA-AES128-GCM-SHA256') {
        const node = await tlsRequest(controlPort, { ca: rsa.cert, maxVersion: 'TLSv1.2', ciphers: cipher });
        expect(node).toMatchObject({ ok: true, cipher });
      }
    },
  );

  it('negotiates TLS 1.2 only with ECDHE + AEAD suites: every other suite OpenSSL knows is refused', async () => {
    // Every TLS 1.2 suite this OpenSSL can offer at any security level, tried one at a time.
    const offered = tls
      .getCiphers()
      .map((name) => name.toUpperCase())
      .filter((name) => !name.startsWith('TLS_'));
    const accepted: string[] = [];
    for (const cipher of offered) {
      const res = await tlsRequest(rsaServer.port, { ca: rsa.cert, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', ciphers: `${cipher}@SECLEVEL=0` });
      if (res.ok) accepted.push(res.cipher!);
    }
    expect(offered.length).toBeGreaterThan(20);
    expect(accepted.sort()).toEqual(['ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-CHACHA20-POLY1305']);
    for (const cipher of TLS12_CIPHERS) expect(cipher).toMatch(/^ECDHE-(?:ECDSA|RSA)-(?:AES(?:128|256)-GCM-SHA(?:256|384)|CHACHA20-POLY1305)$/);
  });

  it('refuses a TLS 1.2 client restricted to ECDHE-RSA-AES128-SHA with a handshake_failure alert', async () => {
    const res = await tlsRequest(rsaServer.port, { ca: rsa.cert, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES128-SHA' });
    expect(res).toMatchObject({ ok: false, code: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE' });
    expect(res.protocol).toBeUndefined();
  });

  it("leaves the cipher choice to the client's order (Mozilla intermediate: server_preferred_order false)", async () => {
    for (const [ciphers, chosen] of [
      ['ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-CHACHA20-POLY1305'],
      ['ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384'],
    ] as const) {
      const res = await tlsRequest(rsaServer.port, { ca: rsa.cert, maxVersion: 'TLSv1.2', ciphers });
      expect(res.cipher).toBe(chosen);
    }
    const v13 = await tlsRequest(rsaServer.port, { ca: rsa.cert, minVersion: 'TLSv1.3', ciphers: 'TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256' });
    expect(v13.cipher).toBe('TLS_CHACHA20_POLY1305_SHA256');
  });

  it('refuses a client offering only a group we do not allow', async () => {
    const res = await tlsRequest(rsaServer.port, { ca: rsa.cert, ecdhCurve: 'secp521r1' });
    expect(res.ok).toBe(false);
  });

  it('sends HSTS over real TLS (secure socket, no proxy)', async () => {
    const app = new Koa();
    app.use(hsts());
    app.use((ctx) => ctx.throw(404));
    const { server, port } = await start({ key: ec.key, cert: ec.cert }, app);
    const res = await tlsRequest(port, { ca: ec.cert }, GET);
    await close(server);
    expect(res.response).toMatch(/^HTTP\/1\.1 404 /);
    expect(res.response?.match(/strict-transport-security: max-age=31536000; includeSubDomains\r\n/gi)).toHaveLength(1);
  });
});

describe('the whole stack over real TLS (supertest)', () => {
  let server: Server;
  beforeAll(async () => {
    const app = new Koa();
    app.silent = true;
    app.use(httpsRedirect({ canonicalHost: 'localhost' }));
    app.use(hsts());
    app.use(securityHeaders({ hsts: false }));
    app.use((ctx) => {
      if (ctx.path === '/boom') throw new Error('internal detail');
      ctx.body = { secure: getTransport(ctx).secure, clientIp: getTransport(ctx).clientIp };
    });
    ({ server } = await start({ key: ec.key, cert: ec.cert }, app));
  });
  afterAll(() => close(server));

  it('serves HTTPS with HSTS and security headers, no redirect', async () => {
    const res = await request(server).get('/').ca(ec.cert);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ secure: true, clientIp: '127.0.0.1' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    const post = await request(server).post('/').ca(ec.cert).send({ a: 1 });
    expect(post.status).toBe(200);
  });

  it('keeps the headers on a 500 and hides the message', async () => {
    const res = await request(server).get('/boom').ca(ec.cert);
    expect([res.status, res.text]).toEqual([500, 'Internal Server Error']);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'self';/);
  });
});

describe('secureServerOptions', () => {
  it('resolves the hardened defaults', () => {
    const o = secureServerOptions({ app: () => undefined, key: ec.key, cert: ec.cert });
    expect(o).toMatchObject({
      minVersion: 'TLSv1.2',
      ciphers: CIPHERS,
      honorCipherOrder: false,
      secureOptions: constants.SSL_OP_NO_RENEGOTIATION | constants.SSL_OP_NO_TICKET,
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 5_000,
      handshakeTimeout: 10_000,
      sessionTimeout: 300,
      requestCert: false,
      rejectUnauthorized: false,
    });
    expect(CIPHERS).toBe(
      'TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305',
    );
    for (const c of TLS12_CIPHERS) expect(c).toMatch(/^ECDHE-(?:ECDSA|RSA)-(?:AES\d+-GCM-SHA\d+|CHACHA20-POLY1305)$/);
    expect(o.ecdhCurve).toBe(supportedGroups().join(':'));
  });

  it('feature-detects X25519MLKEM768 (OpenSSL >= 3.5 only)', () => {
    const [major, minor] = process.versions.openssl.split('.').map(Number) as [number, number];
    const hasMlKem = major > 3 || (major === 3 && minor >= 5);
    const groups = supportedGroups();
    expect(groups.includes('X25519MLKEM768')).toBe(hasMlKem);
    expect(groups).toEqual(expect.arrayContaining(['X25519', 'prime256v1', 'secp384r1']));
    expect(supportedGroups(['no-such-group', 'X25519'])).toEqual(['X25519']);
  });

  const ca = devCertificateAuthority();
  it.each([
    ['the public root bundle', { requestCert: true, ca: tls.rootCertificates }, /private CA/],
    ['a private CA mixed with one public root', { requestCert: true, ca: [ca.cert, tls.rootCertificates[0]!] }, /private CA/],
  ])('refuses %s as the client CA', (_label, bad, message) => {
    expect(() => createSecureServer({ app: () => undefined, key: ec.key, cert: ec.cert, ...bad })).toThrow(message);
  });

  it.each([
    [{ requestCert: true }, /"requestCert" needs "ca"/],
    [{ requestCert: true, ca: 'not a pem' }, /no PEM certificate/],
    [{ requestCert: true, ca: 42 }, /"ca" must be PEM/],
    [{ ca: ca.cert }, /"ca" and "crl" are only used for client certificates/],
    [{ crl: ca.crl([]) }, /"ca" and "crl" are only used for client certificates/],
    [{ requestCert: true, ca: ca.cert, crl: 'not a crl' }, /invalid TLS configuration/],
    [{ allowedClients: ['CN=billing'] }, /"allowedClients" only applies with "requestCert: true"/],
    [{ requestCert: true, ca: ca.cert, allowedClients: ['billing'] }, /"allowedClients": invalid entry "billing"/],
    [{ requestCert: true, ca: ca.cert, allowedClients: ['DNS:*.example.com'] }, /no wildcards/],
    [{ requestCert: true, ca: ca.cert, allowedClients: [] }, /non-empty array/],
    [{ profile: 'old' }, /"profile"/],
    [{ profile: 'modern', minVersion: 'TLSv1.3' }, /"profile" or "minVersion", not both/],
    [{ ticketKeyRotation: 5 }, /"ticketKeyRotation"/],
    [{ secureOptions: -1 }, /"secureOptions"/],
    [{ http2: 'yes' }, /"http2"/],
    [{ certificateFiles: { key: '/nonexistent/key.pem', cert: '/nonexistent/cert.pem' }, key: undefined, cert: undefined }, /cannot read certificateFiles.key/],
    [{ certificateFiles: { key: 'k', cert: 'c' } }, /"key" and "certificateFiles" are exclusive/],
    [{ certificateFiles: { key: 'k', cert: 'c', chain: 'x' }, key: undefined, cert: undefined }, /unknown "certificateFiles" key "chain"/],
    [{ reloadSignal: 'SIGHUP' }, /"reloadSignal" needs "certificateFiles"/],
    [{ rejectUnauthorized: false }, /only applies with "requestCert: true"/],
    [{ requestCert: 'yes', ca: ca.cert }, /"requestCert"/],
    [{ minVersion: 'TLSv1.1' }, /"minVersion"/],
    [{ minVersion: 'TLSv1' }, /"minVersion"/],
    [{ headersTimeout: 0 }, /"headersTimeout"/],
    [{ requestTimeout: 1000, headersTimeout: 2000 }, /must not exceed/],
    [{ keepAliveTimeout: -1 }, /"keepAliveTimeout"/],
    [{ sessionTimeout: 1.5 }, /"sessionTimeout"/],
    [{ ciphers: 'ALL' }, /unknown option "ciphers"/],
    [{ secureProtocol: 'TLSv1_method' }, /unknown option "secureProtocol"/],
    [{ key: undefined }, /"key" and "cert" are required/],
    [{ passphrase: 123 }, /"passphrase"/],
  ])('throws a TypeError for %j', (bad, message) => {
    const options = { app: () => undefined, key: ec.key, cert: ec.cert, ...bad } as never;
    expect(() => createSecureServer(options)).toThrow(TypeError);
    expect(() => createSecureServer(options)).toThrow(message);
  });

  it('throws a TypeError for a bad app or a key that does not match the certificate', () => {
    expect(() => createSecureServer({ app: {} as never, key: ec.key, cert: ec.cert })).toThrow(/"app" must be a Koa application/);
    expect(() => createSecureServer({ app: () => undefined, key: rsa.key, cert: ec.cert })).toThrow(/"key" does not match/);
  });
});

describe('mutual TLS + clientCertificate()', () => {
  const ca = devCertificateAuthority({ commonName: 'Parapet Test Client CA' });
  const otherCa = devCertificateAuthority({ commonName: 'Someone Else CA' });
  const serverCert = ca.issue({ commonName: 'localhost' });
  const client = ca.issue({ commonName: 'billing', usage: 'client', uris: ['spiffe://example.org/billing'] });
  const stranger = otherCa.issue({ commonName: 'billing', usage: 'client' });
  const expected = new X509Certificate(client.cert);

  let reached = 0;
  const mtlsApp = (required = true) => {
    const app = new Koa();
    app.silent = true;
    app.use(async (_ctx, next) => {
      reached++;
      await next();
    });
    app.use(clientCertificate({ required }));
    app.use((ctx) => {
      ctx.body = { cert: ctx.state.clientCertificate ?? null };
    });
    return app;
  };
  const body = (res: { response?: string | undefined }) => (JSON.parse(res.response!.slice(res.response!.indexOf('\r\n\r\n') + 4)) as { cert: ClientCertificate | null }).cert;

  let strict: { server: Server; port: number };
  let lenient: { server: Server; port: number };
  beforeAll(async () => {
    strict = await start({ key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: ca.cert }, mtlsApp());
    lenient = await start({ key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: ca.cert, rejectUnauthorized: false }, mtlsApp());
  });
  afterAll(async () => {
    await close(strict.server);
    await close(lenient.server);
  });

  it('accepts a valid client certificate and exposes it on ctx.state.clientCertificate', async () => {
    for (const maxVersion of ['TLSv1.2', 'TLSv1.3'] as const) {
      const res = await tlsRequest(strict.port, { ca: ca.cert, key: client.key, cert: client.cert, maxVersion }, GET);
      expect(res.response).toMatch(/^HTTP\/1\.1 200 /);
      expect(body(res)).toEqual({
        subject: expected.subject,
        commonName: 'billing',
        issuer: 'O=Parapet development\nCN=Parapet Test Client CA',
        serialNumber: expected.serialNumber,
        subjectAltNames: ['URI:spiffe://example.org/billing'],
        altNames: [{ type: 'URI', value: 'spiffe://example.org/billing' }],
        fingerprint256: client.fingerprint256,
        x5tS256: Buffer.from(client.fingerprint256.replaceAll(':', ''), 'hex').toString('base64url'),
        validFrom: new Date(expected.validFrom).toISOString(),
        validTo: new Date(expected.validTo).toISOString(),
      });
    }
  });

  it('rejects the handshake without a client certificate (rejectUnauthorized default)', async () => {
    const v13 = await tlsRequest(strict.port, { ca: ca.cert }, GET);
    expect(v13.response).not.toMatch(/HTTP\/1\.1/);
    expect(v13.code).toBe('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED');
    const v12 = await tlsRequest(strict.port, { ca: ca.cert, maxVersion: 'TLSv1.2' }, GET);
    expect(v12.ok).toBe(false);
    expect(v12.code).toBe('ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE');
  });

  it.each(['TLSv1.2', 'TLSv1.3'] as const)('rejects a certificate from another CA over %s before the app runs', async (version) => {
    const before = reached;
    const res = await tlsRequest(strict.port, { ca: ca.cert, key: stranger.key, cert: stranger.cert, maxVersion: version, minVersion: version }, GET);
    expect(res.response).toBe('');
    expect(reached).toBe(before);
  });

  it('with rejectUnauthorized: false, answers 403 and exposes nothing for missing or foreign certificates', async () => {
    const none = await tlsRequest(lenient.port, { ca: ca.cert }, GET);
    expect(none.response).toMatch(/^HTTP\/1\.1 403 Forbidden\r\n[\s\S]*\r\n\r\nClient certificate required$/);
    const foreign = await tlsRequest(lenient.port, { ca: ca.cert, key: stranger.key, cert: stranger.cert }, GET);
    expect(foreign.response).toMatch(/^HTTP\/1\.1 403 /);
    const valid = await tlsRequest(lenient.port, { ca: ca.cert, key: client.key, cert: client.cert }, GET);
    expect(body(valid)?.fingerprint256).toBe(client.fingerprint256);
  });

  it('clientCertificate({ required: false }) leaves the state unset on plain connections', async () => {
    const { server, port } = await start(
      { key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: ca.cert, rejectUnauthorized: false },
      mtlsApp(false),
    );
    const res = await tlsRequest(port, { ca: ca.cert, key: stranger.key, cert: stranger.cert }, GET);
    await close(server);
    expect(res.response).toMatch(/^HTTP\/1\.1 200 /);
    expect(body(res)).toBeNull();
  });

  it.each(['TLSv1.2', 'TLSv1.3'] as const)('does not resume %s sessions by default (no tickets, no server cache)', async (version) => {
    const first = await tlsRequest(strict.port, { ca: ca.cert, key: client.key, cert: client.cert, maxVersion: version, minVersion: version }, GET);
    const second = await tlsRequest(strict.port, { ca: ca.cert, session: first.session, key: client.key, cert: client.cert, maxVersion: version, minVersion: version }, GET);
    expect(second.reused).toBe(false);
    expect(body(second)?.fingerprint256).toBe(client.fingerprint256);
  });

  it.each(['TLSv1.2', 'TLSv1.3'] as const)('with rotated ticket keys, reports the same certificate on a resumed %s session', async (version) => {
    const { server, port } = await start({ key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: ca.cert, ticketKeyRotation: 3600 }, mtlsApp());
    onTestFinished(() => close(server));
    const first = await tlsRequest(port, { ca: ca.cert, key: client.key, cert: client.cert, maxVersion: version, minVersion: version }, GET);
    expect(first.reused).toBe(false);
    expect(first.session).toBeInstanceOf(Buffer);
    // Resume without presenting the certificate again: identity comes from the session.
    const second = await tlsRequest(port, { ca: ca.cert, session: first.session, maxVersion: version, minVersion: version }, GET);
    expect(second.reused).toBe(true);
    expect(second.response).toMatch(/^HTTP\/1\.1 200 /);
    expect(body(second)?.fingerprint256).toBe(client.fingerprint256);
  });

  it('does not let a session from a foreign-CA client on the lenient server resume into an identity', async () => {
    const { server, port } = await start(
      { key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: ca.cert, rejectUnauthorized: false, ticketKeyRotation: 3600 },
      mtlsApp(),
    );
    onTestFinished(() => close(server));
    const first = await tlsRequest(port, { ca: ca.cert, key: stranger.key, cert: stranger.cert, maxVersion: 'TLSv1.2' }, GET);
    const second = await tlsRequest(port, { ca: ca.cert, session: first.session, maxVersion: 'TLSv1.2' }, GET);
    expect(second.response).toMatch(/^HTTP\/1\.1 403 /);
  });

  it('warns (PARAPET_MTLS_UNVERIFIED_CLIENTS) when rejectUnauthorized: false, and only then', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      secureServerOptions({ app: () => undefined, key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: ca.cert });
      secureServerOptions({ app: () => undefined, key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: ca.cert, rejectUnauthorized: true });
      expect(warn).not.toHaveBeenCalled();
      const options = secureServerOptions({ app: () => undefined, key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: ca.cert, rejectUnauthorized: false });
      expect(options.rejectUnauthorized).toBe(false);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(/"rejectUnauthorized: false" lets clients without a valid certificate reach the app/);
      expect(warn.mock.calls[0]![1]).toEqual({ code: 'PARAPET_MTLS_UNVERIFIED_CLIENTS' });
    } finally {
      warn.mockRestore();
    }
  });

  it('clientCertificate() on plain HTTP answers 403 and ignores certificate headers a client or proxy sends', async () => {
    const app = mtlsApp().callback();
    const res = await request(app)
      .get('/')
      .set('X-SSL-Client-Cert', encodeURIComponent(client.cert))
      .set('X-Client-Cert-Fingerprint', client.fingerprint256)
      .set('X-Forwarded-Proto', 'https');
    expect([res.status, res.text]).toEqual([403, 'Client certificate required']);
    const optional = await request(mtlsApp(false).callback()).get('/').set('X-SSL-Client-Cert', encodeURIComponent(client.cert));
    expect([optional.status, optional.body]).toEqual([200, { cert: null }]);
  });

  it('rejects clientCertificate() bad options', () => {
    expect(() => clientCertificate({ require: true } as never)).toThrow(/unknown option "require"/);
    expect(() => clientCertificate({ required: 'yes' } as never)).toThrow(/"required"/);
  });
});
