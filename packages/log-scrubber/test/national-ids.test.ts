import { describe, expect, it } from 'vitest';
import {
  auTfnValid,
  beNrnValid,
  bsnValid,
  caSinValid,
  cnpjValid,
  cnRidValid,
  codiceFiscaleValid,
  fiHetuValid,
  mxCurpValid,
  noFnrValid,
  peselValid,
} from '../src/checksums.js';
import { scrubber } from './helpers.js';

const s = scrubber();

describe('national ids with their checksums', () => {
  it.each([
    // Published specimen numbers of each scheme, with a context word in the country's languages.
    ['identity check: BSN 111222333 matched', '111222333'],
    ['burgerservicenummer: 111222333', '111222333'],
    ['PESEL 44051401359 zweryfikowany', '44051401359'],
    ['fødselsnummer 01010750160 registrert', '01010750160'],
    ['rijksregisternummer 93.05.18-223.61', '93.05.18-223.61'],
    ['numéro national 93051822361', '93051822361'],
    ['codice fiscale RSSMRA85T10A562S verificato', 'RSSMRA85T10A562S'],
    ['applicant RSSMRA85T10A562S', 'RSSMRA85T10A562S'],
    ['CURP HEGG560427MVZRRL04 registrado', 'HEGG560427MVZRRL04'],
    ['身份证号 11010519491231002X', '11010519491231002X'],
    ['henkilötunnus 131052-308T', '131052-308T'],
    ['CNPJ 11.222.333/0001-81', '11.222.333/0001-81'],
    ['cnpj=11222333000181 ok', '11222333000181'],
    ['SIN 130 692 544 on file', '130 692 544'],
    ['numéro d’assurance sociale (NAS) 130692544', '130692544'],
    ['TFN 123 456 782 lodged', '123 456 782'],
    ['NIR mismatch: got 295026192745690', '295026192745690'],
    ['PAN ABCPE1234F linked', 'ABCPE1234F'],
  ] as const)('%s', (line, id) => {
    expect(s.scrubText(line)).not.toContain(id);
    expect(s.scrubText(line).replace(/[ ./-]/g, '')).not.toContain(id.replace(/[ ./-]/g, ''));
  });

  it('finds them under keys in other languages', () => {
    expect(JSON.stringify(s.scrub({ applicant: { documento: '87096285334', country: 'BR' } }))).not.toContain('87096285334');
    expect(JSON.stringify(s.scrub({ fodselsnummer: '01010750160', idNumber: 'X' }))).not.toContain('01010750160');
  });

  it('keeps numbers that pass a checksum but stand without a word about ids', () => {
    for (const line of [
      'order 111222333 shipped',
      'invoice 44051401359 paid',
      'shipment 93051822361 delivered',
      'batch 123 456 782 processed',
      'tracking 11222333000181',
      'build 131052-3084 finished',
      'SKU ABCPE1234F restocked',
      'trace 110105194912310021',
      'tax calculated for order 111222333',
    ]) {
      expect(s.scrubText(line)).toBe(line);
    }
  });

  it('rejects a wrong check digit even next to its word', () => {
    for (const line of ['BSN 111222334', 'PESEL 44051401358', 'codice fiscale RSSMRA85T10A562T', 'CURP HEGG560427MVZRRL05', 'SIN 130 692 545']) {
      expect(s.scrubText(line)).toBe(line);
    }
  });

  it('validators agree with the published specimens and reject neighbours', () => {
    expect([bsnValid('111222333'), bsnValid('111222334')]).toEqual([true, false]);
    expect([peselValid('44051401359'), peselValid('44051401358'), peselValid('44135401350')]).toEqual([true, false, false]);
    expect([noFnrValid('01010750160'), noFnrValid('01010750161')]).toEqual([true, false]);
    expect([beNrnValid('93.05.18-223.61'), beNrnValid('93.05.18-223.62')]).toEqual([true, false]);
    expect([codiceFiscaleValid('RSSMRA85T10A562S'), codiceFiscaleValid('RSSMRA85T10A562T')]).toEqual([true, false]);
    expect([mxCurpValid('HEGG560427MVZRRL04'), mxCurpValid('HEGG561327MVZRRL04')]).toEqual([true, false]);
    expect([cnRidValid('11010519491231002X'), cnRidValid('110105194912310021')]).toEqual([true, false]);
    expect([fiHetuValid('131052-308T'), fiHetuValid('131052-308U')]).toEqual([true, false]);
    expect([cnpjValid('11.222.333/0001-81'), cnpjValid('11.222.333/0001-82')]).toEqual([true, false]);
    expect([caSinValid('130692544'), caSinValid('130692545'), caSinValid('830692547')]).toEqual([true, false, false]);
    expect([auTfnValid('123456782'), auTfnValid('123456783')]).toEqual([true, false]);
  });
});

describe('the label of an identity document beside its number', () => {
  it('keeps the type and country of a national id object and takes the number', () => {
    const out = JSON.stringify(s.scrub({ applicant: { nationalId: { type: 'FI_HETU', country: 'FI', value: '211157-882K' } } }));
    expect(out).toContain('"type":"FI_HETU"');
    expect(out).toContain('"country":"FI"');
    expect(out).not.toContain('211157-882K');
  });

  it('still takes a type field that holds digits', () => {
    expect(JSON.stringify(s.scrub({ nationalId: { type: '211157-882K' } }))).not.toContain('211157-882K');
  });
});

describe('a personal field whose value is a one-field query object', () => {
  const s2 = scrubber();
  it('passes the field class to the inner value of search DSL terms in a log line', () => {
    for (const [key, inner, value] of [['tax_id', 'value', '318-552-604'], ['sin', 'value', '318552604'], ['full_name', 'query', 'Aurelio Kastanek'], ['date_of_birth', 'value', '1971-03-08']] as const) {
      const line = `slow query source[{"bool":{"filter":[{"term":{"${key}":{"${inner}":"${value}"}}}]}}] took[2s]`;
      const r = s2.scrubText(line);
      expect(r, value).not.toContain(value);
      expect(r).toContain(`"${key}":{"${inner}":"`);
    }
  });

  it('leaves inner values of fields that are not personal', () => {
    const line = 'source[{"term":{"status":{"value":"Pending Review"}}}]';
    expect(s2.scrubText(line)).toBe(line);
  });
});

describe('a national number under the short key nid in a log line', () => {
  // HR and payroll lines abbreviate the national identity number to `nid=`; the value still has to
  // pass its scheme's checksum, so a record or node id under the same key stays.
  it.each([
    ['payroll WARN transfer failed employee="Ab Cd" nid=271828183 team=core', '271828183'],
    ['hr sync nid: 314159265 status=stale', '314159265'],
  ] as const)('%s', (line, value) => {
    expect(s.scrubText(line)).not.toContain(value);
  });

  it.each(['drupal node saved nid=4521 type=article', 'payroll nid=271828184 rejected'])('keeps %s', (line) => {
    expect(s.scrubText(line)).toBe(line);
  });
});
