#!/usr/bin/env node
// Independent checks of heldout-v15.jsonl; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, leakForms, leaks, present, removeLabels, serialise } from './leak.mjs';

const dir = dirname(fileURLToPath(import.meta.url));
const recs = readFileSync(join(dir, 'heldout-v15.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errors = [];
const err = (id, m) => errors.push(`${id}: ${m}`);

// ---- check digits (written independently of values.mjs) ----------------------------------------
const D = (s) => s.replace(/\D/g, '');
const mod97 = (s) => [...s].reduce((r, ch) => (r * 10 + +ch) % 97, 0);
const luhn = (s) => [...s].reverse().reduce((a, ch, i) => a + (i % 2 ? ((+ch * 2) % 10) + Math.floor((+ch * 2) / 10) : +ch), 0) % 10 === 0;
const ibanOk = (s) => { const c = s.replace(/ /g, ''); if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(c)) return false; const r = (c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (x) => x.charCodeAt(0) - 55); return mod97(r) === 1; };
const verhoeffOk = (s) => {
  const d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
  const p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 0, 7, 6, 8], [4, 2, 8, 9, 5, 7, 6, 3, 1, 0], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
  let c = 0; [...s].reverse().forEach((ch, i) => { c = d[c][p[i % 8][+ch]]; }); return c === 0;
};
const w = (s, ws) => ws.reduce((a, x, i) => a + x * +s[i], 0);
const checks = {
  de_steuer_id: (s) => { if (!/^[1-9]\d{10}$/.test(s)) return false; let pr = 10; for (const ch of s.slice(0, 10)) { let x = (+ch + pr) % 10 || 10; pr = (2 * x) % 11; } return (11 - pr) % 10 === +s[10]; },
  de_svnr: (s) => { const m = /^(\d{8})([A-Z])(\d{2})(\d)$/.exec(s); if (!m) return false; const n = m[1] + String(m[2].charCodeAt(0) - 64).padStart(2, '0') + m[3]; const ws = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]; return [...n].reduce((a, ch, i) => { const x = +ch * ws[i]; return a + Math.floor(x / 10) + (x % 10); }, 0) % 10 === +m[4]; },
  fr_nir: (s) => { const c = s.replace(/ /g, ''); return /^[12]\d{14}$/.test(c) && 97 - Number(BigInt(c.slice(0, 13)) % 97n) === +c.slice(13); },
  es_dni: (s) => /^\d{8}[A-Z]$/.test(s) && 'TRWAGMYFPDXBNJZSQVHLCKE'[+s.slice(0, 8) % 23] === s[8],
  es_nie: (s) => /^[XYZ]\d{7}[A-Z]$/.test(s) && 'TRWAGMYFPDXBNJZSQVHLCKE'[+('XYZ'.indexOf(s[0]) + s.slice(1, 8)) % 23] === s[8],
  it_codice_fiscale: (s) => { if (!/^[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(s)) return false; const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]; let t = 0; for (let i = 0; i < 15; i++) { const ch = s[i]; const v = /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 65; t += i % 2 ? v : odd[v]; } return String.fromCharCode(65 + (t % 26)) === s[15]; },
  nl_bsn: (s) => /^\d{9}$/.test(s) && (w(s.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) - +s[8]) % 11 === 0,
  se_personnummer: (s) => { const c = D(s).slice(-10); return /^(\d{6}|\d{8})-?\d{4}$/.test(s) && luhn(c); },
  dk_cpr: (s) => /^\d{6}-\d{4}$/.test(s) && w(D(s), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  fi_hetu: (s) => { const m = /^(\d{6})[-A+](\d{3})([0-9A-Y])$/.exec(s); return !!m && '0123456789ABCDEFHJKLMNPRSTUVWXY'[+(m[1] + m[2]) % 31] === m[3]; },
  no_fnr: (s) => { if (!/^\d{11}$/.test(s)) return false; const k = (n) => { const r = 11 - (n % 11); return r === 11 ? 0 : r; }; return k(w(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])) === +s[9] && k(w(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) === +s[10]; },
  pl_pesel: (s) => /^\d{11}$/.test(s) && (10 - (w(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === +s[10],
  uk_nino: (s) => /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(s),
  nhs_number: (s) => { const c = s.replace(/ /g, ''); if (!/^\d{10}$/.test(c)) return false; const r = 11 - (w(c, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11); return (r === 11 ? 0 : r) === +c[9]; },
  us_ssn: (s) => { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s); return !!m && m[1] !== '000' && m[1] !== '666' && +m[1] < 900 && m[2] !== '00' && m[3] !== '0000'; },
  br_cpf: (s) => { const c = D(s); if (!/^\d{11}$/.test(c) || /^(\d)\1+$/.test(c)) return false; const dv = (n) => ((w(c.slice(0, n), Array.from({ length: n }, (_, i) => n + 1 - i)) * 10) % 11) % 10; return dv(9) === +c[9] && dv(10) === +c[10]; },
  in_aadhaar: (s) => { const c = s.replace(/ /g, ''); return /^[2-9]\d{11}$/.test(c) && verhoeffOk(c); },
  in_pan: (s) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(s),
  jp_my_number: (s) => { const c = s.replace(/ /g, ''); if (!/^\d{12}$/.test(c)) return false; let t = 0; for (let n = 1; n <= 11; n++) t += +c[11 - n] * (n <= 6 ? n + 1 : n - 5); const r = t % 11; return (r <= 1 ? 0 : 11 - r) === +c[11]; },
};
const idSubs = { es_dni_nie: (s) => checks.es_dni(s) || checks.es_nie(s) };
const ipv6Ok = (s) => { if (!/^[0-9a-f:]+$/i.test(s)) return false; const dbl = s.split('::'); if (dbl.length > 2) return false; const parts = (x) => (x ? x.split(':') : []); const n = dbl.length === 2 ? parts(dbl[0]).length + parts(dbl[1]).length : parts(s).length; if (dbl.length === 2 ? n > 7 : n !== 8) return false; return [...parts(dbl[0]), ...parts(dbl[1] ?? '')].every((g) => /^[0-9a-f]{1,4}$/i.test(g)); };
const ipv4Ok = (s) => { const p = s.split(/[.-]/); return p.length === 4 && p.every((x) => /^\d{1,3}$/.test(x) && +x <= 255); };

// ---- record-level checks -----------------------------------------------------------------------
const ids = new Set();
const kindCount = Object.fromEntries(KINDS.map((k) => [k, 0]));
let keeps = 0; let text = 0; let labels = 0;
for (const r of recs) {
  if (ids.has(r.id)) err(r.id, 'duplicate id'); ids.add(r.id);
  if (r.split !== 'heldout-v15') err(r.id, 'split');
  if (!['object', 'text'].includes(r.format) || (r.format === 'text') !== (typeof r.record === 'string')) err(r.id, 'format');
  if (r.format === 'text') text++;
  const out = serialise(r);
  for (const s of r.sensitive) {
    labels++;
    if (!KINDS.includes(s.kind)) err(r.id, `kind ${s.kind}`); else kindCount[s.kind]++;
    if (!s.sub) err(r.id, 'sub missing');
    if (!present(out, s.value)) err(r.id, `label not present: ${s.kind}/${s.sub}`);
    if (s.kind === 'national_id') { const f = checks[s.sub] ?? idSubs[s.sub]; if (!f) err(r.id, `no check for ${s.sub}`); else if (!f(s.value)) err(r.id, `check digit ${s.sub} ${s.value}`); }
    if (s.kind === 'iban' && !ibanOk(s.value)) err(r.id, `iban ${s.value}`);
    if (s.kind === 'card' && !luhn(D(s.value))) err(r.id, `luhn ${s.value}`);
    if (s.kind === 'ip' && !(ipv4Ok(s.value) || ipv6Ok(s.value))) err(r.id, `ip ${s.value}`);
    if (s.kind === 'geo' && !/^-?\d{1,3}\.\d{4,}$/.test(s.value)) err(r.id, `geo ${s.value}`);
    if (s.kind === 'email' && !/^[^\s@]+(@|%40)[^\s@]+\.[a-z]{2,}$/i.test(s.value)) err(r.id, `email ${s.value}`);
  }
  const forms = r.sensitive.flatMap((s) => leakForms(s.value, s.kind));
  const scrubbed = removeLabels(out, r.sensitive);
  for (const s of r.sensitive) if (leaks(scrubbed, s.value, s.kind)) err(r.id, `label survives removal: ${s.kind}/${s.sub}`);
  if (r.format === 'object') { try { JSON.parse(scrubbed); } catch { err(r.id, 'removal breaks JSON'); } }
  if (new Set(r.keep).size !== r.keep.length) err(r.id, 'duplicate keep');
  for (const k of r.keep) {
    keeps++;
    if (!present(out, k)) err(r.id, `keep not present: ${k}`);
    if (forms.some((f) => k.includes(f) || f.includes(k))) err(r.id, `keep overlaps a label: ${k}`);
    if (!present(scrubbed, k)) err(r.id, `keep destroyed by label removal: ${k}`);
  }
}
for (const k of KINDS) if (kindCount[k] < 40) err('corpus', `kind ${k} has ${kindCount[k]} < 40 labels`);
if (labels < 3500) err('corpus', `only ${labels} labels`);
if (keeps < 1300) err('corpus', `only ${keeps} keeps`);
if (text / recs.length < 0.3) err('corpus', 'text share < 30 %');
if (new Set(recs.map((r) => r.family)).size < 60) err('corpus', 'fewer than 60 sources');
console.log(`records=${recs.length} labels=${labels} keeps=${keeps} text=${text} sources=${new Set(recs.map((r) => r.family)).size}`);
console.log(Object.entries(kindCount).map(([k, n]) => `${k}=${n}`).join(' '));
if (errors.length) { console.error(`${errors.length} problem(s):\n${errors.slice(0, 60).join('\n')}`); process.exit(1); }
console.log('OK');
