#!/usr/bin/env node
// Deterministic generator: node packages/log-scrubber/eval/heldout-v18/generate.mjs [--seed N]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reseed, Rec } from './values.mjs';
import { familiesA } from './families-a.mjs';
import { familiesB } from './families-b.mjs';
import { familiesC } from './families-c.mjs';
import { leakForms, serialise, present, stripLabels } from './leak.mjs';

const SPLIT = 'heldout-v18';
const TOTAL = 1200;
const seedArg = process.argv.indexOf('--seed');
reseed(seedArg > 0 ? Number(process.argv[seedArg + 1]) : 18_2025_07);

const families = { ...familiesA, ...familiesB, ...familiesC };
const names = Object.keys(families);
const counters = {};
const lines = [];
for (let i = 0; i < TOTAL; i++) {
  const fam = names[i % names.length];
  const r = new Rec();
  const out = families[fam](r);
  const rec = { id: `${fam}-${String((counters[fam] = (counters[fam] ?? 0) + 1)).padStart(3, '0')}`, split: SPLIT, family: fam, format: out.format, record: out.record };
  if (out.maps) rec.maps = out.maps;
  const ser = serialise(rec);
  const seen = new Set();
  rec.sensitive = r.sensitive.filter((s) => { const k = `${s.kind}\u0000${s.value}`; if (seen.has(k)) return false; seen.add(k); return true; });
  for (const s of rec.sensitive) if (!present(ser, s.value)) throw new Error(`${rec.id}: label ${s.kind}/${s.sub} not present in record`);
  // A keep that shares text with a label (or vanishes once labels are removed) is not a clean hard negative.
  const forms = rec.sensitive.flatMap((s) => leakForms(s.value, s.kind));
  const stripped = stripLabels(ser, rec.sensitive);
  rec.keep = [...new Set(r.keep)].filter((k) => present(ser, k) && !forms.some((f) => f.includes(k) || k.includes(f)) && present(stripped, k));
  lines.push(JSON.stringify(rec));
}
const file = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
writeFileSync(file, lines.join('\n') + '\n');
const all = lines.map((l) => JSON.parse(l));
const perKind = {};
for (const x of all) for (const s of x.sensitive) perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
console.log(`records=${all.length} sources=${names.length} text=${all.filter((x) => x.format === 'text').length}`);
for (const [k, n] of Object.entries(perKind).sort()) console.log(`${k.padEnd(18)} ${n}`);
console.log(`sensitive=${all.reduce((a, x) => a + x.sensitive.length, 0)} keep=${all.reduce((a, x) => a + x.keep.length, 0)}`);
