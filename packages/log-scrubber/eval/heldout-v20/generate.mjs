#!/usr/bin/env node
// Deterministic generator for heldout-v20 (back-office and corporate IT). Writes heldout-v20.jsonl next to this file.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { R, Rec } from './values.mjs';
import * as A from './families-a.mjs';
import * as B from './families-b.mjs';
import * as C from './families-c.mjs';
import { forms, keeps, redact, serialise, KINDS } from './leak.mjs';

export const SEED = 20261204;
export const PER_SOURCE = 20;
const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
export const SOURCES = [...Object.entries(A), ...Object.entries(B), ...Object.entries(C)].map(([n, f]) => [kebab(n), f]);

export function generate() {
  const r = new R(SEED);
  const counter = {};
  const records = [];
  let dropped = 0;
  for (let round = 0; round < PER_SOURCE; round++) {
    for (const [family, fn] of SOURCES) {
      const rec = new Rec(r);
      const out = fn(rec);
      const format = typeof out === 'string' ? 'text' : 'object';
      counter[family] = (counter[family] ?? 0) + 1;
      const row = { id: `${family}-${String(counter[family]).padStart(3, '0')}`, split: 'heldout-v20', family, format, record: out };
      if (rec.maps.length) row.maps = rec.maps;
      row.sensitive = rec.sensitive;
      const ser = serialise(row);
      for (const s of rec.sensitive) {
        if (!ser.includes(s.value) && !ser.includes(JSON.stringify(s.value).slice(1, -1))) throw new Error(`${row.id}: label not in record: ${s.value}`);
      }
      const red = redact(ser, rec.sensitive);
      const allForms = rec.sensitive.flatMap((s) => forms(s.value, s.kind));
      row.keep = rec.keep.filter((k) => {
        const ok = keeps(ser, k) && keeps(red, k) && !allForms.some((f) => f.includes(k) || k.includes(f));
        if (!ok) dropped++;
        return ok;
      });
      records.push(row);
    }
  }
  return { records, dropped };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { records, dropped } = generate();
  const file = join(dirname(fileURLToPath(import.meta.url)), 'heldout-v20.jsonl');
  writeFileSync(file, records.map((x) => JSON.stringify(x)).join('\n') + '\n');
  const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
  let labels = 0; let keepN = 0; let text = 0;
  for (const x of records) { for (const s of x.sensitive) { perKind[s.kind]++; labels++; } keepN += x.keep.length; if (x.format === 'text') text++; }
  console.log(`records=${records.length} sources=${SOURCES.length} text=${text} (${((100 * text) / records.length).toFixed(1)} %) labels=${labels} keeps=${keepN} droppedKeeps=${dropped}`);
  for (const [k, n] of Object.entries(perKind)) console.log(`  ${k.padEnd(18)} ${n}`);
}
