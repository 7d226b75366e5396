#!/usr/bin/env node
// Independent checks of heldout-v21.jsonl. Exit 1 on any failure.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isKept, isLeaked, leakForms, reviveMaps, serialise } from './leak.mjs';
import { createScrubber as oracle } from './scrubbers/oracle.mjs';
import { createScrubber as identity } from './scrubbers/identity.mjs';

const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
const IBAN_LEN = { DE: 22, FR: 27, GB: 22, NL: 18, ES: 24, IT: 27, BE: 16, PL: 28, SE: 24, CH: 21, AT: 20, PT: 25, IE: 22, NO: 15, DK: 18, FI: 18, LT: 20, TR: 26 };
const errors = [];
const fail = (m) => { if (errors.length < 50) console.error(`FAIL ${m}`); errors.push(m); };

const luhn = (s) => { let sum = 0; [...s].reverse().forEach((c, i) => { let d = +c; if (i % 2) { d *= 2; if (d > 9) d -= 9; } sum += d; }); return sum % 10 === 0; };
function ibanOk(v) {
  const s = v.replace(/ /g, '');
  if (IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  const num = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(num) % 97n === 1n;
}
const d = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const p = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const verhoeff = (s) => { let c = 0; [...s].reverse().forEach((ch, i) => { c = d[c][p[i % 8][+ch]]; }); return c === 0; };
function nidOk(sub, v) {
  const x = v.replace(/[\s.\-/]/g, '');
  switch (sub) {
    case 'es_dni': return /^\d{8}[A-Z]$/.test(x) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(x.slice(0, 8)) % 23] === x[8];
    case 'nl_bsn': { if (!/^\d{9}$/.test(x)) return false; let s = 0; for (let i = 0; i < 8; i++) s += +x[i] * (9 - i); return (s - +x[8]) % 11 === 0; }
    case 'br_cpf': {
      if (!/^\d{11}$/.test(x)) return false;
      const chk = (n) => { let s = 0; for (let i = 0; i < n; i++) s += +x[i] * (n + 1 - i); const r = (s * 10) % 11; return r === 10 ? 0 : r; };
      return chk(9) === +x[9] && chk(10) === +x[10];
    }
    case 'in_aadhaar': return /^[2-9]\d{11}$/.test(x) && verhoeff(x);
    case 'se_pnr': return /^\d{10}$/.test(x) && luhn(x);
    case 'fi_hetu': return /^\d{6}[-+A]\d{3}[0-9A-Y]$/.test(v) && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10];
    case 'cn_rid': { if (!/^\d{17}[\dX]$/.test(x)) return false; const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 17; i++) s += +x[i] * w[i]; return '10X98765432'[s % 11] === x[17]; }
    case 'pl_pesel': { if (!/^\d{11}$/.test(x)) return false; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; let s = 0; for (let i = 0; i < 10; i++) s += +x[i] * w[i]; return (10 - (s % 10)) % 10 === +x[10]; }
    case 'be_nn': return /^\d{11}$/.test(x) && 97 - (Number(x.slice(0, 9)) % 97) === Number(x.slice(9));
    case 'us_ssn': return /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v);
    case 'uk_nino': return /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/.test(x);
    case 'passport': return /^[A-Z]{2}\d{7}$/.test(v);
    default: return false;
  }
}
function mrzOk(line) {
  const val = (c) => (c === '<' ? 0 : /\d/.test(c) ? +c : c.charCodeAt(0) - 55);
  const cd = (s) => String([...s].reduce((a, c, i) => a + val(c) * [7, 3, 1][i % 3], 0) % 10);
  return cd(line.slice(0, 9)) === line[9] && cd(line.slice(13, 19)) === line[19] && cd(line.slice(21, 27)) === line[27]
    && cd(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43)) === line[43];
}
function jwtOk(t) {
  const [h, b] = t.split('.');
  try { return typeof JSON.parse(Buffer.from(h, 'base64url').toString()).alg === 'string' && typeof JSON.parse(Buffer.from(b, 'base64url').toString()).exp === 'number'; } catch { return false; }
}

const file = join(dirname(fileURLToPath(import.meta.url)), 'heldout-v21.jsonl');
const recs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const ids = new Set(); const kinds = {}; const families = new Set();
let labels = 0; let keeps = 0; let text = 0;
const orc = oracle(); const idn = identity();
let oCaught = 0; let oKept = 0; let iCaught = 0; let iKept = 0;
for (const r of recs) {
  if (ids.has(r.id)) fail(`duplicate id ${r.id}`); ids.add(r.id);
  if (r.split !== 'heldout-v21') fail(`${r.id}: split ${r.split}`);
  if (!['object', 'text'].includes(r.format)) fail(`${r.id}: format`);
  if (r.format === 'text') { text++; if (typeof r.record !== 'string') fail(`${r.id}: text record not a string`); }
  families.add(r.family);
  const ser = serialise(r);
  const forms = [];
  for (const s of r.sensitive) {
    labels++; kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
    if (!KINDS.includes(s.kind)) fail(`${r.id}: kind ${s.kind}`);
    if (!s.sub) fail(`${r.id}: missing sub`);
    if (!isKept(ser, s.value)) fail(`${r.id}: label absent ${s.value}`);
    forms.push(...leakForms(s.value, s.kind));
    if (s.kind === 'card' && !luhn(s.value.replace(/\D/g, ''))) fail(`${r.id}: card Luhn ${s.value}`);
    if (s.kind === 'iban' && !ibanOk(s.value)) fail(`${r.id}: IBAN ${s.value}`);
    if (s.kind === 'national_id' && !nidOk(s.sub, s.value)) fail(`${r.id}: ${s.sub} ${s.value}`);
    if ((s.kind === 'token' && s.sub.startsWith('jwt')) || s.sub === 'ticket_qr') if (!jwtOk(s.value)) fail(`${r.id}: JWT ${s.value}`);
    if (s.kind === 'private_key' && !/^-----BEGIN [A-Z ]+-----\n[\s\S]+\n-----END [A-Z ]+-----$/.test(s.value)) fail(`${r.id}: key block`);
  }
  const mrz = ser.match(/[A-Z]{2}\d{7}\d[A-Z]{3}\d{7}[MF]\d{7}<+\d\d/);
  if (mrz && !mrzOk(mrz[0])) fail(`${r.id}: MRZ check digits`);
  for (const k of r.keep) {
    keeps++;
    if (!isKept(ser, k)) fail(`${r.id}: keep absent ${k}`);
    if (forms.some((f) => f.includes(k) || k.includes(f))) fail(`${r.id}: keep overlaps a label ${k}`);
  }
  for (const [scr, tally] of [[orc, 'o'], [idn, 'i']]) {
    const input = r.format === 'text' ? r.record : reviveMaps(structuredClone(r.record), r.maps);
    const o = r.format === 'text' ? scr.scrubText(input) : scr.scrub(input);
    const out = typeof o === 'string' ? o : JSON.stringify(o, (_k, v) => (v instanceof Map ? { '[Map]': [...v.entries()] } : v));
    const c = r.sensitive.filter((s) => !isLeaked(out, s.value, s.kind)).length; const kk = r.keep.filter((k) => isKept(out, k)).length;
    if (tally === 'o') { oCaught += c; oKept += kk; } else { iCaught += c; iKept += kk; }
  }
}
for (const k of KINDS) if ((kinds[k] ?? 0) < 40) fail(`kind ${k} has ${kinds[k] ?? 0} < 40`);
if (labels < 3500) fail(`labels ${labels} < 3500`);
if (keeps < 1300) fail(`keeps ${keeps} < 1300`);
if (recs.length < 1200) fail(`records ${recs.length} < 1200`);
if (text / recs.length < 0.3) fail(`text share ${text}/${recs.length} < 30 %`);
if (families.size < 60) fail(`sources ${families.size} < 60`);
if (oCaught !== labels || oKept !== keeps) fail(`oracle ${oCaught}/${labels} caught, ${oKept}/${keeps} kept`);
if (iCaught !== 0 || iKept !== keeps) fail(`identity ${iCaught}/${labels} caught, ${iKept}/${keeps} kept`);
console.log(`records=${recs.length} text=${text} (${((100 * text) / recs.length).toFixed(1)} %) sources=${families.size} labels=${labels} keeps=${keeps}`);
console.log(`kinds: ${KINDS.map((k) => `${k}=${kinds[k] ?? 0}`).join(' ')}`);
console.log(`oracle caught ${oCaught}/${labels} kept ${oKept}/${keeps}; identity caught ${iCaught}/${labels} kept ${iKept}/${keeps}`);
if (errors.length) { console.error(`${errors.length} failure(s)`); process.exit(1); }
console.log('OK');
