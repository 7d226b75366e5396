#!/usr/bin/env node
// Writes heldout-v13.jsonl deterministically from SEED and prints counts per kind.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED, mulberry32, makeValues } from './values.mjs';
import * as app from './families-app.mjs';
import * as infra from './families-infra.mjs';
import * as biz from './families-biz.mjs';
import { forms, redact, serialise } from './leak.mjs';

const fams = (mod, group) => Object.entries(mod).filter(([n, f]) => typeof f === 'function' && n !== 'lab').map(([name, fn]) => ({ name, fn, group }));
// 50 % application services, 25 % infrastructure, 25 % business and support.
const PLAN = [[fams(app, 'app'), 600], [fams(infra, 'infra'), 300], [fams(biz, 'biz'), 300]];

const V = makeValues(mulberry32(SEED));
const records = [];
for (const [list, total] of PLAN) {
  for (let i = 0; i < total; i++) {
    const fam = list[i % list.length];
    const n = Math.floor(i / list.length) + 1;
    const out = fam.fn(V);
    const rec = { id: `${fam.name}-${String(n).padStart(3, '0')}`, split: 'heldout-v13', family: fam.name, format: out.format, record: out.record };
    if (out.maps) rec.maps = out.maps;
    const seen = new Set();
    rec.sensitive = out.sensitive.filter((s) => { const k = `${s.kind}\u0000${s.value}`; if (seen.has(k)) return false; seen.add(k); return true; });
    const raw = serialise(rec);
    const scrubbed = redact(raw, rec.sensitive);
    // a keep that overlaps a label (or is eaten with it) is not a fair hard negative: drop it
    rec.keep = [...new Set(out.keep)].filter((k) => k && raw.includes(k) && scrubbed.includes(k)
      && !rec.sensitive.some((s) => s.value.includes(k) || forms(s.value, s.kind).some((f) => k.includes(f)))).slice(0, 3);
    records.push(rec);
  }
}
const file = join(dirname(fileURLToPath(import.meta.url)), 'heldout-v13.jsonl');
writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const perKind = {};
for (const r of records) for (const s of r.sensitive) perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
console.log(`records=${records.length} families=${new Set(records.map((r) => r.family)).size} sensitive=${records.reduce((a, r) => a + r.sensitive.length, 0)} keep=${records.reduce((a, r) => a + r.keep.length, 0)}`);
for (const [k, n] of Object.entries(perKind).sort()) console.log(`  ${k.padEnd(18)} ${n}`);
