#!/usr/bin/env node
// Independent checks for heldout-v19. Exit 1 on any failure.
//   node packages/log-scrubber/eval/heldout-v19/validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, keeps, leakForms, leaks, redactValue, revive, serialise } from './leak.mjs';
import { generate } from './generate.mjs';

const SPLIT = 'heldout-v19';
const file = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
const text = readFileSync(file, 'utf8');
const records = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errors = [];
const fail = (msg) => { if (errors.length < 50) console.error(`FAIL ${msg}`); errors.push(msg); };

// ---------- check digits, written independently of values.mjs ----------
function luhnOk(num) {
  let sum = 0;
  [...num].reverse().forEach((c, i) => { let d = +c; if (i % 2) { d *= 2; if (d > 9) d -= 9; } sum += d; });
  return sum % 10 === 0;
}
const CARD_RULES = { visa: [/^4/, [16]], mc: [/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/, [16]], amex: [/^3[47]/, [15]], disc: [/^6011/, [16]], jcb: [/^35(2[89]|[3-8]\d)/, [16]] };
function cardOk(v, sub) {
  const n = v.replace(/[ -]/g, '');
  const rule = CARD_RULES[sub];
  return /^\d+$/.test(n) && !!rule && rule[0].test(n) && rule[1].includes(n.length) && luhnOk(n);
}
const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22, PT: 25 };
function ibanOk(v) {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  const moved = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(moved) % 97n === 1n;
}
const weighted = (digits, weights) => weights.reduce((a, w, i) => a + w * Number(digits[i]), 0);
const NID = {
  nl_bsn: (v) => /^\d{9}$/.test(v) && (weighted(v, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(v[8])) % 11 === 0,
  se_pnr: (v) => /^\d{6}-\d{4}$/.test(v) && luhnOk(v.replace('-', '')),
  fi_hetu: (v) => { const m = /^(\d{6})[-+A](\d{3})([0-9A-Y])$/.exec(v); return !!m && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1] + m[2]) % 31] === m[3]; },
  es_dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  br_cpf: (v) => {
    const d = v.replace(/[.-]/g, '');
    if (!/^\d{11}$/.test(d)) return false;
    const dv = (n) => { const r = (weighted(d, Array.from({ length: n }, (_, i) => n + 1 - i)) * 10) % 11; return r === 10 ? 0 : r; };
    return dv(9) === +d[9] && dv(10) === +d[10];
  },
  pl_pesel: (v) => /^\d{11}$/.test(v) && (weighted(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1])) % 10 === 0,
  fr_nir: (v) => { const d = v.replace(/ /g, ''); return /^[12]\d{14}$/.test(d) && 97n - (BigInt(d.slice(0, 13)) % 97n) === BigInt(d.slice(13)); },
  cn_ric: (v) => /^\d{17}[\dX]$/.test(v) && '10X98765432'[weighted(v, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11] === v[17],
  us_ssn: (v) => { const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v); return !!m && m[1] !== '000' && m[1] !== '666' && m[1][0] !== '9' && m[2] !== '00' && m[3] !== '0000'; },
};
function jwtOk(v) {
  const parts = v.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const p = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && h.typ === 'JWT' && typeof p.exp === 'number';
  } catch { return false; }
}
function pemOk(v) {
  const m = /^-----BEGIN ([A-Z ]+)-----\n[\s\S]+\n-----END ([A-Z ]+)-----$/.exec(v);
  return !!m && m[1] === m[2];
}

// ---------- per record ----------
const ids = new Set();
const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
const families = new Set();
const scripts = new Set();
let labels = 0; let keepN = 0; let textN = 0;
for (const rec of records) {
  if (ids.has(rec.id)) fail(`duplicate id ${rec.id}`);
  ids.add(rec.id);
  if (rec.split !== SPLIT) fail(`${rec.id}: split ${rec.split}`);
  if (rec.format === 'text') { textN++; if (typeof rec.record !== 'string') fail(`${rec.id}: text record not a string`); } else if (rec.format !== 'object' || typeof rec.record !== 'object') fail(`${rec.id}: bad format`);
  families.add(rec.family);
  const ser = serialise(revive(rec));
  for (const s of rec.sensitive) {
    labels++;
    if (!KINDS.includes(s.kind)) { fail(`${rec.id}: unknown kind ${s.kind}`); continue; }
    perKind[s.kind]++;
    if (!s.sub) fail(`${rec.id}: label without sub`);
    if (!leaks(ser, s.value, s.kind)) fail(`${rec.id}: label not in serialised record: ${s.value}`);
    if (s.kind === 'card' && !cardOk(s.value, s.sub)) fail(`${rec.id}: bad card ${s.value}`);
    if (s.kind === 'iban' && !ibanOk(s.value)) fail(`${rec.id}: bad iban ${s.value}`);
    if (s.kind === 'national_id' && !(NID[s.sub] ?? (() => false))(s.value)) fail(`${rec.id}: bad national id ${s.sub} ${s.value}`);
    if (s.kind === 'token' && s.value.startsWith('eyJ') && !jwtOk(s.value)) fail(`${rec.id}: JWT does not decode`);
    if (s.kind === 'private_key' && !pemOk(s.value)) fail(`${rec.id}: bad PEM/PGP block`);
    if (s.kind === 'person_name' && !s.sub.startsWith('first_') && s.sub !== 'greeting') scripts.add(s.sub);
  }
  const forms = rec.sensitive.flatMap((s) => leakForms(s.value, s.kind));
  const redacted = serialise(redactValue(revive(rec), rec.sensitive));
  for (const kv of rec.keep) {
    keepN++;
    if (!keeps(ser, kv)) fail(`${rec.id}: keep not in record: ${kv}`);
    if (forms.some((f) => f.includes(kv) || kv.includes(f))) fail(`${rec.id}: keep overlaps a label: ${kv}`);
    if (!keeps(redacted, kv)) fail(`${rec.id}: keep disappears when labels are removed: ${kv}`);
  }
}

// ---------- corpus-level ----------
for (const [k, n] of Object.entries(perKind)) if (n < 40) fail(`kind ${k} has ${n} labels (< 40)`);
if (labels < 3500) fail(`${labels} labels (< 3500)`);
if (keepN < 1300) fail(`${keepN} keeps (< 1300)`);
if (records.length < 1200) fail(`${records.length} records (< 1200)`);
if (textN / records.length < 0.3) fail(`text share ${(100 * textN / records.length).toFixed(1)} % (< 30 %)`);
if (families.size < 60) fail(`${families.size} sources (< 60)`);
if (scripts.size < 6) fail(`names in ${scripts.size} scripts (< 6)`);
const regenerated = generate().records.map((r) => JSON.stringify(r)).join('\n') + '\n';
if (regenerated !== text) fail('generate.mjs does not reproduce the committed file byte for byte');

console.log(`records ${records.length}  labels ${labels}  keeps ${keepN}  text ${(100 * textN / records.length).toFixed(1)} %  sources ${families.size}  name scripts ${scripts.size} (${[...scripts].sort().join(', ')})`);
console.log(Object.entries(perKind).map(([k, n]) => `${k}=${n}`).join(' '));
if (errors.length) { console.error(`${errors.length} failure(s)`); process.exit(1); }
console.log('OK');
