#!/usr/bin/env node
// Independent checks of heldout-v22.jsonl. Exit 1 on any failure.
//   node packages/log-scrubber/eval/heldout-v22/validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leakForms, serialise, leaks, keptIn, revive, serialiseValue } from './leak.mjs';
import { createScrubber } from './scrubbers/oracle.mjs';

const SPLIT = 'heldout-v22';
const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
const IBAN_LEN = { AD: 24, AE: 23, AT: 20, BE: 16, BR: 29, CH: 21, CZ: 24, DE: 22, DK: 18, ES: 24, FI: 18, FR: 27, GB: 22, IE: 22, IT: 27, LT: 20, LU: 20, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SA: 24, SE: 24, TR: 26 };
const here = dirname(fileURLToPath(import.meta.url));
const lines = readFileSync(join(here, `${SPLIT}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errors = [];
const fail = (id, msg) => { if (errors.length < 50) errors.push(`${id}: ${msg}`); else errors.length++; };

function luhn(d) { let s = 0; let dbl = false; for (let i = d.length - 1; i >= 0; i--) { let x = d.charCodeAt(i) - 48; if (dbl) { x *= 2; if (x > 9) x -= 9; } s += x; dbl = !dbl; } return s % 10 === 0; }
function ibanOk(v) {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  const n = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let m = 0; for (const ch of n) m = (m * 10 + Number(ch)) % 97;
  return m === 1;
}
const NID = {
  es_dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  nl_bsn: (v) => /^\d{9}$/.test(v) && [...v].reduce((a, d, i) => a + Number(d) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0,
  se_pnr: (v) => /^\d{6}-\d{4}$/.test(v) && luhn(v.replace('-', '')),
  fi_hetu: (v) => /^\d{6}-\d{3}[0-9A-Y]$/.test(v) && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10],
  br_cpf: (v) => { const d = v.replace(/\D/g, ''); if (d.length !== 11) return false; const c = (n) => { let s = 0; for (let i = 0; i < n; i++) s += Number(d[i]) * (n + 1 - i); return ((s * 10) % 11) % 10; }; return c(9) === Number(d[9]) && c(10) === Number(d[10]); },
  pl_pesel: (v) => /^\d{11}$/.test(v) && [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1].reduce((a, w, i) => a + w * Number(v[i]), 0) % 10 === 0,
  cn_ric: (v) => /^\d{17}[\dX]$/.test(v) && '10X98765432'[[7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2].reduce((a, w, i) => a + w * Number(v[i]), 0) % 11] === v[17],
  be_nrn: (v) => { const d = v.replace(/\D/g, ''); return d.length === 11 && 97 - (Number(d.slice(0, 9)) % 97) === Number(d.slice(9)); },
  fr_nir: (v) => { const d = v.replace(/ /g, ''); return /^\d{15}$/.test(d) && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13)); },
  cl_rut: (v) => { const m = /^([\d.]+)-([\dK])$/.exec(v); if (!m) return false; let s = 0; let w = 2; for (const ch of m[1].replace(/\./g, '').split('').reverse()) { s += Number(ch) * w; w = w === 7 ? 2 : w + 1; } const x = 11 - (s % 11); return (x === 11 ? '0' : x === 10 ? 'K' : String(x)) === m[2]; },
  us_ssn: (v) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  uk_nino: (v) => /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/.test(v),
};

const ids = new Set();
const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
let keeps = 0; let text = 0;
const sources = new Set();
const oracle = createScrubber();
for (const l of lines) {
  if (ids.has(l.id)) fail(l.id, 'duplicate id'); ids.add(l.id);
  if (l.split !== SPLIT) fail(l.id, `split ${l.split}`);
  if (!['object', 'text'].includes(l.format)) fail(l.id, `format ${l.format}`);
  if (l.format === 'text') { text++; if (typeof l.record !== 'string') fail(l.id, 'text record is not a string'); }
  sources.add(l.family);
  const out = serialise(l);
  for (const s of l.sensitive) {
    if (!KINDS.includes(s.kind)) fail(l.id, `unknown kind ${s.kind}`);
    perKind[s.kind]++;
    if (!keptIn(out, s.value)) fail(l.id, `label not present verbatim: ${s.kind}/${s.sub}`);
    if (s.kind === 'card') { const d = s.value.replace(/[ -]/g, ''); if (!/^\d{13,19}$/.test(d) || !luhn(d)) fail(l.id, `bad Luhn ${s.value}`); }
    if (s.kind === 'iban' && !ibanOk(s.value)) fail(l.id, `bad IBAN ${s.value}`);
    if (s.kind === 'national_id' && !(NID[s.sub] ?? (() => false))(s.value)) fail(l.id, `bad national id ${s.sub} ${s.value}`);
  }
  const forms = l.sensitive.flatMap((s) => leakForms(s.value, s.kind));
  const input = l.format === 'text' ? l.record : revive(l.record, l.maps);
  const scrubbed = l.format === 'text' ? oracle.scrubText(input) : serialiseValue(oracle.scrub(input));
  for (const s of l.sensitive) if (leaks(scrubbed, s)) fail(l.id, `oracle leaves ${s.kind}/${s.sub}`);
  for (const k of l.keep) {
    keeps++;
    if (!keptIn(out, k)) fail(l.id, `keep not present: ${k}`);
    if (forms.some((f) => f.includes(k) || k.includes(f))) fail(l.id, `keep overlaps a label: ${k}`);
    if (!keptIn(scrubbed, k)) fail(l.id, `keep lost by oracle: ${k}`);
  }
}
const labels = Object.values(perKind).reduce((a, b) => a + b, 0);
for (const [k, n] of Object.entries(perKind)) if (n < 40) fail('corpus', `kind ${k} has ${n} < 40 labels`);
if (labels < 3500) fail('corpus', `${labels} labels < 3500`);
if (keeps < 1300) fail('corpus', `${keeps} keeps < 1300`);
if (lines.length < 1200) fail('corpus', `${lines.length} records < 1200`);
if (text / lines.length < 0.3) fail('corpus', `text share ${(100 * text / lines.length).toFixed(1)} % < 30 %`);
if (sources.size < 60) fail('corpus', `${sources.size} sources < 60`);

console.log(`records ${lines.length}, text ${(100 * text / lines.length).toFixed(1)} %, sources ${sources.size}, labels ${labels}, keeps ${keeps}`);
console.log(Object.entries(perKind).map(([k, n]) => `${k}=${n}`).join(' '));
if (errors.length) { console.error(`FAIL (${errors.length} problems)\n  ${errors.slice(0, 50).join('\n  ')}`); process.exit(1); }
console.log('OK');
