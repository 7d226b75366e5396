#!/usr/bin/env node
// Independent checks of heldout-v7.jsonl; exits 1 on any failure.
//   node packages/log-scrubber/eval/heldout-v7/validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { score, leakForms } from '../score.mjs';
import { buildCorpus } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, 'heldout-v7.jsonl');
const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
const errors = [];
const fail = (msg) => { if (errors.length < 50) console.error(`FAIL ${msg}`); errors.push(msg); };

// Check digits, written again here rather than imported from the generator.
function luhnOk(num) {
  let sum = 0;
  [...num].reverse().forEach((ch, i) => { let d = Number(ch); if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; } sum += d; });
  return sum % 10 === 0;
}
function ibanOk(value) {
  const s = value.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(moved) % 97n === 1n;
}
const NATIONAL = {
  es_dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  nl_bsn: (v) => /^\d{9}$/.test(v) && [...v].reduce((a, d, i) => a + Number(d) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0,
  se_personnummer: (v) => /^\d{6}-\d{4}$/.test(v) && luhnOk(v.replace('-', '')),
  us_ssn: (v) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  uk_nino: (v) => /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(v),
  passport: (v) => /^[A-Z]{2}\d{7}$/.test(v),
};

const text = readFileSync(file, 'utf8');
const records = text.split('\n').filter(Boolean).map((l, i) => { try { return JSON.parse(l); } catch { fail(`line ${i + 1} is not JSON`); return null; } }).filter(Boolean);
const ids = new Set();
const perKind = {};
const perFamily = {};
let keepTotal = 0;
for (const r of records) {
  if (ids.has(r.id)) fail(`${r.id}: duplicate id`);
  ids.add(r.id);
  if (r.split !== 'heldout-v7') fail(`${r.id}: split ${r.split}`);
  if (!r.family || !r.id.startsWith(`${r.family}-`)) fail(`${r.id}: family ${r.family}`);
  if (r.format === 'text' ? typeof r.record !== 'string' : r.format !== 'object' || typeof r.record !== 'object' || r.record === null) fail(`${r.id}: format/record mismatch`);
  if (!Array.isArray(r.sensitive) || !Array.isArray(r.keep)) { fail(`${r.id}: sensitive/keep not arrays`); continue; }
  for (const path of r.maps ?? []) {
    let node = r.record;
    for (const k of path) node = node?.[k];
    if (!node || typeof node !== 'object' || Array.isArray(node)) fail(`${r.id}: maps path ${path.join('.')} is not an object`);
  }
  const hay = typeof r.record === 'string' ? r.record : JSON.stringify(r.record);
  const present = (s) => hay.includes(s) || hay.includes(JSON.stringify(s).slice(1, -1));
  const fam = (perFamily[r.family] ??= { records: 0, labels: 0, keep: 0 });
  fam.records++; fam.labels += r.sensitive.length; fam.keep += r.keep.length; keepTotal += r.keep.length;
  for (const s of r.sensitive) {
    if (!KINDS.includes(s.kind)) fail(`${r.id}: unknown kind ${s.kind}`);
    if (typeof s.value !== 'string' || s.value.length < 3 || typeof s.sub !== 'string' || !s.sub) fail(`${r.id}: bad label ${JSON.stringify(s)}`);
    if (!present(s.value)) fail(`${r.id}: label not in record: ${s.value}`);
    perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
    if (s.kind === 'card' && !(/^[\d -]{15,19}$/.test(s.value) && luhnOk(s.value.replace(/\D/g, '')))) fail(`${r.id}: card fails Luhn ${s.value}`);
    if (s.kind === 'iban' && !ibanOk(s.value)) fail(`${r.id}: IBAN fails mod 97 ${s.value}`);
    if (s.kind === 'national_id' && !(NATIONAL[s.sub] && NATIONAL[s.sub](s.value))) fail(`${r.id}: national id ${s.sub} invalid ${s.value}`);
    if (s.kind === 'geo' && !/^-?\d{1,3}\.\d{4,}$/.test(s.value)) fail(`${r.id}: geo ${s.value}`);
  }
  for (const k of r.keep) {
    if (typeof k !== 'string' || !k) { fail(`${r.id}: bad keep ${k}`); continue; }
    if (!present(k)) fail(`${r.id}: keep not in record: ${k}`);
    for (const s of r.sensitive) {
      if (k.includes(s.value) || s.value.includes(k)) fail(`${r.id}: keep ${k} overlaps label ${s.value}`);
      for (const f of leakForms(s.value, s.kind)) if (k.includes(f)) fail(`${r.id}: keep ${k} contains leak form ${f}`);
    }
  }
}

const labels = Object.values(perKind).reduce((a, b) => a + b, 0);
const SECRET = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
const secrets = Object.entries(perKind).filter(([k]) => SECRET.has(k)).reduce((a, [, n]) => a + n, 0);
for (const k of KINDS) if ((perKind[k] ?? 0) < 30) fail(`kind ${k} has ${perKind[k] ?? 0} labels (< 30)`);
if (Object.keys(perFamily).length < 40) fail(`only ${Object.keys(perFamily).length} families`);

if (buildCorpus() !== text) fail('regeneration does not reproduce heldout-v7.jsonl byte for byte');

const run = (name) => score({ split: 'heldout-v7', scrubber: join(here, 'scrubbers', `${name}.mjs`), corpusDir: join(here, '..'), file });
const oracle = await run('oracle');
const identity = await run('identity');
if (oracle.recall !== 100 || oracle.keepRate !== 100 || oracle.throws) fail(`oracle: recall ${oracle.recall} keep ${oracle.keepRate} throws ${oracle.throws}`);
if (identity.recall !== 0 || identity.keepRate !== 100 || identity.throws) fail(`identity: recall ${identity.recall} keep ${identity.keepRate} throws ${identity.throws}`);

console.log(`records ${records.length}, families ${Object.keys(perFamily).length}, labels ${labels} (secrets ${secrets}, ${((100 * secrets) / labels).toFixed(1)} %), keep ${keepTotal}`);
console.log('labels per kind:');
for (const k of KINDS) console.log(`  ${k.padEnd(18)} ${String(perKind[k] ?? 0).padStart(5)}`);
console.log('records/labels/keep per family:');
for (const [f, x] of Object.entries(perFamily)) console.log(`  ${f.padEnd(26)} ${String(x.records).padStart(3)} ${String(x.labels).padStart(4)} ${String(x.keep).padStart(4)}`);
console.log(`oracle:   recall ${oracle.recall.toFixed(2)} %, keep ${oracle.keepRate.toFixed(2)} %, throws ${oracle.throws}`);
console.log(`identity: recall ${identity.recall.toFixed(2)} %, keep ${identity.keepRate.toFixed(2)} %, throws ${identity.throws}`);
console.log('regeneration: identical bytes');
if (errors.length) { console.error(`${errors.length} failure(s)`); process.exit(1); }
console.log('OK');
