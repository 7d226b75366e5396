// Seeded value makers for the heldout-v6 generator. Every value is drawn from one mulberry32 stream,
// so the corpus depends on the seed alone (no clock, no network, no Math.random).

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeValues(seed) {
  const rnd = mulberry32(seed);
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const chance = (p) => rnd() < p;
  const from = (set, n) => { let s = ''; for (let i = 0; i < n; i++) s += set[Math.floor(rnd() * set.length)]; return s; };
  const DIG = '0123456789';
  const HEX = '0123456789abcdef';
  const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const LO = 'abcdefghijklmnopqrstuvwxyz';
  const AN = UP + LO + DIG;
  const B64 = AN + '+/';
  const B64U = AN + '-_';
  const digits = (n) => from(DIG, n);
  const hex = (n) => from(HEX, n);
  const alnum = (n) => from(AN, n);
  const lower = (n) => from(LO + DIG, n);
  const upper = (n) => from(UP + DIG, n);
  const b64 = (n) => from(B64, n);
  const b64u = (n) => from(B64U, n);
  const pad = (n, w) => String(n).padStart(w, '0');

  // ---- time: a fixed window in November 2026 (no clock)
  const T0 = Date.UTC(2026, 10, 2, 0, 0, 0);
  const ms = () => T0 + int(0, 28 * 86400) * 1000 + int(0, 999);
  const iso = (t = ms()) => new Date(t).toISOString();
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const clf = (t = ms()) => { const d = new Date(t); return `${pad(d.getUTCDate(), 2)}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)} +0000`; };
  const sql = (t = ms()) => iso(t).replace('T', ' ').replace('Z', '');
  const syslogTs = (t = ms()) => { const d = new Date(t); return `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(t).slice(11, 19)}`; };

  // ---- people
  const FIRST = ['Anna', 'Marta', 'Lukas', 'Sophie', 'Jonas', 'Camille', 'Mateo', 'Valentina', 'Aarav', 'Priya', 'Hiroshi', 'Yuki',
    'Olusegun', 'Chiamaka', 'Siobhan', 'Padraig', 'Ingrid', 'Magnus', 'Fatima', 'Youssef', 'Elena', 'Dmitri', 'Lucia', 'Giovanni',
    'Beatriz', 'Thiago', 'Chloé', 'José', 'Łukasz', 'Søren', 'Henrike', 'Amélie', 'Tomasz', 'Agnieszka', 'Rafael', 'Mariana', 'Kwame',
    'Abena', 'Nikolaos', 'Eleni', 'Sanjay', 'Meera', 'Tobias', 'Fredrik', 'Astrid', 'Carmen', 'Ignacio', 'Wiebke', 'Dorothea', 'Emeka'];
  const LAST = ['Kowalska', 'Schneider', 'Moreau', 'Okafor', 'Fernandes', 'Lindqvist', 'Nakamura', 'Rossi', 'Haddad', 'Novak',
    'Brennan', 'Virtanen', 'Patel', 'Gonzalez', 'Dubois', 'Jansen', 'Nowak', 'Andersson', 'Ivanova', 'Hoffmann', 'Kaur', 'Mbeki',
    'Castillo', 'Yilmaz', 'Papadopoulos', 'Horvath', 'Lefebvre', 'Oliveira', 'MacLeod', 'Takahashi', 'Müller', 'Sørensen', 'Çelik',
    'Wiśniewska', 'Ramírez', 'Abernathy', 'Fitzgerald', 'Delacroix', 'Bergström', 'Vasquez', 'Adeyemi', 'Krishnan', 'Engström',
    'Kuznetsova', 'Lombardi', 'Quintero', 'Osei', 'Achterberg', 'Hagedorn', 'Villanueva'];
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/ß/g, 'ss');
  const person = () => {
    const first = pick(FIRST);
    let last = pick(LAST);
    const f = fold(first).toLowerCase();
    const l = fold(last).toLowerCase();
    const handle = pick([`${f[0]}${l}`, `${f}.${l}`, `${f}${l[0]}`, `${f}_${l}`, `${l}${f[0]}`, `${f}${l.slice(0, 3)}`]);
    return { first, last, full: `${first} ${last}`, f, l, handle };
  };
  const MAILDOM = ['gmail.com', 'outlook.com', 'web.de', 'yahoo.co.uk', 'proton.me', 'icloud.com', 'orange.fr', 'gmx.net', 'hotmail.es',
    'libero.it', 'wp.pl', 'uol.com.br', 'rediffmail.com', 'seznam.cz', 'telia.se', 'kolumbus.fi', 'bluewin.ch', 'ziggo.nl'];
  const WORKDOM = ['northwind-logistics.com', 'brightpath.io', 'kestrel-health.org', 'fjordbank.no', 'acme-retail.co.uk', 'solenne.fr', 'tidewater.dev'];
  const email = (p = person(), work = chance(0.3)) => {
    const dom = work ? pick(WORKDOM) : pick(MAILDOM);
    const local = pick([`${p.f}.${p.l}`, `${p.f[0]}${p.l}`, `${p.f}${int(1, 99)}`, `${p.f}.${p.l}+${pick(['shop', 'news', 'billing'])}`, `${p.l}.${p.f}`, `${p.f}_${p.l}${int(70, 99)}`]);
    return `${local}@${dom}`;
  };

  // ---- phones (sub = country/format)
  const phone = (cc = pick(['de', 'uk', 'us', 'fr', 'in', 'br', 'pl', 'es', 'nl', 'e164'])) => {
    const intl = chance(0.6);
    switch (cc) {
      case 'de': { const p = pick(['151', '152', '157', '160', '162', '170', '171', '176', '177', '179']); const n = digits(int(7, 8)); return { v: intl ? `+49 ${p} ${n}` : `0${p} ${n}`, sub: 'de_mobile' }; }
      case 'uk': { const a = digits(3); const b = digits(6); return { v: intl ? `+44 7${a} ${b}` : `07${a} ${b}`, sub: 'uk_mobile' }; }
      case 'us': { const a = `${int(2, 9)}${digits(2)}`; const e = `${int(2, 9)}${digits(2)}`; const n = digits(4); return { v: intl ? `+1 (${a}) ${e}-${n}` : pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`]), sub: 'us_nanp' }; }
      case 'fr': { const g = [pick(['6', '7']), digits(2), digits(2), digits(2), digits(2)]; return { v: intl ? `+33 ${g.join(' ')}` : `0${g.join(' ')}`, sub: 'fr_mobile' }; }
      case 'in': return { v: `+91 ${pick(['9', '8', '7'])}${digits(4)} ${digits(5)}`, sub: 'in_mobile' };
      case 'br': return { v: `+55 ${pick(['11', '21', '31', '41', '51'])} 9${digits(4)}-${digits(4)}`, sub: 'br_mobile' };
      case 'pl': return { v: `+48 ${pick(['5', '6', '7', '8'])}${digits(2)} ${digits(3)} ${digits(3)}`, sub: 'pl_mobile' };
      case 'es': return { v: `+34 6${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, sub: 'es_mobile' };
      case 'nl': return { v: intl ? `+31 6 ${digits(8)}` : `06-${digits(8)}`, sub: 'nl_mobile' };
      default: return { v: `+${pick(['49', '44', '33', '39', '46', '61', '81'])}${int(1, 9)}${digits(9)}`, sub: 'e164' };
    }
  };

  // ---- IPs: public-looking ranges only
  const ipv4 = () => `${pick([23, 31, 37, 45, 62, 77, 81, 89, 93, 109, 141, 151, 176, 185, 188, 195, 203, 212, 217])}.${int(1, 254)}.${int(0, 255)}.${int(1, 254)}`;
  const ipv6 = () => `${pick(['2a02', '2a01', '2001', '2600', '2804', '2405'])}:${hex(4).replace(/^0+/, '') || '1'}:${hex(4).replace(/^0+/, '') || 'a'}:${hex(3)}${int(1, 9)}::${hex(3)}${int(1, 9)}`;
  const internalIp = () => `10.${int(0, 40)}.${int(0, 255)}.${int(2, 250)}`;

  // ---- national ids (sub = scheme), each with its check digit
  const luhnDigit = (body) => { let s = 0; for (let i = 0; i < body.length; i++) { let x = Number(body[body.length - 1 - i]); if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9; } s += x; } return String((10 - (s % 10)) % 10); };
  const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
  // Verhoeff: multiplication in the dihedral group D5 and the powers of its position permutation.
  const d5 = (j, k) => (j < 5 ? (k < 5 ? (j + k) % 5 : 5 + ((j + k) % 5)) : k < 5 ? 5 + ((j - k + 5) % 5) : (j - k + 5) % 5);
  const VD = Array.from({ length: 10 }, (_, j) => Array.from({ length: 10 }, (_, k) => d5(j, k)));
  const P1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
  const VP = [[...Array(10).keys()]];
  for (let i = 1; i < 8; i++) VP.push(VP[i - 1].map((x) => P1[x]));
  const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
  const birth = () => ({ y: int(1948, 2004), m: int(1, 12), d: int(1, 28) });
  const nationalId = (scheme) => {
    const b = birth();
    switch (scheme) {
      case 'us_ssn': { let a; do a = int(1, 899); while (a === 666); return `${pad(a, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`; }
      case 'uk_nino': { let p; do p = pick([...'ABCEGHJKLMNOPRSTWXYZ']) + pick([...'ABCEGHJKLMNPRSTWXYZ']); while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)); const d = digits(6); const s = pick([...'ABCD']); return chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`; }
      case 'br_cpf': { let d; do d = digits(9).split('').map(Number); while (d.every((x) => x === d[0])); for (const n of [9, 10]) { let s = 0; for (let i = 0; i < n; i++) s += d[i] * (n + 1 - i); d.push(((s * 10) % 11) % 10); } const t = d.join(''); return chance(0.7) ? `${t.slice(0, 3)}.${t.slice(3, 6)}.${t.slice(6, 9)}-${t.slice(9)}` : t; }
      case 'es_dni': { const n = pad(int(1000000, 99999999), 8); return `${n}${DNI[Number(n) % 23]}`; }
      case 'es_nie': { const l = int(0, 2); const n = digits(7); return `${'XYZ'[l]}${n}${DNI[Number(`${l}${n}`) % 23]}`; }
      case 'se_personnummer': { const body = `${pad(b.y % 100, 2)}${pad(b.m, 2)}${pad(b.d, 2)}${digits(3)}`; const c = luhnDigit(body); return chance(0.5) ? `${body.slice(0, 6)}-${body.slice(6)}${c}` : `${Math.floor(b.y / 100)}${body}${c}`; }
      case 'in_aadhaar': { const body = `${int(2, 9)}${digits(10)}`; let c = 0; [...body].reverse().forEach((x, i) => { c = VD[c][VP[(i + 1) % 8][Number(x)]]; }); const t = body + VINV[c]; return chance(0.6) ? `${t.slice(0, 4)} ${t.slice(4, 8)} ${t.slice(8)}` : t; }
      case 'fr_insee': { const body = `${int(1, 2)}${pad(b.y % 100, 2)}${pad(b.m, 2)}${pad(int(1, 95), 2)}${digits(3)}${digits(3)}`; const key = pad(97 - Number(BigInt(body) % 97n), 2); return chance(0.5) ? `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}` : body + key; }
      case 'nl_bsn': { for (;;) { const d = `${int(1, 9)}${digits(7)}`; let s = 0; for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i); const c = s % 11; if (c < 10) return d + c; } }
      case 'pl_pesel': { const mm = b.y >= 2000 ? b.m + 20 : b.m; const body = `${pad(b.y % 100, 2)}${pad(mm, 2)}${pad(b.d, 2)}${digits(4)}`; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; const s = w.reduce((a, x, i) => a + x * Number(body[i]), 0); return body + ((10 - (s % 10)) % 10); }
      case 'fi_hetu': { const n = pad(int(2, 899), 3); const six = `${pad(b.d, 2)}${pad(b.m, 2)}${pad(b.y % 100, 2)}`; return `${six}${b.y >= 2000 ? 'A' : '-'}${n}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(six + n) % 31]}`; }
      case 'ca_sin': { const body = `${pick([1, 2, 3, 4, 5, 6, 7, 9])}${digits(7)}`; const t = body + luhnDigit(body); return pick([`${t.slice(0, 3)}-${t.slice(3, 6)}-${t.slice(6)}`, `${t.slice(0, 3)} ${t.slice(3, 6)} ${t.slice(6)}`, t]); }
      default: throw new Error(scheme);
    }
  };
  const ID_SCHEMES = ['us_ssn', 'uk_nino', 'br_cpf', 'es_dni', 'es_nie', 'se_personnummer', 'in_aadhaar', 'fr_insee', 'nl_bsn', 'pl_pesel', 'fi_hetu', 'ca_sin'];
  // ICAO 9303 check digit (weights 7,3,1; '<' = 0, A = 10)
  const mrzDigit = (s) => { const w = [7, 3, 1]; let t = 0; [...s].forEach((ch, i) => { const v = ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55; t += v * w[i % 3]; }); return String(t % 10); };

  // ---- IBAN: country, BBAN shape
  const IBAN_SPEC = { DE: () => digits(18), FR: () => digits(10) + upper(11) + digits(2), GB: () => from(UP, 4) + digits(14), NL: () => from(UP, 4) + digits(10),
    ES: () => digits(20), IT: () => from(UP, 1) + digits(10) + upper(12), PL: () => digits(24), BE: () => digits(12), CH: () => digits(5) + upper(12),
    AT: () => digits(16), SE: () => digits(20), PT: () => digits(21), IE: () => from(UP, 4) + digits(14), FI: () => digits(14) };
  const ibanCheck = (cc, bban) => { const s = bban + cc + '00'; let m = 0; for (const ch of s) { const n = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of n) m = (m * 10 + Number(d)) % 97; } return pad(98 - m, 2); };
  const iban = (cc = pick(Object.keys(IBAN_SPEC)), grouped = chance(0.5)) => {
    const bban = IBAN_SPEC[cc]();
    const raw = cc + ibanCheck(cc, bban) + bban;
    return { v: grouped ? raw.replace(/(.{4})/g, '$1 ').trim() : raw, sub: cc.toLowerCase() };
  };

  // ---- cards (sub = brand), Luhn-complete
  const CARD = { visa: () => ['4', 16], mastercard: () => [pick(['51', '52', '53', '54', '55', String(int(2221, 2720))]), 16], amex: () => [pick(['34', '37']), 15],
    discover: () => [pick(['6011', '65']), 16], jcb: () => [String(int(3528, 3589)), 16], unionpay: () => ['62' + digits(2), pick([16, 19])], maestro: () => [pick(['6759', '5018', '5020']), pick([16, 19])] };
  const card = (brand = pick(Object.keys(CARD)), style = pick(['space', 'dash', 'compact', 'compact'])) => {
    const [pre, len] = CARD[brand]();
    const body = pre + digits(len - pre.length - 1);
    const n = body + luhnDigit(body);
    let v = n;
    if (style !== 'compact') {
      const sep = style === 'space' ? ' ' : '-';
      v = len === 15 ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}` : n.replace(/(.{4})/g, `$1${sep}`).replace(/[ -]$/, '');
    }
    return { v, sub: brand, last4: n.slice(-4) };
  };
  // Luhn-valid 16-digit ids whose first digit belongs to no card network
  const luhnId = () => { const body = `${pick(['0', '8', '9'])}${digits(14)}`; return body + luhnDigit(body); };

  // ---- addresses (sub = country style)
  const STREET = {
    de: () => `${pick(['Lindenstraße', 'Kastanienallee', 'Am Mühlbach', 'Goethestraße', 'Birkenweg', 'Schillerplatz', 'Hafenstraße'])} ${int(1, 140)}${chance(0.2) ? pick(['a', 'b']) : ''}`,
    uk: () => `${int(1, 220)} ${pick(['Thornbury Road', 'Kingfisher Close', 'Abbeyfield Lane', 'Wellington Crescent', 'Marlowe Gardens', 'Ashdown Avenue'])}`,
    us: () => `${int(100, 9800)} ${pick(['N Oakridge Dr', 'Sycamore Ave', 'W Juniper St', 'Cedar Hollow Rd', 'Maplewood Blvd', 'E Lakeview Ter'])}${chance(0.3) ? ` Apt ${int(1, 40)}${pick(['A', 'B', ''])}` : ''}`,
    fr: () => `${int(1, 120)} ${pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse des Lilas', 'rue du Moulin Vert', 'chemin des Vignes'])}`,
    es: () => `${pick(['Calle de Alcalá', 'Avenida del Puerto', 'Calle Mayor', 'Paseo de las Acacias', 'Calle del Olivo'])} ${int(1, 200)}, ${int(1, 9)}º ${pick(['A', 'B', 'C', 'izda.', 'dcha.'])}`,
    pl: () => `ul. ${pick(['Lipowa', 'Słoneczna', 'Kwiatowa', 'Ogrodowa', 'Polna', 'Leśna'])} ${int(1, 90)}/${int(1, 40)}`,
    br: () => `${pick(['Rua das Palmeiras', 'Avenida Brigadeiro Faria Lima', 'Rua Augusta', 'Travessa do Carmo', 'Rua Voluntários da Pátria'])}, ${int(10, 3000)}`,
    nl: () => `${pick(['Prinsengracht', 'Kerkstraat', 'Molenweg', 'Zonnebloemstraat', 'Dorpsstraat'])} ${int(1, 300)}${chance(0.3) ? '-' + pick(['A', 'B', 'II', 'hs']) : ''}`,
    it: () => `${pick(['Via Garibaldi', 'Via dei Mille', 'Corso Vittorio Emanuele II', 'Viale dei Pini', 'Via San Rocco'])}, ${int(1, 150)}`,
    jp: () => `${pick(['Minato-ku Shibaura', 'Shibuya-ku Jingumae', 'Chuo-ku Tsukiji', 'Kita-ku Umeda'])} ${int(1, 4)}-${int(1, 20)}-${int(1, 30)}`,
  };
  const CITY = { de: ['10437 Berlin', '80331 München', '50667 Köln', '20095 Hamburg'], uk: ['Leeds LS6 2QT', 'Bristol BS7 8AB', 'York YO31 1EQ'], us: ['Portland, OR 97214', 'Austin, TX 78704', 'Columbus, OH 43215'],
    fr: ['75011 Paris', '69003 Lyon', '33000 Bordeaux'], es: ['28014 Madrid', '46001 Valencia'], pl: ['00-125 Warszawa', '30-002 Kraków'], br: ['01310-100 São Paulo', '20040-002 Rio de Janeiro'],
    nl: ['1016 DV Amsterdam', '3511 LN Utrecht'], it: ['20121 Milano', '40126 Bologna'], jp: ['Tokyo 108-0023', 'Osaka 530-0001'] };
  const address = (cc = pick(Object.keys(STREET))) => ({ v: STREET[cc](), city: pick(CITY[cc]), sub: cc });

  // ---- dates of birth
  const dob = (style = pick(['iso', 'de', 'us', 'compact', 'fr'])) => {
    const b = birth();
    const y = String(b.y); const m = pad(b.m, 2); const d = pad(b.d, 2);
    const v = { iso: `${y}-${m}-${d}`, de: `${d}.${m}.${y}`, us: `${m}/${d}/${y}`, compact: `${y}${m}${d}`, fr: `${d}/${m}/${y}` }[style];
    return { v, sub: style, b };
  };

  // ---- geo (sub = placement); 4–6 decimals so a point identifies a building
  const CITIES_LL = [[52.52, 13.405], [48.8566, 2.3522], [51.5072, -0.1276], [40.4168, -3.7038], [52.2297, 21.0122], [-23.5505, -46.6333], [35.6762, 139.6503], [19.076, 72.8777], [45.4642, 9.19], [59.3293, 18.0686], [40.7128, -74.006], [-33.8688, 151.2093]];
  const latlng = (dec = int(4, 6)) => { const [a, b] = pick(CITIES_LL); const f = (x) => { let s = (x + (rnd() - 0.5) * 0.2).toFixed(dec); if (/0$/.test(s)) s = s.slice(0, -1) + String(int(1, 9)); return s; }; return [f(a), f(b)]; };

  // ---- secrets
  const WORDS = ['quokka', 'zephyr', 'marmalade', 'tundra', 'obelisk', 'pelican', 'saffron', 'juniper', 'gazebo', 'walrus', 'nectarine', 'quasar', 'bramble',
    'kumquat', 'glacier', 'lantern', 'tortoise', 'vortex', 'cobbler', 'mongoose', 'paprika', 'sprocket', 'thimble', 'wombat', 'yodel', 'zucchini', 'harpoon', 'origami', 'falafel', 'bagpipe'];
  const password = (style = pick(['word', 'random', 'random', 'symbols', 'pin6'])) => {
    switch (style) {
      case 'word': { const w = pick(WORDS); return `${w[0].toUpperCase()}${w.slice(1)}${pick(['', '_', '#', '!'])}${int(10, 2099)}${pick(['!', '?', '$', '%', ''])}`; }
      case 'symbols': return `${alnum(4)}${pick(['!', '#', '$', '%', '&', '*'])}${alnum(5)}${pick(['@', '^', '~', '+'])}${alnum(3)}`;
      case 'pin6': return `${alnum(3)}${digits(3)}${pick(['Q', 'x', 'Z'])}${alnum(4)}`;
      default: return alnum(int(12, 24));
    }
  };
  const urlPassword = () => `${alnum(int(10, 20))}${pick(['', '_', '-', '~'])}${alnum(int(2, 6))}`;
  const passphrase = () => { const w = []; const n = int(3, 5); while (w.length < n) { const x = pick(WORDS); if (!w.includes(x)) w.push(x); } return w.join(' '); };
  const b64json = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const jwt = () => {
    const alg = pick(['HS256', 'RS256', 'ES256', 'PS256']);
    const h = b64json(alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: lower(12) });
    const now = Math.floor(ms() / 1000);
    const p = b64json({ sub: chance(0.5) ? `usr_${alnum(14)}` : String(int(10000, 9999999)), iat: now, exp: now + pick([900, 3600, 86400]), scope: pick(['openid profile', 'read:orders write:orders', 'api']), jti: hex(16) });
    return `${h}.${p}.${b64u(alg.startsWith('HS') ? 43 : 86)}`;
  };
  const token = (kind = pick(['jwt', 'github_pat', 'github_fine', 'gitlab_pat', 'slack_bot', 'slack_user', 'npm', 'pypi', 'opaque', 'shopify', 'dockerhub', 'huggingface', 'atlassian', 'oauth_refresh'])) => {
    const v = {
      jwt: jwt,
      github_pat: () => `${pick(['ghp', 'gho', 'ghs', 'ghu'])}_${alnum(36)}`,
      github_fine: () => `github_pat_11${upper(20)}_${alnum(59)}`,
      gitlab_pat: () => `glpat-${b64u(20)}`,
      slack_bot: () => `xoxb-${digits(11)}-${digits(13)}-${alnum(24)}`,
      slack_user: () => `xoxp-${digits(11)}-${digits(11)}-${digits(13)}-${hex(32)}`,
      npm: () => `npm_${alnum(36)}`,
      pypi: () => `pypi-AgEIcHlwaS5vcmc${b64u(int(60, 90))}`,
      opaque: () => alnum(int(32, 48)),
      shopify: () => `shpat_${hex(32)}`,
      dockerhub: () => `dckr_pat_${b64u(27)}`,
      huggingface: () => `hf_${from(UP + LO, 34)}`,
      atlassian: () => `ATATT3xFfGF0${b64u(int(160, 180))}=${hex(8).toUpperCase()}`,
      oauth_refresh: () => pick([`1//0${b64u(int(90, 100))}`, `v1.${b64u(int(60, 80))}`, `rt_${alnum(40)}`]),
    }[kind]();
    return { v, sub: kind };
  };
  const apiKey = (kind = pick(['stripe_secret', 'stripe_restricted', 'aws_access_key_id', 'google_api', 'sendgrid', 'openai', 'anthropic', 'mailgun', 'twilio_sid_key', 'datadog', 'algolia_admin', 'postmark_server', 'azure_apim', 'generic_hex40'])) => {
    const v = {
      stripe_secret: () => `sk_live_${alnum(int(24, 99))}`,
      stripe_restricted: () => `rk_live_${alnum(int(24, 99))}`,
      aws_access_key_id: () => `${pick(['AKIA', 'AKIA', 'ASIA'])}${from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
      google_api: () => `AIza${b64u(35)}`,
      sendgrid: () => `SG.${b64u(22)}.${b64u(43)}`,
      openai: () => `sk-proj-${b64u(int(48, 100))}`,
      anthropic: () => `sk-ant-api03-${b64u(93)}AA`,
      mailgun: () => `key-${hex(32)}`,
      twilio_sid_key: () => `SK${hex(32)}`,
      datadog: () => hex(32),
      algolia_admin: () => hex(32),
      postmark_server: () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
      azure_apim: () => hex(32),
      generic_hex40: () => alnum(40),
    }[kind]();
    return { v, sub: kind };
  };
  const pemBody = (lines, first = '') => { const out = []; let body = first + b64(lines * 64 - first.length); for (let i = 0; i < lines; i++) out.push(body.slice(i * 64, (i + 1) * 64)); out.push(b64(int(8, 60)) + pick(['', '=', '=='])); return out.join('\n'); };
  const privateKey = (kind = pick(['pem_rsa', 'pem_pkcs8', 'pem_ec', 'openssh', 'wireguard', 'age'])) => {
    const v = {
      pem_rsa: () => `-----BEGIN RSA PRIVATE KEY-----\n${pemBody(int(8, 14), 'MIIE')}\n-----END RSA PRIVATE KEY-----`,
      pem_pkcs8: () => `-----BEGIN PRIVATE KEY-----\n${pemBody(int(6, 12), 'MII')}\n-----END PRIVATE KEY-----`,
      pem_ec: () => `-----BEGIN EC PRIVATE KEY-----\n${pemBody(2, 'MHcCAQEEI')}\n-----END EC PRIVATE KEY-----`,
      openssh: () => `-----BEGIN OPENSSH PRIVATE KEY-----\n${pemBody(int(4, 6), 'b3BlbnNzaC1rZXktdjEAAAAA')}\n-----END OPENSSH PRIVATE KEY-----`,
      wireguard: () => `${b64(42)}${pick(['A', 'E', 'I', 'M', 'Q', 'U', 'Y', 'c', 'g', 'k', 'o', 's', 'w'])}=`,
      age: () => `AGE-SECRET-KEY-1${from('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`,
    }[kind]();
    return { v, sub: kind };
  };
  const otherSecret = (kind = pick(['aws_secret_access_key', 'webhook_secret', 'totp_seed', 'oauth_client_secret', 'encryption_key', 'bcrypt_hash', 'django_secret_key', 'rails_secret_key_base', 'hmac_signing_key', 'recovery_code'])) => {
    const v = {
      aws_secret_access_key: () => b64(40).replace(/^[+/]/, 'Q'),
      webhook_secret: () => `whsec_${b64(32)}`,
      totp_seed: () => from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', pick([16, 32])),
      oauth_client_secret: () => pick([`GOCSPX-${b64u(28)}`, b64u(40), `${alnum(8)}~${b64u(31)}`]),
      encryption_key: () => `base64:${b64(43)}=`,
      bcrypt_hash: () => `$2${pick(['a', 'b', 'y'])}$${pick(['10', '12'])}$${from(AN + './', 53)}`,
      django_secret_key: () => `django-insecure-${from(LO + DIG + '!@#%^&*(-_=+)', 50)}`,
      rails_secret_key_base: () => hex(128),
      hmac_signing_key: () => hex(64),
      recovery_code: () => `${lower(5)}-${lower(5)}`,
    }[kind]();
    return { v, sub: kind };
  };

  // ---- hard negatives
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  const semver = () => `${int(0, 9)}.${int(0, 30)}.${int(0, 40)}`;
  const sha1 = () => hex(40);
  const sha256 = () => hex(64);
  const traceId = () => hex(32);
  const spanId = () => hex(16);
  const podName = (app) => `${app}-${lower(9).replace(/[^a-z0-9]/g, 'x')}-${lower(5)}`;
  const SERVICES = ['checkout-api', 'billing-worker', 'identity-svc', 'catalog-gateway', 'notify-dispatcher', 'ledger-core', 'search-indexer', 'fulfil-router', 'pricing-engine', 'support-bridge'];
  const host = () => `${pick(SERVICES)}.${pick(['eu-west-1', 'us-east-2', 'ap-south-1', 'eu-central-1'])}.internal.${pick(['parcelhub', 'lumenpay', 'orbitcare', 'mintleaf'])}.net`;
  const orderId = () => pick([`ord_${alnum(16)}`, `ORD-${int(2024, 2026)}-${pad(int(1, 999999), 6)}`, `SO${digits(9)}`, `INV-${upper(4)}-${digits(5)}`, `PO-${digits(7)}`, `#${int(100000, 999999)}`]);

  return { rnd, int, pick, chance, from, digits, hex, alnum, lower, upper, b64, b64u, pad, ms, iso, clf, sql, syslogTs,
    person, email, phone, ipv4, ipv6, internalIp, nationalId, ID_SCHEMES, mrzDigit, iban, card, luhnId, address, dob, latlng,
    password, urlPassword, passphrase, jwt, token, apiKey, privateKey, otherSecret, uuid, semver, sha1, sha256, traceId, spanId, podName, host, orderId, SERVICES, WORDS };
}
