#!/usr/bin/env node
// Independent checks for heldout-v20. Exit 1 on any failure.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, forms, keeps, redact, serialise, inputKey } from './leak.mjs';
import { TEXTS } from './values.mjs';
import { generate } from './generate.mjs';
import { score } from '../score.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, 'heldout-v20.jsonl');
const raw = readFileSync(file, 'utf8');
const rows = raw.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errors = [];
const fail = (m) => { if (errors.length < 60) errors.push(m); else if (errors.length === 60) errors.push('…'); };

// ---- check digits, written again here independently of values.mjs ----
const digitsOf = (s) => s.replace(/\D/g, '');
function luhnOk(num) {
  let sum = 0;
  for (let i = 0; i < num.length; i++) {
    let d = num.charCodeAt(num.length - 1 - i) - 48;
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}
const IBAN_LEN = { DE: 22, FR: 27, GB: 22, NL: 18, ES: 24, IT: 27, BE: 16, CH: 21, AT: 20, PL: 28, SE: 24, IE: 22, PT: 25, NO: 15, DK: 18, FI: 18 };
function ibanOk(v) {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  const num = moved.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(num) % 97n === 1n;
}
function cardOk(v) {
  const d = digitsOf(v);
  if (/[^\d -]/.test(v)) return false;
  if (/^3[47]/.test(d)) return d.length === 15 && luhnOk(d);
  if (/^(4|5[1-5]|6011)/.test(d)) return d.length === 16 && luhnOk(d);
  return false;
}
const NID = {
  nl_bsn: (v) => /^\d{9}$/.test(v) && [...v].reduce((a, c, i) => a + Number(c) * (i < 8 ? 9 - i : -1), 0) % 11 === 0,
  es_dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  fr_nir: (v) => /^[12]\d{14}$/.test(v) && 97 - Number(BigInt(v.slice(0, 13)) % 97n) === Number(v.slice(13)),
  be_nn: (v) => /^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(v) && 97 - (Number(digitsOf(v).slice(0, 9)) % 97) === Number(digitsOf(v).slice(9)),
  se_pnr: (v) => /^\d{6}-\d{4}$/.test(v) && luhnOk(digitsOf(v)),
  fi_hetu: (v) => /^\d{6}-\d{3}[0-9A-Y]$/.test(v) && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10],
  pl_pesel: (v) => /^\d{11}$/.test(v) && (10 - ([1, 3, 7, 9, 1, 3, 7, 9, 1, 3].reduce((a, w, i) => a + w * Number(v[i]), 0) % 10)) % 10 === Number(v[10]),
  br_cpf: (v) => {
    if (!/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(v)) return false;
    const d = digitsOf(v).split('').map(Number);
    const dv = (n) => { let s = 0; for (let i = 0; i < n; i++) s += d[i] * (n + 1 - i); return ((s * 10) % 11) % 10; };
    return dv(9) === d[9] && dv(10) === d[10];
  },
  cn_ric: (v) => {
    if (!/^\d{17}[\dX]$/.test(v)) return false;
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    return '10X98765432'[w.reduce((a, x, i) => a + x * Number(v[i]), 0) % 11] === v[17];
  },
  us_ssn: (v) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  uk_nino: (v) => /^[A-CEGHJ-PR-TW-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(v),
  passport: (v) => /^[A-Z]{2}\d{7}$/.test(v),
};
function jwtOk(v) {
  const parts = v.split('.');
  if (parts.length !== 3) return false;
  try { const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString()); JSON.parse(Buffer.from(parts[1], 'base64url').toString()); return typeof h.alg === 'string'; } catch { return false; }
}
function pemOk(v) {
  const m = /^-----BEGIN ([A-Z ]+)-----\n[\s\S]+\n-----END ([A-Z ]+)-----$/.exec(v);
  return !!m && m[1] === m[2];
}

// ---- per-record checks ----
const ids = new Set();
const inputs = new Set();
const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
const families = new Set();
const scripts = new Set();
let labels = 0; let keepN = 0; let text = 0;
for (const rec of rows) {
  if (ids.has(rec.id)) fail(`duplicate id ${rec.id}`);
  ids.add(rec.id);
  if (rec.split !== 'heldout-v20') fail(`${rec.id}: split ${rec.split}`);
  if (!['object', 'text'].includes(rec.format)) fail(`${rec.id}: format ${rec.format}`);
  if ((rec.format === 'text') !== (typeof rec.record === 'string')) fail(`${rec.id}: format/record mismatch`);
  if (!Array.isArray(rec.sensitive) || !Array.isArray(rec.keep)) { fail(`${rec.id}: sensitive/keep missing`); continue; }
  const key = inputKey(rec.record);
  if (inputs.has(key)) fail(`${rec.id}: duplicate record`);
  inputs.add(key);
  families.add(rec.family);
  if (rec.format === 'text') text++;
  const ser = serialise(rec);
  for (const s of rec.sensitive) {
    labels++;
    if (!KINDS.includes(s.kind)) { fail(`${rec.id}: unknown kind ${s.kind}`); continue; }
    if (typeof s.sub !== 'string' || !s.sub) fail(`${rec.id}: missing sub`);
    perKind[s.kind]++;
    if (!keeps(ser, s.value)) fail(`${rec.id}: label not in record: ${s.kind} ${JSON.stringify(s.value)}`);
    if (s.kind === 'card' && !cardOk(s.value)) fail(`${rec.id}: bad card ${s.value}`);
    if (s.kind === 'iban' && !ibanOk(s.value)) fail(`${rec.id}: bad iban ${s.value}`);
    if (s.kind === 'national_id' && !(NID[s.sub] && NID[s.sub](s.value))) fail(`${rec.id}: bad national id ${s.sub} ${s.value}`);
    if (s.kind === 'token' && s.sub === 'jwt' && !jwtOk(s.value)) fail(`${rec.id}: jwt does not decode`);
    if (s.kind === 'private_key' && s.sub !== 'wireguard' && !pemOk(s.value)) fail(`${rec.id}: bad PEM/PGP block`);
    if (s.kind === 'person_name' && ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'han', 'hangul', 'devanagari', 'thai'].includes(s.sub)) scripts.add(s.sub);
    if (s.kind === 'connection_string' && !(ser.includes(`:${s.value}@`) || ser.includes(`Password=${s.value};`))) fail(`${rec.id}: connection string password not inside a connection string`);
  }
  const red = redact(ser, rec.sensitive);
  const all = rec.sensitive.flatMap((s) => forms(s.value, s.kind));
  for (const k of rec.keep) {
    keepN++;
    if (!keeps(ser, k)) fail(`${rec.id}: keep not in record: ${k}`);
    if (!keeps(red, k)) fail(`${rec.id}: keep disappears when labels are removed: ${k}`);
    if (all.some((f) => f.includes(k) || k.includes(f))) fail(`${rec.id}: keep overlaps a label: ${k}`);
  }
  if (leaksAfter(red, rec.sensitive)) fail(`${rec.id}: redaction leaves a leak form`);
}
function leaksAfter(out, sensitive) { return sensitive.some((s) => forms(s.value, s.kind).some((f) => out.includes(f))); }

const langs = Object.entries(TEXTS).filter(([, list]) => list.some((t) => raw.includes(t))).map(([l]) => l);

// ---- totals ----
for (const [k, n] of Object.entries(perKind)) if (n < 40) fail(`kind ${k}: ${n} < 40`);
if (labels < 3500) fail(`labels ${labels} < 3500`);
if (keepN < 1300) fail(`keeps ${keepN} < 1300`);
if (rows.length < 1200) fail(`records ${rows.length} < 1200`);
if (text / rows.length < 0.3) fail(`text share ${(text / rows.length).toFixed(3)} < 0.30`);
if (families.size < 60) fail(`sources ${families.size} < 60`);
if (scripts.size < 6) fail(`name scripts ${scripts.size} < 6`);
if (langs.length < 8) fail(`languages ${langs.length} < 8`);

// ---- determinism ----
const again = generate().records.map((x) => JSON.stringify(x)).join('\n') + '\n';
if (again !== raw) fail('regenerating does not reproduce heldout-v20.jsonl byte for byte');

// ---- baselines through the real scorer ----
const corpusDir = join(here, '..');
const id = await score({ split: 'heldout-v20', scrubber: join(here, 'scrubbers', 'identity.mjs'), corpusDir });
const or = await score({ split: 'heldout-v20', scrubber: join(here, 'scrubbers', 'oracle.mjs'), corpusDir });
if (id.sensitive.caught !== 0 || id.keepRate !== 100 || id.throws) fail(`identity: recall ${id.recall} keep ${id.keepRate}`);
if (or.recall !== 100 || or.keepRate !== 100 || or.throws) fail(`oracle: recall ${or.recall} keep ${or.keepRate}`);

console.log(`records=${rows.length} sources=${families.size} text=${text} (${((100 * text) / rows.length).toFixed(1)} %) labels=${labels} keeps=${keepN} scripts=${scripts.size} languages=${langs.length}`);
console.log(`identity recall=${id.recall.toFixed(2)} % keep=${id.keepRate.toFixed(2)} %; oracle recall=${or.recall.toFixed(2)} % keep=${or.keepRate.toFixed(2)} %`);
if (errors.length) {
  console.error(`FAIL (${errors.length}):\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
console.log('OK');
