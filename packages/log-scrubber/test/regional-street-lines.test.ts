import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const ADDRESS = /<address:k1:[0-9a-f]{20}>/;

// Indian addresses: a plot, house, flat or door number, the building or society, the locality
// (`Sector 5`, `Anna Nagar`, `HSR Layout`), the city and the six-digit PIN code.
describe('Indian address lines', () => {
  const lines = [
    'Plot 14, Sunrise Towers, Bidhannagar Sector III, Kolkata 700106',
    'House No. 221, Shanti Residency, Jubilee Hills, Hyderabad 500033',
    'Flat 3B, Lakeview Heights, HSR Layout, Bengaluru 560102',
    'Door No. 7/12, 2nd Cross Street, Anna Nagar, Chennai 600040',
    'H.No. 4-5-66, Sultan Bazar, Hyderabad - 500095',
    'Flat No. A-402, Gokul Dham Society, Malad East, Mumbai 400 097',
    'Plot No. 9, Rajiv Gandhi Colony, Sector 21, Gurugram, Haryana 122016',
  ];
  it.each(lines)('under an `addr=` key: %s', (line) => {
    const out = text(`courier scan=DELIVERED parcel=PX77120 addr="${line}" eta=12m`);
    expect(out).toMatch(new RegExp(`addr="${ADDRESS.source}" eta=12m$`));
  });
  it.each(lines)('after an address word in a transcript: %s', (line) => {
    const out = text(`Agent: address? Caller: Mera pata ${line} hai, thank you.`);
    expect(out).not.toContain(line.split(', ')[1]!);
    expect(out.replace(/<[a-z]+:k1:[0-9a-f]{20}>/g, '')).not.toMatch(/\d{3} ?\d{3}(?!\d)/);
    expect(out).toMatch(ADDRESS);
    expect(out).toMatch(/ hai, thank you\.$/);
  });
  it('locality words inside the address are taken with it, not read as a person', () => {
    const out = text('ship-to: Door No. 18, Ganga Apartments, Anna Nagar, Chennai 600040');
    expect(out).toMatch(ADDRESS);
    expect(out).not.toMatch(/<name:/);
    expect(out).not.toContain('Anna');
  });
  it('a locality alone is no person', () => {
    for (const line of ['store opened in Anna Nagar today', 'route covers Salt Lake Sector and Indira Nagar', 'warehouse at Rajiv Colony closed']) {
      expect(text(line)).not.toMatch(/<name:/);
    }
  });
  it('numbered things that are no address stay', () => {
    for (const line of ['Plot 3, Series A, Figure 2 loaded in 120040 ms', 'Flat 2, rate 5, retries 100000', 'House No. 5 rule applied, build 500034']) {
      expect(text(line)).toBe(line);
    }
  });
});

// Danish addresses write the floor and the side after the house number (`2. th` right, `1. tv`
// left, `3. mf` middle, `st.` ground floor, `kl.` basement), then a four-digit postcode and the
// town, a district letter after the bigger ones (`København K`, `Aarhus C`, `Odense SØ`).
describe('Danish address lines', () => {
  const lines = [
    'Vesterbrogade 112, 2. th, 1620 København V',
    'Nørregade 4, st. tv, 8000 Aarhus C',
    'Algade 31, 3. mf, 4000 Roskilde',
    'Toldboden 9, kl., 5000 Odense C',
    'Lille Torv 6, 1. tv, 8000 Aarhus C',
  ];
  it.each(lines)('in a semicolon row: %s', (line) => {
    const out = text(`import row 12: Kirsten Holm;kholm@example.dk;${line};EMP-4471`);
    expect(out).not.toContain(line.split(',')[0]!);
    expect(out).toMatch(new RegExp(`;${ADDRESS.source};EMP-4471$`));
  });
  it('the district letter after the town goes with the address', () => {
    const out = text('stop 7 of 12: Frederiksberg Allé 14, 4. th, 1820 Frederiksberg C; signed');
    expect(out).toMatch(new RegExp(`${ADDRESS.source}; signed$`));
  });
  it('version and section numbers stay', () => {
    for (const line of ['Release 8, 1. rc, 2024 build', 'Chapter 4, 2. ed, 1999 Oxford']) {
      expect(text(line)).toBe(line);
    }
  });
});
