import { describe, expect, it } from 'vitest';
import { VENDOR_RULES } from '../src/vendor-rules.js';
import { VendorScanner } from '../src/vendor-scanner.js';
import { generator, rng, vendorSamples } from './support/random-secrets.js';

const samples = vendorSamples(generator(rng(0x5eed)));
const all = new VendorScanner();

function covered(scanner: VendorScanner, text: string, secret: string): boolean {
  const at = text.indexOf(secret);
  return (scanner.find(text) ?? []).some(([start, end]) => start <= at && end >= at + secret.length);
}

describe('vendor rule table', () => {
  it('has one sample per rule and unique ids', () => {
    const ids = VENDOR_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(samples).sort()).toEqual([...ids].sort());
  });

  describe.each(VENDOR_RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const sample = samples[id];
    const alone = new VendorScanner([rule]);

    it('finds exactly the secret in a fresh random value of its shape', () => {
      if (sample === undefined) throw new Error(`no sample for ${id}`);
      const at = sample.text.indexOf(sample.secret);
      expect(alone.find(sample.text)).toContainEqual([at, at + sample.secret.length]);
      expect(covered(all, sample.text, sample.secret)).toBe(true);
    });

    it('ignores the value inside a longer token and near misses', () => {
      if (sample === undefined) throw new Error(`no sample for ${id}`);
      if (sample.miss !== undefined) expect(alone.find(`note ${sample.miss} end`)).toBeUndefined();
      // Prefixed formats start at a token boundary: `x<secret>` is some other identifier.
      if (rule.pattern.source.startsWith('(?<![A-Za-z0-9_-])')) {
        expect(alone.find(`ref x${sample.secret}`)?.some(([s]) => s === 5) ?? false).toBe(false);
      }
    });
  });

  it('an empty rule set finds nothing (and does not loop on an empty keyword pattern)', () => {
    expect(new VendorScanner([]).find(`key AKIA${'A'.repeat(16)} here`)).toBeUndefined();
  });

  it('runs no rule on text naming no vendor', () => {
    expect(all.find('GET /api/orders/ORD-2026-000417 200 12ms user=5f1c2d3e-aaaa-4bbb-8ccc-0123456789ab')).toBeUndefined();
  });
});
