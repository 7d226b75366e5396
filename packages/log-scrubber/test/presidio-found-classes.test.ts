import { describe, expect, it } from 'vitest';
import { ngNinValid, thTninValid } from '../src/checksums.js';
import { scrubber } from './helpers.js';

// Classes the Presidio cross-check found missing, with values of our own.
const s = scrubber();

describe('national ids named by their word', () => {
  it.each([
    // NG NIN (Verhoeff), TH national id (weighted mod 11), TR TCKN, KR foreign resident number, SE personnummer.
    ['KYC: NIN 44173902581 verified by NIMC', '44173902581'],
    ['applicant nigeria id 44173902581', '44173902581'],
    ['Thai ID 1103700412344 checked at counter', '1103700412344'],
    ['เลขประจำตัวประชาชน 1103700412344', '1103700412344'],
    ['Turkish ID 28461530010 confirmed', '28461530010'],
    ['외국인등록번호 850312-5123456 확인', '850312-5123456'],
    ['his FRN is 8503125123456', '8503125123456'],
    ['198403160008 är mitt pnr', '198403160008'],
  ])('%s', (text, id) => {
    expect(s.scrubText(text)).not.toContain(id);
  });

  it('the checks reject a changed digit, and the bare numbers stay without their word', () => {
    expect(ngNinValid('44173902581')).toBe(true);
    expect(ngNinValid('44173902582')).toBe(false);
    expect(thTninValid('1103700412344')).toBe(true);
    expect(thTninValid('1103700412345')).toBe(false);
    expect(s.scrubText('batch 44173902581 done')).toContain('44173902581');
    expect(s.scrubText('order 1103700412344 shipped')).toContain('1103700412344');
    expect(s.scrubText('NIN 44173902582 rejected')).toContain('44173902582');
  });
});

describe('identity documents after their word', () => {
  it.each([
    ['my passport number is K4729133', 'K4729133'],
    ['Mi pasaporte es PAB418823', 'PAB418823'],
    ['Pass-Nr.: C7T4X29K1', 'C7T4X29K1'],
    ['여권번호는 M482B7731입니다', 'M482B7731'],
    ['Passports: GB4471932', 'GB4471932'],
    ['my travel document is X88120341', 'X88120341'],
  ])('%s', (text, id) => {
    expect(s.scrubText(text)).not.toContain(id);
  });

  it('a passport word followed by a verb and a plain word keeps the word', () => {
    expect(s.scrubText('passport is expired since 2026-01-01')).toBe('passport is expired since 2026-01-01');
  });
});

describe('addresses and numbers at the end of a sentence', () => {
  it('an IPv6 address before a full stop goes; a dotted continuation is no address', () => {
    expect(s.scrubText('blocked login from 2001:db8:4f2::1a7.')).not.toContain('2001:db8:4f2::1a7');
    expect(s.scrubText('Server IP: 2a02:810d:4b40::17:2.')).not.toContain('2a02:810d:4b40::17:2');
  });

  it('a 00 prefix needs a country code that exists: an ACN in groups of three stays', () => {
    expect(s.scrubText('supplier ACN 004 085 616 verified')).toContain('004 085 616');
    expect(s.scrubText('call 0044 20 7946 0321')).not.toContain('7946 0321');
    expect(s.scrubText('call 007 495 123 45 67')).not.toContain('123 45 67');
  });
});
