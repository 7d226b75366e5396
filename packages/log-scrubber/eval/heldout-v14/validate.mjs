#!/usr/bin/env node
// Independent checks of heldout-v14.jsonl; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, leakForms, leaks, keeps, serialise, redact } from './leak.mjs';
import { ibanOk, luhnOk, verhoeffOk } from './values.mjs';
import { build } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, 'heldout-v14.jsonl');
const text = readFileSync(file, 'utf8');
const recs = text.trim().split('\n').map((l) => JSON.parse(l));
const errors = [];
const fail = (id, msg) => { if (errors.length < 200) errors.push(`${id}: ${msg}`); };

// National-id check digits, re-derived here rather than trusting the generator.
const digitsOf = (s) => s.replace(/\D/g, '');
const NID = {
  us_ssn: (v) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  uk_nino: (v) => /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v),
  nl_bsn: (v) => { const d = v.split('').map(Number); return v.length === 9 && (d.slice(0, 8).reduce((a, x, i) => a + x * (9 - i), 0) - d[8]) % 11 === 0; },
  es_dni: (v) => 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  pl_pesel: (v) => { const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; const s = w.reduce((a, x, i) => a + x * +v[i], 0); return (10 - (s % 10)) % 10 === +v[10]; },
  se_pnr: (v) => luhnOk(digitsOf(v)),
  br_cpf: (v) => { const d = digitsOf(v).split('').map(Number); const c1 = ((d.slice(0, 9).reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10; const c2 = ((d.slice(0, 10).reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10; return c1 === d[9] && c2 === d[10]; },
  fr_nir: (v) => { const d = digitsOf(v); return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13)); },
  fi_hetu: (v) => '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10],
  in_aadhaar: (v) => verhoeffOk(digitsOf(v)),
  ca_sin: (v) => luhnOk(digitsOf(v)),
  de_steuerid: (v) => { let p = 10; for (const ch of v.slice(0, 10)) { let s = (+ch + p) % 10; if (s === 0) s = 10; p = (2 * s) % 11; } const c = 11 - p; return (c === 10 ? 0 : c) === +v[10]; },
  be_nrn: (v) => { const d = digitsOf(v); const body = d.slice(0, 9); const c = +d.slice(9); return 97 - Number(BigInt(body) % 97n) === c || 97 - Number(BigInt('2' + body) % 97n) === c; },
};
const ipv6Ok = (v) => { const parts = v.split('::'); if (parts.length > 2) return false; const g = (s) => (s ? s.split(':') : []); const n = g(parts[0]).length + g(parts[1] ?? '').length; const all = [...g(parts[0]), ...g(parts[1] ?? '')]; return all.every((x) => /^[0-9a-f]{1,4}$/i.test(x)) && (parts.length === 2 ? n <= 7 : n === 8); };

const ids = new Set();
const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
const allLabels = new Set();
let nSens = 0, nKeep = 0, nText = 0;
for (const r of recs) {
  if (ids.has(r.id)) fail(r.id, 'duplicate id'); ids.add(r.id);
  if (r.split !== 'heldout-v14') fail(r.id, 'bad split');
  if ((r.format === 'text') !== (typeof r.record === 'string')) fail(r.id, 'format mismatch');
  if (r.format === 'text') nText++;
  const out = serialise(r);
  for (const s of r.sensitive) {
    nSens++; allLabels.add(s.value);
    if (!KINDS.includes(s.kind)) fail(r.id, `unknown kind ${s.kind}`); else perKind[s.kind]++;
    if (!s.sub) fail(r.id, 'missing sub');
    if (!leaks(out, s.value, s.kind)) fail(r.id, `label not present: ${s.kind}/${s.sub}`);
    if (s.kind === 'national_id' && !(NID[s.sub]?.(s.value))) fail(r.id, `bad national id check ${s.sub} ${s.value}`);
    if (s.kind === 'iban' && !ibanOk(s.value)) fail(r.id, `bad iban ${s.value}`);
    if (s.kind === 'card' && !luhnOk(s.value)) fail(r.id, `bad luhn ${s.value}`);
    if (s.kind === 'ip' && s.sub === 'v6' && !ipv6Ok(s.value)) fail(r.id, `bad ipv6 ${s.value}`);
    if (s.kind === 'ip' && s.sub === 'v4' && !/^(\d{1,3}\.){3}\d{1,3}$/.test(s.value)) fail(r.id, `bad ipv4 ${s.value}`);
  }
  for (const kv of r.keep) {
    nKeep++;
    if (!keeps(out, kv)) fail(r.id, `keep not present: ${kv}`);
    for (const s of r.sensitive) {
      for (const f of leakForms(s.value, s.kind)) if (kv.includes(f) || f.includes(kv)) fail(r.id, `keep ${JSON.stringify(kv)} overlaps ${s.kind}/${s.sub}`);
    }
  }
  // oracle: removing every label must keep every keep and leak nothing
  const red = redact(out, r.sensitive);
  for (const s of r.sensitive) if (leaks(red, s.value, s.kind)) fail(r.id, `label survives redaction ${s.kind}`);
  for (const kv of r.keep) if (!keeps(red, kv)) fail(r.id, `keep lost after label removal: ${kv}`);
}
for (const r of recs) for (const kv of r.keep) if (allLabels.has(kv)) fail(r.id, `keep equals a label elsewhere: ${kv}`);
for (const [k, n] of Object.entries(perKind)) if (n < 40) fail('corpus', `kind ${k} has only ${n} labels`);
if (nSens < 3500) fail('corpus', `only ${nSens} labels`);
if (nKeep < 1300) fail('corpus', `only ${nKeep} keeps`);
if (nText / recs.length < 0.3) fail('corpus', 'text share below 30 %');
if (build() !== text) fail('corpus', 'regeneration does not reproduce the file byte for byte');

console.log(`records=${recs.length} text=${nText} sensitive=${nSens} keep=${nKeep}`);
for (const [k, n] of Object.entries(perKind)) console.log(`  ${k.padEnd(18)} ${n}`);
if (errors.length) { console.error(`\n${errors.length}${errors.length >= 200 ? '+' : ''} problem(s):\n  ${errors.join('\n  ')}`); process.exit(1); }
console.log('ok');
