#!/usr/bin/env node
// Writes heldout-v9.jsonl deterministically (seeded PRNG, no clock, no network) and prints counts per kind.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leakForms } from '../score.mjs';
import { SEED, reseed } from './values.mjs';
import { draft } from './families-util.mjs';
import * as node from './families-node.mjs';
import * as poly from './families-poly.mjs';
import * as infra from './families-infra.mjs';

const SPLIT = 'heldout-v9';
// Records per family: application code ~70 % (Node.js first), infrastructure ~30 %.
const PLAN = [
  ...Object.entries(node).map(([name, fn]) => [name, fn, 36]),
  ...Object.entries(poly).map(([name, fn]) => [name, fn, 30]),
  ...Object.entries(infra).map(([name, fn]) => [name, fn, 22]),
];
const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The labels of one record are usable: every value present, every keep present and separate from the sensitive values. */
export function problems(rec) {
  const out = [];
  const text = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
  const has = (v) => text.includes(v) || text.includes(JSON.stringify(v).slice(1, -1));
  if (rec.sensitive.length === 0) out.push('no sensitive value');
  for (const s of rec.sensitive) if (!has(s.value)) out.push(`sensitive not in record: ${s.value}`);
  let scrubbed = text;
  const forms = rec.sensitive.flatMap((s) => leakForms(s.value, s.kind)).sort((a, b) => b.length - a.length);
  for (const f of forms) scrubbed = scrubbed.split(f).join('\u2588');
  for (const k of rec.keep) {
    if (!has(k)) out.push(`keep not in record: ${k}`);
    if (!(scrubbed.includes(k) || scrubbed.includes(JSON.stringify(k).slice(1, -1)))) out.push(`keep lost when only the labelled values are removed: ${k}`);
    for (const s of rec.sensitive) if (k.includes(s.value) || s.value.includes(k)) out.push(`keep overlaps sensitive: ${k} / ${s.value}`);
  }
  return out;
}

export function generate() {
  reseed(SEED);
  const records = [];
  const seen = new Set();
  for (const [name, fn, n] of PLAN) {
    for (let i = 0; i < n; i++) {
      for (let attempt = 0; ; attempt++) {
        const r = draft(kebab(name), 'object');
        fn(r);
        r.format = typeof r.record === 'string' ? 'text' : 'object';
        r.keep = [...new Set(r.keep)];
        const key = JSON.stringify(r.record);
        if (problems(r).length === 0 && !seen.has(key)) {
          seen.add(key);
          const rec = { id: `${kebab(name)}-${String(i + 1).padStart(3, '0')}`, split: SPLIT, family: r.family, format: r.format, record: r.record };
          if (r.maps) rec.maps = r.maps;
          rec.sensitive = r.sensitive; rec.keep = r.keep;
          records.push(rec);
          break;
        }
        if (attempt > 50) throw new Error(`${name}: cannot build a clean record: ${problems(r).join('; ')}`);
      }
    }
  }
  return records;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const records = generate();
  const file = join(dirname(fileURLToPath(import.meta.url)), 'heldout-v9.jsonl');
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const kinds = {};
  for (const r of records) for (const s of r.sensitive) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
  const families = new Set(records.map((r) => r.family)).size;
  console.log(`records=${records.length} families=${families} sensitive=${records.reduce((a, r) => a + r.sensitive.length, 0)} keep=${records.reduce((a, r) => a + r.keep.length, 0)}`);
  for (const [k, n] of Object.entries(kinds).sort()) console.log(`  ${k.padEnd(18)} ${n}`);
}
