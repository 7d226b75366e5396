import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const json = (value: unknown): string => JSON.stringify(s.scrub(value));

describe('a rejected row quoted inside a logfmt or JSON-escaped string', () => {
  // `\t` and `\n` here are two characters each: the row was escaped when the importer logged it.
  const rows: [row: string, personal: string[], iban: string][] = [
    [String.raw`Ingrid Halvorsen\tGoethestraße 14, 10625 Berlin\t+47 912 34 567\tDE89 3704 0044 0532 0130 00`, ['Ingrid Halvorsen', 'Goethestraße 14', '+47 912 34 567', '3704 0044'], 'DE89 3704 0044 0532 0130 00'],
    [String.raw`Tomasz Wielgosz\t41 Maple Avenue, Apt 7C, Denver, CO 80203\t+61 412 345 678\tGB82WEST12345698765432`, ['Tomasz Wielgosz', '41 Maple Avenue', 'Denver, CO 80203', '+61 412 345 678'], 'GB82WEST12345698765432'],
    [String.raw`Aino Virtanen\tHerengracht 101-II, 1015 BS Amsterdam\t+33 6 11 22 33 44\tNL91 ABNA 0417 1643 00`, ['Aino Virtanen', 'Herengracht 101', '+33 6 11 22 33 44', '0417 1643'], 'NL91 ABNA 0417 1643 00'],
  ];
  for (const [row, personal, iban] of rows) {
    it(`splits "${row.slice(0, 20)}…" on its escaped tabs`, () => {
      const r = text(`loader[41]: level=warn job=job_8c1f_0032 file=people.tsv msg="rejected row: 4 != 6" raw="${row}"`);
      gone(r, [...personal, iban]);
      expect(r).toMatch(/<iban:k1:[0-9a-f]{20}>/);
      expect(r).not.toMatch(/<card:/);
      kept(r, ['job_8c1f_0032', 'people.tsv']);
    });
  }

  it('splits escaped rows on an escaped line break', () => {
    const r = text(String.raw`loader: msg="2 rows rejected" raw="Ingrid Halvorsen\t+47 912 34 567\tingrid.h@mail.test\tGold\nAino Virtanen\t+33 6 11 22 33 44\taino.v@mail.test\tSilver"`);
    gone(r, ['Ingrid Halvorsen', '+47 912 34 567', 'Aino Virtanen', '+33 6 11 22 33 44']);
    kept(r, ['Gold', 'Silver', '2 rows rejected']);
  });

  it('leaves an escaped row of machine values', () => {
    const line = String.raw`loader: msg="rejected" raw="web-1\teu-west-1\t2025-03-01\tactive"`;
    expect(text(line)).toBe(line);
  });
});

describe('a headerless row quoted cell by cell', () => {
  it('judges the date cell of a row whose address cell holds commas', () => {
    for (const dob of ['14.05.1979', '3 March 1979']) {
      const r = text(`export WARN bad quote in people.csv: "5521","Ingrid Halvorsen","ingrid.h@mail.test","+47 912 34 567","41 Maple Avenue, Apt 7C, Denver, CO 80203","${dob}"`);
      gone(r, [dob, 'Ingrid Halvorsen']);
      kept(r, ['"5521"', 'people.csv']);
    }
  });

  it('takes a card number cell of a row proven a person by the e-mail', () => {
    const r = text('  record: "4410","Ingrid Halvorsen","ingrid.h@mail.test","4111111111111111","2025-01-09"');
    gone(r, ['4111111111111111', 'Ingrid Halvorsen']);
    expect(r).toMatch(/<card:k1:/);
    kept(r, ['"4410"', '"2025-01-09"']);
  });

  it('leaves a Luhn-valid number outside a card network in such a row', () => {
    const r = text('  record: "4410","Ingrid Halvorsen","ingrid.h@mail.test","1000000000000008","2025-01-09"');
    kept(r, ['1000000000000008']);
  });
});

describe('coordinates as a number pair under a key naming a place', () => {
  it('takes both numbers', () => {
    for (const key of ['selfie_geo', 'home_location', 'geo', 'location', 'pickup_latlng', 'gps', 'last_position', 'device_coords']) {
      const r = json({ applicant: { [key]: [59.91273, 10.74609] } });
      gone(r, ['59.91273', '10.74609']);
    }
  });

  it('keeps number pairs under other keys, and a location word over numbers that are no point', () => {
    const r = json({ sizes: [12.5, 3.25], location_ids: [12, 40], location: 'eu-west-1', window_location: [250.5, 980.25] });
    kept(r, ['12.5', '3.25', '[12,40]', 'eu-west-1', '250.5', '980.25']);
  });
});

describe('a recorded track: an array of coordinate points under a track-like key', () => {
  it('takes every point, with or without an elevation, and the rings of a GeoJSON polygon', () => {
    for (const key of ['track', 'route', 'path', 'trace', 'points', 'coordinates', 'polyline', 'gps_track', 'waypoints']) {
      const r = json({ activity: { sport: 'hike', [key]: [[47.37712, 8.54171, 411], [-33.86815, 151.20932, 12], [47.37801, 8.5433]] } });
      gone(r, ['47.37712', '8.54171', '-33.86815', '151.20932', '47.37801', '8.5433']);
      kept(r, ['hike']);
    }
    gone(json({ geometry: { type: 'Polygon', coordinates: [[[8.54171, 47.37712], [8.5433, 47.37801], [8.54171, 47.37712]]] } }), ['47.37712', '8.5433']);
  });

  it('keeps numeric matrices under other keys and integer grids under a path key', () => {
    const r = json({ matrix: [[12.5, 3.25, 7], [1.5, 2.75, 9]], histogram: [[0.5, 10.25], [1.5, 20.75]], path: [[0, 1], [2, 3]], track: [[1, 2, 3, 4, 5]] });
    kept(r, ['12.5', '3.25', '1.5', '2.75', '10.25', '20.75', '[[0,1],[2,3]]', '[[1,2,3,4,5]]']);
  });
});

describe('US street lines with a unit before the city, state and ZIP', () => {
  for (const line of ['1860 Lakeview Dr, Apt 28B, Austin, TX 78704', '77 Birch Street, Unit 3, Boise, ID 83702', '905 Cedar Ave, Suite 210, San Jose, CA 95112', '12 Harbor Rd, #4, Salem, OR 97301']) {
    it(`takes "${line}" whole in prose and under a residence key`, () => {
      gone(text(`Lease between Acme and the tenant, residing at ${line}.`), [line.split(',')[0]!, line.slice(line.lastIndexOf(',') + 2)]);
      gone(text(`My address is ${line} thanks`), [line.split(',')[0]!, line.slice(line.lastIndexOf(',') + 2)]);
      for (const key of ['residence', 'domicile', 'residential_address']) gone(json({ [key]: line }), [line.split(',')[0]!, line.slice(line.lastIndexOf(',') + 2)]);
    });
  }
});
