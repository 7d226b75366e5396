#!/usr/bin/env node
// Independent checks on heldout-v16.jsonl; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leakForms, leaks, keptIn, serialise, reviveMaps } from './leak.mjs';
import { luhnOk, ibanOk, luhnDigit } from './values.mjs';
import { redact } from './scrubbers/oracle.mjs';

const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
const dir = dirname(fileURLToPath(import.meta.url));
const recs = readFileSync(join(dir, 'heldout-v16.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errors = [];
const err = (id, m) => { if (errors.length < 200) errors.push(`${id}: ${m}`); };

function idOk(sub, val) {
  const d = val.replace(/\D/g, '');
  switch (sub) {
    case 'us_ssn': return /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(val);
    case 'uk_nino': return /^[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(val);
    case 'es_dni': return 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(val.slice(0, 8)) % 23] === val[8];
    case 'nl_bsn': { let s = 0; for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i); return (s - Number(d[8])) % 11 === 0; }
    case 'se_personnummer': return luhnDigit(d.slice(0, 9)) === d[9];
    case 'pl_pesel': { const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; let s = 0; for (let i = 0; i < 10; i++) s += Number(d[i]) * w[i]; return (10 - (s % 10)) % 10 === Number(d[10]); }
    case 'br_cpf': { const n = d.split('').map(Number); const dv = (k) => { let s = 0; for (let i = 0; i < k; i++) s += n[i] * (k + 1 - i); const r = (s * 10) % 11; return r === 10 ? 0 : r; }; return dv(9) === n[9] && dv(10) === n[10]; }
    case 'fr_nir': return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
    case 'fi_hetu': return '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(val.slice(0, 6) + val.slice(7, 10)) % 31] === val[10];
    case 'de_steuer_id': { let p = 10; for (const ch of d.slice(0, 10)) { let s = (Number(ch) + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11; } let c = 11 - p; if (c === 10) c = 0; return c === Number(d[10]); }
    default: return false;
  }
}

const ids = new Set();
const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
let text = 0; let keepN = 0;
for (const r of recs) {
  if (ids.has(r.id)) err(r.id, 'duplicate id');
  ids.add(r.id);
  if (r.split !== 'heldout-v16') err(r.id, 'wrong split');
  if (r.format === 'text') { text++; if (typeof r.record !== 'string') err(r.id, 'text record not a string'); }
  const input = r.format === 'text' ? r.record : reviveMaps(structuredClone(r.record), r.maps);
  const out = serialise(input);
  for (const s of r.sensitive) {
    if (!KINDS.includes(s.kind)) err(r.id, `unknown kind ${s.kind}`);
    perKind[s.kind]++;
    if (!leaks(out, s.value, s.kind)) err(r.id, `label not present: ${s.kind}`);
    if (s.kind === 'card' && !luhnOk(s.value)) err(r.id, 'card fails Luhn');
    if (s.kind === 'iban' && !ibanOk(s.value)) err(r.id, 'iban fails mod-97');
    if (s.kind === 'national_id' && !idOk(s.sub, s.value)) err(r.id, `national id check fails (${s.sub})`);
    if (s.kind === 'ip' && s.value.includes(':')) {
      const groups = s.value.split(':');
      if (s.value.includes('::') ? groups.length > 8 : groups.length !== 8) err(r.id, 'bad ipv6 shape');
    }
  }
  for (const k of r.keep) {
    keepN++;
    if (!keptIn(out, k)) err(r.id, 'keep not present');
    for (const s of r.sensitive) for (const f of leakForms(s.value, s.kind)) if (f.includes(k) || k.includes(f)) err(r.id, `keep overlaps ${s.kind} leak form`);
  }
  // The oracle removes every leak form of every label; each keep must survive that.
  const redacted = serialise(redact(r, input));
  for (const s of r.sensitive) if (leaks(redacted, s.value, s.kind)) err(r.id, `oracle leaves ${s.kind}`);
  for (const k of r.keep) if (!keptIn(redacted, k)) err(r.id, 'keep destroyed by label removal');
}
const total = Object.values(perKind).reduce((a, b) => a + b, 0);
for (const [k, n] of Object.entries(perKind)) if (n < 40) errors.push(`kind ${k} has ${n} < 40 labels`);
if (recs.length < 1100) errors.push(`only ${recs.length} records`);
if (total < 3500) errors.push(`only ${total} labels`);
if (keepN < 1300) errors.push(`only ${keepN} keeps`);
if (text / recs.length < 0.3) errors.push('fewer than 30 % text records');
console.log(`records=${recs.length} text=${text} labels=${total} keep=${keepN}`);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
console.log('ok');
