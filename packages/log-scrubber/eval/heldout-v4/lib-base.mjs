// Shared building blocks of the heldout-v4 generator: a seeded PRNG, random values in published
// shapes, identifiers with their check digits computed in the generating direction, and pools.
let state = 0;
export function seed(s) { state = s >>> 0; }
// mulberry32: tiny, fast, and deterministic across Node versions (integer maths only).
export function R() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
export const pick = (a) => a[Math.floor(R() * a.length)];
export const chance = (p) => R() < p;
const from = (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(R() * alpha.length)]; return s; };
const LO = 'abcdefghijklmnopqrstuvwxyz', UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', DG = '0123456789';
export const hex = (n) => from('0123456789abcdef', n);
export const HEX = (n) => from('0123456789ABCDEF', n);
export const b62 = (n) => from(UP + LO + DG, n);
export const b64 = (n) => from(UP + LO + DG + '+/', n);
export const b64u = (n) => from(UP + LO + DG + '-_', n);
export const b32 = (n) => from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);
export const lower = (n) => from(LO, n);
export const alnumLo = (n) => from(LO + DG, n);
export const upAlnum = (n) => from(UP + DG, n);
export const dig = (n) => from(DG, n);
export const pad = (n, w) => String(n).padStart(w, '0');
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
const BASE = Date.UTC(2026, 10, 16, 0, 0, 0);
export const epoch = () => BASE + ri(0, 14 * 86400) * 1000 + ri(0, 999);
export const iso = () => new Date(epoch()).toISOString();
export const isoSec = () => iso().replace(/\.\d{3}Z$/, 'Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function syslogTs() { const d = new Date(epoch()); return `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)}`; }
export function clfTs() { const d = new Date(epoch()); return `${pad(d.getUTCDate(), 2)}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${d.toISOString().slice(11, 19)} +0000`; }
export const semver = () => `${ri(0, 9)}.${ri(0, 40)}.${ri(0, 30)}`;
export const sha40 = () => hex(40);
export const digest = () => `sha256:${hex(64)}`;
export const traceId = () => hex(32);
export const spanId = () => hex(16);
export const dur = () => pick([`${ri(1, 999)}ms`, `${ri(1, 59)}.${ri(100, 999)}s`, `${ri(1, 900)}µs`, `${ri(1, 5)}m${ri(1, 59)}s`]);
export const xrayRoot = () => `Root=1-${hex(8)}-${hex(24)}`;
export const ulid = () => from('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 26);
export const bizId = () => pick([
  () => `ORD-${ri(2024, 2026)}-${pad(ri(1, 999999), 6)}`, () => `INV-${ri(10000, 99999)}`, () => `PO${ri(4500000000, 4599999999)}`,
  () => `TCK-${ri(100000, 999999)}`, () => `SKU-${upAlnum(3)}-${ri(100, 999)}`, () => `cus_${b62(14)}`, () => `ch_${b62(24)}`,
  () => `pi_${b62(24)}`, () => `CASE-${ri(10, 99)}${upAlnum(4)}`, () => `shp_${alnumLo(10)}`, () => `B${ri(10000000, 99999999)}`,
  () => `RMA${ri(100000, 999999)}`, () => `${upAlnum(2)}-${ri(1000, 9999)}-${upAlnum(2)}`, () => `JIRA-${ri(100, 9999)}`, () => `evt_${b62(24)}`,
])();
export const hostName = () => `${pick(['api', 'web', 'worker', 'db', 'cache', 'edge', 'queue', 'auth', 'search', 'billing'])}-${ri(1, 40)}.${pick(['prod', 'stg', 'eu-west-1', 'us-east-2', 'ap-south-1', 'int'])}.${pick(['acme-corp.net', 'internal', 'svc.cluster.local', 'example.org', 'shopline.io'])}`;
export const sshPub = () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(43)}`;
export const fpSha256 = () => `SHA256:${b64(43)}`;
export const fpColon = () => Array.from({ length: 20 }, () => HEX(2)).join(':');

// ---- public IPs (avoid private, loopback, multicast and documentation ranges only loosely) ----
export function ipv4() {
  for (;;) {
    const a = ri(11, 223);
    if ([100, 127, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`;
  }
}
export const ipv6 = () => `${pick(['2a02', '2001', '2600', '2a01', '2405', '2c0f'])}:${hex(4).replace(/^0+/, '') || '1'}:${hex(4).replace(/^0+/, '') || 'a'}:${hex(3)}::${hex(4).replace(/^0+/, '') || 'b'}:${hex(4).replace(/^0+/, '') || 'c'}`;

// ---- checksums, generating direction ----
export function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}
export function card() {
  const brand = pick(['visa', 'visa', 'mastercard', 'mastercard2', 'amex', 'discover', 'jcb', 'unionpay', 'diners']);
  const pre = { visa: '4' + dig(5), mastercard: String(ri(51, 55)) + dig(4), mastercard2: String(ri(2221, 2720)) + dig(2), amex: pick(['34', '37']) + dig(4), discover: '6011' + dig(2), jcb: String(ri(3528, 3589)) + dig(2), unionpay: '62' + dig(4), diners: pick(['36', '38']) + dig(4) }[brand];
  const len = brand === 'amex' ? 15 : brand === 'diners' ? 14 : 16;
  const body = pre + dig(len - 1 - pre.length);
  const n = body + luhnDigit(body);
  let shown;
  const style = ri(0, 2);
  if (style === 0) shown = n;
  else if (len === 15) shown = `${n.slice(0, 4)}${style === 1 ? ' ' : '-'}${n.slice(4, 10)}${style === 1 ? ' ' : '-'}${n.slice(10)}`;
  else shown = n.match(/.{1,4}/g).join(style === 1 ? ' ' : '-');
  return { value: shown, brand, last4: n.slice(-4), bin: n.slice(0, 6) };
}
function mod97(s) { let m = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) m = (m * 10 + Number(d)) % 97; } return m; }
const IBAN_SHAPES = {
  DE: () => dig(18), FR: () => dig(10) + upAlnum(11) + dig(2), GB: () => pick(['NWBK', 'BARC', 'LOYD', 'HBUK']) + dig(14), ES: () => dig(20),
  IT: () => pick(UP.split('')) + dig(10) + dig(12), NL: () => pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + dig(10), BE: () => dig(12), PL: () => dig(24),
  CH: () => dig(5) + dig(12), AT: () => dig(16), TR: () => dig(5) + '0' + dig(16), SA: () => dig(2) + dig(18), BR: () => dig(23) + 'C' + upAlnum(1),
  PT: () => dig(21), IE: () => pick(['AIBK', 'BOFI']) + dig(14), SE: () => dig(20), NO: () => dig(11), DK: () => dig(14), FI: () => dig(14),
};
export function iban(cc = pick(Object.keys(IBAN_SHAPES))) {
  const bban = IBAN_SHAPES[cc]();
  const check = pad(98 - mod97(bban + cc + '00'), 2);
  const compact = cc + check + bban;
  return { compact, spaced: compact.match(/.{1,4}/g).join(' '), cc };
}
export function nationalId(sub) {
  const yy = ri(40, 99), mm = ri(1, 12), dd = ri(1, 28);
  switch (sub) {
    case 'us_ssn': { let a; do a = ri(1, 899); while (a === 666); return `${pad(a, 3)}-${pad(ri(1, 99), 2)}-${pad(ri(1, 9999), 4)}`; }
    case 'uk_nino': { const f = 'ABCEGHJKLMNOPRSTWXYZ', s = 'ABCEGHJKLMNPRSTWXYZ'; let p; do p = pick(f.split('')) + pick(s.split('')); while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)); const d = dig(6); return chance(0.5) ? `${p}${d}${pick(['A', 'B', 'C', 'D'])}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${pick(['A', 'B', 'C', 'D'])}`; }
    case 'fr_insee': { const b = `${ri(1, 2)}${pad(yy, 2)}${pad(mm, 2)}${pad(ri(1, 95), 2)}${pad(ri(1, 990), 3)}${pad(ri(1, 999), 3)}`; const k = pad(97 - Number(BigInt(b) % 97n), 2); return chance(0.5) ? b + k : `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10)} ${k}`; }
    case 'es_dni': { const n = dig(8); return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]; }
    case 'es_nie': { const p = ri(0, 2), n = dig(7); return 'XYZ'[p] + n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(String(p) + n) % 23]; }
    case 'nl_bsn': for (;;) { const d = dig(8); const s = [...d].reduce((a, x, i) => a + Number(x) * (9 - i), 0) % 11; if (s < 10 && d[0] !== '0') return d + s; }
    case 'pl_pesel': { const y = ri(50, 125); const m = y >= 100 ? mm + 20 : mm; const b = `${pad(y % 100, 2)}${pad(m, 2)}${pad(dd, 2)}${dig(4)}`; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; const s = w.reduce((a, x, i) => a + x * Number(b[i]), 0); return b + ((10 - (s % 10)) % 10); }
    case 'se_personnummer': { const b = `${pad(yy, 2)}${pad(mm, 2)}${pad(dd, 2)}${dig(3)}`; const c = luhnDigit(b); return chance(0.5) ? `${b.slice(0, 6)}-${b.slice(6)}${c}` : `19${b.slice(0, 6)}-${b.slice(6)}${c}`; }
    case 'br_cpf': { const d = [...dig(9)].map(Number); if (d.every((x) => x === d[0])) d[0] = (d[0] + 1) % 10; for (const n of [9, 10]) { let s = 0; for (let i = 0; i < n; i++) s += d[i] * (n + 1 - i); d.push(((s * 10) % 11) % 10); } const t = d.join(''); return chance(0.6) ? `${t.slice(0, 3)}.${t.slice(3, 6)}.${t.slice(6, 9)}-${t.slice(9)}` : t; }
    case 'cn_resident_id': { const b = pick(['110101', '310104', '440305', '510107', '330106', '420111']) + `19${pad(yy, 2)}${pad(mm, 2)}${pad(dd, 2)}` + dig(3); let s = 0; for (let i = 0; i < 17; i++) s += Number(b[i]) * (2 ** (17 - i) % 11); return b + '10X98765432'[s % 11]; }
    case 'tr_tckn': { const d = [ri(1, 9), ...[...dig(8)].map(Number)]; const d10 = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10; d.push(d10); d.push(d.reduce((a, x) => a + x, 0) % 10); return d.join(''); }
    case 'fi_hetu': { const ind = pad(ri(2, 899), 3); const b = `${pad(dd, 2)}${pad(mm, 2)}${pad(yy, 2)}`; return `${b}-${ind}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(b + ind) % 31]}`; }
    case 'no_fnr': for (;;) { const d = [...`${pad(dd, 2)}${pad(mm, 2)}${pad(yy, 2)}${dig(3)}`].map(Number); const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2], w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]; let k1 = 11 - (w1.reduce((a, x, i) => a + x * d[i], 0) % 11); if (k1 === 11) k1 = 0; if (k1 === 10) continue; d.push(k1); let k2 = 11 - (w2.reduce((a, x, i) => a + x * d[i], 0) % 11); if (k2 === 11) k2 = 0; if (k2 === 10) continue; d.push(k2); return d.join(''); }
    case 'ca_sin': { const b = pick(['1', '2', '3', '4', '5', '6', '7', '9']) + dig(7); const n = b + luhnDigit(b); return chance(0.6) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`; }
    case 'za_id': { const b = `${pad(yy, 2)}${pad(mm, 2)}${pad(dd, 2)}${dig(4)}${ri(0, 1)}8`; return b + luhnDigit(b); }
    case 'be_nn': { const b = `${pad(yy, 2)}${pad(mm, 2)}${pad(dd, 2)}${pad(ri(1, 997), 3)}`; const c = pad(97 - (Number(b) % 97), 2); return chance(0.5) ? `${b.slice(0, 2)}.${b.slice(2, 4)}.${b.slice(4, 6)}-${b.slice(6)}.${c}` : b + c; }
    case 'cl_rut': { const body = String(ri(5000000, 25999999)); let s = 0, m = 2; for (let i = body.length - 1; i >= 0; i--) { s += Number(body[i]) * m; m = m === 7 ? 2 : m + 1; } const r = 11 - (s % 11); const dv = r === 11 ? '0' : r === 10 ? 'K' : String(r); return `${body.slice(0, -6)}.${body.slice(-6, -3)}.${body.slice(-3)}-${dv}`; }
    case 'au_tfn': for (;;) { const d = dig(8); const w = [1, 4, 3, 7, 5, 8, 6, 9]; const s = w.reduce((a, x, i) => a + x * Number(d[i]), 0) % 11; if (s < 10) { const n = d + s; return chance(0.5) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n; } }
    case 'kr_rrn': { const b = `${pad(yy, 2)}${pad(mm, 2)}${pad(dd, 2)}${ri(1, 2)}${dig(5)}`; const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]; const s = w.reduce((a, x, i) => a + x * Number(b[i]), 0); return `${b.slice(0, 6)}-${b.slice(6)}${(11 - (s % 11)) % 10}`; }
    case 'jp_my_number': { const b = dig(11); let s = 0; for (let n = 1; n <= 11; n++) { const p = Number(b[11 - n]); const q = n <= 6 ? n + 1 : n - 5; s += p * q; } const r = s % 11; const c = r <= 1 ? 0 : 11 - r; const n = b + c; return chance(0.5) ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : n; }
    default: throw new Error(`unknown national id ${sub}`);
  }
}
export const NID_SUBS = ['us_ssn', 'uk_nino', 'fr_insee', 'es_dni', 'es_nie', 'nl_bsn', 'pl_pesel', 'se_personnummer', 'br_cpf', 'cn_resident_id', 'tr_tckn', 'fi_hetu', 'no_fnr', 'ca_sin', 'za_id', 'be_nn', 'cl_rut', 'au_tfn', 'kr_rrn', 'jp_my_number'];
export const NID_FIELD = { us_ssn: 'ssn', uk_nino: 'ni_number', fr_insee: 'numero_secu', es_dni: 'dni', es_nie: 'nie', nl_bsn: 'bsn', pl_pesel: 'pesel', se_personnummer: 'personnummer', br_cpf: 'cpf', cn_resident_id: 'shenfenzheng', tr_tckn: 'tc_kimlik_no', fi_hetu: 'henkilotunnus', no_fnr: 'fodselsnummer', ca_sin: 'sin', za_id: 'id_number', be_nn: 'rijksregisternummer', cl_rut: 'rut', au_tfn: 'tfn', kr_rrn: 'jumin_beonho', jp_my_number: 'my_number' };
