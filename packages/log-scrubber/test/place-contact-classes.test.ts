import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

describe('coordinates', () => {
  it('EXIF and compound coordinate keys hold one number of a point', () => {
    const r = out({ exif: { GPSLatitude: '48.208176', GPSLongitude: '16.373819', GPSLatitudeRef: 'N' }, pickupLat: -37.813628 });
    gone(r, ['48.208176', '16.373819', '-37.813628']);
    kept(r, ['"GPSLatitudeRef":"N"']);
  });

  it('a pair with a percent-encoded comma in a query value', () => {
    const r = text('GET /api/stores?near=48.208176%2C16.373819&radius=3 200 12ms');
    gone(r, ['48.208176', '16.373819']);
    kept(r, ['radius=3']);
  });

  it.each(['position 48.208176 16.373819', 'crumb: location 48.208176 -16.373819', 'GPS: 48.208176 16.373819'])('a blank-separated pair after a place word: %s', (line) => {
    gone(text(line), ['48.208176', '16.373819']);
  });

  it('keeps versions, amounts and pairs without a place word', () => {
    for (const line of ['upgraded 4.1234 to 4.2345', 'paid 1234.5678 9.8765 EUR', 'durations 12.3456 78.9012']) expect(text(line)).toBe(line);
  });
});

describe('Set-Cookie values joined by commas', () => {
  it('every cookie after a joining comma loses its value', () => {
    const r = text('gw resp Set-Cookie: sid=a1b2c3d4e5f6a7b8c9d0; Path=/; Secure, _ga=GA1.2.1111.2222; Max-Age=600, stay_in=0f1e2d3c4b5a69788796a5b4c3d2e1f0; HttpOnly');
    gone(r, ['a1b2c3d4e5f6a7b8c9d0', 'GA1.2.1111.2222', '0f1e2d3c4b5a69788796a5b4c3d2e1f0']);
    kept(r, ['Max-Age=600', 'HttpOnly', 'stay_in=']);
  });

  it('the comma inside Expires is no separator; a last cookie after a comma goes', () => {
    const r = text('gw Set-Cookie: sid=a1b2c3d4e5f6a7b8c9d0; Expires=Thu, 05 Nov 2026 10:00:00 GMT; Path=/, stay_in=0f1e2d3c4b5a69788796a5b4c3d2e1f0');
    gone(r, ['0f1e2d3c4b5a69788796a5b4c3d2e1f0']);
    kept(r, ['Expires=Thu, 05 Nov 2026 10:00:00 GMT']);
  });
});

describe('tables of keys', () => {
  it('every member of a keys-by-holder table is a credential', () => {
    const r = out({ keysByTenant: { 'north-shop': 'pk_00112233445566778899aabbccddeeff', 'south-shop': 'pk_ffeeddccbbaa99887766554433221100' } });
    gone(r, ['pk_00112233445566778899aabbccddeeff', 'pk_ffeeddccbbaa99887766554433221100']);
    kept(r, ['north-shop']);
  });
});

describe('phones in national form', () => {
  it.each([
    'Bad service. Contact me ana@example.org or 611 222 333 - Ana',
    'Hola, pueden llamarme al 611 222 333? Gracias',
  ])('after a contact phrase: %s', (line) => {
    gone(text(line), ['611 222 333']);
  });

  it('ANI of an IVR call, smsTo, and `to` of an SMS provider record', () => {
    gone(text('ivr call 1 ani=7135550142 menu=2'), ['7135550142']);
    gone(out({ factor: 'sms', smsTo: '611 222 333' }), ['611 222 333']);
    gone(out({ provider: 'sms-gw', to: '611222333', body: 'your code is ready' }), ['611222333']);
    kept(out({ to: '/account', from: '/login' }), ['/account']);
  });
});

describe('values that stay', () => {
  it('an amount in a pipe row is no phone number', () => {
    const r = text('upload first="D|Ida Lund|DK5000400440116243|18420.35"');
    kept(r, ['18420.35']);
    gone(r, ['Ida Lund']);
  });

  it('an institution named after a person', () => {
    for (const v of ['Hospital Israelita Albert Einstein', 'Universidad Carlos Tercero']) kept(out({ clinic: v, note: `reminder: ${v} tomorrow` }), [v]);
    gone(text('admitted to Hospital Patient Anna Berg today'), ['Anna Berg']);
  });
});
