import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

describe('delimited exports behind a title line', () => {
  const rows = [
    ['staff_no', 'birthdate', 'cell_phone', 'team', 'start_date'],
    ['S-3381', '1977-09-14', '07723 418265', 'Legal', '2019-03-01'],
    ['S-3390', '21.06.1984', '+44 7911 502817', 'Sales', '2022-11-15'],
  ];
  for (const [d, title] of [[',', 'file=staff_dump_0412.csv'], [';', 'Export gestartet'], ['\t', '# payroll sync 0412']] as const) {
    it(`reads the header after "${title}" (${JSON.stringify(d)})`, () => {
      const r = text([title, ...rows.map((r) => r.join(d))].join('\n'));
      for (const v of ['1977-09-14', '07723 418265', '21.06.1984', '+44 7911 502817']) expect(r, v).not.toContain(v);
      for (const v of ['S-3381', 'Legal', '2019-03-01', '2022-11-15', title]) expect(r, v).toContain(v);
    });
  }

  it('leaves a table of machines behind a title', () => {
    const csv = 'report=hosts.csv\nhost,role,region\nweb-1,frontend,eu-west-1\nweb-2,frontend,eu-west-1';
    expect(text(csv)).toBe(csv);
  });
});

describe('a rejected row quoted whole, without its header', () => {
  const rows: [row: string, personal: string[]][] = [
    ['Maren;Oyelowo;maren.oyelowo@example.org;06-48213975;Keizersgracht 12, 1015 CS Amsterdam;NL91ABNA0417164300;1983-04-17', ['Maren', 'Oyelowo', '06-48213975', '1983-04-17']],
    ["Séverine;O'Malley;s.omalley@mail.test;020 7946 0321;12 Example Road, London;GB82WEST12345698765432;11/23/1969", ['Séverine', "O'Malley", '020 7946 0321', '11/23/1969']],
    ['Tobias;Grünwald;t.gruenwald@post.test;030 4412987;Lindenweg 4, 10115 Berlin;DE89370400440532013000;09.02.1971', ['Tobias', 'Grünwald', '030 4412987', '09.02.1971']],
    ['Haruto;Kobayashi;haruto.k@mail.test;090-8812-4471;1-2-3 Ginza, Tokyo;GB82WEST12345698765432;March 3, 1990', ['Haruto', 'Kobayashi', '090-8812-4471', 'March 3, 1990']],
    ['Елена;Смирнова;e.smirnova@mail.test;07700 900461;5 Hill St, Leeds;NL91ABNA0417164300;14 Feb 1988', ['Елена', 'Смирнова', '07700 900461', '14 Feb 1988']],
  ];
  for (const [row, personal] of rows) {
    it(`judges the cells of "${row.slice(0, 24)}…" by the row they sit in`, () => {
      const r = text(`importer: row 118 rejected (bad postcode) file=clients_0305.csv line="${row}" batch=4f1c2a9e-0b7d-4e55-9a31-7c2d1e0f9b64`);
      gone(r, personal);
      kept(r, ['row 118', 'clients_0305.csv', '4f1c2a9e-0b7d-4e55-9a31-7c2d1e0f9b64']);
    });
  }

  it('reads a pipe-separated row logged on its own line', () => {
    const r = text('skipped record:\nKasimir|Wendt|k.wendt@mail.test|+49 30 901820|1975-06-30|premium');
    gone(r, ['Kasimir', 'Wendt', '+49 30 901820', '1975-06-30']);
    kept(r, ['premium', 'skipped record:']);
  });

  it('leaves rows that prove no person: no e-mail, IBAN or phone among the cells', () => {
    for (const line of [
      'importer: row 7 rejected file=plans.csv line="Gold;Monthly;EUR;12.90;2024-01-01;Active"',
      'sync: line="Berlin;Hamburg;Express;06:30;2025-03-14;Platform 4"',
    ]) {
      expect(text(line)).toBe(line);
    }
  });

  it('keeps a recent date and status words in a person row', () => {
    const r = text('importer: rejected line="Ilse;Vandersteen;ilse.v@mail.test;Active;Gold;2025-11-02"');
    gone(r, ['Ilse', 'Vandersteen']);
    kept(r, ['Active;Gold;2025-11-02']);
  });
});

describe('a value with a comma in the last column of a headed export', () => {
  it('reads the overflow of a date column whole', () => {
    for (const dob of ['June 4, 1972', 'November 30, 1958']) {
      const r = text(`id,full_name,email,date_of_birth\n881,Agnieszka Wróbel,a.wrobel@mail.test,${dob}\n882,Tomasz Lis,t.lis@mail.test,${dob}`);
      gone(r, [dob, dob.split(',')[0]!, 'Agnieszka Wróbel', 'Tomasz Lis']);
      kept(r, ['881', '882', 'id,full_name,email,date_of_birth']);
    }
  });

  it('reads an address with commas when it is the only column that can hold one', () => {
    const r = text('id,name,email,address\n17,Mirela Costa,m.costa@mail.test,Rua Augusta 44, 1100-053 Lisboa');
    gone(r, ['Rua Augusta 44', '1100-053 Lisboa', 'Mirela Costa']);
    kept(r, ['17,']);
  });
});
