#!/usr/bin/env node
// Checks heldout-v6.jsonl without sharing code with its generator: record fields, unique ids, labels
// and keep values present and disjoint, check digits re-derived in the validating direction, per-kind
// shape checks, size targets, an oracle scrubber (100 % recall, 100 % keep) and an identity scrubber
// (0 % recall, 100 % keep) scored by score.mjs's own score(), and byte-identical regeneration.
//   node packages/log-scrubber/eval/heldout-v6/validate.mjs      (exit 1 on any failure)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { score } from '../score.mjs';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const corpusFile = join(here, 'heldout-v6.jsonl');
const text = readFileSync(corpusFile, 'utf8');
const failures = [];
const fail = (msg) => failures.push(msg);

const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip',
  'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
const SECRET = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
const onlyDigits = (s) => [...s].filter((ch) => ch >= '0' && ch <= '9').join('');

// ---- check digits, written in the validating direction
function luhnOk(num) {
  let total = 0;
  let double = false;
  for (let i = num.length - 1; i >= 0; i--) {
    let d = num.charCodeAt(i) - 48;
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    total += d;
    double = !double;
  }
  return total % 10 === 0;
}
const IBAN_LEN = { DE: 22, FR: 27, GB: 22, NL: 18, ES: 24, IT: 27, PL: 28, BE: 16, CH: 21, AT: 20, SE: 24, PT: 25, IE: 22, FI: 18 };
function ibanOk(value) {
  const s = value.replace(/ /g, '');
  if (IBAN_LEN[s.slice(0, 2)] !== s.length || !/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  const numeric = [...moved].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
  return BigInt(numeric) % 97n === 1n;
}
const ES_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
// Verhoeff tables derived rather than copied: D5 as rotations r^a and reflections s*r^a (element
// 5+a), and the position permutation applied i times.
function dihedral(x, y) {
  const [fx, ax] = [x >= 5, x % 5];
  const [fy, ay] = [y >= 5, y % 5];
  const a = ((fx ? ax - ay : ax + ay) + 5) % 5;
  return (fx !== fy ? 5 : 0) + a;
}
const MUL = Array.from({ length: 10 }, (_, x) => Array.from({ length: 10 }, (_, y) => dihedral(x, y)));
const STEP = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
const PERM = [Array.from({ length: 10 }, (_, n) => n)];
while (PERM.length < 8) PERM.push(PERM[PERM.length - 1].map((n) => STEP[n]));
const ID_CHECKS = {
  us_ssn: (s) => { const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(s); return !!m && m[1] !== '000' && m[1] !== '666' && m[1][0] !== '9' && m[2] !== '00' && m[3] !== '0000'; },
  uk_nino: (s) => { const c = s.replace(/ /g, ''); return /^[A-Z]{2}\d{6}[A-D]$/.test(c) && !/[DFIQUV]/.test(c[0]) && !/[DFIOQUV]/.test(c[1]) && !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(c.slice(0, 2)); },
  br_cpf: (s) => {
    const d = onlyDigits(s);
    if (d.length !== 11 || /^(\d)\1+$/.test(d)) return false;
    const digit = (len) => { let sum = 0; for (let i = 0; i < len; i++) sum += Number(d[i]) * (len + 1 - i); const r = 11 - (sum % 11); return r >= 10 ? 0 : r; };
    return digit(9) === Number(d[9]) && digit(10) === Number(d[10]);
  },
  es_dni: (s) => /^\d{8}[A-Z]$/.test(s) && ES_LETTERS[Number(s.slice(0, 8)) % 23] === s[8],
  es_nie: (s) => /^[XYZ]\d{7}[A-Z]$/.test(s) && ES_LETTERS[Number(String('XYZ'.indexOf(s[0])) + s.slice(1, 8)) % 23] === s[8],
  se_personnummer: (s) => { const d = onlyDigits(s); const ten = d.length === 12 ? d.slice(2) : d; return ten.length === 10 && luhnOk(ten) && Number(ten.slice(2, 4)) >= 1 && Number(ten.slice(2, 4)) <= 12; },
  in_aadhaar: (s) => { const d = onlyDigits(s); if (!/^[2-9]\d{11}$/.test(d)) return false; let c = 0; for (let i = 0; i < 12; i++) c = MUL[c][PERM[i % 8][Number(d[11 - i])]]; return c === 0; },
  fr_insee: (s) => { const d = onlyDigits(s); return d.length === 15 && /^[12]/.test(d) && (BigInt(d.slice(0, 13)) + BigInt(d.slice(13))) % 97n === 0n; },
  nl_bsn: (s) => { if (!/^\d{9}$/.test(s)) return false; let sum = -Number(s[8]); for (let i = 0; i < 8; i++) sum += (9 - i) * Number(s[i]); return sum % 11 === 0; },
  pl_pesel: (s) => { if (!/^\d{11}$/.test(s)) return false; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]; let sum = 0; for (let i = 0; i < 11; i++) sum += w[i] * Number(s[i]); return sum % 10 === 0; },
  fi_hetu: (s) => { const m = /^(\d{6})([-+A-F])(\d{3})([0-9A-Y])$/.exec(s); return !!m && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1] + m[3]) % 31] === m[4]; },
  ca_sin: (s) => { const d = onlyDigits(s); return d.length === 9 && d[0] !== '0' && d[0] !== '8' && luhnOk(d); },
  passport_number: (s) => /^[A-Z0-9]{9}$/.test(s),
};
// ICAO 9303: the document number is followed by its 7-3-1 check digit in the machine-readable zone.
function mrzFollowedByCheck(hay, value) {
  const at = hay.indexOf(value);
  if (at < 0) return false;
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const n = ch === '<' ? 0 : ch >= 'A' ? ch.charCodeAt(0) - 'A'.charCodeAt(0) + 10 : Number(ch);
    sum += n * weights[i % 3];
  }
  return hay[at + value.length] === String(sum % 10);
}

// ---- shape checks for the other kinds (loose: they catch a mislabelled kind, not style)
const dateOk = (y, m, d) => y >= 1900 && y <= 2010 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
function dobOk(s) {
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)) || (m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return dateOk(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{2})[./](\d{2})[./](\d{4})$/.exec(s))) return dateOk(+m[3], +m[2], +m[1]) || dateOk(+m[3], +m[1], +m[2]);
  if ((m = /^(\d{2})(\d{2})(\d{2})$/.exec(s))) return dateOk(1900 + +m[1], +m[2], +m[3]) || dateOk(2000 + +m[1], +m[2], +m[3]);
  if ((m = /^(\d{2})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(\d{2})$/.exec(s))) return +m[1] >= 1 && +m[1] <= 31;
  return false;
}
function ipOk(s, sub) {
  const v4 = (x) => { const p = x.split('.'); return p.length === 4 && p.every((o) => /^\d{1,3}$/.test(o) && +o <= 255); };
  if (sub === 'dashed_hostname') return v4(s.replace(/-/g, '.'));
  return v4(s) || (/^[0-9a-f:]+$/.test(s) && s.includes('::'));
}
const SHAPES = {
  email: (s) => /^[^\s@<>]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(s) || /^[A-Z0-9._+-]+\/\/[A-Z0-9.-]+$/.test(s) || /^[^\s]+%40[a-z0-9.-]+$/i.test(s),
  phone: (s) => { const d = onlyDigits(s); return d.length >= 9 && d.length <= 15 && /^[+0(%\d]/.test(s); },
  ip: ipOk,
  dob: dobOk,
  geo: (s) => /^-?\d{1,3}\.\d{4,6}$/.test(s) || /^\d{4,5}\.\d{4}$/.test(s),
  private_key: (s, sub) => (sub.startsWith('pem') || sub === 'openssh' ? /^-----BEGIN [A-Z ]*PRIVATE KEY-----\n[\s\S]+\n-----END [A-Z ]*PRIVATE KEY-----$/.test(s) : sub === 'age' ? /^AGE-SECRET-KEY-1[0-9A-Z]{58}$/.test(s) : /^[A-Za-z0-9+/]{43}=$/.test(s)),
  person_name: (s) => /^\S.*\S$/.test(s) && !/\d/.test(s),
  home_path: (s) => /^[a-z][a-z0-9._]+$/i.test(s) && !s.includes('/'),
  address: (s) => /\d/.test(s) && /\p{L}{3}/u.test(s),
};
const MIN_LEN = { password: 8, token: 20, api_key: 20, connection_string: 8, cookie: 10, other_secret: 10 };

// ---- pass over the records
const records = text.split('\n').filter(Boolean).map((line, i) => { try { return JSON.parse(line); } catch { fail(`line ${i + 1}: not JSON`); return null; } }).filter(Boolean);
const ids = new Set();
const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
const perSub = {};
const perFamily = {};
let labels = 0;
let keeps = 0;
let checksummed = 0;
for (const rec of records) {
  const where = rec.id ?? '(no id)';
  const extra = Object.keys(rec).filter((k) => !['id', 'split', 'family', 'format', 'record', 'maps', 'sensitive', 'keep'].includes(k));
  if (extra.length) fail(`${where}: unexpected fields ${extra}`);
  if (typeof rec.id !== 'string' || !rec.id.startsWith(`${rec.family}-`) || !/-\d{3}$/.test(rec.id)) fail(`${where}: id does not follow <family>-NNN`);
  if (ids.has(rec.id)) fail(`${where}: duplicate id`);
  ids.add(rec.id);
  if (rec.split !== 'heldout-v6') fail(`${where}: split is ${rec.split}`);
  if (typeof rec.family !== 'string' || !/^[a-z0-9-]+$/.test(rec.family)) fail(`${where}: bad family`);
  if (rec.format === 'text' ? typeof rec.record !== 'string' : rec.format !== 'object' || typeof rec.record !== 'object' || rec.record === null) fail(`${where}: format/record mismatch`);
  if (rec.maps !== undefined) {
    if (!Array.isArray(rec.maps) || rec.maps.length === 0) fail(`${where}: maps must be a non-empty array`);
    else for (const path of rec.maps) {
      let node = rec.record;
      for (const k of path) node = node?.[k];
      if (!node || typeof node !== 'object' || Array.isArray(node)) fail(`${where}: map path ${JSON.stringify(path)} is not an object`);
    }
  }
  if (!Array.isArray(rec.sensitive) || !Array.isArray(rec.keep)) { fail(`${where}: sensitive/keep must be arrays`); continue; }
  const hay = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
  const present = (v) => hay.includes(v) || hay.includes(JSON.stringify(v).slice(1, -1));
  const fam = (perFamily[rec.family] ??= { records: 0, labels: 0, keep: 0 });
  fam.records++;
  const seen = new Set();
  for (const s of rec.sensitive) {
    if (Object.keys(s).sort().join() !== 'kind,sub,value') fail(`${where}: label fields ${Object.keys(s)}`);
    if (!KINDS.includes(s.kind)) { fail(`${where}: unknown kind ${s.kind}`); continue; }
    if (typeof s.value !== 'string' || s.value.length < 4) fail(`${where}: label value too short ${JSON.stringify(s.value)}`);
    if (typeof s.sub !== 'string' || !s.sub) fail(`${where}: label without sub`);
    if (seen.has(s.value)) fail(`${where}: duplicate label ${s.value}`);
    seen.add(s.value);
    if (!present(s.value)) fail(`${where}: label not in record ${JSON.stringify(s.value)}`);
    labels++; fam.labels++; perKind[s.kind]++;
    perSub[`${s.kind}/${s.sub}`] = (perSub[`${s.kind}/${s.sub}`] ?? 0) + 1;
    let ok = true;
    if (s.kind === 'card') { const d = onlyDigits(s.value); ok = d.length >= 13 && d.length <= 19 && /^[\d -]+$/.test(s.value) && luhnOk(d); checksummed++; }
    else if (s.kind === 'iban') { ok = ibanOk(s.value); checksummed++; }
    else if (s.kind === 'national_id') {
      if (s.sub === 'passport_mrz') ok = /^[A-Z0-9]{9}$/.test(s.value) && mrzFollowedByCheck(hay, s.value);
      else ok = ID_CHECKS[s.sub]?.(s.value) ?? false;
      checksummed++;
    } else if (SHAPES[s.kind]) ok = SHAPES[s.kind](s.value, s.sub);
    else ok = s.value.length >= MIN_LEN[s.kind];
    if (!ok) fail(`${where}: ${s.kind}/${s.sub} fails its check: ${JSON.stringify(s.value)}`);
  }
  const keepSeen = new Set();
  for (const k of rec.keep) {
    if (typeof k !== 'string' || !k) { fail(`${where}: empty keep`); continue; }
    if (keepSeen.has(k)) fail(`${where}: duplicate keep ${k}`);
    keepSeen.add(k);
    keeps++; fam.keep++;
    if (!present(k)) fail(`${where}: keep not in record ${JSON.stringify(k)}`);
    for (const s of rec.sensitive) if (k.includes(s.value) || s.value.includes(k)) fail(`${where}: keep ${JSON.stringify(k)} overlaps label ${JSON.stringify(s.value)}`);
  }
}

// ---- size targets
const secretLabels = KINDS.filter((k) => SECRET.has(k)).reduce((a, k) => a + perKind[k], 0);
const secretShare = labels ? secretLabels / labels : 0;
if (records.length < 1600 || records.length > 2200) fail(`records ${records.length} outside 1600..2200`);
if (labels < 3000) fail(`labels ${labels} < 3000`);
if (keeps < 5000) fail(`keep values ${keeps} < 5000`);
if (Object.keys(perFamily).length < 50) fail(`families ${Object.keys(perFamily).length} < 50`);
for (const k of KINDS) if (perKind[k] < 40) fail(`kind ${k} has ${perKind[k]} labels (< 40)`);
if (secretShare < 0.35 || secretShare > 0.45) fail(`secret share ${secretShare.toFixed(3)} outside 0.35..0.45`);

// ---- score.mjs's own score() with the oracle and identity scrubbers
const evalDir = dirname(here);
const run = (name) => score({ split: 'heldout-v6', scrubber: join(here, 'scrubbers', `${name}.mjs`), corpusDir: evalDir });
const oracle = await run('oracle');
const identity = await run('identity');
if (oracle.records !== records.length) fail(`score() read ${oracle.records} records, file has ${records.length}`);
if (oracle.recall !== 100 || oracle.keepRate !== 100 || oracle.throws) fail(`oracle: recall ${oracle.recall} keep ${oracle.keepRate} throws ${oracle.throws}`);
for (const m of oracle.misses.slice(0, 20)) fail(`oracle misses ${m.id} ${m.kind}/${m.sub} ${JSON.stringify(m.value)}`);
for (const m of oracle.overRedacted.slice(0, 20)) fail(`oracle loses keep ${m.id} ${JSON.stringify(m.keep)}`);
if (identity.recall !== 0 || identity.keepRate !== 100 || identity.throws) fail(`identity: recall ${identity.recall} keep ${identity.keepRate} throws ${identity.throws}`);

// ---- reproducibility
if (generate() !== text) fail('regenerating does not reproduce heldout-v6.jsonl byte for byte');

const summary = {
  records: records.length, families: Object.keys(perFamily).length, labels, keep: keeps, secretShare: Number(secretShare.toFixed(3)), checksummed,
  perKind, oracle: { recall: oracle.recall, keepRate: oracle.keepRate, throws: oracle.throws }, identity: { recall: identity.recall, keepRate: identity.keepRate, throws: identity.throws },
  reproducible: !failures.some((f) => f.startsWith('regenerating')), failures: failures.length,
};
if (process.argv.includes('--by-sub')) summary.perSub = perSub;
if (process.argv.includes('--by-family')) summary.perFamily = perFamily;
console.log(JSON.stringify(summary, null, 1));
for (const f of failures.slice(0, process.argv.includes("--all") ? Infinity : 60)) console.log(`FAIL ${f}`);
process.exitCode = failures.length ? 1 : 0;
