// Seeded value factories for the heldout-v14 corpus. Every value comes from the PRNG below, so a
// fixed seed reproduces the corpus byte for byte. Check digits follow the published algorithms.

let state = 0;
export function seed(s) { state = s >>> 0; }
// mulberry32: small, fast, good enough for test data, and trivially reproducible.
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
// Fisher-Yates with the seeded PRNG (Array#sort with a random comparator is engine-dependent).
export function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
export const pad = (n, w) => String(n).padStart(w, '0');
const from = (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)]; return s; };
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
export const toB64 = (s) => Buffer.from(s, 'utf8').toString('base64');
export const toB64url = (s) => Buffer.from(s, 'utf8').toString('base64url');

// ---------- keeps (hard negatives) ----------
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
export const traceId = () => hex(32);
export const spanId = () => hex(16);
export const sha = () => hex(40);
const ULID = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ulid = () => `01J${from(ULID, 23)}`;
export const reqId = () => pick([() => `req_${from(ULID, 20)}`, () => uuid(), () => `${HEXU(16)}`, () => `rid-${lower(12)}`])();
export const orderNo = () => pick([() => `ORD-2026-${digits(6)}`, () => `INV-${digits(7)}`, () => `#${int(100000, 999999)}`, () => `SO-${digits(5)}-${upper(2)}`])();
export const ticket = () => pick([() => `INC-${int(2000, 9999)}`, () => `PAY-${int(100, 999)}`, () => `SUP-${digits(6)}`, () => `OPS-${int(1000, 4999)}`])();
export function iso(dayOffset = 0) {
  const d = int(14, 20) + dayOffset;
  return `2026-11-${pad(Math.min(d, 30), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${pad(int(0, 999), 3)}Z`;
}
export const semver = () => `${int(1, 22)}.${int(0, 30)}.${int(0, 40)}`;
export const ms = () => `${int(12, 30000)}ms`;
export const svcHost = () => pick(['orders-db.internal', 'payments-svc.prod.svc.cluster.local', 'redis-main.cache.internal', 'kafka-2.broker.internal', 'search-api.internal', 'ledger-pg-replica.internal', 'mq-01.rabbit.internal', 'notify-worker.prod.svc.cluster.local', 'auth-gw.internal', 'billing-api.internal']);
export const errCode = () => pick(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'ERR_BAD_RESPONSE', 'ERR_HTTP2_STREAM_ERROR', 'ERR_SOCKET_CONNECTION_TIMEOUT', 'ENOTFOUND']);
export const publicUrl = () => pick(['https://api.github.com/repos/acme-shop/storefront/issues', 'https://registry.npmjs.org/express', 'https://status.stripe.com/', 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html', 'https://www.prisma.io/docs/reference/api-reference/error-reference', 'https://nodejs.org/api/errors.html', 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/429', 'https://kafka.js.org/docs/retry']);
export const city = () => pick(['Rotterdam', 'Frankfurt', 'Dublin', 'Singapore', 'São Paulo', 'Toronto', 'Warsaw', 'Osaka', 'Lyon', 'Barcelona']);
export const setting = () => pick([
  () => `"maxRetries":${int(2, 9)}`, () => `"tokenTtlSeconds":${pick([300, 900, 3600, 86400])}`, () => `"passwordMinLength":${int(8, 16)}`,
  () => `"sessionTimeoutMs":${pick([900000, 1800000, 3600000])}`, () => `"secretRotationDays":${pick([30, 60, 90])}`, () => `"apiKeyHeader":"x-api-key"`,
  () => `"otpDigits":${pick([6, 8])}`, () => `"keyVersion":${int(1, 9)}`, () => `"tokenBucketSize":${int(10, 500)}`, () => `"authTimeoutMs":${int(1000, 9000)}`,
])();

// ---------- people ----------
const FIRST = ['Anna', 'Lukas', 'Sophie', 'Mateo', 'Chiara', 'Oliver', 'Emma', 'Noah', 'Zofia', 'Jakub', 'Inès', 'Hugo', 'Lucía', 'Tomás', 'Freya', 'Sven', 'Aoife', 'Ciarán', 'Priya', 'Rahul', 'Amara', 'Kwame', 'Leila', 'Yusuf', 'Hannah', 'Mikael', 'Giulia', 'Bruno'];
const LAST = ['Schneider', 'Kowalska', 'Moreau', 'García', 'Rossi', 'Bennett', 'Okafor', 'Novak', 'Lindqvist', "O'Sullivan", 'Van der Berg', 'Haddad', 'Fernandes', 'Nakamura', 'Ivanova', 'Jensen', 'Dubois', 'Müller', 'Kaczmarek', 'Petrov', 'Andersson', 'Mensah', 'Reyes', 'Whitfield'];
const SCRIPTED = ['山田 太郎', '佐藤 花子', '王 伟', '李 娜', '김 민준', '이 서연', 'Иван Петров', 'Мария Смирнова', 'Ольга Кузнецова', 'Γιώργος Παπαδόπουλος', 'Ελένη Νικολάου', 'محمد العلي', 'فاطمة الزهراء', 'אורי כהן', 'नेहा शर्मा', 'अर्जुन मेहता', 'Nguyễn Văn An', 'Ştefan Popescu', 'Łukasz Wiśniewski', 'Zoë Ó Briain', 'José Álvarez', 'Þórunn Jónsdóttir'];
export function name() { return chance(0.3) ? pick(SCRIPTED) : `${pick(FIRST)} ${pick(LAST)}`; }
export function latinName() { return `${pick(FIRST)} ${pick(LAST)}`; }
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z ]/g, '').toLowerCase();
const MAILDOM = ['gmail.com', 'outlook.com', 'web.de', 'gmx.net', 'yahoo.co.uk', 'proton.me', 'icloud.com', 'orange.fr', 'wp.pl', 'libero.it', 'hotmail.es', 'posteo.de'];
let mailN = 0;
export function email(n) {
  const base = n && /[A-Za-z]/.test(ascii(n)) && ascii(n).includes(' ') ? ascii(n).trim().split(/\s+/) : [pick(['kasia', 'mike', 'jp', 'lena', 'rob', 'sasha', 'tim', 'nora']), lower(3)];
  mailN++;
  return pick([`${base[0]}.${base[base.length - 1]}`, `${base[0][0]}${base[base.length - 1]}${int(1, 99)}`, `${base[0]}_${base[base.length - 1]}+${pick(['shop', 'promo', 'x'])}`]) + `${mailN % 7 === 0 ? int(1, 9) : ''}@${pick(MAILDOM)}`;
}
export function userName() { return pick(['mkowalski', 'anna.schmidt', 'jbennett', 'tnakamura', 'priya.r', 'sokafor', 'lgarcia', 'hdubois', 'ivanova.o', 'rwhitfield', 'ymensah', 'fjensen']) + (chance(0.4) ? String(int(1, 9)) : ''); }

// ---------- phones ----------
export function phone() {
  return pick([
    () => [`+49 ${pick(['151', '160', '172', '176'])} ${digits(8)}`, 'de_intl'], () => [`0${pick(['30', '40', '89', '69'])} ${int(2, 9)}${digits(6)}`, 'de_national'],
    () => [`+44 7${int(400, 999)} ${digits(6)}`, 'uk_mobile_intl'], () => [`07${int(400, 999)} ${digits(6)}`, 'uk_mobile'], () => [`020 7${digits(3)} ${digits(4)}`, 'uk_london'],
    () => [`+33 ${pick(['6', '7'])} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, 'fr_intl'], () => [`0${pick(['6', '7'])} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, 'fr_national'],
    () => [`+1 (${pick(['415', '212', '646', '312', '617'])}) ${int(201, 989)}-${digits(4)}`, 'us_intl'], () => [`(${pick(['206', '512', '303'])}) ${int(201, 989)}-${digits(4)}`, 'us_paren'], () => [`${pick(['408', '718', '919'])}-${int(201, 989)}-${digits(4)}`, 'us_dashed'],
    () => [`+31 6 ${digits(8)}`, 'nl_intl'], () => [`06-${digits(8)}`, 'nl_national'], () => [`+34 6${digits(2)} ${digits(3)} ${digits(3)}`, 'es_intl'],
    () => [`+39 3${digits(2)} ${digits(3)} ${digits(4)}`, 'it_intl'], () => [`+48 ${pick(['5', '6', '7'])}${digits(2)} ${digits(3)} ${digits(3)}`, 'pl_intl'],
    () => [`+55 11 9${digits(4)}-${digits(4)}`, 'br_intl'], () => [`0${pick(['90', '80', '70'])}-${digits(4)}-${digits(4)}`, 'jp_national'], () => [`+91 ${pick(['98', '97', '88'])}${digits(3)} ${digits(5)}`, 'in_intl'],
    () => [`+4917${digits(9)}`, 'e164'], () => [`+4479${digits(8)}`, 'e164'],
  ])();
}

// ---------- ip ----------
export function ipv4() { return pick([() => `${pick([81, 88, 91, 94, 109, 146, 178, 185, 212, 217])}.${int(1, 254)}.${int(0, 255)}.${int(1, 254)}`, () => `${pick([73, 98, 24, 67])}.${int(1, 254)}.${int(0, 255)}.${int(1, 254)}`, () => `203.0.113.${int(1, 254)}`, () => `198.51.100.${int(1, 254)}`])(); }
export function ipv6() {
  const g = () => hex(int(1, 4)).replace(/^0+(?=.)/, '');
  return pick([
    () => `2001:db8:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`,
    () => `2a02:${g()}:${g()}:${g()}::${g()}`,
    () => `2003:e${hex(1)}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`,
    () => `2600:1700:${g()}::${g()}:${g()}`,
    () => `fe80::${g()}:${g()}:${g()}:${g()}`,
  ])();
}

// ---------- national ids ----------
function luhnDigit(body) { let s = 0; const r = body.split('').reverse(); for (let i = 0; i < r.length; i++) { let d = +r[i]; if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; } s += d; } return (10 - (s % 10)) % 10; }
export function luhnOk(num) { const d = num.replace(/\D/g, ''); return luhnDigit(d.slice(0, -1)) === +d.slice(-1); }
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0,4,3,2,1,5,6,7,8,9];
function verhoeff(body) { let c = 0; const r = (body + '0').split('').reverse().map(Number); for (let i = 0; i < r.length; i++) c = VD[c][VP[i % 8][r[i]]]; return VINV[c]; }
export function verhoeffOk(num) { let c = 0; const r = num.split('').reverse().map(Number); for (let i = 0; i < r.length; i++) c = VD[c][VP[i % 8][r[i]]]; return c === 0; }
const birth = () => ({ y: int(1948, 2004), m: int(1, 12), d: int(1, 28) });
export const ID = {
  us_ssn() { let a; do a = int(1, 899); while (a === 666); return `${pad(a, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`; },
  uk_nino() { const f = 'ABCEGHJKLMNOPRSTWXYZ', s = 'ABCEGHJKLMNPRSTWXYZ'; let p; do p = pick(f) + pick(s); while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)); const dd = digits(6); return chance(0.5) ? `${p} ${dd.slice(0, 2)} ${dd.slice(2, 4)} ${dd.slice(4)} ${pick('ABCD')}` : `${p}${dd}${pick('ABCD')}`; },
  nl_bsn() { for (;;) { const d = digits(8); if (d[0] === '0') continue; let s = 0; for (let i = 0; i < 8; i++) s += +d[i] * (9 - i); const c = s % 11; if (c < 10) return d + c; } },
  es_dni() { const n = int(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`; },
  pl_pesel() { const b = birth(); const mm = b.y >= 2000 ? b.m + 20 : b.m; const d = `${pad(b.y % 100, 2)}${pad(mm, 2)}${pad(b.d, 2)}${digits(4)}`; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; let s = 0; for (let i = 0; i < 10; i++) s += +d[i] * w[i]; return d + ((10 - (s % 10)) % 10); },
  se_pnr() { const b = birth(); const body = `${pad(b.y % 100, 2)}${pad(b.m, 2)}${pad(b.d, 2)}${digits(3)}`; return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`; },
  br_cpf() { const d = digits(9).split('').map(Number); const c1 = ((d.reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10; const c2 = (([...d, c1].reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10; const s = d.join('') + c1 + c2; return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`; },
  fr_nir() { const b = birth(); const body = `${pick(['1', '2'])}${pad(b.y % 100, 2)}${pad(b.m, 2)}${pad(int(1, 95), 2)}${pad(int(1, 990), 3)}${pad(int(1, 999), 3)}`; const key = 97 - Number(BigInt(body) % 97n); return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${pad(key, 2)}`; },
  fi_hetu() { const b = birth(); const n = pad(int(2, 899), 3); const ddmmyy = `${pad(b.d, 2)}${pad(b.m, 2)}${pad(b.y % 100, 2)}`; return `${ddmmyy}${b.y >= 2000 ? 'A' : '-'}${n}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(ddmmyy + n) % 31]}`; },
  in_aadhaar() { const body = `${int(2, 9)}${digits(10)}`; const s = body + verhoeff(body); return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`; },
  ca_sin() { const body = `${pick(['1', '2', '4', '5', '6', '7'])}${digits(7)}`; const s = body + luhnDigit(body); return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`; },
  de_steuerid() { for (;;) { const ds = shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9); ds.push(pick(ds)); shuffle(ds); if (ds[0] === 0) continue; let p = 10; for (const d of ds) { let s = (d + p) % 10; if (s === 0) s = 10; p = (2 * s) % 11; } let c = 11 - p; if (c === 10) c = 0; return ds.join('') + c; } },
  be_nrn() { const b = birth(); const body = `${pad(b.y % 100, 2)}${pad(b.m, 2)}${pad(b.d, 2)}${pad(int(1, 997), 3)}`; const n = b.y >= 2000 ? BigInt('2' + body) : BigInt(body); const c = 97 - Number(n % 97n); return `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6)}.${pad(c, 2)}`; },
};
export function nationalId() { const sub = pick(Object.keys(ID)); return [ID[sub](), sub]; }

// ---------- iban ----------
const mod97 = (s) => { let r = 0; for (const ch of s) r = (r * 10 + +ch) % 97; return r; };
const ibanNum = (s) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
export function ibanOk(v) { const s = v.replace(/\s/g, ''); return mod97(ibanNum(s.slice(4) + s.slice(0, 4))) === 1; }
const BBAN = {
  DE: () => `${int(1, 8)}${digits(7)}${digits(10)}`, GB: () => `${pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'])}${digits(6)}${digits(8)}`, NL: () => `${pick(['ABNA', 'INGB', 'RABO', 'TRIO'])}0${digits(9)}`,
  AT: () => `${digits(5)}${digits(11)}`, CH: () => `${digits(5)}${digits(12)}`, PL: () => `${digits(8)}${digits(16)}`,
  FR: () => { const b = digits(5), g = digits(5), a = digits(11); const k = 97 - Number((89n * BigInt(b) + 15n * BigInt(g) + 3n * BigInt(a)) % 97n); return b + g + a + pad(k, 2); },
  ES: () => { const b = digits(4), o = digits(4), a = digits(10); const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; const dc = (s) => { const v = 11 - (s.split('').reduce((x, c, i) => x + +c * w[i], 0) % 11); return v === 11 ? 0 : v === 10 ? 1 : v; }; return b + o + dc('00' + b + o) + dc(a) + a; },
  BE: () => { const f = digits(10); const c = Number(BigInt(f) % 97n) || 97; return f + pad(c, 2); },
  IE: () => `${pick(['AIBK', 'BOFI'])}${digits(6)}${digits(8)}`,
};
export function iban() {
  const cc = pick(Object.keys(BBAN)); const bban = BBAN[cc]();
  const chk = 98 - mod97(ibanNum(bban + cc + '00'));
  const compact = `${cc}${pad(chk, 2)}${bban}`;
  return [chance(0.55) ? compact.replace(/(.{4})/g, '$1 ').trim() : compact, `iban_${cc.toLowerCase()}`];
}

// ---------- cards ----------
export function card() {
  const [pre, len, sub] = pick([['4', 16, 'visa'], [String(int(51, 55)), 16, 'mastercard'], [String(int(2221, 2720)), 16, 'mastercard2'], [pick(['34', '37']), 15, 'amex'], ['6011', 16, 'discover'], [String(int(3528, 3589)), 16, 'jcb']]);
  const body = pre + digits(len - 1 - pre.length); const n = body + luhnDigit(body);
  const f = pick(['plain', 'space', 'dash']);
  if (f === 'plain') return [n, sub];
  const sep = f === 'space' ? ' ' : '-';
  return [len === 15 ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}` : n.replace(/(.{4})/g, `$1${sep}`).slice(0, -1), sub];
}

// ---------- address / dob / geo ----------
export function address() {
  return pick([
    () => [`${pick(['Lindenstraße', 'Kastanienallee', 'Bergmannstr.', 'Am Gleisdreieck'])} ${int(1, 140)}${pick(['', 'a', 'b'])}, ${pad(int(10115, 14199), 5)} Berlin`, 'de'],
    () => [`${int(1, 220)} ${pick(['Elm Grove', 'Victoria Road', 'Mill Lane', 'Queen\'s Terrace'])}, ${pick(['Leeds LS6 2AB', 'Bristol BS3 4QT', 'Manchester M14 5RL', 'London SE15 3HF'])}`, 'uk'],
    () => [`${int(1, 90)} ${pick(['rue des Lilas', 'avenue Jean Jaurès', 'rue Oberkampf', 'boulevard Voltaire'])}, ${pick(['75011 Paris', '69003 Lyon', '31000 Toulouse'])}`, 'fr'],
    () => [`${int(100, 9800)} ${pick(['Maple Ave', 'W 34th St', 'Sunset Blvd', 'Lakeview Dr'])} ${pick(['Apt 4B', 'Unit 12', ''])}`.trim() + `, ${pick(['Austin, TX 78704', 'Portland, OR 97214', 'Brooklyn, NY 11215', 'Denver, CO 80205'])}`, 'us'],
    () => [`ul. ${pick(['Marszałkowska', 'Długa', 'Piotrkowska'])} ${int(1, 200)}/${int(1, 40)}, ${pick(['00-624 Warszawa', '90-102 Łódź', '80-831 Gdańsk'])}`, 'pl'],
    () => [`Calle de ${pick(['Alcalá', 'Toledo', 'Serrano'])} ${int(1, 250)}, ${int(1, 6)}º ${pick(['A', 'B', 'C'])}, ${pick(['28014 Madrid', '08013 Barcelona'])}`, 'es'],
    () => [`${pick(['Prinsengracht', 'Keizersgracht', 'Westersingel'])} ${int(1, 800)}, ${pick(['1016 HK Amsterdam', '3014 GT Rotterdam'])}`, 'nl'],
    () => [`Via ${pick(['Garibaldi', 'Roma', 'dei Mille'])} ${int(1, 120)}, ${pick(['20121 Milano', '10123 Torino', '00185 Roma'])}`, 'it'],
    () => [`東京都${pick(['渋谷区神南', '世田谷区太子堂', '港区六本木'])}${int(1, 5)}-${int(1, 30)}-${int(1, 20)}`, 'jp'],
  ])();
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function dob() {
  const b = birth();
  return pick([
    () => [`${b.y}-${pad(b.m, 2)}-${pad(b.d, 2)}`, 'iso'], () => [`${pad(b.d, 2)}.${pad(b.m, 2)}.${b.y}`, 'de'], () => [`${pad(b.m, 2)}/${pad(b.d, 2)}/${b.y}`, 'us'],
    () => [`${pad(b.d, 2)}/${pad(b.m, 2)}/${b.y}`, 'eu_slash'], () => [`${MONTHS[b.m - 1]} ${b.d}, ${b.y}`, 'long'], () => [`${b.d} ${MONTHS[b.m - 1].slice(0, 3)} ${b.y}`, 'short'],
  ])();
}
export function geo() {
  const [la, lo] = pick([[52.5, 13.4], [51.5, -0.12], [48.85, 2.35], [40.71, -74.0], [52.37, 4.89], [50.06, 19.94], [-23.55, -46.63], [35.68, 139.69], [41.39, 2.17], [45.46, 9.19]]);
  const dp = int(5, 7);
  // a trailing zero would vanish when the number is written as a JSON number
  const f = (x) => x.toFixed(dp).replace(/0$/, String(int(1, 9)));
  return [f(la + (rnd() - 0.5) * 0.2), f(lo + (rnd() - 0.5) * 0.2)];
}

// ---------- secrets ----------
const WORDS = ['marmalade', 'tungsten', 'lighthouse', 'quarantine', 'pelican', 'glacier', 'saffron', 'octopus', 'velvet', 'harbour', 'juniper', 'thunder', 'cobalt', 'meadow'];
export function password() {
  return pick([
    () => `${pick(['Winter', 'Summer', 'Autumn', 'Spring'])}${int(2019, 2026)}${pick(['!', '#', '$', '?'])}`, () => `${alnum(int(12, 20))}`, () => `${alnum(6)}${pick(['!', '@', '%', '&', '*'])}${alnum(6)}${int(0, 9)}`,
    () => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`, () => `${pick(WORDS)}-${pick(WORDS)}-${int(10, 99)}`, () => `P@ss${alnum(5)}${int(10, 99)}`, () => `${lower(4)}#${upper(4)}!${digits(3)}`,
  ])();
}
export function urlPassword() { return pick([() => alnum(int(14, 24)), () => `${alnum(8)}%21${alnum(6)}`, () => `${pick(WORDS)}${int(100, 999)}${upper(3)}`])(); }
export function jwt(claims = {}) {
  const h = toB64url(JSON.stringify({ alg: pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const p = toB64url(JSON.stringify({ sub: pick([uuid(), `usr_${alnum(10)}`]), iat: 1795000000 + int(0, 900000), exp: 1795900000 + int(0, 900000), ...claims }));
  return `${h}.${p}.${b64url(43)}`;
}
export function token() {
  return pick([
    () => [jwt(), 'jwt'], () => [`ghp_${alnum(36)}`, 'github_pat'], () => [`github_pat_11${upper(20)}_${alnum(59)}`, 'github_fine'], () => [`ghs_${alnum(36)}`, 'github_app'],
    () => [`glpat-${b64url(20)}`, 'gitlab_pat'], () => [`xoxb-${digits(12)}-${digits(13)}-${alnum(24)}`, 'slack_bot'], () => [`xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${hex(32)}`, 'slack_user'],
    () => [`npm_${alnum(36)}`, 'npm'], () => [`ya29.a0${b64url(int(80, 120))}`, 'google_oauth'], () => [`hf_${from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`, 'huggingface'],
    () => [`${int(1000000000, 7999999999)}:AA${b64url(33)}`, 'telegram_bot'], () => [`sntrys_${b64(int(60, 90)).replace(/[+/]/g, 'x')}`, 'sentry_auth'], () => [`dp.st.${lower(4)}.${alnum(40)}`, 'doppler'],
    () => [b64url(int(32, 48)), 'opaque_bearer'], () => [`1//0${b64url(int(60, 90))}`, 'google_refresh'],
  ])();
}
export function apiKey() {
  return pick([
    () => [`sk_live_${alnum(int(24, 99))}`, 'stripe_secret'], () => [`rk_live_${alnum(int(24, 99))}`, 'stripe_restricted'], () => [`AKIA${upper(16).replace(/[01]/g, '7')}`, 'aws_akid'],
    () => [`AIza${b64url(35)}`, 'google_api'], () => [`SG.${b64url(22)}.${b64url(43)}`, 'sendgrid'], () => [`SK${hex(32)}`, 'twilio'], () => [`sk-proj-${b64url(int(100, 150))}`, 'openai'],
    () => [`sk-ant-api03-${b64url(93)}AA`, 'anthropic'], () => [`key-${hex(32)}`, 'mailgun'], () => [`shpat_${hex(32)}`, 'shopify'], () => [`lin_api_${alnum(40)}`, 'linear'], () => [`re_${alnum(8)}_${alnum(24)}`, 'resend'],
    () => [`${hex(32)}`, 'hex32'], () => [`PMAK-${hex(24)}-${hex(34)}`, 'postman'],
  ])();
}
export const awsSecret = () => b64(40).replace(/\+/g, 'q');
const pemBody = (prefix, lines) => { const all = prefix + b64(64 * lines - prefix.length); return all.match(/.{1,64}/g).join('\n'); };
export function privateKey() {
  return pick([
    () => [`-----BEGIN RSA PRIVATE KEY-----\n${pemBody('MIIEpAIBAAKCAQEA', int(6, 10))}\n${b64(int(20, 60))}==\n-----END RSA PRIVATE KEY-----`, 'rsa_pkcs1'],
    () => [`-----BEGIN PRIVATE KEY-----\n${pemBody('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', int(6, 10))}\n${b64(int(20, 60))}=\n-----END PRIVATE KEY-----`, 'pkcs8'],
    () => [`-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI${b64(55)}\n${b64(64)}\n${b64(40)}==\n-----END EC PRIVATE KEY-----`, 'ec'],
    () => [`-----BEGIN OPENSSH PRIVATE KEY-----\n${pemBody('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', int(4, 7))}\n${b64(int(20, 60))}\n-----END OPENSSH PRIVATE KEY-----`, 'openssh'],
    () => [`-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQdGBF${pemBody(b64(10), int(5, 8))}\n=${b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`, 'pgp'],
  ])();
}
export function otherSecret() {
  return pick([
    () => [`whsec_${b64(32).replace(/[+/]/g, 'Z')}`, 'stripe_whsec'], () => [hex(64), 'hmac_hex'], () => [b64(43) + '=', 'aes_key_b64'], () => [b32(32), 'totp_seed'],
    () => [hex(40), 'webhook_secret'], () => [`${pick(WORDS)}-${alnum(24)}`, 'session_secret'], () => [`v1,${b64(43)}=`, 'svix_signature'],
  ])();
}
export const otp = () => pad(int(100000, 999999), 6);
export const recoveryCodes = (n) => Array.from({ length: n }, () => `${lower(5)}-${lower(5)}`);
