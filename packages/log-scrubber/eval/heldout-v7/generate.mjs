#!/usr/bin/env node
// Writes heldout-v7.jsonl. Seeded PRNG only (no clock, no network): rerunning reproduces the file byte for byte.
//   node packages/log-scrubber/eval/heldout-v7/generate.mjs [--seed N] [--out path]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32, makeValues } from './values.mjs';
import { FAMILIES } from './families.mjs';
import { SECRET_FAMILIES } from './secret-families.mjs';

export const DEFAULT_SEED = 71203;
export const PER_FAMILY = 20;
// Credential-heavy emitters get more records so secrets are about 40 % of the labels.
export const PER_SECRET_FAMILY = 30;

export function buildCorpus(seed = DEFAULT_SEED) {
  const v = makeValues(mulberry32(seed));
  const lines = [];
  const plan = [...Object.entries(FAMILIES).map(([f, e]) => [f, e, PER_FAMILY]), ...Object.entries(SECRET_FAMILIES).map(([f, e]) => [f, e, PER_SECRET_FAMILY])];
  for (const [family, emit, count] of plan) {
    for (let i = 1; i <= count; i++) {
      const sensitive = [];
      const keep = [];
      const L = (value, kind, sub) => { sensitive.push({ value, kind, sub }); return value; };
      const K = (value) => { keep.push(value); return value; };
      // A number or setting under a secret-ish name is kept as its JSON fragment, so the check is about that field.
      const KF = (key, value) => { keep.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`); return value; };
      const { format, record, maps } = emit(v, L, K, KF);
      const rec = { id: `${family}-${String(i).padStart(3, '0')}`, split: 'heldout-v7', family, format, record };
      if (maps) rec.maps = maps;
      rec.sensitive = sensitive;
      rec.keep = [...new Set(keep)];
      lines.push(JSON.stringify(rec));
    }
  }
  return `${lines.join('\n')}\n`;
}

function main() {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, out: { type: 'string' } } });
  const text = buildCorpus(values.seed ? Number(values.seed) : DEFAULT_SEED);
  const out = values.out ?? join(dirname(fileURLToPath(import.meta.url)), 'heldout-v7.jsonl');
  writeFileSync(out, text);
  const recs = text.trim().split('\n').map((l) => JSON.parse(l));
  const perKind = {};
  for (const r of recs) for (const s of r.sensitive) perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
  console.log(`wrote ${out}: ${recs.length} records, ${recs.reduce((a, r) => a + r.sensitive.length, 0)} labels, ${recs.reduce((a, r) => a + r.keep.length, 0)} keep`);
  console.log(JSON.stringify(perKind));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
