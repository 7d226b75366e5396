#!/usr/bin/env node
// Deterministic generator for heldout-v19 ("support bundles and pasted logs").
//   node packages/log-scrubber/eval/heldout-v19/generate.mjs   -> writes heldout-v19.jsonl next to this file, prints counts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Gen, Rec, planter } from './values.mjs';
import { KINDS, keeps, leakForms, leaks, redactValue, revive, serialise } from './leak.mjs';
import * as A from './families-a.mjs';
import * as B from './families-b.mjs';
import * as C from './families-c.mjs';

export const SEED = 20261219;
export const SPLIT = 'heldout-v19';
const ROUNDS = 20;

const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
export const SOURCES = [...Object.entries(A), ...Object.entries(B), ...Object.entries(C)]
  .filter(([, f]) => typeof f === 'function').map(([name, fn]) => [kebab(name), fn]);

export function generate() {
  const g = new Gen(SEED);
  const records = [];
  const counters = {};
  let dropped = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [family, fn] of SOURCES) {
      const r = new Rec();
      const out = fn(g, r, planter(g, r));
      const n = (counters[family] = (counters[family] ?? 0) + 1);
      const rec = { id: `${family}-${String(n).padStart(3, '0')}`, split: SPLIT, family, format: out.format, record: out.record };
      if (out.maps) rec.maps = out.maps;
      const seen = new Set();
      rec.sensitive = r.sensitive.filter((s) => { const k = `${s.kind}\u0000${s.value}`; if (seen.has(k)) return false; seen.add(k); return true; });
      const ser = serialise(revive(rec));
      for (const s of rec.sensitive) if (!leaks(ser, s.value, s.kind)) throw new Error(`${rec.id}: label not in record: ${s.value}`);
      const redacted = serialise(redactValue(revive(rec), rec.sensitive));
      const forms = rec.sensitive.flatMap((s) => leakForms(s.value, s.kind));
      const keepList = [];
      for (const kv of new Set(r.keep)) {
        const ok = keeps(ser, kv) && keeps(redacted, kv) && !forms.some((f) => f.includes(kv) || kv.includes(f));
        if (ok) keepList.push(kv); else dropped++;
      }
      rec.keep = keepList;
      records.push(rec);
    }
  }
  return { records, dropped };
}

function main() {
  const { records, dropped } = generate();
  const file = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
  let labels = 0; let keepN = 0; let text = 0;
  for (const r of records) { for (const s of r.sensitive) { perKind[s.kind]++; labels++; } keepN += r.keep.length; if (r.format === 'text') text++; }
  for (const [k, n] of Object.entries(perKind)) console.log(`${k.padEnd(20)} ${String(n).padStart(5)}`);
  console.log(`labels ${labels}  keeps ${keepN} (dropped ${dropped})  records ${records.length}  text ${(100 * text / records.length).toFixed(1)} %  sources ${SOURCES.length}`);
  console.log(`wrote ${file}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
