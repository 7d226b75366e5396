#!/usr/bin/env node
// Independent checks of heldout-v11.jsonl; exits 1 on any failure. Re-implements the scorer's leak
// forms and serialisation here on purpose, so a change in score.mjs cannot silently hide a bad label.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SPLIT = 'heldout-v11';
const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip',
  'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
const SECRET = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
const IBAN_LEN = { DE: 22, FR: 27, GB: 22, NL: 18, ES: 24, IT: 27, BE: 16, AT: 20, PL: 28, CH: 21, PT: 25, IE: 22 };

const esc = (v) => JSON.stringify(v).slice(1, -1);
export function forms(value, kind) {
  const f = new Set([value, esc(value)]);
  if (SECRET.has(kind) && value.includes(' ') && !value.includes('\n')) for (const w of value.split(/\s+/)) if (w.length >= 5) f.add(w);
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) f.add(compact);
  if (value.includes('\n')) for (const l of value.split('\n')) if (l.trim().length >= 16) f.add(l.trim());
  return [...f];
}
export function serialise(rec) {
  if (rec.format === 'text') return rec.record;
  const copy = structuredClone(rec.record);
  for (const path of rec.maps ?? []) {
    let parent = copy;
    for (const k of path.slice(0, -1)) parent = parent[k];
    const last = path[path.length - 1];
    parent[last] = new Map(Object.entries(parent[last]));
  }
  return JSON.stringify(copy, (_k, v) => (v instanceof Map ? { '[Map]': [...v.entries()] } : v instanceof Set ? { '[Set]': [...v] } : v));
}

const luhnOk = (d) => { let s = 0; for (let i = 0; i < d.length; i++) { let x = Number(d[d.length - 1 - i]); if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; } return s % 10 === 0; };
const mod97 = (n) => { let r = 0; for (const c of n) r = (r * 10 + Number(c)) % 97; return r; };
function ibanOk(v) {
  const c = v.replace(/ /g, '');
  if (IBAN_LEN[c.slice(0, 2)] !== c.length) return false;
  return mod97((c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))) === 1;
}
function cardOk(v) {
  const d = v.replace(/[ -]/g, '');
  if (!/^\d{15,16}$/.test(d) || !luhnOk(d)) return false;
  return /^4/.test(d) ? d.length === 16 : /^3[47]/.test(d) ? d.length === 15 : /^(5[1-5]|2[2-7]|6011)/.test(d) && d.length === 16;
}
const NID = {
  us_ssn: (v) => { const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v); return !!m && m[1] !== '000' && m[1] !== '666' && Number(m[1]) < 900 && m[2] !== '00' && m[3] !== '0000'; },
  uk_nino: (v) => /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D]$/.test(v),
  nl_bsn: (v) => /^\d{9}$/.test(v) && [...v].reduce((a, c, i) => a + Number(c) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0,
  es_dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  pl_pesel: (v) => /^\d{11}$/.test(v) && [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1].reduce((a, w, i) => a + w * Number(v[i]), 0) % 10 === 0,
  se_personnummer: (v) => /^\d{6}-\d{4}$/.test(v) && luhnOk(v.replace('-', '')),
  fi_hetu: (v) => /^\d{6}[-A]\d{3}[0-9A-Y]$/.test(v) && '0123456789ABCDEFHJKLNPRSTUVWXY'[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10],
  fr_nir: (v) => { const d = v.replace(/ /g, ''); return /^[12]\d{14}$/.test(d) && 97 - mod97(d.slice(0, 13)) === Number(d.slice(13)); },
  de_steuer_id: (v) => {
    if (!/^[1-9]\d{10}$/.test(v)) return false;
    const counts = {}; for (const c of v.slice(0, 10)) counts[c] = (counts[c] ?? 0) + 1;
    const multi = Object.values(counts).filter((n) => n > 1);
    if (multi.length !== 1 || multi[0] > 3) return false;
    let p = 10; for (const c of v.slice(0, 10)) { let s = (Number(c) + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11; }
    const chk = 11 - p === 10 ? 0 : 11 - p; return chk === Number(v[10]);
  },
  be_rijksregister: (v) => {
    const m = /^(\d{2})\.(\d{2})\.(\d{2})-(\d{3})\.(\d{2})$/.exec(v); if (!m) return false;
    const n = m[1] + m[2] + m[3] + m[4]; const cc = Number(m[5]);
    return 97 - mod97(n) === cc || 97 - mod97('2' + n) === cc;
  },
};

const file = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
const errors = [];
const err = (id, m) => { if (errors.length < 200) errors.push(`${id}: ${m}`); };
const ids = new Set();
const kinds = Object.fromEntries(KINDS.map((k) => [k, 0]));
const allSensitive = new Map();
const allKeep = [];
let nKeep = 0;
for (const line of lines) {
  const rec = JSON.parse(line);
  const id = rec.id;
  if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
  if (rec.split !== SPLIT) err(id, `split ${rec.split}`);
  if (!['object', 'text'].includes(rec.format)) err(id, 'bad format');
  if (rec.format === 'text' && typeof rec.record !== 'string') err(id, 'text record not a string');
  if (rec.format === 'object' && (typeof rec.record !== 'object' || rec.record === null)) err(id, 'object record not an object');
  if (!Array.isArray(rec.sensitive) || !Array.isArray(rec.keep)) { err(id, 'missing lists'); continue; }
  const out = serialise(rec);
  for (const s of rec.sensitive) {
    if (!KINDS.includes(s.kind)) err(id, `unknown kind ${s.kind}`);
    kinds[s.kind]++;
    if (typeof s.value !== 'string' || s.value.length < 3) err(id, `short/non-string value ${JSON.stringify(s.value)}`);
    if (!s.sub) err(id, 'missing sub');
    const present = out.includes(s.value) || out.includes(esc(s.value)) || (s.value.includes('\n') && s.value.split('\n').filter((l) => l.trim().length >= 16).every((l) => out.includes(l.trim())));
    if (!present) err(id, `${s.kind} value not in record: ${JSON.stringify(s.value)}`);
    if (s.kind === 'iban' && !ibanOk(s.value)) err(id, `bad IBAN ${s.value}`);
    if (s.kind === 'card' && !cardOk(s.value)) err(id, `bad card ${s.value}`);
    if (s.kind === 'national_id') { const f = NID[s.sub]; if (!f) err(id, `no checksum rule for ${s.sub}`); else if (!f(s.value)) err(id, `bad ${s.sub} ${s.value}`); }
    allSensitive.set(s.value, s.kind);
  }
  // Honest labels: once every labelled value (and its lines) is cut out, no other leak form may remain;
  // otherwise the record holds an unlabelled copy (or an innocent string would be scored as a leak).
  const redactAll = (text, all) => {
    let t = text;
    const fs = [...new Set(rec.sensitive.flatMap((s) => (all ? forms(s.value, s.kind) : [s.value, esc(s.value), ...(s.value.includes('\n') ? s.value.split('\n').map((l) => l.trim()).filter((l) => l.length >= 16) : [])])))].sort((a, b) => b.length - a.length);
    for (const f of fs) t = t.split(f).join('\u0000');
    return t;
  };
  const rest = redactAll(out, false);
  for (const s of rec.sensitive) for (const f of forms(s.value, s.kind)) if (rest.includes(f)) err(id, `leak form ${JSON.stringify(f)} of ${s.kind} survives outside the labelled value`);
  const oracleOut = redactAll(out, true);
  for (const kv of rec.keep) {
    nKeep++;
    allKeep.push([id, kv]);
    if (!(out.includes(kv) || out.includes(esc(kv)))) err(id, `keep not in record: ${JSON.stringify(kv)}`);
    if (!(oracleOut.includes(kv) || oracleOut.includes(esc(kv)))) err(id, `keep lost once labels are removed: ${JSON.stringify(kv)}`);
    for (const s of rec.sensitive) for (const f of forms(s.value, s.kind)) if (kv.includes(f)) err(id, `keep ${JSON.stringify(kv)} contains leak form of ${s.kind}`);
  }
}
// Across the corpus: no keep equals or contains any labelled value anywhere.
const sensList = [...allSensitive.keys()];
for (const [id, kv] of allKeep) {
  if (allSensitive.has(kv)) err(id, `keep equals a labelled value elsewhere: ${kv}`);
  for (const v of sensList) if (v.length <= kv.length && kv.includes(v)) { err(id, `keep ${JSON.stringify(kv)} contains labelled value ${JSON.stringify(v)}`); break; }
}
for (const [k, n] of Object.entries(kinds)) if (n < 50) err('corpus', `kind ${k} has only ${n} values (need >= 50)`);
const families = new Set([...ids].map((i) => i.replace(/-\d+$/, '')));
console.log(`${lines.length} records, ${families.size} sources, ${Object.values(kinds).reduce((a, b) => a + b, 0)} sensitive, ${nKeep} keep`);
console.log(Object.entries(kinds).map(([k, n]) => `${k}=${n}`).join(' '));
if (errors.length) { console.error(`FAIL (${errors.length}${errors.length >= 200 ? '+' : ''} problems):\n${errors.slice(0, 60).join('\n')}`); process.exit(1); }
console.log('OK: ids unique, split, labels present and honest, check digits, keep values safe, every kind >= 50');
