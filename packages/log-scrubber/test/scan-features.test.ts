import { describe, expect, it } from 'vitest';
import { detectorFeatures } from '../src/text-scanner.js';
import { scrubber } from './helpers.js';

// A pseudonym an earlier pass wrote is no evidence of personal data: its colons, hex digits and
// kind word must not switch on detectors (each one makes every later regex pass over the string
// more expensive), and the string is longer than before pseudonymisation.
describe('pseudonyms written by an earlier pass switch on no detector', () => {
  const tok = (kind: string, hex: string): string => `<${kind}:k1:${hex.repeat(20).slice(0, 20)}>`;

  it('a row of pseudonyms beside a mail address needs only the detectors of the address', () => {
    const row = `${tok('name', 'a1')};${tok('name', '7f')};oskar.v@example.net;${tok('phone', '39')};${tok('dob', 'c0')}`;
    expect(detectorFeatures(row)).toBe(detectorFeatures(';;oskar.v@example.net;;'));
    expect(detectorFeatures(`${row}\n${row}`)).toBe(detectorFeatures(';;oskar.v@example.net;;\n;;oskar.v@example.net;;'));
  });

  it('a display name before an address still switches on the name detectors', () => {
    expect(detectorFeatures('oskar vinter <oskar.v@example.net>')).not.toBe(detectorFeatures('oskar vinter oskar.v@example.net'));
  });

  it('header-less person rows are still fully pseudonymised', () => {
    const s = scrubber();
    const text = 'Ilse;Marwitz;ilse.m@example.org;0687123456;1979-06-23\n'.repeat(40);
    const out = s.scrubText(text);
    for (const v of ['Marwitz', 'ilse.m@example.org', '0687123456', '1979-06-23']) expect(out).not.toContain(v);
    expect(out.split('\n')[1]).toMatch(/^<name:k1:[0-9a-f]{20}>;<name:k1:[0-9a-f]{20}>;<email:k1:[0-9a-f]{20}>;<phone:k1:[0-9a-f]{20}>;<dob:k1:[0-9a-f]{20}>$/);
  });
});
