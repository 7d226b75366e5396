import { describe, expect, it } from 'vitest';
import { gone, scrubbedString, scrubber } from './helpers.js';

// Person names placed by the structure around them: an X12 party segment, a register's fixed-width
// row, a delimited row keyed by a person's number, a FHIR reference to a Patient, a payer object in
// another language, a role key of insurance and health records, a quoted payee before an IBAN.

const s = scrubber();
const out = (value: unknown): string => scrubbedString(s, value);

describe('X12 N1 parties', () => {
  it('the ship-to and bill-to of an order, upper or mixed case', () => {
    const text = out('edi 850 ST*850*0001~N1*ST*MAREN TOLLEFSRUD~N3*12 ELM RD~N1*BT*Oskar Vintergren~SE*4*0001~');
    gone(text, 'MAREN TOLLEFSRUD', 'Oskar Vintergren');
  });
  it('keeps the name of a firm or a site', () => {
    const text = out('edi 856 ST*856*0002~N1*SF*NORTHWIND DISTRIBUTION CENTER~N1*ST*Brightwater Stores Ltd~N3*1 DOCK ST~SE*3*0002~');
    expect(text).toContain('N1*SF*NORTHWIND DISTRIBUTION CENTER~');
    expect(text).toContain('N1*ST*Brightwater Stores Ltd~');
  });
});

describe('fixed-width register rows', () => {
  it('an upper-case name glued after a checked national number', () => {
    const text = out('register-export B-7: 13120082110TORVALD EIKREM                 J07BX03 20260301OK  ');
    gone(text, 'TORVALD EIKREM');
    expect(text).toContain('J07BX03');
  });
  it('keeps capitals glued to a number that is no national number', () => {
    expect(out('stock 12345678901NORTHWIND SUPPLY      X')).toContain('NORTHWIND SUPPLY');
  });
});

describe('delimited rows without a header', () => {
  it('a pipe-framed timesheet row keyed by a personnummer', () => {
    const text = out('timesheet P-3 |19710218-0531|Åsa Lindmark                |  151h|  20310.00|SEK|');
    gone(text, 'Åsa Lindmark');
    expect(text).toContain('20310.00');
  });
  it('keeps a title beside a date in the same frame', () => {
    expect(out('report |2024-01-02|Monthly Summary    |  164h|  43286.38|SEK|')).toContain('Monthly Summary');
  });
  it('a data record of a pipe file, the header record left alone', () => {
    const text = out('upload header="H|Northwind Logistik GmbH|PR-7|EUR" first="D|Tamsin Rowlocke|NL91ABNA0417164300|+44 7700 900123"');
    gone(text, 'Tamsin Rowlocke');
    expect(text).toContain('H|Northwind Logistik GmbH|PR-7|EUR');
  });
  it('a row logged after a label, its first cell holding the name', () => {
    gone(out('import line 7: Ylva Strandberg;ylva.s@example.se;+46 70 555 01 23;Storgatan 4;REF-1'), 'Ylva Strandberg');
    gone(out('first row: "Rosalba Ferrantelli";02.03.1961;<ssn:k1:0123456789abcdef0123>;K21.0;NEG'), 'Rosalba Ferrantelli');
  });
  it('a quoted name cell of a comma row, and an amount stays', () => {
    const text = out('export row=12: CLM-2025-0001,"Wessel Brouwenstein",NL91ABNA0417164300,1520.40,EUR');
    gone(text, 'Wessel Brouwenstein');
    expect(text).toContain('1520.40');
    expect(out('export row=13: SKU-1,"Garden Chair",12,20.00,EUR')).toContain('Garden Chair');
    const cdr = out('"+31612345678","+31201234567","from-trunk","PJSIP/trunk-1","2026-01-02 03:04:05",35,ANSWERED,1700000000.615');
    expect(cdr).toContain('1700000000.615');
    gone(out('poller: fetched lab_0042.csv; first row: "Rosalba Ferrantelli";02.03.1961;<ssn:k1:0123456789abcdef0123>;K21.0;NEG'), 'Rosalba Ferrantelli');
  });
});

describe('FHIR references', () => {
  it('the display of a Patient, Practitioner or RelatedPerson reference, also inside a JSON string', () => {
    const body = JSON.stringify({
      resourceType: 'MedicationRequest',
      subject: { reference: 'Patient/p-81', display: 'Eira Halvorsrud' },
      requester: { reference: 'Practitioner/dr-2', display: 'Kalevi Mäntyranta' },
      medicationReference: { reference: 'Medication/m-5', display: 'Atorvastatin Krka' },
      performer: { reference: 'Organization/o-1', display: 'Apoteket Nordstjärnan' },
    });
    const text = out({ msg: 'bundle accepted', body });
    gone(text, 'Eira Halvorsrud', 'Kalevi Mäntyranta');
    expect(text).toContain('Atorvastatin Krka');
    expect(text).toContain('Apoteket Nordstjärnan');
  });
});

describe('person keys in other languages and role keys', () => {
  it('name keys of Portuguese, Italian, Dutch, Swedish, French and Polish records', () => {
    const text = out({ pagador: { nome: 'Iolanda Bezerra' }, cliente: { cognome: 'Sbarbaro' }, naam: 'Femke Oudshoorn', förnamn: 'Sölve', prénom: 'Éloïse', imię: 'Bożydar' });
    gone(text, 'Iolanda', 'Sbarbaro', 'Femke', 'Sölve', 'Éloïse', 'Bożydar');
  });
  it('payer and payee keys of other languages hold a name', () => {
    const text = out({ recebedor: 'Tainá Albuquerque', beneficiário: 'Ignacio Larrañaga', empfänger: 'Hedwig Strohmeyer' });
    gone(text, 'Tainá', 'Larrañaga', 'Strohmeyer');
    const pix = out({ pagador: { nome: 'Tainá Albuquerque', cpf: '529.982.247-25', ispb: '60746948' } });
    gone(pix, 'Tainá');
    expect(pix).toContain('60746948');
  });
  it('insurance and health roles', () => {
    const text = out({ claim: 'C-1', adjuster: 'Wilhelmina Drachenfels', prescriber: 'Teodor Wąsowicz', caseworker: 'Siobhra Keane', underwriter: 'Ansgar Lindholt' });
    gone(text, 'Drachenfels', 'Wąsowicz', 'Siobhra', 'Lindholt');
    expect(text).toContain('C-1');
  });
});

describe('payment text', () => {
  it('a quoted payee right before the IBAN', () => {
    const text = out('fps INFO outbound payment FP01AB to "Brannoc Abernethy-Cole" GB29NWBK60161331926819 amount=GBP 12.00');
    gone(text, 'Brannoc', 'Abernethy-Cole');
    expect(text).toContain('amount=GBP 12.00');
  });
});
