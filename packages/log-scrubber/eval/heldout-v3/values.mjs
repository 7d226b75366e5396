// Value generators for the third held-out corpus. Every value is drawn from the seeded PRNG in the
// published shape of its format (national ids and IBANs carry valid check digits, cards pass Luhn).
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    str: (alphabet, n) => { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)]; return s; },
    digits: (n) => r.str('0123456789', n),
    hex: (n) => r.str('0123456789abcdef', n),
    HEX: (n) => r.str('0123456789ABCDEF', n),
    alnum: (n) => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', n),
    lower: (n) => r.str('abcdefghijklmnopqrstuvwxyz0123456789', n),
    b64: (n) => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', n),
    b64url: (n) => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', n),
    b32: (n) => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n),
    shuffle: (arr) => { const a2 = [...arr]; for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
  };
  return r;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

// ---------------------------------------------------------------- people
export const NAMES = {
  en: [['James', 'Olivia', 'Liam', 'Emma', 'Noah', 'Charlotte', 'Ethan', 'Amelia', 'Mason', 'Harper', 'Declan', 'Siobhan', 'Gareth', 'Rhiannon'], ['Whitaker', 'Holloway', 'Brennan', 'Fairbanks', 'Okafor', 'Pemberton', 'Lindqvist', 'Caldwell', 'Thornton', 'McAllister', 'Ashworth', 'Delaney']],
  de: [['Jürgen', 'Annegret', 'Lukas', 'Friederike', 'Maximilian', 'Sabine', 'Wolfgang', 'Henrike', 'Till', 'Ursula'], ['Weiß', 'Schäfer', 'Müller-Lüdenscheidt', 'Hoffmann', 'Brandstätter', 'Krüger', 'Vogelsang', 'Oberdorfer', 'Zimmermann', 'Köhler']],
  fr: [['Amélie', 'Théo', 'Margaux', 'Benoît', 'Clémence', 'Loïc', 'Élodie', 'Gaëtan', 'Solène', 'Hervé'], ['Lefèvre', 'Dubois-Martel', 'Girard', 'Rousseau', 'Chevalier', 'Fontaine', 'Mercier', 'Béranger', 'Lacroix', 'Duval']],
  es: [['Alejandro', 'Lucía', 'Iñaki', 'Ximena', 'Rodrigo', 'Begoña', 'Santiago', 'Mónica', 'Joaquín', 'Nerea'], ['García Ruiz', 'Fernández', 'Ibáñez', 'Etxeberria', 'Castillo', 'Nuñez', 'Quintana', 'Villanueva', 'Olmedo', 'Carrasco']],
  pt: [['João', 'Conceição', 'Thiago', 'Luana', 'Gonçalo', 'Inês', 'Rafaela', 'Caio', 'Beatriz', 'Vinícius'], ['Magalhães', 'Albuquerque', 'Gonçalves', 'Sampaio', 'Carvalho', 'Assunção', 'Figueiredo', 'Brandão']],
  sv: [['Åsa', 'Björn', 'Linnéa', 'Göran', 'Maja', 'Oskar', 'Sigrid', 'Ingrid', 'Nils', 'Ebba'], ['Söderberg', 'Lindström', 'Håkansson', 'Bergqvist', 'Östlund', 'Nyström', 'Ekdahl', 'Sjögren']],
  no: [['Øystein', 'Solveig', 'Eirik', 'Ingvild', 'Torbjørn', 'Ragnhild'], ['Haugen', 'Bjørnstad', 'Østby', 'Kristiansen', 'Aasland', 'Røed']],
  fi: [['Aino', 'Juha', 'Eveliina', 'Pekka', 'Sanni', 'Teemu'], ['Virtanen', 'Mäkinen', 'Heikkilä', 'Järvinen', 'Koskinen', 'Lehtonen']],
  pl: [['Agnieszka', 'Krzysztof', 'Małgorzata', 'Przemysław', 'Zofia', 'Wojciech'], ['Kowalczyk', 'Wiśniewska', 'Zieliński', 'Grzybowski', 'Dąbrowska', 'Szczepański']],
  it: [['Giulia', 'Lorenzo', 'Chiara', 'Alessandro', 'Francesca', 'Matteo'], ['Esposito', 'Ricci', 'Bianchi', 'Colombo', 'De Luca', 'Santoro']],
  nl: [['Sanne', 'Daan', 'Femke', 'Joost', 'Maartje', 'Sem'], ['van der Berg', 'de Vries', 'Bakker', 'Jansen', 'van Dijk', 'Visser']],
  in: [['Priya', 'Arjun', 'Ananya', 'Vikram', 'Lakshmi', 'Rohan', 'Sneha', 'Aditya'], ['Raghunathan', 'Chatterjee', 'Iyer', 'Deshpande', 'Venkataraman', 'Bhattacharya', 'Menon']],
  zh: [['Wei', 'Xiaoling', 'Jianhong', 'Meiying', 'Zhiwei', 'Yuting'], ['Zhang', 'Wang', 'Chen', 'Liu', 'Huang', 'Zhou']],
  ja: [['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina'], ['Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Fujiwara']],
  ar: [['Omar', 'Layla', 'Youssef', 'Fatima', 'Khalid', 'Nour'], ['Al-Hassan', 'Haddad', 'Khoury', 'Mansour', 'El-Sayed', 'Nasser']],
  ng: [['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Babatunde', 'Funmilayo'], ['Adeyemi', 'Okonkwo', 'Nwosu', 'Balogun', 'Eze', 'Olawale']],
  ko: [['Minjun', 'Seoyeon', 'Jiho', 'Haeun'], ['Kim', 'Park', 'Choi', 'Jeong']],
  vi: [['Nguyen Van', 'Tran Thi', 'Le Minh', 'Pham Thu'], ['Anh', 'Huong', 'Duc', 'Linh']],
  tr: [['Emre', 'Zeynep', 'Mehmet', 'Elif'], ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin']],
};
// Names written in their own scripts: family name first, as they are printed at home.
export const NATIVE = {
  zh: [['张', '王', '李', '刘', '陈', '杨'], ['伟', '秀英', '建华', '丽娟', '志强', '雨桐']],
  ja: [['高橋', '渡辺', '山本', '中村', '小林', '藤原'], ['陽翔', '結衣', '蒼', '葵', '蓮', '陽菜']],
  ru: [['Иван', 'Екатерина', 'Дмитрий', 'Анастасия', 'Сергей', 'Ольга'], ['Смирнов', 'Кузнецова', 'Попов', 'Соколова', 'Лебедев', 'Новикова']],
  ko: [['김', '박', '최', '정'], ['민준', '서연', '지호', '하은']],
};

export function person(r, culture) {
  const keys = Object.keys(NAMES);
  const c = culture ?? r.pick(keys);
  const [firsts, lasts] = NAMES[c];
  const first = r.pick(firsts);
  const last = r.pick(lasts);
  return { first, last, full: `${first} ${last}`, culture: c };
}
export function nativeName(r, culture) {
  const c = culture ?? r.pick(Object.keys(NATIVE));
  const [a, b] = NATIVE[c];
  if (c === 'ru') { const f = r.pick(a); let l = r.pick(b); return { full: `${f} ${l}`, first: f, last: l, culture: c }; }
  const fam = r.pick(a); const giv = r.pick(b);
  return { full: `${fam}${giv}`, first: giv, last: fam, culture: c };
}
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
export function username(r, p) {
  const f = ascii(p.first); const l = ascii(p.last);
  const forms = [() => `${f[0]}${l}`, () => `${f}.${l}`, () => `${f}${r.int(10, 99)}`, () => `${l}${f[0]}`, () => `${f}_${l.slice(0, 4)}`, () => `${f[0]}${l}${r.int(1, 9)}`];
  let u = r.pick(forms)();
  if (u.length < 4) u = `${u}${r.int(100, 999)}`;
  return u;
}
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.net', 'orange.fr', 'libero.it', 'telia.com', 'wp.pl', 'uol.com.br', 'hotmail.es', 'icloud.com', 'proton.me', 'qq.com', 'yandex.ru', 'rediffmail.com', 'kpnmail.nl', 'sapo.pt'];
export function email(r, p, domain) {
  const f = ascii(p.first); const l = ascii(p.last);
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${r.int(1, 99)}`, `${l}.${f[0]}`, `${f}_${l}+orders`, `${f}-${l}`]);
  return `${local}@${domain ?? r.pick(MAIL_DOMAINS)}`;
}

export function phone(r, country) {
  const c = country ?? r.pick(['us', 'uk', 'de', 'fr', 'es', 'se', 'jp', 'cn', 'in', 'br', 'au', 'nl', 'pl', 'ru', 'it', 'mx', 'za', 'ng']);
  const d = r.digits;
  const intl = r.chance(0.5);
  switch (c) {
    case 'us': { const a = r.pick(['415', '212', '312', '617', '206', '512', '303', '404']); const x = `${r.int(2, 9)}${d(2)}`; const y = d(4); return r.pick([`(${a}) ${x}-${y}`, `+1 ${a}-${x}-${y}`, `${a}.${x}.${y}`, `+1${a}${x}${y}`]); }
    case 'uk': { const m = `7${r.int(400, 999)}`; const y = d(6); return intl ? `+44 ${m} ${y}` : `0${m} ${y}`; }
    case 'de': { const m = r.pick(['151', '160', '170', '171', '176', '152']); const y = d(r.int(7, 8)); return intl ? `+49 ${m} ${y}` : `0${m} ${y}`; }
    case 'fr': { const y = `${r.int(6, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`; return intl ? `+33 ${y}` : `0${y}`; }
    case 'es': { const y = `${r.int(6, 7)}${d(2)} ${d(3)} ${d(3)}`; return intl ? `+34 ${y}` : y; }
    case 'se': { const y = `7${r.int(0, 9)}-${d(3)} ${d(2)} ${d(2)}`; return intl ? `+46 ${y.slice(0)}`.replace('-', ' ') : `0${y}`; }
    case 'jp': { const y = `${r.pick(['90', '80', '70'])}-${d(4)}-${d(4)}`; return intl ? `+81 ${y}` : `0${y}`; }
    case 'cn': { const y = `1${r.pick(['38', '39', '58', '86', '35'])} ${d(4)} ${d(4)}`; return intl ? `+86 ${y}` : y; }
    case 'in': { const y = `${r.int(7, 9)}${d(4)} ${d(5)}`; return intl ? `+91 ${y}` : `0${y}`; }
    case 'br': { const a = r.pick(['11', '21', '31', '41', '51']); const y = `9${d(4)}-${d(4)}`; return intl ? `+55 ${a} ${y}` : `(${a}) ${y}`; }
    case 'au': { const y = `4${d(2)} ${d(3)} ${d(3)}`; return intl ? `+61 ${y}` : `0${y}`; }
    case 'nl': { const y = `6 ${d(8)}`; return intl ? `+31 ${y}` : `0${y.replace(' ', '-')}`; }
    case 'pl': { const y = `${r.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`; return intl ? `+48 ${y}` : y; }
    case 'ru': { const y = `9${d(2)} ${d(3)}-${d(2)}-${d(2)}`; return intl ? `+7 ${y}` : `8 ${y}`; }
    case 'it': { const y = `3${d(2)} ${d(3)} ${d(4)}`; return intl ? `+39 ${y}` : y; }
    case 'mx': { const y = `55 ${d(4)} ${d(4)}`; return intl ? `+52 ${y}` : y; }
    case 'za': { const y = `8${r.int(2, 4)} ${d(3)} ${d(4)}`; return intl ? `+27 ${y}` : `0${y}`; }
    default: { const y = `80${d(1)} ${d(3)} ${d(4)}`; return intl ? `+234 ${y}` : `0${y}`; }
  }
}

export function publicIp(r) {
  for (;;) {
    const a = r.int(11, 223);
    if ([127, 169, 172, 192, 100, 10].includes(a)) continue;
    return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}
export function ipv6(r) {
  return `${r.pick(['2001:db8', '2a02:8109', '2600:1700', '2a01:cb00', '2406:da18'])}:${r.hex(4)}:${r.hex(4)}:${r.hex(3)}:${r.hex(4)}:${r.hex(4)}:${r.hex(2)}`.replace(/:0+([0-9a-f])/g, ':$1');
}
export const privateIp = (r) => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;

export function dob(r) {
  const y = r.int(1941, 2006); const m = r.int(1, 12); const d = r.int(1, 28);
  const fmt = r.int(0, 4);
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const value = [`${y}-${pad(m)}-${pad(d)}`, `${pad(d)}.${pad(m)}.${y}`, `${pad(m)}/${pad(d)}/${y}`, `${d} ${MONTHS[m - 1]} ${y}`, `${pad(d)}/${pad(m)}/${y}`][fmt];
  return { value, y, m, d };
}

export function geo(r, area) {
  const areas = { paris: [48.85, 2.35], berlin: [52.52, 13.4], nyc: [40.71, -74.0], sp: [-23.55, -46.63], tokyo: [35.68, 139.69], sydney: [-33.87, 151.21], lagos: [6.52, 3.38], mumbai: [19.07, 72.88], madrid: [40.42, -3.7], stockholm: [59.33, 18.07] };
  const [la, lo] = areas[area ?? r.pick(Object.keys(areas))];
  const dp = r.int(5, 6);
  const f = (x) => { let s = (x + (r.next() - 0.5) * 0.2).toFixed(dp); while (s.endsWith('0')) s = s.slice(0, -1) + String(r.int(1, 9)); return Number(s); };
  return { lat: f(la), lng: f(lo) };
}

const STREETS = {
  us: () => ['Maple Avenue', 'Cedar Lane', 'Oak Street', 'Linden Boulevard', 'Hawthorne Drive', 'Willow Court'],
  uk: () => ['Acacia Road', 'Kingsley Gardens', 'Station Road', 'Bramble Close', 'Elm Grove'],
  de: () => ['Hauptstraße', 'Lindenallee', 'Am Mühlbach', 'Goethestraße', 'Schillerplatz', 'Kastanienweg'],
  fr: () => ['rue des Lilas', 'avenue Victor Hugo', 'boulevard Voltaire', 'impasse des Tilleuls', 'rue du Faubourg Saint-Antoine'],
  es: () => ['Calle de Alcalá', 'Avenida de la Constitución', 'Carrer de Mallorca', 'Calle Mayor', 'Paseo de Gracia'],
  pt: () => ['Rua Augusta', 'Avenida Paulista', 'Rua das Flores', 'Travessa do Carmo'],
  se: () => ['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Björkvägen'],
  nl: () => ['Prinsengracht', 'Keizersgracht', 'Dorpsstraat', 'Kerkstraat'],
  it: () => ['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille'],
  jp: () => ['Jingumae', 'Shibuya', 'Nishi-Shinjuku', 'Umeda'],
  au: () => ['Wattle Street', 'Banksia Parade', 'George Street'],
  pl: () => ['ul. Marszałkowska', 'ul. Długa', 'ul. Kwiatowa'],
};
export function address(r, country) {
  const c = country ?? r.pick(Object.keys(STREETS));
  const st = r.pick(STREETS[c]());
  const n = r.int(1, 240);
  switch (c) {
    case 'us': { const city = r.pick([['Springfield', 'IL'], ['Austin', 'TX'], ['Portland', 'OR'], ['Columbus', 'OH'], ['Boulder', 'CO']]); return { street: `${r.int(100, 9899)} ${st}`, line2: r.chance(0.4) ? `Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}` : '', city: city[0], region: city[1], postal: r.digits(5), country: 'US' }; }
    case 'uk': { const city = r.pick(['Leeds', 'Bristol', 'Manchester', 'Norwich', 'Cardiff']); const pc = `${r.pick(['LS', 'BS', 'M', 'NR', 'CF'])}${r.int(1, 20)} ${r.int(1, 9)}${r.str('ABDEFGHJLNPQRSTUWXYZ', 2)}`; return { street: `${n} ${st}`, city, postal: pc, country: 'GB' }; }
    case 'de': return { street: `${st} ${n}${r.chance(0.2) ? 'a' : ''}`, city: r.pick(['Berlin', 'München', 'Köln', 'Leipzig', 'Freiburg im Breisgau']), postal: r.digits(5).replace(/^0/, '1'), country: 'DE' };
    case 'fr': return { street: `${n} ${st}`, city: r.pick(['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes']), postal: `${r.pick(['75', '69', '13', '31', '44'])}0${r.int(10, 99)}`, country: 'FR' };
    case 'es': return { street: `${st} ${n}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'D'])}`, city: r.pick(['Madrid', 'Barcelona', 'Sevilla', 'Bilbao', 'Valencia']), postal: `${r.pick(['28', '08', '41', '48', '46'])}0${r.int(10, 99)}`, country: 'ES' };
    case 'pt': return { street: `${st}, ${n}`, city: r.pick(['Lisboa', 'Porto', 'São Paulo', 'Coimbra']), postal: `${r.int(1000, 4999)}-${r.digits(3)}`, country: r.pick(['PT', 'BR']) };
    case 'se': return { street: `${st} ${n}`, city: r.pick(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala']), postal: `${r.int(100, 999)} ${r.digits(2)}`, country: 'SE' };
    case 'nl': return { street: `${st} ${n}`, city: r.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Groningen']), postal: `${r.int(1000, 9999)} ${r.str('ABCDEFGHJKLMNPRSTVWXZ', 2)}`, country: 'NL' };
    case 'it': return { street: `${st} ${n}`, city: r.pick(['Milano', 'Roma', 'Torino', 'Bologna']), postal: `${r.int(10, 99)}1${r.int(10, 99)}`, country: 'IT' };
    case 'jp': return { street: `${r.int(1, 6)}-${r.int(1, 30)}-${r.int(1, 20)} ${st}`, city: r.pick(['Shibuya-ku, Tokyo', 'Shinjuku-ku, Tokyo', 'Kita-ku, Osaka']), postal: `${r.int(100, 999)}-${r.digits(4)}`, country: 'JP' };
    case 'au': return { street: `${r.int(1, 80)}/${n} ${st}`, city: r.pick(['Surry Hills NSW', 'Fitzroy VIC', 'New Farm QLD']), postal: String(r.int(2000, 4999)), country: 'AU' };
    default: return { street: `${st} ${n}/${r.int(1, 40)}`, city: r.pick(['Warszawa', 'Kraków', 'Gdańsk']), postal: `${r.int(10, 99)}-${r.digits(3)}`, country: 'PL' };
  }
}
export const addressLine = (a) => `${a.street}${a.line2 ? `, ${a.line2}` : ''}, ${a.postal && a.country !== 'US' && a.country !== 'GB' && a.country !== 'AU' ? `${a.postal} ${a.city}` : `${a.city}${a.region ? `, ${a.region}` : ''} ${a.postal}`}`;

// ---------------------------------------------------------------- checksummed identifiers
function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}
export function card(r) {
  const brand = r.pick(['visa', 'visa', 'mastercard', 'mastercard2', 'amex', 'discover', 'jcb', 'diners', 'unionpay']);
  const [prefix, len] = { visa: ['4', 16], mastercard: [`5${r.int(1, 5)}`, 16], mastercard2: [`2${r.int(221, 720)}`, 16], amex: [r.pick(['34', '37']), 15], discover: ['6011', 16], jcb: [`35${r.int(28, 89)}`, 16], diners: [`36`, 14], unionpay: ['62', 16] }[brand];
  const body = prefix + r.digits(len - 1 - prefix.length);
  const num = body + luhnDigit(body);
  const style = r.int(0, 3);
  let value = num;
  if (brand === 'amex' && style > 0) value = `${num.slice(0, 4)} ${num.slice(4, 10)} ${num.slice(10)}`;
  else if (brand === 'diners' && style > 0) value = `${num.slice(0, 4)} ${num.slice(4, 10)} ${num.slice(10)}`;
  else if (style === 1) value = num.replace(/(\d{4})(?=\d)/g, '$1 ');
  else if (style === 2) value = num.replace(/(\d{4})(?=\d)/g, '$1-');
  return { value, brand: brand.replace(/2$/, ''), last4: num.slice(-4), bin: num.slice(0, 6), num };
}

const IBAN_SPEC = { DE: 'n18', FR: 'n10c11n2', ES: 'n20', GB: 'a4n14', NL: 'a4n10', IT: 'a1n10c12', BE: 'n12', SE: 'n20', PL: 'n24', CH: 'n5c12', AT: 'n16', PT: 'n21', NO: 'n11', DK: 'n14', FI: 'n14', IE: 'a4n14' };
export function iban(r, country) {
  const cc = country ?? r.pick(Object.keys(IBAN_SPEC));
  let bban = '';
  for (const [, t, n] of IBAN_SPEC[cc].matchAll(/([anc])(\d+)/g)) bban += t === 'n' ? r.digits(Number(n)) : t === 'a' ? r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', Number(n)) : r.str('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', Number(n));
  const num = [...`${bban}${cc}00`].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
  let m = 0n; m = BigInt(num) % 97n;
  const compact = `${cc}${pad(Number(98n - m))}${bban}`;
  return { compact, value: r.chance(0.5) ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact, cc };
}

function mod11Weights(ds, ws) { return ds.reduce((a, x, i) => a + Number(x) * ws[i], 0); }
const dateParts = (r, lo = 1950, hi = 2004) => ({ y: r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) });

export const NATIONAL = {
  us_ssn(r) { let a; do a = r.int(1, 899); while (a === 666); return `${pad(a, 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`; },
  uk_nino(r) {
    let p; do p = r.str('ABCEGHJKLMNOPRSTWXYZ', 1) + r.str('ABCEGHJKLMNPRSTWXYZ', 1); while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p));
    const d = r.digits(6); const s = r.str('ABCD', 1);
    return r.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`;
  },
  ca_sin(r) { const body = String(r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + r.digits(7); const n = body + luhnDigit(body); return r.chance(0.5) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`; },
  fr_nir(r) {
    const { y, m } = dateParts(r);
    const body = `${r.int(1, 2)}${pad(y % 100)}${pad(m)}${pad(r.int(1, 95))}${pad(r.int(1, 999), 3)}${pad(r.int(1, 999), 3)}`;
    const key = pad(97 - Number(BigInt(body) % 97n));
    return r.chance(0.5) ? `${body}${key}` : `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`;
  },
  de_steuer_id(r) {
    for (;;) {
      const ds = r.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
      ds.splice(r.int(0, 9), 0, ds[r.int(0, 8)]);
      if (ds[0] === 0) continue;
      let product = 10;
      for (const x of ds) { let s = (x + product) % 10; if (s === 0) s = 10; product = (s * 2) % 11; }
      const c = (11 - product) % 10;
      const n = ds.join('') + c;
      return r.chance(0.6) ? n : `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 8)} ${n.slice(8)}`;
    }
  },
  es_dni(r) { const n = r.int(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`; },
  es_nie(r) { const p = r.int(0, 2); const n = r.digits(7); return `${'XYZ'[p]}${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(`${p}${n}`) % 23]}`; },
  it_codice_fiscale(r) {
    const C = 'BCDFGHJKLMNPRSTVZ';
    const { y, m, d } = dateParts(r);
    const body = `${r.str(C, 3)}${r.str(C, 3)}${pad(y % 100)}${'ABCDEHLMPRST'[m - 1]}${pad(d + (r.chance(0.5) ? 40 : 0))}${r.pick(['H', 'F', 'L', 'A', 'G'])}${pad(r.int(1, 999), 3)}`;
    const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
    let sum = 0;
    [...body].forEach((ch, i) => {
      const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
      sum += i % 2 === 0 ? (/\d/.test(ch) ? [1, 0, 5, 7, 9, 13, 15, 17, 19, 21][v] : ODD[v]) : v;
    });
    return body + String.fromCharCode(65 + (sum % 26));
  },
  nl_bsn(r) {
    for (;;) {
      const ds = [r.int(1, 9), ...r.digits(7)].map(Number);
      const s = mod11Weights(ds, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
      if (s === 10) continue;
      return ds.join('') + s;
    }
  },
  be_nrn(r) {
    const { y, m, d } = dateParts(r, 1950, 2008);
    const body = `${pad(y % 100)}${pad(m)}${pad(d)}${pad(r.int(1, 997), 3)}`;
    const base = y >= 2000 ? BigInt(`2${body}`) : BigInt(body);
    const c = pad(97 - Number(base % 97n));
    return r.chance(0.5) ? `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6)}.${c}` : `${body}${c}`;
  },
  se_personnummer(r) {
    const { y, m, d } = dateParts(r);
    const body = `${pad(y % 100)}${pad(m)}${pad(d)}${r.digits(3)}`;
    const ten = body + luhnDigit(body);
    return r.chance(0.6) ? `${ten.slice(0, 6)}-${ten.slice(6)}` : `${y}${pad(m)}${pad(d)}-${ten.slice(6)}`;
  },
  no_fnr(r) {
    for (;;) {
      const { y, m, d } = dateParts(r);
      const ds = [...`${pad(d)}${pad(m)}${pad(y % 100)}${pad(r.int(0, 499), 3)}`].map(Number);
      let k1 = 11 - (mod11Weights(ds, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11); if (k1 === 11) k1 = 0; if (k1 === 10) continue;
      let k2 = 11 - (mod11Weights([...ds, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); if (k2 === 11) k2 = 0; if (k2 === 10) continue;
      return `${ds.join('')}${k1}${k2}`;
    }
  },
  fi_hetu(r) {
    const { y, m, d } = dateParts(r, 1950, 2008);
    const n = pad(r.int(2, 899), 3);
    const c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${pad(d)}${pad(m)}${pad(y % 100)}${n}`) % 31];
    return `${pad(d)}${pad(m)}${pad(y % 100)}${y >= 2000 ? 'A' : '-'}${n}${c}`;
  },
  dk_cpr(r) {
    for (;;) {
      const { y, m, d } = dateParts(r);
      const ds = [...`${pad(d)}${pad(m)}${pad(y % 100)}${r.digits(3)}`].map(Number);
      const rem = mod11Weights(ds, [4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
      const c = rem === 0 ? 0 : 11 - rem; if (c === 10) continue;
      const s = ds.join('') + c;
      return `${s.slice(0, 6)}-${s.slice(6)}`;
    }
  },
  pl_pesel(r) {
    const { y, m, d } = dateParts(r, 1950, 2008);
    const ds = [...`${pad(y % 100)}${pad(m + (y >= 2000 ? 20 : 0))}${pad(d)}${r.digits(4)}`].map(Number);
    return ds.join('') + ((10 - (mod11Weights(ds, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
  },
  br_cpf(r) {
    for (;;) {
      const ds = [...r.digits(9)].map(Number);
      if (ds.every((x) => x === ds[0])) continue;
      for (const n of [9, 10]) { let s = 0; for (let i = 0; i < n; i++) s += ds[i] * (n + 1 - i); ds.push(((s * 10) % 11) % 10); }
      const t = ds.join('');
      return r.chance(0.7) ? `${t.slice(0, 3)}.${t.slice(3, 6)}.${t.slice(6, 9)}-${t.slice(9)}` : t;
    }
  },
  br_cnpj(r) {
    const ds = [...`${r.digits(8)}0001`].map(Number);
    for (const ws of [[5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]]) { const rem = mod11Weights(ds, ws) % 11; ds.push(rem < 2 ? 0 : 11 - rem); }
    const t = ds.join('');
    return `${t.slice(0, 2)}.${t.slice(2, 5)}.${t.slice(5, 8)}/${t.slice(8, 12)}-${t.slice(12)}`;
  },
  mx_curp(r) {
    const { y, m, d } = dateParts(r);
    const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const body = `${r.str('BCDFGHLMNPRSTVZ', 1)}${r.str('AEIOU', 1)}${r.str(L, 2)}${pad(y % 100)}${pad(m)}${pad(d)}${r.pick(['H', 'M'])}${r.pick(['DF', 'JC', 'NL', 'MC', 'PL', 'GT'])}${r.str('BCDFGHJKLMNPRSTVZ', 3)}${y >= 2000 ? r.str(L, 1) : r.digits(1)}`;
    const A = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
    let s = 0; [...body].forEach((ch, i) => { s += A.indexOf(ch) * (18 - i); });
    return body + ((10 - (s % 10)) % 10);
  },
  in_aadhaar(r) {
    const Dt = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
    const Pt = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
    const INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
    const body = String(r.int(2, 9)) + r.digits(10);
    let c = 0; [...body].reverse().forEach((x, i) => { c = Dt[c][Pt[(i + 1) % 8][Number(x)]]; });
    const n = body + INV[c];
    return r.chance(0.6) ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : n;
  },
  in_pan(r) { return `${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}P${r.str('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${r.digits(4)}${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}`; },
  au_tfn(r) {
    for (;;) {
      const ds = [...r.digits(8)].map(Number);
      const ws = [1, 4, 3, 7, 5, 8, 6, 9, 10];
      const s = mod11Weights(ds, ws);
      // the last weight is 10 ≡ -1 (mod 11), so the check digit equals the weighted sum mod 11
      const last = s % 11; if (last > 9) continue;
      const n = ds.join('') + last;
      return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
    }
  },
  sg_nric(r) {
    const p = r.pick(['S', 'T']); const ds = [...r.digits(7)].map(Number);
    const s = mod11Weights(ds, [2, 7, 6, 5, 4, 3, 2]) + (p === 'T' ? 4 : 0);
    return `${p}${ds.join('')}${'JZIHGFEDCBA'[s % 11]}`;
  },
  za_id(r) {
    const { y, m, d } = dateParts(r);
    const body = `${pad(y % 100)}${pad(m)}${pad(d)}${pad(r.int(0, 9999), 4)}${r.int(0, 1)}8`;
    return body + luhnDigit(body);
  },
  cn_resident_id(r) {
    const { y, m, d } = dateParts(r);
    const body = `${r.pick(['110101', '310104', '440305', '510107', '330106', '420102'])}${y}${pad(m)}${pad(d)}${pad(r.int(1, 999), 3)}`;
    const s = mod11Weights([...body], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
    return body + '10X98765432'[s % 11];
  },
  jp_my_number(r) {
    const body = r.digits(11);
    let s = 0;
    for (let n = 1; n <= 11; n++) s += Number(body[11 - n]) * (n <= 6 ? n + 1 : n - 5);
    const rem = s % 11;
    const n = body + (rem <= 1 ? 0 : 11 - rem);
    return r.chance(0.5) ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : n;
  },
};

// ---------------------------------------------------------------- secrets
const WORDS = ['summer', 'winter', 'dragon', 'sunshine', 'monkey', 'liverpool', 'chelsea', 'barcelona', 'princess', 'football', 'trustno', 'letmein', 'welcome', 'qwerty', 'shadow', 'michelle', 'tigger', 'bailey', 'fenerbahce', 'hallo', 'schatz', 'soleil', 'amour', 'fuerza', 'saudade', 'sommar', 'kaffe'];
const DICE = ['velvet', 'copper', 'lantern', 'orchid', 'gravel', 'meadow', 'tundra', 'ribbon', 'canyon', 'pepper', 'harbor', 'violet', 'walnut', 'quartz', 'falcon', 'marble', 'juniper', 'saddle', 'cobalt', 'thistle'];
export function humanPassword(r) {
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const w = r.pick(WORDS);
  switch (r.int(0, 9)) {
    case 0: return `${cap(w)}${r.int(2015, 2026)}!`;
    case 1: return `${w.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3')}${r.int(10, 99)}`;
    case 2: return `${cap(w)}#${r.int(100, 999)}`;
    case 3: return `${r.pick(DICE)}-${r.pick(DICE)}-${r.pick(DICE)}-${r.pick(DICE)}`;
    case 4: return `${r.pick(['Mañana', 'Grüße', 'Été', 'Försommar', 'Ça va'])}${r.int(1, 99)}${r.pick(['!', '?', '$', '%'])}`;
    case 5: return `${w}${r.int(1960, 2010)}`;
    case 6: return `${r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*', r.int(12, 20))}`;
    case 7: return `${cap(w)}${r.pick(['_', '.', ''])}${cap(r.pick(DICE))}${r.int(1, 9)}${r.pick(['!', '*', '&'])}`;
    case 8: return `${r.alnum(r.int(16, 24))}`;
    default: return `${cap(r.pick(DICE))} ${r.pick(DICE)} ${r.pick(DICE)} ${r.pick(DICE)}`;
  }
}
// A password safe inside URLs and connection strings (no '@', ':', '/', ';', space).
export function urlSafePassword(r) {
  for (;;) { const p = humanPassword(r); if (!/[@:/;\s#?%&=]/.test(p) && p.length >= 6) return p; }
}

export function jwt(r, claims) {
  const b64u = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const alg = r.pick(['RS256', 'HS256', 'ES256']);
  return `${b64u({ alg, typ: 'JWT', ...(alg !== 'HS256' ? { kid: r.hex(16) } : {}) })}.${b64u(claims)}.${r.b64url(alg === 'ES256' ? 86 : alg === 'RS256' ? 342 : 43)}`;
}

export const TOKENS = {
  github_pat_classic: (r) => `ghp_${r.alnum(36)}`,
  github_oauth: (r) => `gho_${r.alnum(36)}`,
  github_app_install: (r) => `ghs_${r.alnum(36)}`,
  github_fine_grained: (r) => `github_pat_11${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 20)}_${r.alnum(59)}`,
  gitlab_pat: (r) => `glpat-${r.b64url(20)}`,
  gitlab_runner: (r) => `glrt-${r.b64url(20)}`,
  slack_bot: (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.alnum(24)}`,
  slack_user: (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`,
  npm: (r) => `npm_${r.alnum(36)}`,
  pypi: (r) => `pypi-AgEIcHlwaS5vcmc${r.b64url(r.int(120, 160))}`,
  dockerhub: (r) => `dckr_pat_${r.b64url(27)}`,
  vault: (r) => (r.chance(0.6) ? `hvs.${r.alnum(24)}` : `hvs.CAESI${r.b64url(r.int(80, 100))}`),
  terraform_cloud: (r) => `${r.alnum(14)}.atlasv1.${r.alnum(67)}`,
  huggingface: (r) => `hf_${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`,
  google_oauth_access: (r) => `ya29.${r.b64url(r.int(140, 180))}`,
  google_refresh: (r) => `1//0${r.b64url(r.int(90, 100))}`,
  shopify_access: (r) => `shpat_${r.hex(32)}`,
  atlassian: (r) => `ATATT3xFfGF0${r.b64url(171)}=${r.HEX(8)}`, // 186 characters after "ATATT3"
  opaque_bearer: (r) => r.b64url(r.int(32, 48)),
  session: (r) => r.hex(r.int(32, 64)),
};
export const APIKEYS = {
  aws_access_key_id: (r) => `AKIA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  aws_secret_access_key: (r) => r.b64(40),
  stripe_secret: (r) => `sk_live_51${r.alnum(97)}`,
  stripe_restricted: (r) => `rk_live_51${r.alnum(97)}`,
  sendgrid: (r) => `SG.${r.b64url(22)}.${r.b64url(43)}`,
  mailgun: (r) => `key-${r.hex(32)}`,
  twilio_auth_token: (r) => r.hex(32),
  twilio_api_key_secret: (r) => r.alnum(32),
  datadog_api: (r) => r.hex(32),
  datadog_app: (r) => r.hex(40),
  newrelic_user: (r) => `NRAK-${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27)}`,
  newrelic_license: (r) => `${r.hex(36)}NRAL`,
  openai: (r) => `sk-proj-${r.b64url(156)}`,
  anthropic: (r) => `sk-ant-api03-${r.b64url(93)}AA`,
  google_api: (r) => `AIza${r.b64url(35)}`,
  azure_ad_client_secret: (r) => `${r.alnum(3)}8Q~${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-', 34)}`,
  mapbox_secret: (r) => `sk.eyJ1Ijoi${r.b64url(60)}.${r.b64url(22)}`,
  algolia_admin: (r) => r.hex(32),
  shopify_shared_secret: (r) => `shpss_${r.hex(32)}`,
};
export const OTHER = {
  stripe_webhook_secret: (r) => `whsec_${r.alnum(32)}`,
  django_secret_key: (r) => `django-insecure-${r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50)}`,
  rails_secret_key_base: (r) => r.hex(128),
  jwt_signing_secret: (r) => r.b64(44),
  totp_seed: (r) => r.b32(32),
  encryption_key: (r) => `base64:${r.b64(43)}=`,
  oauth_client_secret: (r) => `GOCSPX-${r.b64url(28)}`,
  slack_webhook_path: (r) => r.alnum(24),
  wifi_psk: (r) => humanPassword(r),
  recovery_code: (r) => `${r.lower(5)}-${r.lower(5)}`,
  k8s_secret_b64: (r) => Buffer.from(urlSafePassword(r)).toString('base64'),
  hmac_secret: (r) => r.hex(64),
  snmp_community: (r) => `${r.pick(['noc', 'mon', 'ro'])}-${r.alnum(10)}`,
};

export function pemBlock(r, kind) {
  const label = { rsa: 'RSA PRIVATE KEY', pkcs8: 'PRIVATE KEY', ec: 'EC PRIVATE KEY', openssh: 'OPENSSH PRIVATE KEY', pgp: 'PGP PRIVATE KEY BLOCK' }[kind];
  const lines = { rsa: 25, pkcs8: 26, ec: 3, openssh: 7, pgp: 14 }[kind];
  const body = [];
  for (let i = 0; i < lines - 1; i++) body.push(r.b64(64));
  body.push(r.b64(r.int(20, 60)) + (kind === 'pgp' ? '' : '=='));
  if (kind === 'openssh') body[0] = `b3BlbnNzaC1rZXktdjEAAAAA${r.b64(40)}`;
  if (kind === 'pgp') return `-----BEGIN ${label}-----\n\n${body.join('\n')}\n=${r.b64(4)}\n-----END ${label}-----`;
  return `-----BEGIN ${label}-----\n${body.join('\n')}\n-----END ${label}-----`;
}

// ---------------------------------------------------------------- hard negatives
export const uuid = (r) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
export const traceId = (r) => r.hex(32);
export const spanId = (r) => r.hex(16);
export const sha1 = (r) => r.hex(40);
export const sha256 = (r) => r.hex(64);
export const semver = (r) => `${r.int(0, 9)}.${r.int(0, 40)}.${r.int(0, 30)}${r.chance(0.2) ? `-rc.${r.int(1, 5)}` : ''}`;
export function isoTs(r, ms = true) {
  const t = Date.UTC(2026, 10, 1) + r.int(0, 30 * 86400) * 1000 + r.int(0, 999);
  const s = new Date(t).toISOString();
  return ms ? s : s.replace(/\.\d{3}Z$/, 'Z');
}
export const podName = (r, app) => `${app}-${r.str('0123456789bcdfghjklmnpqrstvwxz', 9)}-${r.str('0123456789bcdfghjklmnpqrstvwxz', 5)}`;
export const SERVICES = ['checkout-api', 'payments-worker', 'identity-svc', 'ledger', 'notifier', 'search-indexer', 'billing-gateway', 'catalog', 'fulfilment', 'reporting-etl'];
export const PRODUCTS = ['Aurora Desk Lamp', 'Nimbus 2 Headphones', 'Trailblazer 40L Pack', 'Quiet Brew Kettle', 'Helix Standing Desk', 'Pixel Weave Throw', 'Granite Chef Knife'];
export const FLAGS = ['checkout_v2_enabled', 'new-ledger-reconciler', 'enable_passkeys', 'tokenRotationBeta', 'legacy_password_reset_disabled', 'sso_enforced_for_admins', 'dark_launch_search'];
export const ordId = (r) => `ORD-${r.int(2024, 2026)}-${r.digits(6)}`;
export const invId = (r) => `INV-${r.digits(5)}`;
export const ticketId = (r) => r.pick([`SUP-${r.int(1000, 99999)}`, `INC${r.digits(7)}`, `ZD-${r.digits(6)}`, `CASE-${r.digits(8)}`]);
export const hostName = (r) => `${r.pick(['api', 'db', 'cache', 'edge', 'worker', 'kafka'])}-${r.int(1, 40)}.${r.pick(['prod', 'staging', 'eu1', 'us-east'])}.${r.pick(['internal', 'corp.example.net', 'svc.cluster.local'])}`;
export const imageDigest = (r) => `sha256:${r.hex(64)}`;
export const sshPubKey = (r) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(43)}`;
export const sshFingerprint = (r) => `SHA256:${r.b64(43)}`;
export const awsRegion = (r) => r.pick(['eu-west-1', 'us-east-1', 'ap-southeast-2', 'eu-central-1', 'sa-east-1']);
