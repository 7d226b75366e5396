import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

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
