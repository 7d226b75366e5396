#!/usr/bin/env node
// Independent check of heldout-v4.jsonl (exit 1 on any failure):
//  - record format, ids, kinds, label and keep presence, label lengths, keep/label overlap;
//  - every national id, IBAN and card label passes its published check (written here in the
//    validating direction, separately from the generator's check-digit code);
//  - judged by score.mjs's own rules: the oracle scrubber scores 100 % recall / 100 % keep and the
//    identity scrubber 0 % recall / 100 % keep;
//  - generate.mjs reproduces the committed file byte for byte.
//   node packages/log-scrubber/eval/heldout-v4/validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { score } from '../score.mjs';
import { build } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FILE = join(here, 'heldout-v4.jsonl');
const text = readFileSync(FILE, 'utf8');
const records = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const SECRET = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret'];
const PERSONAL = ['person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'username'];
const KINDS = new Set([...SECRET, ...PERSONAL]);
const failures = [];
const fail = (m) => failures.push(m);
const onlyDigits = (s) => s.replace(/[^0-9]/g, '');
const esc = (v) => JSON.stringify(v).slice(1, -1);

// ---- published checks, validating direction ----
function luhnValid(num) {
  const d = onlyDigits(num);
  let total = 0;
  for (let pos = 0; pos < d.length; pos++) {
    const digit = d.charCodeAt(d.length - 1 - pos) - 48;
    const v = pos % 2 ? digit * 2 : digit;
    total += v > 9 ? v - 9 : v;
  }
  return d.length > 0 && total % 10 === 0;
}
function ibanValid(s) {
  const c = s.replace(/ /g, '');
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(c)) return false;
  const digits = [...(c.slice(4) + c.slice(0, 4))].map((ch) => (ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch)).join('');
  return BigInt(digits) % 97n === 1n;
}
const dniLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';
const weighted = (d, w) => w.reduce((acc, x, i) => acc + x * Number(d[i]), 0);
const NID = {
  us_ssn: (s) => /^(?!000|666)[0-8][0-9]{2}-(?!00)[0-9]{2}-(?!0000)[0-9]{4}$/.test(s),
  uk_nino: (s) => { const c = s.replace(/ /g, ''); return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$/.test(c) && !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(c.slice(0, 2)); },
  fr_insee: (s) => { const d = onlyDigits(s); return /^[12][0-9 ]+$/.test(s) && d.length === 15 && (BigInt(d.slice(0, 13)) + BigInt(d.slice(13))) % 97n === 0n; },
  es_dni: (s) => /^[0-9]{8}[A-Z]$/.test(s) && dniLetters[Number(s.slice(0, 8)) % 23] === s[8],
  es_nie: (s) => /^[XYZ][0-9]{7}[A-Z]$/.test(s) && dniLetters[Number(`${'XYZ'.indexOf(s[0])}${s.slice(1, 8)}`) % 23] === s[8],
  nl_bsn: (s) => /^[0-9]{9}$/.test(s) && weighted(s, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 === 0,
  pl_pesel: (s) => /^[0-9]{11}$/.test(s) && weighted(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]) % 10 === 0,
  se_personnummer: (s) => /^([0-9]{2})?[0-9]{6}-[0-9]{4}$/.test(s) && luhnValid(onlyDigits(s).slice(-10)),
  br_cpf: (s) => {
    if (!/^([0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}|[0-9]{11})$/.test(s)) return false;
    const d = onlyDigits(s);
    const dv = (len) => { const r = (weighted(d, Array.from({ length: len }, (_, i) => len + 1 - i)) * 10) % 11; return r === 10 ? 0 : r; };
    return dv(9) === Number(d[9]) && dv(10) === Number(d[10]);
  },
  cn_resident_id: (s) => {
    if (!/^[0-9]{17}[0-9X]$/.test(s)) return false;
    let total = 0;
    for (let i = 0; i < 18; i++) total += (s[i] === 'X' ? 10 : Number(s[i])) * Number(2n ** BigInt(17 - i) % 11n);
    return total % 11 === 1;
  },
  tr_tckn: (s) => {
    if (!/^[1-9][0-9]{10}$/.test(s)) return false;
    const d = [...s].map(Number);
    const odd = d[0] + d[2] + d[4] + d[6] + d[8], even = d[1] + d[3] + d[5] + d[7];
    return (((odd * 7 - even) % 10) + 10) % 10 === d[9] && d.slice(0, 10).reduce((a, x) => a + x, 0) % 10 === d[10];
  },
  fi_hetu: (s) => /^[0-9]{6}[-+A][0-9]{3}[0-9A-Y]$/.test(s) && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(s.slice(0, 6) + s.slice(7, 10)) % 31] === s[10],
  no_fnr: (s) => /^[0-9]{11}$/.test(s) && weighted(s, [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]) % 11 === 0 && weighted(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  ca_sin: (s) => /^[0-9]{3}[ -][0-9]{3}[ -][0-9]{3}$/.test(s) && luhnValid(s),
  za_id: (s) => /^[0-9]{13}$/.test(s) && luhnValid(s),
  be_nn: (s) => { const d = onlyDigits(s); if (d.length !== 11) return false; const c = Number(d.slice(9)); return 97 - (Number(d.slice(0, 9)) % 97) === c || 97 - (Number('2' + d.slice(0, 9)) % 97) === c; },
  cl_rut: (s) => {
    const m = /^([0-9]{1,2})\.([0-9]{3})\.([0-9]{3})-([0-9K])$/.exec(s);
    if (!m) return false;
    const body = m[1] + m[2] + m[3];
    let total = 0;
    [...body].reverse().forEach((ch, i) => { total += Number(ch) * [2, 3, 4, 5, 6, 7][i % 6]; });
    const expect = { 11: '0', 10: 'K' }[11 - (total % 11)] ?? String(11 - (total % 11));
    return expect === m[4];
  },
  au_tfn: (s) => { const d = onlyDigits(s); return d.length === 9 && /^[0-9 ]+$/.test(s) && weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0; },
  kr_rrn: (s) => { if (!/^[0-9]{6}-[0-9]{7}$/.test(s)) return false; const d = onlyDigits(s); return (11 - (weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === Number(d[12]); },
  jp_my_number: (s) => {
    const d = onlyDigits(s);
    if (d.length !== 12 || !/^[0-9 ]+$/.test(s)) return false;
    let total = 0;
    for (let i = 0; i < 11; i++) { const n = 11 - i; total += Number(d[i]) * (n <= 6 ? n + 1 : n - 5); }
    const rem = total % 11;
    return (rem <= 1 ? 0 : 11 - rem) === Number(d[11]);
  },
};

// ---- format, presence, lengths, overlap ----
const ids = new Set();
const perKind = {}, perFamily = {}, perSub = {};
let keepTotal = 0, checked = 0;
for (const rec of records) {
  const keys = Object.keys(rec).join(',');
  if (keys !== 'id,split,family,format,record,sensitive,keep') fail(`${rec.id}: unexpected fields ${keys}`);
  if (ids.has(rec.id)) fail(`${rec.id}: duplicate id`);
  ids.add(rec.id);
  if (rec.split !== 'heldout-v4') fail(`${rec.id}: split ${rec.split}`);
  if (typeof rec.family !== 'string' || !rec.id.startsWith(`${rec.family}-`)) fail(`${rec.id}: family ${rec.family}`);
  if (!(rec.format === 'text' && typeof rec.record === 'string') && !(rec.format === 'object' && rec.record && typeof rec.record === 'object')) fail(`${rec.id}: format ${rec.format} does not match record`);
  if (!Array.isArray(rec.sensitive) || !Array.isArray(rec.keep)) { fail(`${rec.id}: sensitive/keep not arrays`); continue; }
  const hay = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
  const occurs = (v) => hay.includes(v) || hay.includes(esc(v));
  perFamily[rec.family] = (perFamily[rec.family] ?? 0) + 1;
  for (const s of rec.sensitive) {
    if (Object.keys(s).join(',') !== 'value,kind,sub' || typeof s.value !== 'string' || typeof s.sub !== 'string' || !s.sub) fail(`${rec.id}: malformed label ${JSON.stringify(s)}`);
    if (!KINDS.has(s.kind)) fail(`${rec.id}: unknown kind ${s.kind}`);
    if (s.value.length < (s.kind === 'person_name' ? 2 : 4)) fail(`${rec.id}: label too short ${s.kind} ${s.value}`);
    if (!occurs(s.value)) fail(`${rec.id}: label not in record ${s.value}`);
    perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
    perSub[`${s.kind}/${s.sub}`] = (perSub[`${s.kind}/${s.sub}`] ?? 0) + 1;
    let ok = null;
    if (s.kind === 'national_id') ok = NID[s.sub] ? NID[s.sub](s.value) : false;
    else if (s.kind === 'iban') ok = ibanValid(s.value);
    else if (s.kind === 'card') ok = /^[0-9 -]+$/.test(s.value) && onlyDigits(s.value).length >= 13 && onlyDigits(s.value).length <= 19 && luhnValid(s.value);
    if (ok !== null) { checked++; if (!ok) fail(`${rec.id}: ${s.kind}/${s.sub} fails its check: ${s.value}`); }
  }
  if (new Set(rec.sensitive.map((s) => s.value)).size !== rec.sensitive.length) fail(`${rec.id}: duplicate label value`);
  for (const k of rec.keep) {
    keepTotal++;
    if (typeof k !== 'string' || k.length < 3) fail(`${rec.id}: keep value too short ${k}`);
    if (!occurs(k)) fail(`${rec.id}: keep not in record ${k}`);
    for (const s of rec.sensitive) if (k.includes(s.value) || s.value.includes(k)) fail(`${rec.id}: keep ${k} overlaps label ${s.value}`);
  }
}
const labelTotal = Object.values(perKind).reduce((a, b) => a + b, 0);
const secretTotal = SECRET.reduce((a, k) => a + (perKind[k] ?? 0), 0);
for (const k of KINDS) if ((perKind[k] ?? 0) < 40) fail(`kind ${k} has only ${perKind[k] ?? 0} labels`);
if (Object.keys(perFamily).length < 50) fail(`only ${Object.keys(perFamily).length} families`);
if (records.length < 1500 || records.length > 2200) fail(`${records.length} records`);
if (labelTotal < 3000) fail(`only ${labelTotal} labels`);
if (keepTotal < 5000) fail(`only ${keepTotal} keep values`);

// ---- baselines judged by score.mjs ----
const corpusDir = dirname(here);
const oracle = await score({ split: 'heldout-v4', scrubber: join(here, 'oracle-scrubber.mjs'), corpusDir });
const identity = await score({ split: 'heldout-v4', scrubber: join(here, 'identity-scrubber.mjs'), corpusDir });
if (oracle.file !== FILE) fail(`score.mjs resolves heldout-v4 to ${oracle.file}`);
if (oracle.recall !== 100 || oracle.keepRate !== 100 || oracle.throws) fail(`oracle: recall ${oracle.recall} keep ${oracle.keepRate} throws ${oracle.throws}`);
for (const m of oracle.misses.slice(0, 20)) fail(`oracle leaks ${m.id} ${m.kind} ${m.value}`);
for (const m of oracle.overRedacted.slice(0, 20)) fail(`oracle loses keep ${m.id} ${m.keep}`);
if (identity.recall !== 0 || identity.keepRate !== 100 || identity.throws) fail(`identity: recall ${identity.recall} keep ${identity.keepRate} throws ${identity.throws}`);

// ---- reproducibility ----
const regenerated = build();
if (regenerated !== text) fail(`generate.mjs does not reproduce heldout-v4.jsonl (${regenerated.length} vs ${text.length} chars)`);

console.log(JSON.stringify({
  records: records.length, families: Object.keys(perFamily).length, labels: labelTotal, secretLabels: secretTotal, personalLabels: labelTotal - secretTotal,
  keep: keepTotal, checksumVerified: checked, perKind,
  oracle: { recall: oracle.recall, keepRate: oracle.keepRate, caught: oracle.sensitive.caught, kept: oracle.keep.kept },
  identity: { recall: identity.recall, keepRate: identity.keepRate, caught: identity.sensitive.caught, kept: identity.keep.kept },
  reproducible: regenerated === text, failures: failures.length,
}));
if (process.argv.includes('--by-family')) console.log(JSON.stringify(perFamily));
for (const f of failures.slice(0, 60)) console.log(`FAIL ${f}`);
process.exitCode = failures.length ? 1 : 0;
