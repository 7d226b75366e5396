#!/usr/bin/env node
// Deterministic generator for heldout-v8.jsonl: no clock, no network, one seeded PRNG.
//   node packages/log-scrubber/eval/heldout-v8/generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reseed, SEED } from './values.mjs';
import { makeContext } from './context.mjs';
import { nodeFamilies } from './families-node.mjs';
import { serviceFamilies } from './families-services.mjs';
import { otherFamilies } from './families-other.mjs';
import { leakForms } from '../score.mjs';

export const SPLIT = 'heldout-v8';
// Records per emitter: mainstream sources carry ~60 % of the corpus, the rest ~40 %.
const PLAN = [
  ...Object.entries(nodeFamilies).map(([n, f]) => [n, f, 15]),
  ...Object.entries(serviceFamilies).map(([n, f]) => [n, f, 15]),
  ...Object.entries(otherFamilies).map(([n, f]) => [n, f, 30]),
];

export function generate() {
  reseed(SEED);
  const records = [];
  for (const [family, fn, n] of PLAN) {
    for (let i = 0; i < n; i++) {
      const c = makeContext();
      const { format, record } = fn(c);
      const rec = { id: `${family}-${String(i + 1).padStart(3, '0')}`, split: SPLIT, family, format, record };
      if (c.maps.length) rec.maps = c.maps;
      rec.sensitive = c.sensitive;
      rec.keep = [...new Set(c.keep)];
      records.push(rec);
    }
  }
  // A keep value that contains any leak form of any labelled value (in any record) would make the
  // keep check and the recall check contradict each other: such keep values are dropped, not relabelled.
  const forms = new Set();
  for (const r of records) for (const s of r.sensitive) for (const f of leakForms(s.value, s.kind)) forms.add(f);
  const formList = [...forms];
  let dropped = 0;
  for (const r of records) {
    const before = r.keep.length;
    r.keep = r.keep.filter((k) => !formList.some((f) => k.includes(f)));
    dropped += before - r.keep.length;
  }
  return { records, dropped };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { records, dropped } = generate();
  const out = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
  writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const perKind = {};
  for (const r of records) for (const s of r.sensitive) perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
  const families = new Set(records.map((r) => r.family));
  console.log(`records=${records.length} emitters=${families.size} sensitive=${records.reduce((a, r) => a + r.sensitive.length, 0)} keep=${records.reduce((a, r) => a + r.keep.length, 0)} (dropped ${dropped} keep values overlapping a label)`);
  for (const [k, n] of Object.entries(perKind).sort()) console.log(`  ${k.padEnd(18)} ${n}`);
}
