// Leaks opened by keep rules: institutions before a name, digests of member secrets, change-log markers.
import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();

describe('a name after an institution named for a place', () => {
  it.each([
    'Discharge: Riverside Hospital Oskar Lindqvist DOB on file',
    'patient transferred from Central Hospital Saoirse Brennan ward 3',
    'enrolled at Northfield Academy Tomasz Wierzbicki class 4b',
  ])('takes the person after "<place> <institution>": %s', (line) => {
    const out = s.scrubText(line);
    expect(out).toMatch(/<name:k1:[0-9a-f]{20}>/);
    expect(out).not.toMatch(/Lindqvist|Brennan|Wierzbicki/);
  });

  it('keeps an institution named after its honoree', () => {
    expect(s.scrubText('referred to Hospital Israelita Albert Einstein today')).toBe('referred to Hospital Israelita Albert Einstein today');
  });
});

describe('digests of member secrets', () => {
  it('removes the unsalted digest of a password or PIN inside a credential object', () => {
    const out = JSON.stringify(
      s.scrub({
        credentials: {
          password_sha256: 'b1d6c3e7f0a24c5e9d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d',
          pin_md5: '0f3e2d1c0b9a8f7e6d5c4b3a29180716',
        },
      }),
    );
    expect(out).not.toContain('b1d6c3e7f0a24c5e');
    expect(out).not.toContain('0f3e2d1c0b9a8f7e');
  });

  it('keeps the digest of a certificate member', () => {
    const digest = 'a'.repeat(8) + '0123456789abcdef'.repeat(3) + 'b'.repeat(8);
    expect(s.scrub({ tls: { 'tls.crt.sha256': digest } })).toEqual({ tls: { 'tls.crt.sha256': digest } });
  });
});

describe('change-log markers', () => {
  it('does not take a bracketed name for a marker', () => {
    const out = JSON.stringify(s.scrub({ changes: { name: ['<Oskar Lindqvist>', 'Oskar Berg'] } }));
    expect(out).not.toContain('Lindqvist');
    expect(s.scrub({ changes: { name: ['(unchanged)', '<removed>'] } })).toEqual({ changes: { name: ['(unchanged)', '<removed>'] } });
  });
});

describe('two decimals after "at" that are measurements', () => {
  it.each(['latency at 12.3456 13.2345 ms', 'moved at 1.2345 0.1234 seconds', 'p50/p99 at 10.0001 20.0002 s'])('keeps %s', (line) => {
    expect(s.scrubText(line)).toBe(line);
  });

  it('still takes a position after "at"', () => {
    expect(s.scrubText('driver at 52.3702 4.8952 now')).toMatch(/^driver at <address:k1:[0-9a-f]{20}> now$/);
  });
});
