#!/usr/bin/env node
// Checks heldout-v5.jsonl: record format, labels present, long enough and not doubled, keep values disjoint from
// labels, check digits and token checksums (re-derived here in the verifying direction, not shared
// with the generator), oracle 100 %/100 % and identity 0 %/100 % under score.mjs's own rules, and
// byte-for-byte regeneration.
//   node packages/log-scrubber/eval/heldout-v5/validate.mjs      (exit 1 on any failure)
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createHash, createPrivateKey } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { score } from '../score.mjs';

const dir = dirname(fileURLToPath(import.meta.url));
const file = join(dir, 'heldout-v5.jsonl');
const text = readFileSync(file, 'utf8');
const records = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const failures = [];
const fail = (msg) => failures.push(msg);

const SECRET = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret'];
const PERSONAL = ['person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'username'];
const KINDS = new Set([...SECRET, ...PERSONAL]);
const esc = (s) => JSON.stringify(s).slice(1, -1);
const onlyDigits = (s) => [...s].filter((ch) => ch >= '0' && ch <= '9').map(Number);

// ---- check digits, written in the verifying direction ----
function luhnOk(s) {
  const d = onlyDigits(s).reverse();
  const total = d.reduce((acc, x, i) => acc + (i % 2 ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][x] : x), 0);
  return d.length >= 13 && total % 10 === 0;
}
function ibanOk(s) {
  const c = decodeURIComponent(s).replace(/ /g, '');
  const lengths = { DE: 22, FR: 27, ES: 24, NL: 18, IT: 27, PL: 28, GB: 22, BE: 16, AT: 20, PT: 25, CH: 21, CZ: 24, GR: 27, IE: 22 };
  if (lengths[c.slice(0, 2)] !== c.length) return false;
  const digits = [...(c.slice(4) + c.slice(0, 4))].map((ch) => (/\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55))).join('');
  return BigInt(digits) % 97n === 1n;
}
function peselOk(s) {
  const d = onlyDigits(s);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1];
  return d.length === 11 && d.reduce((a, x, i) => a + x * w[i], 0) % 10 === 0;
}
function bsnOk(s) {
  const d = onlyDigits(s);
  if (d.length !== 9) return false;
  const w = [9, 8, 7, 6, 5, 4, 3, 2, -1];
  return d.reduce((a, x, i) => a + x * w[i], 0) % 11 === 0;
}
function cpfOk(s) {
  if (!/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s)) return false;
  const d = onlyDigits(s);
  const dv = (len) => { const r = (d.slice(0, len).reduce((a, x, i) => a + x * (len + 1 - i), 0) * 10) % 11; return r === 10 ? 0 : r; };
  return dv(9) === d[9] && dv(10) === d[10];
}
const dniOk = (s) => /^\d{8}[A-Z]$/.test(s) && 'TRWAGMYFPDXBNJZSQVHLCKE'.charAt(Number(s.slice(0, 8)) % 23) === s[8];
const ssnOk = (s) => { const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(s); return !!m && m[1] !== '000' && m[1] !== '666' && m[1][0] !== '9' && m[2] !== '00' && m[3] !== '0000'; };
const ninoOk = (s) => /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D]$/.test(s) && !/^(BG|GB|KN|NK|NT|TN|ZZ)/.test(s);
function aadhaarOk(s) {
  const mul = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
  const perm = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
  const d = onlyDigits(s);
  if (d.length !== 12 || d[0] < 2) return false;
  let c = 0;
  for (let i = 0; i < 12; i++) c = mul[c][perm[i % 8][d[11 - i]]];
  return c === 0;
}
function codiceFiscaleOk(s) {
  if (!/^[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(s)) return false;
  const oddValues = '1 0 5 7 9 13 15 17 19 21 2 4 18 20 11 3 6 8 12 14 16 10 22 25 24 23'.split(' ').map(Number);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const idx = '0123456789'.includes(s[i]) ? Number(s[i]) : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.indexOf(s[i]);
    sum += (i + 1) % 2 === 1 ? oddValues[idx] : idx;
  }
  return 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[sum % 26] === s[15];
}
const NATIONAL = { us_ssn: ssnOk, uk_nino: ninoOk, pl_pesel: peselOk, nl_bsn: bsnOk, br_cpf: cpfOk, es_dni: dniOk, in_aadhaar: aadhaarOk, it_codice_fiscale: codiceFiscaleOk,
  passport_no: (s) => /^[CXP][0-9CFGHJKLMNPRTVWXYZ]{8}$/.test(s), imsi: (s) => /^\d{15}$/.test(s) };

// CRC-32 (IEEE, reflected) bit by bit, no table: an independent route to the same checksum.
function crc32Bitwise(s) {
  let crc = ~0;
  for (const byte of Buffer.from(s)) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (~crc) >>> 0;
}
const ALPHA62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const fromBase62 = (s) => [...s].reduce((n, ch) => n * 62 + ALPHA62.indexOf(ch), 0);
const crcTokenOk = (s) => { const m = /^(?:gh[pousr]|npm)_([0-9A-Za-z]{30})([0-9A-Za-z]{6})$/.exec(s); return !!m && fromBase62(m[2]) === crc32Bitwise(m[1]); };
function bech32Ok(s) {
  const lower = s.toLowerCase();
  const sep = lower.lastIndexOf('1');
  const hrp = lower.slice(0, sep);
  const CHARS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
  const data = [...lower.slice(sep + 1)].map((ch) => CHARS.indexOf(ch));
  if (data.some((x) => x < 0)) return false;
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const x of [...[...hrp].map((ch) => ch.charCodeAt(0) >> 5), 0, ...[...hrp].map((ch) => ch.charCodeAt(0) & 31), ...data]) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ x;
    GEN.forEach((g, i) => { if ((b >>> i) & 1) chk ^= g; });
  }
  // 32 bytes of key = 52 five-bit groups, plus 6 checksum groups.
  return chk === 1 && data.length === 58 && hrp === 'age-secret-key-';
}
function privateKeyOk(s, sub) {
  if (sub === 'age') return s === s.toUpperCase() && bech32Ok(s);
  if (sub === 'wireguard') { const b = Buffer.from(s, 'base64'); return b.length === 32 && b.toString('base64') === s && (b[0] & 7) === 0 && (b[31] & 0xc0) === 0x40; }
  try {
    const key = createPrivateKey(s);
    return key.type === 'private' && (sub === 'pem_ec_sec1' ? key.asymmetricKeyType === 'ec' && s.startsWith('-----BEGIN EC PRIVATE KEY-----') : key.asymmetricKeyType === 'ed25519');
  } catch { return false; }
}
const TOKEN = {
  github_pat: crcTokenOk, npm: crcTokenOk,
  slack: (s) => /^xox[bp]-\d{10,12}-\d{10,12}-[0-9A-Za-z]{24}$/.test(s),
  gitlab_pat: (s) => /^glpat-[0-9A-Za-z_-]{20}$/.test(s),
  vault_hvs: (s) => /^hvs\.[0-9A-Za-z]{24}$/.test(s),
  consul_acl: (s) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(s),
  sf_session_id: (s) => /^00D[0-9A-Za-z]{12}![0-9A-Za-z._]{96}$/.test(s),
  opaque_bearer: (s) => /^[\w-]{43}$/.test(s), device_session: (s) => /^[\w-]{43}$/.test(s), oauth_access: (s) => /^[\w-]{43}$/.test(s), oauth_refresh: (s) => /^[\w-]{64}$/.test(s),
};
const API_KEY = {
  aws_access_key_id: (s) => /^AKIA[A-Z2-7]{16}$/.test(s), aws_secret_key: (s) => /^[A-Za-z0-9+/]{40}$/.test(s),
  stripe: (s) => /^[sr]k_live_[0-9A-Za-z]{24}([0-9A-Za-z]{75})?$/.test(s), sendgrid: (s) => /^SG\.[\w-]{22}\.[\w-]{43}$/.test(s),
  twilio: (s) => /^SK[0-9a-f]{32}$/.test(s), google: (s) => /^AIza[\w-]{35}$/.test(s), mailgun: (s) => /^key-[0-9a-f]{32}$/.test(s),
  datadog: (s) => /^[0-9a-f]{32}$/.test(s), b2_app_key: (s) => /^K00\d[0-9A-Za-z]{27}$/.test(s),
};

// ---- per-record checks ----
const ids = new Set();
const perKind = {};
const perFamily = {};
const perSub = {};
let labels = 0; let keeps = 0; let checked = 0;
for (const rec of records) {
  const keys = Object.keys(rec).join(',');
  if (keys !== 'id,split,family,format,record,sensitive,keep') fail(`${rec.id}: fields ${keys}`);
  if (ids.has(rec.id)) fail(`${rec.id}: duplicate id`);
  ids.add(rec.id);
  if (rec.split !== 'heldout-v5') fail(`${rec.id}: split ${rec.split}`);
  if (!['object', 'text'].includes(rec.format) || (rec.format === 'text') !== (typeof rec.record === 'string')) fail(`${rec.id}: format/record mismatch`);
  if (!Array.isArray(rec.sensitive) || !rec.sensitive.length || !Array.isArray(rec.keep)) fail(`${rec.id}: sensitive/keep not arrays`);
  const hay = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
  const fam = (perFamily[rec.family] ??= { records: 0, labels: 0, keep: 0 });
  fam.records++;
  const values = rec.sensitive.map((s) => s.value);
  if (new Set(values).size !== values.length) fail(`${rec.id}: the same value is labelled twice`);
  for (const s of rec.sensitive) {
    labels++; fam.labels++;
    perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
    perSub[`${s.kind}/${s.sub}`] = (perSub[`${s.kind}/${s.sub}`] ?? 0) + 1;
    if (!KINDS.has(s.kind)) fail(`${rec.id}: unknown kind ${s.kind}`);
    if (typeof s.value !== 'string' || typeof s.sub !== 'string' || !s.sub) fail(`${rec.id}: bad label entry`);
    if (!hay.includes(s.value) && !hay.includes(esc(s.value))) fail(`${rec.id}: label not in record ${s.value}`);
    if ([...s.value].length < (s.kind === 'person_name' ? 2 : 4)) fail(`${rec.id}: label too short ${s.kind} ${s.value}`);
    let check;
    if (s.kind === 'card') check = luhnOk(s.value);
    else if (s.kind === 'iban') check = ibanOk(s.value);
    else if (s.kind === 'national_id') check = NATIONAL[s.sub]?.(s.value) ?? false;
    else if (s.kind === 'token' && TOKEN[s.sub]) check = TOKEN[s.sub](s.value);
    else if (s.kind === 'api_key') check = API_KEY[s.sub]?.(s.value) ?? false;
    else if (s.kind === 'private_key') check = privateKeyOk(s.value, s.sub);
    if (check !== undefined) { checked++; if (!check) fail(`${rec.id}: ${s.kind}/${s.sub} fails its format or checksum: ${s.value}`); }
  }
  for (const k of rec.keep) {
    keeps++; fam.keep++;
    if (typeof k !== 'string' || !k) fail(`${rec.id}: bad keep entry`);
    if (!hay.includes(k) && !hay.includes(esc(k))) fail(`${rec.id}: keep not in record ${k}`);
    for (const s of rec.sensitive) if (k.includes(s.value) || s.value.includes(k)) fail(`${rec.id}: keep ${k} overlaps label ${s.value}`);
  }
}

// ---- oracle and identity under score.mjs ----
const corpusDir = join(dir, '..');
const oracle = await score({ split: 'heldout-v5', scrubber: join(dir, 'scrubbers', 'oracle.mjs'), corpusDir, file });
const identity = await score({ split: 'heldout-v5', scrubber: join(dir, 'scrubbers', 'identity.mjs'), corpusDir, file });
if (oracle.recall !== 100 || oracle.keepRate !== 100) fail(`oracle recall ${oracle.recall} keep ${oracle.keepRate}`);
for (const m of oracle.misses.slice(0, 10)) fail(`oracle leaks ${m.id} ${m.kind} ${m.value}`);
for (const m of oracle.overRedacted.slice(0, 10)) fail(`oracle loses ${m.id} ${m.keep}`);
if (identity.recall !== 0 || identity.keepRate !== 100) fail(`identity recall ${identity.recall} keep ${identity.keepRate}`);

// ---- reproducibility ----
const tmp = mkdtempSync(join(tmpdir(), 'heldout-v5-'));
try {
  const again = join(tmp, 'again.jsonl');
  execFileSync(process.execPath, [join(dir, 'generate.mjs'), again], { stdio: 'ignore' });
  const h = (s) => createHash('sha256').update(s).digest('hex');
  if (h(readFileSync(again)) !== h(readFileSync(file))) fail('regenerated corpus differs from the committed file');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// ---- size and balance ----
const secretLabels = SECRET.reduce((a, k) => a + (perKind[k] ?? 0), 0);
for (const k of KINDS) if ((perKind[k] ?? 0) < 40) fail(`kind ${k} has ${perKind[k] ?? 0} labels (< 40)`);
if (Object.keys(perFamily).length < 40) fail(`only ${Object.keys(perFamily).length} families`);
if (labels < 2500 || keeps < 4000) fail(`labels ${labels} keep ${keeps}`);

console.log(JSON.stringify({
  records: records.length, families: Object.keys(perFamily).length, labels, keep: keeps, checksumsChecked: checked,
  secretShare: Number((secretLabels / labels).toFixed(3)), perKind: Object.fromEntries(Object.entries(perKind).sort()),
  oracle: { recall: oracle.recall, keepRate: oracle.keepRate }, identity: { recall: identity.recall, keepRate: identity.keepRate },
  sha256: createHash('sha256').update(text).digest('hex'), failures: failures.length,
}));
if (process.argv.includes('--families')) for (const [f, x] of Object.entries(perFamily).sort()) console.log(`${f.padEnd(30)} ${JSON.stringify(x)}`);
if (process.argv.includes('--subs')) for (const [s, n] of Object.entries(perSub).sort()) console.log(`${s.padEnd(44)} ${n}`);
for (const f of failures.slice(0, 60)) console.log(`FAIL ${f}`);
process.exitCode = failures.length ? 1 : 0;
