#!/usr/bin/env node
// Independent checks of heldout-v3.jsonl, written apart from the generator and in the validating
// direction (a checksum is re-verified over the whole number, never recomputed the way it was made):
// record format, labels and keep values present in their records, label lengths, no keep value
// overlapping a label, check digits of every national id, IBAN and card, corpus size and balance,
// byte-for-byte determinism of generate.mjs, and two scorings by score.mjs's own rules: an oracle
// removing exactly the labels (100 % recall, 100 % keep) and an identity scrubber (0 % recall,
// 100 % keep).
//   node packages/log-scrubber/eval/heldout-v3/validate.mjs      (exit 1 on any failure)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kept, leaked, score } from '../score.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const corpusFile = join(here, 'heldout-v3.jsonl');
const raw = readFileSync(corpusFile, 'utf8');
const failures = [];
const fail = (msg) => failures.push(msg);

const SECRET = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret'];
const PERSONAL = ['person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'username'];
const KINDS = new Set([...SECRET, ...PERSONAL]);
const FIELDS = ['id', 'split', 'family', 'format', 'record', 'sensitive', 'keep'];

// ------------------------------------------------------------------ check digits (validating direction)
const nums = (s) => [...s.replace(/\D/g, '')].map(Number);
const weighted = (ds, ws) => ws.reduce((acc, w, i) => acc + w * ds[i], 0);
function luhnOk(s) {
  const ds = nums(s).reverse();
  return ds.reduce((acc, d, i) => acc + (i % 2 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0) % 10 === 0;
}
const VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
// The position permutations are powers of one base permutation: P[i] = P1 ∘ P[i-1].
const VERHOEFF_P1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
const VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]];
for (let i = 1; i < 8; i++) VERHOEFF_P.push(VERHOEFF_P[i - 1].map((x) => VERHOEFF_P1[x]));
const mod97 = (digitString) => [...digitString].reduce((m, ch) => (m * 10 + Number(ch)) % 97, 0);

const NATIONAL = {
  us_ssn: (v) => /^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  uk_nino: (v) => /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(v.replace(/ /g, '')),
  ca_sin: (v) => /^[1-79]\d{2}[ -]?\d{3}[ -]?\d{3}$/.test(v) && luhnOk(v),
  fr_nir: (v) => { const d = v.replace(/ /g, ''); return /^[12]\d{14}$/.test(d) && (mod97(d.slice(0, 13)) + Number(d.slice(13))) % 97 === 0; },
  de_steuer_id: (v) => {
    const d = v.replace(/ /g, '');
    if (!/^[1-9]\d{10}$/.test(d)) return false;
    const counts = new Map(); for (const ch of d.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const repeated = [...counts.values()].filter((n) => n > 1);
    if (repeated.length !== 1 || repeated[0] > 3) return false;
    let p = 10; let s = 0;
    for (const ch of d) { s = (p + Number(ch)) % 10 || 10; p = (2 * s) % 11; }
    return s === 1; // ISO 7064 MOD 11,10 run over all eleven digits ends on 1
  },
  es_dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'.charAt(Number(v.slice(0, 8)) % 23) === v[8],
  es_nie: (v) => /^[XYZ]\d{7}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'.charAt(Number(String('XYZ'.indexOf(v[0])) + v.slice(1, 8)) % 23) === v[8],
  it_codice_fiscale: (v) => {
    if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(v)) return false;
    const ODD = 'BAKPLCQDREVOSFTGUHMINJWZYX'; // letter at odd position i → value = index in this string
    const ODD_DIGITS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
    let total = 0;
    for (let i = 0; i < 15; i++) {
      const ch = v[i]; const isDigit = ch >= '0' && ch <= '9';
      if (i % 2 === 0) total += isDigit ? ODD_DIGITS[Number(ch)] : ODD.indexOf(ch);
      else total += isDigit ? Number(ch) : ch.charCodeAt(0) - 65;
    }
    return String.fromCharCode(65 + (total % 26)) === v[15];
  },
  nl_bsn: (v) => /^\d{9}$/.test(v) && weighted(nums(v), [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 === 0,
  be_nrn: (v) => {
    const d = v.replace(/[.\- ]/g, '');
    if (!/^\d{11}$/.test(d)) return false;
    const check = Number(d.slice(9));
    return (mod97(d.slice(0, 9)) + check) % 97 === 0 || (mod97(`2${d.slice(0, 9)}`) + check) % 97 === 0;
  },
  se_personnummer: (v) => { const d = v.replace(/[-+]/g, ''); return /^(\d{10}|\d{12})$/.test(d) && luhnOk(d.slice(-10)); },
  no_fnr: (v) => /^\d{11}$/.test(v) && weighted(nums(v), [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]) % 11 === 0 && weighted(nums(v), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  fi_hetu: (v) => { const m = /^(\d{6})[-+A-F](\d{3})([0-9A-Y])$/.exec(v); return !!m && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1] + m[2]) % 31] === m[3]; },
  dk_cpr: (v) => /^\d{6}-\d{4}$/.test(v) && weighted(nums(v), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  pl_pesel: (v) => /^\d{11}$/.test(v) && weighted(nums(v), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]) % 10 === 0,
  br_cpf: (v) => {
    const d = nums(v);
    if (d.length !== 11 || new Set(d).size === 1) return false;
    const first = weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10 % 11 % 10;
    const second = weighted(d, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10 % 11 % 10;
    return first === d[9] && second === d[10];
  },
  br_cnpj: (v) => {
    const d = nums(v);
    if (d.length !== 14) return false;
    const dv = (n) => { const r = weighted(d, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2].slice(13 - n)) % 11; return r < 2 ? 0 : 11 - r; };
    return dv(12) === d[12] && dv(13) === d[13];
  },
  mx_curp: (v) => {
    if (!/^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(v)) return false;
    const A = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
    return [...v].reduce((acc, ch, i) => acc + A.indexOf(ch) * (18 - i), 0) % 10 === 0; // the check digit carries weight 1
  },
  in_aadhaar: (v) => {
    const d = v.replace(/ /g, '');
    if (!/^[2-9]\d{11}$/.test(d)) return false;
    let c = 0;
    [...d].reverse().forEach((ch, i) => { c = VERHOEFF_D[c][VERHOEFF_P[i % 8][Number(ch)]]; });
    return c === 0;
  },
  in_pan: (v) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(v),
  au_tfn: (v) => /^\d{3} \d{3} \d{3}$/.test(v) && weighted(nums(v), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0,
  sg_nric: (v) => { const m = /^([ST])(\d{7})([A-Z])$/.exec(v); return !!m && 'JZIHGFEDCBA'[(weighted(nums(m[2]), [2, 7, 6, 5, 4, 3, 2]) + (m[1] === 'T' ? 4 : 0)) % 11] === m[3]; },
  za_id: (v) => /^\d{13}$/.test(v) && luhnOk(v),
  cn_resident_id: (v) => {
    if (!/^\d{17}[\dX]$/.test(v)) return false;
    // ISO 7064 MOD 11-2 over all eighteen characters (X = 10), weights 2^(17-i) mod 11: sum ≡ 1.
    let sum = 0;
    for (let i = 0; i < 18; i++) sum += (v[i] === 'X' ? 10 : Number(v[i])) * (2 ** (17 - i) % 11);
    return sum % 11 === 1;
  },
  jp_my_number: (v) => {
    const d = v.replace(/ /g, '');
    if (!/^\d{12}$/.test(d)) return false;
    const body = [...d.slice(0, 11)].reverse().map(Number);
    const s = body.reduce((acc, x, i) => acc + x * (i < 6 ? i + 2 : i - 4), 0);
    return (s % 11 <= 1 ? 0 : 11 - (s % 11)) === Number(d[11]);
  },
};
const IBAN_LENGTH = { DE: 22, FR: 27, ES: 24, GB: 22, NL: 18, IT: 27, BE: 16, SE: 24, PL: 28, CH: 21, AT: 20, PT: 25, NO: 15, DK: 18, FI: 18, IE: 22 };
function ibanOk(v) {
  const c = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) || IBAN_LENGTH[c.slice(0, 2)] !== c.length) return false;
  const moved = c.slice(4) + c.slice(0, 4);
  return mod97([...moved].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('')) === 1;
}
function cardOk(v) {
  if (!/^\d[\d -]+\d$/.test(v)) return false;
  const d = v.replace(/\D/g, '');
  return d.length >= 13 && d.length <= 19 && luhnOk(d);
}

// ------------------------------------------------------------------ per-record checks
const lines = raw.split('\n');
if (lines.at(-1) !== '') fail('file does not end with a newline');
const records = [];
lines.filter(Boolean).forEach((line, i) => { try { records.push(JSON.parse(line)); } catch { fail(`line ${i + 1}: not JSON`); } });
const ids = new Set();
const bodies = new Set();
const perKind = {}; const perFamily = {}; const perSub = {};
let keepTotal = 0; let checked = 0;
const escaped = (v) => JSON.stringify(v).slice(1, -1);
for (const rec of records) {
  const keys = Object.keys(rec);
  if (keys.length !== FIELDS.length || FIELDS.some((f, i) => keys[i] !== f)) fail(`${rec.id}: fields ${keys.join(',')}`);
  if (ids.has(rec.id)) fail(`${rec.id}: duplicate id`); ids.add(rec.id);
  if (rec.split !== 'heldout-v3') fail(`${rec.id}: split ${rec.split}`);
  if (!rec.id.startsWith(`${rec.family}-`)) fail(`${rec.id}: id does not name its family`);
  if (rec.format === 'text' ? typeof rec.record !== 'string' : rec.format !== 'object' || typeof rec.record !== 'object' || rec.record === null) fail(`${rec.id}: format ${rec.format} does not match its record`);
  if (!Array.isArray(rec.sensitive) || !Array.isArray(rec.keep)) { fail(`${rec.id}: sensitive/keep not arrays`); continue; }
  const hay = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
  if (bodies.has(hay)) fail(`${rec.id}: duplicate record body`); bodies.add(hay);
  const fam = (perFamily[rec.family] ??= { records: 0, labels: 0, keep: 0 });
  fam.records++; fam.labels += rec.sensitive.length; fam.keep += rec.keep.length; keepTotal += rec.keep.length;
  const present = (v) => hay.includes(v) || hay.includes(escaped(v));
  const seenValues = new Set();
  for (const s of rec.sensitive) {
    if (Object.keys(s).join(',') !== 'value,kind,sub' || typeof s.value !== 'string' || typeof s.sub !== 'string' || !s.sub) fail(`${rec.id}: malformed label ${JSON.stringify(s)}`);
    if (!KINDS.has(s.kind)) fail(`${rec.id}: unknown kind ${s.kind}`);
    if (seenValues.has(s.value)) fail(`${rec.id}: label listed twice ${s.value}`); seenValues.add(s.value);
    perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
    perSub[`${s.kind}/${s.sub}`] = (perSub[`${s.kind}/${s.sub}`] ?? 0) + 1;
    if (s.value.length < (s.kind === 'person_name' ? 2 : 4)) fail(`${rec.id}: label too short ${s.kind} ${s.value}`);
    if (!present(s.value)) fail(`${rec.id}: label not in record ${s.value}`);
    let ok = null;
    if (s.kind === 'national_id') ok = NATIONAL[s.sub] ? NATIONAL[s.sub](s.value) : false;
    else if (s.kind === 'iban') ok = ibanOk(s.value);
    else if (s.kind === 'card') ok = cardOk(s.value);
    if (ok !== null) { checked++; if (!ok) fail(`${rec.id}: ${s.kind}/${s.sub} fails its check digits: ${s.value}`); }
    if (s.kind === 'geo' && !/^-?\d{1,3}\.\d{4,}$/.test(s.value)) fail(`${rec.id}: geo label is not one coordinate: ${s.value}`);
  }
  for (const k of rec.keep) {
    if (typeof k !== 'string' || k.length < 3) fail(`${rec.id}: keep value too weak ${JSON.stringify(k)}`);
    if (!present(k)) fail(`${rec.id}: keep not in record ${k}`);
    for (const s of rec.sensitive) if (k.includes(s.value) || s.value.includes(k)) fail(`${rec.id}: keep ${k} overlaps label ${s.value}`);
  }
  // In-place oracle with score.mjs's own leak/keep predicates: labels removed, nothing else.
  let out = hay;
  for (const s of [...rec.sensitive].sort((a, b) => b.value.length - a.value.length)) out = out.split(s.value).join('[X]').split(escaped(s.value)).join('[X]');
  for (const s of rec.sensitive) if (leaked(out, s.value, s.kind)) fail(`${rec.id}: a leak form of ${s.kind} ${s.value} occurs outside the label`);
  for (const k of rec.keep) if (!kept(out, k)) fail(`${rec.id}: removing the labels also removes keep ${k}`);
  for (const s of rec.sensitive) if (!leaked(hay, s.value, s.kind)) fail(`${rec.id}: raw record does not leak ${s.value}`);
}

// ------------------------------------------------------------------ corpus shape
const totalLabels = Object.values(perKind).reduce((a, b) => a + b, 0);
const secrets = SECRET.reduce((a, k) => a + (perKind[k] ?? 0), 0);
if (records.length < 1800 || records.length > 2500) fail(`records ${records.length} outside 1800–2500`);
if (totalLabels < 3000) fail(`only ${totalLabels} labels`);
if (keepTotal < 5000) fail(`only ${keepTotal} keep values`);
if (Object.keys(perFamily).length < 50) fail(`only ${Object.keys(perFamily).length} families`);
for (const k of KINDS) if ((perKind[k] ?? 0) < 40) fail(`kind ${k} has ${perKind[k] ?? 0} labels (< 40)`);
const secretShare = secrets / totalLabels;
if (secretShare < 0.33 || secretShare > 0.47) fail(`secret share ${secretShare.toFixed(3)} is not roughly 40 %`);

// ------------------------------------------------------------------ determinism
const tmp = mkdtempSync(join(tmpdir(), 'heldout-v3-'));
try {
  execFileSync(process.execPath, [join(here, 'generate.mjs'), '--out', join(tmp, 'again.jsonl')], { stdio: 'ignore' });
  if (readFileSync(join(tmp, 'again.jsonl'), 'utf8') !== raw) fail('generate.mjs does not reproduce heldout-v3.jsonl byte for byte');
} finally { rmSync(tmp, { recursive: true, force: true }); }

// ------------------------------------------------------------------ scored by score.mjs
const evalDir = dirname(here);
const oracle = await score({ split: 'heldout-v3', scrubber: join(here, 'oracle-scrubber.mjs'), corpusDir: evalDir });
const identity = await score({ split: 'heldout-v3', scrubber: join(here, 'identity-scrubber.mjs'), corpusDir: evalDir });
if (oracle.throws || oracle.recall !== 100 || oracle.keepRate !== 100) fail(`oracle scored recall ${oracle.recall} keep ${oracle.keepRate} throws ${oracle.throws}`);
if (identity.throws || identity.recall !== 0 || identity.keepRate !== 100) fail(`identity scored recall ${identity.recall} keep ${identity.keepRate} throws ${identity.throws}`);
if (oracle.records !== records.length) fail(`score.mjs read ${oracle.records} records, file has ${records.length}`);

const summary = {
  records: records.length, families: Object.keys(perFamily).length, labels: totalLabels, secrets, personal: totalLabels - secrets,
  secretShare: Number(secretShare.toFixed(3)), keep: keepTotal, checkDigitsVerified: checked,
  formats: records.reduce((a, r) => ({ ...a, [r.format]: (a[r.format] ?? 0) + 1 }), {}),
  oracle: { recall: oracle.recall, keepRate: oracle.keepRate, throws: oracle.throws },
  identity: { recall: identity.recall, keepRate: identity.keepRate, throws: identity.throws },
  failures: failures.length,
};
console.log(JSON.stringify(summary));
if (process.argv.includes('--counts')) {
  console.log('\nlabels per kind:'); for (const k of [...SECRET, ...PERSONAL]) console.log(`  ${k.padEnd(18)} ${perKind[k] ?? 0}`);
  console.log('\nper family (records / labels / keep):'); for (const [f, x] of Object.entries(perFamily)) console.log(`  ${f.padEnd(28)} ${String(x.records).padStart(4)} ${String(x.labels).padStart(5)} ${String(x.keep).padStart(5)}`);
  console.log('\nlabels per kind/sub:'); for (const [s, n] of Object.entries(perSub).sort()) console.log(`  ${s.padEnd(44)} ${n}`);
}
for (const f of failures.slice(0, 60)) console.log(`FAIL ${f}`);
process.exitCode = failures.length ? 1 : 0;
