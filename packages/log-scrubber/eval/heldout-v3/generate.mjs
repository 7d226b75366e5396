#!/usr/bin/env node
// Writes heldout-v3.jsonl: deterministic (seed 90417), no network. Each family builds a record and
// registers every planted sensitive value (with its kind and format) and every hard negative as it
// places them. A record whose labels cannot be removed cleanly (a label also occurring as part of
// a keep value, or a leak form occurring elsewhere) is redrawn from the same stream.
//   node packages/log-scrubber/eval/heldout-v3/generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng } from './values.mjs';
import { infraFamilies } from './families-infra.mjs';
import { peopleFamilies } from './families-people.mjs';
import { negativeFamilies } from './families-negatives.mjs';

const SEED = 90417;
const SPLIT = 'heldout-v3';
const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);

class Collector {
  constructor() { this.sensitive = []; this.keep = []; }
  s(value, kind, sub) { this.sensitive.push({ value: String(value), kind, sub }); return value; }
  k(value) { this.keep.push(String(value)); return value; }
  kj(key, value) { this.keep.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`); return value; }
}

// The generator's own cleanliness test (validate.mjs re-checks with score.mjs's rules).
const esc = (v) => JSON.stringify(v).slice(1, -1);
function forms(value, kind) {
  const out = new Set([value, esc(value)]);
  if (SECRET_KINDS.has(kind) && value.includes(' ') && !value.includes('\n')) for (const w of value.split(/\s+/)) if (w.length >= 5) out.add(w);
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) out.add(compact);
  if (value.includes('\n')) for (const l of value.split('\n')) if (l.trim().length >= 16) out.add(l.trim());
  return [...out];
}
function clean(rec) {
  const hay = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
  if (rec.sensitive.length === 0 && rec.keep.length === 0) return 'empty';
  const minLen = (s) => (s.kind === 'person_name' ? 2 : 4);
  for (const s of rec.sensitive) {
    if (s.value.length < minLen(s)) return `short label ${s.value}`;
    if (!hay.includes(s.value) && !hay.includes(esc(s.value))) return `label absent ${s.value}`;
  }
  for (const k of rec.keep) if (!hay.includes(k) && !hay.includes(esc(k))) return `keep absent ${k}`;
  let out = hay;
  for (const s of [...rec.sensitive].sort((a, b) => b.value.length - a.value.length)) out = out.split(s.value).join('\u0000').split(esc(s.value)).join('\u0000');
  for (const s of rec.sensitive) if (forms(s.value, s.kind).some((f) => out.includes(f))) return `leak form remains ${s.value}`;
  for (const k of rec.keep) {
    if (!out.includes(k) && !out.includes(esc(k))) return `keep overlaps a label ${k}`;
    for (const s of rec.sensitive) if (k.includes(s.value) || s.value.includes(k)) return `keep/label overlap ${k}`;
  }
  return '';
}

const families = [...infraFamilies, ...peopleFamilies, ...negativeFamilies];
const names = new Set();
for (const f of families) { if (names.has(f.name)) throw new Error(`duplicate family ${f.name}`); names.add(f.name); }

const r = makeRng(SEED);
const seen = new Set();
const lines = [];
let redraws = 0;
let last = '';
const reasons = {};
for (const fam of families) {
  for (let i = 0; i < fam.n; i++) {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 50) throw new Error(`${fam.name}: cannot build a clean record (${last})`);
      const c = new Collector();
      const built = fam.make(r, c);
      const rec = { id: `${fam.name}-${String(i + 1).padStart(3, '0')}`, split: SPLIT, family: fam.name, format: built.format, record: built.record, sensitive: dedupeLabels(c.sensitive), keep: [...new Set(c.keep)] };
      const key = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
      const why = seen.has(key) ? 'duplicate' : clean(rec);
      if (why) { redraws++; last = why; reasons[`${fam.name}: ${why.split(' ').slice(0, 2).join(' ')}`] = (reasons[`${fam.name}: ${why.split(' ').slice(0, 2).join(' ')}`] ?? 0) + 1; continue; }
      seen.add(key);
      lines.push(JSON.stringify(rec));
      break;
    }
  }
}
function dedupeLabels(list) {
  const out = new Map();
  for (const s of list) if (!out.has(s.value)) out.set(s.value, s);
  return [...out.values()];
}

// --out PATH writes elsewhere (validate.mjs regenerates into a temporary file to prove determinism).
const outIdx = process.argv.indexOf('--out');
const file = outIdx > 0 ? process.argv[outIdx + 1] : join(dirname(fileURLToPath(import.meta.url)), 'heldout-v3.jsonl');
writeFileSync(file, `${lines.join('\n')}\n`);
console.log(JSON.stringify({ file: 'heldout-v3.jsonl', records: lines.length, families: families.length, redraws }));
if (process.env.GEN_DEBUG) console.log(reasons);
