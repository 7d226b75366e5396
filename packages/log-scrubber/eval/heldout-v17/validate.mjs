#!/usr/bin/env node
// Independent checks of heldout-v17.jsonl; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leakForms, serialise, present, redact } from './leak.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const records = readFileSync(join(here, 'heldout-v17.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
const errors = [];
const fail = (id, msg) => errors.push(`${id}: ${msg}`);

// --- check digits, written independently of values.mjs ---
const luhn = (n) => { let s = 0; for (let i = 0; i < n.length; i++) { let d = +n[n.length - 1 - i]; if (i % 2) { d *= 2; if (d > 9) d -= 9; } s += d; } return s % 10 === 0; };
const ibanOk = (v) => { const s = v.replace(/ /g, ''); if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false; const n = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => c.charCodeAt(0) - 55); return BigInt(n) % 97n === 1n; };
const D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const verhoeff = (n) => { let c = 0; [...n].reverse().forEach((d, i) => { c = D[c][P[i % 8][+d]]; }); return c === 0; };
const weighted = (s, w) => w.reduce((a, x, i) => a + x * +s[i], 0);
const NID = {
  us_ssn: (v) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  uk_nino: (v) => /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v),
  es_dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[+v.slice(0, 8) % 23] === v[8],
  es_nie: (v) => /^[XYZ]\d{7}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[+('XYZ'.indexOf(v[0]) + v.slice(1, 8)) % 23] === v[8],
  br_cpf: (v) => { const s = v.replace(/\D/g, ''); if (s.length !== 11) return false; const c = (n) => ((weighted(s, Array.from({ length: n }, (_, i) => n + 1 - i)) * 10) % 11) % 10; return c(9) === +s[9] && c(10) === +s[10]; },
  nl_bsn: (v) => /^\d{9}$/.test(v) && (weighted(v, [9, 8, 7, 6, 5, 4, 3, 2]) - +v[8]) % 11 === 0,
  pl_pesel: (v) => /^\d{11}$/.test(v) && (10 - (weighted(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === +v[10],
  in_aadhaar: (v) => { const s = v.replace(/ /g, ''); return /^[2-9]\d{11}$/.test(s) && verhoeff(s); },
  se_personnummer: (v) => /^\d{6}-\d{4}$/.test(v) && luhn(v.replace('-', '')),
  tr_tckn: (v) => { if (!/^[1-9]\d{10}$/.test(v)) return false; const d = [...v].map(Number); const t = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10; return t === d[9] && d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10]; },
  ca_sin: (v) => /^\d{3}-\d{3}-\d{3}$/.test(v) && luhn(v.replace(/-/g, '')),
  za_id: (v) => /^\d{13}$/.test(v) && luhn(v),
  cn_resident: (v) => /^\d{17}[\dX]$/.test(v) && '10X98765432'[weighted(v, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11] === v[17],
  fr_nir: (v) => { const s = v.replace(/ /g, ''); return /^[12]\d{14}$/.test(s) && 97 - Number(BigInt(s.slice(0, 13)) % 97n) === +s.slice(13); },
  kr_rrn: (v) => { const s = v.replace('-', ''); return /^\d{13}$/.test(s) && (11 - (weighted(s, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === +s[12]; },
  passport: (v) => /^[A-Z0-9]{9}$/.test(v),
};

const ids = new Set();
const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
let keeps = 0; let text = 0;
for (const rec of records) {
  if (ids.has(rec.id)) fail(rec.id, 'duplicate id'); ids.add(rec.id);
  if (rec.split !== 'heldout-v17') fail(rec.id, 'wrong split');
  if (!['text', 'object'].includes(rec.format)) fail(rec.id, 'bad format');
  if (rec.format === 'text') { text++; if (typeof rec.record !== 'string') fail(rec.id, 'text record not a string'); }
  for (const path of rec.maps ?? []) {
    let o = rec.record; for (const k of path) o = o?.[k];
    if (!o || typeof o !== 'object' || Array.isArray(o) || !Object.keys(o).every((k) => /^[A-Za-z_$][\w$]*$/.test(k))) fail(rec.id, `maps path ${path} is not an identifier-keyed object`);
  }
  const out = serialise(rec);
  for (const s of rec.sensitive) {
    if (!KINDS.includes(s.kind)) fail(rec.id, `unknown kind ${s.kind}`);
    perKind[s.kind]++;
    if (!s.sub) fail(rec.id, 'label without sub');
    if (!present(out, s.value)) fail(rec.id, `label ${s.kind} not in record`);
    if (s.kind === 'card' && !(/^[\d -]+$/.test(s.value) && luhn(s.value.replace(/\D/g, '')))) fail(rec.id, 'card fails Luhn');
    if (s.kind === 'iban' && !ibanOk(s.value)) fail(rec.id, 'IBAN fails mod-97');
    if (s.kind === 'national_id' && !(NID[s.sub]?.(s.value))) fail(rec.id, `national id ${s.sub} fails its check`);
    if (s.kind === 'ip' && /^127\.|^::1$/.test(s.value)) fail(rec.id, 'loopback ip');
    if (s.kind === 'ip' && s.value.includes(':') && !s.value.includes('::') && s.value.split(':').length !== 8) fail(rec.id, 'ipv6 without 8 groups');
  }
  const forms = rec.sensitive.flatMap((s) => leakForms(s.value, s.kind));
  const cleaned = redact(out, rec.sensitive);
  for (const k of rec.keep) {
    keeps++;
    if (!present(out, k)) fail(rec.id, `keep not in record: ${k}`);
    if (forms.some((f) => k.includes(f) || f.includes(k))) fail(rec.id, `keep overlaps a label: ${k}`);
    if (!present(cleaned, k)) fail(rec.id, `keep does not survive label removal: ${k}`);
  }
}
const total = Object.values(perKind).reduce((a, b) => a + b, 0);
for (const [k, n] of Object.entries(perKind)) if (n < 40) fail('corpus', `kind ${k} has only ${n} labels`);
if (total < 3500) fail('corpus', `only ${total} labels`);
if (keeps < 1300) fail('corpus', `only ${keeps} keeps`);
if (text / records.length < 0.3) fail('corpus', 'fewer than 30 % text records');
if (new Set(records.map((r) => r.family)).size < 60) fail('corpus', 'fewer than 60 sources');
console.log(`records=${records.length} labels=${total} keeps=${keeps} text=${text} families=${new Set(records.map((r) => r.family)).size}`);
if (errors.length) { console.error(errors.slice(0, 50).join('\n')); console.error(`${errors.length} problem(s)`); process.exit(1); }
console.log('ok');
