#!/usr/bin/env node
// Generates heldout-v4.jsonl: deterministic (mulberry32, seed 31337), no network, no inputs.
//   node packages/log-scrubber/eval/heldout-v4/generate.mjs            writes heldout-v4.jsonl
//   node packages/log-scrubber/eval/heldout-v4/generate.mjs --stdout   prints it instead
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed } from './lib-base.mjs';
import { FAMILIES } from './families.mjs';

export const SEED = 31337;
const SECRET = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
const esc = (v) => JSON.stringify(v).slice(1, -1);

function context() {
  const sensitive = [];
  const keep = [];
  return {
    sensitive, keep,
    s(v, kind, sub) { v = String(v); if (!sensitive.some((x) => x.value === v)) sensitive.push({ value: v, kind, sub }); return v; },
    k(v) { v = String(v); if (!keep.includes(v)) keep.push(v); return v; },
    kf(key, val) { const frag = `${JSON.stringify(key)}:${JSON.stringify(val)}`; if (!keep.includes(frag)) keep.push(frag); return val; },
  };
}

// Generation-side sanity: a candidate record is rejected (and the template drawn again) when a
// label could not be judged fairly. The validator re-checks all of this independently.
function leakFormsOf(v, kind) {
  const f = new Set([v, esc(v)]);
  if (SECRET.has(kind) && v.includes(' ') && !v.includes('\n')) for (const w of v.split(/\s+/)) if (w.length >= 5) f.add(w);
  const compact = v.replace(/[\s\-./()]/g, '');
  if (compact !== v && compact.length >= 6) f.add(compact);
  if (v.includes('\n')) for (const l of v.split('\n')) if (l.trim().length >= 16) f.add(l.trim());
  return [...f];
}
function acceptable(rec) {
  const hay = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
  if (typeof hay !== 'string') return false;
  for (const s of rec.sensitive) {
    const min = s.kind === 'person_name' ? 2 : 4;
    if (s.value.length < min || !s.sub || !(hay.includes(s.value) || hay.includes(esc(s.value)))) return false;
  }
  for (const k of rec.keep) {
    if (!(hay.includes(k) || hay.includes(esc(k)))) return false;
    for (const s of rec.sensitive) if (k.includes(s.value) || s.value.includes(k)) return false;
  }
  let out = hay;
  for (const s of [...rec.sensitive].sort((a, b) => b.value.length - a.value.length)) out = out.split(s.value).join('[X]').split(esc(s.value)).join('[X]');
  for (const s of rec.sensitive) if (leakFormsOf(s.value, s.kind).some((f) => out.includes(f))) return false;
  for (const k of rec.keep) if (!(out.includes(k) || out.includes(esc(k)))) return false;
  return true;
}

export function build() {
  seed(SEED);
  const lines = [];
  for (const [family, [count, template]] of Object.entries(FAMILIES)) {
    for (let i = 0; i < count; i++) {
      let rec;
      for (let attempt = 0; ; attempt++) {
        if (attempt === 50) throw new Error(`${family}: no acceptable record after 50 draws`);
        const c = context();
        const { format, record } = template(c);
        rec = { id: `${family}-${String(i + 1).padStart(3, '0')}`, split: 'heldout-v4', family, format, record, sensitive: c.sensitive, keep: c.keep.filter((k) => k.length >= 3) };
        if (acceptable(rec)) break;
      }
      lines.push(JSON.stringify(rec));
    }
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = build();
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else {
    const file = join(dirname(fileURLToPath(import.meta.url)), 'heldout-v4.jsonl');
    writeFileSync(file, text);
    console.log(`wrote ${file}: ${text.split('\n').filter(Boolean).length} records`);
  }
}
