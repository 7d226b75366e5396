import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';
import { bestElapsedMs } from './support/bounded-work.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

function removes(line: string, value: string, kept: readonly string[] = []): void {
  const out = text(line);
  expect(out, line).not.toContain(value);
  for (const k of kept) expect(out, line).toContain(k);
}

describe('names of people in prose', () => {
  it.each([
    ['From: "José Ferreira" <jf@example.com>', 'José Ferreira', ['From: "']],
    ['To: "佐藤 花子" <hanako@example.jp>', '佐藤 花子', []],
    ['Reply-To: Valentina Schmidt <vs@example.com>', 'Valentina Schmidt', ['Reply-To:']],
    ['Cc: 김민준 <mj@example.kr>', '김민준', []],
    ['approved by: Olusegun Kowalski', 'Olusegun Kowalski', ['approved by:']],
    ['approved by: Jürgen O’Brien', 'Jürgen O’Brien', []],
    ['approved by: 李娜', '李娜', []],
    ['shipment handed to Marek van der Berg at front desk', 'Marek van der Berg', ['at front desk']],
    ['shipment handed to 김민준 at front desk', '김민준', ['at front desk']],
    ['Dear Иван Петров, your password was changed', 'Иван Петров', ['your password was changed']],
    ['Dear प्रिया पटेल, your password was changed', 'प्रिया पटेल', []],
    ['ticket escalated to Ciarán Mensah', 'Ciarán Mensah', []],
    ['reviewed by Aoife Schröder', 'Aoife Schröder', []],
    ['Herr Müller hat angerufen', 'Müller', ['hat angerufen']],
    ['Frau Dr. Weber wartet', 'Weber', []],
    ['rendez-vous avec Mme Dubois confirmé', 'Dubois', ['confirmé']],
    ['cita con la Sra. García mañana', 'García', ['mañana']],
    ['contact person: Noor Fernández', 'Noor Fernández', []],
    ['Lars Nguyen called about the refund', 'Lars Nguyen', ['called about the refund']],
    ['refund issued; Sofia Lindqvist will be notified', 'Sofia Lindqvist', []],
    ['assigned to Priya', 'Priya', ['assigned to']],
  ] as const)('%s', (line, value, kept) => removes(line, value, kept));

  it('finds persons under keys that end in "by"', () => {
    const out = JSON.stringify(s.scrub({ pull: { number: 12, mergedBy: 'Aoife Schröder', closedBy: 'Gábor Ivanova' } }));
    expect(out).not.toContain('Aoife');
    expect(out).not.toContain('Gábor');
  });

  it('keeps capitalised words that are not people', () => {
    for (const line of [
      'Internal Server Error while calling Payment Service',
      'deployed to New York and San Francisco',
      'From: "Acme" <noreply> queue',
      'Max Retries exceeded',
      'Anna Street 12 is closed',
      'GET /api/users returned Not Found',
      'assigned to queue billing',
      'Dear customer, your order shipped',
      'Sr. Software Engineer role opened',
    ]) {
      expect(text(line)).toBe(line);
    }
  });
});

describe('dates of birth in prose', () => {
  it.each([
    ['Kunde geb. 15/01/1945, Vertrag verlängert', '15/01/1945'],
    ['b. 04/09/2002; member since 2019', '04/09/2002'],
    ['b. 1983-10-28; member since 2019', '1983-10-28'],
    ['geboren am 3. März 1975 in Köln', '3. März 1975'],
    ['née le 12 mars 1980 à Lyon', '12 mars 1980'],
    ['nato il 01/02/1970 a Roma', '01/02/1970'],
    ['nacida el 3 de mayo de 1990', '3 de mayo de 1990'],
    ['født 24.12.1961', '24.12.1961'],
    ['urodzony 1975-04-03', '1975-04-03'],
    ['patient born on March 3, 1984 admitted', 'March 3, 1984'],
    ['DOB: 03-Mar-1984', '03-Mar-1984'],
    ['birthdate 1984/03/03', '1984/03/03'],
    ['生年月日 1984年3月3日', '1984年3月3日'],
    ['date of birth 19840303', '19840303'],
  ] as const)('%s', (line, dob) => removes(line, dob));

  it('keeps dates that are not births', () => {
    for (const line of ['released 2024-03-01', 'b. 2019 edition', 'build date 03/03/2024', 'born-again process restarted at 12:00']) {
      expect(text(line)).toBe(line);
    }
  });
});

describe('dates of birth after an id, in first person, in validation errors and in travel documents', () => {
  it.each([
    ['personnummer=520202-7032 born=03/01/1999 status=OK', '03/01/1999', ['born=', 'status=OK']],
    ['dni=63975376W born=1959年1月21日 status=OK', '1959年1月21日', ['status=OK']],
    ['cpf=123.456.789-09 born=3. November 1943 status=OK', '3. November 1943', ['status=OK']],
    ['Hola, soy Ana, nací el 27 de julio de 1969. Mi pedido', '27 de julio de 1969', ['Mi pedido']],
    ['中村です。生年月日は1957年4月12日、住所は', '1957年4月12日', ['住所は']],
    ["Validation failed for object='customer': field 'birthDate' rejected value [1968-04-21]", '1968-04-21', ["field 'birthDate'"]],
    ["Field error in object 'form' on field 'dateOfBirth': rejected value [13.03.1957]; codes", '13.03.1957', ['codes']],
    ['pnr=DRP57U SSR DOCS HK1/P/FRA/11 Sep 1985/M fare=2796.00', '11 Sep 1985', ['fare=2796.00']],
    ['SSR DOCS YY HK1/P/GBR/123456789/GBR/12JUL82/M/23OCT29/DOE/JOHN', '12JUL82', ['SSR DOCS YY HK1', '/GBR/']],
  ] as const)('%s', (line, value, kept) => removes(line, value, kept));

  it('keeps a space-grouped id whole and the word after it', () => {
    removes('NINO: AB 12 34 56 C status ok', 'AB 12 34 56 C', ['status ok']);
    expect(text("field 'startDate' rejected value [2026-01-04]")).toContain('2026-01-04');
  });
});

describe('Turkish street lines', () => {
  it.each([
    ['Adresim Cumhuriyet Mah. No:124 D:8, 25254 Konak/İzmir, telefonum', 'Cumhuriyet Mah. No:124 D:8, 25254 Konak/İzmir', ['telefonum']],
    ['ship to İstiklal Cad. No:213 D:1, 29475 Nilüfer/Bursa.', 'İstiklal Cad. No:213 D:1, 29475 Nilüfer/Bursa', []],
    ['teslimat Atatürk Bulvarı No:5 kat 2', 'Atatürk Bulvarı No:5', ['teslimat', 'kat 2']],
    ['your courier waits at Halaskargazi Cd. No:118 D:4 now', 'Halaskargazi Cd. No:118 D:4', ['now']],
    ['kurye geldi: Moda Cd. No:9, zili çalın', 'Moda Cd. No:9', ['zili']],
  ] as const)('%s', (line, value, kept) => removes(line, value, kept));

  it.each([
    ['tenant check ok, lives at House 57, Park Circus Road, Ballygunge; ref=7', 'House 57, Park Circus Road, Ballygunge', ['ref=7']],
    ['tenant check ok, residing at Flat 12, 40 Whitworth Street; ref=7', 'Flat 12, 40 Whitworth Street', ['ref=7']],
    ['tenant check ok, lives at Flat 8, 211 Bold Street; ref=7', 'Flat 8, 211 Bold Street', ['ref=7']],
    ['tenant check ok, lives at Schanzenstraße 14b; ref=7', 'Schanzenstraße 14b', ['ref=7']],
    ['tenant check ok, lives at Kurfürstendamm 9; ref=7', 'Kurfürstendamm 9', ['ref=7']],
  ] as const)('a street line without a postcode after a residence cue: %s', (line, value, kept) => removes(line, value, kept));

  it('keeps a thing and a number after the same cue', () => {
    for (const line of ['the service lives at Level 3 of the stack', 'cache lives at Node 12 now', 'config lives at Version 2; ok']) expect(text(line)).toBe(line);
  });

  it('keeps sentences that only share the abbreviations', () => {
    for (const line of ['see Sect. No:12 of the policy', 'Cad. files: 3 found']) expect(text(line)).toBe(line);
  });

  it('stays linear on hostile input', () => {
    const big = scrubber({ maxStringLength: 100_000, maxRecordChars: 1_000_000 });
    expect(bestElapsedMs(() => big.scrubText('Aaa Mah. '.repeat(10000) + 'No:'), 1000)).toBeLessThan(1000);
  }, 15_000);
});

describe('a birth date given as the answer to a question on the line before', () => {
  // Chat and call transcripts put the agent's question and the customer's answer on separate turns:
  // the bare date on the turn right after a birth-date question is the customer's birth date.
  it.each([
    ["[agent] Could you confirm your date of birth?\n[client] 17/03/1969\n[client] thanks", '17/03/1969'],
    ["Bot: For security, what is your DOB?\nVisitor: 1984-11-02", '1984-11-02'],
    ["Operator (Nia): And your birthday?\nCaller: 05.07.1991", '05.07.1991'],
    ["what's your date of birth?\n 09/30/1979", '09/30/1979'],
  ] as const)('%s', (line, value) => removes(line, value, ['?']));

  it('keeps a date answering any other question', () => {
    const line = "[agent] What date was the order placed?\n[client] 17/03/2026";
    expect(text(line)).toBe(line);
  });
});

describe('a name in the value cell beside a label cell of an HTML table', () => {
  // Order and shipping mails render "Ship to | name, address" as a two-cell row: the label cell says
  // whose the next cell is, as a colon would in text.
  it.each([
    ['<table><tr><td>Ship to</td><td>Quorin Ashbury-Vell<br>4 Elm Row<br>Leeds LS2 7AB</td></tr></table>', 'Quorin Ashbury-Vell'],
    ['<tr><th>Recipient</th><td class="v">Yselde Marrowby</td></tr>', 'Yselde Marrowby'],
    ['<dl><dt>Bill to</dt><dd>Tobiah Quennell</dd></dl>', 'Tobiah Quennell'],
  ] as const)('%s', (line, value) => removes(line, value, ['</']));

  it('keeps a value cell beside a label that names no person', () => {
    const line = '<tr><td>Carrier</td><td>Northwind Express</td></tr>';
    expect(text(line)).toBe(line);
  });
});

describe('a Japanese self-introduction after the business greeting', () => {
  // Japanese mail and tickets open with a set greeting and then "<family> <given>です" or
  // "…と申します": the writer's own name.
  it.each([
    ['お世話になっております。高橋 悠真です。請求書の再発行をお願いします。', '高橋 悠真'],
    ['はじめまして、森本 彩花と申します。', '森本 彩花'],
  ] as const)('%s', (line, value) => removes(line, value, ['です', 'と申します'].filter((w) => line.includes(w))));

  it('keeps a greeting followed by no name', () => {
    const line = 'お世話になっております。先日の件ですが、まだ届いていません。';
    expect(text(line)).toBe(line);
  });
});
