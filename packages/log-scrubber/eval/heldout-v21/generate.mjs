#!/usr/bin/env node
// Deterministic generator for heldout-v21: round-robin over every log source, fixed seed.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Gen, Rec } from './values.mjs';
import { isKept, leakForms, redactAll, serialise } from './leak.mjs';
import * as A from './families-a.mjs';
import * as B from './families-b.mjs';
import * as C from './families-c.mjs';

const SEED = 20261204;
const RECORDS = 1584;
const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const SOURCES = [...Object.entries(A), ...Object.entries(B), ...Object.entries(C)].filter(([, f]) => typeof f === 'function');

export function generate() {
  const g = new Gen(SEED);
  const out = [];
  const seq = {};
  for (let i = 0; i < RECORDS; i++) {
    const [fname, fn] = SOURCES[i % SOURCES.length];
    const family = kebab(fname);
    const r = new Rec(g);
    const { format, record, maps } = fn(r);
    seq[family] = (seq[family] ?? 0) + 1;
    const rec = { id: `${family}-${String(seq[family]).padStart(3, '0')}`, split: 'heldout-v21', family, format, record };
    if (maps) rec.maps = maps;
    // labels: de-duplicate, and every one must be written in the record
    const seen = new Set();
    rec.sensitive = r.sensitive.filter((s) => { const k = `${s.kind}\u0000${s.value}`; if (seen.has(k)) return false; seen.add(k); return true; });
    const ser = serialise(rec);
    for (const s of rec.sensitive) if (!isKept(ser, s.value)) throw new Error(`${rec.id}: label not written: ${s.value}`);
    // keeps: present, not sharing text with any leak form, and surviving removal of the labels
    const forms = rec.sensitive.flatMap((s) => leakForms(s.value, s.kind));
    const redacted = redactAll(ser, rec.sensitive);
    rec.keep = [...new Set(r.keep)].filter((k) => isKept(ser, k) && !forms.some((f) => f.includes(k) || k.includes(f)) && isKept(redacted, k));
    out.push(rec);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const recs = generate();
  const file = join(dirname(fileURLToPath(import.meta.url)), 'heldout-v21.jsonl');
  writeFileSync(file, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const kinds = {};
  for (const r of recs) for (const s of r.sensitive) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
  for (const [k, n] of Object.entries(kinds).sort()) console.log(`${k.padEnd(20)} ${n}`);
  const text = recs.filter((r) => r.format === 'text').length;
  console.log(`records=${recs.length} text=${text} (${((100 * text) / recs.length).toFixed(1)} %) sources=${SOURCES.length} labels=${recs.reduce((a, r) => a + r.sensitive.length, 0)} keeps=${recs.reduce((a, r) => a + r.keep.length, 0)}`);
}
