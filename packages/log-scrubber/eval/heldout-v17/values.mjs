// Seeded value factories. Every checksum-bearing value is computed with its real algorithm so a
// detector that validates check digits is measured on valid inputs.
let state = 0;
export function seed(s) { state = s >>> 0; }
// mulberry32: tiny, deterministic, good enough spread for test data.
export function rnd() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = (a) => a[Math.floor(rnd() * a.length)];
export const chance = (p) => rnd() < p;
const fromSet = (set, n) => Array.from({ length: n }, () => set[Math.floor(rnd() * set.length)]).join('');
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
export const hex = (n) => fromSet(HEX, n);
export const alnum = (n) => fromSet(ALNUM, n);
export const upperNum = (n) => fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n);
export const lowerNum = (n) => fromSet('abcdefghijklmnopqrstuvwxyz0123456789', n);
export const digits = (n) => fromSet('0123456789', n);
export const b64 = (n) => fromSet(B64, n);
export const b64url = (n) => fromSet(B64URL, n);
export const pad = (n, w) => String(n).padStart(w, '0');
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
export const b64enc = (s) => Buffer.from(s, 'utf8').toString('base64');
export const b64urlenc = (s) => Buffer.from(s, 'utf8').toString('base64url');

// ---------- names ----------
const LATIN_FIRST = ['Amelia', 'Jonas', 'Matteo', 'Lucía', 'Thiago', 'Chiara', 'Oliwia', 'Bartosz', 'Aoife', 'Siobhan', 'Kwame', 'Adaeze', 'Chinedu', 'Mariana', 'Rodrigo', 'Ingrid', 'Sven', 'Élodie', 'Gaëtan', 'Margarida', 'Tomasz', 'Zeynep', 'Emre', 'Priya', 'Arjun', 'Nguyen', 'Thandiwe', 'Sipho', 'Camille', 'Henrik', 'Dorothea', 'Joaquín', 'Valentina', 'Ruairí', 'Kateřina', 'Dávid', 'Anneliese', 'Wojciech', 'Fatoumata', 'Leilani'];
const LATIN_LAST = ['Okonkwo', 'Brennan', 'Vasconcelos', 'Lindqvist', 'Kowalczyk', 'Moreau', 'Castellanos', 'Achterberg', 'Yıldırım', 'Ferreira', 'Nakamura', 'Halvorsen', 'Papadakis', 'Mbeki', 'Dubois', 'Esposito', 'Szymański', 'Ó Súilleabháin', 'Novák', 'Garðarsson', 'Rautenbach', 'Quispe', 'Van der Berg', 'Fitzgerald', 'Mendoza', 'Oyelaran', 'Baptiste', 'Hagström', 'Kaczmarek', 'Delacroix', 'Abernathy', 'Triantafyllou'];
const SCRIPT_NAMES = {
  cyrillic: ['Анастасия Воронцова', 'Дмитрий Соколов', 'Ольга Кузнецова', 'Тарас Шевчук', 'Екатерина Белова', 'Алексей Морозов'],
  cjk: ['山本 陽菜', '佐藤 健太', '王秀英', '李明轩', '陈嘉怡', '高橋 美咲'],
  hangul: ['김서연', '박지훈', '이하은', '정민재'],
  arabic: ['يوسف الحربي', 'فاطمة الزهراء بنعلي', 'عمر الشمري', 'ليلى حداد'],
  greek: ['Νικόλαος Παπαδόπουλος', 'Ελένη Καραγιάννη', 'Γιώργος Αντωνίου'],
  hebrew: ['נועה לוי', 'איתי כהן', 'שירה מזרחי'],
  thai: ['สมชาย ใจดี', 'วรรณา ศรีสุข', 'ธนากร บุญมา'],
  devanagari: ['राहुल वर्मा', 'अनन्या कुलकर्णी', 'विक्रम सिंह'],
  vietnamese: ['Nguyễn Thị Hương', 'Trần Văn Đức', 'Phạm Minh Khoa'],
};
export const firstName = () => pick(LATIN_FIRST);
export const lastName = () => pick(LATIN_LAST);
export function personName() {
  if (chance(0.3)) { const script = pick(Object.keys(SCRIPT_NAMES)); return { value: pick(SCRIPT_NAMES[script]), sub: script }; }
  return { value: `${firstName()} ${lastName()}`, sub: 'latin' };
}
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();
const MAIL_DOMAINS = ['gmail.com', 'yahoo.co.jp', 'outlook.de', 'hotmail.fr', 'icloud.com', 'proton.me', 'mail.ru', 'naver.com', 'uol.com.br', 'gmx.at', 'libero.it', 'wp.pl', 'rediffmail.com', 'yandex.com.tr', 'fastmail.fm', 'web.de'];
export function email() {
  const f = ascii(firstName()); const l = ascii(lastName());
  const local = pick([`${f}.${l}`, `${f}${l[0]}${int(1, 99)}`, `${f[0]}${l}`, `${l}.${f}+${pick(['rides', 'eats', 'trips', 'promo'])}`, `${f}_${l}${int(70, 99)}`]);
  return `${local}@${pick(MAIL_DOMAINS)}`;
}
export const userHandle = () => pick([`${ascii(firstName())}${ascii(lastName()).slice(0, 5)}`, `${ascii(firstName())[0]}${ascii(lastName())}`, `${ascii(firstName())}.${ascii(lastName())}`]);

// ---------- phones ----------
export function phone() {
  const f = pick([
    () => ({ v: `+49 15${int(1, 9)} ${digits(4)} ${digits(4)}`, sub: 'de_intl' }),
    () => ({ v: `0${pick(['151', '160', '176'])} ${digits(8)}`, sub: 'de_national' }),
    () => ({ v: `+44 7${int(400, 999)} ${digits(6)}`, sub: 'uk_intl' }),
    () => ({ v: `07${int(400, 999)} ${digits(3)} ${digits(3)}`, sub: 'uk_national' }),
    () => ({ v: `(${int(201, 989)}) ${int(201, 989)}-${digits(4)}`, sub: 'us_national' }),
    () => ({ v: `+1 ${int(201, 989)}-${int(201, 989)}-${digits(4)}`, sub: 'nanp_intl' }),
    () => ({ v: `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, sub: 'fr_intl' }),
    () => ({ v: `06.${digits(2)}.${digits(2)}.${digits(2)}.${digits(2)}`, sub: 'fr_dots' }),
    () => ({ v: `+91 ${int(70, 99)}${digits(3)} ${digits(5)}`, sub: 'in_intl' }),
    () => ({ v: `+55 11 9${digits(4)}-${digits(4)}`, sub: 'br_intl' }),
    () => ({ v: `(21) 9${digits(4)}-${digits(4)}`, sub: 'br_national' }),
    () => ({ v: `0${pick(['90', '80', '70'])}-${digits(4)}-${digits(4)}`, sub: 'jp_mobile' }),
    () => ({ v: `010-${digits(4)}-${digits(4)}`, sub: 'kr_mobile' }),
    () => ({ v: `+52 55 ${digits(4)} ${digits(4)}`, sub: 'mx_intl' }),
    () => ({ v: `+62 812-${digits(4)}-${digits(4)}`, sub: 'id_intl' }),
    () => ({ v: `+234 80${int(2, 9)} ${digits(3)} ${digits(4)}`, sub: 'ng_intl' }),
    () => ({ v: `04${digits(2)} ${digits(3)} ${digits(3)}`, sub: 'au_mobile' }),
    () => ({ v: `+34 6${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, sub: 'es_intl' }),
    () => ({ v: `+90 5${digits(2)} ${digits(3)} ${digits(2)} ${digits(2)}`, sub: 'tr_intl' }),
    () => ({ v: `+971 5${int(0, 8)} ${digits(3)} ${digits(4)}`, sub: 'ae_intl' }),
    () => ({ v: `+7 9${digits(2)} ${digits(3)}-${digits(2)}-${digits(2)}`, sub: 'ru_intl' }),
    () => ({ v: `+${pick(['4915', '4477', '3361', '5511', '6281', '9198'])}${digits(8)}`, sub: 'e164' }),
  ]);
  const r = f(); return { value: r.v, sub: r.sub };
}

// ---------- ips ----------
export function ip() {
  const f = pick([
    () => ({ v: `${pick([31, 46, 62, 77, 81, 89, 94, 102, 109, 146, 151, 176, 185, 188, 197, 201, 213])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, sub: 'v4_public' }),
    () => ({ v: `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, sub: 'v4_private' }),
    () => ({ v: `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`, sub: 'v4_private' }),
    () => ({ v: `192.168.${int(0, 255)}.${int(2, 254)}`, sub: 'v4_private' }),
    () => ({ v: `${pick(['2a02', '2001', '2600', '2c0f', '2406', '2804'])}:${hex(4).replace(/^0+/, '') || '1'}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}`, sub: 'v6_full' }),
    () => ({ v: `${pick(['2a01', '2001', '2607', '2400'])}:${hex(4)}:${hex(3)}::${hex(4)}:${hex(2)}`, sub: 'v6_compressed' }),
    () => ({ v: `fd${hex(2)}:${hex(4)}:${hex(4)}::${hex(3)}`, sub: 'v6_ula' }),
  ]);
  const r = f(); return { value: r.v, sub: r.sub };
}
export const publicV4 = () => `${pick([37, 58, 84, 91, 103, 154, 177, 190, 203])}.${int(1, 254)}.${int(0, 255)}.${int(1, 254)}`;

// ---------- checksums ----------
export function luhnCheck(body) {
  let sum = 0; let dbl = true;
  for (let i = body.length - 1; i >= 0; i--) { let d = +body[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return String((10 - (sum % 10)) % 10);
}
export function luhnValid(num) {
  let sum = 0; let dbl = false;
  for (let i = num.length - 1; i >= 0; i--) { let d = +num[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return sum % 10 === 0;
}
export function mod97(numStr) { let r = 0; for (const c of numStr) r = (r * 10 + +c) % 97; return r; }
const ibanNumeric = (s) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
export function ibanValid(iban) { const s = iban.replace(/ /g, ''); return mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1; }
const VERHOEFF_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VERHOEFF_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function verhoeffCheck(body) { let c = 0; const d = body.split('').reverse().map(Number); for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][d[i]]]; return String(VERHOEFF_INV[c]); }
export function verhoeffValid(num) { let c = 0; const d = num.split('').reverse().map(Number); for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[i % 8][d[i]]]; return c === 0; }

// ---------- cards ----------
const CARD_BRANDS = [
  ['visa', () => `4${digits(14)}`, 16], ['mastercard', () => `5${int(1, 5)}${digits(13)}`, 16], ['mastercard2', () => `2${int(221, 720)}${digits(11)}`, 16],
  ['amex', () => `3${pick(['4', '7'])}${digits(12)}`, 15], ['discover', () => `6011${digits(11)}`, 16], ['jcb', () => `35${int(28, 89)}${digits(11)}`, 16],
  ['unionpay', () => `62${digits(14)}`, 17], ['mir', () => `220${int(0, 4)}${digits(11)}`, 16], ['rupay', () => `60${pick(['7', '8'])}${digits(12)}`, 16],
];
export function card() {
  const [brand, body] = pick(CARD_BRANDS);
  const b = body(); const num = b + luhnCheck(b);
  const style = int(0, 2);
  let v = num;
  if (style === 1) v = brand === 'amex' ? `${num.slice(0, 4)} ${num.slice(4, 10)} ${num.slice(10)}` : num.match(/.{1,4}/g).join(' ');
  if (style === 2 && brand !== 'amex') v = num.match(/.{1,4}/g).join('-');
  return { value: v, sub: brand, digits: num };
}

// ---------- iban ----------
const IBAN_SPECS = { DE: () => digits(18), FR: () => digits(23), GB: () => `${pick(['NWBK', 'BARC', 'MIDL', 'LOYD', 'MONZ'])}${digits(14)}`, ES: () => digits(20), IT: () => `X${digits(22)}`, NL: () => `${pick(['ABNA', 'INGB', 'RABO', 'BUNQ'])}${digits(10)}`, BE: () => digits(12), PL: () => digits(24), CH: () => digits(17), SE: () => digits(20), TR: () => `${digits(5)}0${digits(16)}`, PT: () => digits(21), AT: () => digits(16), AE: () => digits(19), SA: () => `${digits(2)}${digits(18)}`, BR: () => `${digits(23)}C1`, IE: () => `${pick(['AIBK', 'BOFI'])}${digits(14)}`, NO: () => digits(11) };
export function iban(country) {
  const cc = country ?? pick(Object.keys(IBAN_SPECS));
  const bban = IBAN_SPECS[cc]();
  const r = mod97(ibanNumeric(`${bban}${cc}00`));
  const raw = `${cc}${pad(98 - r, 2)}${bban}`;
  const grouped = chance(0.45);
  return { value: grouped ? raw.match(/.{1,4}/g).join(' ') : raw, sub: cc.toLowerCase() };
}

// ---------- national ids ----------
function ssn() { let a; do { a = int(1, 899); } while (a === 666); return `${pad(a, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`; }
function nino() {
  const first = 'ABCEGHJKLMNOPRSTWXYZ'; const second = 'ABCEGHJKLMNPRSTWXYZ';
  let p; do { p = pick(first.split('')) + pick(second.split('')); } while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
  const d = digits(6); const s = pick(['A', 'B', 'C', 'D']);
  return chance(0.5) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`;
}
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
function dni() { const n = int(10000000, 99999999); return `${n}${DNI_LETTERS[n % 23]}`; }
function nie() { const p = int(0, 2); const n = digits(7); return `${'XYZ'[p]}${n}${DNI_LETTERS[Number(`${p}${n}`) % 23]}`; }
export function cpfDigits(nine) {
  const d = nine.split('').map(Number);
  let s = 0; for (let i = 0; i < 9; i++) s += d[i] * (10 - i); const d1 = ((s * 10) % 11) % 10; d.push(d1);
  s = 0; for (let i = 0; i < 10; i++) s += d[i] * (11 - i); const d2 = ((s * 10) % 11) % 10;
  return `${d1}${d2}`;
}
function cpf() { let n; do { n = digits(9); } while (/^(\d)\1+$/.test(n)); const c = n + cpfDigits(n); return chance(0.6) ? `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)}-${c.slice(9)}` : c; }
export function bsnValid(s) { let t = 0; for (let i = 0; i < 8; i++) t += +s[i] * (9 - i); return (t - +s[8]) % 11 === 0; }
function bsn() { for (;;) { const b = `${int(1, 9)}${digits(7)}`; let t = 0; for (let i = 0; i < 8; i++) t += +b[i] * (9 - i); const c = t % 11; if (c < 10) return b + c; } }
export const PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
function pesel() {
  const y = int(1950, 2005); const m = int(1, 12) + (y >= 2000 ? 20 : 0);
  const b = `${pad(y % 100, 2)}${pad(m, 2)}${pad(int(1, 28), 2)}${digits(4)}`;
  let s = 0; for (let i = 0; i < 10; i++) s += +b[i] * PESEL_W[i];
  return b + ((10 - (s % 10)) % 10);
}
function aadhaar() { const b = `${int(2, 9)}${digits(10)}`; const n = b + verhoeffCheck(b); return chance(0.6) ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : n; }
function personnummer() { const b = `${pad(int(50, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`; return `${b.slice(0, 6)}-${b.slice(6)}${luhnCheck(b)}`; }
export function tcknCheck(d9) {
  const d = d9.split('').map(Number);
  const d10 = (((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return `${d10}${d11}`;
}
function tckn() { const b = `${int(1, 9)}${digits(8)}`; return b + tcknCheck(b); }
function sin() { const b = `${pick([1, 2, 3, 4, 5, 6, 7, 9])}${digits(7)}`; const n = b + luhnCheck(b); return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`; }
function zaId() { const b = `${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(4)}${pick(['0', '1'])}8`; return b + luhnCheck(b); }
export const CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function cnId() {
  const b = `${pick(['110101', '310104', '440305', '510107', '330106'])}${int(1960, 2003)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
  let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * CN_W[i];
  return b + '10X98765432'[s % 11];
}
function frNir() {
  const b = `${int(1, 2)}${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 95), 2)}${digits(3)}${digits(3)}`;
  const key = pad(97 - Number(BigInt(b) % 97n), 2);
  return chance(0.5) ? `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10)} ${key}` : b + key;
}
export const KR_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
function krRrn() {
  const b = `${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${int(1, 2)}${digits(5)}`;
  let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * KR_W[i];
  return `${b.slice(0, 6)}-${b.slice(6)}${(11 - (s % 11)) % 10}`;
}
export const NATIONAL_IDS = { us_ssn: ssn, uk_nino: nino, es_dni: dni, es_nie: nie, br_cpf: cpf, nl_bsn: bsn, pl_pesel: pesel, in_aadhaar: aadhaar, se_personnummer: personnummer, tr_tckn: tckn, ca_sin: sin, za_id: zaId, cn_resident: cnId, fr_nir: frNir, kr_rrn: krRrn };
export function nationalId(sub) { const s = sub ?? pick(Object.keys(NATIONAL_IDS)); return { value: NATIONAL_IDS[s](), sub: s }; }

// ---------- addresses ----------
const ADDRS = [
  () => ({ v: `${int(2, 980)} ${pick(['Maple Ridge Dr', 'Sycamore Lane', 'W Belmont Ave', 'Gough Street', 'Lakeshore Blvd', 'NE 45th St', 'Peachtree Rd NE'])}${chance(0.4) ? `, Apt ${int(1, 40)}${pick(['A', 'B', 'C'])}` : ''}`, sub: 'us' }),
  () => ({ v: `${pick(['Kastanienallee', 'Schönhauser Allee', 'Bergmannstraße', 'Leopoldstraße', 'Reeperbahn', 'Königsallee'])} ${int(1, 180)}${chance(0.3) ? 'a' : ''}`, sub: 'de' }),
  () => ({ v: `${int(1, 240)} ${pick(['rue de la Roquette', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue des Martyrs', 'quai de Valmy'])}`, sub: 'fr' }),
  () => ({ v: `Flat ${int(1, 30)}, ${int(1, 300)} ${pick(['Holloway Road', 'Deansgate', 'Leith Walk', 'Stokes Croft', 'Mare Street'])}`, sub: 'uk' }),
  () => ({ v: `${pick(['Calle de Embajadores', 'Carrer de Provença', 'Avenida de la Constitución', 'Calle Sierpes'])} ${int(1, 300)}, ${int(1, 8)}º ${pick(['A', 'B', 'Izq', 'Dcha'])}`, sub: 'es' }),
  () => ({ v: `${pick(['Rua Augusta', 'Avenida Paulista', 'Rua Oscar Freire', 'Rua das Laranjeiras'])}, ${int(10, 2400)}${chance(0.5) ? ` - Apto ${int(11, 190)}` : ''}`, sub: 'br' }),
  () => ({ v: `${pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '東京都世田谷区三軒茶屋'])}${int(1, 4)}-${int(1, 20)}-${int(1, 30)}`, sub: 'jp' }),
  () => ({ v: `${pick(['ul. Marszałkowska', 'ul. Piotrkowska', 'ul. Długa'])} ${int(1, 140)}/${int(1, 60)}`, sub: 'pl' }),
  () => ({ v: `${pick(['Via Tortona', 'Corso Buenos Aires', 'Via dei Serpenti', 'Viale Monza'])} ${int(1, 200)}`, sub: 'it' }),
  () => ({ v: `${int(1, 99)} ${pick(['Flinders Lane', 'Oxford St', 'Brunswick Street', 'King William St'])}`, sub: 'au' }),
  () => ({ v: `${pick(['Keizersgracht', 'Prinsengracht', 'Ferdinand Bolstraat'])} ${int(1, 700)}-${pick(['I', 'II', 'III', 'H'])}`, sub: 'nl' }),
  () => ({ v: `${pick(['ул. Тверская', 'Невский проспект', 'ул. Арбат'])}, д. ${int(1, 120)}, кв. ${int(1, 300)}`, sub: 'ru' }),
  () => ({ v: `${pick(['Istiklal Cd.', 'Bağdat Cd.', 'Atatürk Blv.'])} No:${int(1, 400)} D:${int(1, 30)}`, sub: 'tr' }),
  () => ({ v: `House ${int(1, 400)}, ${pick(['Road 27, Banani', 'Linking Road, Bandra West', '12th Main, Indiranagar', 'Sector 45, Gurugram'])}`, sub: 'in' }),
  () => ({ v: `${pick(['서울특별시 강남구 테헤란로', '서울특별시 마포구 양화로'])} ${int(1, 500)}`, sub: 'kr' }),
  () => ({ v: `${pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Álvaro Obregón'])} ${int(1, 3000)}, Col. ${pick(['Roma Norte', 'Condesa', 'Del Valle'])}`, sub: 'mx' }),
];
export function address() { const r = pick(ADDRS)(); return { value: r.v, sub: r.sub }; }

// ---------- dob ----------
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function dob() {
  const y = int(1952, 2006); const m = int(1, 12); const d = int(1, 28);
  const f = pick([
    () => ({ v: `${y}-${pad(m, 2)}-${pad(d, 2)}`, sub: 'iso' }),
    () => ({ v: `${pad(d, 2)}/${pad(m, 2)}/${y}`, sub: 'dmy_slash' }),
    () => ({ v: `${pad(m, 2)}/${pad(d, 2)}/${y}`, sub: 'mdy_slash' }),
    () => ({ v: `${pad(d, 2)}.${pad(m, 2)}.${y}`, sub: 'dmy_dot' }),
    () => ({ v: `${MONTHS[m - 1]} ${d}, ${y}`, sub: 'long_en' }),
    () => ({ v: `${y}年${m}月${d}日`, sub: 'cjk' }),
  ]);
  const r = f(); return { value: r.v, sub: r.sub, y, m, d };
}

// ---------- geo ----------
const CITY_CENTRES = [[52.52, 13.405], [48.8566, 2.3522], [51.5072, -0.1276], [40.4168, -3.7038], [-23.5505, -46.6333], [35.6762, 139.6503], [19.4326, -99.1332], [28.6139, 77.209], [-6.2088, 106.8456], [6.5244, 3.3792], [41.0082, 28.9784], [37.5665, 126.978], [-33.8688, 151.2093], [25.2048, 55.2708], [40.7128, -74.006], [52.3676, 4.9041]];
export function geo() {
  const [la, lo] = pick(CITY_CENTRES);
  const dp = int(5, 7);
  const lat = (la + (rnd() - 0.5) * 0.2).toFixed(dp); const lng = (lo + (rnd() - 0.5) * 0.2).toFixed(dp);
  return { lat, lng };
}

// ---------- secrets ----------
export function password() {
  return pick([
    () => `${pick(['Summer', 'Lisboa', 'Dragon', 'Kartoffel', 'Mariposa', 'Sakura', 'Falcon'])}${int(10, 2026)}${pick(['!', '#', '$', '?', '*'])}`,
    () => `${alnum(int(10, 16))}${pick(['!', '@', '%', '&', '^'])}${int(0, 9)}`,
    () => `${pick(['correct', 'purple', 'silent', 'orange', 'windy'])} ${pick(['horse', 'monkey', 'harbor', 'violin'])} ${pick(['battery', 'pancake', 'glacier', 'tractor'])} ${pick(['staple', 'summit', 'lantern', 'meadow'])}`,
    () => `${pick(['P@ss', 'Qwerty', 'Zx', 'Hunter'])}${alnum(6)}${pick(['!!', '#1', '$$'])}`,
    () => `${lowerNum(8)}-${lowerNum(6)}`,
  ])();
}
export const connPassword = () => pick([() => alnum(int(14, 24)), () => `${alnum(10)}${pick(['_', '-', '~'])}${alnum(8)}`, () => `${pick(['Prod', 'Rdb', 'Mq'])}${alnum(9)}${int(10, 99)}`])();
export function jwt(claims) {
  const header = b64urlenc(JSON.stringify({ alg: pick(['HS256', 'RS256', 'ES256']), typ: 'JWT', ...(chance(0.5) ? { kid: hex(8) } : {}) }));
  const payload = b64urlenc(JSON.stringify({ sub: claims?.sub ?? `usr_${lowerNum(10)}`, iat: int(1740000000, 1790000000), exp: int(1790000000, 1800000000), ...(claims ?? {}) }));
  return `${header}.${payload}.${b64url(43)}`;
}
export const TOKENS = {
  jwt: () => jwt(),
  google_oauth: () => `ya29.a0${b64url(int(90, 140))}`,
  opaque_bearer: () => `${pick(['at_', 'rt_', 'tok_', ''])}${alnum(40)}`,
  github_pat: () => `ghp_${alnum(36)}`,
  github_fine: () => `github_pat_11${upperNum(20)}_${alnum(59)}`,
  slack_bot: () => `xoxb-${digits(12)}-${digits(13)}-${alnum(24)}`,
  facebook: () => `EAAG${alnum(int(140, 190))}`,
  fcm_registration: () => `${b64url(22)}:APA91b${b64url(134)}`,
  refresh: () => `1//0${b64url(int(80, 100))}`,
  magic_link: () => b64url(int(32, 48)),
  reset: () => hex(64),
  apple_id_token: () => jwt({ iss: 'https://appleid.apple.com', aud: 'com.example.rides' }),
  gitlab: () => `glpat-${b64url(20)}`,
  npm: () => `npm_${alnum(36)}`,
  oauth_code: () => `4/0A${b64url(int(60, 80))}`,
};
export function token(sub) { const s = sub ?? pick(Object.keys(TOKENS)); return { value: TOKENS[s](), sub: s }; }
export const API_KEYS = {
  stripe_secret: () => `sk_live_${alnum(99)}`.slice(0, 8 + pick([24, 99])),
  stripe_restricted: () => `rk_live_${alnum(24)}`,
  aws_access_key: () => `AKIA${upperNum(16)}`,
  google_api: () => `AIza${b64url(35)}`,
  sendgrid: () => `SG.${b64url(22)}.${b64url(43)}`,
  twilio_sk: () => `SK${hex(32)}`,
  mailgun: () => `key-${hex(32)}`,
  openai: () => `sk-proj-${b64url(int(80, 120))}`,
  anthropic: () => `sk-ant-api03-${b64url(93)}AA`,
  mapbox_secret: () => `sk.eyJ1Ijoi${b64url(40)}.${b64url(22)}`,
  datadog: () => hex(32),
  algolia_admin: () => hex(32),
  shopify: () => `shpat_${hex(32)}`,
  telegram_bot: () => `${int(100000000, 7999999999)}:AA${b64url(33)}`,
  square: () => `EAAA${b64url(60)}`,
  razorpay: () => `rzp_live_${alnum(14)}`,
  paystack: () => `sk_live_${hex(40)}`,
  mercadopago: () => `APP_USR-${digits(16)}-${digits(6)}-${hex(32)}-${digits(9)}`,
  appsflyer_dev: () => alnum(22),
  newrelic: () => `NRAK-${upperNum(27)}`,
  firebase_server: () => `AAAA${b64url(7)}:APA91b${b64url(134)}`,
  adyen: () => `AQE${b64url(int(80, 110))}`,
  hubspot: () => `pat-na1-${uuidLike()}`,
  brevo: () => `xkeysib-${hex(64)}-${alnum(16)}`,
  segment_write: () => alnum(32),
};
function uuidLike() { return `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`; }
export function apiKey(sub) { const s = sub ?? pick(Object.keys(API_KEYS)); return { value: API_KEYS[s](), sub: s }; }
export const OTHER = {
  webhook_secret: () => `whsec_${b64(32)}`,
  hmac_key: () => hex(64),
  aes_key_b64: () => `${b64(43)}=`,
  otp: () => digits(6),
  recovery_code: () => `${lowerNum(5)}-${lowerNum(5)}`,
  aws_secret: () => `${b64(40)}`.replace(/\+/g, 'P'),
  twilio_auth: () => hex(32),
  client_secret: () => `${pick(['GOCSPX-', 'cs_', ''])}${b64url(28)}`,
  totp_seed: () => fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32),
  url_signature: () => hex(64),
  jwt_signing: () => `${alnum(48)}`,
};
export function otherSecret(sub) { const s = sub ?? pick(Object.keys(OTHER)); return { value: OTHER[s](), sub: s }; }
export function pem(kind) {
  const k = kind ?? pick(['rsa', 'ec', 'pkcs8', 'openssh']);
  const header = { rsa: 'RSA PRIVATE KEY', ec: 'EC PRIVATE KEY', pkcs8: 'PRIVATE KEY', openssh: 'OPENSSH PRIVATE KEY' }[k];
  const lines = { rsa: int(12, 25), ec: 3, pkcs8: int(4, 16), openssh: int(6, 7) }[k];
  const body = [];
  for (let i = 0; i < lines; i++) body.push(i === lines - 1 ? `${b64(int(20, 60))}${pick(['', '=', '=='])}` : b64(64));
  if (k === 'openssh') body[0] = `b3BlbnNzaC1rZXktdjEAAAAA${b64(40)}`;
  if (k === 'ec') body[0] = `MHcCAQEEI${b64(55)}`;
  return { value: `-----BEGIN ${header}-----\n${body.join('\n')}\n-----END ${header}-----`, sub: `pem_${k}` };
}

// ---------- keeps ----------
export const isoTs = () => `2026-${pad(int(1, 6), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${pad(int(0, 999), 3)}Z`;
export const semver = () => `${int(1, 14)}.${int(0, 40)}.${int(0, 30)}`;
export const traceId = () => hex(32);
export const spanId = () => hex(16);
export const reqId = () => pick([() => `req_${lowerNum(20)}`, () => uuid(), () => `${upperNum(26)}`])();
export const orderNo = (p) => `${p ?? pick(['ORD', 'EAT', 'RIDE', 'TRP', 'BKG'])}-${int(2024, 2026)}-${digits(7)}`;
export const commitSha = () => hex(40);
export const CITIES = ['São Paulo', 'Jakarta', 'Lagos', 'Istanbul', 'Mexico City', 'Berlin', 'Madrid', 'Seoul', 'Osaka', 'Bengaluru', 'Warsaw', 'Lisbon', 'Dubai', 'Melbourne', 'Amsterdam', 'Nairobi', 'Bogotá', 'Manila'];
export const SERVICES = ['dispatch-api', 'courier-matcher', 'eta-service', 'payments-gw', 'payout-worker', 'kyc-orchestrator', 'chat-relay', 'push-fanout', 'match-engine', 'feed-ranker', 'booking-core', 'fare-quote', 'loyalty-ledger', 'tns-queue', 'notif-router', 'workout-sync', 'geo-fence', 'attribution-ingest'];
export const svcHost = () => `${pick(SERVICES)}.${pick(['prod', 'eu-west-1', 'ap-south-1', 'sa-east-1'])}.svc.cluster.local`;
