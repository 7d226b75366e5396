#!/usr/bin/env node
// Independent checks of heldout-v13.jsonl; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forms, redact, serialise } from './leak.mjs';

const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
const file = join(dirname(fileURLToPath(import.meta.url)), 'heldout-v13.jsonl');
const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errors = [];
const fail = (id, m) => errors.push(`${id}: ${m}`);

const luhn = (d) => { let sum = 0; [...d].reverse().forEach((c, i) => { let x = +c; if (i % 2) { x *= 2; if (x > 9) x -= 9; } sum += x; }); return sum % 10 === 0; };
const ibanOk = (v) => { const s = v.replace(/ /g, ''); const r = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55)); let m = 0; for (const c of r) m = (m * 10 + +c) % 97; return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && m === 1; };
const NID = {
  us_ssn: (v) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  uk_nino: (v) => /^[A-CEGHJ-PR-TW-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(v),
  es_dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[+v.slice(0, 8) % 23] === v[8],
  nl_bsn: (v) => /^\d{9}$/.test(v) && [...v].reduce((a, c, i) => a + +c * (i === 8 ? -1 : 9 - i), 0) % 11 === 0,
  br_cpf: (v) => { const d = v.replace(/\D/g, '').split('').map(Number); if (d.length !== 11) return false; const c1 = ((d.slice(0, 9).reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10; const c2 = ((d.slice(0, 10).reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10; return c1 === d[9] && c2 === d[10]; },
  fr_nir: (v) => /^\d{15}$/.test(v) && 97 - Number(BigInt(v.slice(0, 13)) % 97n) === +v.slice(13),
};

const ids = new Set();
const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
let keepN = 0;
for (const r of records) {
  if (ids.has(r.id)) fail(r.id, 'duplicate id');
  ids.add(r.id);
  if (r.split !== 'heldout-v13') fail(r.id, `split ${r.split}`);
  if (!['object', 'text'].includes(r.format) || (r.format === 'text') !== (typeof r.record === 'string')) fail(r.id, 'format');
  if (r.keep.length > 3) fail(r.id, 'more than 3 keeps');
  const raw = serialise(r);
  for (const s of r.sensitive) {
    if (!KINDS.includes(s.kind)) fail(r.id, `kind ${s.kind}`);
    else perKind[s.kind]++;
    if (!raw.includes(s.value) && !raw.includes(JSON.stringify(s.value).slice(1, -1))) fail(r.id, `label not in record: ${s.value}`);
    if (s.kind === 'card' && !luhn(s.value.replace(/\D/g, ''))) fail(r.id, `Luhn ${s.value}`);
    if (s.kind === 'iban' && !ibanOk(s.value)) fail(r.id, `IBAN ${s.value}`);
    if (s.kind === 'national_id' && !(NID[s.sub] && NID[s.sub](s.value))) fail(r.id, `national id ${s.sub} ${s.value}`);
    if (s.kind === 'ip' && s.sub === 'ipv6' && s.value.split(':').length !== 8) fail(r.id, `IPv6 groups ${s.value}`);
    if (s.kind === 'ip' && s.sub === 'ipv6' && !s.value.split(':').every((g) => /^[0-9a-f]{1,4}$/.test(g))) fail(r.id, `IPv6 ${s.value}`);
  }
  for (const path of r.maps ?? []) {
    let node = r.format === 'object' ? r.record : undefined;
    for (const k of path) node = node?.[k];
    if (!node || typeof node !== 'object' || Array.isArray(node)) fail(r.id, `maps path ${path.join('.')}`);
  }
  const scrubbed = redact(raw, r.sensitive);
  for (const k of r.keep) {
    keepN++;
    if (!raw.includes(k)) fail(r.id, `keep not in record: ${k}`);
    if (r.sensitive.some((s) => s.value.includes(k) || forms(s.value, s.kind).some((f) => k.includes(f)))) fail(r.id, `keep overlaps a label: ${k}`);
    if (!scrubbed.includes(k)) fail(r.id, `keep does not survive removal of labels: ${k}`);
  }
  if (r.sensitive.length === 0 && r.keep.length === 0) fail(r.id, 'empty record');
}
for (const [k, n] of Object.entries(perKind)) if (n < 40) fail('corpus', `kind ${k} has ${n} < 40`);
console.log(`records=${records.length} sensitive=${Object.values(perKind).reduce((a, b) => a + b, 0)} keep=${keepN} families=${new Set(records.map((r) => r.family)).size}`);
if (errors.length) { console.error(errors.slice(0, 40).join('\n')); console.error(`FAIL: ${errors.length} problem(s)`); process.exit(1); }
console.log('OK: all checks passed');
