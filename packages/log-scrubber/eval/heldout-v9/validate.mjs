#!/usr/bin/env node
// Independent checks of heldout-v9.jsonl; exit 1 on any failure. The checksums are re-implemented
// here rather than imported from values.mjs, so a bug in a factory cannot validate itself.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret']);
const file = join(dirname(fileURLToPath(import.meta.url)), 'heldout-v9.jsonl');
const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errors = [];
const fail = (id, m) => errors.push(`${id}: ${m}`);
const dig = (s) => s.replace(/\D/g, '');

const luhn = (n) => { let s = 0; for (let i = 0; i < n.length; i++) { let d = Number(n[n.length - 1 - i]); if (i % 2) { d *= 2; if (d > 9) d -= 9; } s += d; } return s % 10 === 0; };
const ibanOk = (v) => { const c = v.replace(/ /g, ''); const r = (c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (x) => String(x.charCodeAt(0) - 55)); return /^[A-Z]{2}\d{2}/.test(c) && BigInt(r) % 97n === 1n; };
const NID = {
  ssn: (v) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  uk_nino: (v) => /^[A-CEGHJ-PR-TW-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(v),
  de_steuer_id: (v) => { const d = dig(v); if (d.length !== 11 || d[0] === '0') return false; let p = 10; for (const c of d.slice(0, 10)) { let s = (Number(c) + p) % 10; if (!s) s = 10; p = (s * 2) % 11; } return (11 - p) % 10 === Number(d[10]); },
  fr_nir: (v) => { const d = dig(v); return d.length === 15 && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13)); },
  es_dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  nl_bsn: (v) => v.length === 9 && [...v].reduce((a, c, i) => a + Number(c) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0,
  pl_pesel: (v) => v.length === 11 && [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1].reduce((a, w, i) => a + w * Number(v[i]), 0) % 10 === 0,
  br_cpf: (v) => { const d = dig(v).split('').map(Number); const dv = (n) => { const s = d.slice(0, n).reduce((a, x, i) => a + x * (n + 1 - i), 0); return ((s * 10) % 11) % 10; }; return d.length === 11 && dv(9) === d[9] && dv(10) === d[10]; },
  cn_rid: (v) => { const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]; const s = w.reduce((a, x, i) => a + x * Number(v[i]), 0); return v.length === 18 && '10X98765432'[s % 11] === v[17]; },
  jp_mynumber: (v) => { const d = dig(v); let s = 0; for (let n = 1; n <= 11; n++) s += Number(d[11 - n]) * (n <= 6 ? n + 1 : n - 5); const r = s % 11; return d.length === 12 && (r <= 1 ? 0 : 11 - r) === Number(d[11]); },
  it_cf: (v) => {
    const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
    let s = 0; for (let i = 0; i < 15; i++) { const c = v[i]; const x = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65; s += i % 2 ? x : odd[x]; }
    return /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(v) && String.fromCharCode(65 + (s % 26)) === v[15];
  },
};

const ids = new Set();
const counts = {};
let keepTotal = 0;
for (const rec of records) {
  if (ids.has(rec.id)) fail(rec.id, 'duplicate id'); ids.add(rec.id);
  if (rec.split !== 'heldout-v9') fail(rec.id, `split is ${rec.split}`);
  if (!['text', 'object'].includes(rec.format) || (rec.format === 'text') !== (typeof rec.record === 'string')) fail(rec.id, 'format does not match record');
  const text = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
  const has = (v) => text.includes(v) || text.includes(JSON.stringify(v).slice(1, -1));
  for (const path of rec.maps ?? []) { let o = rec.record; for (const k of path) o = o?.[k]; if (!o || typeof o !== 'object') fail(rec.id, `maps path ${path.join('.')} is not an object`); }
  if (!rec.sensitive.length) fail(rec.id, 'no sensitive value');
  for (const s of rec.sensitive) {
    counts[s.kind] = (counts[s.kind] ?? 0) + 1;
    if (!KINDS.has(s.kind)) fail(rec.id, `unknown kind ${s.kind}`);
    if (!s.sub) fail(rec.id, 'missing sub');
    if (!s.value || !has(s.value)) fail(rec.id, `${s.kind} value not in record: ${s.value}`);
    if (s.kind === 'card' && !luhn(dig(s.value))) fail(rec.id, `card fails Luhn: ${s.value}`);
    if (s.kind === 'iban' && !ibanOk(s.value)) fail(rec.id, `IBAN fails mod 97: ${s.value}`);
    if (s.kind === 'national_id' && !(NID[s.sub]?.(s.value))) fail(rec.id, `${s.sub} check fails: ${s.value}`);
  }
  for (const k of rec.keep) {
    keepTotal++;
    if (!has(k)) fail(rec.id, `keep not in record: ${k}`);
    for (const s of rec.sensitive) if (k === s.value || k.includes(s.value) || s.value.includes(k)) fail(rec.id, `keep ${k} overlaps sensitive ${s.value}`);
  }
}
for (const k of KINDS) if ((counts[k] ?? 0) < 60) fail('corpus', `kind ${k} has only ${counts[k] ?? 0} values`);
console.log(`records=${records.length} sensitive=${Object.values(counts).reduce((a, b) => a + b, 0)} keep=${keepTotal} families=${new Set(records.map((r) => r.family)).size}`);
if (errors.length) { console.error(`${errors.length} problem(s):\n${errors.slice(0, 50).join('\n')}`); process.exit(1); }
console.log('validate: OK (ids unique, split, labels present, Luhn, mod-97, national-id checksums, keep present and disjoint, every kind >= 60)');
