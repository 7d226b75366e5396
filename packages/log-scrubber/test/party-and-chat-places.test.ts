import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const NAME = /<name:k1:[0-9a-f]{20}>/;
const ADDRESS = /<address:k1:[0-9a-f]{20}>/;

// Payment parties in a mandate or transfer line (`debtor=… IBAN …`) and the person who hosts a
// listing (`host.name` of a marketplace, not ECS's machine name): the value is a name in any script.
describe('person keys in text key=value pairs', () => {
  it('an unquoted party name ends before an upper-case keyword', () => {
    const out = text('direct debit mandate MD-4471 created: debtor=Maëlys Brzęczek IBAN DE89370400440532013000 signed');
    expect(out).not.toContain("Maëlys");
    expect(out).toMatch(new RegExp(`debtor=${NAME.source} IBAN `));
  });
  it('a quoted host name in Hangul or Cyrillic is a person', () => {
    for (const name of ['정하늘', 'Святослав Орлов']) {
      const out = text(`[ ERROR ] POST /api/hosts/check host.name="${name}" host.city="Busan" (App/HostController.swift:88)`);
      expect(out).not.toContain(name);
      expect(out).toMatch(new RegExp(`host.name="${NAME.source}"`));
    }
  });
  it('machine host names stay', () => {
    for (const line of ['host.name="api-7f9c-worker" status=ok', 'host.name=web-01.internal level=info', 'debtor=unknown status=retry', 'creditor=ACME GmbH IBAN DE89370400440532013000']) {
      const out = text(line);
      expect(out).not.toMatch(NAME);
    }
  });
});

// Chat messages say where the writer waits before the street line, in many languages.
describe('street lines after a chat place cue', () => {
  const cases: [string, string][] = [
    ['Привет, жду у подъезда: Kastanienweg 9b. Звони', 'Kastanienweg 9b'],
    ['Привет, жду у подъезда: Schönhauser 42. Звони', 'Schönhauser 42'],
    ['नमस्ते, मैं Plot 62, Lane 4, Gulshan पर हूँ', 'Plot 62, Lane 4, Gulshan'],
    ['مرحبا، أنا في Flat 9, 41 Gloucester Crescent، رقمي', 'Flat 9, 41 Gloucester Crescent'],
    ['مرحبا، أنا في Flat 9, 41 Harbour Mead، رقمي', 'Flat 9, 41 Harbour Mead'],
    ['Hallo, Hinterhof Flat 5, Road 11, Uttara, klingeln geht nicht', 'Flat 5, Road 11, Uttara'],
    ["hi, I'm at Kottbusser Damm 73, ring twice", 'Kottbusser Damm 73'],
    ['hola, estoy en Plaza Mayor 3, llámame', 'Plaza Mayor 3'],
    ['ich bin am Kottbusser Damm 73, klingeln', 'Kottbusser Damm 73'],
  ];
  it.each(cases)('%s', (line, street) => {
    const out = text(line);
    expect(out).not.toContain(street);
    expect(out).toMatch(ADDRESS);
  });
  it('products, versions and numbered things stay', () => {
    for (const line of ["I'm at Level 3 now", "I'm at Windows Server 2019 on this box", 'ich bin am Node 18.2 upgrade', "wait at Gate 12", 'मैं Version 2 पर हूँ']) {
      expect(text(line)).toBe(line);
    }
  });
});

// Japanese request lines: the requester's name, in any script, before が and what they ask for.
describe('names before a Japanese request', () => {
  it('a Hebrew name before が … の返金を依頼', () => {
    const out = text('2026-04-02T10:00:00Z refunds נועה ברק が ORD-2025-118 の返金を依頼: 「届きません」');
    expect(out).not.toContain('נועה');
    expect(out).toMatch(new RegExp(`refunds ${NAME.source} が ORD-2025-118 の返金を依頼`));
  });
  it('ordinary Japanese words before が stay', () => {
    const line = 'システム が ORD-2025-118 の返金を依頼: 自動処理';
    expect(text(line)).toBe(line);
  });
});

// A street line after "delivery to" ends before the date that says when.
describe('street line before a timestamp', () => {
  it('the ISO timestamp after "on" stays', () => {
    const out = text('customer confirmed delivery to 8 Juniper Close on 2026-05-11T08:30:00.000Z');
    expect(out).toContain('on 2026-05-11T08:30:00.000Z');
    expect(out).not.toContain('Juniper');
  });
});
