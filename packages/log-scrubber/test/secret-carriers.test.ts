import { describe, expect, it } from 'vitest';
import { scrubber, token } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const BASE36 = 'abcdefghijklmnopqrstuvwxyz0123456789';

// The fields of an HAProxy HTTP log line up to the captured headers (`option httplog`).
const HAPROXY_HEAD =
  'haproxy[2718]: 198.51.100.23:51022 [03/Feb/2026:10:11:12.345] www~ be_web/web2 0/0/2/31/40 200 1830 - - --NI 7/7/0/0/0 0/0';

describe('cookies captured by HAProxy (`capture request header Cookie`)', () => {
  it.each([0, 1, 2])('every cookie of a captured Cookie header goes, the first one too (%i)', (seed) => {
    const sticky = token(B64URL, 44, seed, 'hap-sticky');
    const sess = token(B64URL, 38, seed, 'hap-sess');
    const out = text(`${HAPROXY_HEAD} {shop.example.org|STICKY=${sticky}; sess=${sess}} "GET /basket HTTP/1.1"`);
    expect(out).not.toContain(sticky);
    expect(out).not.toContain(sess);
    expect(out).toContain('{shop.example.org|STICKY=[REDACTED]; sess=[REDACTED]} "GET /basket HTTP/1.1"');
  });
  it('a cookie header captured alone, and a Set-Cookie captured from the response keeping its attributes', () => {
    const a = token(ALNUM, 30, 1, 'hap-alone');
    const b = token(ALNUM, 26, 2, 'hap-resp');
    const out = text(`${HAPROXY_HEAD} {BALANCER=${a}} {LBID=${b}; path=/; HttpOnly} "POST /pay HTTP/1.1"`);
    expect(out).not.toContain(a);
    expect(out).not.toContain(b);
    expect(out).toContain('{BALANCER=[REDACTED]} {LBID=[REDACTED]; path=/; HttpOnly} "POST /pay HTTP/1.1"');
  });
  it('captured headers that hold no cookies stay', () => {
    const line = `${HAPROXY_HEAD} {shop.example.org|Mozilla/5.0 (X11; Linux x86_64)|https://shop.example.org/} {text/html; charset=utf-8} "GET / HTTP/1.1"`;
    expect(text(line)).toBe(line.replace('198.51.100.23', text('198.51.100.23')));
  });
  it('a block of many `; Expires=` segments that is no cookie list is judged in linear time', () => {
    // Each segment could be read as an attribute or as a cookie: a backtracking reading doubles its
    // work per segment, and 40 segments would stall the process for hours.
    const line = `0/0 {a=b${'; Expires=x'.repeat(40)};;} "GET / HTTP/1.1"`;
    expect(text(line)).toBe(line);
  }, 5_000);
  it('a `name=value; name=value` list in prose or logfmt is no captured header', () => {
    expect(text('retry policy {attempts=3; backoff=linear} applied')).toBe('retry policy {attempts=3; backoff=linear} applied');
    expect(text('pool stats: {idle=4|busy=2}')).toBe('pool stats: {idle=4|busy=2}');
  });
});

describe('an API key in the `key` parameter of a URL', () => {
  it.each([3, 4, 5])('an undici or axios error quoting the request URL (%i)', (seed) => {
    const key = token(ALNUM, 32, seed, 'url-key');
    const out = text(`  url: 'https://geo.example.net/v2/geocode?address=12+Elm+Rd&key=${key}'`);
    expect(out).not.toContain(key);
    expect(out).toMatch(/^ {2}url: 'https:\/\/geo\.example\.net\/v2\/geocode\?address=\S+&key=\[REDACTED\]'$/);
    expect(text(`GET https://tiles.example.net/styles/v1?key=k_${key}&lang=de`)).not.toContain(key);
  });
  it('a lookup key in a query is no credential', () => {
    for (const url of ['/api/settings?key=theme', '/i18n/messages?lang=fr&key=checkout.title', '/cache/get?key=profile:4412', '/files?key=uploads/2026/report.pdf']) {
      expect(text(url)).toBe(url);
    }
  });
});

describe('the token of an emailed sign-in, reset or verification link under a one- or two-letter parameter', () => {
  it.each([
    ['/auth/verify?t=', HEX, 48],
    ['/login/magic?t=', BASE36, 40],
    ['/account/password-reset?tk=', B64URL, 32],
    ['/email/confirm?c=', ALNUM, 28],
  ])('%s…', (path, alphabet, length) => {
    const secret = token(alphabet, length, length, 'auth-link');
    const out = text(`${path}${secret}&redirect=%2Fhome`);
    expect(out).not.toContain(secret);
    expect(out).toBe(`${path}[REDACTED]&redirect=%2Fhome`);
    const record = s.scrub({ req: { method: 'GET', url: `${path}${secret}&next=%2F` }, res: { statusCode: 302 } }) as { req: { url: string } };
    expect(record.req.url).toBe(`${path}[REDACTED]&next=%2F`);
  });
  it('short parameters of other pages, and words or numbers on auth pages, stay', () => {
    for (const url of [
      '/watch?v=Qm7xL2pR9tZ',
      '/assets/app.js?v=3f9c2a7b1e5d4c8f9a0b',
      '/search?q=password+reset+help',
      '/auth/verify?t=1767225600',
      '/auth/callback?s=google&t=signup',
    ]) {
      expect(text(url)).toBe(url);
    }
  });
});
