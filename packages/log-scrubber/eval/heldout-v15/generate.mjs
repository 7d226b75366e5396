#!/usr/bin/env node
// Deterministic generator for heldout-v15.jsonl. Same seed -> same bytes.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeValues } from './values.mjs';
import { leakForms, KINDS } from './leak.mjs';
import { health } from './families-health.mjs';
import { finance } from './families-finance.mjs';
import { platform } from './families-platform.mjs';

const SEED = Number(process.argv[2] ?? 15150415);
const TOTAL = 1200;
const v = makeValues(SEED);
const families = Object.entries({ ...health, ...finance, ...platform });
const counters = {};
const lines = [];
const kindCount = Object.fromEntries(KINDS.map((k) => [k, 0]));
let keepCount = 0;
let text = 0;
for (let i = 0; i < TOTAL; i++) {
  const [fam, fn] = families[i % families.length];
  const sensitive = [];
  const keep = [];
  const c = {
    L: (value, kind, sub) => { value = String(value); if (!sensitive.some((s) => s.value === value)) sensitive.push({ value, kind, sub }); return value; },
    K: (value) => { value = String(value); keep.push(value); return value; },
    KF: (key, value) => { keep.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`); return value; },
  };
  const out = fn(v, c);
  // A keep that overlaps a label (or one of its leak forms) would be destroyed by a perfect scrubber: drop it.
  const forms = sensitive.flatMap((s) => leakForms(s.value, s.kind));
  const keeps = [...new Set(keep)].filter((k) => !forms.some((f) => k.includes(f) || f.includes(k)));
  const n = (counters[fam] = (counters[fam] ?? 0) + 1);
  const rec = { id: `${fam}-${String(n).padStart(3, '0')}`, split: 'heldout-v15', family: fam, format: out.format, record: out.record };
  if (out.maps) rec.maps = out.maps;
  rec.sensitive = sensitive;
  rec.keep = keeps;
  lines.push(JSON.stringify(rec));
  for (const s of sensitive) kindCount[s.kind]++;
  keepCount += keeps.length;
  if (out.format === 'text') text++;
}
const dir = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(dir, 'heldout-v15.jsonl'), lines.join('\n') + '\n');
console.log(`records=${lines.length} sources=${families.length} text=${text} (${((100 * text) / lines.length).toFixed(1)} %) keep=${keepCount}`);
for (const k of KINDS) console.log(`  ${k.padEnd(18)} ${kindCount[k]}`);
console.log(`  total labels       ${Object.values(kindCount).reduce((a, b) => a + b, 0)}`);
