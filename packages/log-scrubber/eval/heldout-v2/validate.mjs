#!/usr/bin/env node
// Format and fairness checks for heldout-v2.jsonl, in the validating direction (weighted sums are
// checked against their modulus; nothing here reuses the generator's check-digit code):
//  - record shape (id, split, family, format, record, sensitive[], keep[], optional maps)
//  - every national id / IBAN / card label passes its checksum
//  - every label and keep value occurs in its record
//  - an oracle that removes exactly the labelled values leaks nothing and loses no keep value
//    (using score.mjs's own leak/keep rules)
//   node packages/log-scrubber/eval/heldout-v2/validate.mjs [--file path]   (exit 1 on any failure)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { kept, leaked } from '../score.mjs';

const KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret',
  'name', 'email', 'phone', 'address', 'dob', 'geo', 'ip', 'username', 'national_id', 'iban', 'card']);
const dig = (s) => s.replace(/\D/g, '');
const wsum = (d, w) => w.reduce((a, x, i) => a + x * Number(d[i]), 0);

function luhnOk(s) {
  const d = dig(s);
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return d.length > 0 && sum % 10 === 0;
}
function ibanOk(s) {
  const c = s.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(c)) return false;
  let r = 0;
  for (const ch of c.slice(4) + c.slice(0, 4)) for (const d of /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55)) r = (r * 10 + Number(d)) % 97;
  return r === 1;
}
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const LETTERS23 = 'TRWAGMYFPDXBNJZSQVHLCKE';
const validMonthDay = (mm, dd) => mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;

const CHECKS = {
  us_ssn: (s) => /^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(s),
  uk_nino: (s) => /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s.replace(/\s/g, '')),
  br_cpf: (s) => {
    const d = dig(s);
    if (d.length !== 11 || /^(\d)\1+$/.test(d)) return false;
    const c1 = (wsum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11 % 10;
    const c2 = (wsum(d, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11 % 10;
    return c1 === Number(d[9]) && c2 === Number(d[10]);
  },
  es_dni: (s) => /^\d{8}[A-Z]$/.test(s) && LETTERS23[Number(s.slice(0, 8)) % 23] === s[8],
  es_nie: (s) => /^[XYZ]\d{7}[A-Z]$/.test(s) && LETTERS23[Number('XYZ'.indexOf(s[0]) + s.slice(1, 8)) % 23] === s[8],
  se_personnummer: (s) => { const d = dig(s); const ten = d.length === 12 ? d.slice(2) : d; return ten.length === 10 && luhnOk(ten) && validMonthDay(Number(ten.slice(2, 4)), Number(ten.slice(4, 6))); },
  in_aadhaar: (s) => {
    const d = dig(s);
    if (!/^[2-9]\d{11}$/.test(d)) return false;
    let c = 0;
    [...d].reverse().forEach((x, i) => { c = VD[c][VP[i % 8][Number(x)]]; });
    return c === 0;
  },
  fr_insee: (s) => { const d = dig(s); return d.length === 15 && (Number(BigInt(d.slice(0, 13)) % 97n) + Number(d.slice(13))) % 97 === 0; },
  de_steuer_id: (s) => {
    const d = dig(s);
    if (!/^[1-9]\d{10}$/.test(d)) return false;
    const counts = new Map();
    for (const ch of d.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const multi = [...counts.values()].filter((n) => n > 1);
    if (multi.length !== 1 || multi[0] > 3) return false;
    let p = 10;
    for (const ch of d.slice(0, 10)) { let x = (Number(ch) + p) % 10; if (x === 0) x = 10; p = (2 * x) % 11; }
    return (11 - p) % 10 === Number(d[10]);
  },
  nl_bsn: (s) => { const d = dig(s); return d.length === 9 && (wsum(d, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(d[8])) % 11 === 0; },
  pl_pesel: (s) => { const d = dig(s); return d.length === 11 && wsum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]) % 10 === 0; },
  it_codice_fiscale: (s) => {
    if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(s)) return false;
    const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
    let sum = 0;
    for (let i = 0; i < 15; i++) {
      const ch = s[i];
      const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
      sum += i % 2 === 0 ? odd[v] : v;
    }
    return String.fromCharCode(65 + (sum % 26)) === s[15];
  },
  dk_cpr: (s) => { const d = dig(s); return d.length === 10 && wsum(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0 && validMonthDay(Number(d.slice(2, 4)), Number(d.slice(0, 2))); },
  fi_hetu: (s) => {
    const m = /^(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])$/.exec(s);
    return !!m && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1] + m[2]) % 31] === m[3];
  },
  no_fodselsnummer: (s) => { const d = dig(s); return d.length === 11 && wsum(d, [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]) % 11 === 0 && wsum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0; },
  be_national_number: (s) => {
    const d = dig(s);
    if (d.length !== 11) return false;
    const cc = Number(d.slice(9));
    return 97 - Number(BigInt(d.slice(0, 9)) % 97n) === cc || 97 - Number(BigInt(`2${d.slice(0, 9)}`) % 97n) === cc;
  },
  ca_sin: (s) => { const d = dig(s); return d.length === 9 && /^[1-79]/.test(d) && luhnOk(d); },
  au_tfn: (s) => { const d = dig(s); return d.length === 9 && wsum(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0; },
  // ISO 7064 MOD 11-2: the weighted sum including the check value (X = 10, weight 1) is 1 mod 11.
  cn_resident_id: (s) => /^\d{17}[\dX]$/.test(s) && (wsum(s, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) + (s[17] === 'X' ? 10 : Number(s[17]))) % 11 === 1,
  kr_rrn: (s) => {
    const d = dig(s);
    if (!/^\d{6}-\d{7}$/.test(s)) return false;
    return (11 - (wsum(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === Number(d[12]);
  },
  mx_curp: (s) => {
    if (!/^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d$/.test(s)) return false;
    const dict = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
    let sum = 0;
    for (let i = 0; i < 18; i++) sum += dict.indexOf(s[i]) * (i === 17 ? 1 : 18 - i);
    return sum % 10 === 0;
  },
  za_id: (s) => /^\d{13}$/.test(s) && luhnOk(s) && validMonthDay(Number(s.slice(2, 4)), Number(s.slice(4, 6))),
  ch_ahv: (s) => {
    const d = dig(s);
    if (!/^756\d{10}$/.test(d)) return false;
    return wsum(d, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1]) % 10 === 0;
  },
};

export function validate(records) {
  const failures = [];
  const seen = new Set();
  const stats = { records: records.length, withSensitive: 0, sensitive: 0, keep: 0, checksummed: 0, perKind: {}, perFamily: {}, perNationalId: {} };
  for (const rec of records) {
    const where = rec.id ?? '(no id)';
    if (typeof rec.id !== 'string' || seen.has(rec.id)) failures.push(`${where}: missing or duplicate id`);
    seen.add(rec.id);
    if (rec.split !== 'heldout-v2') failures.push(`${where}: split must be heldout-v2`);
    if (typeof rec.family !== 'string' || !rec.family) failures.push(`${where}: family missing`);
    if (rec.format === 'text' ? typeof rec.record !== 'string' : rec.format !== 'object' || typeof rec.record !== 'object' || rec.record === null) failures.push(`${where}: format/record mismatch`);
    if (!Array.isArray(rec.sensitive) || !Array.isArray(rec.keep)) { failures.push(`${where}: sensitive/keep must be arrays`); continue; }
    for (const path of rec.maps ?? []) {
      let node = rec.record;
      for (const k of path) node = node?.[k];
      if (!node || typeof node !== 'object' || Array.isArray(node)) failures.push(`${where}: maps path ${path.join('.')} is not an object`);
    }
    const hay = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
    const fam = (stats.perFamily[rec.family] ??= { records: 0, sensitive: 0, keep: 0 });
    fam.records++;
    if (rec.sensitive.length) stats.withSensitive++;
    for (const s of rec.sensitive) {
      if (!KINDS.has(s.kind)) failures.push(`${where}: unknown kind ${s.kind}`);
      if (typeof s.value !== 'string' || typeof s.sub !== 'string') { failures.push(`${where}: label needs string value and sub`); continue; }
      if (!hay.includes(s.value) && !hay.includes(JSON.stringify(s.value).slice(1, -1))) failures.push(`${where}: label not in record ${s.value}`);
      stats.sensitive++; fam.sensitive++;
      stats.perKind[s.kind] = (stats.perKind[s.kind] ?? 0) + 1;
      let ok = true;
      if (s.kind === 'national_id') {
        stats.perNationalId[s.sub] = (stats.perNationalId[s.sub] ?? 0) + 1;
        ok = CHECKS[s.sub]?.(s.value) ?? false;
      } else if (s.kind === 'iban') ok = ibanOk(decodeURIComponent(s.value));
      else if (s.kind === 'card') ok = luhnOk(s.value) && dig(s.value).length >= 13 && dig(s.value).length <= 19;
      else continue;
      stats.checksummed++;
      if (!ok) failures.push(`${where}: ${s.kind}/${s.sub} fails its checksum: ${s.value}`);
    }
    for (const k of rec.keep) {
      if (typeof k !== 'string' || !kept(hay, k)) failures.push(`${where}: keep value not in record ${k}`);
      stats.keep++; fam.keep++;
    }
    let oracle = hay;
    for (const s of [...rec.sensitive].sort((a, b) => b.value.length - a.value.length)) {
      oracle = oracle.split(s.value).join('[X]').split(JSON.stringify(s.value).slice(1, -1)).join('[X]');
    }
    for (const s of rec.sensitive) if (leaked(oracle, s.value, s.kind)) failures.push(`${where}: oracle still leaks ${s.kind} ${s.value}`);
    for (const k of rec.keep) if (!kept(oracle, k)) failures.push(`${where}: oracle loses keep ${k}`);
  }
  return { stats, failures };
}

function main() {
  const { values } = parseArgs({ options: { file: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
  const file = values.file ?? join(dirname(fileURLToPath(import.meta.url)), 'heldout-v2.jsonl');
  const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const { stats, failures } = validate(records);
  const summary = { file, records: stats.records, withSensitive: stats.withSensitive, sensitive: stats.sensitive, keep: stats.keep, checksummed: stats.checksummed, families: Object.keys(stats.perFamily).length, failures: failures.length };
  console.log(JSON.stringify(summary));
  if (values.verbose) console.log(JSON.stringify({ perKind: stats.perKind, perNationalId: stats.perNationalId, perFamily: stats.perFamily }, null, 1));
  for (const f of failures.slice(0, 50)) console.log(`FAIL ${f}`);
  process.exitCode = failures.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
