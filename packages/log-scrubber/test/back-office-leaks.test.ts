import { describe, expect, it } from 'vitest';
import { bsnValid, peselValid } from '../src/checksums.js';
import { scrubber, scrubbedString } from './helpers.js';

const s = scrubber();
const text = (line: string): string => scrubbedString(s, line);

// Own example values, each checked against its scheme below.
const PESEL = '92031708127';
const PESEL_2 = '77110209634';
const BSN = '312475603';

describe('example values', () => {
  it('pass their schemes', () => {
    expect(peselValid(PESEL)).toBe(true);
    expect(peselValid(PESEL_2)).toBe(true);
    expect(bsnValid(BSN)).toBe(true);
    expect(peselValid('92031708128')).toBe(false);
    expect(bsnValid('312475604')).toBe(false);
  });
});

describe('a password word of several parts before a colon, in text of any language', () => {
  const ticket = (description: string): string =>
    JSON.stringify(s.scrub({ msg: 'ticket created', ticket: { number: 'INC0042117', priority: 'P3', description, lang: 'nl' } }));

  it('takes a four-word passphrase after `mot de passe:` inside Dutch text', () => {
    const out = ticket('Ik kan niet inloggen op de VPN. mot de passe: lantern otter velvet quarry');
    for (const w of ['lantern', 'otter', 'velvet', 'quarry']) expect(out).not.toContain(w);
    expect(out).toContain('Ik kan niet inloggen op de VPN.');
    expect(out).toContain('INC0042117');
  });

  it('takes a symbol-heavy password and a short word with digits', () => {
    const a = ticket('Не могу открыть почту. mot de passe: qLr#eVu9$Kw18');
    expect(a).not.toContain('qLr#eVu9$Kw18');
    expect(a).not.toContain('Kw18');
    const b = ticket('Reembolso ainda pendente. Mot de passe: harbor58');
    expect(b).not.toContain('harbor58');
    expect(b).toContain('Reembolso ainda pendente.');
  });

  it('takes the value after other words of several parts and `=`', () => {
    expect(text('vpn profile imported, pass phrase: copper walnut meadow fig')).not.toMatch(/copper|walnut|meadow/);
    expect(text('wifi guest mot de passe = tulip77')).not.toContain('tulip77');
  });

  it('keeps a statement about the password', () => {
    expect(text('mot de passe: expired')).toBe('mot de passe: expired');
    expect(text('Le mot de passe a été réinitialisé')).toBe('Le mot de passe a été réinitialisé');
  });
});

describe('a national id under an identity-document key in text', () => {
  it('pseudonymises a PESEL and a BSN under id_doc, doc_id, id_number and ausweis', () => {
    for (const line of [
      `kiosk: checked in company="Contoso" badge=V-2210 id_doc=${PESEL}`,
      `kiosk: checked in id_doc=${BSN} badge=V-2211`,
      `guest registered doc_id=${PESEL_2} host=reception`,
      `visitor id_number: ${BSN} floor=3`,
      `Besucher ausweis=${PESEL} raum=2.14`,
      `visitor document=${BSN} escort=none`,
    ]) {
      const out = text(line);
      expect(out).not.toContain(PESEL);
      expect(out).not.toContain(PESEL_2);
      expect(out).not.toContain(BSN);
      // `ausweis` was already a document key of its own (`id` tokens); the others take the id's type.
      expect(out).toMatch(/<(?:ssn|id):k1:[0-9a-f]{20}>/);
    }
  });

  it('pseudonymises the same numbers under such keys in a record, keeping numbers that fail the check', () => {
    const out = JSON.stringify(s.scrub({ visitor: { idDoc: PESEL, documentNumber: BSN, badge: 'V-2210' }, docId: '312475604' }));
    expect(out).not.toContain(PESEL);
    expect(out).not.toContain(BSN);
    expect(out).toContain('312475604');
    expect(out).toContain('V-2210');
  });

  it('keeps a document number that passes no check, and ids under other keys', () => {
    expect(text('kiosk: checked in id_doc=92031708128 badge=V-2210')).toContain('92031708128');
    expect(text('indexed doc_id=312475604 shard=3')).toContain('312475604');
    expect(text(`batch order_id=${BSN} lines=4`)).toContain(BSN);
  });
});

describe('a three-cell row with a phone number and a checked national id', () => {
  it('pseudonymises the id of a quoted row echoed after a label', () => {
    const a = text(`Exported 88 users first row: "Marta Wiśniewska","+48 601 555 014","${PESEL}"`);
    expect(a).not.toContain(PESEL);
    expect(a).toContain('Exported 88 users');
    const b = text(`Exported 12 users first row: "דנה כהן","+31 6 1234 5678","${BSN}"`);
    expect(b).not.toContain(BSN);
    const c = text(`first row: "Jan de Vries","jan.devries@example.org","${BSN}"`);
    expect(c).not.toContain(BSN);
  });

  it('keeps numbers of a three-cell row that names no one', () => {
    expect(text(`first row: "SKU-2210","Blue mug","${BSN}"`)).toContain(BSN);
    expect(text(`first row: "Jan de Vries","+48 601 555 014","92031708128"`)).toContain('92031708128');
  });
});

describe('IPv6 addresses between the peers of an IKE SA', () => {
  it('pseudonymises a compressed address after `...` and before `[`', () => {
    const out = text('charon: 14[IKE] <rw|31> IKE_SA established between 192.0.2.7[gw.example.net]...2001:db8:7a3:e1::4c[laptop-3] rekey=3600s');
    expect(out).not.toContain('2001:db8:7a3:e1::4c');
    expect(out).not.toContain('7a3:e1');
    expect(out).toContain('[laptop-3]');
    const full = text('IKE_SA established between 2001:db8::1[gw]...2001:db8:7a3:e1:9:8:7:4c[peer]');
    expect(full).not.toContain('2001:db8:7a3:e1:9:8:7:4c');
    expect(full).not.toContain('2001:db8::1');
  });

  it('still reads a dotted name or version before a colon as no address', () => {
    expect(text('module a.b12:c3::d4 loaded')).toContain('b12:c3::d4');
  });
});
