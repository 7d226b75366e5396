// Value factories for the heldout-v8 corpus. Everything comes from one seeded PRNG (mulberry32), so
// `generate.mjs` reproduces the same file byte for byte. Check digits are computed, not copied.
export const SEED = 5813029;

let state = SEED >>> 0;
export function reseed(seed) { state = seed >>> 0; }
export function rnd() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
export const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
export const chance = (p) => rnd() < p;
const from = (alphabet, n) => { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)]; return s; };
export const HEX = '0123456789abcdef';
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const hex = (n) => from(HEX, n);
export const HEXU = (n) => from('0123456789ABCDEF', n);
export const alnum = (n) => from(ALNUM, n);
export const lower = (n) => from('abcdefghijklmnopqrstuvwxyz0123456789', n);
export const upper = (n) => from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n);
export const digits = (n) => from('0123456789', n);
export const b64 = (n) => from(ALNUM + '+/', n);
export const b64url = (n) => from(ALNUM + '-_', n);
export const b32 = (n) => from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);
const pad = (n, w = 2) => String(n).padStart(w, '0');

// ---------------------------------------------------------------- people
const FIRST = ['Amara', 'Jonas', 'Mateus', 'Ines', 'Priya', 'Tomasz', 'Chiara', 'Kenji', 'Aylin', 'Sofía', 'Oluwaseun', 'Freya', 'Dmitri', 'Léa', 'Rahul', 'Yusuf', 'Meilin', 'Gustavo', 'Hanna', 'Siobhán', 'Björn', 'Zeynep', 'Nkechi', 'Camille', 'Javier', 'Aditi', 'Pieter', 'Katarzyna', 'Emre', 'Thandiwe', 'Rosalind', 'Ignacio', 'Astrid', 'Farid', 'Ngozi', 'Henrik', 'Lucía', 'Wojciech', 'Bernadette', 'Callum', 'Dagny', 'Esperanza', 'Fintan', 'Gioia', 'Halvard', 'Ishaan', 'Joaquim', 'Kalani', 'Ludmila', 'Marisol', 'Nnamdi', 'Ottoline', 'Radomir', 'Saoirse', 'Teodora', 'Ulrike', 'Vasilis', 'Wilhelmina', 'Ximena', 'Yevgenia', 'Zoltán'];
const LAST = ['Okafor', 'Lindqvist', 'Carvalho', 'Moreau', 'Raghunathan', 'Wiśniewski', 'Bellandi', 'Watanabe', 'Demir', 'Restrepo', 'Adeyemi', 'Halvorsen', 'Volkov', 'Fontaine', 'Menon', 'Karaca', 'Tanaka', 'Ibarra', 'Virtanen', 'Gallagher', 'Eklund', 'Aksoy', 'Eze', 'Rousseau', 'Montoya', 'Kulkarni', 'Vermeulen', 'Nowicka', 'Yılmaz', 'Dlamini', 'Pemberton', 'Urrutia', 'Sandvik', 'Haddad', 'Obi', 'Kjærgaard', 'Quintero', 'Zieliński', 'Fairweather', 'MacAskill', 'Brekke', 'Villaseñor', 'Ó Dálaigh', 'Ferraresi', 'Bjørnstad', 'Chatterjee', 'Magalhães', 'Kahananui', 'Petrenko', 'Arriaga', 'Okonkwo', 'Ashdown', 'Dragović', 'Ní Bhriain', 'Stoyanova', 'Achterberg', 'Papadakis', 'Vandersloot', 'Cienfuegos', 'Sokolova', 'Halász'];
const NONLATIN = ['山田 花子', '佐藤 健太', '김민준', '이서연', 'Анна Смирнова', 'Игорь Белов', 'محمد العلي', 'فاطمة الزهراء', 'Ελένη Παπαδοπούλου', 'דניאל כהן', '陈 晓明', '王 丽娟', 'Нина Кравец', 'ณัฐพล ศรีสุข'];
export function person() {
  const first = pick(FIRST); const last = pick(LAST);
  return { first, last, full: `${first} ${last}` };
}
export const nonLatinName = () => pick(NONLATIN);
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();
const MAILDOM = ['gmail.com', 'outlook.de', 'yahoo.fr', 'proton.me', 'hotmail.co.uk', 'web.de', 'icloud.com', 'libero.it', 'gmx.net', 'orange.fr', 'wp.pl', 'uol.com.br', 'fastmail.fm', 'naver.com'];
export function email(p = person()) {
  const f = ascii(p.first); const l = ascii(p.last);
  const local = pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${int(1, 99)}`, `${f}_${l[0]}`, `${l}.${f}+shop`, `${f}.${l}${int(70, 99)}`]);
  return `${local}@${pick(MAILDOM)}`;
}
export const workEmail = (p = person(), dom = pick(['northwind-labs.io', 'kestrelpay.com', 'brightmoor.co', 'tallyhq.dev'])) => `${ascii(p.first)}.${ascii(p.last)}@${dom}`;
export const username = (p = person()) => pick([`${ascii(p.first)[0]}${ascii(p.last)}`, `${ascii(p.first)}.${ascii(p.last)}`, `${ascii(p.first)}${ascii(p.last).slice(0, 3)}`]);

export function phone(style = pick(['us', 'uk', 'de', 'fr', 'br', 'in', 'nl', 'e164', 'jp', 'es'])) {
  switch (style) {
    case 'us': return pick([`(${int(201, 989)}) ${int(200, 989)}-${digits(4)}`, `+1 ${int(201, 989)}-${int(200, 989)}-${digits(4)}`, `${int(201, 989)}.${int(200, 989)}.${digits(4)}`]);
    case 'uk': return pick([`+44 7${digits(3)} ${digits(6)}`, `07${digits(3)} ${digits(3)} ${digits(3)}`]);
    case 'de': return pick([`+49 15${int(1, 9)} ${digits(8)}`, `0176 ${digits(8)}`, `+49 (0)30 ${digits(7)}`]);
    case 'fr': return pick([`+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`]);
    case 'br': return `+55 11 9${digits(4)}-${digits(4)}`;
    case 'in': return `+91 ${int(7, 9)}${digits(4)} ${digits(5)}`;
    case 'nl': return `+31 6 ${digits(8)}`;
    case 'jp': return `090-${digits(4)}-${digits(4)}`;
    case 'es': return `+34 6${digits(2)} ${digits(3)} ${digits(3)}`;
    default: return `+${pick(['44', '49', '33', '61', '353', '46'])}${int(6, 7)}${digits(9)}`;
  }
}

export function ipv4() {
  for (;;) {
    const a = int(23, 217);
    if ([127, 169, 172, 192, 100, 198, 203].includes(a)) continue;
    return `${a}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
  }
}
export const ipv6 = () => `${pick(['2a02', '2600', '2a01', '2001:4860', '2607', '2a00'])}:${hex(4).replace(/^0+/, '') || '1'}:${hex(3)}:${hex(4).replace(/^0+/, '') || 'a'}::${hex(3)}`.replace(/:0+([0-9a-f])/g, ':$1');

// ---------------------------------------------------------------- check-digit values
export function luhnOk(num) {
  let sum = 0; let dbl = false;
  for (let i = num.length - 1; i >= 0; i--) { let d = +num[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return sum % 10 === 0;
}
function luhnComplete(prefix, len) {
  const body = prefix + digits(len - prefix.length - 1);
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c;
  throw new Error('luhn');
}
export function card(brand = pick(['visa', 'mc', 'amex', 'discover', 'visa', 'mc'])) {
  const num = brand === 'visa' ? luhnComplete('4', 16) : brand === 'mc' ? luhnComplete(String(int(51, 55)), 16) : brand === 'amex' ? luhnComplete(pick(['34', '37']), 15) : luhnComplete('6011', 16);
  return { num, brand, last4: num.slice(-4) };
}
export function fmtCard(num, style = pick(['plain', 'space', 'dash'])) {
  if (style === 'plain') return num;
  const sep = style === 'space' ? ' ' : '-';
  if (num.length === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.match(/.{4}/g).join(sep);
}

function mod97(s) { let r = 0; for (const ch of s) r = (r * 10 + +ch) % 97; return r; }
const ibanNumeric = (s) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
export function ibanOk(iban) {
  const s = iban.replace(/\s/g, '');
  return mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}
const BBAN = {
  DE: () => digits(18), GB: () => upper(0) + pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + digits(14), FR: () => digits(10) + upper(11) + digits(2),
  NL: () => pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + digits(10), ES: () => digits(20), IT: () => pick('ABCDEFGHIJKLMNOPRSTUVWXYZ') + digits(10) + upper(12),
  BE: () => digits(12), PL: () => digits(24), CH: () => digits(5) + upper(12), AT: () => digits(16), IE: () => pick(['AIBK', 'BOFI']) + digits(14),
};
export function iban(cc = pick(Object.keys(BBAN))) {
  const bban = BBAN[cc]();
  const check = 98 - mod97(ibanNumeric(bban + cc + '00'));
  return `${cc}${pad(check)}${bban}`;
}
export const fmtIban = (s) => s.match(/.{1,4}/g).join(' ');

// national ids: each returns { value, sub }; validators are in `nationalIdOk`.
const BSNW = [9, 8, 7, 6, 5, 4, 3, 2, -1];
const VERHOEFF_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VERHOEFF_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeffCheck(num) { let c = 0; const d = num.split('').reverse(); for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][+d[i]]]; return VERHOEFF_INV[c]; }
function verhoeffOk(num) { let c = 0; const d = num.split('').reverse(); for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[i % 8][+d[i]]]; return c === 0; }
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const HETU_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const PESELW = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
const CNW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CNC = '10X98765432';
function cpfDigits(base) {
  const d = base.split('').map(Number);
  const c1 = ((d.reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10; d.push(c1);
  const c2 = ((d.reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10;
  return `${c1}${c2}`;
}
export function nationalId(sub = pick(['us_ssn', 'uk_nino', 'es_dni', 'nl_bsn', 'fr_nir', 'se_pnr', 'fi_hetu', 'pl_pesel', 'br_cpf', 'be_nrn', 'cn_rid', 'in_aadhaar'])) {
  const y = int(1950, 2003); const m = int(1, 12); const d = int(1, 28);
  switch (sub) {
    case 'us_ssn': { let a; do a = int(101, 899); while (a === 666); return { sub, value: `${a}-${pad(int(1, 99))}-${pad(int(1, 9999), 4)}` }; }
    case 'uk_nino': return { sub, value: pick([`${pick(['A', 'B', 'C', 'E', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'W', 'Y'])}${pick(['A', 'B', 'C', 'E', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'W', 'X'])}${digits(6)}${pick('ABCD')}`]).replace(/^(..)(..)(..)(..)(.)$/, pick(['$1$2$3$4$5', '$1 $2 $3 $4 $5'])) };
    case 'es_dni': { const n = int(10000000, 99999999); return { sub, value: `${n}${DNI_LETTERS[n % 23]}` }; }
    case 'nl_bsn': { for (;;) { const b = digits(8); const s = b.split('').reduce((a, x, i) => a + +x * BSNW[i], 0); const c = s % 11; if (c <= 9 && b[0] !== '0') return { sub, value: b + c }; } }
    case 'fr_nir': { const base = `${int(1, 2)}${pad(y % 100)}${pad(m)}${pad(int(1, 95))}${pad(int(1, 999), 3)}${pad(int(1, 999), 3)}`; const key = 97 - Number(BigInt(base) % 97n); return { sub, value: pick([`${base}${pad(key)}`, `${base.slice(0, 1)} ${base.slice(1, 3)} ${base.slice(3, 5)} ${base.slice(5, 7)} ${base.slice(7, 10)} ${base.slice(10)} ${pad(key)}`]) }; }
    case 'se_pnr': { const b = `${pad(y % 100)}${pad(m)}${pad(d)}${digits(3)}`; for (let c = 0; c < 10; c++) if (luhnOk(b + c)) return { sub, value: `${pick(['', String(y).slice(0, 2)])}${b.slice(0, 6)}-${b.slice(6)}${c}` }; break; }
    case 'fi_hetu': { const ind = int(2, 899); const n = Number(`${pad(d)}${pad(m)}${pad(y % 100)}${pad(ind, 3)}`); return { sub, value: `${pad(d)}${pad(m)}${pad(y % 100)}${y >= 2000 ? 'A' : '-'}${pad(ind, 3)}${HETU_CHARS[n % 31]}` }; }
    case 'pl_pesel': { const mm = y >= 2000 ? m + 20 : m; const b = `${pad(y % 100)}${pad(mm)}${pad(d)}${digits(4)}`; const s = b.split('').reduce((a, x, i) => a + +x * PESELW[i], 0); return { sub, value: b + ((10 - (s % 10)) % 10) }; }
    case 'br_cpf': { const b = digits(9); const c = cpfDigits(b); return { sub, value: pick([`${b.slice(0, 3)}.${b.slice(3, 6)}.${b.slice(6)}-${c}`, b + c]) }; }
    case 'be_nrn': { const b = `${pad(y % 100)}${pad(m)}${pad(d)}${pad(int(1, 997), 3)}`; const num = y >= 2000 ? BigInt('2' + b) : BigInt(b); const c = 97 - Number(num % 97n); return { sub, value: `${b.slice(0, 2)}.${b.slice(2, 4)}.${b.slice(4, 6)}-${b.slice(6)}.${pad(c)}` }; }
    case 'cn_rid': { const b = `${pick(['110101', '310104', '440305', '510107'])}${y}${pad(m)}${pad(d)}${digits(3)}`; const s = b.split('').reduce((a, x, i) => a + +x * CNW[i], 0); return { sub, value: b + CNC[s % 11] }; }
    case 'in_aadhaar': { const b = `${int(2, 9)}${digits(10)}`; const v = b + verhoeffCheck(b); return { sub, value: pick([v, `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`]) }; }
  }
  throw new Error(sub);
}
export function nationalIdOk(sub, value) {
  const v = value.replace(/[\s.-]/g, '');
  switch (sub) {
    case 'us_ssn': return /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(value);
    case 'uk_nino': return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(v);
    case 'es_dni': return /^\d{8}[A-Z]$/.test(v) && DNI_LETTERS[Number(v.slice(0, 8)) % 23] === v[8];
    case 'nl_bsn': return /^\d{9}$/.test(v) && v.split('').reduce((a, x, i) => a + +x * BSNW[i], 0) % 11 === 0;
    case 'fr_nir': return /^\d{15}$/.test(v) && 97 - Number(BigInt(v.slice(0, 13)) % 97n) === Number(v.slice(13));
    case 'se_pnr': return luhnOk(v.slice(-10));
    case 'fi_hetu': { const m = /^(\d{6})[-A](\d{3})(.)$/.exec(value); return !!m && HETU_CHARS[Number(m[1] + m[2]) % 31] === m[3]; }
    case 'pl_pesel': return /^\d{11}$/.test(v) && (10 - (v.slice(0, 10).split('').reduce((a, x, i) => a + +x * PESELW[i], 0) % 10)) % 10 === +v[10];
    case 'br_cpf': return /^\d{11}$/.test(v) && cpfDigits(v.slice(0, 9)) === v.slice(9);
    case 'be_nrn': { if (!/^\d{11}$/.test(v)) return false; const c = +v.slice(9); return 97 - Number(BigInt(v.slice(0, 9)) % 97n) === c || 97 - Number(BigInt('2' + v.slice(0, 9)) % 97n) === c; }
    case 'cn_rid': return /^\d{17}[\dX]$/.test(v) && CNC[v.slice(0, 17).split('').reduce((a, x, i) => a + +x * CNW[i], 0) % 11] === v[17];
    case 'in_aadhaar': return /^[2-9]\d{11}$/.test(v) && verhoeffOk(v);
    default: return false;
  }
}

// ---------------------------------------------------------------- addresses, dates, places
const US_ST = ['Larchmont', 'Wexford', 'Sycamore Ridge', 'Old Mill', 'Bramblewood', 'Harrowgate', 'Juniper Hollow', 'Quarry Hill'];
const UK_ST = ['Kingsley Road', 'Ashgrove Terrace', 'Millbrook Close', 'Hawthorn Crescent', 'Tanners Lane', 'Glebe Street'];
const DE_ST = ['Lindenstraße', 'Am Kirschgarten', 'Schillerweg', 'Wilhelm-Raabe-Straße', 'Gartenstr.', 'Brunnenweg'];
const FR_ST = ['rue des Tanneurs', 'avenue Jean-Jaurès', 'impasse des Glycines', 'boulevard Voltaire', 'chemin du Moulin'];
export function address() {
  const t = pick(['us', 'uk', 'de', 'fr', 'es', 'it', 'nl', 'br', 'jp', 'pl', 'us', 'uk']);
  switch (t) {
    case 'us': return { sub: 'us_street', value: `${int(12, 9870)} ${pick(US_ST)} ${pick(['St', 'Ave', 'Dr', 'Ln', 'Court', 'Blvd'])}${chance(0.3) ? ` Apt ${int(1, 40)}${pick('ABCD')}` : ''}`, city: pick(['Columbus', 'Tucson', 'Raleigh', 'Spokane', 'Omaha']) };
    case 'uk': return { sub: 'uk_street', value: `${int(1, 220)} ${pick(UK_ST)}`, city: pick(['Leeds', 'Bristol', 'Norwich', 'Cardiff']) };
    case 'de': return { sub: 'de_street', value: `${pick(DE_ST)} ${int(1, 140)}${chance(0.2) ? pick(['a', 'b']) : ''}`, city: pick(['Leipzig', 'Münster', 'Freiburg', 'Kassel']) };
    case 'fr': return { sub: 'fr_street', value: `${int(1, 90)}${chance(0.2) ? ' bis' : ''} ${pick(FR_ST)}`, city: pick(['Lyon', 'Nantes', 'Rennes', 'Toulouse']) };
    case 'es': return { sub: 'es_street', value: `Calle de ${pick(['Toledo', 'Alcalá', 'Fuencarral', 'San Vicente'])} ${int(1, 200)}, ${int(1, 9)}º ${pick('ABCD')}`, city: pick(['Zaragoza', 'Valencia', 'Bilbao']) };
    case 'it': return { sub: 'it_street', value: `Via ${pick(['Garibaldi', 'dei Mille', 'Cavour', 'San Donato'])} ${int(1, 150)}`, city: pick(['Bologna', 'Torino', 'Bari']) };
    case 'nl': return { sub: 'nl_street', value: `${pick(['Prinsengracht', 'Ooievaarsweg', 'Lange Voorhout', 'Kerkstraat'])} ${int(1, 400)}-${int(1, 3)}`, city: pick(['Utrecht', 'Eindhoven', 'Groningen']) };
    case 'br': return { sub: 'br_street', value: `Rua ${pick(['Augusta', 'das Palmeiras', 'Padre Anchieta', 'Oscar Freire'])} ${int(10, 2400)}, apto ${int(11, 190)}`, city: pick(['Campinas', 'Curitiba', 'Recife']) };
    case 'jp': return { sub: 'jp_address', value: `${pick(['東京都世田谷区太子堂', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町'])}${int(1, 5)}-${int(1, 30)}-${int(1, 20)}`, city: pick(['Osaka', 'Sapporo', 'Fukuoka']) };
    default: return { sub: 'pl_street', value: `ul. ${pick(['Marszałkowska', 'Długa', 'Piotrkowska', 'Kwiatowa'])} ${int(1, 120)}/${int(1, 40)}`, city: pick(['Kraków', 'Gdańsk', 'Łódź', 'Poznań']) };
  }
}
export function dob() {
  const y = int(1948, 2006); const m = int(1, 12); const d = int(1, 28);
  return { y, m, d, iso: `${y}-${pad(m)}-${pad(d)}`, eu: `${pad(d)}/${pad(m)}/${y}`, us: `${pad(m)}/${pad(d)}/${y}`, de: `${pad(d)}.${pad(m)}.${y}`,
    long: `${d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}` };
}
const CENTRES = [[52.52, 13.405], [48.8566, 2.3522], [40.7128, -74.006], [51.5072, -0.1276], [-23.5505, -46.6333], [35.6762, 139.6503], [41.3874, 2.1686], [59.3293, 18.0686], [-33.8688, 151.2093], [19.076, 72.8777]];
export function geo() {
  const [la, lo] = pick(CENTRES);
  const dp = pick([5, 6, 6, 7]);
  return { lat: Number((la + (rnd() - 0.5) * 0.2).toFixed(dp)), lng: Number((lo + (rnd() - 0.5) * 0.2).toFixed(dp)) };
}
export const CITIES = ['Lisbon', 'Rotterdam', 'Wrocław', 'Porto', 'Aarhus', 'Graz', 'Ghent', 'Turin', 'Seville', 'Tampere', 'Brno', 'Cork'];

// ---------------------------------------------------------------- secrets
const WORDS = ['marmalade', 'quokka', 'zeppelin', 'trombone', 'glacier', 'pumpernickel', 'lanyard', 'oxbow', 'sextant', 'juniper', 'kumquat', 'flotilla', 'bramble', 'cobalt', 'wombat', 'tundra'];
export function password() {
  return pick([
    () => `${pick(['Sommer', 'Winter', 'Falcon', 'Tigre', 'Aurora', 'Kiwi', 'Nebula'])}${int(1970, 2026)}${pick(['!', '#', '$', '?', '*'])}`,
    () => alnum(int(12, 20)) + pick(['!', '%', '&', '']),
    () => `${pick(WORDS)}-${pick(WORDS)}-${pick(WORDS)}-${int(10, 99)}`,
    () => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`,
    () => `${alnum(4)}${pick(['@', '#', '^'])}${alnum(6)}${digits(2)}`,
    () => `P@ss${alnum(6)}${digits(3)}`,
  ])();
}
export const jwt = (claims = {}) => {
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: hex(8) })}.${enc({ sub: `usr_${lower(10)}`, iat: 1735000000 + int(0, 9e6), exp: 1745000000 + int(0, 9e6), ...claims })}.${b64url(43)}`;
};
export function token() {
  return pick([
    () => ({ sub: 'github_pat', value: `ghp_${alnum(36)}` }), () => ({ sub: 'github_fine', value: `github_pat_11${upper(20)}_${alnum(59)}` }),
    () => ({ sub: 'gitlab_pat', value: `glpat-${b64url(20)}` }), () => ({ sub: 'slack_bot', value: `xoxb-${digits(11)}-${digits(13)}-${alnum(24)}` }),
    () => ({ sub: 'npm', value: `npm_${alnum(36)}` }), () => ({ sub: 'jwt', value: jwt() }), () => ({ sub: 'opaque', value: b64url(int(32, 48)) }),
    () => ({ sub: 'google_oauth', value: `ya29.a0${b64url(int(90, 140))}` }), () => ({ sub: 'refresh', value: `rt_${b64url(40)}` }),
    () => ({ sub: 'docker_pat', value: `dckr_pat_${b64url(27)}` }), () => ({ sub: 'pypi', value: `pypi-AgEIcHlwaS5vcmc${b64url(60)}` }),
  ])();
}
export function apiKey() {
  return pick([
    () => ({ sub: 'stripe_secret', value: `sk_live_${alnum(24)}${chance(0.5) ? alnum(75) : ''}` }), () => ({ sub: 'stripe_restricted', value: `rk_live_${alnum(24)}` }),
    () => ({ sub: 'aws_access', value: `AKIA${upper(16)}` }), () => ({ sub: 'google', value: `AIza${b64url(35)}` }),
    () => ({ sub: 'sendgrid', value: `SG.${b64url(22)}.${b64url(43)}` }), () => ({ sub: 'openai', value: `sk-proj-${b64url(48)}` }),
    () => ({ sub: 'anthropic', value: `sk-ant-api03-${b64url(86)}-${b64url(6)}AA` }), () => ({ sub: 'huggingface', value: `hf_${alnum(34)}` }),
    () => ({ sub: 'mailgun', value: `key-${hex(32)}` }), () => ({ sub: 'hex32', value: hex(32) }), () => ({ sub: 'postman', value: `PMAK-${hex(24)}-${hex(34)}` }),
    () => ({ sub: 'linear', value: `lin_api_${alnum(40)}` }), () => ({ sub: 'shopify', value: `shpat_${hex(32)}` }), () => ({ sub: 'digitalocean', value: `dop_v1_${hex(64)}` }),
  ])();
}
export const awsSecret = () => b64(40).replace(/\+/g, 'k');
export function otherSecret() {
  return pick([
    () => ({ sub: 'webhook_secret', value: `whsec_${alnum(32)}` }), () => ({ sub: 'hmac_key', value: hex(64) }), () => ({ sub: 'totp_seed', value: b32(32) }),
    () => ({ sub: 'aes_key', value: Buffer.from(Array.from({ length: 32 }, () => int(0, 255))).toString('base64') }),
    () => ({ sub: 'client_secret', value: `${pick(['GOCSPX-', '', 'cs_'])}${b64url(28)}` }), () => ({ sub: 'signing_secret', value: hex(32) }),
    () => ({ sub: 'django_secret', value: `django-insecure-${lower(12)}${b64url(30).replace(/-/g, '!')}` }), () => ({ sub: 'rails_secret_key_base', value: hex(128) }),
  ])();
}
export const recoveryCodes = (n = 4) => Array.from({ length: n }, () => `${lower(5)}-${lower(5)}`);
export function pem(kind = pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY'])) {
  const lines = [];
  const first = kind === 'OPENSSH PRIVATE KEY' ? 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA' + b64(14) : kind === 'EC PRIVATE KEY' ? 'MHcCAQEEI' + b64(55) : 'MII' + pick(['Ev', 'Ep', 'JQ']) + b64(59);
  lines.push(first.slice(0, 64));
  const n = kind === 'EC PRIVATE KEY' ? 2 : int(5, 9);
  for (let i = 0; i < n; i++) lines.push(b64(64));
  lines.push(b64(int(20, 60)) + pick(['', '=', '==']));
  return { sub: kind.toLowerCase().replace(/ /g, '_'), value: `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----` };
}
export const pgpPrivate = () => ({ sub: 'pgp_private', value: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBG${b64(58)}\n${Array.from({ length: 5 }, () => b64(64)).join('\n')}\n=${b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----` });

// ---------------------------------------------------------------- keep (hard negatives)
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick('89ab')}${hex(3)}-${hex(12)}`;
export const traceId = () => hex(32);
export const spanId = () => hex(16);
export const sha256 = () => hex(64);
export const gitSha = () => hex(40);
export const shortSha = () => hex(7);
export const semver = () => `${int(0, 9)}.${int(0, 40)}.${int(0, 30)}`;
export const ts = () => `2025-${pad(int(1, 12))}-${pad(int(1, 28))}T${pad(int(0, 23))}:${pad(int(0, 59))}:${pad(int(0, 59))}.${pad(int(0, 999), 3)}Z`;
export const epochMs = () => 1735700000000 + int(0, 3e10);
export const orderId = () => pick([`ORD-${digits(8)}`, `SO${digits(7)}`, `#${int(100000, 999999)}`, `ord_${lower(14)}`]);
export const invoiceId = () => pick([`INV-2025-${digits(5)}`, `F${digits(2)}-${digits(6)}`, `in_${alnum(24)}`]);
export const ticketKey = () => `${pick(['PAY', 'OPS', 'CORE', 'SUP', 'WEB'])}-${int(10, 9999)}`;
export const sku = () => `${pick(['TSH', 'MUG', 'KB', 'CBL', 'BAG'])}-${upper(3)}-${digits(3)}`;
export const tracking = () => pick([`1Z${upper(6)}${digits(10)}`, `JD${digits(16)}`, `9400${digits(18)}`, `LX${digits(9)}DE`]);
export const requestId = () => pick([`req_${lower(14)}`, uuid(), `${hex(8)}-${hex(4)}`, `Root=1-${hex(8)}-${hex(24)}`]);
export const hostname = () => pick([`api-${pick(['eu', 'us'])}-${int(1, 9)}.internal`, `db-primary.${pick(['prod', 'staging'])}.svc.cluster.local`, `payments-worker-${int(0, 12)}`, `edge-${lower(3)}${int(1, 30)}.cdn.example.net`, `ip-10-${int(0, 255)}-${int(0, 255)}-${int(1, 254)}.eu-west-1.compute.internal`]);
export const podName = () => `${pick(['checkout', 'api', 'mailer', 'search'])}-${lower(9)}-${lower(5)}`;
export const containerId = () => hex(64);
export const imageDigest = () => `sha256:${hex(64)}`;
export const sshFingerprint = () => `SHA256:${b64(43)}`;
export const publishable = () => pick([`pk_live_${alnum(24)}`, `pk_test_${alnum(24)}`]);
export const oauthClientId = () => pick([`${digits(12)}-${lower(32)}.apps.googleusercontent.com`, `${alnum(22)}`, uuid()]);
export const masked = (last4) => pick([`****${last4}`, `•••• ${last4}`, `XXXX-XXXX-XXXX-${last4}`, `************${last4}`]);
export const product = () => pick(['Aeropress Go', 'Trail Runner 4', 'Linen Duvet Cover', 'Standing Desk Pro', 'Noise Cancelling Headset X2', 'Oat Milk 1L', 'Basic Plan', 'Team Plan (annual)']);
export const etag = () => `W/"${hex(8)}-${hex(8)}"`;
