// Value factories for the heldout-v13 corpus. Every value is invented here from a seeded PRNG;
// check digits are computed, never copied.
export const SEED = 0x5eed1313;

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

export function makeValues(rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const chars = (alphabet, n) => { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)]; return s; };
  const LOWER = 'abcdefghijklmnopqrstuvwxyz';
  const UPPER = LOWER.toUpperCase();
  const DIG = '0123456789';
  const ALNUM = LOWER + UPPER + DIG;
  const HEX = '0123456789abcdef';
  const B64 = ALNUM + '+/';
  const B64U = ALNUM + '-_';
  const hex = (n) => chars(HEX, n);
  const alnum = (n) => chars(ALNUM, n);
  const digits = (n) => chars(DIG, n);
  const b64url = (s) => Buffer.from(s).toString('base64url');

  const FIRST = ['Anneke', 'Joaquín', 'Małgorzata', 'Thibault', 'Oluwaseun', 'Henrike', 'Rafael', 'Ingrid', 'Kenta', 'Aylin', 'Dörte', 'Matteo', 'Siobhan', 'Bartosz', 'Leilani', 'Gustavo', 'Yusuf', 'Margaux', 'Svenja', 'Priyanka', 'Cormac', 'Teodora', 'Ximena', 'Eero', 'Nkechi', 'Florian', 'Benedikte', 'Rodrigo', 'Hana', 'Ulrike'];
  const LAST = ['Vermeulen', 'Castellanos', 'Wiśniewska', 'Lemaire', 'Adeyemi', 'Brockmann', 'Quintela', 'Halvorsen', 'Nakamura', 'Kaplan', 'Schürmann', 'Bellandi', 'Brennan', 'Zieliński', 'Kahananui', 'Albuquerque', 'Öztürk', 'Delacroix', 'Rademacher', 'Raghunathan', 'Fitzgerald', 'Petrović', 'Villaseñor', 'Koskinen', 'Okonkwo', 'Hainzl', 'Lindqvist', 'Montenegro', 'Svobodová', 'Tiedemann'];
  const MAILDOM = ['gmail.com', 'outlook.com', 'gmx.de', 'web.de', 'proton.me', 'yahoo.fr', 'icloud.com', 'hotmail.es', 'fastmail.com', 'orange.fr'];
  const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/ı/g, 'i').toLowerCase();

  const person = () => { const f = pick(FIRST); const l = pick(LAST); return { first: f, last: l, full: `${f} ${l}` }; };
  const email = (p = person()) => `${ascii(p.first)}${pick(['.', '_', ''])}${ascii(p.last)}${rand() < 0.3 ? int(1, 99) : ''}@${pick(MAILDOM)}`;
  const phone = () => pick([
    () => `+49 1${pick(['51', '60', '70', '76'])} ${digits(7)}`,
    () => `+44 7${digits(3)} ${digits(6)}`,
    () => `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    () => `+1 (${pick(['415', '646', '312', '512'])}) ${int(200, 989)}-${digits(4)}`,
    () => `+34 6${digits(2)} ${digits(3)} ${digits(3)}`,
    () => `+31 6 ${digits(8)}`,
    () => `0${pick(['151', '172', '176'])}/${digits(7)}`,
  ])();
  const ipv4 = () => `${pick([81, 85, 91, 94, 141, 178, 185, 188, 212, 217, 62, 79, 46, 37])}.${int(1, 254)}.${int(0, 255)}.${int(1, 254)}`;
  const ipv6 = () => { const g = [pick(['2a02', '2001', '2a01', '2600', '2a00'])]; for (let i = 0; i < 7; i++) g.push(int(1, 0xffff).toString(16)); return g.join(':'); };

  const luhnDigit = (body) => { let sum = 0; const rev = body.split('').reverse(); for (let i = 0; i < rev.length; i++) { let d = +rev[i]; if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; } sum += d; } return String((10 - (sum % 10)) % 10); };
  const card = () => {
    const t = pick(['visa', 'mc', 'amex']);
    const body = t === 'visa' ? `4${digits(14)}` : t === 'mc' ? `5${int(1, 5)}${digits(13)}` : `3${pick(['4', '7'])}${digits(12)}`;
    const num = body + luhnDigit(body);
    const style = pick(['compact', 'space', 'dash']);
    if (style === 'compact') return { type: t, value: num };
    const sep = style === 'space' ? ' ' : '-';
    const parts = t === 'amex' ? [num.slice(0, 4), num.slice(4, 10), num.slice(10)] : num.match(/.{4}/g);
    return { type: t, value: parts.join(sep) };
  };
  const mod97 = (s) => { let r = 0; for (const ch of s) r = (r * 10 + +ch) % 97; return r; };
  const ibanNum = (s) => s.split('').map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  const iban = () => {
    const [cc, bban] = pick([
      ['DE', () => digits(18)], ['FR', () => `${digits(10)}${alnum(11).toUpperCase()}${digits(2)}`], ['NL', () => `${pick(['ABNA', 'RABO', 'INGB', 'TRIO'])}${digits(10)}`],
      ['GB', () => `${pick(['NWBK', 'BARC', 'MIDL'])}${digits(14)}`], ['ES', () => digits(20)], ['BE', () => digits(12)], ['AT', () => digits(16)],
    ]).map((x, i) => (i === 1 ? x() : x));
    const check = String(98 - mod97(ibanNum(`${bban}${cc}00`))).padStart(2, '0');
    const compact = `${cc}${check}${bban}`;
    return { country: cc, value: rand() < 0.5 ? compact : compact.match(/.{1,4}/g).join(' ') };
  };
  const nationalId = () => pick([
    () => { let a; do a = int(100, 899); while (a === 666); return { sub: 'us_ssn', value: `${a}-${String(int(1, 99)).padStart(2, '0')}-${String(int(1, 9999)).padStart(4, '0')}` }; },
    () => ({ sub: 'uk_nino', value: `${pick(['AB', 'CE', 'JH', 'KL', 'PR', 'WT', 'SR'])} ${digits(2)} ${digits(2)} ${digits(2)} ${pick(['A', 'B', 'C', 'D'])}` }),
    () => { const n = int(10000000, 99999999); return { sub: 'es_dni', value: `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}` }; },
    () => { for (;;) { const d = digits(8).split('').map(Number); const s = d.reduce((a, x, i) => a + x * (9 - i), 0); const last = s % 11; if (last < 10 && d[0] !== 0) return { sub: 'nl_bsn', value: d.join('') + last }; } },
    () => { const d = [int(1, 9), ...digits(8).split('').map(Number)]; const c1 = ((d.reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10; const c2 = (([...d, c1].reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10; const s = [...d, c1, c2].join(''); return { sub: 'br_cpf', value: `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` }; },
    () => { const base = `${int(1, 2)}${String(int(50, 99)).padStart(2, '0')}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 95)).padStart(2, '0')}${digits(3)}${digits(3)}`; const key = 97 - Number(BigInt(base) % 97n); return { sub: 'fr_nir', value: `${base}${String(key).padStart(2, '0')}` }; },
  ])();
  const STREETS = [['Lindenstraße', 'Leipzig', '04109', 'de'], ['Rua das Flores', 'Porto', '4050-262', 'pt'], ['Calle de Toledo', 'Madrid', '28005', 'es'], ['Rue Oberkampf', 'Paris', '75011', 'fr'], ['Keizersgracht', 'Amsterdam', '1016 DZ', 'nl'], ['Maple Avenue', 'Evanston, IL', '60201', 'us'], ['Kastanienallee', 'Berlin', '10435', 'de'], ['Via Nizza', 'Torino', '10126', 'it'], ['Harcourt Road', 'Sheffield', 'S10 1DH', 'gb'], ['ulica Mokotowska', 'Warszawa', '00-640', 'pl']];
  const address = () => { const [st, city, zip, cc] = pick(STREETS); const n = int(2, 148); if (cc === 'us' || cc === 'gb') return `${n} ${st}, ${city} ${zip}`; if (cc === 'fr') return `${n} ${st}, ${zip} ${city}`; return `${st} ${n}, ${zip} ${city}`; };
  const dob = () => { const y = int(1948, 2004); const m = int(1, 12); const d = int(1, 28); const p = (x) => String(x).padStart(2, '0'); return pick([`${y}-${p(m)}-${p(d)}`, `${p(d)}.${p(m)}.${y}`, `${p(d)}/${p(m)}/${y}`]); };
  const coord = (lo, hi) => { let s; do s = (lo + rand() * (hi - lo)).toFixed(6); while (s.endsWith('0')); return s; };
  const geo = () => ({ lat: coord(36, 59), lng: coord(-9, 24) });
  const USERS = ['hvermeulen', 'jcastellanos', 'mwisniewska', 'tlemaire', 'oadeyemi', 'hbrockmann', 'rquintela', 'ihalvorsen', 'knakamura', 'aylin.kaplan', 'doerte', 'mbellandi', 'sbrennan', 'bartosz.z', 'gustavo.alb', 'yusuf.ozturk', 'svenja.r', 'priyanka.r', 'cfitzgerald', 'tpetrovic'];
  const homeUser = () => pick(USERS);

  // secrets
  const password = () => pick([
    () => `${alnum(int(10, 16))}${pick(['!', '#', '%', '?', '&', '$'])}${digits(2)}`,
    () => `${pick(['Sommer', 'Winter', 'Falcon', 'Brisa', 'Kolibri', 'Nebula'])}${int(1970, 2026)}${pick(['!', '#', '*'])}${alnum(4)}`,
    () => alnum(int(18, 28)),
  ])();
  const passphrase = () => `${pick(['purple', 'gravel', 'lantern', 'otter', 'crimson', 'meadow'])} ${pick(['tractor', 'whistle', 'bakery', 'harbour', 'pickles', 'saddle'])} ${pick(['voyage', 'thunder', 'marble', 'juniper', 'biscuit', 'glacier'])} ${digits(2)}`;
  const jwt = (sub) => `${b64url(JSON.stringify({ alg: pick(['HS256', 'RS256']), typ: 'JWT' }))}.${b64url(JSON.stringify({ sub: sub ?? `usr_${alnum(10)}`, iat: int(1790000000, 1799999999), scope: pick(['read', 'admin', 'billing']) }))}.${chars(B64U, 43)}`;
  const token = () => pick([
    () => ({ sub: 'jwt', value: jwt() }), () => ({ sub: 'github_pat', value: `ghp_${alnum(36)}` }), () => ({ sub: 'github_oauth', value: `gho_${alnum(36)}` }),
    () => ({ sub: 'slack_bot', value: `xoxb-${digits(12)}-${digits(13)}-${alnum(24)}` }), () => ({ sub: 'gitlab_pat', value: `glpat-${chars(ALNUM + '-_', 20)}` }),
    () => ({ sub: 'npm', value: `npm_${alnum(36)}` }), () => ({ sub: 'opaque', value: alnum(40) }),
  ])();
  const apiKey = () => pick([
    () => ({ sub: 'stripe_secret', value: `sk_live_${alnum(24)}` }), () => ({ sub: 'stripe_restricted', value: `rk_live_${alnum(24)}` }),
    () => ({ sub: 'aws_access_key', value: `AKIA${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}` }), () => ({ sub: 'aws_secret', value: chars(ALNUM + '/+', 40) }),
    () => ({ sub: 'sendgrid', value: `SG.${chars(B64U, 22)}.${chars(B64U, 43)}` }), () => ({ sub: 'google', value: `AIza${chars(B64U, 35)}` }),
    () => ({ sub: 'openai', value: `sk-proj-${chars(B64U, 48)}` }), () => ({ sub: 'datadog', value: hex(32) }), () => ({ sub: 'twilio_auth', value: hex(32) }),
  ])();
  const pem = () => { const t = pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']); const lines = []; const n = int(4, 9); for (let i = 0; i < n; i++) lines.push(chars(B64, 64)); lines.push(chars(B64, int(20, 60)) + '=='); return { sub: t.toLowerCase().replace(/ /g, '_'), value: `-----BEGIN ${t}-----\n${lines.join('\n')}\n-----END ${t}-----` }; };
  const otherSecret = () => pick([
    () => ({ sub: 'webhook_secret', value: `whsec_${chars(ALNUM, 32)}` }), () => ({ sub: 'totp_seed', value: chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32) }),
    () => ({ sub: 'encryption_key', value: hex(64) }), () => ({ sub: 'hmac_secret', value: chars(B64, 44) }),
    () => ({ sub: 'recovery_code', value: `${chars(LOWER + DIG, 5)}-${chars(LOWER + DIG, 5)}` }), () => ({ sub: 'signed_url_sig', value: hex(64) }),
  ])();
  const sessionId = () => hex(32);

  // keeps
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  const version = () => `${int(1, 22)}.${int(0, 30)}.${int(0, 19)}`;
  const ts = () => `2026-12-0${int(1, 4)}T${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}.${digits(3)}Z`;
  const host = () => `${pick(['api', 'billing', 'worker', 'auth', 'notify', 'search'])}-${hex(4)}.${pick(['svc.cluster.local', 'internal.tallyhq.io', 'eu-west-1.compute.internal'])}`;
  const pubKey = () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${chars(B64, 43)}`;
  const pk = () => `pk_live_${alnum(24)}`;
  const oauthClient = () => `${digits(12)}-${chars(LOWER + DIG, 32)}.apps.googleusercontent.com`;
  const setting = () => pick([`"passwordMinLength":${int(8, 16)}`, `"tokenTtlSeconds":${pick([900, 3600, 86400])}`, `"secretRotationDays":${pick([30, 60, 90])}`, `"apiKeyHeader":"x-api-key"`, `"sessionCookieSecure":true`, `"maxLoginAttempts":${int(3, 10)}`]);
  const masked = () => pick([`**** **** **** ${digits(4)}`, `•••• ${digits(4)}`, `sk_live_…${alnum(4)}`, `***@***.com`]);
  const product = () => pick(['Tally Pro Annual', 'Tally Team Monthly', 'Starter Seat Pack', 'Ledger Sync Add-on', 'Priority Support Plan']);
  const place = () => pick(['Lisbon', 'Frankfurt am Main', 'São Paulo', 'Kraków', 'Rotterdam', 'Osaka']);

  return { int, pick, hex, alnum, digits, chars, b64url, rand, person, email, phone, ipv4, ipv6, card, iban, nationalId, address, dob, geo, homeUser, password, passphrase, jwt, token, apiKey, pem, otherSecret, sessionId, uuid, version, ts, host, pubKey, pk, oauthClient, setting, masked, product, place, luhnDigit, mod97, ibanNum };
}
