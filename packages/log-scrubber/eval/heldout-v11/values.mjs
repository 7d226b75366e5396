// Value factories for the heldout-v11 corpus. Every value is drawn from one seeded PRNG, so the
// corpus is reproducible byte for byte; check digits are computed, never copied.

export const SEED = 0x5a17e11;

/** mulberry32: small, fast, good enough to spread values; not for cryptography. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const FIRST = ['Amelia', 'Tomasz', 'Ingrid', 'Rafael', 'Yuki', 'Oluwaseun', 'Margaux', 'Henrik', 'Priya', 'Mateo',
  'Sofía', 'Lukas', 'Aoife', 'Dmitri', 'Fatima', 'Joaquim', 'Leonie', 'Kwame', 'Marta', 'Thibault', 'Annelies',
  'Santiago', 'Wiktoria', 'Emeka', 'Hanna', 'Bartholomew', 'Chiara', 'Ravindra', 'Océane', 'Gunnar', 'Imogen',
  'Kaito', 'Zeynep', 'Florian', 'Nadia', 'Eoin', 'Valentina', 'Jasper', 'Malgorzata', 'Ahmed', 'Brigitte', 'Caetano'];
const LAST = ['Kowalczyk', 'Fairbanks', 'Lindqvist', 'Okonkwo', 'Tanabe', 'Delacroix', 'Vasquez-Moreno', 'Brennan',
  'Schönberger', 'Raghunathan', 'Abernethy', 'Nieminen', 'Castellanos', 'Van der Berg', 'Haddad', 'Pedersen',
  'Marchetti', 'Wojciechowski', 'Oyelaran', 'Guillot', 'Hargreaves', 'Eriksson', 'Zimmermann', 'Quintero',
  'MacAllister', 'Sandoval', 'Kuznetsova', 'Achterberg', 'Ferreira', 'Dunleavy', 'Strzelecki', 'Beaumont',
  'Holloway', 'Yamashiro', 'Ben-David', 'Ostrowski', 'Lachance', 'Fitzgerald', 'Ivanova', 'Rautio'];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'proton.me', 'web.de', 'yahoo.co.uk', 'icloud.com', 'gmx.net',
  'kestrelfreight.com', 'oakmere-dental.co.uk', 'bluefjord.no', 'viveroslaplata.es', 'hartwellpartners.com',
  'nordlicht-bau.de', 'pixelorchard.io', 'quaysidecapital.ie', 'maisonduverre.fr'];
const STREETS = [['Elm Street', 'en'], ['Harcourt Road', 'en'], ['Maple Avenue', 'en'], ['Kingsley Crescent', 'en'],
  ['Lindenstraße', 'de'], ['Am Kupfergraben', 'de'], ['Rue des Tanneurs', 'fr'], ['Avenue Jean-Jaurès', 'fr'],
  ['Calle de Alcalá', 'es'], ['Rua do Almada', 'pt'], ['Keizersgracht', 'nl'], ['ul. Mokotowska', 'pl'],
  ['Via Garibaldi', 'it'], ['Storgatan', 'sv'], ['Hämeentie', 'fi']];
const CITIES = [['Springfield, IL 62704', 'en'], ['Leeds LS6 2AB', 'en'], ['Portland, OR 97214', 'en'],
  ['Manchester M14 5RT', 'en'], ['10117 Berlin', 'de'], ['80331 München', 'de'], ['69002 Lyon', 'fr'],
  ['75011 Paris', 'fr'], ['28014 Madrid', 'es'], ['4050-011 Porto', 'pt'], ['1016 DK Amsterdam', 'nl'],
  ['00-680 Warszawa', 'pl'], ['20121 Milano', 'it'], ['411 17 Göteborg', 'sv'], ['00530 Helsinki', 'fi']];

export const PLACES = ['Lisbon', 'Dublin', 'Rotterdam', 'Kraków', 'Lyon', 'Austin', 'Toronto', 'Singapore',
  'Frankfurt', 'Oslo', 'eu-west-1', 'us-east-2', 'europe-west4', 'Madrid', 'Helsinki'];
export const PRODUCTS = ['Ledgerly Pro', 'Ledgerly Team', 'Ledgerly Enterprise', 'Insights add-on', 'Audit Vault',
  'Seat pack (10)', 'Priority Support', 'API Overage', 'Sandbox tier'];
export const SERVICES = ['billing-api', 'accounts-api', 'ledger-worker', 'notify-worker', 'web-frontend', 'graphql-gateway',
  'export-worker', 'search-indexer', 'auth-service', 'webhook-dispatcher', 'reports-api', 'import-worker'];

export function makeValues(seed = SEED) {
  const rnd = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const chance = (p) => rnd() < p;
  const str = (n, alphabet = ALNUM) => { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)]; return s; };
  const digits = (n) => str(n, '0123456789');
  const hex = (n) => str(n, HEX);
  const pad = (n, w) => String(n).padStart(w, '0');
  const used = new Set();
  /** Draws until unseen, so no two labelled values collide across the corpus. */
  const uniq = (fn) => { for (;;) { const v = fn(); if (!used.has(v)) { used.add(v); return v; } } };
  const b64 = (n) => str(n, B64);
  const b64url = (n) => str(n, B64URL);

  // ---- check digits ----
  const luhnDigit = (body) => {
    let sum = 0;
    for (let i = 0; i < body.length; i++) {
      let d = Number(body[body.length - 1 - i]);
      if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
      sum += d;
    }
    return String((10 - (sum % 10)) % 10);
  };
  const mod97 = (numStr) => { let r = 0; for (const ch of numStr) r = (r * 10 + Number(ch)) % 97; return r; };
  const ibanNumeric = (s) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const IBAN_BBAN = {
    DE: () => digits(18), FR: () => digits(10) + str(11, '0123456789') + digits(2), GB: () => str(4, UPPER) + digits(14),
    NL: () => str(4, UPPER) + digits(10), ES: () => digits(20), IT: () => str(1, UPPER) + digits(22), BE: () => digits(12),
    AT: () => digits(16), PL: () => digits(24), CH: () => digits(17), PT: () => digits(21), IE: () => str(4, UPPER) + digits(14),
  };

  const person = () => {
    const first = pick(FIRST); const last = pick(LAST);
    return { first, last, full: `${first} ${last}` };
  };
  const asciiFold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/[^A-Za-z]/g, '').toLowerCase();

  const V = {
    rnd, int, pick, chance, str, digits, hex, b64, b64url, uniq, pad,
    luhnDigit, mod97, ibanNumeric,

    // ---------- personal data ----------
    person: () => { for (;;) { const p = person(); if (!used.has(p.full)) { used.add(p.full); return p; } } },
    email: (p) => uniq(() => {
      const f = asciiFold(p ? p.first : pick(FIRST)); const l = asciiFold(p ? p.last : pick(LAST));
      const local = pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${int(1, 99)}`, `${l}.${f[0]}`, `${f}_${l}${int(1, 9)}`]);
      return `${local}@${pick(MAIL_DOMAINS)}`;
    }),
    phone: () => uniq(() => pick([
      () => `+49 15${int(1, 7)} ${digits(4)} ${digits(4)}`,
      () => `+44 7${digits(3)} ${digits(6)}`,
      () => `+1 (${int(212, 989)}) ${int(201, 989)}-${digits(4)}`,
      () => `+1-${int(212, 989)}-${int(201, 989)}-${digits(4)}`,
      () => `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
      () => `+31 6 ${digits(8)}`,
      () => `+48 ${int(500, 889)} ${digits(3)} ${digits(3)}`,
      () => `+34 6${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
      () => `+46 70 ${digits(3)} ${digits(2)} ${digits(2)}`,
      () => `+353 8${int(3, 9)} ${digits(3)} ${digits(4)}`,
      () => `0${int(151, 179)} ${digits(7)}`,
      () => `+4915${int(1, 7)}${digits(8)}`,
    ])()),
    ipv4: () => uniq(() => {
      for (;;) {
        const a = int(2, 223);
        if ([10, 127, 100, 169, 172, 192, 198, 203].includes(a)) continue;
        return `${a}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
      }
    }),
    ipv6: () => uniq(() => `${pick(['2a02', '2a01', '2600', '2804', '2c0f'])}:${hex(4).replace(/^0+/, '') || 'a'}:${hex(4).replace(/^0+/, '') || 'b'}:${hex(3)}::${hex(4).replace(/^0+/, '') || 'c'}`),
    street: () => uniq(() => {
      const [s, lang] = pick(STREETS);
      const num = int(2, 240);
      const line = ['en', 'fr'].includes(lang) && !s.startsWith('Rue') && !s.startsWith('Avenue') ? `${num} ${s}` : lang === 'fr' ? `${num} ${s}` : `${s} ${num}`;
      return { line, city: pick(CITIES.filter(([, l]) => l === lang))[0], lang };
    }),
    dob: (style) => {
      const y = int(1952, 2004); const m = int(1, 12); const d = int(1, 28);
      const st = style ?? pick(['iso', 'eu', 'us', 'dots']);
      return st === 'iso' ? `${y}-${pad(m, 2)}-${pad(d, 2)}` : st === 'eu' ? `${pad(d, 2)}/${pad(m, 2)}/${y}` : st === 'us' ? `${pad(m, 2)}/${pad(d, 2)}/${y}` : `${pad(d, 2)}.${pad(m, 2)}.${y}`;
    },
    geo: () => {
      // a trailing zero would vanish once the number is written as a JSON number
      const noTrailingZero = (x) => x.replace(/0$/, String(int(1, 9)));
      const lat = noTrailingZero((int(-45, 65) + rnd()).toFixed(int(5, 7)));
      const lng = noTrailingZero((int(-120, 150) + rnd()).toFixed(int(5, 7)));
      return { lat: uniq(() => lat), lng: uniq(() => lng) };
    },
    homeUser: (p) => uniq(() => {
      const q = p ?? person();
      return pick([`${asciiFold(q.first)[0]}${asciiFold(q.last)}`, `${asciiFold(q.first)}.${asciiFold(q.last)}`, `${asciiFold(q.first)}${asciiFold(q.last).slice(0, 3)}`]);
    }),

    // national ids, each with its real checksum rule
    ssn: () => uniq(() => { let a; do a = int(1, 899); while (a === 666); return `${pad(a, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`; }),
    nino: () => uniq(() => `${pick(['AB', 'CE', 'JG', 'KM', 'NH', 'PR', 'SW', 'TL', 'WX', 'YZ', 'EH', 'LR'])} ${digits(2)} ${digits(2)} ${digits(2)} ${pick(['A', 'B', 'C', 'D'])}`),
    bsn: () => uniq(() => {
      for (;;) {
        const d = [int(1, 9), ...digits(7).split('').map(Number)];
        const s = d.reduce((acc, x, i) => acc + x * (9 - i), 0);
        const last = s % 11;
        if (last <= 9) return d.join('') + last;
      }
    }),
    dni: () => uniq(() => { const n = digits(8); return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]; }),
    pesel: () => uniq(() => {
      const y = int(1955, 2005); const m = int(1, 12) + (y >= 2000 ? 20 : 0); const d = int(1, 28);
      const body = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${digits(4)}`;
      const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
      const s = body.split('').reduce((acc, c, i) => acc + Number(c) * w[i], 0);
      return body + ((10 - (s % 10)) % 10);
    }),
    personnummer: () => uniq(() => {
      const body = `${pad(int(50, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
      return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`;
    }),
    hetu: () => uniq(() => {
      const y = int(1950, 2005); const dd = pad(int(1, 28), 2); const mm = pad(int(1, 12), 2); const yy = pad(y % 100, 2);
      const nnn = pad(int(2, 899), 3);
      const c = '0123456789ABCDEFHJKLNPRSTUVWXY'[Number(`${dd}${mm}${yy}${nnn}`) % 31];
      return `${dd}${mm}${yy}${y >= 2000 ? 'A' : '-'}${nnn}${c}`;
    }),
    nir: () => uniq(() => {
      const body = `${int(1, 2)}${pad(int(55, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 95), 2)}${digits(3)}${digits(3)}`;
      const key = 97 - mod97(body);
      return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${pad(key, 2)}`;
    }),
    steuerId: () => uniq(() => {
      for (;;) {
        const pool = '0123456789'.split('');
        const missing = pool.splice(int(0, 9), 1)[0];
        void missing;
        const twice = pick(pool);
        const arr = [...pool, twice];
        for (let i = arr.length - 1; i > 0; i--) { const j = int(0, i); [arr[i], arr[j]] = [arr[j], arr[i]]; }
        if (arr[0] === '0') continue;
        let product = 10;
        for (const ch of arr) { let sum = (Number(ch) + product) % 10; if (sum === 0) sum = 10; product = (sum * 2) % 11; }
        let check = 11 - product; if (check === 10) check = 0;
        return arr.join('') + check;
      }
    }),
    beNN: () => uniq(() => {
      const y = int(1950, 2005); const body = `${pad(y % 100, 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pad(int(1, 997), 3)}`;
      const cc = 97 - mod97((y >= 2000 ? '2' : '') + body);
      return `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6, 9)}.${pad(cc, 2)}`;
    }),
    iban: (country, grouped) => uniq(() => {
      const cc = country ?? pick(Object.keys(IBAN_BBAN));
      const bban = IBAN_BBAN[cc]();
      const check = pad(98 - mod97(ibanNumeric(`${bban}${cc}00`)), 2);
      const compact = `${cc}${check}${bban}`;
      return (grouped ?? chance(0.5)) ? compact.replace(/(.{4})/g, '$1 ').trim() : compact;
    }),
    card: (brand, style) => uniq(() => {
      const b = brand ?? pick(['visa', 'mc', 'mc2', 'amex', 'discover']);
      const prefix = b === 'visa' ? '4' + digits(5) : b === 'mc' ? String(int(51, 55)) + digits(4) : b === 'mc2' ? String(int(2221, 2720)) + digits(2) : b === 'amex' ? pick(['34', '37']) + digits(4) : '6011' + digits(2);
      const len = b === 'amex' ? 15 : 16;
      const body = prefix + digits(len - 1 - prefix.length);
      const num = body + luhnDigit(body);
      const st = style ?? pick(['compact', 'spaced', 'dashed']);
      if (st === 'compact') return num;
      const sep = st === 'spaced' ? ' ' : '-';
      return b === 'amex' ? `${num.slice(0, 4)}${sep}${num.slice(4, 10)}${sep}${num.slice(10)}` : num.replace(/(.{4})/g, `$1${sep}`).slice(0, -1);
    }),

    // ---------- secrets ----------
    password: () => uniq(() => pick([
      () => `${pick(['Winter', 'Harbor', 'Copper', 'Falcon', 'Juniper', 'Marble', 'Orchid', 'Tundra'])}${pick(['!', '#', '$', '%', '&', '*'])}${digits(int(2, 4))}${str(int(2, 4))}`,
      () => str(int(14, 22), ALNUM + '!#%*+-=?@^_~'),
      () => `${str(5, LOWER_ALNUM)}-${str(5, LOWER_ALNUM)}-${str(5, LOWER_ALNUM)}`,
      () => `${str(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(3)}${str(4, 'abcdefghijkmnopqrstuvwxyz')}${pick(['!', '?', '.', '@'])}`,
    ])()),
    urlPassword: () => uniq(() => str(int(16, 28), ALNUM + '_~')),
    passphrase: () => uniq(() => {
      const w = ['quixotic', 'lanternfish', 'obsidian', 'marmalade', 'thistledown', 'gondolier', 'periwinkle', 'sassafras', 'bramblewood', 'cormorant', 'zeppelin', 'tamarind'];
      return `${pick(w)} ${pick(w)} ${pick(w)} ${digits(2)}`;
    }),
    jwt: (payload) => uniq(() => {
      const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
      return `${enc({ alg: pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: hex(8) })}.${enc(payload ?? { sub: `usr_${str(10, LOWER_ALNUM)}`, iat: 1781000000 + int(0, 600000), scope: 'read write' })}.${b64url(43)}`;
    }),
    githubPat: () => uniq(() => `ghp_${str(36)}`),
    githubFine: () => uniq(() => `github_pat_${str(22)}_${str(59)}`),
    gitlabPat: () => uniq(() => `glpat-${str(20, ALNUM + '-_')}`),
    slackBot: () => uniq(() => `xoxb-${digits(11)}-${digits(13)}-${str(24)}`),
    slackWebhook: () => uniq(() => `https://hooks.slack.com/services/T${str(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/B${str(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/${str(24)}`),
    npmToken: () => uniq(() => `npm_${str(36)}`),
    opaque: (n = 40) => uniq(() => str(n, ALNUM)),
    sessionId: () => uniq(() => pick([() => `s%3A${b64url(32)}.${b64(43).replace(/[+/]/g, 'x')}`, () => hex(48), () => b64url(43)])()),
    stripeSecret: () => uniq(() => `${pick(['sk_live_', 'rk_live_'])}${str(99)}`.slice(0, int(40, 107))),
    stripePublishable: () => uniq(() => `pk_live_${str(99)}`.slice(0, 107)),
    sendgrid: () => uniq(() => `SG.${b64url(22)}.${b64url(43)}`),
    awsKeyId: () => uniq(() => `AKIA${str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`),
    awsSecret: () => uniq(() => str(40, B64)),
    googleKey: () => uniq(() => `AIza${str(35, ALNUM + '-_')}`),
    ddKey: () => uniq(() => hex(32)),
    openaiKey: () => uniq(() => `sk-proj-${str(48, ALNUM + '-_')}`),
    twilioToken: () => uniq(() => hex(32)),
    mailgunKey: () => uniq(() => `key-${hex(32)}`),
    webhookSecret: () => uniq(() => `whsec_${str(32)}`),
    hmacKey: () => uniq(() => hex(64)),
    b64Key: () => uniq(() => b64(43) + '='),
    clientSecret: () => uniq(() => pick([() => `${str(8, ALNUM + '~._-')}~${str(31, ALNUM + '._-')}`, () => `GOCSPX-${str(28, ALNUM + '-_')}`, () => str(40, ALNUM)])()),
    totpSeed: () => uniq(() => str(32, B32)),
    recoveryCode: () => uniq(() => `${str(5, 'abcdefghjkmnpqrstuvwxyz23456789')}-${str(5, 'abcdefghjkmnpqrstuvwxyz23456789')}`),
    pem: (type) => {
      const t = type ?? pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
      const lines = [];
      const first = t === 'OPENSSH PRIVATE KEY' ? 'b3BlbnNzaC1rZXktdjEAAAAA' + b64(46) : t === 'RSA PRIVATE KEY' ? 'MIIEpAIBAAKCAQEA' + b64(48) : t === 'EC PRIVATE KEY' ? 'MHcCAQEEI' + b64(55) : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' + b64(32);
      lines.push(first);
      const n = t === 'EC PRIVATE KEY' ? 2 : int(6, 12);
      for (let i = 0; i < n; i++) lines.push(b64(64));
      lines.push(b64(int(20, 60)) + pick(['', '=', '==']));
      return uniq(() => `-----BEGIN ${t}-----\n${lines.join('\n')}\n-----END ${t}-----`);
    },

    // ---------- hard negatives ----------
    uuid: () => uniq(() => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`),
    traceId: () => uniq(() => hex(32)),
    spanId: () => uniq(() => hex(16)),
    sha: () => uniq(() => hex(40)),
    sha256: () => uniq(() => hex(64)),
    reqId: () => uniq(() => pick([() => `req_${str(24, LOWER_ALNUM)}`, () => `${hex(8)}-${hex(4)}-${hex(4)}`, () => `rid-${str(16, ALNUM)}`])()),
    semver: () => `${int(0, 9)}.${int(0, 30)}.${int(0, 40)}`,
    ts: () => `2026-06-${pad(int(8, 14), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${pad(int(0, 999), 3)}Z`,
    orderId: () => uniq(() => `ORD-2026-${pad(int(1, 999999), 6)}`),
    invoiceId: () => uniq(() => `INV-${int(2026, 2026)}${pad(int(1, 99999), 5)}`),
    ticketId: () => uniq(() => `${pick(['SUP', 'OPS', 'SEC', 'BILL'])}-${int(1000, 99999)}`),
    custId: () => uniq(() => `cus_${str(14, ALNUM)}`),
    tenantId: () => uniq(() => `ten_${str(12, LOWER_ALNUM)}`),
    podName: (svc) => uniq(() => `${svc}-${str(10, 'bcdfghjklmnpqrstvwxz2456789')}-${str(5, 'bcdfghjklmnpqrstvwxz2456789')}`),
    sshFingerprint: () => uniq(() => `SHA256:${b64(43)}`),
    sshPub: () => uniq(() => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(43)}`),
    oauthClientId: () => uniq(() => pick([() => `${digits(12)}-${str(32, LOWER_ALNUM)}.apps.googleusercontent.com`, () => `0oa${str(17, ALNUM)}`, () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`])()),
    imageDigest: () => uniq(() => `sha256:${hex(64)}`),
    cve: () => uniq(() => `CVE-${int(2021, 2026)}-${int(1000, 49999)}`),
    masked: () => uniq(() => pick([() => `****${digits(4)}`, () => `sk_live_…${str(4)}`, () => `${str(2, LOWER_ALNUM)}***@***`, () => `•••• ${digits(4)}`])()),
    kafkaOffset: () => int(100000, 99999999),
    place: () => pick(PLACES),
    product: () => pick(PRODUCTS),
    service: () => pick(SERVICES),
  };
  return V;
}
