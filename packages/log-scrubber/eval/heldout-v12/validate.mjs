#!/usr/bin/env node
// Independent checks of heldout-v12.jsonl; exit 1 on any failure.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATIONAL_ID_CHECKS, ibanValid, luhnValid } from './values.mjs';
import { leakForms, removeAll, serialise, strings } from './leakforms.mjs';

const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
const file = join(dirname(fileURLToPath(import.meta.url)), 'heldout-v12.jsonl');
const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errors = [];
const fail = (id, m) => errors.push(`${id}: ${m}`);
const ids = new Set();
const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
let keepTotal = 0;
for (const r of records) {
  if (ids.has(r.id)) fail(r.id, 'duplicate id');
  ids.add(r.id);
  if (r.split !== 'heldout-v12') fail(r.id, `split ${r.split}`);
  if (!['object', 'text'].includes(r.format) || (r.format === 'text') !== (typeof r.record === 'string')) fail(r.id, 'format/record mismatch');
  if (r.keep.length > 3) fail(r.id, 'more than 3 keep values');
  for (const path of r.maps ?? []) {
    let node = r.record;
    for (const k of path) node = node?.[k];
    if (!node || typeof node !== 'object' || Array.isArray(node)) fail(r.id, `maps path ${path.join('.')} is not an object`);
  }
  const strs = r.format === 'text' ? [r.record] : strings(r.record);
  const text = serialise(r.record);
  for (const s of r.sensitive) {
    if (!KINDS.includes(s.kind)) fail(r.id, `unknown kind ${s.kind}`);
    perKind[s.kind]++;
    const esc = JSON.stringify(s.value).slice(1, -1);
    if (!strs.some((x) => x.includes(s.value) || x.includes(esc))) fail(r.id, `labelled value not in record: ${s.value}`);
    if (s.kind === 'card' && !luhnValid(s.value)) fail(r.id, `card fails Luhn: ${s.value}`);
    if (s.kind === 'iban' && !ibanValid(s.value)) fail(r.id, `IBAN fails mod 97: ${s.value}`);
    if (s.kind === 'national_id') {
      const check = NATIONAL_ID_CHECKS[s.sub];
      if (!check) fail(r.id, `national id without checker: ${s.sub}`);
      else if (!check(s.value)) fail(r.id, `national id ${s.sub} fails its checksum: ${s.value}`);
    }
    if (s.kind === 'geo' && !/^-?\d{1,3}\.\d{4,}$/.test(s.value)) fail(r.id, `geo not precise: ${s.value}`);
  }
  const scrubbed = removeAll(text, r.sensitive);
  for (const kv of r.keep) {
    keepTotal++;
    const esc = JSON.stringify(kv).slice(1, -1);
    if (!text.includes(kv) && !text.includes(esc)) fail(r.id, `keep value not in record: ${kv}`);
    for (const s of r.sensitive) {
      for (const f of leakForms(s.value, s.kind)) if (kv.includes(f)) fail(r.id, `keep ${kv} contains leak form of ${s.value}`);
    }
    if (!scrubbed.includes(kv) && !scrubbed.includes(esc)) fail(r.id, `keep value does not survive removal of labels: ${kv}`);
  }
}
const fams = new Set(records.map((r) => r.family));
for (const [k, n] of Object.entries(perKind)) if (n < 50) errors.push(`kind ${k} has only ${n} values (< 50)`);
console.log(`${records.length} records, ${fams.size} families, ${Object.values(perKind).reduce((a, b) => a + b, 0)} sensitive, ${keepTotal} keep`);
for (const [k, n] of Object.entries(perKind)) console.log(`  ${k.padEnd(18)} ${n}`);
if (errors.length) {
  for (const e of errors.slice(0, 50)) console.error(`FAIL ${e}`);
  console.error(`${errors.length} failure(s)`);
  process.exit(1);
}
console.log('validate: OK (ids unique, split, labels present, Luhn/mod-97/national-id checksums, keep values present, disjoint from and surviving removal of every label, every kind >= 50)');
