import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus/records.js';
import { scrubber } from './helpers.js';

interface Tally {
  found: number;
  total: number;
  misses: string[];
}

function tally(): Tally {
  return { found: 0, total: 0, misses: [] };
}

describe('labelled corpus', () => {
  const corpus = buildCorpus();
  const s = scrubber();
  const secrets = tally();
  const identifiers = tally();
  const negatives = tally();
  for (const { placement, record, secrets: sec, identifiers: ids, negatives: neg } of corpus) {
    const out = JSON.stringify(s.scrub(record));
    for (const value of sec) {
      secrets.total++;
      if (out.includes(value)) secrets.misses.push(`${placement}: ${value}`);
      else secrets.found++;
    }
    for (const value of ids) {
      identifiers.total++;
      if (out.includes(value)) identifiers.misses.push(`${placement}: ${value}`);
      else identifiers.found++;
    }
    for (const value of neg) {
      negatives.total++;
      if (out.includes(value)) negatives.found++;
      else negatives.misses.push(`${placement}: ${value}`);
    }
  }
  const pct = (t: Tally) => ((100 * t.found) / t.total).toFixed(2);

  it('has at least 150 records with planted values in every placement', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((r) => r.placement)).size).toBe(15);
    console.log(
      `corpus: ${corpus.length} records; secrets recall ${pct(secrets)}% (${secrets.found}/${secrets.total}); ` +
        `identifiers recall ${pct(identifiers)}% (${identifiers.found}/${identifiers.total}); ` +
        `hard-negative keep-rate ${pct(negatives)}% (${negatives.found}/${negatives.total})`,
    );
  });

  it('removes 100% of planted secrets', () => {
    expect(secrets.misses).toEqual([]);
    expect(secrets.found / secrets.total).toBe(1);
  });

  it('pseudonymises at least 99% of planted identifiers', () => {
    expect(identifiers.found / identifiers.total, identifiers.misses.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps at least 98% of hard negatives verbatim', () => {
    expect(negatives.found / negatives.total, negatives.misses.join('\n')).toBeGreaterThanOrEqual(0.98);
  });
});
