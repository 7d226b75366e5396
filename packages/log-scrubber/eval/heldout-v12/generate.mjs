#!/usr/bin/env node
// Deterministic generator for heldout-v12: no clock, no network, no randomness except the seeded PRNG.
//   node packages/log-scrubber/eval/heldout-v12/generate.mjs [--seed N]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SEED, makeRng, makeValues } from './values.mjs';
import { makeNodeFamilies } from './families-node.mjs';
import { makeInfraFamilies } from './families-infra.mjs';
import { makeBusinessFamilies } from './families-business.mjs';

const SPLIT = 'heldout-v12';
const TOTAL = 1500;

export function generate(seed = SEED) {
  const rng = makeRng(seed);
  const V = makeValues(rng);
  // quarter slots: two Node, one infrastructure, one business
  const groups = [['node', makeNodeFamilies(V)], ['node', null], ['infra', makeInfraFamilies(V)], ['business', makeBusinessFamilies(V)]];
  groups[1][1] = groups[0][1];
  const counters = {};
  const records = [];
  for (let i = 0; i < TOTAL; i++) {
    const [group, fams] = groups[i % 4];
    const name = rng.pick(Object.keys(fams));
    const r = fams[name]();
    const family = `${group}.${name}`;
    counters[family] = (counters[family] ?? 0) + 1;
    // pino with OpenTelemetry instrumentation stamps trace ids on Node service records: random-looking
    // hex that must survive scrubbing.
    if (group === 'node' && r.format === 'object' && r.k.length < 3 && !Array.isArray(r.record) && rng.chance(0.8)) {
      const tid = V.traceId();
      r.record = { ...r.record, trace_id: tid, span_id: V.spanId(), trace_flags: '01' };
      r.k.push(tid);
    }
    if (r.format === 'object' && r.k.length < 3 && typeof r.record.hostname === 'string') r.k.push(`"hostname":"${r.record.hostname}"`);
    const seen = new Set();
    const sensitive = [];
    for (const [value, kind, sub] of r.s) {
      if (seen.has(value)) continue; // the same value twice in one record is one finding
      seen.add(value);
      sensitive.push({ value, kind, sub });
    }
    records.push({
      id: `${family}-${String(counters[family]).padStart(3, '0')}`, split: SPLIT, family, format: r.format, record: r.record,
      ...(r.maps ? { maps: r.maps } : {}), sensitive, keep: [...new Set(r.k)].slice(0, 3),
    });
  }
  return records;
}

function main() {
  const { values } = parseArgs({ options: { seed: { type: 'string' } } });
  const records = generate(values.seed ? Number(values.seed) : SEED);
  const out = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
  writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const kinds = {};
  for (const r of records) for (const s of r.sensitive) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
  const keep = records.reduce((a, r) => a + r.keep.length, 0);
  const sens = records.reduce((a, r) => a + r.sensitive.length, 0);
  const fams = new Set(records.map((r) => r.family));
  console.log(`wrote ${out}: ${records.length} records, ${fams.size} families, ${sens} sensitive, ${keep} keep`);
  for (const [k, n] of Object.entries(kinds).sort()) console.log(`  ${k.padEnd(18)} ${n}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
