// Value factories for heldout-v21 (marketplaces, logistics and travel).
// Everything is driven by a seeded mulberry32 PRNG so generation is deterministic.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const HEX = '0123456789abcdef';
const ALNUM = UP + LO + DIG;
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';

/** Wraps a PRNG with helpers. */
export class Gen {
  constructor(seed) { this.r = mulberry32(seed); }
  f() { return this.r(); }
  int(lo, hi) { return lo + Math.floor(this.r() * (hi - lo + 1)); }
  pick(a) { return a[Math.floor(this.r() * a.length)]; }
  chance(p) { return this.r() < p; }
  str(n, cs = ALNUM) { let s = ''; for (let i = 0; i < n; i++) s += cs[Math.floor(this.r() * cs.length)]; return s; }
  digits(n) { return this.str(n, DIG); }
  hex(n) { return this.str(n, HEX); }
  b64(n) { return this.str(n, B64); }
  b64url(n) { return this.str(n, B64URL); }
  upper(n) { return this.str(n, UP); }
  lower(n) { return this.str(n, LO); }
  uuid() { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick('89ab')}${h.slice(17, 20)}-${h.slice(20)}`; }
  sha() { return this.hex(40); }
  ts() {
    const d = new Date(Date.UTC(2026, this.int(0, 10), this.int(1, 28), this.int(0, 23), this.int(0, 59), this.int(0, 59), this.int(0, 999)));
    return d.toISOString();
  }
  epochMs() { return 1767225600000 + this.int(0, 28000000) * 1000; }
  version() { return `${this.int(1, 9)}.${this.int(0, 30)}.${this.int(0, 40)}`; }
}

// ---------- check-digit algorithms ----------
export function luhnCheck(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export function luhnValid(num) {
  const s = num.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < s.length; i++) { let d = Number(s[s.length - 1 - i]); if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; } sum += d; }
  return sum % 10 === 0;
}

export const IBAN_LEN = { DE: 22, FR: 27, GB: 22, NL: 18, ES: 24, IT: 27, BE: 16, PL: 28, SE: 24, CH: 21, AT: 20, PT: 25, IE: 22, NO: 15, DK: 18, FI: 18, LT: 20, TR: 26 };
export function mod97(s) { let r = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const c of v) r = (r * 10 + Number(c)) % 97; } return r; }
export function ibanValid(iban) {
  const s = iban.replace(/\s/g, '');
  if (IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

// Verhoeff (Aadhaar)
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0,4,3,2,1,5,6,7,8,9];
export function verhoeffCheck(body) { let c = 0; const d = body.split('').reverse(); for (let i = 0; i < d.length; i++) c = VD[c][VP[(i + 1) % 8][Number(d[i])]]; return String(VINV[c]); }

export const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export const HETU_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

export function icaoCheck(s) {
  const w = [7, 3, 1]; let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]; const v = ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * w[i % 3];
  }
  return String(sum % 10);
}

// ---------- identifiers ----------
export function card(g) {
  const t = g.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'jcb']);
  let body; let len = 16;
  if (t === 'visa') body = '4' + g.digits(14);
  else if (t === 'mc') body = '5' + g.int(1, 5) + g.digits(13);
  else if (t === 'mc2') body = '2' + g.int(221, 720) + g.digits(11);
  else if (t === 'amex') { len = 15; body = g.pick(['34', '37']) + g.digits(12); }
  else if (t === 'discover') body = '6011' + g.digits(11);
  else body = '35' + g.int(28, 89) + g.digits(11);
  const n = body + luhnCheck(body);
  const style = g.int(0, 3);
  let v = n;
  if (style === 1) v = len === 15 ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n.match(/.{4}/g).join(' ');
  if (style === 2 && len === 16) v = n.match(/.{4}/g).join('-');
  return { value: v, sub: t.replace('2', ''), last4: n.slice(-4) };
}

export function iban(g, cc) {
  cc = cc ?? g.pick(Object.keys(IBAN_LEN));
  const n = IBAN_LEN[cc] - 4;
  let bban;
  if (['GB', 'IE', 'NL'].includes(cc)) bban = g.upper(4) + g.digits(n - 4);
  else if (cc === 'IT') bban = g.upper(1) + g.digits(n - 1);
  else bban = g.digits(n);
  const chk = String(98 - mod97(bban + cc + '00')).padStart(2, '0');
  const raw = cc + chk + bban;
  const v = g.chance(0.5) ? raw.match(/.{1,4}/g).join(' ') : raw;
  return { value: v, sub: `iban_${cc.toLowerCase()}` };
}

export function nationalId(g, which) {
  which = which ?? g.pick(['es_dni', 'nl_bsn', 'br_cpf', 'in_aadhaar', 'se_pnr', 'fi_hetu', 'cn_rid', 'pl_pesel', 'be_nn', 'us_ssn', 'uk_nino']);
  const yy = g.int(50, 99); const mm = g.int(1, 12); const dd = g.int(1, 28);
  const p2 = (x) => String(x).padStart(2, '0');
  switch (which) {
    case 'es_dni': { const n = g.int(10000000, 99999999); return { value: `${n}${DNI_LETTERS[n % 23]}`, sub: which }; }
    case 'nl_bsn': {
      for (;;) {
        const d = g.digits(8); let s = 0; for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
        const c = s % 11; if (c < 10 && d[0] !== '0') return { value: d + c, sub: which };
      }
    }
    case 'br_cpf': {
      const d = g.digits(9).split('').map(Number);
      let s = 0; for (let i = 0; i < 9; i++) s += d[i] * (10 - i); let c1 = (s * 10) % 11; if (c1 === 10) c1 = 0;
      d.push(c1); s = 0; for (let i = 0; i < 10; i++) s += d[i] * (11 - i); let c2 = (s * 10) % 11; if (c2 === 10) c2 = 0; d.push(c2);
      const x = d.join('');
      return { value: g.chance(0.6) ? `${x.slice(0, 3)}.${x.slice(3, 6)}.${x.slice(6, 9)}-${x.slice(9)}` : x, sub: which };
    }
    case 'in_aadhaar': { const b = String(g.int(2, 9)) + g.digits(10); const x = b + verhoeffCheck(b); return { value: g.chance(0.6) ? `${x.slice(0, 4)} ${x.slice(4, 8)} ${x.slice(8)}` : x, sub: which }; }
    case 'se_pnr': { const b = `${yy}${p2(mm)}${p2(dd)}${g.digits(3)}`; return { value: `${b.slice(0, 6)}-${b.slice(6)}${luhnCheck(b)}`, sub: which }; }
    case 'fi_hetu': { const z = String(g.int(2, 899)).padStart(3, '0'); const base = `${p2(dd)}${p2(mm)}${yy}`; return { value: `${base}-${z}${HETU_CHARS[Number(base + z) % 31]}`, sub: which }; }
    case 'cn_rid': {
      const b = `${g.pick(['110105', '310104', '440305', '510107', '330106'])}19${yy}${p2(mm)}${p2(dd)}${g.digits(3)}`;
      const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 17; i++) s += Number(b[i]) * w[i];
      return { value: b + '10X98765432'[s % 11], sub: which };
    }
    case 'pl_pesel': {
      const b = `${yy}${p2(mm)}${p2(dd)}${g.digits(4)}`; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; let s = 0; for (let i = 0; i < 10; i++) s += Number(b[i]) * w[i];
      return { value: b + ((10 - (s % 10)) % 10), sub: which };
    }
    case 'be_nn': {
      const b = `${yy}${p2(mm)}${p2(dd)}${String(g.int(1, 997)).padStart(3, '0')}`; const c = String(97 - (Number(b) % 97)).padStart(2, '0');
      return { value: g.chance(0.5) ? `${b.slice(0, 2)}.${b.slice(2, 4)}.${b.slice(4, 6)}-${b.slice(6)}.${c}` : b + c, sub: which };
    }
    case 'us_ssn': { const a = g.int(101, 665); return { value: `${a}-${String(g.int(10, 99))}-${String(g.int(1000, 9999))}`, sub: which }; }
    case 'uk_nino': default: { const v = `${g.pick(['AB', 'CE', 'JK', 'NH', 'PR', 'SW', 'TL', 'WM'])}${g.digits(6)}${g.pick('ABCD')}`; return { value: g.chance(0.4) ? `${v.slice(0, 2)} ${v.slice(2, 4)} ${v.slice(4, 6)} ${v.slice(6, 8)} ${v.slice(8)}` : v, sub: 'uk_nino' }; }
  }
}

/** Passport number + MRZ line 2 with ICAO 9303 check digits. */
export function passport(g, nat, dob) {
  const num = g.upper(2) + g.digits(7);
  const d = dob.replace(/-/g, '').slice(2);
  const exp = `${g.int(27, 35)}${String(g.int(1, 12)).padStart(2, '0')}${String(g.int(1, 28)).padStart(2, '0')}`;
  const line = `${num}${icaoCheck(num)}${nat}${d}${icaoCheck(d)}${g.pick('MF')}${exp}${icaoCheck(exp)}<<<<<<<<<<<<<<0`;
  return { num, mrz2: line + icaoCheck(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43)) };
}

// ---------- vendor credentials ----------
export function vendorKey(g, which) {
  switch (which) {
    case 'github_pat': return `ghp_${g.str(36)}`;
    case 'github_fine': return `github_pat_11${g.str(20, UP + DIG)}_${g.str(59)}`;
    case 'github_oauth': return `gho_${g.str(36)}`;
    case 'gitlab_pat': return `glpat-${g.str(20, ALNUM + '-_')}`;
    case 'slack_bot': return `xoxb-${g.digits(12)}-${g.digits(13)}-${g.str(24)}`;
    case 'slack_webhook': return `https://hooks.slack.com/services/T${g.str(8, UP + DIG)}/B${g.str(10, UP + DIG)}/${g.str(24)}`;
    case 'stripe_secret': return `sk_live_51${g.str(97)}`;
    case 'stripe_restricted': return `rk_live_${g.str(24)}`;
    case 'stripe_whsec': return `whsec_${g.str(32)}`;
    case 'aws_akid': return `AKIA${g.str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
    case 'aws_secret': return g.str(40, ALNUM + '+/');
    case 'gcp_api': return `AIza${g.str(35, ALNUM + '-_')}`;
    case 'azure_storage': return `${g.b64(86)}==`;
    case 'openai': return `sk-proj-${g.str(74, ALNUM + '-_')}T3BlbkFJ${g.str(74, ALNUM + '-_')}`;
    case 'anthropic': return `sk-ant-api03-${g.str(93, ALNUM + '-_')}AA`;
    case 'twilio_token': return g.hex(32);
    case 'twilio_apikey': return `SK${g.hex(32)}`;
    case 'sendgrid': return `SG.${g.str(22, ALNUM + '-_')}.${g.str(43, ALNUM + '-_')}`;
    case 'npm': return `npm_${g.str(36)}`;
    case 'pypi': return `pypi-AgEIcHlwaS5vcmc${g.b64url(120)}`;
    case 'dockerhub': return `dckr_pat_${g.str(27, ALNUM + '-_')}`;
    case 'shopify_token': return `shpat_${g.hex(32)}`;
    case 'shopify_secret': return `shpss_${g.hex(32)}`;
    case 'datadog_api': return g.hex(32);
    case 'datadog_app': return g.hex(40);
    case 'mailgun': return `key-${g.hex(32)}`;
    case 'mapbox_secret': return `sk.eyJ1Ijoi${g.b64url(40)}.${g.b64url(22)}`;
    case 'square': return `EAAA${g.str(60, ALNUM + '-_')}`;
    case 'braintree': return `access_token$production$${g.lower(16)}$${g.hex(32)}`;
    case 'adyen': return `AQE${g.str(5)}hmfxL${g.b64(90)}`;
    case 'plaid': return `access-production-${g.uuid()}`;
    default: throw new Error(which);
  }
}

function b64urlEnc(s) { return Buffer.from(s, 'utf8').toString('base64url'); }
export function jwt(g, claims) {
  const h = b64urlEnc(JSON.stringify({ alg: g.pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: g.hex(8) }));
  const p = b64urlEnc(JSON.stringify({ ...claims, iat: 1767225600 + g.int(0, 9e6), exp: 1767225600 + g.int(9e6, 9.1e6) }));
  return `${h}.${p}.${g.b64url(g.pick([43, 86, 342]))}`;
}

export function pem(g, type = 'RSA PRIVATE KEY', lines = 12) {
  const body = []; for (let i = 0; i < lines - 1; i++) body.push(g.b64(64)); body.push(g.b64(g.int(20, 60)) + '==');
  return `-----BEGIN ${type}-----\n${body.join('\n')}\n-----END ${type}-----`;
}
export function pgp(g) {
  const body = []; for (let i = 0; i < 9; i++) body.push(g.b64(64)); body.push(`=${g.b64(4)}`);
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body.join('\n')}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

const WORDS = ['harbor', 'lantern', 'pepper', 'violet', 'cactus', 'glacier', 'saffron', 'meadow', 'copper', 'thunder', 'walnut', 'orbit', 'marble', 'falcon', 'biscuit', 'tundra', 'ember', 'quartz', 'nomad', 'rhubarb', 'velvet', 'canyon', 'pickle', 'monsoon'];
export function password(g) {
  switch (g.int(0, 6)) {
    case 0: return `${g.pick(WORDS)} ${g.pick(WORDS)} ${g.pick(WORDS)} ${g.pick(WORDS)}`;
    case 1: return `${g.pick(WORDS)[0].toUpperCase()}${g.pick(WORDS).slice(1)}${g.int(10, 99)}!`;
    case 2: return g.str(g.int(6, 8), ALNUM + '!#$%');
    case 3: return g.str(g.int(16, 24), ALNUM + '!@#$%^&*()-_=+[]{}<>?');
    case 4: return `${g.pick(WORDS)}-${g.pick(WORDS)}-${g.pick(WORDS)}-${g.int(1, 9)}`;
    case 5: return `Qx${g.digits(3)}${g.pick(['@', '#', '%'])}${g.lower(3)}`;
    default: return `${g.pick(['Summer', 'Winter', 'Spring', 'Autumn'])}${g.int(2019, 2026)}${g.pick(['!', '?', '$', ''])}`;
  }
}

// ---------- people and places ----------
export const NAMES = [
  ['Latin', 'Maria Fernanda Gutiérrez'], ['Latin', 'Jonas Vogelsang'], ['Latin', 'Aoife Ní Bhriain'], ['Latin', 'Thabo Mokoena'],
  ['Latin', 'Camille Lefèvre'], ['Latin', 'Giulia Bertolucci'], ['Latin', 'Mehmet Yılmaz'], ['Latin', 'Agnieszka Wróblewska'],
  ['Latin', 'Nguyễn Thị Hoa'], ['Latin', 'Olusegun Adebayo'], ['Latin', 'Sigríður Jónsdóttir'], ['Latin', 'Rafael Montoya Ruiz'],
  ['Latin', 'Priya Raghunathan'], ['Latin', 'Declan O\'Shaughnessy'], ['Latin', 'Ana-Maria Popescu'], ['Latin', 'Kwame Asante'],
  ['Cyrillic', 'Дмитрий Соколов'], ['Cyrillic', 'Анастасия Кузнецова'], ['Cyrillic', 'Олена Шевченко'],
  ['Arabic', 'محمد العتيبي'], ['Arabic', 'فاطمة الزهراء بنعلي'], ['Arabic', 'يوسف حداد'],
  ['Han', '王建国'], ['Han', '陈晓雯'], ['Han', '林志豪'],
  ['Japanese', '佐藤 美咲'], ['Japanese', '高橋 健太'], ['Japanese', 'たなか ゆうこ'],
  ['Hangul', '김민준'], ['Hangul', '이서연'], ['Hangul', '박지훈'],
  ['Devanagari', 'राहुल शर्मा'], ['Devanagari', 'अनीता देसाई'],
  ['Greek', 'Γιώργος Παπαδόπουλος'], ['Greek', 'Ελένη Κωνσταντίνου'],
  ['Hebrew', 'נועה כהן'], ['Hebrew', 'איתי לוי'],
  ['Thai', 'สมชาย ใจดี'], ['Thai', 'วิภาวรรณ ศรีสุข'],
];
export function person(g) { const [script, name] = g.pick(NAMES); return { name, script }; }
const LATIN_FIRST = ['liam', 'sofia', 'mateo', 'amelie', 'noah', 'yuki', 'omar', 'ines', 'lukas', 'zara', 'ravi', 'chloe', 'tomasz', 'leila', 'finn', 'aiko'];
const LATIN_LAST = ['okafor', 'schreiber', 'moreau', 'rossi', 'tanaka', 'haddad', 'novak', 'kowalczyk', 'brennan', 'alvarez', 'lindqvist', 'mehta', 'dubois', 'sato'];
export function latinName(g) { const f = g.pick(LATIN_FIRST); const l = g.pick(LATIN_LAST); return { first: f, last: l, full: `${f[0].toUpperCase()}${f.slice(1)} ${l[0].toUpperCase()}${l.slice(1)}` }; }
export function email(g, n) {
  n = n ?? latinName(g);
  const dom = g.pick(['gmail.com', 'outlook.com', 'yahoo.co.jp', 'web.de', 'orange.fr', 'icloud.com', 'proton.me', 'hotmail.es', 'naver.com', 'qq.com', 'mail.ru', 'libero.it']);
  return g.pick([`${n.first}.${n.last}@${dom}`, `${n.first}${g.int(1, 99)}@${dom}`, `${n.first[0]}${n.last}+rides@${dom}`, `${n.last}.${n.first}${g.int(70, 99)}@${dom}`]);
}
export function phone(g) {
  return g.pick([
    () => `+1 ${g.int(201, 989)}-${g.int(200, 989)}-${g.digits(4)}`,
    () => `+44 7${g.digits(3)} ${g.digits(6)}`,
    () => `+49 15${g.digits(1)} ${g.digits(8)}`,
    () => `+33 6 ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`,
    () => `+91 ${g.int(70, 99)}${g.digits(3)} ${g.digits(5)}`,
    () => `+55 11 9${g.digits(4)}-${g.digits(4)}`,
    () => `+81 90-${g.digits(4)}-${g.digits(4)}`,
    () => `+34${g.int(600, 699)}${g.digits(6)}`,
    () => `(${g.int(201, 989)}) ${g.int(200, 989)}-${g.digits(4)}`,
    () => `+971 5${g.digits(1)} ${g.digits(3)} ${g.digits(4)}`,
    () => `+82 10-${g.digits(4)}-${g.digits(4)}`,
  ])();
}
export function publicIp(g) {
  for (;;) {
    const a = g.int(24, 223);
    if ([127, 100, 169, 172, 192, 198, 203, 10].includes(a)) continue;
    return `${a}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
  }
}
export function ipv6(g) { return `2a02:${g.hex(4).replace(/^0+/, '') || 'a'}:${g.hex(3)}:${g.hex(4).replace(/^0+/, '') || '1'}:${g.hex(4).replace(/^0+/, '') || '1'}:${g.hex(3)}:${g.hex(4).replace(/^0+/, '') || 'f'}:${g.hex(2)}`; }
export const ADDRESSES = [
  ['221 Kingsland Road, London E2 8AS', 'London'], ['Calle de Alcalá 147, 3º B, 28009 Madrid', 'Madrid'], ['Torstraße 118, 10119 Berlin', 'Berlin'],
  ['17 rue des Martyrs, 75009 Paris', 'Paris'], ['1458 Valencia St Apt 3, San Francisco, CA 94110', 'San Francisco'], ['Rua Augusta 2690, ap 81, São Paulo - SP, 01412-100', 'São Paulo'],
  ['Via Tortona 27, 20144 Milano MI', 'Milan'], ['東京都渋谷区神宮前3-25-18 201号室', 'Tokyo'], ['서울특별시 마포구 양화로 45, 1203호', 'Seoul'],
  ['ul. Mokotowska 51/53 m. 12, 00-542 Warszawa', 'Warsaw'], ['Keizersgracht 402-III, 1016 GC Amsterdam', 'Amsterdam'], ['88 Brunswick St, Fitzroy VIC 3065', 'Melbourne'],
  ['Flat 4B, 12 Nathan Road, Tsim Sha Tsui, Kowloon', 'Hong Kong'], ['742 Evergreen Terrace Unit 2, Austin, TX 78704', 'Austin'], ['Av. Insurgentes Sur 1602, Int. 5, 03940 CDMX', 'Mexico City'],
  ['Sveavägen 44, 111 34 Stockholm', 'Stockholm'], ['شارع الملك فهد، مبنى 12، الرياض 12271', 'Riyadh'], ['Baker Street 19, 3rd floor, Dubai Marina', 'Dubai'],
  ['ул. Пятницкая, д. 33, кв. 17, Москва 115035', 'Moscow'], ['4/12 Koramangala 5th Block, Bengaluru 560095', 'Bengaluru'],
];
export function address(g) { const [a, city] = g.pick(ADDRESSES); return { value: a, city }; }
const CITY_GEO = { London: [51.5, -0.12], Madrid: [40.41, -3.7], Berlin: [52.52, 13.4], Paris: [48.85, 2.35], 'San Francisco': [37.76, -122.42], 'São Paulo': [-23.55, -46.63], Milan: [45.46, 9.19], Tokyo: [35.67, 139.7], Seoul: [37.55, 126.91], Warsaw: [52.22, 21.01], Amsterdam: [52.37, 4.89], Melbourne: [-37.8, 144.97], 'Hong Kong': [22.3, 114.17], Austin: [30.26, -97.74], 'Mexico City': [19.37, -99.17], Stockholm: [59.34, 18.06], Riyadh: [24.71, 46.67], Dubai: [25.08, 55.14], Moscow: [55.74, 37.62], Bengaluru: [12.93, 77.62] };
export const CITIES = Object.keys(CITY_GEO);
export function geo(g, city) {
  const [la, lo] = CITY_GEO[city ?? g.pick(CITIES)];
  const fmt = (x) => { let s = (x + (g.f() - 0.5) * 0.08).toFixed(g.int(5, 6)); while (s.endsWith('0')) s = s.slice(0, -1); if (s.endsWith('.')) s += '1'; return s; };
  return { lat: fmt(la), lng: fmt(lo) };
}
export function dob(g) {
  const y = g.int(1950, 2004); const m = String(g.int(1, 12)).padStart(2, '0'); const d = String(g.int(1, 28)).padStart(2, '0');
  const style = g.int(0, 2);
  return { iso: `${y}-${m}-${d}`, value: style === 0 ? `${y}-${m}-${d}` : style === 1 ? `${d}/${m}/${y}` : `${d}.${m}.${y}` };
}
export const USERS = ['mkowalski', 'jtanaka', 'aisha.r', 'dfernandes', 'lvoss', 'pnair', 'oksana', 'tbrennan', 'rquispe', 'hjansen', 'swati.k', 'emorales'];
export function homePath(g) {
  const u = g.pick(USERS);
  const style = g.int(0, 2);
  const tail = g.pick(['projects/dispatch-svc/.env', 'code/courier-app/android/local.properties', '.aws/credentials', 'work/booking-api/node_modules/.cache', '.npmrc', 'Downloads/manifest_export.csv']);
  if (style === 0) return { user: u, path: `/home/${u}/${tail}`, sub: 'linux' };
  if (style === 1) return { user: u, path: `/Users/${u}/${tail}`, sub: 'macos' };
  return { user: u, path: `C:\\Users\\${u}\\${tail.replace(/\//g, '\\')}`, sub: 'windows' };
}
export function residentialHost(g) {
  const ip = publicIp(g); const d = ip.replace(/\./g, '-');
  return { dashed: d, host: g.pick([`cpe-${d}.austin.res.rr.com`, `pool-${d}.nycmny.fios.verizon.net`, `${d}.dyn.telefonica.de`, `host-${d}.static.kpn.net`, `p${d}.dip0.t-ipconnect.de`]) };
}
export function cookieVal(g, kind) {
  if (kind === 'ga') return `GA1.2.${g.int(100000000, 999999999)}.${g.int(1700000000, 1767000000)}`;
  if (kind === 'fbp') return `fb.1.${g.int(1700000000000, 1767000000000)}.${g.int(100000000, 999999999)}`;
  return g.b64url(g.pick([32, 43, 64]));
}

// ---------- keeps (hard negatives) ----------
export const PUBLIC_HOSTS = ['api.stripe.com', 'maps.googleapis.com', 'api.twilio.com', 'hooks.slack.com', 'sqs.eu-west-1.amazonaws.com', 'api.sendgrid.com', 'onfido.com', 'api.amadeus.com', 'registry.npmjs.org', 'api.mapbox.com', 'fcm.googleapis.com', 'api.push.apple.com'];
export const ERRORS = ['ECONNRESET', 'ETIMEDOUT', 'E_DISPATCH_NO_DRIVER', 'ERR_PNR_LOCKED', 'card_declined', 'insufficient_funds', 'KYC_DOC_BLURRY', 'ADDRESS_UNDELIVERABLE', 'SEAT_UNAVAILABLE', 'RATE_LIMITED', 'E_GEOFENCE_OUTSIDE', 'CUSTOMS_HOLD'];
export const FLAGS = ['ff_batched_dispatch', 'ff_tip_after_rating', 'ff_ndc_offers_v2', 'ff_contactless_pod', 'ff_surge_cap_eu', 'ff_masked_calls_v3', 'ff_instant_payouts', 'ff_smart_lockbox'];
export const PRODUCTS = ['RideShare Plus', 'Courier Pro', 'FreshCart Express', 'StayHost Premium', 'FlexDrive Rental', 'TicketVault Resale', 'ParcelNow Same-Day', 'SkyFare Flex'];
export const IATA = ['LHR', 'CDG', 'FRA', 'MAD', 'JFK', 'SFO', 'NRT', 'ICN', 'DXB', 'GRU', 'WAW', 'AMS', 'BLR', 'MEX', 'ARN'];
export function orderId(g) { return g.pick([`ORD-${g.int(2025, 2026)}-${g.digits(7)}`, `ord_${g.str(14, 'abcdefghjkmnpqrstuvwxyz23456789')}`, `INV-${g.digits(8)}`, `TCK-${g.digits(6)}`]); }
export function pnr(g) { return g.str(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'); }
export function tracking(g) { return g.pick([`1Z${g.str(6, UP + DIG)}${g.digits(10)}`, `JD${g.digits(18)}`, `PN${g.digits(9)}GB`, `${g.digits(12)}`]); }

/** One record under construction: registers planted labels and keeps where they are written. */
export class Rec {
  constructor(g) { this.g = g; this.sensitive = []; this.keep = []; }
  s(kind, sub, value) { this.sensitive.push({ value: String(value), kind, sub }); return value; }
  k(value) { this.keep.push(String(value)); return value; }
  kf(key, val) { this.keep.push(`${JSON.stringify(key)}:${JSON.stringify(val)}`); return val; }
  // personal data
  name() { const p = person(this.g); return this.s('person_name', p.script.toLowerCase(), p.name); }
  latin() { const n = latinName(this.g); this.s('person_name', 'latin', n.full); return n; }
  email(n) { return this.s('email', 'plain', email(this.g, n)); }
  phone() { return this.s('phone', 'intl', phone(this.g)); }
  ip() { return this.g.chance(0.8) ? this.s('ip', 'v4', publicIp(this.g)) : this.s('ip', 'v6', ipv6(this.g)); }
  rhost() { const h = residentialHost(this.g); this.s('ip', 'hostname', h.dashed); return h.host; }
  card() { const c = card(this.g); this.s('card', c.sub, c.value); return c; }
  iban(cc) { const i = iban(this.g, cc); return this.s('iban', i.sub, i.value); }
  nid(which) { const n = nationalId(this.g, which); return this.s('national_id', n.sub, n.value); }
  addr() { const a = address(this.g); this.s('address', 'street', a.value); return a; }
  dob() { const d = dob(this.g); this.s('dob', 'date', d.value); return d; }
  geo(city, num = false) { const p = geo(this.g, city); this.s('geo', 'lat', p.lat); this.s('geo', 'lng', p.lng); return num ? { lat: Number(p.lat), lng: Number(p.lng) } : p; }
  home() { const h = homePath(this.g); this.s('home_path', h.sub, h.user); return h.path; }
  // secrets
  pw(sub = 'field') { return this.s('password', sub, password(this.g)); }
  key(kind, vendor) { return this.s(kind, vendor, vendorKey(this.g, vendor)); }
  jwt(sub, claims) { return this.s('token', sub, jwt(this.g, claims)); }
  bearer() { return this.s('token', 'opaque_bearer', this.g.b64url(this.g.pick([32, 40, 48]))); }
  cookie(sub) { return this.s('cookie', sub, cookieVal(this.g, sub)); }
  pem(type) { return this.s('private_key', type === 'EC PRIVATE KEY' ? 'pem_ec' : type === 'PRIVATE KEY' ? 'pem_pkcs8' : 'pem_rsa', pem(this.g, type, this.g.int(6, 12))); }
  pgp() { return this.s('private_key', 'pgp', pgp(this.g)); }
  pin(sub, n = 6) { return this.s('other_secret', sub, this.g.digits(n)); }
  // keeps
  ts() { return this.k(this.g.ts()); }
  uuid() { return this.k(this.g.uuid()); }
  order() { return this.k(orderId(this.g)); }
  sha() { return this.k(this.g.sha()); }
  ver() { return this.k(this.g.version()); }
  city(c) { return this.k(c ?? this.g.pick(CITIES)); }
  host() { return this.k(this.g.pick(PUBLIC_HOSTS)); }
  err() { return this.k(this.g.pick(ERRORS)); }
  flag() { return this.k(this.g.pick(FLAGS)); }
  product() { return this.k(this.g.pick(PRODUCTS)); }
  pnr() { return this.k(pnr(this.g)); }
  track() { return this.k(tracking(this.g)); }
  iata() { return this.k(this.g.pick(IATA)); }
  id(prefix, n = 12) { return this.k(`${prefix}_${this.g.str(n, 'abcdefghjkmnpqrstuvwxyz0123456789')}`); }
}
