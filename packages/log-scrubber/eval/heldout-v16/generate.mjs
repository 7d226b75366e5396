#!/usr/bin/env node
// Deterministically generates heldout-v16.jsonl: families are visited round-robin, each record
// is built with its own labelling context, and the PRNG is seeded once, so a rerun is
// byte-identical.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reseed, SEED } from './values.mjs';
import { makeCtx } from './ctx.mjs';
import { pipelines } from './families-pipelines.mjs';
import { warehouse } from './families-warehouse.mjs';
import { ml } from './families-ml.mjs';
import { infra } from './families-infra.mjs';
import { services } from './families-services.mjs';

export const SPLIT = 'heldout-v16';
export const FAMILIES = { ...pipelines, ...warehouse, ...ml, ...infra, ...services };
export const TOTAL = 1236;

export function generate() {
  reseed(SEED);
  const names = Object.keys(FAMILIES);
  const seen = {};
  const out = [];
  for (let i = 0; i < TOTAL; i++) {
    const family = names[i % names.length];
    const c = makeCtx();
    const { format, record, maps } = FAMILIES[family](c);
    seen[family] = (seen[family] ?? 0) + 1;
    out.push({ id: `${family}-${String(seen[family]).padStart(3, '0')}`, split: SPLIT, family, format, record, ...(maps ? { maps } : {}), sensitive: c.sensitive, keep: c.keep });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const recs = generate();
  const file = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
  writeFileSync(file, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const perKind = {};
  for (const r of recs) for (const s of r.sensitive) perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
  const text = recs.filter((r) => r.format === 'text').length;
  console.log(`wrote ${recs.length} records (${text} text) from ${Object.keys(FAMILIES).length} sources to ${file}`);
  for (const [k, n] of Object.entries(perKind).sort()) console.log(`  ${k.padEnd(18)} ${n}`);
  console.log(`  labels ${recs.reduce((a, r) => a + r.sensitive.length, 0)}  keep ${recs.reduce((a, r) => a + r.keep.length, 0)}`);
}
