// Value factories for the heldout-v12 corpus. Every value is invented here from a seeded PRNG;
// check digits are computed (Luhn, ISO 13616 mod 97, national-id checksums), never copied.

export const SEED = 0x5eed_0c12;

/** mulberry32: tiny, fast, deterministic 32-bit PRNG. */
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

export function makeRng(seed = SEED) {
  const next = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const chance = (p) => next() < p;
  const str = (alphabet, n) => { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)]; return s; };
  const digits = (n) => str('0123456789', n);
  const hex = (n) => str('0123456789abcdef', n);
  const shuffle = (arr) => { const a = [...arr]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
  return { next, int, pick, chance, str, digits, hex, shuffle };
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const B64 = `${ALNUM}+/`;
export const B64URL = `${ALNUM}-_`;
export const UPPERNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

// ---------- check digits ----------
export function luhnCheckDigit(body) {
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
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return s.length >= 12 && sum % 10 === 0;
}
function mod97(numeric) {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}
const ibanNumeric = (s) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
export function ibanValid(iban) {
  const s = iban.replace(/\s/g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}

// ---------- national ids (each with its own checksum) ----------
export const NATIONAL_ID_CHECKS = {
  nl_bsn: (v) => { const d = v.replace(/\D/g, ''); if (d.length !== 9) return false; let s = 0; for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i); s -= Number(d[8]); return s % 11 === 0; },
  pl_pesel: (v) => { const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; let s = 0; for (let i = 0; i < 10; i++) s += Number(v[i]) * w[i]; return (10 - (s % 10)) % 10 === Number(v[10]); },
  br_cpf: (v) => { const d = v.replace(/\D/g, ''); const dv = (n) => { let s = 0; for (let i = 0; i < n; i++) s += Number(d[i]) * (n + 1 - i); const r = (s * 10) % 11; return r === 10 ? 0 : r; }; return dv(9) === Number(d[9]) && dv(10) === Number(d[10]); },
  es_dni: (v) => 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  se_pnr: (v) => { const d = v.replace(/\D/g, '').slice(-10); return d.length === 10 && luhnCheckDigit(d.slice(0, 9)) === d[9]; },
  fi_hetu: (v) => '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10],
  fr_nir: (v) => { const d = v.replace(/\s/g, ''); return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13)); },
  be_nrn: (v) => { const d = v.replace(/\D/g, ''); const b = BigInt(d.slice(0, 9)); const c = Number(d.slice(9)); return 97 - Number(b % 97n) === c || 97 - Number((2000000000n + b) % 97n) === c; },
  us_ssn: (v) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  uk_nino: (v) => /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v),
};

export function makeValues(rng) {
  const { int, pick, chance, str, digits, hex } = rng;
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const b64 = (n) => str(B64, n);
  const b64url = (n) => str(B64URL, n);
  const b64urlOf = (s) => Buffer.from(s).toString('base64url');

  // ---------- people ----------
  const FIRST = ['Ingrid', 'Tobias', 'Maëlle', 'Rafael', 'Oluwaseun', 'Keiko', 'Dmitri', 'Siobhan', 'Bartosz', 'Aylin', 'Henrik', 'Priyanka', 'Mateus', 'Zofia', 'Cormac', 'Yasmin', 'Lorenzo', 'Thandiwe', 'Eero', 'Ramona', 'Jovana', 'Kwabena', 'Solveig', 'Anselm', 'Marisol', 'Teodor', 'Farida', 'Quentin', 'Rosalind', 'Ignacio', 'Wiebke', 'Desmond', 'Ottilie', 'Casimir', 'Noémie', 'Leandro', 'Ragnhild', 'Emeka', 'Liesel', 'Bogdan'];
  const LAST = ['Halvorsen', 'Brennecke', 'Okonkwo', 'Vasquez-Ortega', 'Takahashi', 'Lindqvist', 'Fairbrother', 'Kowalczyk', 'Demirci', 'Ranganathan', 'Moreau', 'Castellanos', 'Abernathy', 'Nakamura', 'Pietrangeli', 'Dubois-Lemaire', 'Mbeki', 'Virtanen', 'Szabó', 'Oyelaran', 'Kristiansen', 'Ferreira', 'Wojciechowski', 'Achterberg', 'Quinlan', 'Esposito', 'Haddad', 'Gallagher', 'Sørensen', 'Petrović', 'Delacroix', 'Ishikawa', 'Mwangi', 'Henningsen', 'Albuquerque', 'Tremblay'];
  const CJK_NAMES = ['山本 陽菜', '李 明华', '김 서연', '佐々木 翔太', '王 志强', '박 지훈', '陈 雨桐', '中村 美咲'];
  const CYR_NAMES = ['Анастасия Воронцова', 'Игорь Белозёров', 'Олена Кравченко', 'Светлана Рыбакова'];
  const AR_NAMES = ['فاطمة الزهراني', 'يوسف الحداد', 'ليلى منصور'];
  const first = () => pick(FIRST);
  const last = () => pick(LAST);
  const fullName = () => `${first()} ${last()}`;
  const anyName = () => (chance(0.2) ? pick([...CJK_NAMES, ...CYR_NAMES, ...AR_NAMES]) : fullName());
  const ascii = (s) => s.normalize('NFD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z]/g, '');
  const DOMAINS = ['fastmail.com', 'gmail.com', 'outlook.de', 'proton.me', 'yahoo.co.jp', 'web.de', 'orange.fr', 'hey.com', 'kolibri-logistik.de', 'tidewater-health.org', 'mailbox.org'];
  const emailFor = (f, l) => `${pick([`${ascii(f)}.${ascii(l)}`, `${ascii(f)[0]}${ascii(l)}`, `${ascii(f)}${int(1, 99)}`, `${ascii(l)}.${ascii(f)}+${pick(['shop', 'news', 'billing'])}`])}@${pick(DOMAINS)}`;
  const person = () => { const f = first(); const l = last(); return { first: f, last: l, name: `${f} ${l}`, email: emailFor(f, l) }; };
  const email = () => emailFor(first(), last());
  const username = () => { const f = ascii(first()); const l = ascii(last()); return pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l.slice(0, 3)}`, `${l}${f[0]}`]); };

  const phone = () => pick([
    () => `+49 ${pick(['151', '160', '176', '171'])} ${digits(8)}`,
    () => `0${pick(['151', '176', '172'])} ${digits(4)} ${digits(4)}`,
    () => `+44 7${digits(3)} ${digits(6)}`,
    () => `+1 (${int(201, 989)}) ${int(200, 989)}-${digits(4)}`,
    () => `(${int(201, 989)}) ${int(200, 989)}-${digits(4)}`,
    () => `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    () => `+31 6 ${digits(8)}`,
    () => `+48 ${int(500, 799)} ${digits(3)} ${digits(3)}`,
    () => `+81 90-${digits(4)}-${digits(4)}`,
    () => `+55 11 9${digits(4)}-${digits(4)}`,
    () => `+91 ${int(70000, 99999)} ${digits(5)}`,
    () => `+46 70-${digits(3)} ${digits(2)} ${digits(2)}`,
    () => `+3538${int(3, 9)}${digits(7)}`,
    () => `+1${int(201, 989)}${int(200, 989)}${digits(4)}`,
  ])();

  const ipv4 = () => pick([
    () => `${pick([81, 93, 145, 188, 212, 87, 62, 109])}.${int(1, 254)}.${int(0, 255)}.${int(1, 254)}`,
    () => `${pick([24, 67, 73, 98, 174, 71])}.${int(1, 254)}.${int(0, 255)}.${int(1, 254)}`,
    () => `${pick([203, 198, 185, 91, 37])}.${int(10, 254)}.${int(0, 255)}.${int(1, 254)}`,
  ])();
  const ipv6 = () => `${pick(['2a02:8108', '2001:16b8', '2600:1700', '2a01:e0a', '2607:fb90'])}:${hex(4).replace(/^0+/, '') || '1'}:${hex(4).replace(/^0+/, '') || 'a'}:${hex(3)}f:${hex(4)}:${hex(2)}ff:fe${hex(2)}:${hex(4)}`;

  const STREETS = [
    () => `${int(2, 240)} ${pick(['Larkspur', 'Beechwood', 'Tamarind', 'Wexford', 'Harrowgate', 'Oakhurst'])} ${pick(['Lane', 'Avenue', 'Drive', 'Street', 'Court'])}${chance(0.4) ? `, Apt ${int(1, 30)}${pick(['A', 'B', 'C'])}` : ''}`,
    () => `${pick(['Lindenstraße', 'Schwalbenweg', 'Am Kirchberg', 'Brunnenstr.', 'Gartenallee', 'Mühlgasse'])} ${int(1, 120)}${chance(0.3) ? pick(['a', 'b']) : ''}`,
    () => `${int(1, 90)} ${pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'boulevard de la Liberté', 'impasse des Lilas', 'rue du Moulin'])}`,
    () => `${pick(['Calle de Alcalá', 'Carrer de Provença', 'Avenida de la Constitución', 'Calle Río Segura'])} ${int(1, 300)}, ${int(1, 8)}º ${pick(['A', 'B', 'izq.'])}`,
    () => `${pick(['Prinsengracht', 'Kastanjelaan', 'Vondelstraat', 'Spoorsingel'])} ${int(1, 400)}${chance(0.3) ? '-II' : ''}`,
    () => `ul. ${pick(['Wiśniowa', 'Słoneczna', 'Kwiatowa', 'Lipowa'])} ${int(1, 80)}/${int(1, 40)}`,
    () => `${pick(['Via dei Mille', 'Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via delle Rose'])} ${int(1, 150)}`,
    () => `Flat ${int(1, 40)}, ${int(2, 180)} ${pick(['Cranbrook Road', 'Kingsley Gardens', 'Pembury Close', 'Ashdown Crescent'])}`,
  ];
  const street = () => pick(STREETS)();
  const CITIES = [['Hamburg', '2' + digits(4)], ['Leipzig', '04' + digits(3)], ['Lyon', '6900' + int(1, 9)], ['Valencia', '460' + digits(2)], ['Utrecht', `35${digits(2)} ${pick(['AB', 'KL', 'RT'])}`], ['Kraków', `3${int(0, 1)}-${digits(3)}`], ['Bologna', '401' + digits(2)], ['Leeds', `LS${int(1, 28)} ${int(1, 9)}${pick(['AB', 'DQ', 'HX'])}`], ['Portland, OR', '972' + digits(2)], ['Austin, TX', '787' + digits(2)]];
  const cityLine = () => { const [c, z] = pick(CITIES); return /,/.test(c) ? `${c} ${z}` : `${z} ${c}`; };
  const fullAddress = () => `${street()}, ${cityLine()}`;
  const JP_ADDR = () => `東京都${pick(['世田谷区', '杉並区', '目黒区'])}${pick(['三軒茶屋', '高円寺南', '自由が丘'])}${int(1, 4)}丁目${int(1, 30)}-${int(1, 20)}`;

  const dobParts = () => ({ y: int(1948, 2005), m: int(1, 12), d: int(1, 28) });
  const dob = () => { const { y, m, d } = dobParts(); return pick([`${y}-${pad(m)}-${pad(d)}`, `${pad(d)}.${pad(m)}.${y}`, `${pad(m)}/${pad(d)}/${y}`, `${pad(d)}/${pad(m)}/${y}`]); };

  const geo = () => {
    const spots = [[52.5, 13.4], [48.85, 2.35], [40.71, -74.0], [51.5, -0.12], [35.68, 139.7], [-33.86, 151.2], [45.46, 9.19], [59.33, 18.06], [-23.55, -46.63], [37.77, -122.41]];
    const [la, lo] = pick(spots);
    const f = (base) => (base + (rng.next() - 0.5) * 0.2).toFixed(int(5, 7)).replace(/0$/, String(int(1, 9)));
    return [f(la), f(lo)];
  };

  // ---------- national ids ----------
  const nationalId = () => pick(Object.keys(NATIONAL_ID_MAKERS))();
  const NATIONAL_ID_MAKERS = {
    us_ssn: () => `${pick([int(1, 665), int(667, 899)]).toString().padStart(3, '0')}-${pad(int(1, 99))}-${pad(int(1, 9999), 4)}`,
    uk_nino: () => `${pick(['A', 'C', 'E', 'H', 'J', 'K', 'L', 'P', 'R', 'S', 'W'])}${pick(['A', 'B', 'C', 'E', 'H', 'J', 'L', 'M', 'P', 'R', 'S', 'W'])} ${digits(2)} ${digits(2)} ${digits(2)} ${pick(['A', 'B', 'C', 'D'])}`,
    nl_bsn: () => { for (;;) { const d = digits(8); let s = 0; for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i); const c = s % 11; if (c < 10 && d[0] !== '0') return d + c; } },
    pl_pesel: () => { const { y, m, d } = dobParts(); const mm = y >= 2000 ? m + 20 : m; const body = `${pad(y % 100)}${pad(mm)}${pad(d)}${digits(4)}`; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; let s = 0; for (let i = 0; i < 10; i++) s += Number(body[i]) * w[i]; return body + ((10 - (s % 10)) % 10); },
    br_cpf: () => { const d = digits(9); const dv = (x) => { let s = 0; for (let i = 0; i < x.length; i++) s += Number(x[i]) * (x.length + 1 - i); const r = (s * 10) % 11; return r === 10 ? 0 : r; }; const a = dv(d); const b = dv(d + a); const all = `${d}${a}${b}`; return `${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6, 9)}-${all.slice(9)}`; },
    es_dni: () => { const n = pad(int(10000000, 79999999), 8); return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]; },
    se_pnr: () => { const { y, m, d } = dobParts(); const body = `${pad(y % 100)}${pad(m)}${pad(d)}${digits(3)}`; return `${y}${pad(m)}${pad(d)}-${body.slice(6)}${luhnCheckDigit(body)}`; },
    fi_hetu: () => { const { y, m, d } = dobParts(); const ind = pad(int(2, 899), 3); const dd = `${pad(d)}${pad(m)}${pad(y % 100)}`; return `${dd}${y >= 2000 ? 'A' : '-'}${ind}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(dd + ind) % 31]}`; },
    fr_nir: () => { const { y, m } = dobParts(); const body = `${pick(['1', '2'])}${pad(y % 100)}${pad(m)}${pad(int(1, 95))}${pad(int(1, 999), 3)}${pad(int(1, 999), 3)}`; const key = 97 - Number(BigInt(body) % 97n); return `${body.slice(0, 1)} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${pad(key)}`; },
    be_nrn: () => { const { y, m, d } = dobParts(); const body = `${pad(y % 100)}${pad(m)}${pad(d)}${pad(int(1, 997), 3)}`; const key = 97 - Number(((y >= 2000 ? 2000000000n : 0n) + BigInt(body)) % 97n); return `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6)}.${pad(key)}`; },
  };
  const nationalIdOf = (sub) => NATIONAL_ID_MAKERS[sub]();
  const nationalIdSub = () => pick(Object.keys(NATIONAL_ID_MAKERS));

  // ---------- financial ----------
  const IBAN_FORMATS = { DE: () => digits(18), FR: () => digits(10) + str(UPPERNUM, 11) + digits(2), GB: () => pick(['NWBK', 'BARC', 'MIDL', 'LOYD']) + digits(14), NL: () => pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + digits(10), ES: () => digits(20), IT: () => str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + digits(10) + str(UPPERNUM, 12), BE: () => digits(12), CH: () => digits(5) + str(UPPERNUM, 12), PL: () => digits(24), AT: () => digits(16) };
  const iban = (grouped = chance(0.5)) => {
    const cc = pick(Object.keys(IBAN_FORMATS));
    const bban = IBAN_FORMATS[cc]();
    const check = pad(98 - mod97(ibanNumeric(`${bban}${cc}00`)));
    const s = `${cc}${check}${bban}`;
    return grouped ? s.replace(/(.{4})(?=.)/g, '$1 ') : s;
  };
  const card = (sep = pick(['', ' ', '-'])) => {
    const kind = pick(['visa', 'mc', 'mc2', 'amex', 'disc']);
    const prefix = { visa: '4' + digits(5), mc: String(int(51, 55)) + digits(4), mc2: String(int(2221, 2720)) + digits(2), amex: pick(['34', '37']) + digits(4), disc: '6011' + digits(2) }[kind];
    const len = kind === 'amex' ? 15 : 16;
    const body = prefix + digits(len - 1 - prefix.length);
    const n = body + luhnCheckDigit(body);
    if (!sep) return n;
    return kind === 'amex' ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
  };

  // ---------- secrets ----------
  const WORDS = ['saffron', 'glacier', 'tandem', 'lantern', 'quiver', 'marble', 'cobalt', 'thistle', 'harbor', 'velvet', 'ember', 'orchard', 'pylon', 'meadow', 'falcon', 'copper', 'riddle', 'tundra', 'walnut', 'zephyr'];
  const password = () => pick([
    () => `${pick(['Winter', 'Sommer', 'Kestrel', 'Paddock', 'Nimbus', 'Cascade'])}${int(1970, 2029)}${pick(['!', '#', '$', '*', '?'])}${str(ALNUM, 3)}`,
    () => str(`${ALNUM}!#$%*+-=?^_~`, int(12, 22)),
    () => `${str(ALNUM, 4)}-${str(ALNUM, 4)}-${str(ALNUM, 4)}-${str(ALNUM, 4)}`,
    () => `${pick(WORDS)}${pick(['_', '.', '-'])}${pick(WORDS)}${int(10, 99)}${pick(['!', '%', '&'])}`,
  ])();
  const urlPassword = () => pick([() => str(ALNUM, int(14, 28)), () => `${str(ALNUM, 6)}-${str(ALNUM, 8)}_${str(ALNUM, 4)}`, () => `${pick(WORDS)}${pick(WORDS)}${digits(3)}`])();
  const passphrase = () => rng.shuffle(WORDS).slice(0, 4).join(' ');
  const jwt = (claims) => {
    const header = b64urlOf(JSON.stringify({ alg: pick(['HS256', 'RS256', 'ES256']), typ: 'JWT', ...(chance(0.5) ? { kid: hex(8) } : {}) }));
    const payload = b64urlOf(JSON.stringify(claims ?? { sub: `usr_${str(ALNUM, 10)}`, iat: 1767225600 + int(0, 3e7), exp: 1767225600 + int(3e7, 4e7), scope: pick(['read:orders', 'openid profile email', 'admin']) }));
    return `${header}.${payload}.${b64url(pick([43, 86]))}`;
  };
  const TOKEN_MAKERS = {
    github_pat: () => `ghp_${str(ALNUM, 36)}`,
    github_fine: () => `github_pat_11${str(UPPERNUM, 20)}_${str(ALNUM, 59)}`,
    gho: () => `gho_${str(ALNUM, 36)}`,
    gitlab_pat: () => `glpat-${str(`${ALNUM}-_`, 20)}`,
    npm: () => `npm_${str(ALNUM, 36)}`,
    slack_bot: () => `xoxb-${digits(12)}-${digits(13)}-${str(ALNUM, 24)}`,
    slack_user: () => `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${hex(32)}`,
    jwt: () => jwt(),
    opaque_bearer: () => str(`${ALNUM}-._~`, int(40, 64)),
    oauth_refresh: () => `1//0${str(`${ALNUM}-_`, 100)}`,
    google_access: () => `ya29.${str(`${ALNUM}-_`, 120)}`,
    shopify: () => `shpat_${hex(32)}`,
    discord_bot: () => `${str(ALNUM, 24)}.${str(`${ALNUM}-_`, 6)}.${str(`${ALNUM}-_`, 38)}`,
    telegram_bot: () => `${int(100000000, 999999999)}:AA${str(`${ALNUM}-_`, 33)}`,
    vault: () => `hvs.${str(`${ALNUM}_-`, 90)}`,
    pypi: () => `pypi-AgEIcHlwaS5vcmc${str(`${ALNUM}-_`, 60)}`,
  };
  const tokenSub = () => pick(Object.keys(TOKEN_MAKERS));
  const token = (sub = tokenSub()) => TOKEN_MAKERS[sub]();
  const API_KEY_MAKERS = {
    stripe_secret: () => `sk_live_${str(ALNUM, 24)}${chance(0.5) ? str(ALNUM, 75) : ''}`,
    stripe_restricted: () => `rk_live_${str(ALNUM, 24)}`,
    aws_secret: () => str(`${ALNUM}/+`, 40),
    openai: () => `sk-proj-${str(`${ALNUM}-_`, 48)}T3BlbkFJ${str(`${ALNUM}-_`, 48)}`,
    anthropic: () => `sk-ant-api03-${str(`${ALNUM}-_`, 93)}AA`,
    google: () => `AIza${str(`${ALNUM}-_`, 35)}`,
    sendgrid: () => `SG.${str(`${ALNUM}-_`, 22)}.${str(`${ALNUM}-_`, 43)}`,
    mailgun: () => `key-${hex(32)}`,
    twilio: () => `SK${hex(32)}`,
    datadog: () => hex(32),
    algolia_admin: () => hex(32),
    generic: () => `${pick(['ak', 'key', 'api'])}_${pick(['live', 'prod'])}_${str(ALNUM, 32)}`,
  };
  const apiKeySub = () => pick(Object.keys(API_KEY_MAKERS));
  const apiKey = (sub = apiKeySub()) => API_KEY_MAKERS[sub]();
  const pemBody = (n, w = 64) => { const lines = []; for (let i = 0; i < n; i++) lines.push(b64(w)); lines.push(`${b64(int(20, 60))}${pick(['', '=', '=='])}`); return lines.join('\n'); };
  const privateKey = (type = pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'])) => `-----BEGIN ${type}-----\n${type === 'OPENSSH PRIVATE KEY' ? `b3BlbnNzaC1rZXktdjEAAAAA${b64(46)}\n` : ''}${pemBody(int(3, 7), type === 'OPENSSH PRIVATE KEY' ? 70 : 64)}\n-----END ${type}-----`;
  const wgKey = () => `${b64(42)}${pick(['A', 'E', 'I', 'M', 'Q', 'U', 'Y', 'c', 'g', 'k', 'o', 's', 'w', '0', '4', '8'])}=`;
  const ageKey = () => `AGE-SECRET-KEY-1${str('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.toUpperCase(), 58)}`;
  const OTHER_MAKERS = {
    webhook_secret: () => `whsec_${b64(32)}`,
    client_secret: () => pick([() => `GOCSPX-${str(`${ALNUM}-_`, 28)}`, () => str(`${ALNUM}~._-`, 40), () => hex(40)])(),
    signing_key: () => b64(44),
    hmac_secret: () => hex(64),
    recovery_code: () => `${str('abcdefghjkmnpqrstuvwxyz23456789', 5)}-${str('abcdefghjkmnpqrstuvwxyz23456789', 5)}`,
    totp_seed: () => str(BASE32, 32),
    session_id: () => str(`${ALNUM}-_`, 32),
    encryption_key: () => `base64:${b64(43)}=`,
    smtp_password: () => str(ALNUM, 20),
    csrf_secret: () => str(`${ALNUM}-_`, 24),
  };
  const otherSub = () => pick(Object.keys(OTHER_MAKERS));
  const other = (sub = otherSub()) => OTHER_MAKERS[sub]();

  // ---------- hard negatives (keep) ----------
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  const sha = () => hex(40);
  const sha256 = () => hex(64);
  const traceId = () => hex(32);
  const spanId = () => hex(16);
  const orderId = () => pick([`ORD-${int(2024, 2026)}-${digits(6)}`, `INV-${digits(7)}`, `PO${digits(8)}`, `SHP-${str(UPPERNUM, 8)}`, `cus_${str(ALNUM, 14)}`, `pi_${str(ALNUM, 24)}`, `ch_${str(ALNUM, 24)}`, `evt_${str(ALNUM, 24)}`, `TCK-${digits(5)}`]);
  const reqId = () => pick([`req_${str(ALNUM, 20)}`, `req-${hex(12)}`, uuid(), `${str('abcdefghijklmnopqrstuvwxyz0123456789', 9)}-${str('abcdefghijklmnopqrstuvwxyz0123456789', 5)}`]);
  const version = () => pick([`v${int(1, 22)}.${int(0, 30)}.${int(0, 20)}`, `${int(1, 9)}.${int(0, 40)}.${int(0, 15)}`, `${int(1, 9)}.${int(0, 12)}.${int(0, 9)}-rc.${int(1, 5)}`]);
  const ts = () => `2026-${pad(int(1, 12))}-${pad(int(1, 28))}T${pad(int(0, 23))}:${pad(int(0, 59))}:${pad(int(0, 59))}.${digits(3)}Z`;
  const hostname = () => `${pick(['api', 'orders', 'billing', 'ingest', 'auth', 'search', 'edge'])}-${pick(['primary', 'replica', 'worker', 'canary'])}-${int(1, 12)}.${pick(['prod', 'stg', 'eu-west-1', 'us-east-2'])}.${pick(['internal', 'svc.cluster.local', 'corp.example'])}`;
  const fingerprint = () => `SHA256:${b64(43)}`;
  const sshPub = () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(43)}`;
  const publishable = () => pick([`pk_live_${str(ALNUM, 24)}`, `pk_test_${str(ALNUM, 24)}`]);
  const oauthClientId = () => pick([`${digits(12)}-${str('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`, `Iv1.${hex(16)}`, `${uuid()}`]);
  const BRANDS = ['Morgan Stanley', 'Wells Fargo', 'Ralph Lauren', 'Tommy Hilfiger', 'Hugo Boss', 'Charles Schwab', 'Ben & Jerry\'s', 'Jack Daniel\'s', 'Dr. Martens', 'Marks & Spencer', 'Johnson & Johnson', 'Louis Vuitton', 'Calvin Klein', 'Ted Baker', 'Paul Smith', 'Alexander McQueen'];
  const PLACES = ['San Francisco', 'Saint-Étienne', 'Santa Clara', 'Fort Worth', 'Alexandria', 'Charlotte', 'Victoria', 'St. Louis', 'Sankt Gallen', 'São Paulo', 'Frankfurt am Main', 'Port Elizabeth'];
  const TEAMS = ['team-phoenix', 'squad-orion', 'guild-payments', 'team-aurora', 'crew-hermes', 'team-atlas'];
  const masked = () => pick([`****${digits(4)}`, `•••• •••• •••• ${digits(4)}`, `${str(ALNUM, 4)}…${str(ALNUM, 4)}`, `sk_live_…${str(ALNUM, 4)}`, '[REDACTED]', '********']);
  const SETTINGS = [() => `"passwordMinLength":${int(8, 16)}`, () => `"tokenTtlSeconds":${pick([300, 900, 3600, 86400])}`, () => `"maxPasswordAttempts":${int(3, 10)}`, () => `"secretRotationDays":${pick([30, 60, 90])}`, () => `"apiKeyPrefixLength":${int(6, 10)}`, () => `"sessionIdleMinutes":${pick([15, 30, 60])}`, () => `"bcryptCost":${int(10, 13)}`, () => `"privateKeyBits":${pick([2048, 3072, 4096])}`, () => `"cookieSecure":${pick(['true', 'false'])}`, () => `"authTagLength":${pick([12, 16])}`];
  const setting = () => pick(SETTINGS)();

  return {
    rng, int, pick, chance, str, digits, hex, pad, b64, b64url, b64urlOf,
    first, last, fullName, anyName, person, email, emailFor, username, phone, ipv4, ipv6, street, cityLine, fullAddress, JP_ADDR, dob, geo,
    nationalId, nationalIdOf, nationalIdSub, iban, card,
    password, urlPassword, passphrase, jwt, token, tokenSub, apiKey, apiKeySub, privateKey, wgKey, ageKey, other, otherSub,
    uuid, sha, sha256, traceId, spanId, orderId, reqId, version, ts, hostname, fingerprint, sshPub, publishable, oauthClientId, masked, setting,
    BRANDS, PLACES, TEAMS, CJK_NAMES, CYR_NAMES, AR_NAMES,
  };
}
