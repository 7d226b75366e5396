// Seeded value factories for the heldout-v16 corpus. Every identifier with a checksum
// (cards, IBANs, national ids) is generated with its real check digits so a scrubber that
// validates checksums sees genuine values, not look-alikes.

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

export const SEED = 16_2026_07;

let rand = mulberry32(SEED);
export function reseed(seed) { rand = mulberry32(seed); }
export const r = () => rand();
export const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
export const pick = (arr) => arr[Math.floor(rand() * arr.length)];
export const chance = (p) => rand() < p;
export const pad = (n, w) => String(n).padStart(w, '0');

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const str = (n, alphabet = ALNUM) => { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)]; return s; };
export const hex = (n) => str(n, HEX);
export const b64 = (n) => str(n, B64);
export const b64url = (n) => str(n, B64URL);
export const digits = (n) => str(n, '0123456789');

// ---------- keep-side values (hard negatives) ----------
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
export const traceId = () => hex(32);
export const spanId = () => hex(16);
export const sha40 = () => hex(40);
export function iso(ms = true) {
  const d = `2025-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}`;
  return ms ? `${d}.${pad(int(0, 999), 3)}Z` : `${d}Z`;
}
export const semver = () => `${int(0, 9)}.${int(0, 30)}.${int(0, 20)}`;
export const ms = () => `${int(3, 98000)}ms`;
export const orderNo = () => `ORD-${int(2024, 2025)}-${pad(int(1, 999999), 6)}`;
export const invoiceNo = () => `INV-${pad(int(10000, 999999), 6)}`;
export const ticketNo = () => `${pick(['DATA', 'MLOPS', 'PLAT', 'INC', 'SEC'])}-${int(100, 9999)}`;
export const runId = () => `scheduled__${iso(false).replace('Z', '+00:00')}`;
export const jobId = () => `job_${hex(6)}_${int(1000, 9999)}`;
export const tables = ['analytics.fct_orders', 'raw.stripe_charges', 'staging.stg_customers', 'marts.dim_accounts', 'features.user_activity_7d', 'ml.training_samples', 'public.events', 'warehouse.sessions_daily', 'bronze.clickstream', 'silver.customer_profiles', 'gold.revenue_by_region', 'ops.pipeline_runs'];
export const services = ['ingest-gateway', 'feature-svc', 'ranker-api', 'llm-router', 'embedder', 'retrieval-api', 'export-worker', 'cdc-sink', 'quality-runner', 'notebook-proxy', 'billing-sync', 'vector-writer'];
export const hostsInternal = ['spark-master-0.data.svc.cluster.local', 'kafka-2.kafka-headless.streaming.svc', 'airflow-scheduler-6d9f.prod', 'clickhouse-01.analytics.internal', 'trino-coordinator.lake.internal', 'mlflow.ml.internal', 'qdrant-1.vec.internal', 'flink-jobmanager.stream.internal'];
export const models = ['gpt-4o-mini', 'claude-3-5-sonnet', 'llama-3.1-70b-instruct', 'mistral-large-2407', 'text-embedding-3-large', 'bge-m3', 'xgb-churn-v12', 'lgbm-fraud-2025-03'];
export const companies = ['Northwind Analytics', 'Globex Retail', 'Initech Logistics', 'Umbrella Health', 'Stark Mobility', 'Wayne Fintech', 'Tyrell Energy', 'Acme Insurance'];
export const cities = ['Berlin', 'Lisbon', 'Toronto', 'Singapore', 'São Paulo', 'Warsaw', 'Helsinki', 'Osaka', 'Madrid', 'Amsterdam'];
export const errCodes = ['E_SCHEMA_DRIFT', 'ERR_QUOTA_EXCEEDED', 'SQLSTATE 40001', 'ORA-00060', 'KAFKA_REBALANCE_TIMEOUT', 'DQ_EXPECTATION_FAILED', 'HTTP_429', 'CONTEXT_LENGTH_EXCEEDED'];

// ---------- people ----------
const FIRST = ['Lena', 'Jonas', 'Amelia', 'Rafael', 'Priya', 'Mateus', 'Chloé', 'Søren', 'Aoife', 'Tomasz', 'Ingrid', 'Kwame', 'Yusuf', 'Beatriz', 'Niamh', 'Henrik', 'Olamide', 'Margaux', 'Dmitri', 'Fatima', 'Elif', 'Mikko', 'Lucía', 'Anouk'];
const LAST = ['Schreiber', 'Kowalczyk', 'Fernandes', 'Okonkwo', 'Lindqvist', 'Moreau', 'Brennan', 'Nakamura', 'Castellanos', 'Virtanen', 'Van der Berg', 'Yıldız', 'Haddad', 'Ó Súilleabháin', 'Petrov', 'Ramaswamy', 'Delacroix', 'Janssens', 'Abernathy', 'Wójcik'];
const NONLATIN = ['Алексей Смирнов', 'Екатерина Волкова', '佐藤 健太', '王秀英', '李明', 'محمد العلي', 'فاطمة الزهراء', 'Γιώργος Παπαδόπουλος', 'प्रिया शर्मा', '김민준', 'יעל כהן', 'Нурлан Абенов', '高橋 美咲', 'Ελένη Νικολάου'];
export const first = () => pick(FIRST);
export const last = () => pick(LAST);
export const fullName = () => (chance(0.22) ? pick(NONLATIN) : `${first()} ${last()}`);
export const latinName = () => `${first()} ${last()}`;
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
const DOMAINS = ['gmail.com', 'outlook.com', 'proton.me', 'web.de', 'yahoo.co.jp', 'gmx.net', 'icloud.com', 'globex-retail.com', 'northwind.io', 'umbrella-health.org', 'mail.ru', 'free.fr'];
export function email(name) {
  const n = name && /[A-Za-z]/.test(name) ? name : latinName();
  const [f, ...rest] = n.split(' ');
  const l = rest.join('');
  const local = pick([`${ascii(f)}.${ascii(l)}`, `${ascii(f)[0]}${ascii(l)}`, `${ascii(f)}${int(1, 99)}`, `${ascii(l)}.${ascii(f)}+${pick(['data', 'ml', 'billing'])}`]);
  return `${local}@${pick(DOMAINS)}`;
}
export function username() { return `${ascii(first())}${pick(['', '.', '_'])}${ascii(last()).slice(0, 6)}`; }

export function phone() {
  switch (int(0, 8)) {
    case 0: return `+49 ${pick(['151', '160', '176', '172'])} ${digits(8)}`;
    case 1: return `+44 7${digits(3)} ${digits(6)}`;
    case 2: return `(${pick(['415', '212', '646', '312', '206'])}) ${int(201, 989)}-${digits(4)}`;
    case 3: return `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`;
    case 4: return `+81 90-${digits(4)}-${digits(4)}`;
    case 5: return `+55 11 9${digits(4)}-${digits(4)}`;
    case 6: return `+48 ${int(500, 799)} ${digits(3)} ${digits(3)}`;
    case 7: return `+1-${pick(['617', '737', '503'])}-${int(201, 989)}-${digits(4)}`;
    default: return `+91 ${int(70, 99)}${digits(3)} ${digits(5)}`;
  }
}

// ---------- network ----------
const PUB = [23, 31, 45, 62, 77, 81, 85, 89, 91, 94, 103, 109, 141, 151, 176, 185, 188, 193, 195, 202, 212, 217];
export const ipPublic = () => `${pick(PUB)}.${int(1, 254)}.${int(0, 254)}.${int(1, 254)}`;
export function ipPrivate() {
  switch (int(0, 2)) {
    case 0: return `10.${int(0, 254)}.${int(0, 254)}.${int(2, 254)}`;
    case 1: return `172.${int(16, 31)}.${int(0, 254)}.${int(2, 254)}`;
    default: return `192.168.${int(0, 254)}.${int(2, 254)}`;
  }
}
export const ipv4 = () => (chance(0.5) ? ipPublic() : ipPrivate());
const g = () => hex(int(1, 4)).replace(/^0+(?=.)/, '');
export function ipv6() {
  const prefix = pick(['2a02', '2600', '2804', '2001:4860', '2a01', 'fd12', '2406']);
  const parts = prefix.split(':');
  while (parts.length < 8) parts.push(g());
  if (chance(0.5)) return parts.join(':');
  // RFC 5952-style compression of one zero run in the middle.
  const keep = int(2, 4);
  return `${parts.slice(0, keep).join(':')}::${parts.slice(keep + int(1, 3)).join(':')}`;
}

// ---------- secrets ----------
export function password() {
  switch (int(0, 5)) {
    case 0: return `${pick(['Winter', 'Harbor', 'Copper', 'Falcon', 'Maple'])}${int(10, 99)}${pick(['!', '#', '$', '%'])}${str(4)}`;
    case 1: return str(int(14, 22), ALNUM + '!#%^*-_');
    case 2: return `${str(6)}-${str(6)}-${str(6)}`;
    case 3: return `P@ss${str(8)}${int(0, 9)}`;
    case 4: return `${hex(8)}${str(6, 'XYZ!?#')}`;
    default: return `${str(10)}${pick(['&', '@@', '~~'])}${digits(3)}`;
  }
}
export const passphrase = () => `${pick(['correct', 'orange', 'silent', 'granite', 'velvet'])} ${pick(['horse', 'tundra', 'violin', 'meadow', 'rocket'])} ${pick(['battery', 'lantern', 'thunder', 'cobalt', 'pebble'])} ${pick(['staple', 'orchid', 'saturn', 'glacier', 'magnet'])}${int(1, 9)}`;
export function jwt() {
  const hdr = Buffer.from(JSON.stringify({ alg: pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: hex(8) })).toString('base64url');
  const body = Buffer.from(JSON.stringify({ sub: hex(12), iat: 1735000000 + int(0, 9000000), scope: pick(['read:data', 'write:features', 'admin']) })).toString('base64url');
  return `${hdr}.${body}.${b64url(43)}`;
}
export function token() {
  switch (int(0, 8)) {
    case 0: return `ghp_${str(36)}`;
    case 1: return jwt();
    case 2: return `xoxb-${digits(11)}-${digits(13)}-${str(24)}`;
    case 3: return `glpat-${str(20, B64URL)}`;
    case 4: return `hf_${str(34)}`;
    case 5: return `npm_${str(36)}`;
    case 6: return `ya29.${b64url(110)}`;
    case 7: return `github_pat_11${str(20, UPPER_NUM)}_${str(59)}`;
    default: return `dop_v1_${hex(64)}`;
  }
}
export function apiKey() {
  switch (int(0, 9)) {
    case 0: return `AKIA${str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
    case 1: return `sk-proj-${b64url(48)}T3BlbkFJ${b64url(24)}`;
    case 2: return `sk-ant-api03-${b64url(93)}AA`;
    case 3: return `sk_live_${str(24)}`;
    case 4: return `AIza${str(35, B64URL)}`;
    case 5: return `SG.${b64url(22)}.${b64url(43)}`;
    case 6: return `dapi${hex(32)}`;
    case 7: return `pcsk_${str(6)}_${str(60)}`;
    case 8: return `xai-${str(80)}`;
    default: return `gsk_${str(52)}`;
  }
}
export const wandbKey = () => hex(40);
export const awsSecret = () => str(40, ALNUM + '/+');
export function pem(kind = pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY'])) {
  const lines = [];
  const n = kind === 'EC PRIVATE KEY' ? 3 : int(5, 9);
  for (let i = 0; i < n; i++) lines.push(b64(i === n - 1 ? int(20, 60) : 64));
  return `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----`;
}
export function otherSecret() {
  switch (int(0, 7)) {
    case 0: return { sub: 'webhook_secret', v: `whsec_${str(32)}` };
    case 1: return { sub: 'fernet_key', v: `${b64url(43)}=` };
    case 2: return { sub: 'hmac_secret', v: hex(64) };
    case 3: return { sub: 'totp_seed', v: str(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') };
    case 4: return { sub: 'encryption_key', v: `${b64(43)}=` };
    case 5: return { sub: 'recovery_code', v: `${str(5, 'abcdefghjkmnpqrstuvwxyz23456789')}-${str(5, 'abcdefghjkmnpqrstuvwxyz23456789')}` };
    case 6: return { sub: 'client_secret', v: `${str(8)}~${str(31, ALNUM + '_.-')}` };
    default: return { sub: 'signing_secret', v: hex(32) };
  }
}
export const otp = () => digits(6);
export const sessionCookie = () => pick([`${b64url(32)}.${b64url(27)}`, hex(48), `s%3A${b64url(24)}.${b64url(43)}`, `${str(26).toLowerCase()}`, `eyJ${b64url(60)}`]);
export const awsSig = () => hex(64);

// ---------- personal ids with check digits ----------
export function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export function luhnOk(num) {
  const s = num.replace(/\D/g, '');
  return luhnDigit(s.slice(0, -1)) === s.slice(-1);
}
export function card() {
  const type = int(0, 3);
  let body;
  if (type === 0) body = `4${digits(14)}`;
  else if (type === 1) body = `5${int(1, 5)}${digits(13)}`;
  else if (type === 2) body = `${pick(['34', '37'])}${digits(12)}`;
  else body = `2${int(221, 720)}${digits(11)}`;
  const n = body + luhnDigit(body);
  const sep = pick(['', ' ', '-']);
  if (n.length === 15) return sep ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep) : n;
  return sep ? n.match(/.{4}/g).join(sep) : n;
}

export function mod97(s) {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}
export function ibanOk(iban) {
  const s = iban.replace(/\s/g, '');
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}
export function iban(spaced = chance(0.5)) {
  const c = pick(['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'PL', 'CH', 'AT', 'PT']);
  const bban = {
    DE: () => digits(18), FR: () => digits(23), GB: () => `${pick(['NWBK', 'BARC', 'HBUK', 'LOYD'])}${digits(14)}`,
    NL: () => `${pick(['ABNA', 'INGB', 'RABO'])}${digits(10)}`, ES: () => digits(20), IT: () => `${pick(['X', 'K', 'A'])}${digits(22)}`,
    PL: () => digits(24), CH: () => digits(17), AT: () => digits(16), PT: () => digits(21),
  }[c]();
  const check = pad(98 - mod97(`${bban}${c}00`), 2);
  const raw = `${c}${check}${bban}`;
  return spaced ? raw.match(/.{1,4}/g).join(' ') : raw;
}

export function ssn() {
  let area;
  do area = int(1, 899); while (area === 666);
  return `${pad(area, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`;
}
export function nino() {
  const L1 = 'ABCEGHJKLMNPRSTWXYZ';
  const L2 = 'ABCEGHJKLMNPRSTWXYZ';
  let p;
  do p = pick([...L1]) + pick([...L2]); while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
  const d = digits(6);
  return chance(0.5) ? `${p}${d}${pick(['A', 'B', 'C', 'D'])}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${pick(['A', 'B', 'C', 'D'])}`;
}
export function dni() { const n = int(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`; }
export function bsn() {
  for (;;) {
    const d = digits(8);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
    const c = s % 11;
    if (c < 10 && d[0] !== '0') return d + c;
  }
}
export function personnummer() {
  const yy = pad(int(50, 99), 2); const mm = pad(int(1, 12), 2); const dd = pad(int(1, 28), 2); const nnn = digits(3);
  const body = `${yy}${mm}${dd}${nnn}`;
  return `${yy}${mm}${dd}-${nnn}${luhnDigit(body)}`;
}
export function pesel() {
  const y = int(1950, 2005); const m = int(1, 12) + (y >= 2000 ? 20 : 0); const d = int(1, 28);
  const body = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let s = 0;
  for (let i = 0; i < 10; i++) s += Number(body[i]) * w[i];
  return body + String((10 - (s % 10)) % 10);
}
export function cpf() {
  const b = digits(9).split('').map(Number);
  if (new Set(b).size === 1) b[0] = (b[0] + 1) % 10;
  const dv = (arr) => { let s = 0; for (let i = 0; i < arr.length; i++) s += arr[i] * (arr.length + 1 - i); const r2 = (s * 10) % 11; return r2 === 10 ? 0 : r2; };
  const d1 = dv(b); const d2 = dv([...b, d1]);
  const s = [...b, d1, d2].join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}
export function nir() {
  const body = `${int(1, 2)}${pad(int(50, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 95), 2)}${digits(3)}${digits(3)}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${pad(key, 2)}`;
}
export function hetu() {
  const dd = pad(int(1, 28), 2); const mm = pad(int(1, 12), 2); const yy = pad(int(50, 99), 2); const nnn = pad(int(2, 899), 3);
  return `${dd}${mm}${yy}-${nnn}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${dd}${mm}${yy}${nnn}`) % 31]}`;
}
export function steuerId() {
  for (;;) {
    const ds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0].sort(() => rand() - 0.5).slice(0, 9);
    ds.push(ds[int(0, 8)]);
    for (let i = ds.length - 1; i > 0; i--) { const j = int(0, i); [ds[i], ds[j]] = [ds[j], ds[i]]; }
    if (ds[0] === 0) continue;
    let product = 10;
    for (const d of ds) { let s = (d + product) % 10; if (s === 0) s = 10; product = (s * 2) % 11; }
    let c = 11 - product; if (c === 10) c = 0;
    return ds.join('') + c;
  }
}
export function nationalId() {
  const t = int(0, 9);
  return [
    { sub: 'us_ssn', v: ssn() }, { sub: 'uk_nino', v: nino() }, { sub: 'es_dni', v: dni() }, { sub: 'nl_bsn', v: bsn() },
    { sub: 'se_personnummer', v: personnummer() }, { sub: 'pl_pesel', v: pesel() }, { sub: 'br_cpf', v: cpf() },
    { sub: 'fr_nir', v: nir() }, { sub: 'fi_hetu', v: hetu() }, { sub: 'de_steuer_id', v: steuerId() },
  ][t];
}

export function address() {
  switch (int(0, 7)) {
    case 0: return `${pick(['Kastanienallee', 'Schillerstraße', 'Bergmannstr.', 'Am Weinberg'])} ${int(1, 140)}, ${int(10115, 14199)} Berlin`;
    case 1: return `${int(12, 4800)} ${pick(['Maple Ave', 'Sunset Blvd', 'Elm Street', 'Grand Ave', 'Lakeview Dr'])}, Apt ${int(1, 40)}${pick(['A', 'B', ''])}, ${pick(['Portland, OR 97205', 'Austin, TX 78704', 'Chicago, IL 60614'])}`;
    case 2: return `${int(1, 220)} ${pick(['rue de la Roquette', 'avenue Jean Jaurès', 'boulevard Voltaire'])}, ${int(75001, 75020)} Paris`;
    case 3: return `Flat ${int(1, 30)}, ${int(2, 180)} ${pick(['Camden Road', 'Kingsland Road', 'Station Lane'])}, London ${pick(['NW1 9LR', 'E8 2PB', 'SE15 4QF'])}`;
    case 4: return `ul. ${pick(['Marszałkowska', 'Długa', 'Piotrkowska'])} ${int(1, 150)}/${int(1, 60)}, ${pad(int(0, 99), 2)}-${pad(int(1, 999), 3)} ${pick(['Warszawa', 'Łódź', 'Kraków'])}`;
    case 5: return `東京都${pick(['渋谷区', '世田谷区', '港区'])}${pick(['神南', '三軒茶屋', '六本木'])}${int(1, 4)}-${int(1, 20)}-${int(1, 15)}`;
    case 6: return `Rua ${pick(['Augusta', 'das Flores', 'Oscar Freire'])}, ${int(10, 2500)} - ${pick(['Consolação', 'Jardins'])}, São Paulo - SP, ${digits(5)}-${digits(3)}`;
    default: return `${pick(['Keizersgracht', 'Prinsengracht', 'Herengracht'])} ${int(10, 700)}-${pick(['I', 'II', 'H'])}, ${int(1011, 1099)} ${pick(['AB', 'KL', 'RT'])} Amsterdam`;
  }
}
export function dob() {
  const y = int(1948, 2005); const m = int(1, 12); const d = int(1, 28);
  switch (int(0, 3)) {
    case 0: return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    case 1: return `${pad(d, 2)}.${pad(m, 2)}.${y}`;
    case 2: return `${pad(m, 2)}/${pad(d, 2)}/${y}`;
    default: return `${d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`;
  }
}
export function geo() {
  const spots = [[52.5, 13.4], [38.72, -9.14], [43.65, -79.38], [1.29, 103.85], [-23.55, -46.63], [52.23, 21.01], [60.17, 24.94], [34.69, 135.5], [40.42, -3.7], [52.37, 4.9], [37.77, -122.42]];
  const [la, lo] = pick(spots);
  // No trailing zero, so the value survives a round trip through a JSON number unchanged.
  const coord = (c) => { for (;;) { const s = (c + (rand() - 0.5) * 0.1).toFixed(int(5, 6)); if (!s.endsWith('0')) return s; } };
  return [coord(la), coord(lo)];
}
