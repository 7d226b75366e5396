#!/usr/bin/env node
// Independent check of the committed corpus: every planted identifier carries a valid check digit
// (written separately from the generator, in the validating direction), every Luhn-valid 16-digit
// id kept as a hard negative really passes Luhn, labels are present in their records, an oracle
// that removes exactly the labelled values scores 100 %, and every shared template family appears
// in both halves.
//   node packages/log-scrubber/eval/validate.mjs      (exit 1 on any failure)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kept, leaked } from './score.mjs';

const dir = dirname(fileURLToPath(import.meta.url));
const load = (name) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const digits = (s) => s.replace(/\D/g, '');

function luhn(s) {
  const d = digits(s);
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}
function iban(s) {
  const c = s.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(c)) return false;
  const re = c.slice(4) + c.slice(0, 4);
  let m = 0;
  for (const ch of re) {
    const n = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of n) m = (m * 10 + Number(d)) % 97;
  }
  return m === 1;
}
function cpf(s) {
  const d = digits(s).split('').map(Number);
  if (d.length !== 11 || d.every((x) => x === d[0])) return false;
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += d[i] * (n + 1 - i);
    const r = (sum * 10) % 11 % 10;
    if (r !== d[n]) return false;
  }
  return true;
}
const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dni = (s) => /^\d{8}[A-Z]$/.test(s) && DNI[Number(s.slice(0, 8)) % 23] === s[8];
const nie = (s) => /^[XYZ]\d{7}[A-Z]$/.test(s) && DNI[Number('XYZ'.indexOf(s[0]) + s.slice(1, 8)) % 23] === s[8];
function personnummer(s) {
  const d = digits(s);
  const ten = d.length === 12 ? d.slice(2) : d;
  return ten.length === 10 && luhn(ten);
}
const D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
function aadhaar(s) {
  const d = digits(s);
  if (!/^[2-9]\d{11}$/.test(d)) return false;
  let c = 0;
  [...d].reverse().forEach((x, i) => { c = D[c][P[i % 8][Number(x)]]; });
  return c === 0;
}
function insee(s) {
  const d = digits(s);
  return d.length === 15 && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
}
function steuerId(s) {
  const d = digits(s);
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const counts = {};
  for (const ch of d.slice(0, 10)) counts[ch] = (counts[ch] ?? 0) + 1;
  const multi = Object.values(counts).filter((n) => n > 1);
  if (multi.length !== 1 || multi[0] > 3) return false;
  let product = 10;
  for (const ch of d.slice(0, 10)) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === Number(d[10]);
}
const nino = (s) => /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s.replace(/\s/g, ''));
const ssn = (s) => /^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(s);
function bsn(s) {
  const d = digits(s);
  if (d.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  return (sum - Number(d[8])) % 11 === 0;
}
function pesel(s) {
  const d = digits(s);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  return d.length === 11 && (10 - (w.reduce((a, x, i) => a + x * Number(d[i]), 0) % 10)) % 10 === Number(d[10]);
}
const checks = { us_ssn: ssn, uk_nino: nino, br_cpf: cpf, es_dni: dni, es_nie: nie, se_personnummer: personnummer,
  in_aadhaar: aadhaar, fr_insee: insee, de_steuer_id: steuerId, nl_bsn: bsn, pl_pesel: pesel };

const failures = [];
const stats = { checked: 0, luhnNegatives: 0 };
const families = { dev: new Set(), heldout: new Set() };
const heldoutOnly = new Set();
for (const split of ['dev', 'heldout']) {
  for (const rec of load(`${split}.jsonl`)) {
    families[split].add(rec.family);
    if (rec.family.startsWith('ho-')) heldoutOnly.add(rec.family);
    const hay = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
    for (const s of rec.sensitive) {
      if (!hay.includes(s.value) && !hay.includes(JSON.stringify(s.value).slice(1, -1))) failures.push(`${rec.id}: label not in record ${s.value}`);
      let ok = true;
      if (s.kind === 'national_id') ok = checks[s.sub]?.(s.value) ?? false;
      else if (s.kind === 'iban') ok = iban(decodeURIComponent(s.value));
      else if (s.kind === 'card') ok = luhn(s.value) && digits(s.value).length >= 13;
      else continue;
      stats.checked++;
      if (!ok) failures.push(`${rec.id}: ${s.kind}/${s.sub} fails its checksum: ${s.value}`);
    }
    // Oracle: removing exactly the labelled values must score 100 % recall and 100 % keep, or a
    // label is unfair (a leak form that also occurs elsewhere, a keep value overlapping a label).
    let oracle = hay;
    for (const s of [...rec.sensitive].sort((a, b) => b.value.length - a.value.length)) {
      oracle = oracle.split(s.value).join('[X]').split(JSON.stringify(s.value).slice(1, -1)).join('[X]');
    }
    for (const s of rec.sensitive) if (leaked(oracle, s.value, s.kind)) failures.push(`${rec.id}: oracle still leaks ${s.kind} ${s.value}`);
    for (const k of rec.keep) if (!kept(oracle, k)) failures.push(`${rec.id}: oracle loses keep ${k}`);
    stats.oracleRecords = (stats.oracleRecords ?? 0) + 1;
    if (rec.family === 'business-ids') {
      const lid = rec.keep.find((k) => /^\d{16}$/.test(k));
      if (!lid || !luhn(lid)) failures.push(`${rec.id}: 16-digit hard negative missing or not Luhn-valid`);
      else stats.luhnNegatives++;
    }
  }
}
for (const f of families.dev) if (!families.heldout.has(f)) failures.push(`family ${f} is in dev only`);
for (const f of families.heldout) if (!families.dev.has(f) && !heldoutOnly.has(f)) failures.push(`family ${f} is in heldout only but not marked ho-`);
for (const f of heldoutOnly) if (families.dev.has(f)) failures.push(`held-out-only family ${f} leaked into dev`);
console.log(JSON.stringify({ ...stats, sharedFamilies: families.dev.size, heldoutOnlyFamilies: [...heldoutOnly].sort(), failures: failures.length }));
for (const f of failures.slice(0, 50)) console.log(`FAIL ${f}`);
process.exitCode = failures.length ? 1 : 0;
