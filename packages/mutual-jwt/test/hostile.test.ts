import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac, randomUUID, KeyObject } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64, setUnusedBit, claims, createTestApp, makeKeys, now, signRawEd25519, signToken, type Keys, type TestApp } from './helpers.js';

const INVALID_TOKEN = 'Bearer realm="orders", error="invalid_token"';
const INVALID_REQUEST = 'Bearer realm="orders", error="invalid_request"';

let keys: Keys;
let t: TestApp;
let valid: () => Promise<string>;
// A local server standing in for an attacker's key URL (named by jku/x5u in the cases below).
let keyServer: Server;
let keyServerUrl: string;

beforeAll(async () => {
  keys = await makeKeys();
  t = createTestApp(keys);
  valid = () => signToken(keys.billing);
  keyServer = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [keys.attacker.publicJwk] }));
  });
  await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
  keyServerUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/jwks.json`;
});

afterAll(async () => {
  await new Promise((resolve) => keyServer.close(resolve));
});

const header = (extra: Record<string, unknown> = {}) => JSON.stringify({ alg: 'EdDSA', typ: 'mutual-v2+jwt', kid: 'billing-1', ...extra });
const payload = (overrides: Record<string, unknown> = {}) => JSON.stringify(claims(overrides));
const withSegments = async (fn: (parts: string[]) => string[]) => fn((await valid()).split('.')).join('.');
const hs256 = (secret: Buffer | string, headerText = JSON.stringify({ alg: 'HS256', typ: 'mutual-v2+jwt', kid: 'billing-1' })) => {
  const input = `${b64(headerText)}.${b64(payload())}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};
const unsigned = async (alg: string) => {
  const signature = (await valid()).split('.')[2];
  return `${b64(header({ alg }))}.${b64(payload())}.${signature}`;
};

interface Case {
  name: string;
  token?: () => Promise<string> | string;
  authorization?: () => Promise<string | string[]> | string | string[];
  path?: string;
  method?: 'get' | 'post';
  body?: string;
  status: number;
  www: string;
  code: string;
}

const cases: Case[] = [
  // alg
  ...['none', 'None', 'NONE', 'nOnE'].map((alg) => ({ name: `alg ${alg} with a signature`, token: () => unsigned(alg), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' })),
  { name: 'alg none, empty signature', token: () => `${b64(header({ alg: 'none' }))}.${b64(payload())}.`, status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: 'stripped signature of a valid token', token: () => withSegments(([h, p]) => [h!, p!, '']), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: 'signature of another valid token', token: async () => { const other = (await signToken(keys.billing)).split('.')[2]!; return withSegments(([h, p]) => [h!, p!, other]); }, status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_SIGNATURE_INVALID' },
  { name: 'signed with a wrong key under billing kid', token: () => signToken(keys.attacker), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_SIGNATURE_INVALID' },
  { name: 'HS256 keyed with the public key PEM', token: () => hs256(KeyObject.from(keys.billing.publicKey).export({ format: 'pem', type: 'spki' })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'HS256 keyed with the public JWK JSON', token: () => hs256(JSON.stringify(keys.billing.publicJwk)), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'ES256 signature r=s=0', token: async () => { const es = await signToken(keys.billingEs); const [h, p] = es.split('.'); return `${h}.${p}.${b64(Buffer.alloc(64))}`; }, status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_SIGNATURE_INVALID' },
  { name: 'EdDSA key used with alg ES256', token: async () => { const es = await signToken(keys.billingEs, claims(), { kid: 'billing-1' }); return es; }, status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_ALG_NOT_ALLOWED' },
  { name: 'RS256 (not enabled)', token: () => `${b64(header({ alg: 'RS256' }))}.${b64(payload())}.${b64(Buffer.alloc(256))}`, status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  // key selection from the token
  { name: 'embedded jwk of the attacker', token: () => signToken(keys.attacker, claims(), { jwk: keys.attacker.publicJwk }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'jku to an attacker JWKS', token: () => signToken(keys.attacker, claims(), { jku: keyServerUrl }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'x5u to an attacker URL', token: () => signToken(keys.attacker, claims(), { x5u: keyServerUrl }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'x5c chain in header', token: () => signToken(keys.attacker, claims(), { x5c: ['MIIB'] }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'crit header', token: () => signRawEd25519(keys.billing, header({ crit: ['exp'] }), payload()), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'kid path traversal', token: () => signToken(keys.billing, claims(), { kid: '../../../../etc/passwd' }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'kid SQL injection', token: () => signToken(keys.billing, claims(), { kid: "x' OR '1'='1" }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'kid "__proto__"', token: () => signToken(keys.billing, claims(), { kid: '__proto__' }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_KEY_UNKNOWN' },
  { name: 'kid of 129 characters', token: () => signToken(keys.billing, claims(), { kid: 'k'.repeat(129) }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'kid unknown', token: () => signToken(keys.billing, claims(), { kid: 'billing-9' }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_KEY_UNKNOWN' },
  { name: 'kid missing', token: () => signRawEd25519(keys.billing, JSON.stringify({ alg: 'EdDSA', typ: 'mutual-v2+jwt' }), payload()), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'kid of another issuer (reports key, iss billing)', token: () => signToken(keys.reports), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_KEY_UNKNOWN' },
  // typ
  { name: 'typ JWT', token: () => signToken(keys.billing, claims(), { typ: 'JWT' }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'typ missing', token: () => signRawEd25519(keys.billing, JSON.stringify({ alg: 'EdDSA', kid: 'billing-1' }), payload()), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'typ application/mutual-v2+jwt', token: () => signToken(keys.billing, claims(), { typ: 'application/mutual-v2+jwt' }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'typ of a response token', token: () => signToken(keys.billing, claims(), { typ: 'mutual-response-v2+jwt' }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  { name: 'amortised token on a request-bound service', token: () => signToken(keys.billing, claims(), { typ: 'mutual-amortised-v2+jwt' }), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_HEADER_INVALID' },
  // time
  { name: 'expired', token: () => signToken(keys.billing, claims({ iat: now() - 50, exp: now() - 10 })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_EXPIRED' },
  { name: 'nbf in the future', token: () => signToken(keys.billing, claims({ nbf: now() + 30 })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  { name: 'iat in the future', token: () => signToken(keys.billing, claims({ iat: now() + 30, exp: now() + 90 })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  { name: 'iat too old', token: () => signToken(keys.billing, claims({ iat: now() - 120, exp: now() + 60 })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  { name: 'lifetime over 300 s', token: () => signToken(keys.billing, claims({ exp: now() + 301 })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  { name: 'exp missing', token: () => signToken(keys.billing, claims({ exp: undefined })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  { name: 'iat missing', token: () => signToken(keys.billing, claims({ iat: undefined })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  { name: 'exp as a string', token: () => signToken(keys.billing, claims({ exp: String(now() + 60) })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  // identity claims
  { name: 'jti missing', token: () => signToken(keys.billing, claims({ jti: undefined })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  { name: 'jti of 129 characters', token: () => signToken(keys.billing, claims({ jti: 'j'.repeat(129) })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  { name: 'iss missing', token: () => signToken(keys.billing, claims({ iss: undefined })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  { name: 'iss unknown', token: () => signToken(keys.attacker, claims({ iss: 'mallory' })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_ISSUER_UNKNOWN' },
  { name: 'iss "__proto__"', token: () => signToken(keys.attacker, claims({ iss: '__proto__' })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_ISSUER_UNKNOWN' },
  { name: 'aud of another service', token: () => signToken(keys.billing, claims({ aud: 'payments' })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  { name: 'aud as an array containing ours', token: () => signToken(keys.billing, claims({ aud: ['orders'] })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  { name: 'aud missing', token: () => signToken(keys.billing, claims({ aud: undefined })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  { name: 'cnf present without a client certificate', token: () => signToken(keys.billing, claims({ cnf: { 'x5t#S256': b64(Buffer.alloc(32)) } })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CERTIFICATE_MISMATCH' },
  // request binding
  { name: 'htm POST on a GET', token: () => signToken(keys.billing, claims({ htm: 'POST' })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_REQUEST_MISMATCH' },
  { name: 'htm lower-case', token: () => signToken(keys.billing, claims({ htm: 'get' })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_REQUEST_MISMATCH' },
  { name: 'htm missing', token: () => signToken(keys.billing, claims({ htm: undefined })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_REQUEST_MISMATCH' },
  { name: 'htu of another path', token: () => signToken(keys.billing, claims({ htu: '/api/billing-only' })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_REQUEST_MISMATCH' },
  { name: 'htu same path, other query', path: '/api/orders?limit=500', token: () => signToken(keys.billing, claims({ htu: '/api/orders?limit=5' })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_REQUEST_MISMATCH' },
  { name: 'htu as an absolute URL', token: () => signToken(keys.billing, claims({ htu: 'http://127.0.0.1/api/orders' })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_REQUEST_MISMATCH' },
  { name: 'htu missing', token: () => signToken(keys.billing, claims({ htu: undefined })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_REQUEST_MISMATCH' },
  { name: 'bh missing with a body', method: 'post', body: '{"amount":1}', token: () => signToken(keys.billing, claims({ htm: 'POST' })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_REQUEST_MISMATCH' },
  { name: 'bh of another body', method: 'post', body: '{"amount":1000}', token: () => signToken(keys.billing, claims({ htm: 'POST', bh: b64(Buffer.alloc(32)) })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_REQUEST_MISMATCH' },
  { name: 'bh not a hash', method: 'post', body: 'x', token: () => signToken(keys.billing, claims({ htm: 'POST', bh: 'x' })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_CLAIM_INVALID' },
  // encoding and structure
  { name: 'token over 8 KiB', token: () => signToken(keys.billing, claims({ pad: 'x'.repeat(9000) })), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_TOO_LARGE' },
  { name: '2 segments', token: () => withSegments(([h, p]) => [h!, p!]), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: '4 segments', token: () => withSegments((parts) => [...parts, 'AAAA']), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: '5 segments (JWE shape)', token: () => withSegments((parts) => [...parts, 'AAAA', 'AAAA']), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: 'padded payload', token: () => withSegments(([h, p, s]) => [h!, `${p}=`, s!]), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: 'padded signature', token: () => withSegments(([h, p, s]) => [h!, p!, `${s}==`]), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: 'standard base64 characters (+/)', token: () => withSegments(([h, p, s]) => [h!, p!, s!.replace(/-/g, '+').replace(/_/g, '/') + (/[-_]/.test(s!) ? '' : '+')]), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: 'non-canonical trailing bits in signature', token: () => withSegments(([h, p, s]) => [h!, p!, setUnusedBit(s!)]), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: 'header not JSON', token: () => withSegments(([, p, s]) => [b64('{alg:EdDSA}'), p!, s!]), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: 'header is a JSON array', token: () => withSegments(([, p, s]) => [b64('["EdDSA"]'), p!, s!]), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: 'payload not UTF-8', token: () => withSegments(([h, , s]) => [h!, b64(Buffer.from([0x7b, 0xff, 0x7d])), s!]), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: 'duplicate alg in header', token: () => signRawEd25519(keys.billing, `{"alg":"EdDSA","typ":"mutual-v2+jwt","kid":"billing-1","alg":"none"}`, payload()), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: 'duplicate iss in payload (escaped)', token: () => signRawEd25519(keys.billing, header(), payload().replace('{', '{"\\u0069ss":"reports",')), status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  { name: 'garbage token', token: () => 'not-a-jwt', status: 401, www: INVALID_TOKEN, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
  // how the credential is presented
  { name: 'no credentials', authorization: () => [], status: 401, www: 'Bearer realm="orders"', code: 'ERR_MUTUAL_MISSING_CREDENTIALS' },
  { name: 'two Authorization headers', authorization: async () => [`Bearer ${await valid()}`, `Bearer ${await valid()}`], status: 400, www: INVALID_REQUEST, code: 'ERR_MUTUAL_MULTIPLE_CREDENTIALS' },
  { name: 'token only in the query string', authorization: () => [], path: '/api/orders?access_token=abc', status: 400, www: INVALID_REQUEST, code: 'ERR_MUTUAL_TOKEN_IN_QUERY' },
  { name: 'token in the query string and the header', path: '/api/orders?x=1&access_token=abc', token: () => valid(), status: 400, www: INVALID_REQUEST, code: 'ERR_MUTUAL_TOKEN_IN_QUERY' },
  { name: 'Basic scheme', authorization: () => 'Basic YmlsbGluZzpzZWNyZXQ=', status: 400, www: INVALID_REQUEST, code: 'ERR_MUTUAL_MALFORMED_AUTHORIZATION' },
  { name: 'DPoP scheme', authorization: async () => `DPoP ${await valid()}`, status: 400, www: INVALID_REQUEST, code: 'ERR_MUTUAL_MALFORMED_AUTHORIZATION' },
  { name: 'Bearer with two spaces', authorization: async () => `Bearer  ${await valid()}`, status: 400, www: INVALID_REQUEST, code: 'ERR_MUTUAL_MALFORMED_AUTHORIZATION' },
  { name: 'Bearer without token', authorization: () => 'Bearer', status: 400, www: INVALID_REQUEST, code: 'ERR_MUTUAL_MALFORMED_AUTHORIZATION' },
];

describe('hostile requests through the real middleware', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('$name → $status $code', async (c) => {
    const before = t.failures.length;
    const path = c.path ?? '/api/orders';
    let req = c.method === 'post' ? request(t.app.callback()).post(path) : request(t.app.callback()).get(path);
    const authorization = c.authorization ? await c.authorization() : `Bearer ${await c.token!()}`;
    if (Array.isArray(authorization)) {
      // superagent sends one header line per array element (typed for Cookie only).
      if (authorization.length > 0) req = req.set('Authorization', authorization as unknown as string);
    } else {
      req = req.set('Authorization', authorization);
    }
    if (c.body !== undefined) req = req.set('Content-Type', 'application/json').send(c.body);
    const res = await req;
    expect(res.status).toBe(c.status);
    expect(res.headers['www-authenticate']).toBe(c.www);
    // A short body that does not say which check failed.
    expect(res.text).toBe(c.status === 400 ? 'Bad Request' : 'Unauthorized');
    expect(res.headers['server-authorization']).toBeUndefined();
    expect(t.failures.length).toBe(before + 1);
    expect(t.failures.at(-1)!.code).toBe(c.code);
    expect(t.errors.filter((e) => !((e as { status?: number }).status! < 500))).toEqual([]);
  });

  it('rejects a replayed token (same iss + jti) with 401', async () => {
    const token = await valid();
    const first = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${token}`);
    expect(first.status).toBe(200);
    const second = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${token}`);
    expect(second.status).toBe(401);
    expect(second.headers['www-authenticate']).toBe(INVALID_TOKEN);
    expect(t.failures.at(-1)!.code).toBe('ERR_MUTUAL_REPLAY');
  });

  it('a different token string with the same iss + jti is a replay (the store keys on iss+jti, not the token)', async () => {
    const jti = randomUUID();
    const a = await signToken(keys.billing, claims({ jti }));
    const b = await signToken(keys.billing, claims({ jti, iat: now() - 1 }));
    expect(a).not.toBe(b);
    expect((await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${a}`)).status).toBe(200);
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${b}`);
    expect(res.status).toBe(401);
    expect(t.failures.at(-1)!.code).toBe('ERR_MUTUAL_REPLAY');
  });

  it('answers an Authorization header beyond Node\'s header limit with 431, not 5xx', async () => {
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${'a'.repeat(20_000)}`);
    expect(res.status).toBe(431);
  });

  it('answers 413 for a body over maxBodyBytes', async () => {
    const small = createTestApp(keys, { maxBodyBytes: 16 });
    const body = '{"a":"0123456789abcdef"}';
    const token = await signToken(keys.billing, claims({ htm: 'POST' }));
    const res = await request(small.app.callback()).post('/api/orders').set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(413);
    expect(res.headers['www-authenticate']).toBeUndefined();
    expect(small.failures.at(-1)!.code).toBe('ERR_MUTUAL_BODY_TOO_LARGE');
  });

  it('accepts a lower-case "bearer" scheme (auth schemes are case-insensitive, RFC 9110 §11.1)', async () => {
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `bearer ${await valid()}`);
    expect(res.status).toBe(200);
  });
});
