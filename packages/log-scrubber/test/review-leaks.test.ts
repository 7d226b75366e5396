// Regression tests for leaks found in the adversarial review of issue 6.
import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));

describe('review: key names of one-time codes and short credential names', () => {
  it.each([
    'csrf', '_csrf', 'xsrf', 'x-csrf', 'otpCode', 'smsCode', 'verification_code', 'twoFactorCode', 'totpCode',
    'pinCode', 'cvc2', 'securityAnswer', 'recoveryCode', 'backupCodes', 'mfa', '2fa', 'authCode', 'auth_code',
    'authorization_code', 'one_time_code', 'sid', 'pw', 'passcode', 'oldPass', 'newPass', 'current_pass', 'ssh_key',
    'accessKeyId',
  ])('removes the value under %s, as a field and as a query parameter', (key) => {
    expect(s.scrub({ [key]: 'V4lue-x1y2' })).toEqual({ [key]: '[REDACTED]' });
    // Text keys start with a letter or "_" ("12:30" is no key), so "2fa=" is only caught as a field.
    if (!/^\d/.test(key)) expect(s.scrubText(`GET /x?${key}=V4lue-x1y2&a=1`)).toBe(`GET /x?${key}=[REDACTED]&a=1`);
  });

  it('keeps booleans under those keys and "code" fields that are not credentials', () => {
    expect(s.scrub({ mfa: true, statusCode: 401, errorCode: 'E_AUTH', countryCode: 'DE' })).toEqual({
      mfa: true,
      statusCode: 401,
      errorCode: 'E_AUTH',
      countryCode: 'DE',
    });
  });
});

describe('review: key/value tuples and rawHeaders', () => {
  it('removes values of secret keys in [key, value] tuples (Object.entries, header tuples)', () => {
    expect(s.scrub({ params: [['password', 'x1secret'], ['page', '2']] })).toEqual({
      params: [['password', '[REDACTED]'], ['page', '2']],
    });
    expect(out({ h: [['authorization', 'Token abcdefgh1']] })).not.toContain('abcdefgh1');
  });

  it('removes cookie and authorization values in a Node rawHeaders list and pseudonymises personal ones', () => {
    expect(
      s.scrub({ rawHeaders: ['Host', 'api.example.com', 'Cookie', 'sid=raw1', 'Authorization', 'Token raw2', 'X-User-Email', 'ann'] }),
    ).toEqual({
      rawHeaders: ['Host', 'api.example.com', 'Cookie', '[REDACTED]', 'Authorization', '[REDACTED]', 'X-User-Email', s.pseudonymise('email', 'ann')],
    });
  });

  it('leaves lists that are not key/value pairs alone', () => {
    expect(s.scrub({ tags: ['alpha', 'beta', 'gamma'], pair: [1, 'password'] })).toEqual({
      tags: ['alpha', 'beta', 'gamma'],
      pair: [1, 'password'],
    });
  });
});

describe('review: percent-encoded and base64 bodies', () => {
  it('finds secrets behind percent-encoded separators and keys', () => {
    expect(s.scrubText('body=user%3Dbob%26password%3Durl1secret')).toBe('body=user=bob&password=[REDACTED]');
    expect(s.scrubText('POST /login pass%77ord=url2secret&x=1')).toBe('POST /login password=[REDACTED]&x=1');
    expect(s.scrubText('/login?password%253Durl3secret')).toBe('/login?password=[REDACTED]');
  });

  it('keeps percent-encoded text verbatim when decoding reveals nothing', () => {
    expect(s.scrubText('/files/annual%20report%202025.pdf?lang=en%2DGB')).toBe('/files/annual%20report%202025.pdf?lang=en%2DGB');
    expect(s.scrubText('100%25 done, %E0%A4 broken')).toBe('100%25 done, %E0%A4 broken');
  });

  it('scrubs JSON and form bodies hidden in a base64 value and re-encodes them', () => {
    const encoded = (text: string) => Buffer.from(text).toString('base64');
    const decoded = (value: unknown) => Buffer.from(String(value), 'base64').toString('utf8');
    const cases: Array<[string, string]> = [
      ['[{"password":"b64s1"}]', '[{"password":"[REDACTED]"}]'],
      ['{ "access_token": "b64s2", "returnTo": "/cart" }', '{"access_token":"[REDACTED]","returnTo":"/cart"}'],
      ['user=deploy&password=b64s3', 'user=deploy&password=[REDACTED]'],
    ];
    for (const [plain, scrubbed] of cases) {
      const result = (s.scrub({ state: encoded(plain) }) as { state: string }).state;
      expect(decoded(result)).toBe(scrubbed);
    }
    const url = Buffer.from('{"token":"b64s4xx"}').toString('base64url');
    expect(out({ s: url })).not.toContain(url);
  });

  it('keeps base64-shaped ids, hashes and paths verbatim', () => {
    const kept = ['a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', 'dGhpcyBpcyBmaW5lIHRleHQ=', '/api/users/profile', 'Q29tbWl0U0hB'];
    for (const value of kept) expect(s.scrub({ value })).toEqual({ value });
  });
});

describe('review: e-mail, card, SSN and credential formats', () => {
  it('pseudonymises internationalised, quoted and upper-case e-mail addresses', () => {
    expect(s.scrubText('user jörg@bücher.de logged')).toBe(`user ${s.pseudonymise('email', 'jörg@bücher.de')} logged`);
    expect(s.scrubText('to "john doe"@example.com')).toBe(`to ${s.pseudonymise('email', '"john doe"@example.com')}`);
    expect(s.scrubText('ann@xn--bcher-kva.de')).toBe(s.pseudonymise('email', 'ann@xn--bcher-kva.de'));
    // An IDN domain and its xn-- form are one address.
    expect(s.pseudonymise('email', 'Ann@Bücher.de')).toBe(s.pseudonymise('email', 'ann@xn--bcher-kva.de'));
    expect(s.scrubText('USER ANN@EXAMPLE.COM')).toBe(`USER ${s.pseudonymise('email', 'ann@example.com')}`);
  });

  it('pseudonymises cards with mixed and dotted separators and SSNs with spaces', () => {
    const card = s.pseudonymise('card', '4111111111111111');
    expect(s.scrubText('ref 4111 - 1111 - 1111 - 1111')).toBe(`ref ${card}`);
    expect(s.scrubText('card 4111.1111.1111.1111 ok')).toBe(`card ${card} ok`);
    expect(s.scrubText('ssn 078 05 1120')).toBe(`ssn ${s.pseudonymise('ssn', '078051120')}`);
    expect(s.scrubText('pi 3.141592653589793, v 1.2.3, 2026-11-22T00:00:00Z')).toBe('pi 3.141592653589793, v 1.2.3, 2026-11-22T00:00:00Z');
  });

  it('removes the whole parameter list of Digest and AWS SigV4 authorization values in text', () => {
    expect(s.scrubText('authorization=Digest username="ann", response="6629fae49393a05397450978507c4ef1"\nnext')).toBe(
      'authorization=Digest [REDACTED]\nnext',
    );
    expect(s.scrubText('authorization: AWS4-HMAC-SHA256 Credential=AKID/20261122/x, Signature=abcdef0123')).toBe(
      'authorization: AWS4-HMAC-SHA256 [REDACTED]',
    );
  });
});

describe('review: names inside person objects', () => {
  it('pseudonymises name parts under user/customer-like keys, and only there', () => {
    expect(s.scrub({ user: { name: 'Ann Lee', id: 7 }, customer: { details: { first: 'Ann' } }, product: { name: 'Widget' } })).toEqual({
      user: { name: s.pseudonymise('name', 'Ann Lee'), id: 7 },
      customer: { details: { first: s.pseudonymise('name', 'Ann') } },
      product: { name: 'Widget' },
    });
    expect(s.scrub({ user: 'system' })).toEqual({ user: 'system' });
  });
});

describe('review: scrubbing twice', () => {
  it('keeps pseudonyms written by an earlier pass instead of hashing them again', () => {
    const once = s.scrub({ msg: 'login ann@example.com (+44 20 7946 0958) from 203.0.113.9, dob: 1990-01-02', user: { name: 'Ann' } });
    expect(s.scrub(once)).toEqual(once);
    expect(s.scrubText(s.scrubText('email: ann@example.com'))).toBe(`email: ${s.pseudonymise('email', 'ann@example.com')}`);
  });
});
