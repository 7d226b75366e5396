// Seeded value factories. Every checksum-bearing identifier is computed with its real algorithm
// (Luhn, ISO 13616 mod-97, ISO 7064 mod 11,10, 11-proof, mod-97 NIR key, CPF, PESEL, DNI letter),
// so a detector that validates check digits sees the same thing it would see in production.

let state = 0;
export function reseed(seed) { state = seed >>> 0; }
// mulberry32: small, fast, deterministic across Node versions.
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
const charset = (cs, n) => { let s = ''; for (let i = 0; i < n; i++) s += cs[Math.floor(rand() * cs.length)]; return s; };
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const hex = (n) => charset('0123456789abcdef', n);
export const HEX = (n) => charset('0123456789ABCDEF', n);
export const alnum = (n) => charset(ALNUM, n);
export const lower = (n) => charset('abcdefghijklmnopqrstuvwxyz0123456789', n);
export const upper = (n) => charset('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n);
export const digits = (n) => charset('0123456789', n);
export const b64 = (n) => charset(ALNUM + '+/', n);
export const b64url = (n) => charset(ALNUM + '-_', n);
const pad = (n, w = 2) => String(n).padStart(w, '0');
export const enc64 = (s) => Buffer.from(s, 'utf8').toString('base64');
export const enc64url = (s) => Buffer.from(s, 'utf8').toString('base64url');

// ---------- keep-side values (identifiers that must survive) ----------
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
export const traceId = () => hex(32);
export const spanId = () => hex(16);
export const reqId = () => pick([`req_${lower(20)}`, `rq-${hex(12)}`, `${hex(8)}-${hex(4)}`, `01J${upper(23)}`]);
export const sha = () => hex(40);
export const semver = () => `${int(1, 9)}.${int(0, 30)}.${int(0, 40)}`;
export const isoTs = () => `2025-${pad(int(1, 12))}-${pad(int(1, 28))}T${pad(int(0, 23))}:${pad(int(0, 59))}:${pad(int(0, 59))}.${pad(int(0, 999), 3)}Z`;
export const orderNo = () => pick([`ORD-${int(2023, 2025)}-${digits(6)}`, `SO${digits(8)}`, `PO-${digits(5)}`]);
export const invoiceNo = () => pick([`INV-${int(2023, 2025)}-${digits(5)}`, `in_1${alnum(23)}`, `F${int(2024, 2025)}${digits(6)}`]);
export const ticketNo = () => pick([`#${int(10000, 99999)}`, `TCK-${digits(6)}`, `SUP-${int(1000, 9999)}`]);
export const durationMs = () => `${int(2, 9000)}ms`;
export const tenantSlug = () => pick(['acme-logistics', 'nordlicht', 'blue-harbor', 'kumo-labs', 'verde-agro', 'polaris-health', 'tidewater', 'sakura-retail', 'helios-energy', 'oakridge-legal', 'fjord-media', 'lumen-ed']);
export const company = () => pick(['Nordlicht Logistik GmbH', 'Blue Harbor Analytics Inc.', 'Kumo Labs K.K.', 'Verde Agro S.A.', 'Polaris Health BV', 'Tidewater Freight Ltd', 'Sakura Retail 株式会社', 'Helios Energia S.p.A.', 'Oakridge Legal LLP', 'Fjord Media AS', 'Lumen Education SAS', 'Stellar Payroll Sp. z o.o.', 'Orion Datenwerk AG', 'Aurora Ventures Oy']);
export const vatBiz = () => pick([`DE${int(100000000, 999999999)}`, `FR${digits(2)}${digits(9)}`, `NL${digits(9)}B01`, `IT${digits(11)}`, `ATU${digits(8)}`, `BE0${digits(9)}`, `PL${digits(10)}`, `IE${digits(7)}${pick(['A', 'W', 'H'])}`]);
export const serviceHost = () => pick(['api.eu1.tessellate.io', 'api.us2.tessellate.io', 'webhooks-dispatcher.prod.svc.cluster.local', 'scim.tessellate.io', 'billing-worker.prod.svc.cluster.local', 'pg-primary.eu1.internal', 'redis-sessions.eu1.internal', 'os-logs-01.eu1.internal', 'ch-events.us2.internal', 'auth.tessellate.io', 'files.tessellate-cdn.net', 'app.tessellate.io']);
export const errCode = () => pick(['ECONNRESET', 'ETIMEDOUT', 'ERR_WEBHOOK_TIMEOUT', 'SCIM_409_UNIQUENESS', 'E_RATE_LIMITED', 'ERR_SAML_AUDIENCE', 'ERR_INVALID_SIGNATURE', '23505', '57014', 'CLIENT_CLOSED_REQUEST', 'ERR_IMPORT_ROW_INVALID', 'card_declined']);
export const region = () => pick(['eu-central-1', 'us-east-2', 'europe-west3', 'ap-northeast-1', 'eu-west-1']);
export const bizCity = () => pick(['Frankfurt', 'Dublin', 'Singapore', 'São Paulo', 'Tokyo', 'Amsterdam', 'Warsaw', 'Toronto', 'Sydney', 'Paris']);
export const publicUrl = () => pick(['https://docs.tessellate.io/api/webhooks#retries', 'https://status.tessellate.io/incidents/2025-03', 'https://docs.tessellate.io/scim/v2/users', 'https://stripe.com/docs/error-codes/card-declined', 'https://www.rfc-editor.org/rfc/rfc7644', 'https://github.com/tessellate/sdk-node/releases', 'https://developers.cloudflare.com/waf/']);

// ---------- people ----------
const FIRST = ['Lena', 'Jonas', 'Amélie', 'Théo', 'Lucía', 'Mateo', 'Zofia', 'Krzysztof', 'João', 'Beatriz', 'Ayşe', 'Mehmet', 'Nguyễn', 'Siobhan', 'Padraig', 'Ingrid', 'Sven', 'Chiara', 'Lorenzo', 'Priya', 'Arjun', 'Olumide', 'Chidinma', 'Hannah', 'Marcus', 'Grace', 'Diego', 'Małgorzata', 'Søren', 'Eliška', 'Björn', 'Fatima', 'Yusuf', 'Camille', 'Rafael', 'Noor', 'Emily', 'Daniel'];
const LAST = ['Schneider', 'Hoffmann', 'Dubois', 'Lefèvre', 'García', 'Fernández', 'Kowalska', 'Wiśniewski', 'Silva', 'Carvalho', 'Yılmaz', 'Demir', 'Trần', "O'Brien", 'Gallagher', 'Lindqvist', 'Johansson', 'Russo', 'Bianchi', 'Sharma', 'Iyer', 'Adeyemi', 'Okafor', 'Whitfield', 'Brennan', 'Castillo', 'Nowak', 'Mortensen', 'Dvořáková', 'Åkesson', 'Haddad', 'Rahman', 'Moreau', 'Pereira', 'Van der Berg', 'Thompson', 'Reyes'];
const SCRIPT_NAMES = ['Екатерина Смирнова', 'Дмитрий Кузнецов', 'Ольга Петренко', '山田 花子', '佐藤 健太', '鈴木 美咲', '王伟', '李娜', '陈静怡', '김민준', '박서연', '이지은', 'محمد الأحمد', 'فاطمة الزهراء', 'Γιώργος Παπαδόπουλος', 'Ελένη Νικολάου', 'נועה כהן', 'אורי לוי', 'अनीता शर्मा', 'राहुल वर्मा', 'สมชาย ใจดี'];
export const firstName = () => pick(FIRST);
export const lastName = () => pick(LAST);
export const latinName = () => `${pick(FIRST)} ${pick(LAST)}`;
export const scriptName = () => pick(SCRIPT_NAMES);
export const anyName = () => (chance(0.3) ? scriptName() : latinName());
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
export const userSeg = () => pick([() => `${ascii(firstName())}`, () => `${ascii(firstName())[0]}${ascii(lastName())}`, () => `${ascii(firstName())}.${ascii(lastName())}`, () => `${ascii(lastName())}${ascii(firstName())[0]}`])();
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.jp', 'web.de', 'orange.fr', 'nordlicht-logistik.de', 'blueharbor.com', 'kumolabs.jp', 'verdeagro.com.br', 'polarishealth.nl', 'proton.me', 'mail.ru', 'naver.com', 'icloud.com', 'tidewater.co.uk'];
export const email = (name) => {
  const base = name && /^[\p{Script=Latin}\s'-]+$/u.test(name) ? ascii(name.split(' ')[0]) + pick(['.', '_', '']) + ascii(name.split(' ').slice(-1)[0]) : userSeg() + pick(['', digits(2)]);
  return `${base || userSeg()}${chance(0.15) ? '+' + pick(['billing', 'scim', 'test']) : ''}@${pick(DOMAINS)}`;
};
export const phone = () => pick([
  () => `+49 ${pick(['151', '160', '171', '176'])} ${digits(7)}`, () => `0${pick(['30', '89', '40'])} ${digits(7)}`,
  () => `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, () => `06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
  () => `+44 7${digits(3)} ${digits(6)}`, () => `07${digits(3)} ${digits(6)}`, () => `+1 (${int(201, 989)}) ${int(200, 989)}-${digits(4)}`,
  () => `+1-${int(201, 989)}-${int(200, 989)}-${digits(4)}`, () => `090-${digits(4)}-${digits(4)}`, () => `+81 80-${digits(4)}-${digits(4)}`,
  () => `+55 11 9${digits(4)}-${digits(4)}`, () => `+91 9${digits(4)} ${digits(5)}`, () => `+34 6${digits(2)} ${digits(3)} ${digits(3)}`,
  () => `+39 3${digits(2)} ${digits(3)} ${digits(4)}`, () => `+48 ${int(500, 799)} ${digits(3)} ${digits(3)}`, () => `010-${digits(4)}-${digits(4)}`,
  () => `+31 6 ${digits(8)}`, () => `+4917${digits(9)}`, () => `+447${digits(9)}`,
])();
export const ipv4Public = () => `${pick([int(11, 99), int(101, 126), int(128, 168), int(170, 171), int(173, 191), int(193, 223)])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
export const ipv4Private = () => pick([() => `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, () => `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`, () => `192.168.${int(0, 255)}.${int(1, 254)}`])();
export const ipv4 = () => (chance(0.7) ? ipv4Public() : ipv4Private());
const g16 = () => int(1, 0xffff).toString(16);
export const ipv6 = () => pick([
  () => `${pick(['2a02', '2600', '2001', '2a01', '2604', '2406'])}:${g16()}:${g16()}:${g16()}:${g16()}:${g16()}:${g16()}:${g16()}`,
  () => `${pick(['2a02', '2600', '2a00', '2804'])}:${g16()}:${g16()}::${g16()}:${g16()}`,
  () => `fd${hex(2)}:${g16()}:${g16()}::${g16()}`,
])();
export const dashedIp = (ip) => ip.replace(/\./g, '-');

// ---------- national ids (real check digits) ----------
export function ssn() { let a; do a = int(1, 899); while (a === 666); return `${pad(a, 3)}-${pad(int(1, 99))}-${pad(int(1, 9999), 4)}`; }
export function nino() {
  const L1 = 'ABCEGHJKLMNOPRSTWXYZ', L2 = 'ABCEGHJKLMNPRSTWXYZ';
  let p; do p = pick([...L1]) + pick([...L2]); while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
  return chance(0.5) ? `${p}${digits(6)}${pick(['A', 'B', 'C', 'D'])}` : `${p} ${digits(2)} ${digits(2)} ${digits(2)} ${pick(['A', 'B', 'C', 'D'])}`;
}
export function steuerId() {
  for (;;) {
    const ds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].sort(() => rand() - 0.5).slice(0, 9);
    ds.push(ds[int(0, 8)]);
    const arr = ds.sort(() => rand() - 0.5);
    if (arr[0] === 0) continue;
    let prod = 10;
    for (const d of arr) { let s = (d + prod) % 10; if (s === 0) s = 10; prod = (s * 2) % 11; }
    let c = 11 - prod; if (c === 10) c = 0;
    return arr.join('') + c;
  }
}
export function nir() {
  const body = `${int(1, 2)}${pad(int(50, 99))}${pad(int(1, 12))}${pad(int(1, 95))}${pad(int(1, 999), 3)}${pad(int(1, 999), 3)}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return chance(0.5) ? `${body}${pad(key)}` : `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${pad(key)}`;
}
export function dni() { const n = int(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`; }
export function bsn() {
  for (;;) {
    const d = [int(1, 9), ...Array.from({ length: 7 }, () => int(0, 9))];
    const s = d.reduce((a, x, i) => a + x * (9 - i), 0);
    const last = s % 11; if (last > 9) continue;
    return d.join('') + last;
  }
}
export function cpf() {
  const d = Array.from({ length: 9 }, () => int(0, 9));
  const c1 = ((d.reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10; d.push(c1);
  const c2 = ((d.reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10; d.push(c2);
  const s = d.join('');
  return chance(0.6) ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s;
}
export function pesel() {
  const y = int(1960, 2004), m = int(1, 12), dd = int(1, 28);
  const mm = y >= 2000 ? m + 20 : m;
  const d = `${pad(y % 100)}${pad(mm)}${pad(dd)}${digits(4)}`.split('').map(Number);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const c = (10 - (d.reduce((a, x, i) => a + x * w[i], 0) % 10)) % 10;
  return d.join('') + c;
}
export function luhnDigit(body) {
  let sum = 0; const rev = body.split('').reverse();
  rev.forEach((ch, i) => { let x = Number(ch); if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9; } sum += x; });
  return String((10 - (sum % 10)) % 10);
}
export function personnummer() {
  const b = `${pad(int(50, 99))}${pad(int(1, 12))}${pad(int(1, 28))}${digits(3)}`;
  return `${b.slice(0, 6)}-${b.slice(6)}${luhnDigit(b)}`;
}
export const nationalId = () => natPick();
function natPick() { const [sub, f] = pick([['us_ssn', ssn], ['uk_nino', nino], ['de_steuer_id', steuerId], ['fr_nir', nir], ['es_dni', dni], ['nl_bsn', bsn], ['br_cpf', cpf], ['pl_pesel', pesel], ['se_personnummer', personnummer]]); return { sub, value: f() }; }

// ---------- IBAN / cards ----------
const IBAN_FMT = { DE: () => digits(18), FR: () => digits(10) + upper(11) + digits(2), GB: () => 'NWBK' + digits(14), NL: () => pick(['ABNA', 'INGB', 'RABO']) + digits(10), ES: () => digits(20), IT: () => upper(1).replace(/[0-9]/, 'X') + digits(10) + upper(12), BE: () => digits(12), PL: () => digits(24), CH: () => digits(5) + upper(12), AT: () => digits(16), PT: () => digits(21) };
export function iban(cc) {
  cc ??= pick(Object.keys(IBAN_FMT));
  const bban = IBAN_FMT[cc]();
  const num = (bban + cc + '00').split('').map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
  const check = pad(98 - Number(BigInt(num) % 97n));
  const raw = cc + check + bban;
  return chance(0.5) ? raw.replace(/(.{4})/g, '$1 ').trim() : raw;
}
export function card() {
  const [sub, prefix, len] = pick([['visa', '4', 16], ['mastercard', String(int(51, 55)), 16], ['mastercard', String(int(2221, 2720)), 16], ['amex', pick(['34', '37']), 15], ['discover', '6011', 16]]);
  const body = prefix + digits(len - 1 - prefix.length);
  const n = body + luhnDigit(body);
  const v = len === 15 ? (chance(0.5) ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n) : pick([n, n.replace(/(.{4})/g, '$1 ').trim(), n.replace(/(.{4})/g, '$1-').slice(0, -1)]);
  return { sub, value: v };
}

// ---------- addresses, dob, geo ----------
const ADDR = [
  ['de', () => `${pick(['Friedrichstraße', 'Schönhauser Allee', 'Leopoldstraße', 'Am Sandtorkai', 'Königsallee'])} ${int(1, 180)}, ${digits(5)} ${pick(['Berlin', 'München', 'Hamburg', 'Düsseldorf'])}`],
  ['fr', () => `${int(1, 120)} ${pick(['rue de la Roquette', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue des Martyrs'])}, ${pick(['75011', '69003', '13006', '31000'])} ${pick(['Paris', 'Lyon', 'Marseille', 'Toulouse'])}`],
  ['es', () => `Calle ${pick(['de Alcalá', 'Mayor', 'Gran Vía', 'de Serrano'])} ${int(1, 200)}, ${int(1, 8)}º ${pick(['A', 'B', 'izq.'])}, 280${pad(int(1, 50))} Madrid`],
  ['uk', () => `${int(1, 220)} ${pick(['Kingsland Road', 'Acacia Avenue', 'Deansgate', 'Princes Street'])}, ${pick(['London E8 4AA', 'Manchester M3 4LZ', 'Edinburgh EH2 2ER'])}`],
  ['us', () => `${int(100, 9999)} ${pick(['Maple Ave', 'Elm Street', 'Mission St', 'N Lamar Blvd'])}${chance(0.4) ? ` Apt ${int(1, 40)}${pick(['A', 'B', ''])}` : ''}, ${pick(['Austin, TX 78756', 'San Francisco, CA 94110', 'Portland, OR 97214', 'Brooklyn, NY 11215'])}`],
  ['pl', () => `ul. ${pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Floriańska'])} ${int(1, 150)}/${int(1, 40)}, ${pad(int(0, 99))}-${digits(3)} ${pick(['Warszawa', 'Łódź', 'Kraków'])}`],
  ['jp', () => `東京都${pick(['渋谷区神宮前', '世田谷区三軒茶屋', '港区南青山'])}${int(1, 6)}-${int(1, 20)}-${int(1, 30)}`],
  ['br', () => `Rua ${pick(['Augusta', 'Oscar Freire', 'das Laranjeiras'])}, ${int(10, 2999)} - ${pick(['Consolação', 'Jardins', 'Laranjeiras'])}, São Paulo - SP, 0${digits(4)}-${digits(3)}`],
  ['nl', () => `${pick(['Prinsengracht', 'Keizersgracht', 'Oudegracht'])} ${int(1, 900)}${pick(['', '-H', 'A'])}, ${int(1000, 3599)} ${pick(['AB', 'KL', 'XZ'])} ${pick(['Amsterdam', 'Utrecht'])}`],
];
export const address = () => { const [sub, f] = pick(ADDR); return { sub, value: f() }; };
export function dob() {
  const y = int(1950, 2004), m = int(1, 12), d = int(1, 28);
  return pick([`${y}-${pad(m)}-${pad(d)}`, `${pad(d)}.${pad(m)}.${y}`, `${pad(m)}/${pad(d)}/${y}`, `${pad(d)}/${pad(m)}/${y}`]);
}
export const coord = (lo, hi) => (lo + rand() * (hi - lo)).toFixed(int(5, 7));
export const geoPair = () => { const [la, lo] = pick([[[48.1, 48.2], [11.5, 11.6]], [[52.4, 52.6], [13.3, 13.5]], [[40.4, 40.5], [-3.75, -3.65]], [[35.6, 35.7], [139.6, 139.8]], [[-23.6, -23.5], [-46.7, -46.6]], [[51.48, 51.55], [-0.2, -0.05]], [[37.74, 37.8], [-122.45, -122.4]]]); return [coord(...la), coord(...lo)]; };

// ---------- secrets ----------
const WORDS = ['quokka', 'ember', 'lantern', 'vortex', 'saffron', 'glacier', 'pistachio', 'marble', 'cobalt', 'tundra', 'falcon', 'velvet', 'orchid', 'nimbus', 'juniper', 'harbor7', 'zephyr', 'quasar'];
export const password = () => pick([
  () => `${pick(['Winter', 'Sommer', 'Printemps', 'Verano', 'Kwiecien'])}${int(2019, 2025)}${pick(['!', '#', '$', '?'])}`,
  () => `${alnum(int(10, 18))}${pick(['!', '%', '*', '@'])}${digits(2)}`, () => `${pick(WORDS)}-${pick(WORDS)}-${pick(WORDS)}-${digits(2)}`,
  () => `${cap(pick(WORDS))}${pick(['_', '.', '+'])}${alnum(6)}${digits(3)}`, () => alnum(24),
])();
const cap = (s) => s[0].toUpperCase() + s.slice(1);
export const passphrase = () => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
export const urlSafePassword = () => pick([() => `${cap(pick(WORDS))}${digits(4)}${alnum(6)}`, () => alnum(int(16, 28)), () => `${pick(WORDS)}_${alnum(8)}_${digits(2)}`])();
export function jwt(claims = {}) {
  const h = enc64url(JSON.stringify({ alg: pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: hex(8) }));
  const p = enc64url(JSON.stringify({ sub: uuid(), iss: pick(['https://auth.tessellate.io', 'https://login.microsoftonline.com/' + uuid() + '/v2.0', 'https://accounts.google.com']), aud: 'tessellate-api', iat: int(1735000000, 1745000000), exp: int(1745000001, 1755000000), ...claims }));
  return `${h}.${p}.${b64url(int(43, 86))}`;
}
export const token = () => tokenPick();
function tokenPick() { const [sub, f] = pick([['github_pat', () => `ghp_${alnum(36)}`], ['github_oauth', () => `gho_${alnum(36)}`], ['github_app', () => `ghs_${alnum(36)}`], ['github_fine', () => `github_pat_11${upper(20)}_${alnum(59)}`], ['slack_bot', () => `xoxb-${digits(12)}-${digits(13)}-${alnum(24)}`], ['npm', () => `npm_${alnum(36)}`], ['gitlab', () => `glpat-${b64url(20)}`], ['jwt', () => jwt()], ['google_oauth', () => `ya29.${b64url(int(90, 140))}`], ['opaque_bearer', () => alnum(int(32, 48))], ['shopify', () => `shpat_${hex(32)}`], ['tsl_access', () => `tsl_at_${b64url(40)}`]]); return { sub, value: f() }; }
export function apiKey() {
  const [sub, f] = pick([
    ['stripe_secret', () => `sk_live_${alnum(int(24, 99))}`], ['stripe_restricted', () => `rk_live_${alnum(int(24, 99))}`], ['aws_access_key', () => `AKIA${upper(16).replace(/[0189]/g, 'Q')}`],
    ['google_api', () => `AIza${b64url(35)}`], ['sendgrid', () => `SG.${b64url(22)}.${b64url(43)}`], ['twilio_key', () => `SK${hex(32)}`], ['mailgun', () => `key-${hex(32)}`],
    ['openai', () => `sk-proj-${b64url(int(48, 120))}`], ['anthropic', () => `sk-ant-api03-${b64url(93)}AA`], ['chargebee', () => `live_${alnum(32)}`],
    ['paddle', () => `pdl_live_apikey_${lower(26)}_${alnum(22)}_${alnum(3)}`], ['tessellate_live', () => `tsl_live_${alnum(32)}`], ['cloudflare', () => b64url(40)],
    ['algolia_admin', () => hex(32)], ['datadog', () => hex(32)], ['postmark', () => uuid()],
  ]);
  return { sub, value: f() };
}
export const awsSecret = () => b64(40);
export const clientSecret = () => pick([() => `${b64url(8)}~${b64url(31)}`, () => alnum(40), () => `tsl_cs_${alnum(40)}`])();
export function pem(kind) {
  kind ??= pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const lines = kind === 'EC PRIVATE KEY' ? 3 : kind === 'OPENSSH PRIVATE KEY' ? int(5, 7) : int(8, 14);
  const body = Array.from({ length: lines }, () => b64(kind === 'OPENSSH PRIVATE KEY' ? 70 : 64));
  const first = kind === 'OPENSSH PRIVATE KEY' ? 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB' + b64(18) : kind === 'EC PRIVATE KEY' ? 'MHcCAQEEI' + b64(55) : 'MII' + b64(61);
  body[0] = first;
  return `-----BEGIN ${kind}-----\n${body.join('\n')}\n${b64(int(20, 60))}${pick(['', '=', '=='])}\n-----END ${kind}-----`;
}
export const webhookSecret = () => pick([() => `whsec_${b64(32)}`, () => `whsec_${alnum(32)}`, () => `tsl_whsec_${hex(48)}`])();
export const otp = () => digits(6);
export const recoveryCode = () => `${lower(5)}-${lower(5)}`;
export const encKey = () => b64(43) + '=';
export const sessionId = () => pick([() => `s%3A${b64url(32)}.${b64(43)}`, () => hex(64), () => b64url(int(32, 44)), () => `${uuid()}.${hex(24)}`])();

// ---------- record builder: every planted value is registered where it is written ----------
export class Rec {
  constructor() { this.sensitive = []; this.keep = []; }
  s(kind, sub, value) { this.sensitive.push({ value: String(value), kind, sub }); return value; }
  k(value) { this.keep.push(String(value)); return value; }
  /** A setting or number under a secret-ish key: kept as its JSON fragment `"key":value`. */
  kf(key, value) { this.keep.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`); return value; }
  name(script) { const n = script === 'latin' ? latinName() : script === 'other' ? scriptName() : anyName(); return this.s('person_name', /^[\p{Script=Latin}\s'-]+$/u.test(n) ? 'latin' : 'script', n); }
  first() { return this.s('person_name', 'given', firstName()); }
  last() { return this.s('person_name', 'family', lastName()); }
  email(n) { return this.s('email', 'plain', email(n)); }
  phone() { return this.s('phone', 'intl_or_national', phone()); }
  ip() { return this.s('ip', 'v4', ipv4()); }
  ipPub() { return this.s('ip', 'v4', ipv4Public()); }
  ip6() { return this.s('ip', 'v6', ipv6()); }
  nat() { const x = nationalId(); return this.s('national_id', x.sub, x.value); }
  iban(cc) { return this.s('iban', 'iban', iban(cc)); }
  card() { const x = card(); return this.s('card', x.sub, x.value); }
  addr() { const x = address(); return this.s('address', x.sub, x.value); }
  dob() { return this.s('dob', 'dob', dob()); }
  geo() { const [a, b] = geoPair(); const la = Number(a), lo = Number(b); this.s('geo', 'lat', String(la)); this.s('geo', 'lng', String(lo)); return [la, lo]; }
  user() { return this.s('home_path', 'user', userSeg()); }
  pw(sub = 'field') { return this.s('password', sub, password()); }
  upw(sub = 'url') { return this.s('password', sub, urlSafePassword()); }
  tok() { const x = token(); return this.s('token', x.sub, x.value); }
  key() { const x = apiKey(); return this.s('api_key', x.sub, x.value); }
  pem(kind) { return this.s('private_key', 'pem', pem(kind)); }
  conn(sub) { return this.s('connection_string', sub, urlSafePassword()); }
  cookie(sub = 'session') { return this.s('cookie', sub, sessionId()); }
  sec(sub, v) { return this.s('other_secret', sub, v); }
}
