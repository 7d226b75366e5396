import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const NAME = /<name:k1:[0-9a-f]{20}>/;

// A user who types the password into the user-name field leaves it in the failed-login line. A
// pseudonym of it would stay linkable (the same password gives the same pseudonym), so it goes whole.
describe('a password typed into the user-name field of a failed login', () => {
  const lines: Array<(value: string) => string> = [
    (v) => `auth.login failed user="${v}" reason=unknown_user ip=192.0.2.44`,
    (v) => `login failed: invalid credentials username=${v} src=203.0.113.9`,
    (v) => `sign-in rejected (bad credentials) login="${v}"`,
    (v) => `authentication failure email="${v}" attempts=3`,
  ];
  const passwords = ['Hq7#mWt2pLv9', 'Sommer2031$', 'x9K!eRt4uZ0q', 'Winter*Blue88'];
  it.each(passwords)('%s is redacted, not pseudonymised', (password) => {
    for (const line of lines) {
      const out = text(line(password));
      expect(out).not.toContain(password);
      expect(out).toContain('[REDACTED]');
      expect(out).not.toMatch(NAME);
    }
  });
  it('a long random mixed-case value there is a pasted secret too', () => {
    for (const value of ['pR4nT8vQk2LmZx7Wc3Yd9Hs1', 'Lark_QwZpT8734x']) {
      const out = text(`auth.login failed user="${value}" reason=unknown_user`);
      expect(out).not.toContain(value);
      expect(out).toContain('[REDACTED]');
    }
  });
  it('ordinary logins of a failed login stay pseudonymised', () => {
    for (const login of ['mkowalczyk', 'tora.lind', 'svc_reports']) {
      const out = text(`auth.login failed user="${login}" reason=bad_password`);
      expect(out).not.toContain('[REDACTED]');
      if (login !== 'svc_reports') expect(out).toMatch(NAME);
    }
  });
  it('outside a failed login the same field is not taken for a password', () => {
    expect(text('auth.login ok user="tora.lind"')).toMatch(NAME);
    expect(text('auth.login ok email="tora.lind@example.org"')).not.toContain('[REDACTED]');
    expect(text('auth.login failed email="tora.lind@example.org" reason=bad_password')).not.toContain('[REDACTED]');
  });
});

// Some vendors issue keys shaped as UUIDs (Postmark server tokens, Heroku API keys, old Mailgun
// keys): after the words naming a key, the UUID is that credential.
describe('a UUID written right after the words naming a key', () => {
  const uuid = '3f1c9a2e-7b44-4d0e-9a61-c2d8e5f07b13';
  it.each(['API key', 'api token', 'Server Token', 'access key', 'secret', 'API-Key:', 'api key is'])('after "%s" it goes', (words) => {
    const out = text(`Hello, my invoice is missing. ${words} ${uuid} thanks`);
    expect(out).not.toContain(uuid);
    expect(out).toContain('[REDACTED]');
  });
  it.each(['request id', 'key id', 'trace', 'correlation id'])('after "%s" it stays', (words) => {
    expect(text(`failed ${words} ${uuid} retry`)).toContain(uuid);
  });
});
