import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const out = (value: unknown): string => JSON.stringify(s.scrub(value));

describe('names in upper-case and fixed-layout records', () => {
  it('takes a name in parentheses after a NAME label (security product messages)', () => {
    const r = text('ICH999I USER(MKRAWIEC) GROUP(ACCTS9) NAME(MARZENA KRAWIEC-LIS)\n  LOGON REJECTED');
    gone(r, ['MARZENA KRAWIEC-LIS']);
    kept(r, ['GROUP(ACCTS9)', 'LOGON REJECTED']);
  });

  it('takes SURNAME, GIVEN and SURNAME/GIVEN after NAME= up to the next field', () => {
    const r = text('BATCH9001E REJECTED EMP=X77120 NAME=DUNFORD-AYALA, PERPETUA SSN=none REASON=LOCK');
    gone(r, ['DUNFORD-AYALA', 'PERPETUA']);
    kept(r, ['REASON=LOCK', 'EMP=X77120']);
    gone(text('PAYEE=HALVORSEN/INGRID OK'), ['HALVORSEN', 'INGRID']);
  });

  it('takes the holder of a card journal and the names of an IDoc dump', () => {
    const r = text('TERM 4471 SALE AMT 12.00 EUR\nHOLDER TEODORA VASILESCU\nAID A0000000041010 RC 00');
    gone(r, ['TEODORA VASILESCU']);
    kept(r, ['AID A0000000041010']);
    const idoc = text('E1KNA1M  KUNNR 0000481122 NAME1 Radomír Šťastný\nE1KNA1M  ORT01 Brno');
    gone(idoc, ['Radomír Šťastný']);
    kept(idoc, ['KUNNR 0000481122']);
  });

  it('leaves column headers and status words after the same labels', () => {
    for (const line of ['NAME        READY   STATUS    RESTARTS', 'NAME=BATCH JOB STATUS=OK', 'HOLDER NOT FOUND', 'NAME(PAYROLL TEAM)']) {
      expect(text(line)).toBe(line);
    }
  });
});

describe('DICOM header dumps', () => {
  const dump = [
    '(0008,0020) DA [20250611]  # StudyDate',
    '(0008,0090) PN [HOLLOWAY^BRENDAN^^DR]  # ReferringPhysicianName',
    '(0010,0010) PN [ASCHENBACH^LIESELOTTE]  # PatientName',
    '(0010,0020) LO [HX-20071]  # PatientID',
    '(0010,0030) DA [19470822]  # PatientBirthDate',
    '(0010,1040) LO [Kastanienallee 40, 10435 Berlin]  # PatientAddress',
    '(0010,2154) SH [030 4412 9087]  # PatientTelephoneNumbers',
  ].join('\n');

  it('takes every PN value and the patient birth date, address and phone by tag', () => {
    const r = text(dump);
    gone(r, ['HOLLOWAY', 'ASCHENBACH^LIESELOTTE', '19470822', 'Kastanienallee 40', '10435 Berlin', '4412 9087']);
    kept(r, ['[20250611]', 'HX-20071', '# PatientName']);
  });

  it('reads the pydicom layout too', () => {
    const r = text("(0010, 0010) Patient's Name                      PN: 'QUIRKE^ORLAITH'\n(0010, 0030) Patient's Birth Date                DA: '19610203'");
    gone(r, ['QUIRKE', 'ORLAITH', '19610203']);
  });
});

describe('EDIFACT passenger messages', () => {
  const pnr = [
    "UNH+1+PNRGOV:11:1:IA+F6C2'",
    "TIF+STRZELECKA:A+WIESLAWA:1'",
    "SSR+DOCS:HK:1:LH:::::/P/POL/ZK4417201/POL/12MAR71/F/09SEP29/STRZELECKA/WIESLAWA'",
    "DTM+329:710312'",
    "CTC++48 512 870 443'",
    "TVL+210526+KRK+LIS+LH'",
  ].join('\n');

  it('takes the traveller, document number, birth date and contact number', () => {
    const r = text(pnr);
    gone(r, ['STRZELECKA', 'WIESLAWA', 'ZK4417201', '710312', '512 870 443']);
    kept(r, ['PNRGOV', "TVL+210526+KRK+LIS+LH'"]);
  });

  it('takes the party name of a PAXLST NAD segment and the DOC number', () => {
    const r = text("UNB+UNOA:4+AIR1+CUSTOMS'\nNAD+FL+++MCCLOSKEY:EILIDH'\nDOC+P:110:111+PB9930417'\nLOC+178+DUB'");
    gone(r, ['MCCLOSKEY', 'EILIDH', 'PB9930417']);
    kept(r, ["LOC+178+DUB'"]);
  });

  it('does not read segments outside an interchange', () => {
    const line = "TIF+ALPHA+BETA' in a note";
    expect(text(line)).toBe(line);
  });
});

describe('CSV exports with a header row', () => {
  it('takes the cells of columns whose header names personal data', () => {
    const csv = [
      'pupil_no;full_name;date_of_birth;guardian;guardian_phone;course;grade',
      'P88310;Ilse Vandermeulen;03.11.2009;Trần Văn Khoa;+32 471 22 90 18;Wiskunde B;8.1',
      'P88311;Yusuf Demirtaş;2010-01-27;佐藤美咲;0471 33 21 90;Latijn;7.4',
    ].join('\n');
    const r = text(csv);
    gone(r, ['Ilse Vandermeulen', '03.11.2009', 'Trần Văn Khoa', '471 22 90 18', 'Yusuf Demirtaş', '2010-01-27', '佐藤美咲', '0471 33 21 90']);
    kept(r, ['P88310', 'Wiskunde B', '8.1', 'pupil_no;full_name;date_of_birth', 'Latijn']);
  });

  it('reads quoted comma-separated cells and leaves rows of other widths alone', () => {
    const r = text('"id","birthdate","mother_name"\n"17","1988-06-30","Halina Kędzierska"\nsummary, 1988-06-30');
    gone(r, ['"1988-06-30"', 'Halina Kędzierska']);
    kept(r, ['summary, 1988-06-30']);
  });

  it('takes a name cell beside an e-mail cell in a headerless quoted export', () => {
    const r = text('"2025-03-02T10:00:00Z","Bartholomew Nwachukwu","b.nwachukwu@example.org","Page permission changed","SPACE=ABC"\n"2025-03-02T10:01:00Z","سلمى الراشد","s.rashed@example.org","Page viewed","SPACE=ABC"');
    gone(r, ['Bartholomew Nwachukwu', 'سلمى الراشد']);
    kept(r, ['Page permission changed', 'Page viewed']);
  });
});

describe('audit records of a changed field', () => {
  it('takes old and new values when the field names personal data', () => {
    const r = out({ changedValues: [{ fieldName: 'Full name', changedFrom: 'Aurelio Fontanesi', changedTo: '林雅婷' }, { fieldName: 'Phone', from: '0612 34 56 78', to: '0698 76 54 32' }] });
    gone(r, ['Aurelio Fontanesi', '林雅婷', '34 56 78', '76 54 32']);
  });

  it('leaves the values of other fields', () => {
    const r = out({ changedValues: [{ fieldName: 'Status', changedFrom: 'Open Ticket', changedTo: 'Closed Ticket' }, { field: 'priority', oldValue: 'Low', newValue: 'High' }] });
    kept(r, ['Open Ticket', 'Closed Ticket', 'Low', 'High']);
  });
});

describe('subscriber identities, addresses and dates of birth by their labels', () => {
  it('takes an IMSI under its key', () => {
    gone(text('REC|IMSI=214071234509876|DUR=12s'), ['214071234509876']);
    gone(out({ imsi: '310150987654321' }), ['310150987654321']);
    kept(text('REC|IMSI=214071234509876|DUR=12s|PLAN=FLAT_M'), ['|DUR=12s|PLAN=FLAT_M']);
  });

  it('takes a street address under an address key, also form-encoded', () => {
    gone(text('ok=1&address_street=Kalverstraat+12-3%2C+1012+NX+Amsterdam&v=2'), ['Kalverstraat+12-3', '1012+NX']);
    gone(out({ customer: { supplyAddress: 'Oudegracht 77-B, 3511 AE Utrecht' } }), ['Oudegracht 77-B', '3511 AE']);
    gone(text('Adresse: Lindenstr. 9, 04109 Leipzig'), ['Lindenstr. 9', '04109 Leipzig']);
  });

  it('takes a date of birth after its word in more languages', () => {
    gone(text('Madame Odile Carrère, née le 1958-09-14'), ['1958-09-14']);
    gone(text('Lucie Dvořáková, narozena 11/02/1979'), ['11/02/1979']);
    gone(text('Marek Horváth, narodený 02.07.1983'), ['02.07.1983']);
    gone(text('M. Jules Faure, né(e) le 12/05/1966'), ['12/05/1966']);
  });

  it('takes the user of a cron mail subject', () => {
    gone(text('Subject: Cron <ksolberg@etl-2> /home/ksolberg/bin/sync.sh'), ['ksolberg']);
    kept(text('Subject: Cron <root@etl-2> /usr/local/bin/rotate'), ['root@etl-2']);
    kept(text('Subject: Cron <ksolberg@etl7> /bin/true'), ['@etl7>']);
  });
});

describe('infrastructure values that look personal', () => {
  it('keeps an interface address of a VPN config', () => {
    kept(text('[Interface]\nAddress = 10.44.0.1/24\nListenPort = 51820'), ['10.44.0.1/24']);
  });

  it('keeps a radio cell id', () => {
    kept(text('CDR|X|CELL=40211-77|DUR=5s'), ['40211-77']);
  });

  it('keeps an Erlang node name', () => {
    kept(text("    node: 'couch@db-7.internal.example'\n    pid: <0.12.0>"), ['couch@db-7.internal.example']);
    kept(text('erl -sname ledger@host-4 -setcookie x'), ['ledger@host-4']);
    kept(text('2025-01-01 mailer queued <5b0e3f7a91c24d6e@mx.example.net> to=x'), ['5b0e3f7a91c24d6e@mx.example.net']);
  });
});

describe('more labelled people, addresses and ids', () => {
  it('takes the name a birth word follows', () => {
    for (const line of ['Transfer to the account — Radovan Kuchta, narozen 1970-02-11', 'Versare — Benedetta Lo Iacono, nata il 09/10/1981', 'Overmaken — Sjoerd de Groot, geboren op 1966-05-30', 'Virement — Anaïs Perrichon, née le 1990-12-01']) {
      const r = text(line);
      gone(r, ['Radovan Kuchta', 'Benedetta', 'Sjoerd de Groot', 'Anaïs Perrichon']);
    }
    kept(text('Release Notes, born of a long week'), ['Release Notes']);
  });

  it('takes a street under an upper-case address label, not a network address', () => {
    const r = text('E1KNA1M  STRAS Nerudova 1142/7, 602 00 Brno\nE1KNA1M  TELF1 x');
    gone(r, ['Nerudova 1142/7']);
    kept(r, ['TELF1 x']);
    expect(text('IP ADDRESS 10.20.30.40 PORT 8080')).not.toContain('<address:');
    expect(text('REMOTE ADDRESS gw-3 port 22 open')).toBe('REMOTE ADDRESS gw-3 port 22 open');
  });

  it('takes a national number with a valid check under an OID identifier system', () => {
    const pesel = '85071412341';
    const r = out({ identifier: [{ system: 'urn:oid:2.16.840.1.113883.3.4424.1.1.616', value: pesel }, { system: 'urn:oid:1.2.3.4.5', value: '12345678901' }] });
    gone(r, [pesel]);
    kept(r, ['12345678901']);
  });

  it('takes a card number after the card word of other languages', () => {
    gone(text('Hallo, meine Karte 4111 1111 1111 1111 wurde belastet'), ['4111 1111 1111 1111']);
    gone(text('mijn kaart 5555555555554444 is geblokkeerd'), ['5555555555554444']);
  });
});

describe('people in XML elements, Erlang terms and aligned tables', () => {
  it('takes the text of XML elements named like personal fields', () => {
    const r = text('<Member><GivenName>Torvald</GivenName><FamilyName>Brekke-Lund</FamilyName><DateOfBirth>1969-08-17</DateOfBirth><Plan>Gold</Plan></Member>');
    gone(r, ['Torvald', 'Brekke-Lund', '1969-08-17']);
    kept(r, ['<Plan>Gold</Plan>', '<GivenName>']);
    kept(text('<Name>orders-queue</Name><Status>Active</Status>'), ['orders-queue', 'Active']);
  });

  it('takes values of Erlang and Elixir terms by their atom', () => {
    const r = text('{error,{bad_profile,[{full_name,<<"Ingrid Solvang">>},{birth_date,<<"1991-01-23">>},{tier,<<"gold">>}]}}');
    gone(r, ['Ingrid Solvang', '1991-01-23']);
    kept(r, ['<<"gold">>']);
    gone(text('%{surname: "Okafor-Hale", date_of_birth: "1984-06-05"}'), ['Okafor-Hale', '1984-06-05']);
    gone(text('#{family_name => <<"Vesterlund">>}'), ['Vesterlund']);
  });

  it('takes columns of a blank-aligned table by their header', () => {
    const r = text('EMPNO   SURNAME      FORENAME    DOB       DEPT\n004711  LINDQVIST    ASTRID      19750312  D12\n004712  MBEKI        THANDO      19881130  D07');
    gone(r, ['LINDQVIST', 'ASTRID', '19750312', 'MBEKI', 'THANDO', '19881130']);
    kept(r, ['004711', 'D12', 'D07', 'SURNAME']);
  });

  it('leaves tables whose only person-like column is a generic name', () => {
    const table = 'NAME          READY   STATUS    AGE\nweb           1/1     Running   3d\napi           1/1     Running   3d';
    expect(text(table)).toBe(table);
    const csv = 'name,replicas,status\nworker,3,ok\nbilling,2,ok';
    expect(text(csv)).toBe(csv);
  });

  it('takes names in capitals after a person label with a colon', () => {
    gone(text('PATIENT: ABERNATHY, CLEMENTINE  WARD: 4B'), ['ABERNATHY', 'CLEMENTINE']);
    gone(text('CUSTOMER NAME: OLUWASEUN ADEYEMI-COLE'), ['OLUWASEUN', 'ADEYEMI-COLE']);
    kept(text('PATIENT: NOT FOUND'), ['NOT FOUND']);
  });

  it('takes a birth date under its key in more languages', () => {
    for (const key of ['fecha_nacimiento', 'data_di_nascita', 'geboortedatum', 'date_naissance', 'fodselsdato', 'data_urodzenia', 'datum_narozeni', 'syntymaaika', 'dogum_tarihi']) {
      gone(text(`${key}: 1979-11-26`), ['1979-11-26']);
    }
  });
});

describe('labels in more spellings', () => {
  it('takes a phone number after a label with a number word', () => {
    gone(text('Mobile No: 91234 56780'), ['91234 56780']);
    gone(text('tel. kom. 512 334 876'), ['512 334 876']);
    gone(text('Mobilnummer 0157 88812345'), ['0157 88812345']);
  });

  it('reads an address line label as a label', () => {
    const r = text('Address Line 1: 8 Chemin des Vignes, 1260 Nyon');
    expect(r).toContain('Address Line 1: ');
    gone(r, ['8 Chemin des Vignes']);
  });

  it('takes a birth date after a pipe or a quoted label, and in DDMMMYYYY', () => {
    gone(text('REC|DOB|1983-07-19|F'), ['1983-07-19']);
    gone(text('"date_of_birth";"19.07.1983"'), ['19.07.1983']);
    gone(text('BIRTH DATE: 19JUL1983'), ['19JUL1983']);
    gone(out({ Geburtstag: '1983-07-19' }), ['1983-07-19']);
    gone(text('fødselsdag: 19.07.1983'), ['19.07.1983']);
  });

  it('takes caret-separated names outside HL7 and slash names after PAX', () => {
    gone(text('Patient VANTERPOOL^CORDELIA^J admitted to ward 3'), ['VANTERPOOL', 'CORDELIA']);
    kept(text('event ORU^R01 for GHH^MR at 10:00'), ['ORU^R01']);
    gone(text('PAX HOLMGREN/SIGRID seat 14C'), ['HOLMGREN', 'SIGRID']);
  });
});

describe('structured values that name no person', () => {
  it('leaves generic name columns of tables without other personal columns', () => {
    for (const t of ['id;name;status\n1;Order Sync;OK\n2;Nightly Backup;FAILED', 'SERVICE       STATUS     OWNER\nbilling       running    Platform Ops\nsearch        stopped    Data Eng']) {
      expect(text(t)).toBe(t);
    }
    gone(text('id,name,email\n7,Ruairí Ó Ceallaigh,r.oc@example.net'), ['Ruairí Ó Ceallaigh']);
  });

  it('leaves XML elements of configuration and products', () => {
    for (const t of ['<server><address>10.0.0.5</address><port>8080</port><name>primary</name></server>', '<displayName>Order Service</displayName>', '<Name>Release Pipeline</Name>', '<Street>Main</Street>']) {
      expect(text(t)).not.toMatch(/<(?:name|address):k1:/);
    }
    gone(text('<Contact><Name>Yevgenia Antonova</Name><Email>y.antonova@example.org</Email></Contact>'), ['Yevgenia Antonova']);
  });

  it('leaves capitals after role words that are not followed by a name', () => {
    for (const t of ['GUEST WIFI ENABLED', 'PATIENT DATA EXPORT STARTED', 'STREET VIEW 360 ENABLED', 'Subject: CRON^DAILY report']) {
      expect(text(t)).toBe(t);
    }
  });
});

describe('X12, vCard and SWIFT MT records', () => {
  it('takes the person of an X12 NM1 segment, and address, phone, birth date segments', () => {
    const x12 = 'ISA*00*          *00*          *ZZ*SUBMITTER~ST*834*0042~NM1*IL*1*DUVERNAY*OCTAVIA*R***34*219099999~PER*IP**TE*6175550143~N3*18 BRATTLE ST~N4*CAMBRIDGE*MA*02138~DMG*D8*19660921*F~NM1*P5*2*NORTHWIND HEALTH PLAN*****FI*041234567~SE*9*0042~';
    const r = text(x12);
    gone(r, ['DUVERNAY', 'OCTAVIA', '219099999', '6175550143', '18 BRATTLE ST', '02138', '19660921']);
    kept(r, ['NORTHWIND HEALTH PLAN', 'ST*834*0042', 'SE*9*0042']);
  });

  it('takes the name, birthday and address lines of a vCard', () => {
    const r = text('BEGIN:VCARD\nVERSION:4.0\nN:Duvernay;Octavia;R.;;\nFN:Octavia R. Duvernay\nBDAY:19660921\nADR;TYPE=home:;;18 Brattle St;Cambridge;MA;02138;USA\nORG:Northwind\nEND:VCARD');
    gone(r, ['Duvernay;Octavia', 'Octavia R. Duvernay', '19660921', '18 Brattle St']);
    kept(r, ['ORG:Northwind', 'VERSION:4.0']);
  });

  it('takes the ordering customer and beneficiary of an MT103', () => {
    const r = text(':20:REF4471X\n:32A:250114EUR1250,00\n:50K:/NL91ABNA0417164300\nOCTAVIA DUVERNAY\n18 BRATTLE STREET\nCAMBRIDGE MA 02138\n:59F:/GB29NWBK60161331926819\n1/EZINNE OKORO-BANKS\n2/7 HARBOUR ROW\n3/GB/LEITH\n:71A:SHA');
    gone(r, ['OCTAVIA DUVERNAY', '18 BRATTLE STREET', 'EZINNE OKORO-BANKS', '7 HARBOUR ROW']);
    kept(r, [':20:REF4471X', ':71A:SHA', ':32A:250114EUR1250,00']);
  });
});

describe('fixed-width billing records', () => {
  const luhn = (body: string): string => {
    let sum = 0;
    for (let i = 0; i < body.length; i++) {
      let d = Number(body[body.length - 1 - i]);
      if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    return body + String((10 - (sum % 10)) % 10);
  };
  const record = (id: string, name: string, card: string, tail: string): string => `${id}${name.padEnd(28, ' ')}${card.padEnd(20, ' ')}${tail}`;

  it('takes the upper-case name and the unformatted card of a record with money fields', () => {
    for (const [name, body] of [['WILHELMINA OSTROWSKA', '453201778812046'], ['JOÃO BRAGANÇA', '51059100334781'], ['KWABENA ASANTE-DARKO', '37824463100051']] as const) {
      const card = luhn(body);
      const r = text(record('RB7730019', name, card, '0000012550USD20261104'));
      for (const v of [name, card]) expect(r, v).not.toContain(v);
      expect(r).toContain('USD20261104');
    }
  });

  it('takes the card beside a card word without money fields', () => {
    const card = luhn('601100448120733');
    const r = text(`SETTLE  CARD ${card}    AUTH 00A771    BATCH 0091`);
    expect(r).not.toContain(card);
  });

  it('leaves long numbers of records without money or card words, and non-Luhn numbers', () => {
    const bad = luhn('453201778812046').slice(0, 15) + String((Number(luhn('453201778812046').slice(15)) + 1) % 10);
    for (const line of [record('RB7730019', 'WAREHOUSE NORTH', '4532017788120463', 'STOCK 0001 UNITS'), record('RB7730019', 'PLATFORM TEAM', bad, '0000012550USD20261104')]) {
      expect(text(line)).toBe(line);
    }
  });
});

describe('fixed-width person records without a header', () => {
  // Benefit-carrier and payroll flat files: surname and given name padded to their columns, then the
  // birth date (CCYYMMDD) and the SSN, then money fields.
  const row = (surname: string, given: string, birth: string, ssn: string, gap = ''): string =>
    `D7EMP004417${surname.padEnd(20, ' ')}${given.padEnd(14, ' ')}${birth}${gap}${ssn}0000245000EUR`;

  it('takes the padded surname and given name, the birth date and the SSN after them', () => {
    for (const [surname, given, birth, ssn, gap] of [
      ['OKONKWO-VALE', 'THEODORA', '19740519', '512473308', ''],
      ['LINDQVIST', 'MARISOL', '19881130', '287055912', ' '],
      ['ŚWIĘTEK', 'ORLANDO', '20000229', '604218830', ''],
    ] as const) {
      const r = text(`${row(surname, given, birth, ssn, gap)}\nT90000001`);
      for (const v of [surname, given, birth, ssn]) expect(r, v).not.toContain(v);
      expect(r).toContain('D7EMP004417');
      expect(r).toContain('0000245000EUR');
      expect(r).toContain('T90000001');
    }
  });

  it('leaves rows whose date is recent (a posting date), rows without money and non-names', () => {
    const recent = `${new Date().getUTCFullYear() - 1}0312`;
    for (const line of [
      row('OKONKWO-VALE', 'THEODORA', recent, '512473308'),
      row('OKONKWO-VALE', 'THEODORA', '19740519', '512473308').replace('EUR', '   '),
      row('PLATFORM', 'PAYMENTS', '19740519', '512473308'),
      row('OKONKWO-VALE', 'THEODORA', '19790229', '512473308'),
      row('OKONKWO-VALE', 'THEODORA', '19741340', '512473308'),
    ]) {
      expect(text(line)).toBe(line);
    }
  });

  it('keeps the digits after the birth date when they are no SSN', () => {
    const r = text(row('LINDQVIST', 'MARISOL', '19881130', '000123456'));
    expect(r).not.toContain('19881130');
    expect(r).not.toContain('LINDQVIST');
    expect(r).toContain('000123456');
  });
});
