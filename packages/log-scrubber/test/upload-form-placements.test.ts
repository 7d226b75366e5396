import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const obj = (value: unknown): string => JSON.stringify(s.scrubField('msg', value));

describe('values bound beside a statement, form cards, uploaded file names, id lists', () => {
  it("reads node-postgres's query config ({ query, values }) against the statement's columns", () => {
    const out = obj({
      query: 'INSERT INTO refunds (ref, holder_name, tax_id, birth_date) VALUES ($1,$2,$3,$4)',
      values: ['R-77', 'Ilse Vantongeren', '12345678903', '1979-04-21'],
    });
    expect(out).not.toContain('Ilse Vantongeren');
    expect(out).not.toContain('12345678903');
    expect(out).not.toContain('1979-04-21');
    expect(out).toContain('R-77');
  });

  it('decodes + as a blank in a form-encoded card number under a bracketed key', () => {
    const out = obj({ form: 'type=card&card[number]=4111+1111+1111+1111&card[exp_month]=4&card[exp_year]=2029' });
    expect(out).not.toContain('4111+1111+1111+1111');
    expect(out).not.toMatch(/4111.1111.1111.1111/);
    expect(out).toContain('card[exp_month]=4');
  });

  it("reads a holder's name in the name of an uploaded file after a document word", () => {
    for (const [file, name] of [
      ['tenant-a/7f1c/CV_Renée_Okonkwo.jpg', 'Renée_Okonkwo'],
      ['tenant-a/7f1c/Reisepass-Yusuf-Lindgren.png', 'Yusuf-Lindgren'],
      ['tenant-a/7f1c/Ausweis_Tomás_van_der_Meulen.pdf', 'Tomás_van_der_Meulen'],
      ['uploads/payslip_Greta_Thorsen_2024-03.pdf', 'Greta_Thorsen'],
    ] as const) {
      const out = obj({ upload: { key: file, mime: 'image/jpeg' } });
      expect(out).not.toContain(name);
      expect(out).toContain(file.slice(0, 14));
    }
  });

  it('reads a listed given name and a surname in a file name without a document word', () => {
    expect(s.scrubText('stored attachment Maria_Lindqvist_signed.pdf (212 KB)')).not.toContain('Lindqvist');
  });

  it('keeps file names of products and reports', () => {
    for (const line of ['uploaded Quarterly_Report_Final.pdf', 'asset Hero_Banner-Dark.png', 'read Release_Notes.txt', 'CV_Template_Modern.docx']) {
      expect(s.scrubText(line)).toBe(line);
    }
  });

  it('reads each item of a list under a plural national-identifier key', () => {
    const out = obj({ worker: { nationalIdentifiers: ['12345678903'], workerId: 'W-1' } });
    expect(out).not.toContain('12345678903');
    expect(out).toContain('W-1');
  });

  it('reads a full name in another script under a role only people fill (manager, EXIF Artist)', () => {
    const out = obj({ worker: { manager: '李娜', supervisor: 'Ольга Смирнова' }, exif: { Artist: '高橋 直子', Make: 'Apple' } });
    for (const name of ['李娜', 'Ольга Смирнова', '高橋 直子']) expect(out).not.toContain(name);
    expect(out).toContain('Apple');
    expect(obj({ manager: 'systemd', artist: 'unknown' })).toBe('{"manager":"systemd","artist":"unknown"}');
  });

  it('reads the name (any script) and the address of a quoted bill-to or ship-to party', () => {
    for (const name of ['Mateus Okonjo', 'ณัฐพล ศรีสุข', 'يوسف الحربي', '鈴木 一郎']) {
      const out = s.scrubText(`renderer: invoice INV-9 for Acme BV bill-to "${name}, 14 Harbour Street, Leeds LS1 4AB" template=eu-v2`);
      expect(out).not.toContain(name);
      expect(out).not.toContain('Harbour Street');
      expect(out).toContain('template=eu-v2');
    }
    expect(s.scrubText('ship-to "Warehouse North, Dock 4" carrier=dhl')).toContain('Warehouse North');
  });

  it('reads a full name in another script after a technician key in text', () => {
    const out = s.scrubText('field-app job update tech=高橋 直子 device=ab12 battery=81');
    expect(out).not.toContain('高橋 直子');
    expect(out).toContain('device=ab12');
    expect(s.scrubText('tech=nodejs region=eu')).toBe('tech=nodejs region=eu');
  });

  it("reads a sole trader's business name as the person's name", () => {
    const out = obj({ customer: { company: 'Brannoc Thistlewood', country: 'ES', type: 'autonomo' } });
    expect(out).not.toContain('Brannoc Thistlewood');
    expect(obj({ customer: { company: 'Lindholm Logistik GmbH', legalForm: 'sole_trader' } })).not.toContain('"company":"<');
    expect(obj({ customer: { company: 'Acme Freight', type: 'company' } })).toContain('Acme Freight');
  });
});
