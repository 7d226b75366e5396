import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

// Invented people and numbers; the given names are in no list, so only the placement says "person".
const PERSON = 'Quenby Halvorsen';
const OTHER = 'Ysolde Fennimore';
const BIRTH = '1971-09-14';

describe('values printed as constructor calls under a personal key', () => {
  it('pseudonymises the date inside `new Date("…")` under a birth-date key (ORM error dumps)', () => {
    const s = scrubber();
    const out = s.scrubText(
      `Invalid \`db.member.create()\` invocation:\n  data: {\n    displayName: "${PERSON}",\n    birthDate: new Date("${BIRTH}"),\n    createdAt: new Date("2024-02-01"),\n    plan: "basic"\n  }`,
    );
    gone(out, [BIRTH, PERSON]);
    kept(out, ['new Date("2024-02-01")', 'plan: "basic"']);
    expect(out).toMatch(/birthDate: new Date\("<dob:k1:[0-9a-f]{20}>"\)/);
  });

  it('pseudonymises the arguments of a date constructor and a wrapped name (Python and Rust reprs)', () => {
    const s = scrubber();
    const py = s.scrubText('Member(member_id=7, date_of_birth=datetime.date(1971, 9, 14), tier=2)');
    gone(py, ['1971, 9, 14']);
    kept(py, ['tier=2', 'member_id=7']);
    const rs = s.scrubText(`Member { id: 7, full_name: Some("${PERSON}"), nickname: None }`);
    gone(rs, [PERSON]);
    kept(rs, ['nickname: None']);
  });
});

describe('records printed by toString (Kotlin data classes, C# records)', () => {
  it('pseudonymises the generic name of a data class that also holds a phone number', () => {
    const s = scrubber();
    const out = s.scrubText(`DEBUG c.e.fleet.Repo - save Rider(riderId=rd_Q81x, name=${PERSON}, zone=7, phone=+44 20 7946 0321)`);
    gone(out, [PERSON, '7946 0321']);
    kept(out, ['riderId=rd_Q81x', 'zone=7']);
    const cjk = s.scrubText('save Rider(riderId=rd_Q82x, name=周明轩, phone=+86 139 1234 5678)');
    gone(cjk, ['周明轩']);
  });

  it('pseudonymises the generic Name of a C# record that also holds an e-mail address', () => {
    const s = scrubber();
    const out = s.scrubText(`      Member { Name = ${PERSON}, Email = qh@example.net, Tier = Gold }`);
    gone(out, [PERSON, 'qh@example.net']);
    kept(out, ['Tier = Gold']);
    const jp = s.scrubText('Member { Name = 佐藤 健一, Email = sk@example.net }');
    gone(jp, ['佐藤 健一']);
  });

  it('keeps the name of a record with no personal field', () => {
    const s = scrubber();
    kept(s.scrubText('save Depot(depotId=dp_1, name=Harbour Lights, capacity=40)'), ['name=Harbour Lights']);
    kept(s.scrubText('Product { Name = Harbour Lights, Sku = HL-2 }'), ['Name = Harbour Lights']);
  });
});

describe('name cells with family-name particles', () => {
  it('pseudonymises a name column cell whose family name has lower-case particles', () => {
    const s = scrubber();
    const out = s.scrubText('rows:\nid;name;email;country\nC1;Wietske van der Brandt;wb@example.org;NL\nC2;Quenby de Halvorsen;qdh@example.org;BE');
    gone(out, ['Wietske van der Brandt', 'Quenby de Halvorsen']);
    kept(out, [';NL', ';BE']);
  });
});

describe('people named by their role label', () => {
  it('pseudonymises the name after a support label in several languages', () => {
    const s = scrubber();
    for (const line of [
      `ticket=T-1 support: ${PERSON} heeft het adres gewijzigd`,
      `ticket=T-2 soporte: ${PERSON} actualizó el teléfono`,
      `ticket=T-3 support : ${PERSON} a modifié le numéro`,
      `ticket=T-4 wsparcie: ${PERSON} zmienił adres`,
    ]) gone(s.scrubText(line), [PERSON]);
  });

  it('keeps what a support label introduces when it is no person', () => {
    const s = scrubber();
    kept(s.scrubText('support: Payment Service restarted'), ['Payment Service']);
    kept(s.scrubText('support: Enabled for all regions'), ['Enabled for all']);
  });

  it('pseudonymises a CJK name after a support label without taking the verb', () => {
    const s = scrubber();
    const zh = s.scrubText('ticket=T-5 客服: 周明轩 修改了 地址');
    gone(zh, ['周明轩']);
    kept(zh, ['修改了 地址']);
    const ja = s.scrubText('ticket=T-6 サポート: 佐藤 健一 が 電話番号を変更しました');
    gone(ja, ['佐藤 健一']);
    kept(ja, ['電話番号を変更しました']);
  });
});

describe('people whose records are changed', () => {
  it('pseudonymises a Japanese name written with a blank before its honorific', () => {
    const s = scrubber();
    gone(s.scrubText('変更: 田中 一郎 様の住所を更新しました'), ['田中 一郎']);
  });

  it("pseudonymises a Chinese name before 的 and a personal document or detail", () => {
    const s = scrubber();
    const out = s.scrubText('已核验 刘思远 的身份证号');
    gone(out, ['刘思远']);
    kept(out, ['的身份证号']);
  });

  it('pseudonymises the person whose detail is changed ("the address of", "el DNI de")', () => {
    const s = scrubber();
    for (const line of [
      `agent changed the address of ${OTHER} to a new one`,
      `a modifié l'adresse de ${OTHER} : voir ticket`,
      `actualizó el DNI de ${OTHER} a otro`,
      `änderte die Telefonnummer von ${OTHER} heute`,
    ]) gone(s.scrubText(line), [OTHER]);
  });

  it('pseudonymises a name right before a parenthesised birth cue', () => {
    const s = scrubber();
    gone(s.scrubText(`Support hat ${OTHER} (geb. 14.09.1971) verifiziert`), [OTHER]);
    gone(s.scrubText(`verified ${OTHER} (born 14 Sep 1971) by phone`), [OTHER]);
  });

  it('pseudonymises the owner after an identity number ("BSN … van")', () => {
    const s = scrubber();
    const out = s.scrubText(`support heeft BSN 318290005 van ${OTHER} gecontroleerd`);
    gone(out, ['318290005', OTHER]);
  });

  it('pseudonymises the payee between "for" and the IBAN a payout goes to', () => {
    const s = scrubber();
    const out = s.scrubText(`Payout created for ${OTHER} to NL91ABNA0417164300 amount 12.00 EUR`);
    gone(out, [OTHER, 'NL91ABNA0417164300']);
    kept(s.scrubText('Index created for Orders Table to speed up reads'), ['Orders Table']);
  });
});

describe('identity documents checked in know-your-customer lines', () => {
  it('pseudonymises a checksum-valid national number after "document" in a KYC line', () => {
    const s = scrubber();
    gone(s.scrubText(`KYC submitted by ${PERSON}, document 318290005, dob ${BIRTH}`), ['318290005', BIRTH]);
    gone(s.scrubText(`KYC submitted by ${PERSON}, document 73910426840, dob ${BIRTH}`), ['73910426840']);
  });

  it('keeps a document number outside identity checks', () => {
    const s = scrubber();
    kept(s.scrubText('archive: document 318290005 moved to cold storage'), ['318290005']);
  });
});

describe('card numbers in payment debug objects', () => {
  it('pseudonymises a Luhn-valid number beside a card holder', () => {
    const s = scrubber();
    const out = JSON.stringify(
      s.scrub({ msg: 'Zahlung fehlgeschlagen: Karte •••• 7719', debug: { number: '5457621908347719', holder: PERSON, decline_code: 'card_declined' } }),
    );
    gone(out, ['5457621908347719', PERSON]);
    const amex = JSON.stringify(s.scrub({ debug: { number: '378291054431720', holder: OTHER, exp: '04/29' } }));
    gone(amex, ['378291054431720']);
  });

  it('keeps a Luhn-valid number under `number` with no card beside it', () => {
    const s = scrubber();
    kept(JSON.stringify(s.scrub({ invoice: { number: '4917382055619023', total: 12 } })), ['4917382055619023']);
  });
});

describe('street addresses under keys about a person', () => {
  it('pseudonymises a street line under a shipping or billing key, street type or not', () => {
    const s = scrubber();
    const out = JSON.stringify(
      s.scrub({ body: JSON.stringify({ orderId: 'SO-1', shipping: 'Wallenrodtring 17, 40231 Düsseldorf', billing: '48 Larkspur Row, Fenwick, OH 43210' }) }),
    );
    gone(out, ['Wallenrodtring 17', '48 Larkspur Row']);
    kept(out, ['SO-1']);
  });

  it('keeps a shipping method or carrier', () => {
    const s = scrubber();
    kept(JSON.stringify(s.scrub({ shipping: 'DHL Express 2', billing: 'Plan 3, monthly' })), ['DHL Express 2', 'Plan 3, monthly']);
  });
});

describe('numbers a text message or call goes to', () => {
  it('pseudonymises a bare number under to= or from= of a messaging API error', () => {
    const s = scrubber();
    const out = s.scrubText('twilio: HTTP 400 Unable to create record\n  to=13987654321 from=+4915123456789 body_len=42');
    gone(out, ['13987654321', '4915123456789']);
    kept(out, ['body_len=42']);
    gone(s.scrubText('sms send failed to=4477009001234 from=Acme'), ['4477009001234']);
  });

  it('keeps to= and from= digits of ranges and pages', () => {
    const s = scrubber();
    kept(s.scrubText('export window from=20231201 to=20240101 rows=88'), ['from=20231201', 'to=20240101']);
    kept(s.scrubText('sms report page from=1000000001 to=1000000050'), ['from=1000000001', 'to=1000000050']);
  });
});
