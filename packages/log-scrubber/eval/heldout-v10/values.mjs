// Value factories for the heldout-v10 corpus. Everything is drawn from one seeded PRNG so the
// generator reproduces its output byte for byte; check digits are computed, never copied.

export const SEED = 0x5eed_0a10; // 1592593936

/** mulberry32: tiny, fast, good enough for test data (not for crypto). */
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

let rand = mulberry32(SEED);
export function reseed(seed) { rand = mulberry32(seed); }
export const r = () => rand();
export const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
export const pick = (arr) => arr[Math.floor(rand() * arr.length)];
export const chance = (p) => rand() < p;
export function shuffle(arr) {
  const a = [...arr];
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = `${ALNUM}+/`;
const B64URL = `${ALNUM}-_`;
export const fromSet = (set, n) => Array.from({ length: n }, () => set[Math.floor(rand() * set.length)]).join('');
export const alnum = (n) => fromSet(ALNUM, n);
export const lower = (n) => fromSet('abcdefghijklmnopqrstuvwxyz0123456789', n);
export const upperAlnum = (n) => fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n);
export const hex = (n) => fromSet('0123456789abcdef', n);
export const digits = (n) => fromSet('0123456789', n);
export const b64 = (n) => fromSet(B64, n);
export const b64url = (n) => fromSet(B64URL, n);
export const base32 = (n) => fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);
export const b64urlJson = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');

export function uuid() {
  const h = hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
export const ulid = () => fromSet('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 26);
export const traceId = () => hex(32);
export const spanId = () => hex(16);
export const sha = () => hex(40);
export const sha256 = () => hex(64);
export const version = () => `${int(0, 9)}.${int(0, 30)}.${int(0, 20)}`;
export function isoTime(year = 2025) {
  const p = (n, l = 2) => String(n).padStart(l, '0');
  return `${year}-${p(int(1, 12))}-${p(int(1, 28))}T${p(int(0, 23))}:${p(int(0, 59))}:${p(int(0, 59))}.${p(int(0, 999), 3)}Z`;
}
export const epochMs = () => 1735689600000 + int(0, 31_000_000) * 1000 + int(0, 999);
export const durationMs = () => `${int(1, 4000)}ms`;
export function clfTime() {
  const mon = pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  const p = (n) => String(n).padStart(2, '0');
  return `${p(int(1, 28))}/${mon}/2025:${p(int(0, 23))}:${p(int(0, 59))}:${p(int(0, 59))} +0000`;
}

// ---------- people ----------
// Invented combinations of common given names and surnames per language; no real person intended.
const NAMES = {
  en: [['Olivia', 'Hartley'], ['Marcus', 'Whitfield'], ['Chloe', 'Brennan'], ['Daniel', 'Ashworth'], ['Grace', 'Pemberton'], ['Ethan', 'Caldwell'], ['Nora', 'Fitzgerald'], ['Samuel', 'Oakes'], ['Harriet', 'Lindqvist-Moore'], ['Owen', "O'Callaghan"]],
  de: [['Lena', 'Hoffmann'], ['Jonas', 'Bergmann'], ['Miriam', 'Schäfer'], ['Tobias', 'Kühn'], ['Annika', 'Vogel'], ['Felix', 'Dreyer'], ['Katrin', 'Weißenborn']],
  fr: [['Camille', 'Lefèvre'], ['Julien', 'Marchand'], ['Inès', 'Rousseau'], ['Mathis', 'Garnier'], ['Élodie', 'Perrin']],
  es: [['Lucía', 'Ortega'], ['Mateo', 'Navarro'], ['Carmen', 'Ibáñez'], ['Diego', 'Santamaría'], ['Paula', 'Cifuentes']],
  pt: [['Beatriz', 'Carvalho'], ['Rafael', 'Moreira'], ['Joana', 'Figueiredo'], ['Thiago', 'Albuquerque']],
  it: [['Giulia', 'Bernardi'], ['Lorenzo', 'Esposito'], ['Chiara', 'Lombardi'], ['Matteo', 'Ferraro']],
  nl: [['Sanne', 'de Vries'], ['Daan', 'Jansen'], ['Femke', 'van der Berg'], ['Bram', 'Visser']],
  sv: [['Elsa', 'Lindqvist'], ['Oskar', 'Sjöberg'], ['Maja', 'Åkesson'], ['Viktor', 'Nyström']],
  tr: [['Ayşe', 'Yılmaz'], ['Emre', 'Doğan'], ['Zeynep', 'Kaya'], ['Burak', 'Şahin']],
  ru: [['Анна', 'Смирнова'], ['Дмитрий', 'Волков'], ['Екатерина', 'Морозова'], ['Игорь', 'Лебедев']],
  ar: [['ليلى', 'الحسيني'], ['عمر', 'الخطيب'], ['سارة', 'المنصوري'], ['يوسف', 'القاسم']],
  hi: [['प्रिया', 'शर्मा'], ['राहुल', 'वर्मा'], ['अनन्या', 'गुप्ता'], ['Arjun', 'Raghavan'], ['Kavya', 'Iyer']],
  ja: [['美咲', '田中'], ['蓮', '佐藤'], ['陽菜', '高橋'], ['Haruto', 'Kobayashi']],
  ko: [['민준', '김'], ['서연', '이'], ['지우', '박'], ['Jiho', 'Choi']],
  zh: [['芳', '王'], ['伟', '李'], ['静', '张'], ['Wei', 'Zhang']],
};
export const LANGS = Object.keys(NAMES);
const ASCII_LATIN = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/ş/g, 's').replace(/ğ/g, 'g').replace(/[^A-Za-z]/g, '').toLowerCase();

/** A person: { first, last, full, lang, local } where local is an e-mail-safe handle. */
export function person(lang = pick(LANGS)) {
  const [first, last] = pick(NAMES[lang]);
  // East-Asian names are written family-name first, without a space in native script.
  const native = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(first);
  const full = native ? `${last}${first}` : `${first} ${last}`;
  let lf = ASCII_LATIN(first); let ll = ASCII_LATIN(last);
  if (!lf) lf = pick(['mina', 'sora', 'yuki', 'hana', 'leila', 'omar', 'dima', 'anya', 'ravi']);
  if (!ll) ll = pick(['kim', 'lee', 'tanaka', 'wang', 'haddad', 'volkov', 'sharma', 'park']);
  const local = pick([`${lf}.${ll}`, `${lf[0]}${ll}`, `${lf}_${ll}${int(1, 99)}`, `${lf}${int(70, 99)}`, `${ll}.${lf}`]);
  return { first, last, full, lang, local, handle: `${lf}${ll[0]}${int(2, 98)}` };
}
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'posteo.de', 'web.de', 'orange.fr', 'yahoo.co.jp', 'naver.com', 'qq.com', 'yandex.ru', 'libero.it', 'ziggo.nl', 'telia.se', 'uol.com.br', 'protonmail.com', 'icloud.com', 'hotmail.es', 'rediffmail.com', 'mail.com'];
const CORP_DOMAINS = ['acme-logistics.de', 'brightfield.io', 'northwind-traders.com', 'kestrel-health.fr', 'tidewater.co.uk', 'pinecone-legal.nl', 'solara-energy.es'];
export const email = (p = person()) => `${p.local}@${pick(chance(0.7) ? MAIL_DOMAINS : CORP_DOMAINS)}`;

const PHONES = {
  de: () => `+49 ${pick(['151', '160', '170', '176', '1523'])} ${digits(7)}`,
  gb: () => `+44 7${digits(3)} ${digits(6)}`,
  us: () => `+1 (${pick(['212', '415', '312', '617', '503', '737'])}) ${int(200, 989)}-${digits(4)}`,
  fr: () => `+33 ${pick(['6', '7'])} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
  es: () => `+34 6${digits(2)} ${digits(3)} ${digits(3)}`,
  it: () => `+39 3${digits(2)} ${digits(3)} ${digits(4)}`,
  nl: () => `+31 6 ${digits(4)} ${digits(4)}`,
  se: () => `+46 7${pick(['0', '2', '3', '6'])} ${digits(3)} ${digits(2)} ${digits(2)}`,
  tr: () => `+90 5${digits(2)} ${digits(3)} ${digits(2)} ${digits(2)}`,
  ru: () => `+7 9${digits(2)} ${digits(3)}-${digits(2)}-${digits(2)}`,
  in: () => `+91 ${pick(['98', '97', '88', '70'])}${digits(3)} ${digits(5)}`,
  jp: () => `+81 90-${digits(4)}-${digits(4)}`,
  kr: () => `+82 10-${digits(4)}-${digits(4)}`,
  cn: () => `+86 1${pick(['38', '39', '58', '86'])} ${digits(4)} ${digits(4)}`,
  br: () => `+55 11 9${digits(4)}-${digits(4)}`,
  e164: () => `+${pick(['49', '44', '33', '34', '39', '31', '46'])}${int(6, 7)}${digits(9)}`,
  deNat: () => `0${pick(['151', '176', '172'])} ${digits(8)}`,
  frNat: () => `0${pick(['6', '7'])}.${digits(2)}.${digits(2)}.${digits(2)}.${digits(2)}`,
};
export const PHONE_STYLES = Object.keys(PHONES);
export const phone = (style = pick(PHONE_STYLES)) => PHONES[style]();

/** A public-looking IPv4 address (skips private, loopback, CGNAT, multicast ranges). */
export function ipv4() {
  for (;;) {
    const a = int(2, 223);
    if ([10, 100, 127, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
  }
}
export const ipv6 = () => `${pick(['2a02', '2001', '2600', '2a01', '2406'])}:${hex(4).replace(/^0+/, '') || '1'}:${hex(3)}:${hex(4)}:${hex(4).replace(/^0+/, '') || 'a'}:${hex(3)}:${hex(4)}:${hex(2)}`;
export const privateIp = () => `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;

// ---------- check-digit identifiers ----------
export function luhnDigit(body) {
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
  return luhnDigit(s.slice(0, -1)) === s.slice(-1);
}
/** Card number, compact. brand decides prefix/length. */
export function card(brand = pick(['visa', 'mc', 'mc2', 'amex', 'discover', 'jcb'])) {
  const pre = { visa: '4', mc: `5${int(1, 5)}`, mc2: `2${int(221, 720)}`, amex: pick(['34', '37']), discover: '6011', jcb: `35${int(28, 89)}` }[brand];
  const len = brand === 'amex' ? 15 : 16;
  const body = pre + digits(len - 1 - pre.length);
  return body + luhnDigit(body);
}
export function formatCard(num, style) {
  if (style === 'compact') return num;
  const sep = style === 'dash' ? '-' : ' ';
  if (num.length === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.match(/.{4}/g).join(sep);
}

function mod97(numStr) {
  let rem = 0;
  for (const ch of numStr) rem = (rem * 10 + Number(ch)) % 97;
  return rem;
}
const ibanDigits = (s) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
export function ibanValid(iban) {
  const s = iban.replace(/\s/g, '');
  return mod97(ibanDigits(s.slice(4) + s.slice(0, 4))) === 1;
}
const IBAN_BBAN = {
  DE: () => digits(18), FR: () => `${digits(10)}${upperAlnum(11)}${digits(2)}`, GB: () => `${fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}${digits(14)}`,
  NL: () => `${pick(['ABNA', 'INGB', 'RABO', 'TRIO'])}${digits(10)}`, ES: () => digits(20), IT: () => `${fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${digits(10)}${upperAlnum(12)}`,
  BE: () => digits(12), CH: () => `${digits(5)}${upperAlnum(12)}`, AT: () => digits(16), SE: () => digits(20), PL: () => digits(24),
  TR: () => `${digits(5)}0${upperAlnum(16)}`, PT: () => digits(21), IE: () => `${fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}${digits(14)}`,
};
export const IBAN_COUNTRIES = Object.keys(IBAN_BBAN);
export function iban(cc = pick(IBAN_COUNTRIES)) {
  const bban = IBAN_BBAN[cc]();
  const check = 98 - mod97(ibanDigits(`${bban}${cc}00`));
  return `${cc}${String(check).padStart(2, '0')}${bban}`;
}
export const spacedIban = (s) => s.match(/.{1,4}/g).join(' ');

// National ids (each with its real checksum where the scheme has one).
export function usSsn() {
  for (;;) { const a = int(1, 899); if (a === 666) continue; return `${String(a).padStart(3, '0')}-${String(int(1, 99)).padStart(2, '0')}-${String(int(1, 9999)).padStart(4, '0')}`; }
}
export const ukNino = () => `${pick(['AB', 'CE', 'JH', 'KL', 'NP', 'RT', 'WX', 'SM'])}${digits(6)}${pick(['A', 'B', 'C', 'D'])}`;
export function frNir() {
  const body = `${int(1, 2)}${String(int(50, 99)).padStart(2, '0')}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 95)).padStart(2, '0')}${digits(3)}${digits(3)}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body}${String(key).padStart(2, '0')}`;
}
export const frNirValid = (s) => 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13));
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function esDni() { const n = digits(8); return `${n}${DNI_LETTERS[Number(n) % 23]}`; }
export const esDniValid = (s) => DNI_LETTERS[Number(s.slice(0, 8)) % 23] === s[8];
export function nlBsn() {
  for (;;) {
    const d = digits(8);
    const sum = [...d].reduce((a, c, i) => a + Number(c) * (9 - i), 0);
    for (let last = 0; last <= 9; last++) if ((sum - last) % 11 === 0 && d[0] !== '0') return `${d}${last}`;
  }
}
export const nlBsnValid = (s) => [...s].reduce((a, c, i) => a + Number(c) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;
export function sePnr() {
  const yy = String(int(50, 99)); const mm = String(int(1, 12)).padStart(2, '0'); const dd = String(int(1, 28)).padStart(2, '0');
  const body = `${yy}${mm}${dd}${digits(3)}`;
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`;
}
export const sePnrValid = (s) => luhnValid(s.replace('-', ''));
export function trTckn() {
  const d = [int(1, 9), ...Array.from({ length: 8 }, () => int(0, 9))];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8]; const even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return [...d, d10, d11].join('');
}
export function trTcknValid(s) {
  const d = [...s].map(Number);
  const odd = d[0] + d[2] + d[4] + d[6] + d[8]; const even = d[1] + d[3] + d[5] + d[7];
  return d[9] === (((odd * 7 - even) % 10) + 10) % 10 && d[10] === d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
}
export function brCpf() {
  const d = Array.from({ length: 9 }, () => int(0, 9));
  const dv = (arr) => { const s = arr.reduce((a, c, i) => a + c * (arr.length + 1 - i), 0); const m = (s * 10) % 11; return m === 10 ? 0 : m; };
  d.push(dv(d)); d.push(dv(d));
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}
export function brCpfValid(f) {
  const d = [...f.replace(/\D/g, '')].map(Number);
  const dv = (arr) => { const s = arr.reduce((a, c, i) => a + c * (arr.length + 1 - i), 0); const m = (s * 10) % 11; return m === 10 ? 0 : m; };
  return dv(d.slice(0, 9)) === d[9] && dv(d.slice(0, 10)) === d[10];
}
// Verhoeff tables (Aadhaar check digit).
const VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeffCheck(num) {
  let c = 0;
  const rev = [...num].reverse().map(Number);
  for (let i = 0; i < rev.length; i++) c = VD[c][VP[(i + 1) % 8][rev[i]]];
  return VINV[c];
}
export const verhoeffValid = (num) => { let c = 0; [...num].reverse().map(Number).forEach((d, i) => { c = VD[c][VP[i % 8][d]]; }); return c === 0; };
export function inAadhaar() {
  const body = `${int(2, 9)}${digits(10)}`;
  const s = `${body}${verhoeffCheck(body)}`;
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}
const CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CN_C = '10X98765432';
export function cnId() {
  const body = `${pick(['110101', '310104', '440305', '510107', '330106'])}${int(1960, 2002)}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}${digits(3)}`;
  return body + CN_C[[...body].reduce((a, c, i) => a + Number(c) * CN_W[i], 0) % 11];
}
export const cnIdValid = (s) => CN_C[[...s.slice(0, 17)].reduce((a, c, i) => a + Number(c) * CN_W[i], 0) % 11] === s[17];
const PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
export function plPesel() {
  const body = `${String(int(50, 99))}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}${digits(4)}`;
  return body + String((10 - ([...body].reduce((a, c, i) => a + Number(c) * PESEL_W[i], 0) % 10)) % 10);
}
export const plPeselValid = (s) => String((10 - ([...s.slice(0, 10)].reduce((a, c, i) => a + Number(c) * PESEL_W[i], 0) % 10)) % 10) === s[10];

/** National id of a random scheme: { value, sub }. */
export function nationalId(scheme = pick(['us_ssn', 'uk_nino', 'fr_nir', 'es_dni', 'nl_bsn', 'se_pnr', 'tr_tckn', 'br_cpf', 'in_aadhaar', 'cn_id', 'pl_pesel'])) {
  const f = { us_ssn: usSsn, uk_nino: ukNino, fr_nir: frNir, es_dni: esDni, nl_bsn: nlBsn, se_pnr: sePnr, tr_tckn: trTckn, br_cpf: brCpf, in_aadhaar: inAadhaar, cn_id: cnId, pl_pesel: plPesel }[scheme];
  return { value: f(), sub: scheme };
}

// ---------- addresses, places ----------
export const CITIES = ['Berlin', 'Hamburg', 'Lyon', 'Madrid', 'Porto', 'Milan', 'Utrecht', 'Gothenburg', 'Izmir', 'Kazan', 'Pune', 'Osaka', 'Busan', 'Chengdu', 'Austin', 'Leeds', 'Curitiba', 'Valencia'];
const ADDR = [
  () => `${pick(['Lindenstraße', 'Am Weidenhof', 'Gartenweg', 'Kastanienallee', 'Birkenstraße'])} ${int(1, 140)}${pick(['', 'a', 'b'])}, ${digits(5)} ${pick(['Berlin', 'Leipzig', 'Köln', 'Bremen'])}`,
  () => `${int(1, 9999)} ${pick(['Maple', 'Cedar', 'Larkspur', 'Juniper', 'Hollis'])} ${pick(['Street', 'Avenue', 'Lane', 'Drive'])}${pick(['', ', Apt 4B', ', Unit 12'])}, ${pick(['Portland, OR 97214', 'Austin, TX 78704', 'Columbus, OH 43215', 'Denver, CO 80205'])}`,
  () => `${int(1, 98)} ${pick(['rue des Acacias', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse des Lilas'])}, ${pick(['69003 Lyon', '75011 Paris', '33000 Bordeaux', '31000 Toulouse'])}`,
  () => `${pick(['Calle de Toledo', 'Avenida de Andalucía', 'Carrer de Mallorca', 'Calle Mayor'])} ${int(1, 200)}, ${int(1, 8)}º ${pick(['A', 'B', 'C'])}, ${pick(['28005 Madrid', '08013 Barcelona', '46002 Valencia'])}`,
  () => `${pick(['Rua Augusta', 'Avenida da Liberdade', 'Rua das Flores'])} ${int(1, 300)}, ${pick(['1100-048 Lisboa', '4050-262 Porto'])}`,
  () => `${pick(['Via Garibaldi', 'Corso Buenos Aires', 'Via dei Mille'])} ${int(1, 120)}, ${pick(['20124 Milano', '10121 Torino', '40126 Bologna'])}`,
  () => `${pick(['Prinsengracht', 'Oudegracht', 'Kerkstraat'])} ${int(1, 400)}${pick(['', '-II', 'A'])}, ${digits(4)} ${pick(['AB', 'KL', 'RT'])} ${pick(['Amsterdam', 'Utrecht', 'Haarlem'])}`,
  () => `${pick(['Storgatan', 'Drottninggatan', 'Vasagatan'])} ${int(1, 90)}, ${digits(3)} ${digits(2)} ${pick(['Göteborg', 'Uppsala', 'Malmö'])}`,
  () => `${pick(['Atatürk Cad.', 'Bağdat Cad.', 'İstiklal Cad.'])} No:${int(1, 300)} D:${int(1, 20)}, ${pick(['Kadıköy/İstanbul', 'Konak/İzmir'])}`,
  () => `${int(1, 99)} ${pick(['Wellington Road', 'Church Lane', 'Victoria Street'])}, ${pick(['Leeds LS6 2AB', 'Bristol BS8 1TH', 'York YO10 5DD'])}`,
  () => `ул. ${pick(['Ленина', 'Гагарина', 'Пушкина'])}, д. ${int(1, 80)}, кв. ${int(1, 200)}, ${pick(['Казань', 'Москва'])}`,
  () => `${pick(['東京都世田谷区', '大阪府大阪市北区', '京都府京都市左京区'])}${int(1, 9)}丁目${int(1, 30)}-${int(1, 20)}`,
  () => `${pick(['Flat 3, 14', '221', '7'])} ${pick(['MG Road', 'Linking Road', 'FC Road'])}, ${pick(['Pune 411004', 'Mumbai 400050', 'Bengaluru 560001'])}`,
];
export const address = () => pick(ADDR)();
/** Precise coordinates: 5–6 decimals (≈1 m); returns strings so the written form is fixed. */
export function coords() {
  const lat = (int(-60000000, 65000000) / 1_000_000).toFixed(int(5, 6));
  const lng = (int(-120000000, 150000000) / 1_000_000).toFixed(int(5, 6));
  return [lat, lng];
}
export function dob(style = pick(['iso', 'de', 'us', 'fr', 'long'])) {
  const y = int(1948, 2006); const m = int(1, 12); const d = int(1, 28);
  const p = (n) => String(n).padStart(2, '0');
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return { iso: `${y}-${p(m)}-${p(d)}`, de: `${p(d)}.${p(m)}.${y}`, us: `${p(m)}/${p(d)}/${y}`, fr: `${p(d)}/${p(m)}/${y}`, long: `${d} ${months[m - 1]} ${y}` }[style];
}
export function homeUser(p = person()) {
  return pick([p.handle, p.local.replace(/[^a-z0-9._]/g, ''), `${p.local.split(/[._]/)[0]}`]).replace(/^[._]+|[._]+$/g, '') || p.handle;
}

// ---------- secrets ----------
export const password = () => pick([
  () => `${pick(['Sommer', 'Winter', 'Blue', 'Falcon', 'Pixel', 'Tango'])}${pick(['!', '#', '$', '%', '&'])}${digits(int(2, 4))}${alnum(int(3, 6))}`,
  () => `${alnum(int(10, 18))}${pick(['!', '@', '^', '*', '~'])}`,
  () => `${pick(['correct', 'purple', 'glacier', 'marble', 'lantern', 'orchid'])}-${pick(['harbor', 'violin', 'thunder', 'meadow'])}-${pick(['ninety', 'copper', 'saffron'])}-${digits(2)}`,
  () => `${fromSet('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!$%&*', int(14, 22))}`,
])();
export const passphrase = () => `${pick(['velvet', 'quarry', 'harbour', 'juniper', 'tandem'])} ${pick(['orbits', 'mangoes', 'lanterns', 'tundras'])} ${pick(['quietly', 'sideways', 'forever'])} ${int(10, 99)}`;
export function jwt(claims = {}) {
  const header = b64urlJson({ alg: pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: hex(8) });
  const payload = b64urlJson({ sub: uuid(), iat: Math.floor(epochMs() / 1000), exp: Math.floor(epochMs() / 1000) + 3600, ...claims });
  return `${header}.${payload}.${b64url(int(43, 86))}`;
}
export const opaqueToken = () => pick([() => b64url(int(32, 48)), () => hex(40), () => `${alnum(24)}.${alnum(20)}`])();
export const ghToken = (pre = pick(['ghp', 'gho', 'ghs', 'ghu'])) => `${pre}_${alnum(36)}`;
export const slackToken = () => `xox${pick(['b', 'p'])}-${digits(11)}-${digits(12)}-${alnum(24)}`;
export const stripeSecret = () => `${pick(['sk_live_', 'rk_live_'])}${alnum(int(24, 40))}`;
export const stripePublishable = () => `pk_live_${alnum(int(24, 40))}`;
export const sendgridKey = () => `SG.${b64url(22)}.${b64url(43)}`;
export const openaiKey = () => `sk-proj-${b64url(int(48, 64))}`;
export const anthropicKey = () => `sk-ant-api03-${b64url(93)}AA`;
export const googleKey = () => `AIza${b64url(35)}`;
export const awsSecret = () => b64(40).replace(/[^A-Za-z0-9/+]/g, 'x');
export const awsKeyId = () => `AKIA${upperAlnum(16)}`;
export const twilioToken = () => hex(32);
export const mailgunKey = () => `key-${hex(32)}`;
export const genericApiKey = () => pick([() => `${pick(['ak', 'pk', 'sk', 'key'])}_${pick(['live', 'prod'])}_${alnum(32)}`, () => hex(32), () => alnum(40)])();
export const webhookSecret = () => `whsec_${b64(32).replace(/[+/]/g, 'Q')}`;
export const clientSecret = () => pick([() => b64url(40), () => `${alnum(8)}~${b64url(31)}`, () => `GOCSPX-${b64url(28)}`])();
export const totpSeed = () => base32(32);
export const recoveryCodes = (n = 4) => Array.from({ length: n }, () => `${lower(5)}-${lower(5)}`);
export const signingKey = () => hex(64);
export function pemKey(type = pick(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'])) {
  const lines = int(type === 'EC PRIVATE KEY' ? 3 : 6, type === 'EC PRIVATE KEY' ? 4 : 12);
  const lineLen = type === 'OPENSSH PRIVATE KEY' ? 70 : 64;
  const body = Array.from({ length: lines }, (_, i) => b64(i === lines - 1 ? int(20, lineLen) : lineLen));
  return `-----BEGIN ${type}-----\n${body.join('\n')}\n-----END ${type}-----`;
}
export const sshPublicKey = () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(43)} deploy@ci-runner-${int(1, 9)}`;
export const fingerprint = () => `SHA256:${b64(43).replace(/[+/]/g, 'k')}`;
export const oauthClientId = () => pick([() => `${digits(12)}-${lower(32)}.apps.googleusercontent.com`, () => uuid(), () => `cl_${alnum(20)}`, () => `Iv1.${hex(16)}`])();
