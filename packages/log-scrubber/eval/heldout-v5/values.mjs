// Random value factories for the heldout-v5 corpus. Every factory draws from the seeded PRNG passed
// in, so the corpus is reproducible byte for byte. Formats with a check digit or checksum get a real
// one; the validator re-checks them with code written separately.
import { createECDH, createPrivateKey } from 'node:crypto';

export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const str = (alphabet, n) => { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)]; return s; };
  const bytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
  return { next, int, pick, str, bytes };
}

export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';
export const ALNUM_UP = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const pad = (n, w) => String(n).padStart(w, '0');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(s) {
  let c = 0xffffffff;
  for (const b of Buffer.from(s)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, width) {
  let s = '';
  while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); }
  return s.padStart(width, '0');
}

export function makeValues(r) {
  const v = {};
  // GitHub classic tokens and npm tokens: 30 random base62 characters then a base62 CRC32 of them.
  v.githubToken = (prefix = r.pick(['ghp', 'gho', 'ghu', 'ghs', 'ghr'])) => { const body = r.str(B62, 30); return `${prefix}_${body}${base62(crc32(body), 6)}`; };
  v.npmToken = () => { const body = r.str(B62, 30); return `npm_${body}${base62(crc32(body), 6)}`; };
  v.slackToken = () => `${r.pick(['xoxb', 'xoxp'])}-${r.int(1e10, 9e11)}-${r.int(1e10, 9e11)}-${r.str(B62, 24)}`;
  v.gitlabToken = () => `glpat-${r.str(B62 + '-_', 20)}`;
  v.vaultToken = () => `hvs.${r.str(B62, 24)}`;
  v.bearerOpaque = () => r.str(B64URL, 43);
  v.uuid = () => { const h = r.str(HEX, 32).split(''); h[12] = '4'; h[16] = '89ab'[r.int(0, 3)]; const s = h.join(''); return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`; };
  v.awsKeyId = () => `AKIA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  v.awsSecret = () => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40);
  v.stripeKey = () => `${r.pick(['sk_live_', 'rk_live_'])}${r.str(B62, r.pick([24, 99]))}`;
  v.sendgridKey = () => `SG.${r.str(B64URL, 22)}.${r.str(B64URL, 43)}`;
  v.twilioKey = () => `SK${r.str(HEX, 32)}`;
  v.googleKey = () => `AIza${r.str(B64URL, 35)}`;
  v.mailgunKey = () => `key-${r.str(HEX, 32)}`;
  v.hex = (n) => r.str(HEX, n);
  v.webhookSecret = () => `whsec_${r.str(B62, 32)}`;
  v.totpSeed = () => r.str(B32, 32);
  v.b64 = (n) => r.bytes(n).toString('base64');

  const WORDS = ['marigold', 'quarry', 'lantern', 'obsidian', 'walrus', 'trapeze', 'juniper', 'cobalt', 'saffron', 'glacier', 'paprika', 'turbine', 'velvet', 'nomad', 'kestrel', 'tundra', 'mosaic', 'ember', 'harbor', 'pixel'];
  v.password = () => r.pick([
    () => `${r.str(B62, r.int(10, 16))}${r.pick(['!', '#', '%', '@', '$', '&'])}${r.int(10, 99)}`,
    () => `${r.pick(WORDS)}-${r.pick(WORDS)}-${r.pick(WORDS)}-${r.int(10, 99)}`,
    () => `${r.pick(['Sommer', 'Invierno', 'Printemps', 'Zima', 'Lato', 'Estate'])}${r.int(2019, 2026)}${r.pick(['!', '?', '#'])}${r.str(B62, 4)}`,
    () => r.str(B62 + '!#%^*+=', r.int(14, 24)),
  ])();
  v.passphrase = () => { const ws = new Set(); while (ws.size < 4) ws.add(r.pick(WORDS)); return [...ws].join(' '); };

  // Keys: Ed25519 / X25519 PKCS#8 from a seed, P-256 SEC1 from a scalar, age X25519 identities.
  const pem = (label, der) => `-----BEGIN ${label}-----\n${der.toString('base64').match(/.{1,64}/g).join('\n')}\n-----END ${label}-----`;
  v.ed25519Pem = () => {
    const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), r.bytes(32)]);
    createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    return pem('PRIVATE KEY', der);
  };
  v.ecPem = () => {
    const ecdh = createECDH('prime256v1');
    let d;
    do d = r.bytes(32); while (d[0] === 0 || d[0] >= 0xff);
    ecdh.setPrivateKey(d);
    const pub = ecdh.getPublicKey();
    const key = createPrivateKey({ key: { kty: 'EC', crv: 'P-256', d: d.toString('base64url'), x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') }, format: 'jwk' });
    return key.export({ format: 'pem', type: 'sec1' }).trim();
  };
  v.wireguardKey = () => { const b = r.bytes(32); b[0] &= 248; b[31] &= 127; b[31] |= 64; return b.toString('base64'); };
  v.ageKey = () => `AGE-SECRET-KEY-1${bech32('age-secret-key-', r.bytes(32)).toUpperCase()}`;
  v.ageRecipient = () => `age1${bech32('age', r.bytes(32))}`;
  v.sshEd25519Pub = () => { const blob = Buffer.concat([Buffer.from('0000000b', 'hex'), Buffer.from('ssh-ed25519'), Buffer.from('00000020', 'hex'), r.bytes(32)]); return `ssh-ed25519 ${blob.toString('base64')}`; };

  v.card = (brand = r.pick(['visa', 'mastercard', 'amex', 'discover'])) => {
    const spec = { visa: ['4', 16], mastercard: [String(r.int(51, 55)), 16], amex: [r.pick(['34', '37']), 15], discover: ['6011', 16] }[brand];
    let body = spec[0] + r.str('0123456789', spec[1] - spec[0].length - 1);
    body += luhnDigit(body);
    const groups = brand === 'amex' ? [4, 6, 5] : [4, 4, 4, 4];
    const sep = r.pick([' ', '-', '']);
    let i = 0;
    return { brand, value: groups.map((g) => { const s = body.slice(i, i + g); i += g; return s; }).join(sep) };
  };

  const IBAN_SPEC = { DE: 'n18', FR: 'n10c11n2', ES: 'n20', NL: 'a4n10', IT: 'a1n10c12', PL: 'n24', GB: 'a4n14', BE: 'n12', AT: 'n16', PT: 'n21', CH: 'n5c12', CZ: 'n20', GR: 'n7c16', IE: 'a4n14' };
  v.iban = (cc = r.pick(Object.keys(IBAN_SPEC))) => {
    let bban = '';
    for (const [, t, n] of IBAN_SPEC[cc].matchAll(/([anc])(\d+)/g)) bban += r.str(t === 'n' ? '0123456789' : t === 'a' ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : ALNUM_UP, Number(n));
    const check = 98 - mod97(bban + cc + '00');
    const compact = cc + pad(check, 2) + bban;
    return { cc, value: r.next() < 0.5 ? compact : compact.match(/.{1,4}/g).join(' ') };
  };

  v.nationalId = (sub = r.pick(['us_ssn', 'uk_nino', 'pl_pesel', 'nl_bsn', 'br_cpf', 'es_dni', 'in_aadhaar', 'it_codice_fiscale'])) => {
    switch (sub) {
      case 'us_ssn': { let a; do a = r.int(1, 899); while (a === 666); return { sub, value: `${pad(a, 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}` }; }
      case 'uk_nino': return { sub, value: `${r.pick('ACEHJKLMPRSTWXY'.split(''))}${r.pick('ABCEHJKLMNPRSTWXYZ'.split(''))} ${pad(r.int(0, 99), 2)} ${pad(r.int(0, 99), 2)} ${pad(r.int(0, 99), 2)} ${r.pick(['A', 'B', 'C', 'D'])}` };
      case 'pl_pesel': {
        for (;;) {
          const y = r.int(50, 99); const m = r.int(1, 12); const d = r.int(1, 28);
          const s = `${pad(y, 2)}${pad(m, 2)}${pad(d, 2)}${r.str('0123456789', 4)}`;
          const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
          const c = (10 - ([...s].reduce((a, x, i) => a + w[i] * Number(x), 0) % 10)) % 10;
          return { sub, value: s + c };
        }
      }
      case 'nl_bsn': {
        for (;;) {
          const s = String(r.int(1, 9)) + r.str('0123456789', 7);
          const sum = [...s].reduce((a, x, i) => a + Number(x) * (9 - i), 0);
          const c = sum % 11;
          if (c < 10) return { sub, value: s + c };
        }
      }
      case 'br_cpf': {
        const d = r.str('0123456789', 9).split('').map(Number);
        for (const n of [9, 10]) { let sum = 0; for (let i = 0; i < n; i++) sum += d[i] * (n + 1 - i); d.push((sum * 10) % 11 % 10); }
        const s = d.join('');
        return { sub, value: `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` };
      }
      case 'es_dni': { const n = r.int(10000000, 99999999); return { sub, value: `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}` }; }
      case 'in_aadhaar': {
        const s = String(r.int(2, 9)) + r.str('0123456789', 10);
        const c = verhoeffDigit(s);
        const all = s + c;
        return { sub, value: `${all.slice(0, 4)} ${all.slice(4, 8)} ${all.slice(8)}` };
      }
      case 'it_codice_fiscale': {
        const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
        const body = `${r.str(L, 6)}${pad(r.int(50, 99), 2)}${r.pick('ABCDEHLMPRST'.split(''))}${pad(r.int(1, 28) + (r.next() < 0.5 ? 40 : 0), 2)}${r.pick(['H', 'F', 'L', 'A'])}${pad(r.int(1, 999), 3)}`;
        return { sub, value: body + cfCheck(body) };
      }
      default: throw new Error(sub);
    }
  };
  return v;
}

function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}
function mod97(s) {
  let m = 0;
  for (const ch of s) {
    const n = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of n) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeffDigit(s) {
  let c = 0;
  [...s].reverse().forEach((x, i) => { c = VD[c][VP[(i + 1) % 8][Number(x)]]; });
  return String(VINV[c]);
}
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function cfCheck(body) {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = body[i];
    const idx = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? CF_ODD[idx] : idx;
  }
  return String.fromCharCode(65 + (sum % 26));
}
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bech32(hrp, data) {
  const words = [];
  let acc = 0; let bits = 0;
  for (const b of data) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { bits -= 5; words.push((acc >> bits) & 31); } }
  if (bits > 0) words.push((acc << (5 - bits)) & 31);
  const polymod = (values) => {
    const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    let chk = 1;
    for (const x of values) { const top = chk >> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((top >> i) & 1) chk ^= G[i]; }
    return chk;
  };
  const exp = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0], [...hrp].map((c) => c.charCodeAt(0) & 31));
  const pm = polymod([...exp, ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check = Array.from({ length: 6 }, (_, i) => (pm >> (5 * (5 - i))) & 31);
  return `${hrp}1${[...words, ...check].map((w) => BECH[w]).join('')}`.slice(hrp.length + 1);
}
