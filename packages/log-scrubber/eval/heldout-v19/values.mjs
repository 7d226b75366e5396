// heldout-v19 value factories: seeded PRNG, checksummed identifiers, vendor-shaped secrets, names in many scripts.
// Written from general knowledge of the formats; nothing here is derived from the scrubber.

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

const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const ALNUM = UP + LO + DIG;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';

/** A planted record: labels (`s`) and keeps (`k`) are registered where they are written. */
export class Rec {
  constructor() { this.sensitive = []; this.keep = []; this.maps = undefined; }
  s(value, kind, sub) { this.sensitive.push({ value: String(value), kind, sub }); return value; }
  k(value) { this.keep.push(String(value)); return value; }
  /** keep a setting/metric under its key, written as the JSON fragment the serialised record contains */
  kf(key, value) { this.keep.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`); return value; }
}

// ---------- checksums ----------
export function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export function mod97(numStr) {
  let r = 0;
  for (const ch of numStr) r = (r * 10 + Number(ch)) % 97;
  return r;
}
const ibanNum = (s) => [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
// country, total length, BBAN pattern (a = letter, n = digit, c = alnum upper)
export const IBAN_SPECS = {
  DE: [22, 'nnnnnnnnnnnnnnnnnn'], GB: [22, 'aaaannnnnnnnnnnnnn'], FR: [27, 'nnnnnnnnnnnnnnnnnnnnnnn'],
  ES: [24, 'nnnnnnnnnnnnnnnnnnnn'], IT: [27, 'annnnnnnnnnnnnnnnnnnnnn'], NL: [18, 'aaaannnnnnnnnn'],
  BE: [16, 'nnnnnnnnnnnn'], CH: [21, 'nnnnnnnnnnnnnnnnn'], AT: [20, 'nnnnnnnnnnnnnnnn'],
  PL: [28, 'nnnnnnnnnnnnnnnnnnnnnnnn'], SE: [24, 'nnnnnnnnnnnnnnnnnnnn'], NO: [15, 'nnnnnnnnnnn'],
  DK: [18, 'nnnnnnnnnnnnnn'], FI: [18, 'nnnnnnnnnnnnnn'], IE: [22, 'aaaannnnnnnnnnnnnn'], PT: [25, 'nnnnnnnnnnnnnnnnnnnnn'],
};

// ---------- names (10 scripts) ----------
export const NAMES = {
  en: [['Emily', 'Hartley'], ['Marcus', 'Whitfield'], ['Olivia', 'Brennan'], ['Nathaniel', 'Okafor'], ['Grace', 'Lindqvist'], ['Declan', 'Murphy']],
  de: [['Jürgen', 'Schröder'], ['Käthe', 'Weißmann'], ['Lukas', 'Brandtner'], ['Sophie', 'Achterberg']],
  es: [['María José', 'González Ruiz'], ['Alejandro', 'Fernández'], ['Lucía', 'Ortega Salvador'], ['Iñaki', 'Etxeberria']],
  fr: [['Amélie', 'Lefèvre'], ['Théo', 'Desrosiers'], ['Élodie', 'Marchand'], ['François', 'Quénet']],
  pl: [['Małgorzata', 'Wiśniewska'], ['Wojciech', 'Zieliński'], ['Zofia', 'Grabowska']],
  tr: [['Ayşe', 'Yılmaz'], ['Mehmet', 'Öztürk'], ['Elif', 'Çelikkaya']],
  pt: [['João', 'Carvalho Sousa'], ['Beatriz', 'Nogueira'], ['Thiago', 'Albuquerque']],
  vi: [['Nguyễn Thị', 'Mai Anh'], ['Trần Văn', 'Hùng']],
  ru: [['Дмитрий', 'Иванов'], ['Анна', 'Смирнова'], ['Сергей', 'Кузнецов'], ['Ольга', 'Попова']],
  uk: [['Олена', 'Шевченко'], ['Тарас', 'Бондаренко']],
  el: [['Γιώργος', 'Παπαδόπουλος'], ['Ελένη', 'Κωνσταντίνου']],
  ar: [['محمد', 'العتيبي'], ['فاطمة', 'الزهراني'], ['أحمد', 'منصور']],
  he: [['יוסי', 'כהן'], ['נועה', 'לוי'], ['דוד', 'מזרחי']],
  hi: [['राहुल', 'शर्मा'], ['प्रिया', 'वर्मा'], ['अमित', 'पटेल']],
  zh: [['伟', '王'], ['娜', '李'], ['敏', '张'], ['洋', '刘']],
  ja: [['花子', '佐藤'], ['太郎', '田中'], ['ユキ', '山本']],
  ko: [['민준', '김'], ['서연', '이'], ['지훈', '박']],
  th: [['สมชาย', 'ใจดี'], ['สุดา', 'แสงทอง']],
};
const FAMILY_FIRST = new Set(['zh', 'ja', 'ko']);
const LATIN_USER = { en: 1, de: 1, es: 1, fr: 1, pl: 1, tr: 1, pt: 1, vi: 1 };
const TRANSLIT = {
  ru: ['d.ivanov', 'anna.smirnova', 's.kuznetsov', 'olga.popova'], uk: ['olena.shevchenko', 'taras.bondarenko'], el: ['g.papadopoulos', 'eleni.konstantinou'],
  ar: ['m.alotaibi', 'fatima.alzahrani', 'ahmed.mansour'], he: ['yossi.cohen', 'noa.levi', 'david.mizrahi'], hi: ['rahul.sharma', 'priya.verma', 'amit.patel'],
  zh: ['wang.wei', 'li.na', 'zhang.min', 'liu.yang'], ja: ['hanako.sato', 'taro.tanaka', 'yuki.yamamoto'], ko: ['minjun.kim', 'seoyeon.lee', 'jihoon.park'], th: ['somchai.j', 'suda.s'],
};
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();

const CITIES = ['Berlin', 'Lisbon', 'Osaka', 'Toronto', 'Kraków', 'Lyon', 'Valencia', 'Istanbul', 'Seoul', 'Melbourne', 'São Paulo', 'Rotterdam', 'Helsinki', 'Bengaluru', 'Denver', 'Dublin'];
const STREETS = {
  de: (g) => `${g.pick(['Hauptstraße', 'Lindenallee', 'Schillerstraße', 'Am Mühlbach'])} ${g.int(1, 180)}${g.pick(['', 'a', 'b'])}, ${g.digits(5)} ${g.pick(['Berlin', 'Köln', 'Leipzig', 'Bremen'])}`,
  uk: (g) => `${g.int(1, 240)} ${g.pick(['Acacia Avenue', 'Kingsley Road', 'Marlowe Close', 'St Anne\'s Terrace'])}, ${g.pick(['Leeds', 'Bristol', 'Norwich'])} ${g.pick(UP.split(''))}${g.pick(UP.split(''))}${g.int(1, 20)} ${g.int(1, 9)}${g.pick(['AB', 'XD', 'HP', 'JT'])}`,
  us: (g) => `${g.int(100, 9899)} ${g.pick(['Maple Ridge Dr', 'W 43rd St', 'Lakeview Blvd', 'Orchard Lane'])}${g.pick(['', ' Apt ' + g.int(2, 40)])}, ${g.pick(['Boise, ID 83702', 'Tulsa, OK 74103', 'Madison, WI 53703', 'Fresno, CA 93721'])}`,
  fr: (g) => `${g.int(1, 120)} ${g.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse du Moulin'])}, ${g.digits(5)} ${g.pick(['Lyon', 'Nantes', 'Lille'])}`,
  es: (g) => `${g.pick(['Calle de Alcalá', 'Avinguda Diagonal', 'Calle Mayor'])} ${g.int(1, 300)}, ${g.int(1, 8)}º ${g.pick(['A', 'B', 'izq.'])}, ${g.digits(5)} ${g.pick(['Madrid', 'Sevilla', 'Zaragoza'])}`,
  jp: (g) => `${g.pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '福岡県福岡市中央区天神'])}${g.int(1, 5)}-${g.int(1, 30)}-${g.int(1, 20)}`,
  br: (g) => `${g.pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Flores'])}, ${g.int(10, 2000)} - ${g.pick(['Bela Vista', 'Centro', 'Pinheiros'])}, ${g.pick(['São Paulo - SP', 'Curitiba - PR'])}, ${g.digits(5)}-${g.digits(3)}`,
  pl: (g) => `ul. ${g.pick(['Marszałkowska', 'Długa', 'Piotrkowska'])} ${g.int(1, 150)}/${g.int(1, 40)}, ${g.digits(2)}-${g.digits(3)} ${g.pick(['Warszawa', 'Łódź', 'Gdańsk'])}`,
  ru: (g) => `ул. ${g.pick(['Ленина', 'Садовая', 'Пушкина'])}, д. ${g.int(1, 90)}, кв. ${g.int(1, 200)}, ${g.pick(['Казань', 'Самара', 'Пермь'])}`,
};

export class Gen {
  constructor(seed) { this.r = mulberry32(seed); }
  f() { return this.r(); }
  int(a, b) { return a + Math.floor(this.r() * (b - a + 1)); }
  pick(arr) { return arr[Math.floor(this.r() * arr.length)]; }
  chance(p) { return this.r() < p; }
  str(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(this.r() * alpha.length)]; return s; }
  digits(n) { return this.str(DIG, n); }
  hex(n) { return this.str(HEX, n); }
  alnum(n) { return this.str(ALNUM, n); }
  lower(n) { return this.str(LO + DIG, n); }
  b64(n) { return this.str(B64, n); }
  b64url(n) { return this.str(B64URL, n); }
  upper(n) { return this.str(UP + DIG, n); }

  // ----- keeps / business values -----
  uuid() { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; }
  sha() { return this.hex(40); }
  semver() { return `${this.int(0, 14)}.${this.int(0, 40)}.${this.int(0, 30)}`; }
  ts() { return `2026-${String(this.int(1, 11)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}T${String(this.int(0, 23)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')}.${this.digits(3)}Z`; }
  order() { return `ORD-${this.int(2024, 2026)}-${this.digits(6)}`; }
  invoice() { return `INV-${this.upper(2)}${this.digits(7)}`; }
  ticket() { return this.pick(['ZD-', 'SUP-', 'HELP-', 'INC-']) + this.int(10000, 999999); }
  reqId() { return `req_${this.lower(20)}`; }
  city() { return this.pick(CITIES); }
  flag() { return this.pick(['checkout_v2_enabled', 'new_onboarding_flow', 'darkmode_beta', 'sso_enforced', 'offline_sync', 'rate_limit_v3', 'pdf_export_async', 'smart_retry']); }
  product() { return this.pick(['Parapet Cloud', 'Acme Ledger Pro', 'TrailBlazer Fleet', 'Northwind Classroom', 'MediSlot Booking', 'QuestForge Online']); }
  errCode() { return this.pick(['ECONNRESET', 'ETIMEDOUT', 'ERR_OSSL_EVP_UNSUPPORTED', 'ENOTFOUND', 'E11000', 'ER_LOCK_DEADLOCK', 'SQLSTATE 40001', 'ERR_INVALID_ARG_TYPE', 'UNAVAILABLE', 'DEADLINE_EXCEEDED']); }
  pubHost() { return this.pick(['api.stripe.com', 'registry.npmjs.org', 'api.github.com', 'sqs.eu-west-1.amazonaws.com', 'hooks.slack.com', 'fcm.googleapis.com', 'api.twilio.com', 'login.microsoftonline.com', 'cdn.jsdelivr.net', 'pypi.org']); }
  status() { return this.pick([200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504]); }

  // ----- people -----
  person(lang) {
    const l = lang ?? this.pick(Object.keys(NAMES));
    const i = this.int(0, NAMES[l].length - 1);
    const [first, last] = NAMES[l][i];
    const full = FAMILY_FIRST.has(l) ? (l === 'ja' ? `${last} ${first}` : `${last}${first}`) : `${first} ${last}`;
    const user = LATIN_USER[l] ? `${ascii(first).slice(0, 12)}.${ascii(last).slice(0, 14)}` : TRANSLIT[l][i];
    return { lang: l, first, last, full, user };
  }
  email(p) {
    const local = p ? this.pick([p.user, p.user.replace('.', ''), `${p.user.split('.')[0]}${this.int(7, 99)}`]) : `${this.pick(['kat', 'jbloggs', 'mo.ali', 'sunny', 'd.kim'])}${this.int(10, 999)}`;
    return `${local}@${this.pick(['gmail.com', 'outlook.com', 'yahoo.co.jp', 'web.de', 'proton.me', 'naver.com', 'icloud.com', 'uol.com.br', 'mail.ru', 'acme-corp.io', 'school.edu.pl'])}`;
  }
  phone() {
    const c = this.pick(['us', 'de', 'uk', 'fr', 'es', 'br', 'in', 'jp', 'cn', 'pl', 'tr', 'ru', 'kr', 'au', 'e164']);
    const d = (n) => this.digits(n);
    const v = {
      us: () => this.pick([`+1 (${this.int(201, 989)}) ${this.int(201, 989)}-${d(4)}`, `${this.int(201, 989)}-${this.int(201, 989)}-${d(4)}`]),
      de: () => this.pick([`+49 17${this.int(0, 9)} ${d(7)}`, `0151 ${d(4)} ${d(4)}`]),
      uk: () => this.pick([`+44 7${d(3)} ${d(6)}`, `07${d(3)} ${d(6)}`]),
      fr: () => `+33 ${this.pick(['6', '7'])} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      es: () => `+34 6${d(2)} ${d(3)} ${d(3)}`,
      br: () => `+55 ${this.int(11, 99)} 9${d(4)}-${d(4)}`,
      in: () => `+91 9${d(4)} ${d(5)}`,
      jp: () => `0${this.pick(['90', '80', '70'])}-${d(4)}-${d(4)}`,
      cn: () => `+86 13${d(1)} ${d(4)} ${d(4)}`,
      pl: () => `+48 5${d(2)} ${d(3)} ${d(3)}`,
      tr: () => `+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}`,
      ru: () => `+7 9${d(2)} ${d(3)}-${d(2)}-${d(2)}`,
      kr: () => `010-${d(4)}-${d(4)}`,
      au: () => `+61 4${d(2)} ${d(3)} ${d(3)}`,
      e164: () => `+${this.pick(['4917', '4477', '3361', '3462', '5511', '8190'])}${d(8)}`,
    };
    return v[c]();
  }
  ipv4() { return `${this.pick([24, 31, 37, 46, 62, 73, 77, 81, 84, 91, 95, 109, 141, 151, 176, 178, 185, 188, 193, 213, 217])}.${this.int(1, 254)}.${this.int(0, 254)}.${this.int(1, 254)}`; }
  ipv6() { return `${this.pick(['2a02', '2001', '2600', '2a01', '2804'])}:${this.hex(4).replace(/^0+/, '') || '1'}:${this.hex(4).replace(/^0+/, '') || 'a'}:${this.hex(3)}1::${this.hex(3)}f`; }
  dob() {
    const y = this.int(1941, 2009); const m = this.int(1, 12); const dd = this.int(1, 28);
    const p = (n) => String(n).padStart(2, '0');
    return this.pick([`${y}-${p(m)}-${p(dd)}`, `${p(dd)}/${p(m)}/${y}`, `${p(m)}/${p(dd)}/${y}`, `${p(dd)}.${p(m)}.${y}`,
      `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${dd}, ${y}`]);
  }
  geo() {
    const c = this.pick([[52.52, 13.40], [40.41, -3.70], [35.68, 139.69], [-23.55, -46.63], [51.50, -0.12], [28.61, 77.20], [-33.86, 151.20], [45.50, -73.56], [59.33, 18.06]]);
    const mk = (base) => { let n; do { n = Number((base + (this.f() - 0.5) * 0.2).toFixed(6)); } while (String(n).split('.')[1]?.length !== 6); return n; };
    return [mk(c[0]), mk(c[1])];
  }
  address() { return STREETS[this.pick(Object.keys(STREETS))](this); }
  homeUser(p) { return p ? p.user : this.pick(['jdoe', 'mkowalski', 'akira.t', 'lfernandes', 'sofia.r', 'bkeller', 'n.haddad']); }

  // ----- checksummed ids -----
  card() {
    const t = this.pick(['visa', 'mc', 'mc2', 'amex', 'disc', 'jcb']);
    const pre = { visa: '4' + this.digits(5), mc: `5${this.int(1, 5)}${this.digits(4)}`, mc2: `2${this.int(221, 720)}${this.digits(2)}`, amex: this.pick(['34', '37']) + this.digits(4), disc: '6011' + this.digits(2), jcb: `35${this.int(28, 89)}${this.digits(2)}` }[t];
    const len = t === 'amex' ? 15 : 16;
    const body = pre + this.digits(len - 1 - pre.length);
    const n = body + luhnDigit(body);
    const fmt = this.int(0, 2);
    if (fmt === 0) return { sub: t === 'mc2' ? 'mc' : t, value: n };
    const sep = fmt === 1 ? ' ' : '-';
    const v = t === 'amex' ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}` : n.match(/.{4}/g).join(sep);
    return { sub: t === 'mc2' ? 'mc' : t, value: v };
  }
  iban() {
    const cc = this.pick(Object.keys(IBAN_SPECS));
    const [len, pat] = IBAN_SPECS[cc];
    const bban = [...pat].map((p) => (p === 'a' ? this.str(UP, 1) : this.str(DIG, 1))).join('');
    if (bban.length + 4 !== len) throw new Error(`iban spec ${cc}`);
    const chk = String(98 - mod97(ibanNum(bban + cc + '00'))).padStart(2, '0');
    const iban = cc + chk + bban;
    return { sub: cc.toLowerCase(), value: this.chance(0.5) ? iban : iban.match(/.{1,4}/g).join(' ') };
  }
  nationalId() {
    const t = this.pick(['nl_bsn', 'se_pnr', 'fi_hetu', 'es_dni', 'br_cpf', 'pl_pesel', 'fr_nir', 'cn_ric', 'us_ssn']);
    const d = (n) => this.digits(n);
    const p2 = (n) => String(n).padStart(2, '0');
    switch (t) {
      case 'nl_bsn': for (;;) { const b = String(this.int(1, 9)) + d(7); let s = 0; for (let i = 0; i < 8; i++) s += Number(b[i]) * (9 - i); const c = s % 11; if (c < 10) return { sub: t, value: b + c }; }
      case 'se_pnr': { const b = `${p2(this.int(50, 99))}${p2(this.int(1, 12))}${p2(this.int(1, 28))}${d(3)}`; return { sub: t, value: `${b.slice(0, 6)}-${b.slice(6)}${luhnDigit(b)}` }; }
      case 'fi_hetu': { const dd = p2(this.int(1, 28)); const mm = p2(this.int(1, 12)); const yy = p2(this.int(50, 99)); const n = String(this.int(2, 899)).padStart(3, '0'); return { sub: t, value: `${dd}${mm}${yy}-${n}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(dd + mm + yy + n) % 31]}` }; }
      case 'es_dni': { const n = d(8); return { sub: t, value: n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23] }; }
      case 'br_cpf': { const b = d(9).split('').map(Number); const c1 = cpfDigit(b); const c2 = cpfDigit([...b, c1]); const s = b.join('') + c1 + c2; return { sub: t, value: `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` }; }
      case 'pl_pesel': { const b = `${p2(this.int(50, 99))}${p2(this.int(1, 12))}${p2(this.int(1, 28))}${d(4)}`; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; let s = 0; for (let i = 0; i < 10; i++) s += Number(b[i]) * w[i]; return { sub: t, value: b + ((10 - (s % 10)) % 10) }; }
      case 'fr_nir': { const b = `${this.int(1, 2)}${p2(this.int(50, 99))}${p2(this.int(1, 12))}${p2(this.int(1, 95))}${String(this.int(1, 990)).padStart(3, '0')}${String(this.int(1, 999)).padStart(3, '0')}`; const key = 97 - Number(BigInt(b) % 97n); return { sub: t, value: `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10)} ${p2(key)}` }; }
      case 'cn_ric': { const b = `${this.pick(['110101', '310104', '440305', '510107'])}${this.int(1950, 2005)}${p2(this.int(1, 12))}${p2(this.int(1, 28))}${d(3)}`; const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 17; i++) s += Number(b[i]) * w[i]; return { sub: t, value: b + '10X98765432'[s % 11] }; }
      default: { const a = this.int(1, 899); return { sub: t, value: `${String(a === 666 ? 667 : a).padStart(3, '0')}-${p2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}` }; }
    }
  }

  // ----- secrets -----
  password() {
    const style = this.pick(['phrase', 'short', 'symbols', 'random', 'word_num', 'phrase']);
    const words = ['correct', 'horse', 'battery', 'staple', 'purple', 'monkey', 'dishwasher', 'lantern', 'velvet', 'harbor', 'marmalade', 'cactus', 'thunder', 'biscuit', 'orbital', 'saffron', 'glacier', 'pickle'];
    switch (style) {
      case 'phrase': return { sub: 'passphrase', value: Array.from({ length: this.int(3, 5) }, () => this.pick(words)).join(' ') + (this.chance(0.5) ? ` ${this.int(10, 99)}` : '') };
      case 'short': return { sub: 'short', value: `${this.pick(['Tr0ub', 'Qw3r', 'Mx9!', 'z@Pk'])}${this.str('!#$%&*', 1)}${this.digits(2)}` };
      case 'symbols': return { sub: 'symbols', value: `${this.str(UP, 1)}${this.str(LO, 3)}$${this.str('@#%^&*!?', 2)}${this.digits(4)}~${this.str(LO, 2)}` };
      case 'word_num': return { sub: 'word_num', value: `${this.pick(['Summer', 'Winter', 'Welcome', 'Spring', 'Autumn'])}${this.int(2019, 2026)}${this.pick(['!', '#', '?', '$'])}` };
      default: return { sub: 'random', value: this.str(ALNUM + '!@#%^*_-+=', this.int(14, 24)) };
    }
  }
  dbPass() { return this.alnum(this.int(14, 26)); }
  jwt(claims) {
    const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${enc({ alg: this.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' })}.${enc({ sub: this.uuid(), iat: 1790000000 + this.int(0, 9999999), exp: 1800000000 + this.int(0, 9999999), ...claims })}.${this.b64url(43)}`;
  }
  token() {
    const t = this.pick(['github_pat', 'github_fine', 'github_oauth', 'gitlab_pat', 'slack_bot', 'slack_user', 'npm', 'pypi', 'dockerhub', 'jwt', 'bearer_opaque', 'hf']);
    const v = {
      github_pat: () => 'ghp_' + this.alnum(36), github_fine: () => `github_pat_11${this.upper(20)}_${this.alnum(59)}`, github_oauth: () => 'gho_' + this.alnum(36),
      gitlab_pat: () => 'glpat-' + this.b64url(20), slack_bot: () => `xoxb-${this.digits(12)}-${this.digits(13)}-${this.alnum(24)}`,
      slack_user: () => `xoxp-${this.digits(12)}-${this.digits(12)}-${this.digits(13)}-${this.hex(32)}`, npm: () => 'npm_' + this.alnum(36),
      pypi: () => 'pypi-AgEIcHlwaS5vcmc' + this.b64url(this.int(60, 120)), dockerhub: () => 'dckr_pat_' + this.b64url(27),
      jwt: () => this.jwt({ scope: 'read write' }), bearer_opaque: () => this.b64url(this.int(32, 48)), hf: () => 'hf_' + this.str(UP + LO, 34),
    };
    return { sub: t, value: v[t]() };
  }
  apiKey() {
    const t = this.pick(['stripe_sk', 'stripe_rk', 'openai', 'anthropic', 'aws_akid', 'gcp', 'sendgrid', 'twilio_sk', 'datadog', 'shopify', 'mailgun', 'azure_apim']);
    const v = {
      stripe_sk: () => 'sk_live_' + this.alnum(this.int(24, 99)), stripe_rk: () => 'rk_live_' + this.alnum(this.int(24, 99)),
      openai: () => `sk-proj-${this.b64url(64)}T3BlbkFJ${this.b64url(64)}`, anthropic: () => `sk-ant-api03-${this.b64url(93)}AA`,
      aws_akid: () => this.pick(['AKIA', 'ASIA']) + this.str(UP + '234567', 16), gcp: () => 'AIza' + this.b64url(35),
      sendgrid: () => `SG.${this.b64url(22)}.${this.b64url(43)}`, twilio_sk: () => 'SK' + this.hex(32), datadog: () => this.hex(32),
      shopify: () => 'shpat_' + this.hex(32), mailgun: () => 'key-' + this.hex(32), azure_apim: () => this.hex(32),
    };
    return { sub: t, value: v[t]() };
  }
  otherSecret() {
    const t = this.pick(['aws_secret', 'stripe_whsec', 'oauth_client_secret', 'hmac_key', 'azure_storage_key', 'totp_seed', 'recovery_code', 'twilio_auth', 'encryption_key', 'slack_webhook_path']);
    const v = {
      aws_secret: () => this.b64(40).replace(/\+/g, 'X'), stripe_whsec: () => 'whsec_' + this.alnum(32), oauth_client_secret: () => this.b64url(40),
      hmac_key: () => this.hex(64), azure_storage_key: () => this.b64(86) + '==', totp_seed: () => this.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32),
      recovery_code: () => `${this.lower(5)}-${this.lower(5)}`, twilio_auth: () => this.hex(32), encryption_key: () => `base64:${this.b64(43)}=`,
      slack_webhook_path: () => `T${this.upper(10)}/B${this.upper(10)}/${this.alnum(24)}`,
    };
    return { sub: t, value: v[t]() };
  }
  pem() {
    const t = this.pick(['rsa', 'ec', 'pkcs8', 'openssh', 'pgp']);
    const body = (start, n) => { const raw = start + this.b64(n * 64 - start.length + this.int(0, 30)); return raw.match(/.{1,64}/g).join('\n'); };
    switch (t) {
      case 'rsa': return { sub: t, value: `-----BEGIN RSA PRIVATE KEY-----\n${body('MIIEpAIBAAKCAQEA', this.int(5, 9))}\n-----END RSA PRIVATE KEY-----` };
      case 'ec': return { sub: t, value: `-----BEGIN EC PRIVATE KEY-----\n${body('MHcCAQEEI', 2)}\n-----END EC PRIVATE KEY-----` };
      case 'pkcs8': return { sub: t, value: `-----BEGIN PRIVATE KEY-----\n${body('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', this.int(4, 8))}\n-----END PRIVATE KEY-----` };
      case 'openssh': return { sub: t, value: `-----BEGIN OPENSSH PRIVATE KEY-----\n${body('b3BlbnNzaC1rZXktdjEAAAAA', this.int(4, 6))}\n-----END OPENSSH PRIVATE KEY-----` };
      default: return { sub: t, value: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body('lQdGBGV', this.int(4, 7))}\n=${this.b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----` };
    }
  }
}

function cpfDigit(ds) { let s = 0; for (let i = 0; i < ds.length; i++) s += ds[i] * (ds.length + 1 - i); const r = (s * 10) % 11; return r === 10 ? 0 : r; }

const SCRIPT = { en: 'latin', de: 'latin', es: 'latin', fr: 'latin', pl: 'latin', tr: 'latin', pt: 'latin', vi: 'latin', ru: 'cyrillic', uk: 'cyrillic', el: 'greek', ar: 'arabic', he: 'hebrew', hi: 'devanagari', zh: 'han', ja: 'japanese', ko: 'hangul', th: 'thai' };

/** Shortcuts that generate a value and register it on the record in one step. */
export function planter(g, r) {
  const reg = (kind) => (o) => r.s(o.value, kind, o.sub);
  return {
    name(lang, sub) { const p = g.person(lang); r.s(p.full, 'person_name', sub ?? SCRIPT[p.lang]); return p; },
    first(lang) { const p = g.person(lang); r.s(p.first, 'person_name', 'first_' + SCRIPT[p.lang]); return p; },
    email(p, sub = 'plain') { return r.s(g.email(p), 'email', sub); },
    phone(sub = 'intl') { return r.s(g.phone(), 'phone', sub); },
    ip(sub = 'v4') { return r.s(sub === 'v6' ? g.ipv6() : g.ipv4(), 'ip', sub); },
    ipDashed() { const ip = g.ipv4(); return r.s(ip.replace(/\./g, '-'), 'ip', 'hostname'); },
    card() { return reg('card')(g.card()); },
    iban() { return reg('iban')(g.iban()); },
    nid() { return reg('national_id')(g.nationalId()); },
    addr(sub = 'postal') { return r.s(g.address(), 'address', sub); },
    dob(sub = 'date') { return r.s(g.dob(), 'dob', sub); },
    geo(sub = 'latlng') { const [a, b] = g.geo(); r.s(String(a), 'geo', sub); r.s(String(b), 'geo', sub); return [a, b]; },
    home(p, sub = 'linux') { return r.s(g.homeUser(p), 'home_path', sub); },
    pw(sub) { const o = g.password(); return r.s(o.value, 'password', sub ?? o.sub); },
    tok() { return reg('token')(g.token()); },
    jwt(claims, sub = 'jwt') { return r.s(g.jwt(claims), 'token', sub); },
    api() { return reg('api_key')(g.apiKey()); },
    other() { return reg('other_secret')(g.otherSecret()); },
    pem() { return reg('private_key')(g.pem()); },
    db(sub) { return r.s(g.dbPass(), 'connection_string', sub); },
    cookie(value, sub) { return r.s(value, 'cookie', sub); },
  };
}
