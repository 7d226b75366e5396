#!/usr/bin/env node
// Deterministic generator for heldout-v14: `node generate.mjs [--seed N]` writes heldout-v14.jsonl
// next to this file and prints counts per kind.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed } from './values.mjs';
import { B } from './builder.mjs';
import { http } from './families-http.mjs';
import { data } from './families-data.mjs';
import { ops } from './families-ops.mjs';

export const SPLIT = 'heldout-v14';
export const DEFAULT_SEED = 20261116;
export const PER_FAMILY = 15;
export const FAMILIES = { ...http, ...data, ...ops };

export function build(s = DEFAULT_SEED) {
  seed(s);
  const out = [];
  for (const [family, fn] of Object.entries(FAMILIES)) {
    for (let i = 0; i < PER_FAMILY; i++) {
      const b = new B();
      const record = fn(b, i);
      const rec = { id: `${family}-${String(i + 1).padStart(3, '0')}`, split: SPLIT, family, format: typeof record === 'string' ? 'text' : 'object', record };
      if (b.maps.length) rec.maps = b.maps;
      rec.sensitive = b.sensitive;
      rec.keep = b.keep;
      out.push(rec);
    }
  }
  return out.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--seed');
  const text = build(i > 0 ? Number(process.argv[i + 1]) : DEFAULT_SEED);
  const file = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
  writeFileSync(file, text);
  const recs = text.trim().split('\n').map((l) => JSON.parse(l));
  const perKind = {};
  for (const r of recs) for (const s of r.sensitive) perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
  const text_ = recs.filter((r) => r.format === 'text').length;
  console.log(`wrote ${file}\nrecords=${recs.length} text=${text_} (${((100 * text_) / recs.length).toFixed(1)} %) families=${Object.keys(FAMILIES).length}`);
  for (const [k, n] of Object.entries(perKind).sort()) console.log(`  ${k.padEnd(18)} ${n}`);
  console.log(`  sensitive total    ${recs.reduce((a, r) => a + r.sensitive.length, 0)}\n  keep total         ${recs.reduce((a, r) => a + r.keep.length, 0)}`);
}
