#!/usr/bin/env node
// Independent checks of heldout-v18.jsonl; exits 1 on the first class of failure found.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leakForms, serialise, present, stripLabels } from './leak.mjs';

const SPLIT = 'heldout-v18';
const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
const file = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
const recs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errors = [];
const fail = (id, msg) => errors.push(`${id}: ${msg}`);

const luhn = (d) => { let s = 0; [...d].reverse().forEach((c, i) => { let x = +c; if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; }); return s % 10 === 0; };
const ibanOk = (v) => { const s = v.replace(/ /g, ''); if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false; const n = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55)); return BigInt(n) % 97n === 1n; };
const NAT = {
  us_ssn: (v) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  uk_nino: (v) => /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v),
  de_steuer_id: (v) => { if (!/^[1-9]\d{10}$/.test(v)) return false; let p = 10; for (const c of v.slice(0, 10)) { let s = (+c + p) % 10; if (!s) s = 10; p = (2 * s) % 11; } return (11 - p) % 10 === +v[10]; },
  fr_nir: (v) => { const s = v.replace(/ /g, ''); return /^[12]\d{14}$/.test(s) && 97 - Number(BigInt(s.slice(0, 13)) % 97n) === +s.slice(13); },
  es_dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[+v.slice(0, 8) % 23] === v[8],
  es_nif_sole_trader: (v) => v.startsWith('ES') && NAT.es_dni(v.slice(2)),
  nl_bsn: (v) => /^\d{9}$/.test(v) && [...v].reduce((a, c, i) => a + (i < 8 ? +c * (9 - i) : -c), 0) % 11 === 0,
  br_cpf: (v) => { const d = v.replace(/\D/g, ''); if (d.length !== 11) return false; const c = (n) => ((([...d.slice(0, n)].reduce((a, x, i) => a + +x * (n + 1 - i), 0)) * 10) % 11) % 10; return c(9) === +d[9] && c(10) === +d[10]; },
  pl_pesel: (v) => /^\d{11}$/.test(v) && (10 - ([1, 3, 7, 9, 1, 3, 7, 9, 1, 3].reduce((a, w, i) => a + w * +v[i], 0) % 10)) % 10 === +v[10],
  se_personnummer: (v) => /^\d{6}-\d{4}$/.test(v) && luhn(v.replace('-', '')),
};
const ipv4Ok = (v) => { const p = v.split(/[.-]/).map(Number); return p.length === 4 && p.every((x) => x >= 0 && x <= 255) && p[0] !== 127 && p[0] !== 0; };
const ipv6Ok = (v) => { if (!/^[0-9a-f:]+$/i.test(v)) return false; const halves = v.split('::'); if (halves.length > 2) return false; const g = halves.flatMap((h) => (h ? h.split(':') : [])); if (!g.every((x) => /^[0-9a-f]{1,4}$/i.test(x))) return false; return halves.length === 2 ? g.length < 8 : g.length === 8; };

const ids = new Set();
const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
let keeps = 0, text = 0;
const families = new Set();
for (const r of recs) {
  if (ids.has(r.id)) fail(r.id, 'duplicate id'); ids.add(r.id);
  if (r.split !== SPLIT) fail(r.id, 'wrong split');
  if (!['object', 'text'].includes(r.format) || (r.format === 'text') !== (typeof r.record === 'string')) fail(r.id, 'format mismatch');
  families.add(r.family); if (r.format === 'text') text++;
  const ser = serialise(r);
  for (const s of r.sensitive) {
    if (!KINDS.includes(s.kind)) fail(r.id, `unknown kind ${s.kind}`);
    perKind[s.kind]++;
    if (!present(ser, s.value)) fail(r.id, `label ${s.kind}/${s.sub} absent`);
    if (s.kind === 'iban' && !ibanOk(s.value)) fail(r.id, 'iban checksum');
    if (s.kind === 'card' && !luhn(s.value.replace(/\D/g, ''))) fail(r.id, 'card luhn');
    if (s.kind === 'national_id' && !(NAT[s.sub] ?? (() => false))(s.value)) fail(r.id, `national id ${s.sub} check`);
    if (s.kind === 'ip' && !(s.sub === 'v6' ? ipv6Ok(s.value) : ipv4Ok(s.value))) fail(r.id, 'ip shape');
    if (s.kind === 'geo' && !/^-?\d{1,3}\.\d{4,}$/.test(s.value)) fail(r.id, 'geo precision');
    if (s.value.length < (s.kind === 'person_name' ? 2 : 4)) fail(r.id, 'label too short');
  }
  const forms = r.sensitive.flatMap((s) => leakForms(s.value, s.kind));
  const stripped = stripLabels(ser, r.sensitive);
  for (const k of r.keep) {
    keeps++;
    if (!present(ser, k)) fail(r.id, `keep absent: ${k.slice(0, 20)}`);
    if (forms.some((f) => f.includes(k) || k.includes(f))) fail(r.id, 'keep overlaps a label');
    if (!present(stripped, k)) fail(r.id, 'keep does not survive label removal');
  }
}
const total = Object.values(perKind).reduce((a, b) => a + b, 0);
for (const k of KINDS) if (perKind[k] < 40) fail('corpus', `kind ${k} has ${perKind[k]} < 40 labels`);
if (recs.length < 1100) fail('corpus', 'fewer than 1100 records');
if (total < 3500) fail('corpus', `only ${total} labels`);
if (keeps < 1300) fail('corpus', `only ${keeps} keeps`);
if (text / recs.length < 0.3) fail('corpus', 'text records below 30 %');
if (families.size < 60) fail('corpus', `only ${families.size} sources`);
if (errors.length) { console.error(errors.slice(0, 50).join('\n')); console.error(`${errors.length} error(s)`); process.exit(1); }
console.log(`ok: records=${recs.length} sources=${families.size} text=${text} labels=${total} keeps=${keeps}`);
