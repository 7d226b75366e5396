import { generateKeyPairSync, webcrypto } from 'node:crypto';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allowCallers,
  createMutualClient,
  exportPublicJwks,
  generateCallerKey,
  jwksEndpoint,
  MemoryReplayStore,
  mutualAuth,
  RedisReplayStore,
  type MutualAuthOptions,
} from '../src/index.js';
import { claims, createTestApp, makeKeys, signToken, type Keys } from './helpers.js';

let keys: Keys;
let base: MutualAuthOptions;
beforeAll(async () => {
  keys = await makeKeys();
  base = { audience: 'orders', callers: { billing: { jwks: exportPublicJwks([keys.billing]) } }, signingKey: keys.orders };
});

describe('mutualAuth rejects bad configuration at construction', () => {
  const bad: [string, () => Partial<MutualAuthOptions> | Record<string, unknown>, RegExp][] = [
    ['unknown option (typo)', () => ({ audiance: 'x' }), /unknown option "audiance"/],
    ['missing audience', () => ({ audience: undefined }), /"audience"/],
    ['audience with a quote', () => ({ audience: 'or"ders' }), /"audience"/],
    ['realm with a backslash', () => ({ realm: 'a\\b' }), /"realm"/],
    ['no callers', () => ({ callers: {} }), /"callers"/],
    ['caller with two key sources', () => ({ callers: { billing: { jwks: exportPublicJwks([keys.billing]), jwksUrl: 'https://x.example/jwks' } } }), /exactly one of/],
    ['caller with unknown option', () => ({ callers: { billing: { jwks: exportPublicJwks([keys.billing]), jwk: {} } } }), /unknown option "jwk"/],
    ['caller JWKS containing a private key', () => ({ callers: { billing: { jwks: { keys: [{ ...keys.billing.publicJwk, d: 'AAAA' }] } } } }), /private/],
    ['caller JWKS with duplicate kid', () => ({ callers: { billing: { jwks: { keys: [keys.billing.publicJwk, keys.billing.publicJwk] } } } }), /duplicate kid/],
    ['caller JWKS with use "enc"', () => ({ callers: { billing: { jwks: { keys: [{ ...keys.billing.publicJwk, use: 'enc' }] } } } }), /use "enc"/],
    ['caller JWKS key with a lying alg', () => ({ callers: { billing: { jwks: { keys: [{ ...keys.billing.publicJwk, alg: 'ES256' }] } } } }), /not "ES256"|for EdDSA/],
    ['RSA key without alg', () => ({ algorithms: ['EdDSA', 'PS256'], callers: { billing: { jwks: { keys: [{ ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }) as object), kid: 'r' }] } } } }), /without "alg"/],
    ['RSA key when RSA is not enabled', () => ({ callers: { billing: { jwks: { keys: [{ ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }) as object), kid: 'r', alg: 'PS256' }] } } } }), /not enabled/],
    ['algorithm HS256', () => ({ algorithms: ['HS256'] }), /HMAC are never accepted/],
    ['algorithm none', () => ({ algorithms: ['none'] }), /never accepted/],
    ['empty algorithms', () => ({ algorithms: [] }), /"algorithms"/],
    ['per-caller algorithm not enabled globally', () => ({ callers: { billing: { jwks: exportPublicJwks([keys.billing]), algorithms: ['PS256'] } } }), /not enabled/],
    ['remote JWKS over plain http to a non-loopback host', () => ({ callers: { billing: { jwksUrl: 'http://keys.example/jwks.json' } } }), /https/],
    ['timeoutDuration without jwksUrl', () => ({ callers: { billing: { jwks: exportPublicJwks([keys.billing]), timeoutDuration: 5 } } }), /applies to "jwksUrl" only/],
    ['unreadable jwksFile', () => ({ callers: { billing: { jwksFile: '/nonexistent/jwks.json' } } }), /cannot read/],
    ['signResponses without signingKey', () => ({ signingKey: undefined }), /"signingKey" is required/],
    ['signingKey that is a public key', () => ({ signingKey: { privateKey: keys.orders.publicKey, kid: 'orders-1', alg: 'EdDSA' } }), /public key/],
    ['signingKey with the wrong alg', () => ({ signingKey: { ...keys.orders, alg: 'ES256' } }), /not "ES256"|for EdDSA/],
    ['signingKey with a bad kid', () => ({ signingKey: { ...keys.orders, kid: '../x' } }), /"kid"/],
    ['unknown mode', () => ({ mode: 'fast' }), /"mode"/],
    ['replayStore in amortised mode', () => ({ mode: 'amortised', replayStore: new MemoryReplayStore() }), /request-bound" only/],
    ['amortisedCacheSize in request-bound mode', () => ({ amortisedCacheSize: 10 }), /amortised" only/],
    ['replayStore without claim()', () => ({ replayStore: {} }), /claim/],
    ['onReplayStoreError typo', () => ({ onReplayStoreError: 'fail-open' }), /"onReplayStoreError"/], // retired name
    ['maxTokenBytes of 0', () => ({ maxTokenBytes: 0 }), /"maxTokenBytes"/],
    ['responseTokenLifetime over 300', () => ({ responseTokenLifetime: 301 }), /"responseTokenLifetime"/],
    ['authorization typo', () => ({ authorization: 'any' }), /"authorization"/],
    ['requireCertificateBinding as a string', () => ({ requireCertificateBinding: 'yes' }), /"requireCertificateBinding"/],
  ];
  it.each(bad)('%s', (_name, overrides, message) => {
    expect(() => mutualAuth({ ...base, ...overrides() })).toThrow(TypeError);
    expect(() => mutualAuth({ ...base, ...overrides() })).toThrow(message);
  });

  it('a signing CryptoKey made for another WebCrypto algorithm than its alg is refused at construction', async () => {
    const rsa = { modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) };
    const ecdh = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
    const pkcs1 = await webcrypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', ...rsa }, false, ['sign', 'verify']);
    const pss384 = await webcrypto.subtle.generateKey({ name: 'RSA-PSS', hash: 'SHA-384', ...rsa }, false, ['sign', 'verify']);
    const wrong: [webcrypto.CryptoKey, 'ES256' | 'PS256'][] = [
      [ecdh.privateKey, 'ES256'],
      [pkcs1.privateKey, 'PS256'],
      [pss384.privateKey, 'PS256'],
    ];
    for (const [privateKey, alg] of wrong) {
      expect(() => mutualAuth({ ...base, algorithms: ['EdDSA', 'ES256', 'PS256'], signingKey: { privateKey, kid: 'orders-1', alg } })).toThrow(/"signingKey".*WebCrypto/);
    }
  });

  it('reads a JWKS file once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutual-jwt-'));
    const file = join(dir, 'billing.jwks.json');
    writeFileSync(file, JSON.stringify(exportPublicJwks([keys.billing])));
    const t = createTestApp(keys, { callers: { billing: { jwksFile: file } } });
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.billing)}`);
    expect(res.status).toBe(200);
  });

  it('accepts PS256 keys when enabled', async () => {
    const rsa = await generateCallerKey({ alg: 'PS256', kid: 'billing-rsa' });
    const t = createTestApp(keys, { algorithms: ['EdDSA', 'ES256', 'PS256'], callers: { billing: { jwks: exportPublicJwks([rsa]) } } });
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(rsa)}`);
    expect(res.status).toBe(200);
    // The same key cannot be used with RS256 (alg bound per key).
    const rs = await signToken(rsa, undefined, { alg: 'RS256' }).catch((e: unknown) => e);
    expect(rs).toBeInstanceOf(Error);
  });
});

describe('other factories validate too', () => {
  it.each([
    ['allowCallers()', () => allowCallers()],
    ['allowCallers with a quote', () => allowCallers('bill"ing')],
    ['jwksEndpoint unknown option', () => jwksEndpoint({ keys: [keys.orders], maxage: 5 } as never)],
    ['jwksEndpoint with a private JWK', () => jwksEndpoint({ keys: { keys: [{ kty: 'oct', k: 'AAAA', kid: 'x' }] } })],
    ['jwksEndpoint bad path', () => jwksEndpoint({ keys: [keys.orders], path: 'jwks' })],
    ['exportPublicJwks empty', () => exportPublicJwks([])],
    ['MemoryReplayStore unknown option', () => new MemoryReplayStore({ max: 5 } as never)],
    ['MemoryReplayStore maxEntries 0', () => new MemoryReplayStore({ maxEntries: 0 })],
    ['RedisReplayStore without client', () => new RedisReplayStore({} as never)],
    ['RedisReplayStore unknown option', () => new RedisReplayStore({ client: new Redis({ lazyConnect: true }), ttl: 5 } as never)],
    ['client unknown option', () => createMutualClient({ issuer: 'billing', privateKey: keys.billing.privateKey, kid: 'billing-1', audience: 'orders', serverJwks: exportPublicJwks([keys.orders]), audiance: 'x' } as never)],
    ['client without serverJwks', () => createMutualClient({ issuer: 'billing', privateKey: keys.billing.privateKey, kid: 'billing-1', audience: 'orders' })],
    ['client with a public key', () => createMutualClient({ issuer: 'billing', privateKey: keys.billing.publicKey, kid: 'billing-1', audience: 'orders', serverJwks: exportPublicJwks([keys.orders]) })],
    ['client serverJwks over plain http to a remote host', () => createMutualClient({ issuer: 'billing', privateKey: keys.billing.privateKey, kid: 'billing-1', audience: 'orders', serverJwks: 'http://orders.example/.well-known/jwks.json' })],
    ['client serverJwks with another scheme', () => createMutualClient({ issuer: 'billing', privateKey: keys.billing.privateKey, kid: 'billing-1', audience: 'orders', serverJwks: 'ftp://orders.example/jwks.json' })],
    ['client amortised lifetime 61', () => createMutualClient({ issuer: 'billing', privateKey: keys.billing.privateKey, kid: 'billing-1', audience: 'orders', mode: 'amortised', tokenLifetime: 61 })],
    ['client bad thumbprint', () => createMutualClient({ issuer: 'billing', privateKey: keys.billing.privateKey, kid: 'billing-1', audience: 'orders', verifyResponses: false, certificateThumbprint: 'abc' })],
  ])('%s throws a TypeError', (_name, fn) => {
    expect(fn).toThrow(TypeError);
  });
});

describe('allowCallers wiring', () => {
  it('answers 500 (a wiring bug, not input) when mutualAuth did not run', async () => {
    const Koa = (await import('koa')).default;
    const app = new Koa();
    app.silent = true;
    app.use(allowCallers('billing'));
    const res = await request(app.callback()).get('/');
    expect(res.status).toBe(500);
  });

  it('"any-trusted-caller" disables the per-route net; the default replaces the response with 403', async () => {
    const open = createTestApp(keys, { authorization: 'any-trusted-caller' });
    const token = () => signToken(keys.reports, claims({ iss: 'reports', htu: '/api/unguarded' }), { kid: 'reports-1' });
    const res = await request(open.app.callback()).get('/api/unguarded').set('Authorization', `Bearer ${await token()}`);
    expect(res.status).toBe(200);
    expect(res.text).toBe('no policy');
    const guarded = createTestApp(keys);
    const denied = await request(guarded.app.callback()).get('/api/unguarded').set('Authorization', `Bearer ${await token()}`);
    expect(denied.status).toBe(403);
    expect(denied.text).toBe('Forbidden');
    expect(denied.headers['www-authenticate']).toBe('Bearer realm="orders", error="insufficient_scope"');
    expect(denied.headers['server-authorization']).toMatch(/^Bearer /);
    expect(guarded.failures[0]!.code).toBe('ERR_MUTUAL_ROUTE_WITHOUT_POLICY');
  });
});

describe('onAuthFailure', () => {
  it('an exception thrown by the hook never turns a 401 into a 500', async () => {
    const t = createTestApp(keys, {
      onAuthFailure: () => {
        throw new Error('logger exploded');
      },
    });
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', 'Bearer x.y.z');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="orders", error="invalid_token"');
  });

  it('gets the stable code and a detail that the client never sees', async () => {
    const t = createTestApp(keys, { realm: 'orders-api' });
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${await signToken(keys.reports)}`);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="orders-api", error="invalid_token"');
    expect(t.failures[0]!.code).toBe('ERR_MUTUAL_KEY_UNKNOWN');
    expect(t.failures[0]!.detail).toBe('kid "reports-1" is not a key of issuer billing');
    expect(res.text).not.toContain('reports-1');
  });
});
