#!/usr/bin/env node
// Independent checks of heldout-v8.jsonl; exits 1 on any failure.
//   node packages/log-scrubber/eval/heldout-v8/validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leakForms } from '../score.mjs';
import { luhnOk, ibanOk, nationalIdOk } from './values.mjs';

const KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret']);
const file = join(dirname(fileURLToPath(import.meta.url)), 'heldout-v8.jsonl');
const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errors = [];
const fail = (id, msg) => errors.push(`${id}: ${msg}`);
const ids = new Set();
const perKind = {};
const allForms = new Set();
for (const r of records) for (const s of r.sensitive) for (const f of leakForms(s.value, s.kind)) allForms.add(f);
const formList = [...allForms];
const present = (hay, v) => hay.includes(v) || hay.includes(JSON.stringify(v).slice(1, -1));

for (const r of records) {
  if (ids.has(r.id)) fail(r.id, 'duplicate id');
  ids.add(r.id);
  if (r.split !== 'heldout-v8') fail(r.id, `split ${r.split}`);
  if (!['object', 'text'].includes(r.format)) fail(r.id, `format ${r.format}`);
  if (r.format === 'text' && typeof r.record !== 'string') fail(r.id, 'text record is not a string');
  const hay = r.format === 'text' ? r.record : JSON.stringify(r.record);
  for (const path of r.maps ?? []) {
    let node = r.record;
    for (const k of path) node = node?.[k];
    if (!node || typeof node !== 'object' || Array.isArray(node)) fail(r.id, `maps path ${path.join('.')} is not an object`);
  }
  if (!r.sensitive.length) fail(r.id, 'no sensitive values');
  for (const s of r.sensitive) {
    perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
    if (!KINDS.has(s.kind)) fail(r.id, `unknown kind ${s.kind}`);
    if (!s.sub) fail(r.id, 'missing sub');
    if (!s.value || !present(hay, s.value)) fail(r.id, `labelled value not in record: ${JSON.stringify(s.value)}`);
    if (s.kind === 'card' && !luhnOk(s.value.replace(/[\s-]/g, ''))) fail(r.id, `card fails Luhn: ${s.value}`);
    if (s.kind === 'iban' && !ibanOk(s.value)) fail(r.id, `IBAN fails mod-97: ${s.value}`);
    if (s.kind === 'national_id' && s.sub !== 'passport_no') {
      const nodash = s.sub === 'us_ssn_nodash';
      const v = nodash ? s.value.replace(/^(\d{3})(\d{2})(\d{4})$/, '$1-$2-$3') : s.value;
      if (!nationalIdOk(nodash ? 'us_ssn' : s.sub, v)) fail(r.id, `national id ${s.sub} fails its checksum/format: ${s.value}`);
    }
  }
  for (const k of r.keep) {
    if (!present(hay, k)) fail(r.id, `keep value not in record: ${JSON.stringify(k)}`);
    const hit = formList.find((f) => k.includes(f));
    if (hit) fail(r.id, `keep value ${JSON.stringify(k)} contains sensitive form ${JSON.stringify(hit)}`);
  }
}
const families = new Set(records.map((r) => r.family));
const nKeep = records.reduce((a, r) => a + r.keep.length, 0);
console.log(`records=${records.length} emitters=${families.size} sensitive=${Object.values(perKind).reduce((a, b) => a + b, 0)} keep=${nKeep}`);
for (const k of KINDS) {
  console.log(`  ${k.padEnd(18)} ${perKind[k] ?? 0}`);
  if ((perKind[k] ?? 0) < 60) fail('corpus', `kind ${k} has fewer than 60 values`);
}
if (errors.length) {
  console.error(`${errors.length} problem(s):\n${errors.slice(0, 5000).join('\n')}`);
  process.exit(1);
}
console.log('validate: OK');
