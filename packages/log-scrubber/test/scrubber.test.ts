import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createReidentifier,
  createScrubber,
  parsePseudonym,
  type ScrubberOptions,
} from '../src/index.js';
import { KEY1, KEY2, KEYS, scrubber, tokenOf } from './helpers.js';

const s = scrubber();
const p = (type: Parameters<typeof s.pseudonymise>[0], value: string) => s.pseudonymise(type, value);

describe('secrets by key name', () => {
  it.each([
    'password', 'Passwd', 'new_password', 'client_secret', 'api_key', 'x-api-key', 'X-API-KEY', 'authorization',
    'Proxy-Authorization', 'cookie', 'set-cookie', 'access_token', 'refresh_token', 'id_token', 'private_key',
    'sessionId', 'dbPassword', 'githubToken', 'stripe.apiKey', 'AWS_SECRET_ACCESS_KEY', 'pin', 'cvv', 'otp',
  ])('redacts %s at any depth and in arrays', (key) => {
    const out = s.scrub({ a: { b: [{ [key]: 'v4lue-123' }] }, [key]: 42 });
    expect(out).toEqual({ a: { b: [{ [key]: '[REDACTED]' }] }, [key]: '[REDACTED]' });
  });

  it('redacts every member of an object under a secret key but keeps booleans and null', () => {
    expect(s.scrub({ cookies: { sid: 'abc' }, password: null, hasPassword: true })).toEqual({
      cookies: { sid: '[REDACTED]' },
      password: null,
      hasPassword: true,
    });
  });

  it('takes extra secret keys and keeps allow-listed keys verbatim', () => {
    const custom = scrubber({ secretKeys: ['X-Internal-Ticket'], allowKeys: ['traceNote', 'orderRef'] });
    expect(custom.scrub({ x_internal_ticket: 'T-1', traceNote: 'alice@example.com', orderRef: 4111111111111111, other: 'alice@example.com' })).toEqual({
      x_internal_ticket: '[REDACTED]',
      traceNote: 'alice@example.com',
      orderRef: 4111111111111111,
      other: custom.pseudonymise('email', 'alice@example.com'),
    });
  });
});

describe('secrets by value pattern', () => {
  const jwt =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
  it.each([
    [`token ${jwt} used`, 'token [REDACTED] used'],
    ['auth: Bearer 9f8e7d6c5b4a3210fedc', 'auth: Bearer [REDACTED]'],
    ['Authorization: Basic dXNlcjpwYXNz', 'Authorization: Basic [REDACTED]'],
    ['connect postgres://admin:s3cr3t@db.internal:5432/app', 'connect postgres://admin:[REDACTED]@db.internal:5432/app'],
    ['GET /cb?code=SplxlOBeZQQYbYS6WxSbIA&page=2', 'GET /cb?code=[REDACTED]&page=2'],
    ['/reset?token=abc123&user=7', '/reset?token=[REDACTED]&user=7'],
    ['/x?access_token=ya29.a0Af&api_key=k-123&password=hunter2', '/x?access_token=[REDACTED]&api_key=[REDACTED]&password=[REDACTED]'],
    ['key AKIAIOSFODNN7EXAMPLE leaked', 'key [REDACTED] leaked'],
    ['aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key=[REDACTED]'],
    ['gh ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 x', 'gh [REDACTED] x'],
    ['slack xoxb-1234567890-abcdefghij ok', 'slack [REDACTED] ok'],
    ['stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'stripe [REDACTED]'],
    ['maps AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI', 'maps [REDACTED]'],
    ['k=-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY----- end', 'k=[REDACTED PRIVATE KEY] end'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA (cut off', '[REDACTED PRIVATE KEY]'],
    ['{"password": "correct horse battery"}', '{"password":"[REDACTED]"}'],
    ['password: hunter2 then', 'password: [REDACTED] then'],
    ["secret='a b c' x", "secret='[REDACTED]' x"],
    ['body {"password":"a\\"b c","n":1} end', 'body {"password":"[REDACTED]","n":1} end'],
    ['log {\\"password\\":\\"a\\\\\\"b c\\",\\"n\\":1} end', 'log {\\"password\\":\\"[REDACTED]\\",\\"n\\":1} end'],
  ])('%s', (input, expected) => {
    expect(s.scrubText(input)).toBe(expected);
  });

  it('finds a card inside a longer digit run or after an IBAN-shaped prefix', () => {
    const card = s.pseudonymise('card', '4111111111111111');
    expect(s.scrubText('x 4111 1111 1111 1111 22 y')).toBe(`x ${card} 22 y`);
    expect(s.scrubText('x 1234 5678 9012 4111 1111 1111 1111 y')).toBe(`x 1234 5678 9012 ${card} y`);
    expect(s.scrubText('XX12 4111 1111 1111 1111')).toBe(`XX12 ${card}`);
  });

  it('applies extra secret patterns', () => {
    const custom = scrubber({ secretPatterns: [/ACME-[0-9]{6}/] });
    expect(custom.scrubText('ticket ACME-123456 and ACME-654321')).toBe('ticket [REDACTED] and [REDACTED]');
  });
});

describe('personal data pseudonymised', () => {
  it('writes type-tagged, key-versioned HMAC-SHA-256 tokens of the normalised value', () => {
    const mac = createHmac('sha256', KEY1).update('email\u0000ann@example.com').digest('hex').slice(0, 20);
    expect(s.scrubText('from Ann@Example.com')).toBe(`from <email:k1:${mac}>`);
  });

  it.each([
    ['email', 'ann.lee+x@mail.example.co.uk', 'ann.lee+x@mail.example.co.uk'],
    ['ip', '203.0.113.9', '203.0.113.9'],
    ['ip', '2001:db8:0:0::1', '2001:db8::1'],
    ['ip', '::ffff:198.51.100.4', '198.51.100.4'],
    ['card', '4111-1111-1111-1111', '4111111111111111'],
    ['card', '5500 0000 0000 0004', '5500000000000004'],
    ['iban', 'GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['ssn', '123-45-6789', '123456789'],
    ['phone', '+44 20 7946 0958', '442079460958'],
    ['phone', '(415) 555-0132', '4155550132'],
  ] as const)('%s %s', (type, raw, canonical) => {
    expect(s.scrubText(`seen ${raw}, ok`)).toBe(`seen ${p(type, canonical)}, ok`);
  });

  it('gives one person one pseudonym across formats, and different ones across types', () => {
    expect(p('card', '4111 1111 1111 1111')).toBe(p('card', '4111-1111-1111-1111'));
    expect(p('phone', '+44 20 7946 0958')).toBe(p('phone', '0044-20-7946-0958'));
    expect(p('ip', '::ffff:203.0.113.9')).toBe(p('ip', '203.0.113.9'));
    expect(p('email', 'ANN@example.com')).toBe(p('email', ' ann@example.com'));
    expect(p('name', 'Ann Lee')).not.toBe(p('email', 'Ann Lee'));
  });

  it('pseudonymises values of personal fields whatever their format', () => {
    const out = s.scrub({
      user: { email: 'not-an-email', firstName: 'Ann', last_name: 'Lee', dob: '1990-01-02', phone: 4155550132 },
      address: { street: '1 Main St', city: 'Springfield' },
      cardNumber: '4111111111111111',
      iban: 'DE89370400440532013000',
      ssn: '078051120',
    });
    expect(out).toEqual({
      user: {
        email: p('email', 'not-an-email'),
        firstName: p('name', 'Ann'),
        last_name: p('name', 'Lee'),
        dob: p('dob', '1990-01-02'),
        phone: p('phone', '4155550132'),
      },
      // A city alone names no one: only the street line of an address is personal.
      address: { street: p('address', '1 Main St'), city: 'Springfield' },
      cardNumber: p('card', '4111111111111111'),
      iban: p('iban', 'DE89370400440532013000'),
      ssn: p('ssn', '078051120'),
    });
  });

  it('pseudonymises object keys, numbers that are cards, and query parameters', () => {
    expect(s.scrub({ byUser: { 'ann@example.com': 3, '203.0.113.9': 1 }, cardRef: 4111111111111111 })).toEqual({
      byUser: { [p('email', 'ann@example.com')]: 3, [p('ip', '203.0.113.9')]: 1 },
      cardRef: p('card', '4111111111111111'),
    });
    // Luhn alone passes one random id in ten: without card context or card grouping, ids stay.
    expect(s.scrub({ batchId: 4111111111111111, correlationId: '4111111111111111' })).toEqual({
      batchId: 4111111111111111,
      correlationId: '4111111111111111',
    });
    expect(s.scrubText('/search?email=ann%40example.com&q=x')).toBe(`/search?email=${p('email', 'ann@example.com')}&q=x`);
  });

  it('scrubs JSON held in strings, also JSON encoded twice', () => {
    const once = JSON.stringify({ password: 'x', to: 'ann@example.com' });
    expect(s.scrub({ body: once })).toEqual({
      body: JSON.stringify({ password: '[REDACTED]', to: p('email', 'ann@example.com') }),
    });
    const twice = JSON.stringify(once);
    expect(s.scrubText(twice)).toBe(JSON.stringify(JSON.stringify({ password: '[REDACTED]', to: p('email', 'ann@example.com') })));
  });

  it('truncates IPs to /24 and /48 with ipMode "truncate"', () => {
    const t = scrubber({ ipMode: 'truncate' });
    expect(t.scrubText('from 203.0.113.9 and 2001:db8:12:3456::1')).toBe('from 203.0.113.0/24 and 2001:db8:12::/48');
  });

  it('keeps loopback always, private networks only with keepPrivateIps', () => {
    const text = 'ECONNREFUSED 127.0.0.1:6379, ::1 and 10.0.3.7:5432';
    expect(s.scrubText(text)).toBe(`ECONNREFUSED 127.0.0.1:6379, ::1 and ${p('ip', '10.0.3.7')}:5432`);
    expect(p('ip', '10.0.3.7')).toMatch(tokenOf('ip'));
    expect(scrubber({ keepPrivateIps: true }).scrubText(text)).toBe(text);
    expect(scrubber({ keepPrivateIps: true }).scrubText('from 203.0.113.9')).toBe(`from ${p('ip', '203.0.113.9')}`);
  });

  it('pseudonymises the address in a field that names one, loopback included', () => {
    const loopback = s.pseudonymFor('ip', '127.0.0.1');
    expect(loopback).toMatch(tokenOf('ip'));
    expect(s.scrub({ clientIp: '127.0.0.1', remoteAddress: '::ffff:127.0.0.1', msg: 'ECONNREFUSED 127.0.0.1:6379' })).toEqual({
      clientIp: loopback,
      remoteAddress: loopback,
      msg: 'ECONNREFUSED 127.0.0.1:6379',
    });
    expect(s.pseudonymiseAddress('::1')).toBe(s.pseudonymFor('ip', '::1'));
    expect(s.pseudonymiseAddress('203.0.113.9')).toBe(p('ip', '203.0.113.9'));
    expect(s.pseudonymiseAddress('not an address')).toBe('not an address');
    // keepPrivateIps still keeps private addresses in fields; truncation still truncates.
    expect(scrubber({ keepPrivateIps: true }).scrub({ clientIp: '10.0.3.7' })).toEqual({ clientIp: '10.0.3.7' });
    expect(scrubber({ ipMode: 'truncate' }).scrub({ clientIp: '127.0.0.1' })).toEqual({ clientIp: '127.0.0.0/24' });
    // keepPrivateIps keeps RFC 1918 / unique-local / link-local only: loopback in a field is still a person's.
    const keepPrivate = scrubber({ keepPrivateIps: true });
    expect(keepPrivate.scrub({ clientIp: '127.0.0.1' })).toEqual({ clientIp: loopback });
    expect(keepPrivate.pseudonymiseAddress('::1')).toBe(s.pseudonymFor('ip', '::1'));
    expect(keepPrivate.scrubText('ECONNREFUSED 127.0.0.1:6379')).toBe('ECONNREFUSED 127.0.0.1:6379');
    // A list in a named field goes through the text scanner (loopback hops kept, others pseudonymised).
    expect(s.scrub({ 'x-forwarded-for': '203.0.113.9, 127.0.0.1' })).toEqual({ 'x-forwarded-for': `${p('ip', '203.0.113.9')}, 127.0.0.1` });
  });

  it('is idempotent: scrubbing scrubbed output changes nothing', () => {
    const once = s.scrub({ email: 'ann@example.com', msg: 'ip 203.0.113.9 password=x', name: { firstName: 'Ann' } });
    expect(s.scrub(once)).toEqual(once);
  });
});

describe('hard negatives kept verbatim', () => {
  it.each([
    'id 123e4567-e89b-12d3-a456-426614174000',
    'at 2026-11-22T00:13:44.123Z',
    'version 1.2.3 and v10.4.0-beta.1',
    'commit 3f9a2c1b7d8e9f0a1b2c3d4e5f60718293a4b5c6',
    'total $1,299.99 (EUR 12.50)',
    'order 4111111111111112 (fails Luhn)',
    'password reset email sent',
    'the token was rotated',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    'took 12:30:45 mac 00:1a:2b:3c:4d:5e',
    'Basic information about the plan',
    'std::vector<int> and a::b',
    'epoch 1763770424000 ms',
    'Error: listen EADDRINUSE: address already in use :::3000',
    'connect ECONNREFUSED 127.0.0.1:6379',
    'build 10.0.19045.1234 on Windows NT 10.0',
    'UPS 1Z999AA10123456784 shipped',
    'at 2026-11-22 00:13:44,123 took 1,234 ms',
    'GET /api/v1/users?limit=50&offset=100 HTTP/1.1',
    'sha256:3f9a2c1b7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899',
    'at dispatch (node_modules/koa/lib/application.js:171:12)',
    'traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    'isbn 978-3-16-148410-0',
    'amount=1999 currency=EUR status=succeeded',
  ])('%s', (text) => {
    expect(s.scrubText(text)).toBe(text);
  });

  it('keeps measurement numbers even when they pass Luhn', () => {
    // 2000000000006 is Luhn-valid and starts with 2, like an epoch-ms time after 2033.
    expect(s.scrub({ time: 2000000000006, durationMs: 12.5, level: 30 })).toEqual({ time: 2000000000006, durationMs: 12.5, level: 30 });
  });
});

describe('keys and re-identification', () => {
  const env = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = env;
    vi.restoreAllMocks();
  });

  it('throws at construction without keys in production', () => {
    process.env.NODE_ENV = 'production';
    expect(() => createScrubber()).toThrow(new TypeError(
      'log-scrubber: "keys" is required when NODE_ENV=production (pseudonyms made with a random key cannot be re-identified and change on restart)',
    ));
  });

  it('uses a random per-process key with a warning elsewhere', () => {
    process.env.NODE_ENV = 'development';
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const a = createScrubber();
    const b = createScrubber();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]![0])).toContain('random per-process HMAC key');
    expect(a.pseudonymise('email', 'a@b.co')).toMatch(/^<email:dev:[0-9a-f]{20}>$/);
    expect(a.pseudonymise('email', 'a@b.co')).not.toBe(b.pseudonymise('email', 'a@b.co'));
  });

  it('rotates: new tokens use the first key, old ones stay computable by id', () => {
    const rotated = createScrubber({ keys: [{ id: 'k2', secret: KEY2 }, { id: 'k1', secret: KEY1 }] });
    expect(rotated.keyId).toBe('k2');
    expect(rotated.scrubText('ann@example.com')).toMatch(/^<email:k2:/);
    expect(rotated.pseudonymFor('email', 'ann@example.com', 'k1')).toBe(s.pseudonymise('email', 'ann@example.com'));
    expect(() => rotated.pseudonymFor('email', 'x', 'k9')).toThrow(TypeError);
  });

  it('re-identifies a token found in the logs', () => {
    const token = s.scrubText('ANN@example.com');
    const r = createReidentifier({ keys: KEYS });
    expect(parsePseudonym(token)).toEqual({ type: 'email', keyId: 'k1', mac: token.slice(10, 30) });
    expect(r.matches(token, 'ann@example.com')).toBe(true);
    expect(r.matches(token, 'bob@example.com')).toBe(false);
    expect(r.pseudonymFor('email', 'ann@example.com')).toBe(token);
    expect(r.matches('<email:zz:00000000000000000000>', 'ann@example.com')).toBe(false);
  });

  it('copies key material so later changes to the caller buffer do not change pseudonyms', () => {
    const secret = Buffer.alloc(32, 0x33);
    const sc = createScrubber({ keys: [{ id: 'k1', secret }] });
    const before = sc.pseudonymFor('email', 'a@b.co');
    secret.fill(0);
    expect(sc.pseudonymFor('email', 'a@b.co')).toBe(before);
  });
});

describe('bad options throw a TypeError naming the option', () => {
  it.each<[string, unknown, string]>([
    ['unknown key', { key: [] }, 'unknown option "key"'],
    ['short key', { keys: [{ id: 'k1', secret: Buffer.alloc(16) }] }, '"keys[0].secret" must be a Buffer/Uint8Array of at least 32 bytes'],
    ['string key', { keys: [{ id: 'k1', secret: 'a'.repeat(64) }] }, '"keys[0].secret"'],
    ['bad id', { keys: [{ id: 'k:1', secret: KEY1 }] }, '"keys[0].id"'],
    ['duplicate id', { keys: [{ id: 'k1', secret: KEY1 }, { id: 'k1', secret: KEY2 }] }, 'the id "k1" twice'],
    ['empty keys', { keys: [] }, '"keys" must be a non-empty array'],
    ['ipMode', { keys: KEYS, ipMode: 'mask' }, '"ipMode"'],
    ['keepPrivateIps', { keys: KEYS, keepPrivateIps: 'yes' }, '"keepPrivateIps" must be a boolean'],
    ['personal type', { keys: KEYS, personalKeys: { ref: 'passport' } }, '"personalKeys.ref"'],
    ['empty pattern', { keys: KEYS, secretPatterns: [/x*/] }, '"secretPatterns[0]" matches the empty string'],
    ['pattern type', { keys: KEYS, secretPatterns: ['x'] }, '"secretPatterns[0]" must be a RegExp'],
    ['maxDepth', { keys: KEYS, maxDepth: 0 }, '"maxDepth"'],
    ['maxStringLength', { keys: KEYS, maxStringLength: 1.5 }, '"maxStringLength"'],
    ['allowKeys', { keys: KEYS, allowKeys: [''] }, '"allowKeys"'],
  ])('%s', (_name, options, message) => {
    expect(() => createScrubber(options as ScrubberOptions)).toThrow(TypeError);
    expect(() => createScrubber(options as ScrubberOptions)).toThrow(message);
  });
});

describe('token shape', () => {
  it('keeps 80 bits of the HMAC', () => {
    expect(s.pseudonymise('ssn', '123-45-6789')).toMatch(tokenOf('ssn'));
  });
});

describe('work remembered between records never changes a result', () => {
  // A long-lived scrubber remembers key plans, messages, addresses and text; a fresh one per
  // record remembers nothing. Both must write the same thing for every record, in any order.
  const records: unknown[] = [
    { user: { id: 'u1', email: 'ann@example.com' }, remoteAddress: '203.0.113.9' },
    { user: { email: 'ann@example.com', id: 'u1' }, remoteAddress: '203.0.113.9' },
    { user: { id: 'u1', password: 'ann@example.com' }, remoteAddress: ' 203.0.113.9' },
    { user: { id: 'u1', email: 'ann@example.com' }, remoteAddress: '127.0.0.1' },
    { product: { id: 'u1', name: 'Jane Doe' }, user: { id: 'u1', name: 'Jane Doe' } },
    { user: { id: 'u1', name: 'Jane Doe' }, product: { id: 'u1', name: 'Jane Doe' } },
    { items: [{ k: 'a', note: 'x' }, { k: 'a', token: 'x' }, { note: 'x', k: 'a' }] },
    { items: [{ name: 'password', value: 'hunter2' }, { name: 'colour', value: 'hunter2' }] },
    { address: { id: 'u1', note: 'Main St 5' }, customer: { id: 'u1', note: 'Main St 5' } },
    { jwk: { kty: 'RSA', n: 'abc', d: 'private' } },
    { jwk: { kty: 7, n: 'abc', d: 'private' } },
    { card: { number: '4111111111111111' }, order: { number: '4111111111111111' } },
    { headers: { host: 'api.example.com', accept: '*/*', authorization: 'Bearer abcdef.123456' } },
    { headers: { host: 'api.example.com', accept: '*/*', cookie: 'sid=abc; theme=dark' } },
  ];

  it('scrub: the same output as a fresh scrubber, in order and in reverse', () => {
    const long = scrubber();
    for (const record of [...records, ...[...records].reverse(), ...records]) {
      expect(long.scrub(record)).toEqual(scrubber().scrub(record));
      expect(Object.keys(long.scrub(record) as object)).toEqual(Object.keys(scrubber().scrub(record) as object));
    }
  });

  it('reuses a key plan only for the same own keys, whatever the prototype adds', () => {
    const long = scrubber();
    expect(long.scrub({ note: 'a', user: { id: 'u1' } })).toEqual({ note: 'a', user: { id: 'u1' } });
    const proto = Object.prototype as Record<string, unknown>;
    proto.password = 'inherited';
    try {
      // for-in also lists the inherited key: the plan must not be taken for these records' keys.
      expect(long.scrub({ note: 'a', user: { id: 'u1' } })).toEqual(scrubber().scrub({ note: 'a', user: { id: 'u1' } }));
      expect(Object.keys(long.scrub({ note: 'a', user: { id: 'u1' } }) as object)).toEqual(['note', 'user']);
    } finally {
      delete proto.password;
    }
    expect(long.scrub({ note: 'a', password: 'p' })).toEqual({ note: 'a', password: '[REDACTED]' });
    expect(long.scrub({ note: 'a', user: { id: 'u1' } })).toEqual({ note: 'a', user: { id: 'u1' } });
  });

  it('scrubField: a remembered message is only reused for the same key and text', () => {
    const long = scrubber();
    const calls: Array<[string, string]> = [
      ['msg', 'request completed'],
      ['msg', 'request completed'],
      ['password', 'request completed'],
      ['email', 'request completed'],
      ['msg', 'request completed'],
      ['msg', 'mail ann@example.com'],
      ['note', 'mail ann@example.com'],
      ['clientIp', '127.0.0.1'],
      ['note', '127.0.0.1'],
    ];
    for (const [key, value] of [...calls, ...calls]) {
      expect(long.scrubField(key, value)).toEqual(scrubber().scrubField(key, value));
    }
    expect(long.scrubField('password', 'request completed')).toBe('[REDACTED]');
  });
});
