import { KeyObject } from 'node:crypto';
import { jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasDuplicateMemberNames, isCanonicalBase64url, precheckToken } from '../src/index.js';
import { b64, claims, makeKeys, now, setUnusedBit, signRawEd25519, signToken, type Keys } from './helpers.js';
import { createTestApp } from './helpers.js';
import request from 'supertest';

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

const header = (extra: Record<string, unknown> = {}) => JSON.stringify({ alg: 'EdDSA', typ: 'mutual-v2+jwt', kid: 'billing-1', ...extra });

/**
 * Issue item 3: each check below is something plain `jwtVerify(token, key,
 * { algorithms, issuer, audience })` accepts (measured here on this Node), and
 * that mutualAuth rejects.
 */
describe('strictness beyond jose defaults', () => {
  const cases: { name: string; token: () => Promise<string> | string; code: string; path?: string }[] = [
    { name: 'no exp claim', token: () => signToken(keys.billing, claims({ exp: undefined })), code: 'ERR_MUTUAL_CLAIM_INVALID' },
    { name: 'iat one hour in the future', token: () => signToken(keys.billing, claims({ iat: now() + 3600, exp: now() + 3660 })), code: 'ERR_MUTUAL_CLAIM_INVALID' },
    { name: 'iat one hour old', token: () => signToken(keys.billing, claims({ iat: now() - 3600, exp: now() + 60 })), code: 'ERR_MUTUAL_CLAIM_INVALID' },
    { name: 'lifetime of a day', token: () => signToken(keys.billing, claims({ exp: now() + 86_400 })), code: 'ERR_MUTUAL_CLAIM_INVALID' },
    { name: 'duplicate "alg" in the header (jose keeps the last)', token: () => signRawEd25519(keys.billing, `{"alg":"HS256","typ":"mutual-v2+jwt","kid":"billing-1","alg":"EdDSA"}`, JSON.stringify(claims())), code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
    { name: 'duplicate "aud" in the payload (jose keeps the last)', token: () => signRawEd25519(keys.billing, header(), JSON.stringify(claims()).replace('{', '{"aud":"payments",')), code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
    { name: 'padded signature segment', token: async () => `${await signToken(keys.billing)}==`, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
    { name: 'non-canonical trailing bits in the signature', token: async () => { return setUnusedBit(await signToken(keys.billing)); }, code: 'ERR_MUTUAL_TOKEN_MALFORMED' },
    { name: 'token larger than 8 KiB', token: () => signToken(keys.billing, claims({ pad: 'x'.repeat(9000) })), code: 'ERR_MUTUAL_TOKEN_TOO_LARGE' },
    { name: 'jku header (jose ignores it, we refuse it)', token: () => signToken(keys.billing, claims(), { jku: 'https://attacker.example/jwks.json' }), code: 'ERR_MUTUAL_HEADER_INVALID' },
    { name: 'x5u header', token: () => signToken(keys.billing, claims(), { x5u: 'https://attacker.example/cert.pem' }), code: 'ERR_MUTUAL_HEADER_INVALID' },
    { name: 'x5c header', token: () => signToken(keys.billing, claims(), { x5c: ['MIIB'] }), code: 'ERR_MUTUAL_HEADER_INVALID' },
    { name: 'embedded jwk header', token: () => signToken(keys.billing, claims(), { jwk: keys.billing.publicJwk }), code: 'ERR_MUTUAL_HEADER_INVALID' },
    { name: 'kid with path traversal', token: () => signToken(keys.billing, claims(), { kid: '../../etc/passwd' }), code: 'ERR_MUTUAL_HEADER_INVALID' },
    { name: 'typ "JWT"', token: () => signToken(keys.billing, claims(), { typ: 'JWT' }), code: 'ERR_MUTUAL_HEADER_INVALID' },
    { name: 'array aud containing ours', token: () => signToken(keys.billing, claims({ aud: ['orders', 'payments'] })), code: 'ERR_MUTUAL_CLAIM_INVALID' },
    { name: 'no jti', token: () => signToken(keys.billing, claims({ jti: undefined })), code: 'ERR_MUTUAL_CLAIM_INVALID' },
  ];

  it.each(cases)('jose jwtVerify accepts, mutualAuth rejects: $name', async (c) => {
    const token = await c.token();
    const { payload } = await jwtVerify(token, KeyObject.from(keys.billing.publicKey), { algorithms: ['EdDSA'], issuer: 'billing', audience: 'orders' });
    expect(payload.iss).toBe('billing');
    const t = createTestApp(keys);
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="orders", error="invalid_token"');
    expect(t.failures[0]!.code).toBe(c.code);
  });

  it('jose itself rejects crit with unknown extensions (so that case is not ours alone)', async () => {
    const token = signRawEd25519(keys.billing, header({ crit: ['x-ext'], 'x-ext': 1 }), JSON.stringify(claims()));
    await expect(jwtVerify(token, KeyObject.from(keys.billing.publicKey), { algorithms: ['EdDSA'] })).rejects.toThrow();
  });
});

describe('pre-check primitives', () => {
  it.each([
    ['{"a":1,"a":2}', true],
    ['{"a":1,"\\u0061":2}', true],
    ['{"a":{"b":1,"b":1}}', true],
    ['{"a":[{"b":1},{"b":1}]}', false],
    ['{"a":"\\"a\\"","b":"a"}', false],
    ['{"a":{"a":1}}', false],
    ['{"x":[1,{"y":2,"z":[3,{"y":4}]}],"y":5}', false],
    ['{"s":"{\\"k\\":1,\\"k\\":2}"}', false],
    ['{}', false],
  ])('hasDuplicateMemberNames(%s) === %s', (json, expected) => {
    JSON.parse(json);
    expect(hasDuplicateMemberNames(json)).toBe(expected);
  });

  it.each([
    ['', false],
    ['A', false],
    ['AA', true],
    ['AQ', true],
    ['AB', false],
    ['AAA', true],
    ['AAE', true],
    ['AAAA', true],
    ['AA==', false],
    ['a+b/', false],
    ['a-b_', true],
  ])('isCanonicalBase64url(%j) === %s', (segment, expected) => {
    expect(isCanonicalBase64url(segment)).toBe(expected);
  });

  it('extracts kid and alg without trusting anything else', async () => {
    const token = await signToken(keys.billing);
    const result = precheckToken(token, { maxTokenBytes: 8192, typ: 'mutual-v2+jwt', algorithms: new Set(['EdDSA']) });
    expect(result.kid).toBe('billing-1');
    expect(result.alg).toBe('EdDSA');
    expect(result.payload.iss).toBe('billing');
  });

  it('checks size before anything else', () => {
    expect(() => precheckToken(`${b64('{')}.x.y`.padEnd(100, 'A'), { maxTokenBytes: 50, typ: 'mutual-v2+jwt', algorithms: new Set(['EdDSA']) })).toThrow(/limit 50/);
  });
});
