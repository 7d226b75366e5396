#!/usr/bin/env node
// Independent checks of heldout-v10.jsonl; exits 1 on any failure.
//   node packages/log-scrubber/eval/heldout-v10/validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { luhnValid, ibanValid, frNirValid, esDniValid, nlBsnValid, sePnrValid, trTcknValid, brCpfValid, verhoeffValid, cnIdValid, plPeselValid } from './values.mjs';
import { generate } from './generate.mjs';

const SPLIT = 'heldout-v10';
const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
const SECRET = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
const file = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
const text = readFileSync(file, 'utf8');
const rows = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errors = [];
const fail = (id, msg) => { if (errors.length < 50) errors.push(`${id}: ${msg}`); else errors.length++; };
const esc = (s) => JSON.stringify(s).slice(1, -1);

// The leak forms as the README's scoring rule states them (written here from the README, not imported).
function forms(value, kind) {
  const f = new Set([value, esc(value)]);
  if (SECRET.has(kind) && value.includes(' ') && !value.includes('\n')) for (const w of value.split(/\s+/)) if (w.length >= 5) f.add(w);
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) f.add(compact);
  if (value.includes('\n')) for (const l of value.split('\n')) if (l.trim().length >= 16) f.add(l.trim());
  return [...f].filter(Boolean);
}
const NID = { fr_nir: frNirValid, es_dni: esDniValid, nl_bsn: nlBsnValid, se_pnr: sePnrValid, tr_tckn: trTcknValid, br_cpf: brCpfValid, cn_id: cnIdValid, pl_pesel: plPeselValid,
  in_aadhaar: (s) => verhoeffValid(s.replace(/\s/g, '')), us_ssn: (s) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(s), uk_nino: (s) => /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/.test(s) };

const ids = new Set();
const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
let keepTotal = 0;
for (const r of rows) {
  if (ids.has(r.id)) fail(r.id, 'duplicate id');
  ids.add(r.id);
  if (r.split !== SPLIT) fail(r.id, `split ${r.split}`);
  if (!['object', 'text'].includes(r.format)) fail(r.id, `format ${r.format}`);
  if (r.format === 'text' && typeof r.record !== 'string') fail(r.id, 'text record is not a string');
  if (r.format === 'object' && (typeof r.record !== 'object' || r.record === null)) fail(r.id, 'object record is not an object');
  for (const path of r.maps ?? []) {
    let node = r.record;
    for (const k of path) node = node?.[k];
    if (!node || typeof node !== 'object' || Array.isArray(node)) fail(r.id, `maps path ${path.join('.')} is not an object`);
  }
  const hay = r.format === 'text' ? r.record : JSON.stringify(r.record);
  const has = (x) => hay.includes(x) || hay.includes(esc(x));
  if (!Array.isArray(r.sensitive) || !Array.isArray(r.keep)) { fail(r.id, 'sensitive/keep missing'); continue; }
  for (const s of r.sensitive) {
    if (!KINDS.includes(s.kind)) fail(r.id, `unknown kind ${s.kind}`);
    if (!s.sub) fail(r.id, 'missing sub');
    if (typeof s.value !== 'string' || s.value.length < 2) fail(r.id, `bad value ${JSON.stringify(s.value)}`);
    perKind[s.kind]++;
    if (!has(s.value)) fail(r.id, `${s.kind} value not in record: ${JSON.stringify(s.value)}`);
    if (s.kind === 'card' && !luhnValid(s.value)) fail(r.id, `card fails Luhn: ${s.value}`);
    if (s.kind === 'iban' && !ibanValid(s.value)) fail(r.id, `iban fails mod-97: ${s.value}`);
    if (s.kind === 'national_id' && !(NID[s.sub]?.(s.value))) fail(r.id, `national id ${s.sub} invalid: ${s.value}`);
  }
  for (const kv of r.keep) {
    keepTotal++;
    if (typeof kv !== 'string' || !kv) { fail(r.id, 'empty keep'); continue; }
    if (!has(kv)) fail(r.id, `keep not in record: ${JSON.stringify(kv)}`);
    for (const s of r.sensitive) for (const f of forms(s.value, s.kind)) if (kv.includes(f)) fail(r.id, `keep ${JSON.stringify(kv)} contains leak form ${JSON.stringify(f)} of ${s.kind}`);
  }
  // Simulate a perfect scrubber on the serialised record: every keep must survive and no leak form may remain.
  let out = hay;
  const all = r.sensitive.flatMap((s) => forms(s.value, s.kind)).sort((a, b) => b.length - a.length);
  for (let pass = 0; pass < 3; pass++) for (const f of all) out = out.split(f).join('\u2588');
  for (const s of r.sensitive) for (const f of forms(s.value, s.kind)) if (out.includes(f)) fail(r.id, `leak form survives a perfect scrub: ${JSON.stringify(f)}`);
  for (const kv of r.keep) if (!out.includes(kv) && !out.includes(esc(kv))) fail(r.id, `keep ${JSON.stringify(kv)} only occurs inside labelled values`);
}
for (const [k, n] of Object.entries(perKind)) if (n < 60) fail('corpus', `kind ${k} has ${n} < 60 labels`);
const regenerated = generate().map((r) => JSON.stringify(r)).join('\n') + '\n';
if (regenerated !== text) fail('corpus', 'generate.mjs does not reproduce heldout-v10.jsonl byte for byte');

const nSens = Object.values(perKind).reduce((a, b) => a + b, 0);
console.log(`records=${rows.length} families=${new Set(rows.map((r) => r.family)).size} sensitive=${nSens} keep=${keepTotal}`);
console.log(KINDS.map((k) => `${k}=${perKind[k]}`).join(' '));
if (errors.length) { console.error(`FAIL (${errors.length} problems)\n${errors.slice(0, 50).join('\n')}`); process.exit(1); }
console.log('OK');
