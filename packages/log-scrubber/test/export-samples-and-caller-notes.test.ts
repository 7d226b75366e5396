import { describe, expect, it } from 'vitest';
import { clRutValid, bsnValid, peselValid } from '../src/checksums.js';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const NAME = /<name:k1:[0-9a-f]{20}>/;
const SSN = /<ssn:k1:[0-9a-f]{20}>/;
const ADDRESS = /<address:k1:[0-9a-f]{20}>/;

// Own example values, each checked against its scheme below.
const RUT = '19.876.543-0';
const RUT_K = '17.000.003-K';
const PESEL = '85071412341';
const BSN = '314159265';

// Names in scripts without capitals (Georgian, Thai, Devanagari, Ethiopic) and with them.
const NAMES = ['ლაშა გელაშვილი', 'Արամ Պետրոսյան', 'ሰላም ተስፋዬ', 'สมศักดิ์ รักไทย', 'प्रिया वर्मा', 'Σοφία Αντωνίου', 'Rafael Quintero'];

describe('example values', () => {
  it('pass their schemes', () => {
    expect(clRutValid(RUT)).toBe(true);
    expect(clRutValid(RUT_K)).toBe(true);
    expect(clRutValid('17000003-K')).toBe(true);
    expect(clRutValid('19.876.543-1')).toBe(false);
    expect(clRutValid('17.000.003-7')).toBe(false);
    expect(peselValid(PESEL)).toBe(true);
    expect(bsnValid(BSN)).toBe(true);
  });
});

describe('an export job logging its field list and a sample row', () => {
  it.each(NAMES)('maps each sample cell to its field: %s', (name) => {
    const out = text(`2026-03-02T08:00:00Z exporter job=exp_7Qa fields=email,name,profile.national_id sample="mira.k@example.net,${name},${RUT_K}" rows=412 format=csv`);
    expect(out).not.toContain(name);
    expect(out).not.toContain(RUT_K);
    expect(out).not.toContain('mira.k@example.net');
    expect(out).toMatch(NAME);
    expect(out).toMatch(SSN);
    expect(out).toContain('rows=412 format=csv');
  });
  it('takes a phone column by its field name', () => {
    const out = text('sync job=s1 fields=name,user_metadata.phone,email sample="ლაშა გელაშვილი,0612 345 678,l.g@example.org"');
    expect(out).not.toContain('ლაშა');
    expect(out).not.toContain('0612 345 678');
  });
  it('without a field list, a sample with an e-mail cell is a person row', () => {
    const out = text(`export job=j2 sample="n.t@example.com,ნინო თაბაგარი,${RUT}" rows=9`);
    expect(out).not.toContain('ნინო');
    expect(out).not.toContain(RUT);
  });
  it('a sample of plans and regions stays', () => {
    const line = 'export fields=id,plan,region sample="42,Premium Plan,eu-west-1" rows=3';
    expect(text(line)).toBe(line);
  });
});

describe('names in customer code output and notes', () => {
  it.each(NAMES)('after "shipping address for": %s', (name) => {
    const out = text(`[action:enrich] console.log: shipping address for ${name} -> 4 Harbour Row`);
    expect(out).not.toContain(name);
    expect(out).toMatch(NAME);
  });
  it('a kana name before an arrow', () => {
    const out = text('console.log: billing address for やまだ はなこ -> pending');
    expect(out).not.toContain('はなこ');
  });
  it.each(NAMES)('after "verified caller": %s', (name) => {
    const out = text(`support-notes ticket=SUP-11 verified caller ${name} DOB 1984-05-06 agent=a-3`);
    expect(out).not.toContain(name);
    expect(out).toMatch(NAME);
  });
  it('a spaced Japanese name opening a subject before です', () => {
    const out = text('zendesk ticket=#77 subject="高橋 美月です。スマホを紛失しました。" tags=mfa');
    expect(out).not.toContain('美月');
    expect(out).toContain('です。スマホを紛失しました。');
  });
  it('spaced Japanese words of a matter before です stay', () => {
    const line = 'subject="確認 完了です。"';
    expect(text(line)).toBe(line);
  });
  it('a name in a third script after Arabic "I am"', () => {
    const out = text('subject="مرحبا، أنا ლაშა გელაშვილი. لا أستطيع الدخول"');
    expect(out).not.toContain('ლაშა');
    expect(out).toContain('لا أستطيع الدخول');
  });
});

describe('national ids', () => {
  it.each([RUT, RUT_K, '17000003-K'])('a Chilean RUT under its word: %s', (rut) => {
    const out = text(`kyc lookup RUT ${rut} matched`);
    expect(out).not.toContain(rut);
  });
  it('a RUT-shaped number that fails its check stays', () => {
    const line = 'kyc lookup RUT 19.876.543-1 matched';
    expect(text(line)).toBe(line);
  });
  it.each([PESEL, BSN])('a checked id after a bare ID in a caller verification: %s', (id) => {
    const out = text(`support-notes ticket=SUP-12 verified caller Rafael Quintero DOB 1985-07-14 ID ${id} last4=****`);
    expect(out).not.toContain(id);
    expect(out).toMatch(SSN);
  });
  it('a number after ID in a line without a birth date or verification stays', () => {
    const line = `batch ID ${PESEL} processed in 40 ms`;
    expect(text(line)).toBe(line);
  });
});

describe('Malaysian street lines', () => {
  it.each([
    'Flat 7, 14 Jalan Telawi, 59100 Kuala Lumpur',
    'Lot 12, Lorong Maarof 3, Bangsar, 59000 Kuala Lumpur',
    '8 Persiaran Gurney, 10250 George Town',
    '3 Jalan Tun Razak, 50400 Kuala Lumpur',
  ])('%s', (address) => {
    const out = text(`hardware-keys order=HK-5 ship_to="ლაშა გელაშვილი, ${address}" sku=K5`);
    expect(out).not.toContain(address.split(', ').find((p) => /Jalan|Lorong|Persiaran/.test(p))!);
    expect(out).toMatch(ADDRESS);
  });
  it('a Jalan without a postcode stays', () => {
    const line = 'kiosk Jalan Besar service 3 ok';
    expect(text(line)).toBe(line);
  });
});
