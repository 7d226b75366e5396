// Value factories for the heldout-v9 corpus. Every value is invented here from a seeded PRNG;
// identifiers carry real check digits so a checksum-validating detector is not handed an easy out.
export const SEED = 0x5eed_0917;

// mulberry32: small, fast, good enough for test data, and fully deterministic.
let state = SEED >>> 0;
export function reseed(seed) { state = seed >>> 0; }
export function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
export const pick = (arr) => arr[Math.floor(rand() * arr.length)];
export const chance = (p) => rand() < p;
const fromSet = (set, n) => Array.from({ length: n }, () => set[Math.floor(rand() * set.length)]).join('');
export const digits = (n) => fromSet('0123456789', n);
export const hex = (n) => fromSet('0123456789abcdef', n);
export const HEX = (n) => fromSet('0123456789ABCDEF', n);
export const alnum = (n) => fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', n);
export const lower = (n) => fromSet('abcdefghijklmnopqrstuvwxyz', n);
export const lowerNum = (n) => fromSet('abcdefghijklmnopqrstuvwxyz0123456789', n);
export const upperNum = (n) => fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n);
export const b64 = (n) => fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', n);
export const b64url = (n) => fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', n);
export const base32 = (n) => fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);
const b64uJson = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');

// ---------------------------------------------------------------- people
const NAMES = {
  en: [['Olivia', 'Marcus', 'Priya', 'Ethan', 'Hannah', 'Jamal', 'Chloe', 'Declan', 'Imogen', 'Trevor', 'Rosalind', 'Desmond'],
    ['Whitfield', 'Okafor', 'Castellano', 'Brennan', 'Holloway', 'Pemberton', 'Radcliffe', 'Thornbury', 'Ashcombe', 'Mulligan', 'Fairweather']],
  de: [['Jonas', 'Friederike', 'Matthias', 'Annika', 'Wolfgang', 'Svenja', 'Tobias', 'Henrike', 'Lennart'],
    ['Brandstätter', 'Hoffmeister', 'Rautenberg', 'Eichhorn', 'Wiesenthal', 'Kerschbaum', 'Ostermeier', 'Blümlein']],
  fr: [['Camille', 'Théo', 'Élodie', 'Baptiste', 'Margaux', 'Quentin', 'Solène', 'Aurélien'],
    ['Delacroix', 'Lemaître', 'Garnier', 'Chevalier', 'Rousseau-Lambert', 'Vasseur', 'Dufresne']],
  es: [['Lucía', 'Álvaro', 'Carmen', 'Sergio', 'Nerea', 'Iñaki', 'Rocío'],
    ['Fernández Ruiz', 'Olmedo', 'Castañeda', 'Iglesias', 'Zubiaurre', 'Peñalver']],
  pt: [['João', 'Beatriz', 'Rafael', 'Mariana', 'Thiago', 'Inês', 'Gonçalo'],
    ['Albuquerque', 'Nogueira', 'Figueiredo', 'Sampaio', 'Magalhães', 'Teixeira Lobo']],
  it: [['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Federica', 'Ludovico'],
    ['Marchetti', 'Lombardi', 'Ferraresi', 'Zanetti', 'Benedetti', 'Cavalcanti']],
  nl: [['Sanne', 'Daan', 'Femke', 'Joris', 'Lotte', 'Maarten'],
    ['van der Heijden', 'de Groot', 'Verhoeven', 'Jansen-Smit', 'Kuipers', 'Brouwer']],
  pl: [['Katarzyna', 'Paweł', 'Agnieszka', 'Grzegorz', 'Zofia', 'Bartosz'],
    ['Wiśniewska', 'Zieliński', 'Wróblewski', 'Kaczmarek', 'Szymańska', 'Dąbrowski']],
  ja: [['健太', '美咲', '大輔', '陽菜', '翔太', '結衣'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '山本']],
  zh: [['伟', '秀英', '静怡', '建国', '子涵', '浩然'], ['王', '李', '张', '刘', '陈', '杨']],
};
export const LANGS = Object.keys(NAMES);
const ASCII = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', é: 'e', è: 'e', É: 'E', ç: 'c', ã: 'a', á: 'a', í: 'i', ñ: 'n', ó: 'o', ê: 'e', ł: 'l', ś: 's', ń: 'n', ą: 'a', ó_: 'o', Á: 'A' };
const ROMAJI = { 健太: 'kenta', 美咲: 'misaki', 大輔: 'daisuke', 陽菜: 'hina', 翔太: 'shota', 結衣: 'yui', 佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 渡辺: 'watanabe', 山本: 'yamamoto',
  伟: 'wei', 秀英: 'xiuying', 静怡: 'jingyi', 建国: 'jianguo', 子涵: 'zihan', 浩然: 'haoran', 王: 'wang', 李: 'li', 张: 'zhang', 刘: 'liu', 陈: 'chen', 杨: 'yang' };
const asciiOf = (s) => (ROMAJI[s] ?? s).split('').map((c) => ASCII[c] ?? c).join('').toLowerCase().replace(/[^a-z]/g, '');

/** A person: { first, last, full, ascii, lang } — full is written the way the locale writes it. */
export function person(lang = pick(LANGS)) {
  const [firsts, lasts] = NAMES[lang];
  const first = pick(firsts); const last = pick(lasts);
  const full = lang === 'ja' ? `${last} ${first}` : lang === 'zh' ? `${last}${first}` : `${first} ${last}`;
  return { first, last, full, lang, a: asciiOf(first), b: asciiOf(last) };
}
const MAIL = { en: ['gmail.com', 'outlook.com', 'icloud.com', 'fastmail.com'], de: ['web.de', 'gmx.de', 't-online.de'], fr: ['orange.fr', 'laposte.net', 'free.fr'],
  es: ['yahoo.es', 'telefonica.net', 'gmail.com'], pt: ['uol.com.br', 'sapo.pt', 'bol.com.br'], it: ['libero.it', 'virgilio.it', 'tiscali.it'], nl: ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl'],
  pl: ['wp.pl', 'onet.pl', 'interia.pl'], ja: ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com'], zh: ['qq.com', '163.com', 'sina.com'] };
export function email(p = person()) {
  const sep = pick(['.', '_', '', '-']);
  const local = pick([`${p.a}${sep}${p.b}`, `${p.a[0]}${p.b}${int(1, 99)}`, `${p.b}${sep}${p.a}${int(70, 99)}`, `${p.a}${sep}${p.b}+${pick(['shop', 'news', 'billing'])}`]);
  return `${local}@${pick(MAIL[p.lang])}`;
}
export function workEmail(p = person()) { return `${p.a}.${p.b}@${pick(['northwind-logistics.com', 'helvetia-print.ch', 'kestrel-analytics.io', 'brightfield.co.uk', 'tannery-labs.de'])}`; }

// ---------------------------------------------------------------- phones (formats as people type them)
export function phone(cc = pick(['de', 'fr', 'es', 'pt', 'br', 'it', 'nl', 'pl', 'jp', 'cn', 'us', 'uk'])) {
  switch (cc) {
    case 'de': return pick([`+49 15${int(1, 9)} ${digits(8)}`, `0${pick(['151', '160', '176', '172'])} ${digits(3)} ${digits(4)}`, `+49 (0)30 ${digits(4)} ${digits(3)}`]);
    case 'fr': return pick([`+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `07.${digits(2)}.${digits(2)}.${digits(2)}.${digits(2)}`]);
    case 'es': return pick([`+34 6${digits(2)} ${digits(3)} ${digits(3)}`, `6${digits(2)}-${digits(3)}-${digits(3)}`]);
    case 'pt': return `+351 9${pick(['1', '2', '3', '6'])}${digits(1)} ${digits(3)} ${digits(3)}`;
    case 'br': return pick([`+55 11 9${digits(4)}-${digits(4)}`, `(21) 9${digits(4)}-${digits(4)}`]);
    case 'it': return pick([`+39 3${digits(2)} ${digits(3)} ${digits(4)}`, `3${digits(2)} ${digits(7)}`]);
    case 'nl': return pick([`+31 6 ${digits(4)} ${digits(4)}`, `06-${digits(8)}`]);
    case 'pl': return pick([`+48 ${int(5, 8)}${digits(2)} ${digits(3)} ${digits(3)}`, `${int(5, 8)}${digits(2)}-${digits(3)}-${digits(3)}`]);
    case 'jp': return pick([`090-${digits(4)}-${digits(4)}`, `+81 80-${digits(4)}-${digits(4)}`]);
    case 'cn': return pick([`+86 13${digits(1)} ${digits(4)} ${digits(4)}`, `15${digits(9)}`]);
    case 'us': return pick([`(${int(2, 9)}${digits(2)}) ${int(2, 9)}${digits(2)}-${digits(4)}`, `+1 ${int(2, 9)}${digits(2)}-${int(2, 9)}${digits(2)}-${digits(4)}`, `+1${int(2, 9)}${digits(2)}${int(2, 9)}${digits(6)}`]);
    default: return pick([`+44 7${digits(3)} ${digits(6)}`, `07${digits(3)} ${digits(3)} ${digits(3)}`]);
  }
}
export const LANG_CC = { en: 'us', de: 'de', fr: 'fr', es: 'es', pt: 'br', it: 'it', nl: 'nl', pl: 'pl', ja: 'jp', zh: 'cn' };

// ---------------------------------------------------------------- network
export function ipv4() {
  for (;;) {
    const a = int(23, 223);
    if ([127, 169, 172, 192, 10, 100].includes(a)) continue;
    return `${a}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
  }
}
export const ipv6 = () => `2a0${int(1, 9)}:${hex(4).replace(/^0+/, '') || 'a'}:${hex(3)}${int(1, 9)}:${hex(4).replace(/^0+/, '') || 'b'}::${hex(3)}${int(1, 9)}`;

// ---------------------------------------------------------------- national ids (real check digits)
export function ssn() { for (;;) { const a = int(1, 899); if (a === 666) continue; return `${String(a).padStart(3, '0')}-${String(int(1, 99)).padStart(2, '0')}-${String(int(1, 9999)).padStart(4, '0')}`; } }
export function nino() { const L = 'ABCEGHJKLMNPRSTWXYZ'; return `${pick(L)}${pick(L.replace('O', ''))} ${digits(2)} ${digits(2)} ${digits(2)} ${pick('ABCD')}`; }
export function deSteuerId() {
  for (;;) {
    const pool = '0123456789'.split('');
    const ds = [];
    const dup = pick(pool);
    ds.push(dup, dup);
    const rest = pool.filter((d) => d !== dup).sort(() => rand() - 0.5).slice(0, 8);
    ds.push(...rest);
    ds.sort(() => rand() - 0.5);
    if (ds[0] === '0') continue;
    let product = 10;
    for (const d of ds) { let sum = (Number(d) + product) % 10; if (sum === 0) sum = 10; product = (sum * 2) % 11; }
    let check = 11 - product; if (check === 10) check = 0;
    const s = ds.join('') + check;
    return pick([s, `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8)}`]);
  }
}
export function frNir() {
  const body = `${int(1, 2)}${String(int(50, 99)).padStart(2, '0')}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 95)).padStart(2, '0')}${digits(3)}${digits(3)}`;
  const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
  return pick([body + key, `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`]);
}
export function esDni() { const n = int(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`; }
export function nlBsn() {
  for (;;) {
    const d = digits(8).split('').map(Number); if (d[0] === 0) continue;
    const s = d.reduce((a, x, i) => a + x * (9 - i), 0);
    const last = s % 11; if (last > 9) continue;
    return d.join('') + last;
  }
}
export function plPesel() {
  const y = int(1950, 2005); const m = int(1, 12) + (y >= 2000 ? 20 : 0); const day = int(1, 28);
  const base = `${String(y % 100).padStart(2, '0')}${String(m).padStart(2, '0')}${String(day).padStart(2, '0')}${digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = base.split('').reduce((a, c, i) => a + Number(c) * w[i], 0);
  return base + ((10 - (s % 10)) % 10);
}
export function brCpf() {
  for (;;) {
    const d = digits(9).split('').map(Number); if (new Set(d).size === 1) continue;
    const dv = (arr) => { const s = arr.reduce((a, x, i) => a + x * (arr.length + 1 - i), 0); const r = (s * 10) % 11; return r === 10 ? 0 : r; };
    const d1 = dv(d); const d2 = dv([...d, d1]);
    const all = [...d, d1, d2].join('');
    return pick([all, `${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6, 9)}-${all.slice(9)}`]);
  }
}
export function cnRid() {
  const body = `${pick(['110105', '310104', '440305', '510107', '330106'])}${int(1960, 2002)}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}${digits(3)}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = body.split('').reduce((a, c, i) => a + Number(c) * w[i], 0);
  return body + '10X98765432'[s % 11];
}
export function jpMyNumber() {
  const p = digits(11);
  let s = 0;
  for (let n = 1; n <= 11; n++) { const pn = Number(p[11 - n]); const qn = n <= 6 ? n + 1 : n - 5; s += pn * qn; }
  const r = s % 11; const c = r <= 1 ? 0 : 11 - r;
  const all = p + c;
  return pick([all, `${all.slice(0, 4)} ${all.slice(4, 8)} ${all.slice(8)}`]);
}
export function itCodiceFiscale(p = person('it')) {
  const cons = (s) => s.toUpperCase().replace(/[^A-Z]/g, '').replace(/[AEIOU]/g, '');
  const vow = (s) => s.toUpperCase().replace(/[^AEIOU]/g, '');
  const part = (s, first) => { const c = cons(s); const code = first && c.length >= 4 ? c[0] + c[2] + c[3] : c + vow(s) + 'XXX'; return code.slice(0, 3); };
  const body = `${part(p.b, false)}${part(p.a, true)}${digits(2)}${pick('ABCDEHLMPRST')}${String(int(1, 28) + (chance(0.5) ? 40 : 0)).padStart(2, '0')}${pick('FHLG')}${digits(3)}`;
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let s = 0;
  for (let i = 0; i < 15; i++) {
    const ch = body[i]; const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    s += i % 2 === 0 ? odd[v] : v;
  }
  return body + String.fromCharCode(65 + (s % 26));
}
export const NATIONAL = { ssn, uk_nino: nino, de_steuer_id: deSteuerId, fr_nir: frNir, es_dni: esDni, nl_bsn: nlBsn, pl_pesel: plPesel, br_cpf: brCpf, cn_rid: cnRid, jp_mynumber: jpMyNumber, it_cf: () => itCodiceFiscale() };
export const LANG_NID = { en: ['ssn', 'uk_nino'], de: ['de_steuer_id'], fr: ['fr_nir'], es: ['es_dni'], pt: ['br_cpf'], it: ['it_cf'], nl: ['nl_bsn'], pl: ['pl_pesel'], ja: ['jp_mynumber'], zh: ['cn_rid'] };
export function nationalId(lang = pick(LANGS)) { const sub = pick(LANG_NID[lang]); return { sub, value: NATIONAL[sub]() }; }

// ---------------------------------------------------------------- IBAN (ISO 13616, mod 97)
const IBAN_BBAN = {
  DE: () => digits(18), FR: () => `${digits(10)}${digits(11)}${digits(2)}`, ES: () => digits(20), IT: () => `${pick('ABCDEFGHJKLMNPRSTUVWXYZ')}${digits(10)}${digits(12)}`,
  NL: () => `${pick(['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO'])}${digits(10)}`, GB: () => `${pick(['NWBK', 'BARC', 'LOYD', 'MIDL'])}${digits(14)}`, PL: () => digits(24),
  PT: () => digits(21), BE: () => digits(12), AT: () => digits(16), CH: () => digits(17),
};
export function iban(cc = pick(Object.keys(IBAN_BBAN))) {
  const bban = IBAN_BBAN[cc]();
  const num = `${bban}${cc}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = String(98 - Number(BigInt(num) % 97n)).padStart(2, '0');
  const e = `${cc}${check}${bban}`;
  return { cc, value: chance(0.5) ? e : e.replace(/(.{4})/g, '$1 ').trim() };
}

// ---------------------------------------------------------------- cards (Luhn)
export function card(brand = pick(['visa', 'mastercard', 'amex', 'discover', 'jcb', 'unionpay'])) {
  const prefix = { visa: `4${digits(5)}`, mastercard: pick([`5${int(1, 5)}${digits(4)}`, `2${int(221, 720)}${digits(2)}`]), amex: `3${pick('47')}${digits(4)}`, discover: `6011${digits(2)}`, jcb: `35${int(28, 89)}${digits(2)}`, unionpay: `62${digits(4)}` }[brand];
  const len = brand === 'amex' ? 15 : 16;
  const body = prefix + digits(len - 1 - prefix.length);
  let s = 0;
  for (let i = 0; i < body.length; i++) { let d = Number(body[body.length - 1 - i]); if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; } s += d; }
  const n = body + ((10 - (s % 10)) % 10);
  const style = int(0, 2);
  if (style === 0) return { brand, value: n, last4: n.slice(-4) };
  const sep = style === 1 ? ' ' : '-';
  const grouped = brand === 'amex' ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}` : n.replace(/(.{4})(?!$)/g, `$1${sep}`);
  return { brand, value: grouped, last4: n.slice(-4) };
}

// ---------------------------------------------------------------- addresses, dates, coordinates
export const CITIES = { en: ['Portland', 'Leeds', 'Denver', 'Bristol'], de: ['Leipzig', 'Freiburg im Breisgau', 'Münster'], fr: ['Lyon', 'Nantes', 'Toulouse'], es: ['Valencia', 'Bilbao', 'Sevilla'],
  pt: ['Porto', 'Campinas', 'Curitiba'], it: ['Bologna', 'Torino', 'Verona'], nl: ['Utrecht', 'Haarlem', 'Groningen'], pl: ['Kraków', 'Gdańsk', 'Poznań'], ja: ['横浜市', '福岡市', '札幌市'], zh: ['杭州市', '成都市', '深圳市'] };
export function address(lang = pick(LANGS)) {
  const n = int(2, 188);
  switch (lang) {
    case 'de': return `${pick(['Lindenstraße', 'Am Mühlbach', 'Kastanienallee', 'Schillerweg', 'Hohenzollernring'])} ${n}${pick(['', 'a', 'b'])}, ${digits(5)} ${pick(CITIES.de)}`;
    case 'fr': return `${n} ${pick(['rue des Tilleuls', 'avenue Jean-Jaurès', 'impasse du Moulin', 'boulevard Voltaire'])}, ${int(10, 95)}${digits(3)} ${pick(CITIES.fr)}`;
    case 'es': return `${pick(['Calle de la Amargura', 'Avenida del Puerto', 'Calle Mayor', 'Paseo de Gracia'])} ${n}, ${int(1, 9)}º ${pick('ABCD')}, ${int(10, 52)}${digits(3)} ${pick(CITIES.es)}`;
    case 'pt': return pick([`Rua das Flores ${n}, ${int(1000, 4999)}-${digits(3)} Porto`, `Rua Augusta, ${n} - apto ${int(11, 98)}, ${digits(5)}-${digits(3)} ${pick(['Campinas', 'Curitiba'])}`]);
    case 'it': return `${pick(['Via Garibaldi', 'Viale dei Mille', 'Corso Vittorio Emanuele II', 'Via della Spiga'])} ${n}, ${digits(5)} ${pick(CITIES.it)}`;
    case 'nl': return `${pick(['Keizersgracht', 'Oudegracht', 'Vondelstraat', 'Zonnebloemweg'])} ${n}${pick(['', '-2', ' B'])}, ${int(1000, 9999)} ${pick(['AB', 'KL', 'DV', 'RT'])} ${pick(CITIES.nl)}`;
    case 'pl': return `ul. ${pick(['Mickiewicza', 'Długa', 'Słowackiego', 'Ogrodowa'])} ${n}/${int(1, 40)}, ${digits(2)}-${digits(3)} ${pick(CITIES.pl)}`;
    case 'ja': return `${pick(['神奈川県横浜市港北区日吉', '福岡県福岡市中央区天神', '北海道札幌市北区北'])}${int(1, 9)}-${int(1, 30)}-${int(1, 20)}`;
    case 'zh': return `${pick(['浙江省杭州市西湖区文三路', '四川省成都市武侯区人民南路', '广东省深圳市南山区科技园路'])}${n}号${int(1, 30)}栋${int(101, 2808)}室`;
    default: return pick([`${int(100, 9899)} ${pick(['Maple Ave', 'NE Alberta St', 'Larkspur Lane', 'Cedar Ridge Rd'])}, Apt ${int(1, 30)}${pick('ABC')}, ${pick(['Portland, OR 97211', 'Denver, CO 80206', 'Austin, TX 78704'])}`,
      `${n} ${pick(['Kingsley Road', 'Oakfield Crescent', 'Hawthorn Mews'])}, ${pick(['Leeds LS6', 'Bristol BS7', 'York YO31'])} ${int(1, 9)}${pick(['AB', 'DW', 'HT'])}`]);
  }
}
export function dob(style = int(0, 4)) {
  const y = int(1948, 2006); const m = int(1, 12); const d = int(1, 28);
  const p2 = (x) => String(x).padStart(2, '0');
  return [`${y}-${p2(m)}-${p2(d)}`, `${p2(d)}.${p2(m)}.${y}`, `${p2(m)}/${p2(d)}/${y}`, `${p2(d)}/${p2(m)}/${y}`, `${y}年${m}月${d}日`][style];
}
export function latlng() {
  const [la, lo] = pick([[48.1, 11.5], [45.7, 4.8], [40.4, -3.7], [52.3, 4.9], [50.0, 19.9], [35.6, 139.7], [30.2, 120.1], [-23.5, -46.6], [45.5, -122.6], [53.8, -1.5]]);
  const f = (x) => (x + rand() * 0.09).toFixed(int(5, 7));
  return { lat: f(la), lng: f(lo) };
}
export function homeUser(p = person()) { return pick([`${p.a}.${p.b}`, `${p.a[0]}${p.b}`, `${p.a}${p.b[0]}`, `${p.b}${p.a[0]}`]); }

// ---------------------------------------------------------------- secrets
const WORDS = ['marmalade', 'quokka', 'zeppelin', 'tundra', 'lantern', 'origami', 'falcon', 'juniper', 'nebula', 'cobalt', 'saffron', 'gazebo', 'walrus', 'pistachio', 'mandolin'];
export function password(style = int(0, 4)) {
  switch (style) {
    case 0: return `${pick(WORDS)[0].toUpperCase()}${pick(WORDS).slice(1)}${int(10, 99)}${pick('!$%&*#')}${pick(WORDS).slice(0, 3)}`;
    case 1: return `${alnum(4)}${pick('!$%&*#^')}${alnum(5)}${pick('!$%&*#^')}${digits(2)}${alnum(3)}`;
    case 2: return `${pick(WORDS)}-${pick(WORDS)}-${pick(WORDS)}-${int(2, 99)}`;
    case 3: return `${pick(['Sommer', 'Printemps', 'Verano', 'Inverno', 'Lato', 'Zomer', 'Welcome'])}${int(2019, 2026)}${pick('!#.?')}`;
    default: return `${alnum(6)}${pick('_.~+=')}${alnum(8)}`;
  }
}
export const passphrase = () => `${pick(WORDS)} ${pick(['velvet', 'crimson', 'hollow', 'gallant'])} ${pick(WORDS)} ${int(10, 99)}`;
export const connPassword = () => pick([`${alnum(10)}${pick(['_', '-', '.', '~'])}${alnum(6)}`, alnum(24), `${pick(WORDS)}${digits(4)}${pick(['_', '-'])}${lower(4)}`]);

export function jwt(claims = {}) {
  const header = b64uJson({ alg: pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: hex(8) });
  const iat = 1760000000 + int(0, 9999999);
  const payload = b64uJson({ sub: `usr_${alnum(10)}`, iss: pick(['https://auth.kestrel-analytics.io/', 'https://login.northwind-logistics.com']), iat, exp: iat + 3600, scope: pick(['read:orders', 'openid profile email', 'admin']), ...claims });
  return `${header}.${payload}.${b64url(pick([43, 86, 342]))}`;
}
export const TOKENS = {
  jwt: () => jwt(), github_pat: () => `ghp_${alnum(36)}`, github_fine: () => `github_pat_${upperNum(22)}_${alnum(59)}`, gitlab_pat: () => `glpat-${b64url(20)}`,
  slack_bot: () => `xoxb-${digits(11)}-${digits(13)}-${alnum(24)}`, npm: () => `npm_${alnum(36)}`, google_oauth: () => `ya29.${b64url(int(90, 140))}`,
  opaque_bearer: () => b64url(int(32, 48)), refresh: () => `rt_${b64url(40)}`, session: () => hex(48), reset: () => b64url(32), magic_link: () => lowerNum(40),
  pypi: () => `pypi-AgEIcHlwaS5vcmc${b64url(60)}`, hf: () => `hf_${alnum(34)}`, shopify: () => `shpat_${hex(32)}`, doppler: () => `dp.st.prd.${alnum(40)}`,
};
export function token(sub = pick(Object.keys(TOKENS))) { return { sub, value: TOKENS[sub]() }; }
export const API_KEYS = {
  stripe_secret: () => `sk_live_${alnum(99)}`.slice(0, 8 + pick([24, 99])), stripe_restricted: () => `rk_live_${alnum(24)}`, aws_access_key: () => `AKIA${upperNum(16).replace(/[01]/g, '7')}`,
  aws_secret: () => `${b64(40).replace(/\+/g, 'q')}`, sendgrid: () => `SG.${b64url(22)}.${b64url(43)}`, mailgun: () => `key-${hex(32)}`, openai: () => `sk-proj-${b64url(48)}T3BlbkFJ${b64url(48)}`,
  anthropic: () => `sk-ant-api03-${b64url(93)}AA`, google: () => `AIza${b64url(35)}`, datadog: () => hex(32), twilio_auth: () => hex(32), generic_header: () => `${pick(['ak_', 'key_', ''])}${alnum(32)}`,
  postmark: () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`, algolia_admin: () => hex(32), mapbox_secret: () => `sk.eyJ1${b64url(60)}.${b64url(22)}`,
};
export function apiKey(sub = pick(Object.keys(API_KEYS))) { return { sub, value: API_KEYS[sub]() }; }
export const OTHER = {
  webhook_secret: () => `whsec_${b64(32).replace(/[+/]/g, 'x')}`, hmac_key: () => hex(64), jwt_secret: () => b64(44), recovery_code: () => `${lowerNum(4)}-${lowerNum(4)}`,
  totp_seed: () => base32(32), django_secret: () => `django-insecure-${lowerNum(20)}${pick(['!', '#', '$', '%', '^'])}${lowerNum(24)}`, rails_secret_key_base: () => hex(128),
  laravel_app_key: () => `base64:${b64(43)}=`, encryption_key: () => b64(43) + '=', slack_signing: () => hex(32), nextauth_secret: () => b64(32),
  vault_unseal: () => b64(44), backup_code: () => digits(8),
};
export function otherSecret(sub = pick(Object.keys(OTHER))) { return { sub, value: OTHER[sub]() }; }

const pemBody = (n) => Array.from({ length: n }, (_, i) => b64(i === n - 1 ? int(20, 60) : 64)).join('\n');
export function privateKey(sub = pick(['rsa', 'pkcs8', 'ec', 'openssh', 'pgp'])) {
  switch (sub) {
    case 'rsa': return { sub, value: `-----BEGIN RSA PRIVATE KEY-----\nMIIE${b64(60)}\n${pemBody(int(5, 9))}\n-----END RSA PRIVATE KEY-----` };
    case 'pkcs8': return { sub, value: `-----BEGIN PRIVATE KEY-----\nMIIEv${b64(59)}\n${pemBody(int(4, 8))}\n-----END PRIVATE KEY-----` };
    case 'ec': return { sub, value: `-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI${b64(55)}\n${pemBody(2)}\n-----END EC PRIVATE KEY-----` };
    case 'openssh': return { sub, value: `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA${b64(46)}\n${pemBody(int(3, 5))}\n-----END OPENSSH PRIVATE KEY-----` };
    default: return { sub, value: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBG${b64(58)}\n${pemBody(int(4, 7))}\n=${b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----` };
  }
}
export const wgKey = () => `${b64(42)}${pick('AEIMQUYcgkosw048')}=`;

// ---------------------------------------------------------------- hard negatives (safe to ship)
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick('89ab')}${hex(3)}-${hex(12)}`;
export const traceId = () => hex(32);
export const spanId = () => hex(16);
export const gitSha = () => hex(40);
export const sha256 = () => `sha256:${hex(64)}`;
export const semver = () => `${int(0, 14)}.${int(0, 30)}.${int(0, 40)}`;
export const isoTs = () => `2025-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}T${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}.${digits(3)}Z`;
export const orderId = () => pick([`ORD-${int(2023, 2025)}-${digits(6)}`, `ord_${alnum(14)}`, `SO${digits(8)}`, `INV-${digits(5)}-${upperNum(3)}`]);
export const stripeObj = () => `${pick(['ch', 'pi', 'cus', 'evt', 'in', 'sub', 'pm', 'seti'])}_${pick(['1', '3'])}${alnum(23)}`;
export const publishable = () => `pk_live_${alnum(24)}`;
export const oauthClientId = () => pick([`${digits(12)}-${lowerNum(32)}.apps.googleusercontent.com`, `${uuid()}`, `cli_${alnum(16)}`]);
export const sshFingerprint = () => `SHA256:${b64(43).replace(/\+/g, 'P')}`;
export const podName = () => `${pick(['checkout', 'billing-api', 'notifier', 'auth-gw', 'search'])}-${lowerNum(9).replace(/[^a-z0-9]/g, 'x')}-${lowerNum(5)}`;
export const hostname = () => `${pick(['db-primary', 'cache-02', 'api', 'queue', 'search-3', 'pg-replica-1'])}.${pick(['eu-central-1', 'internal', 'prod.svc.cluster.local', 'us-east-2.rds.amazonaws.com'])}`;
export const sriHash = () => `sha512-${b64(86)}==`;
export const etag = () => `W/"${hex(8)}-${hex(12)}"`;
export const kid = () => pick([`${int(2023, 2025)}-${pick(['01', '04', '09'])}-rsa`, `key-${hex(8)}`]);
export const maskedCard = (last4) => pick([`**** **** **** ${last4}`, `•••• ${last4}`, `XXXXXXXXXXXX${last4}`]);
export const maskedEmail = () => `${lower(1)}***@${pick(['gmail.com', 'web.de', 'orange.fr', 'qq.com'])}`;
export const PRODUCTS = ['Parapet Cloud Pro', 'Starter Plan (annual)', 'Kestrel Insights Team', 'Northwind Freight Tracker', 'Einzelplatzlizenz Premium', 'Forfait Famille 5G', 'Plan Empresa Plus', 'エンタープライズプラン'];
export const HEADS = ['Content-Type', 'User-Agent', 'Accept-Language', 'X-Request-Id', 'Traceparent'];
