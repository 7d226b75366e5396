#!/usr/bin/env node
// Deterministic generator: node generate.mjs writes heldout-v17.jsonl next to it and prints counts.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as V from './values.mjs';
import { Builder } from './builder.mjs';
import { leakForms, serialise, present, redact } from './leak.mjs';
import { MOBILE } from './families-mobile.mjs';
import { BACKEND } from './families-backend.mjs';
import { COMMERCE } from './families-commerce.mjs';
import { SOCIAL } from './families-social.mjs';

const SPLIT = 'heldout-v17';
const SEED = 0x17c0a55;
const PER_FAMILY = 15;
const toSnake = (s) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A record is accepted only if every label/keep is written in it and no keep overlaps a label. */
export function problems(rec) {
  const out = serialise(rec);
  const errs = [];
  for (const s of rec.sensitive) if (!present(out, s.value)) errs.push(`label not present: ${s.kind}`);
  for (const k of rec.keep) if (!present(out, k)) errs.push(`keep not present: ${k}`);
  const forms = rec.sensitive.flatMap((s) => leakForms(s.value, s.kind));
  for (const k of rec.keep) for (const f of forms) if (k.includes(f) || f.includes(k)) errs.push(`keep overlaps label: ${k}`);
  const cleaned = redact(out, rec.sensitive);
  for (const k of rec.keep) if (!present(cleaned, k)) errs.push(`keep lost after label removal: ${k}`);
  return errs;
}

function build() {
  V.seed(SEED);
  const families = { ...MOBILE, ...BACKEND, ...COMMERCE, ...SOCIAL };
  const records = [];
  for (const [fname, fn] of Object.entries(families)) {
    const family = toSnake(fname);
    for (let i = 1; i <= PER_FAMILY; i++) {
      let rec;
      for (let attempt = 0; attempt < 30; attempt++) {
        const b = new Builder();
        const r = fn(b);
        rec = { id: `${family}-${String(i).padStart(3, '0')}`, split: SPLIT, family, format: r.format, record: r.record, ...(r.maps ? { maps: r.maps } : {}), sensitive: b.sensitive, keep: [...new Set(b.keep)] };
        const errs = problems(rec);
        if (errs.length === 0) break;
        if (attempt === 29) console.error(rec.id, errs, serialise(rec).slice(0, 400));
        rec = undefined;
      }
      if (!rec) throw new Error(`could not build a clean record for ${family}`);
      records.push(rec);
    }
  }
  return records;
}

const records = build();
const file = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const perKind = {};
for (const r of records) for (const s of r.sensitive) perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
const text = records.filter((r) => r.format === 'text').length;
console.log(`records=${records.length} text=${text} (${((100 * text) / records.length).toFixed(1)} %) families=${new Set(records.map((r) => r.family)).size}`);
for (const [k, n] of Object.entries(perKind).sort()) console.log(`${k.padEnd(18)} ${n}`);
console.log(`sensitive=${records.reduce((a, r) => a + r.sensitive.length, 0)} keep=${records.reduce((a, r) => a + r.keep.length, 0)}`);
