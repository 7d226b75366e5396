// Value factories for heldout-v22 (an identity provider and developer platform).
// Deterministic: everything draws from one seeded mulberry32 stream.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class R {
  constructor(seed) { this.next = mulberry32(seed); }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  chance(p) { return this.next() < p; }
  str(n, alphabet) { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)]; return s; }
  digits(n) { return this.str(n, DIG); }
  hex(n) { return this.str(n, '0123456789abcdef'); }
  alnum(n) { return this.str(n, ALNUM); }
  b64(n) { return this.str(n, ALNUM + '+/'); }
  b64url(n) { return this.str(n, ALNUM + '-_'); }
  upper(n) { return this.str(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'); }
  uuid() { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20, 32)}`; }
  ts(base = Date.UTC(2026, 10, 3)) { return new Date(base + this.int(0, 30 * 86400) * 1000 + this.int(0, 999)).toISOString(); }
  epoch() { return 1793000000 + this.int(0, 2600000); }
}

export const DIG = '0123456789';
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// ---------- Rec: collects labels and keeps for one record ----------
export class Rec {
  constructor() { this.sensitive = []; this.keep = []; }
  /** Register a planted sensitive value; returns it so it can be written inline. */
  s(value, kind, sub) { this.sensitive.push({ value: String(value), kind, sub }); return value; }
  /** Register a hard negative exactly as it is written in the record. */
  k(value) { this.keep.push(String(value)); return value; }
  /** Keep a setting under a secret-ish or numeric key: registered as a JSON fragment `"key":value`. */
  kf(key, value) { this.keep.push(`"${key}":${JSON.stringify(value)}`); return value; }
}

// ---------- checksums ----------
export function luhnCheck(body) {
  let sum = 0; let dbl = true;
  for (let i = body.length - 1; i >= 0; i--) { let d = +body[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return String((10 - (sum % 10)) % 10);
}
export function card(r) {
  const t = r.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'jcb', 'diners']);
  const spec = { visa: ['4', 16], mc: [String(r.int(51, 55)), 16], mc2: [String(r.int(2221, 2720)), 16], amex: [r.pick(['34', '37']), 15], discover: ['6011', 16], jcb: [String(r.int(3528, 3589)), 16], diners: [r.pick(['36', '38']), 14] }[t];
  const body = spec[0] + r.digits(spec[1] - spec[0].length - 1);
  const num = body + luhnCheck(body);
  const style = r.int(0, 2);
  let out = num;
  if (style === 1) out = t === 'amex' ? `${num.slice(0, 4)} ${num.slice(4, 10)} ${num.slice(10)}` : num.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (style === 2) out = num.replace(/(\d{4})(?=\d)/g, '$1-');
  return { value: out, sub: t === 'mc2' ? 'mc' : t };
}

const IBAN_SPEC = { DE: '18n', FR: '10n11c2n', GB: '4a14n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', CH: '5n12c', AT: '16n', PL: '24n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', PT: '21n', IE: '4a14n', BR: '23n1a1c', SA: '2n18c', AE: '19n', TR: '5n1n16c', LT: '16n', RO: '4a16c', MT: '4a5n18c', LU: '3n13c' };
export const IBAN_LEN = { DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, SE: 24, NO: 15, DK: 18, FI: 18, PT: 25, IE: 22, BR: 29, SA: 24, AE: 23, TR: 26, LT: 20, RO: 24, MT: 31, LU: 20 };
export function mod97(s) { let m = 0; for (const ch of s) m = (m * 10 + +ch) % 97; return m; }
export function ibanNumeric(s) { return s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55)); }
export function iban(r, cc = r.pick(Object.keys(IBAN_SPEC))) {
  let bban = '';
  for (const [, n, t] of IBAN_SPEC[cc].matchAll(/(\d+)([nac])/g)) bban += t === 'n' ? r.digits(+n) : t === 'a' ? r.upper(+n) : r.str(+n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
  const check = String(98 - mod97(ibanNumeric(bban + cc + '00'))).padStart(2, '0');
  const raw = cc + check + bban;
  return r.chance(0.5) ? raw.replace(/(.{4})(?=.)/g, '$1 ') : raw;
}

// national ids with real check digits
export function nationalId(r) {
  const sub = r.pick(['es_dni', 'nl_bsn', 'se_pnr', 'fi_hetu', 'br_cpf', 'pl_pesel', 'cn_ric', 'be_nrn', 'fr_nir', 'cl_rut', 'us_ssn', 'uk_nino']);
  return { value: NID[sub](r), sub };
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
export const NID = {
  es_dni(r) { const n = r.int(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`; },
  nl_bsn(r) { for (;;) { const d = r.digits(8); let s = 0; for (let i = 0; i < 8; i++) s += +d[i] * (9 - i); const c = s % 11; if (c < 10 && d[0] !== '0') return d + c; } },
  se_pnr(r) { const b = `${pad(r.int(50, 99))}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${r.digits(3)}`; return `${b.slice(0, 6)}-${b.slice(6)}${luhnCheck(b)}`; },
  fi_hetu(r) { const dd = pad(r.int(1, 28)); const mm = pad(r.int(1, 12)); const yy = pad(r.int(50, 99)); const nnn = pad(r.int(2, 899), 3); return `${dd}${mm}${yy}-${nnn}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[+(dd + mm + yy + nnn) % 31]}`; },
  br_cpf(r) { const d = r.digits(9).split('').map(Number); const c1 = ((d.reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10; const c2 = (([...d, c1].reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10; const s = d.join('') + c1 + c2; return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`; },
  pl_pesel(r) { const b = `${pad(r.int(60, 99))}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${r.digits(4)}`; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; const s = w.reduce((a, x, i) => a + x * +b[i], 0); return b + ((10 - (s % 10)) % 10); },
  cn_ric(r) { const b = `${r.pick(['110105', '310104', '440305', '510107', '330106'])}${r.int(1960, 2004)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${r.digits(3)}`; const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]; const s = w.reduce((a, x, i) => a + x * +b[i], 0); return b + '10X98765432'[s % 11]; },
  be_nrn(r) { const yy = pad(r.int(50, 99)); const mm = pad(r.int(1, 12)); const dd = pad(r.int(1, 28)); const seq = pad(r.int(1, 997), 3); const c = pad(97 - (+(yy + mm + dd + seq) % 97)); return `${yy}.${mm}.${dd}-${seq}.${c}`; },
  fr_nir(r) { const b = `${r.int(1, 2)}${pad(r.int(50, 99))}${pad(r.int(1, 12))}${pad(r.int(1, 95))}${r.digits(3)}${r.digits(3)}`; const key = pad(97 - Number(BigInt(b) % 97n)); return `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10, 13)} ${key}`; },
  cl_rut(r) { const n = r.int(5000000, 25999999); let s = 0; let m = 2; for (const ch of String(n).split('').reverse()) { s += +ch * m; m = m === 7 ? 2 : m + 1; } const v = 11 - (s % 11); const dv = v === 11 ? '0' : v === 10 ? 'K' : String(v); return `${String(n).replace(/\B(?=(\d{3})+$)/g, '.')}-${dv}`; },
  us_ssn(r) { return `${pad(r.int(100, 665), 3)}-${pad(r.int(10, 99))}-${pad(r.int(1000, 9999), 4)}`; },
  uk_nino(r) { return `${r.pick(['AB', 'CE', 'JH', 'NP', 'SW', 'TR', 'WL'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`; },
};

// ---------- secrets ----------
export function b64urlOf(obj) { return Buffer.from(JSON.stringify(obj)).toString('base64url'); }
export function jwt(r, claims = {}) {
  const header = { alg: r.pick(['RS256', 'RS256', 'ES256', 'HS256']), typ: 'JWT', kid: r.alnum(16) };
  const iat = r.epoch();
  const payload = { iss: `https://${r.pick(TENANTS)}.${r.pick(['us', 'eu', 'au', 'jp'])}.idp-login.com/`, sub: `${r.pick(['auth0', 'google-oauth2', 'samlp|acme', 'email', 'sms', 'apple'])}|${r.hex(24)}`, aud: r.pick(['https://api.example-shop.com', `${r.alnum(32)}`]), iat, exp: iat + r.pick([300, 3600, 86400]), scope: r.pick(['openid profile email', 'read:users update:users', 'offline_access openid']), ...claims };
  return `${b64urlOf(header)}.${b64urlOf(payload)}.${r.b64url(r.pick([43, 86, 342]))}`;
}
export function pem(r, type = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY'])) {
  const lines = type === 'EC PRIVATE KEY' ? 3 : r.int(8, 14);
  const body = [];
  for (let i = 0; i < lines; i++) body.push(r.b64(i === lines - 1 ? r.int(20, 60) : 64));
  if (type === 'EC PRIVATE KEY') body[0] = 'MHcCAQEEI' + body[0].slice(9);
  if (type === 'RSA PRIVATE KEY') body[0] = 'MIIEowIBAAKCAQEA' + body[0].slice(16);
  if (type === 'OPENSSH PRIVATE KEY') body[0] = 'b3BlbnNzaC1rZXktdjEAAAAA' + body[0].slice(24);
  return `-----BEGIN ${type}-----\n${body.join('\n')}\n-----END ${type}-----`;
}
export function pgp(r) {
  const body = [];
  for (let i = 0; i < r.int(8, 12); i++) body.push(r.b64(64));
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF${r.b64(58)}\n${body.join('\n')}\n=${r.b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
export const VENDOR = {
  github_pat: (r) => `ghp_${r.alnum(36)}`,
  github_fine: (r) => `github_pat_11${r.upper(1)}${r.str(19, ALNUM)}_${r.alnum(59)}`,
  github_app: (r) => `ghs_${r.alnum(36)}`,
  gitlab_pat: (r) => `glpat-${r.b64url(20)}`,
  slack_bot: (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.alnum(24)}`,
  stripe_live: (r) => `sk_live_${r.alnum(24 + r.int(0, 75))}`,
  stripe_restricted: (r) => `rk_live_${r.alnum(40)}`,
  aws_secret: (r) => `${r.b64(40)}`,
  gcp_api: (r) => `AIza${r.b64url(35)}`,
  azure_storage: (r) => `${r.b64(86)}==`,
  openai: (r) => `sk-proj-${r.b64url(74)}T3BlbkFJ${r.b64url(74)}`,
  anthropic: (r) => `sk-ant-api03-${r.b64url(93)}AA`,
  twilio_token: (r) => r.hex(32),
  twilio_api: (r) => `SK${r.hex(32)}`,
  sendgrid: (r) => `SG.${r.b64url(22)}.${r.b64url(43)}`,
  npm: (r) => `npm_${r.alnum(36)}`,
  pypi: (r) => `pypi-AgEIcHlwaS5vcmc${r.b64url(50 + r.int(0, 100))}`,
  dockerhub: (r) => `dckr_pat_${r.b64url(27)}`,
  shopify: (r) => `shpat_${r.hex(32)}`,
  datadog_api: (r) => r.hex(32),
  datadog_app: (r) => r.hex(40),
  mailgun: (r) => `key-${r.hex(32)}`,
  vonage_secret: (r) => r.alnum(16),
};
export function vendorKey(r, name = r.pick(Object.keys(VENDOR))) { return { value: VENDOR[name](r), sub: name }; }

const WORDS = ['correct', 'horse', 'battery', 'staple', 'lantern', 'orbit', 'meadow', 'copper', 'tulip', 'glacier', 'walrus', 'paprika', 'quartz', 'harbor', 'velvet', 'cactus', 'nimbus', 'saffron', 'otter', 'juniper', 'blizzard', 'mango', 'falcon', 'rhubarb', 'sonata', 'pebble', 'zebra', 'violet', 'kestrel', 'tundra', 'Sonnenblume', 'mariposa', 'papillon', 'sakura', 'tortuga', 'gelato'];
export function password(r) {
  const style = r.int(0, 6);
  if (style === 0) return { value: `${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(WORDS)}`, sub: 'passphrase' };
  if (style === 1) return { value: `${r.pick(WORDS)}-${r.pick(WORDS)}-${r.pick(WORDS)}${r.digits(2)}`, sub: 'dashed_words' };
  if (style === 2) return { value: `${r.pick(['Tr0ub4', 'Qw3rty', 'Passw0', 'Summer', 'Winter', 'Hunter'])}${r.pick(['!', '#', '$', '@'])}${r.digits(2)}`, sub: 'short' };
  if (style === 3) return { value: r.str(r.int(14, 24), ALNUM + '!#$%&*+-=?@^_~'), sub: 'generated' };
  if (style === 4) return { value: `${r.pick(['P@ss', 'S3cur3', 'Adm!n', 'L0gin'])}${r.str(4, '!#$%&*@^')}${r.digits(3)}`, sub: 'symbols' };
  if (style === 5) return { value: `${r.pick(WORDS)} ${r.pick(WORDS)} ${r.digits(4)}!`, sub: 'passphrase' };
  return { value: `${r.pick(['ilove', 'mon', 'mein', 'mi'])}${r.pick(WORDS)}${r.digits(4)}`, sub: 'personal_style' };
}

// ---------- people ----------
export const NAMES = [
  ['Latin', 'Maximilian Brandt'], ['Latin', 'Chloé Dubois-Martin'], ['Latin', 'Sebastián Ortega Ruiz'], ['Latin', 'Aoife Ní Bhriain'], ['Latin', 'Małgorzata Wiśniewska'],
  ['Latin', 'João Pedro Albuquerque'], ['Latin', 'Emeka Okonkwo'], ['Latin', 'Nguyễn Thị Thu Hà'], ['Latin', 'Björn Lindqvist'], ['Latin', 'Priya Raghunathan'],
  ['Latin', 'Kwame Asante-Mensah'], ['Latin', 'Zeynep Yıldırım'], ['Latin', 'Oliver Whitcombe'], ['Latin', 'Giulia Ferraresi'], ['Latin', 'Tomasz Zieliński'],
  ['Cyrillic', 'Анастасия Кузнецова'], ['Cyrillic', 'Дмитрий Волков'], ['Cyrillic', 'Олена Шевченко'], ['Greek', 'Νικόλαος Παπαδόπουλος'], ['Greek', 'Ελένη Καραγιάννη'],
  ['Arabic', 'محمد العتيبي'], ['Arabic', 'فاطمة الزهراء بنعلي'], ['Hebrew', 'נועה לוי'], ['Hebrew', 'יונתן כהן'], ['Devanagari', 'अनन्या शर्मा'], ['Devanagari', 'राहुल वर्मा'],
  ['Han', '王秀英'], ['Han', '陈志强'], ['Japanese', '佐藤 美咲'], ['Japanese', 'たなか ゆうき'], ['Hangul', '김민준'], ['Hangul', '이서연'], ['Thai', 'สมชาย ใจดี'], ['Georgian', 'ნინო ბერიძე'],
];
const LATIN_HANDLES = ['mbrandt', 'chloe.dubois', 'sortega', 'aoife.nb', 'mwisniewska', 'jp.albuquerque', 'emeka.o', 'thuha.nguyen', 'bjorn.l', 'priya.r', 'kasante', 'zyildirim', 'owhitcombe', 'gferraresi', 'tzielinski', 'anastasia.k', 'dvolkov', 'olena.sh', 'npapadopoulos', 'ekaragianni', 'm.alotaibi', 'fz.benali', 'noa.levi', 'ycohen', 'ananya.sharma', 'rverma', 'wang.xiuying', 'chen.zq', 'misaki.sato', 'yuki.tanaka', 'minjun.kim', 'seoyeon.lee', 'somchai.j', 'nino.beridze'];
export function person(r) {
  const i = Math.floor(r.next() * NAMES.length);
  const handle = LATIN_HANDLES[i];
  const domain = r.pick(['gmail.com', 'outlook.com', 'yahoo.co.jp', 'gmx.de', 'mail.ru', 'proton.me', 'icloud.com', 'naver.com', 'qq.com', 'orange.fr', 'acme-retail.com', 'globex.io', 'initech.co.uk', 'umbrella-health.de', 'hooli.in']);
  return { name: NAMES[i][1], script: NAMES[i][0], handle, email: `${handle}${r.chance(0.4) ? r.int(1, 99) : ''}@${domain}` };
}
export function phone(r) {
  const f = r.int(0, 9);
  const v = [
    () => ({ value: `+1 (${r.int(201, 989)}) ${r.int(200, 999)}-${r.digits(4)}`, sub: 'us' }),
    () => ({ value: `+44 7${r.digits(3)} ${r.digits(6)}`, sub: 'gb' }),
    () => ({ value: `+49 1${r.pick(['51', '60', '70', '76'])} ${r.digits(8)}`, sub: 'de' }),
    () => ({ value: `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, sub: 'fr' }),
    () => ({ value: `+81 90-${r.digits(4)}-${r.digits(4)}`, sub: 'jp' }),
    () => ({ value: `+91 ${r.int(70, 99)}${r.digits(3)} ${r.digits(5)}`, sub: 'in' }),
    () => ({ value: `+55 11 9${r.digits(4)}-${r.digits(4)}`, sub: 'br' }),
    () => ({ value: `+8210${r.digits(8)}`, sub: 'kr_e164' }),
    () => ({ value: `+97150${r.digits(7)}`, sub: 'ae_e164' }),
    () => ({ value: `+234 80${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, sub: 'ng' }),
  ][f];
  return v();
}
export function publicIp(r) {
  for (;;) {
    const a = r.int(23, 223);
    if ([10, 100, 127, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}
export function ipv6(r) { return `${r.pick(['2a02:810d', '2600:1700', '2001:16b8', '2406:da14', '2804:14c'])}:${r.hex(4)}:${r.hex(4)}::${r.hex(3)}${r.int(1, 9)}`; }
export const ADDRESSES = [
  'Calle de Alcalá 48, 4º B, 28014 Madrid', '221B Baker Street, London NW1 6XE', 'Torstraße 112, 10119 Berlin', '17 rue des Martyrs, 75009 Paris', 'Rua Augusta 1520, apto 82, São Paulo - SP, 01304-001',
  '東京都千代田区丸の内1-9-2 グラントウキョウ 12F', 'ул. Тверская, д. 7, кв. 41, Москва, 125009', 'Via Roma 22, 20121 Milano MI', 'ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa', '4521 Oak Hollow Dr, Austin, TX 78745',
  '88 Queen St W, Unit 1704, Toronto, ON M5H 2M5', '서울특별시 강남구 테헤란로 152, 1203호', 'Keizersgracht 455-II, 1017 DK Amsterdam', 'Sveavägen 44, 111 34 Stockholm', '12 Marine Parade, Bondi NSW 2026',
  'Flat 3, 9 Jalan Bukit Bintang, 55100 Kuala Lumpur', 'Av. Providencia 1208, Depto 502, Providencia, Santiago', '4 Nelson Mandela Sq, Sandton, Johannesburg 2196', 'Bahnhofstrasse 25, 8001 Zürich', 'Hauptplatz 3, 8010 Graz',
  '1600 Fillmore St Apt 3C, San Francisco, CA 94115', '上海市浦东新区世纪大道100号 2305室', 'Shop 14, Linking Road, Bandra West, Mumbai 400050', 'Çırağan Cd. No:32, 34349 Beşiktaş/İstanbul', 'Karl Johans gate 31, 0159 Oslo',
];
export function latlng(r, c = r.pick(CITY_COORDS)) {
  const fix = (x) => { for (let d = 5; ; d++) { const s = x.toFixed(d); if (!s.endsWith('0')) return s; } };
  return [fix(c[0] + (r.next() - 0.5) * 0.08), fix(c[1] + (r.next() - 0.5) * 0.08)];
}
const CITY_COORDS = [[52.52, 13.405], [48.8566, 2.3522], [40.4168, -3.7038], [35.6762, 139.6503], [-23.5505, -46.6333], [19.076, 72.8777], [37.5665, 126.978], [-33.8688, 151.2093], [43.6532, -79.3832], [30.2672, -97.7431], [55.7558, 37.6173], [25.2048, 55.2708]];
export function dob(r) {
  const y = r.int(1948, 2006); const m = r.int(1, 12); const d = r.int(1, 28);
  const f = r.int(0, 3);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return [`${y}-${pad(m)}-${pad(d)}`, `${pad(d)}/${pad(m)}/${y}`, `${pad(d)}.${pad(m)}.${y}`, `${months[m - 1]} ${d}, ${y}`][f];
}
export const TENANTS = ['acme-retail', 'globex', 'initech', 'umbrella-health', 'hooli', 'stark-ind', 'wayne-fin', 'soylent', 'tyrell', 'cyberdyne', 'nakatomi', 'oceanic-air', 'duff-bev', 'monarch-bank', 'pied-piper'];
export const CITIES = ['Frankfurt', 'Dublin', 'Singapore', 'São Paulo', 'Tokyo', 'Sydney', 'Virginia', 'Oregon', 'Mumbai', 'Stockholm', 'Toronto', 'Seoul'];
export const REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1', 'ca-central-1', 'ap-south-1'];
export function homeUser(r) { return r.pick(['mkowalski', 'jsmith-dev', 'priyanka', 'hiroshi.t', 'svetlana', 'carlos.mdz', 'deploybot-ana', 'lucas.becker', 'ahmed.k', 'fatima-z']); }
export function ver(r) { return `${r.int(1, 22)}.${r.int(0, 30)}.${r.int(0, 40)}`; }
export function sha(r, n = 40) { return r.hex(n); }
