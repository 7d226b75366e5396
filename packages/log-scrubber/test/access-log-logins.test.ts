import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const NAME = /<name:k1:[0-9a-f]{20}>/;

// A query-string value never holds a raw blank (RFC 3986 §2; `+` and `%20` encode one): the blank
// after it ends the request target, and the protocol, the status and the next field follow.
describe('a login or name in the query of an access-log request line ends at the blank', () => {
  const shapes: Array<[string, (target: string) => string, string]> = [
    ['nginx combined', (t) => `10.1.2.3 - - [04/Mar/2026:10:12:01 +0000] "GET ${t} HTTP/1.1" 200 5120 "-" "Mozilla/5.0"`, ' HTTP/1.1" 200 5120'],
    ['Apache common', (t) => `192.0.2.7 - - [04/Mar/2026:10:12:01 +0100] "POST ${t} HTTP/1.0" 302 -`, ' HTTP/1.0" 302 -'],
    ['ALB', (t) => `https 2026-03-04T10:12:01.123Z app/web/50dc6c495c0c9188 192.0.2.8:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET https://shop.example.org:443${t} HTTP/2.0" "curl/8.5.0"`, ' HTTP/2.0" "curl/8.5.0"'],
    ['bare request line', (t) => `GET ${t} HTTP/1.1`, ' HTTP/1.1'],
    ['h2 protocol token', (t) => `GET ${t} h2 200 14ms`, ' h2 200 14ms'],
    ['morgan dev', (t) => `GET ${t} 200 3.512 ms - 1520`, ' 200 3.512 ms - 1520'],
    ['a field after it', (t) => `method=GET path=${t} status=200`, ' status=200'],
  ];
  it.each(shapes)('%s: the login goes, the rest of the line stays', (_shape, line, tail) => {
    for (const [param, value] of [['username', 'mkowalczyk'], ['login', 'tbrandt77'], ['fullname', 'Aleksandra%20Nowicka'], ['fullname', 'Aleksandra+Nowicka']] as const) {
      const out = text(line(`/account?${param}=${value}`));
      expect(out).not.toContain(value);
      expect(out).toMatch(new RegExp(`\\?${param}=<name:k1:[0-9a-f]{20}>`));
      expect(out).toContain(tail);
    }
  });
  it('an encoded full name is pseudonymised whole, as its decoded form', () => {
    const a = text('GET /p?fullname=Aleksandra%20Nowicka HTTP/1.1');
    const b = text('GET /p?fullname=Aleksandra+Nowicka HTTP/1.1');
    expect(a).toMatch(NAME);
    expect(a.replace(/ HTTP\/1\.1$/, '')).toBe(b.replace(/ HTTP\/1\.1$/, ''));
    expect(a).toMatch(/ HTTP\/1\.1$/);
  });
  it('a protocol token or a status code is no part of a name outside a query either', () => {
    expect(text('username=mkowalczyk HTTP/1.1')).toMatch(/^username=<name:k1:[0-9a-f]{20}> HTTP\/1\.1$/);
    expect(text('fullname=Aleksandra Nowicka HTTP/2 200')).toMatch(/^fullname=<name:k1:[0-9a-f]{20}> HTTP\/2 200$/);
    expect(text('fullname=Aleksandra Nowicka h2')).toMatch(/^fullname=<name:k1:[0-9a-f]{20}> h2$/);
    // A name written with blanks (logfmt) is still taken whole.
    expect(text('fullname=Aleksandra Nowicka status=ok')).toBe(`fullname=${text('fullname=Aleksandra Nowicka').slice('fullname='.length)} status=ok`);
  });
});

describe('flags and small numbers under a login key are settings, not accounts', () => {
  it.each([
    'GET /auth?login=true HTTP/1.1',
    'GET /auth?login=false&next=%2Fhome HTTP/1.1',
    'GET /auth?username=1 HTTP/1.1',
    'GET /auth?login=0 200 2.1 ms - 12',
    'login=true',
    'username=false',
    'login=yes status=302',
  ])('%s stays', (line) => {
    expect(text(line)).toBe(line);
  });
});
