#!/usr/bin/env node
// Deterministic generator for heldout-v22: round-robin over the log sources, writes heldout-v22.jsonl.
//   node packages/log-scrubber/eval/heldout-v22/generate.mjs [--seed N] [--records N] [--verbose]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { R, Rec } from './values.mjs';
import { families as auth } from './families-auth.mjs';
import { families as platform } from './families-platform.mjs';
import { families as infra } from './families-infra.mjs';
import { leakForms, serialise, leaks, keptIn, redactValue, revive, serialiseValue } from './leak.mjs';

export const SPLIT = 'heldout-v22';
const { values } = parseArgs({ options: { seed: { type: 'string', default: '20261222' }, records: { type: 'string', default: '1850' }, verbose: { type: 'boolean', default: false } } });
const r = new R(Number(values.seed));
const sources = Object.entries({ ...auth, ...platform, ...infra });
const lines = [];
const counter = {};
let droppedKeeps = 0;

for (let i = 0; i < Number(values.records); i++) {
  const [family, fn] = sources[i % sources.length];
  const c = new Rec();
  const { format, record, maps } = fn(r, c);
  const n = (counter[family] = (counter[family] ?? 0) + 1);
  const seen = new Set();
  const sensitive = c.sensitive.filter((s) => { const key = `${s.kind}\u0000${s.value}`; if (seen.has(key)) return false; seen.add(key); return true; });
  const line = { id: `${family}-${String(n).padStart(3, '0')}`, split: SPLIT, family, format, record, ...(maps ? { maps } : {}), sensitive, keep: [] };
  const out = serialise(line);
  for (const s of sensitive) if (!leaks(out, s)) throw new Error(`${line.id}: label ${s.kind}/${s.sub} not present in record`);
  const forms = sensitive.flatMap((s) => leakForms(s.value, s.kind));
  const oracleOut = format === 'text' ? redactValue(record, sensitive) : serialiseValue(redactValue(revive(record, maps), sensitive));
  for (const s of sensitive) if (leaks(oracleOut, s)) throw new Error(`${line.id}: oracle leaves ${s.kind}/${s.sub}`);
  const keep = [];
  for (const kv of c.keep) {
    const ok = !keep.includes(kv) && keptIn(out, kv) && keptIn(oracleOut, kv) && !forms.some((f) => f.includes(kv) || kv.includes(f));
    if (ok) keep.push(kv); else { droppedKeeps++; if (values.verbose) console.error(`drop keep ${line.id}: ${JSON.stringify(kv)}`); }
  }
  line.keep = keep;
  lines.push(line);
}

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, `${SPLIT}.jsonl`), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');

const perKind = {};
for (const l of lines) for (const s of l.sensitive) perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
const labels = Object.values(perKind).reduce((a, b) => a + b, 0);
const keeps = lines.reduce((a, l) => a + l.keep.length, 0);
const text = lines.filter((l) => l.format === 'text').length;
console.log(`records ${lines.length} (text ${text}, ${((100 * text) / lines.length).toFixed(1)} %), sources ${sources.length}`);
console.log(`labels ${labels}, keeps ${keeps} (dropped ${droppedKeeps})`);
for (const [k, v] of Object.entries(perKind).sort()) console.log(`  ${k.padEnd(18)} ${v}`);
