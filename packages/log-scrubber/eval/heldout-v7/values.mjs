// Value factories for heldout-v7. Every value is drawn from the seeded PRNG passed in; nothing is read from elsewhere.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = `${ALNUM}+/`;
const B64URL = `${ALNUM}-_`;

export function makeValues(rng) {
  const int = (a, b) => a + Math.floor(rng() * (b - a + 1));
  const pick = (arr) => arr[Math.floor(rng() * arr.length)];
  const from = (alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');
  const hex = (n) => from('0123456789abcdef', n);
  const digits = (n) => from('0123456789', n);
  const upper = (n) => from('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n);
  const lower = (n) => from('abcdefghijklmnopqrstuvwxyz', n);
  const alnum = (n) => from(ALNUM, n);
  const b64 = (n) => from(B64, n);
  const b64url = (n) => from(B64URL, n);
  const base32 = (n) => from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);
  const chance = (p) => rng() < p;

  const FIRST = ['Ines', 'Tobiah', 'Marisol', 'Kwabena', 'Sigrun', 'Yusuf', 'Henrike', 'Dorotea', 'Aurelio', 'Nnamdi', 'Leokadia', 'Thorvald', 'Priyanka', 'Bartholomew', 'Ximena', 'Radoslav', 'Oluwaseun', 'Margarethe', 'Ignatius', 'Solveig', 'Anselm', 'Cosima', 'Takehiro', 'Wilhelmina', 'Evander', 'Rosalind', 'Mirela', 'Casimir', 'Fenella', 'Desmond', 'Annelie', 'Joaquina'];
  const LAST = ['Quarshie', 'Vandersloot', 'Okonkwo', 'Lindqvist', 'Barraclough', 'Ferreira-Lobo', 'Hollingworth', 'Nakashima', 'Szczepanik', 'Abernethy', 'Castellanos', 'Wojciechowska', 'Delacroix', 'Mbatha', 'Rautenberg', 'Kowalczyk', 'Fitzgerald', 'Achterberg', 'Bergström', 'Oyelaran', 'Montague', 'Valdivieso', 'Tanaka-Ruiz', 'Pemberton', 'Haugland', 'Eriksdottir', 'Brandauer', 'Solari', 'Whitcombe', 'Dragomir'];
  const MAILHOST = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'web.de', 'orange.fr', 'icloud.com', 'gmx.at', 'hotmail.es', 'fastmail.com'];
  const seen = new Set();
  // Fresh values only: a repeat across records would let one record's label mask another's keep.
  const uniq = (f) => { for (;;) { const v = f(); if (!seen.has(v)) { seen.add(v); return v; } } };

  const first = () => pick(FIRST);
  const last = () => pick(LAST);
  const name = () => uniq(() => `${first()} ${last()}`);
  const email = () => uniq(() => {
    const f = first().toLowerCase(); const l = last().toLowerCase().replace(/[^a-z]/g, '');
    return `${pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${int(1, 99)}`, `${l}.${f}`])}@${pick(MAILHOST)}`;
  });
  const username = () => uniq(() => `${first().toLowerCase()}${last().toLowerCase().replace(/[^a-z]/g, '').slice(0, 5)}${int(1, 9)}`);
  const phone = () => uniq(() => pick([
    () => `+44 7700 ${digits(6)}`, () => `+49 151 ${digits(8)}`, () => `+1 (415) 555-${digits(4)}`,
    () => `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, () => `+81 90-${digits(4)}-${digits(4)}`,
    () => `+91 98${digits(3)} ${digits(5)}`, () => `+34 6${digits(2)} ${digits(3)} ${digits(3)}`, () => `+31 6 ${digits(8)}`,
    () => `+4915${digits(9)}`, () => `+1-212-555-${digits(4)}`,
  ])());
  const ipv4 = () => uniq(() => `${pick([81, 84, 91, 109, 145, 178, 185, 194, 203, 212])}.${int(1, 254)}.${int(1, 254)}.${int(11, 254)}`);
  const ipv6 = () => uniq(() => `2a02:${hex(4)}:${hex(4)}:${int(1, 9)}${hex(3)}::${hex(3)}${int(1, 9)}`);

  // Check digits: Luhn for cards and Swedish personnummer, mod 97 for IBAN, mod 23 for DNI, 11-test for BSN.
  const luhnDigit = (body) => {
    let sum = 0;
    for (let i = 0; i < body.length; i++) {
      let d = Number(body[body.length - 1 - i]);
      if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
      sum += d;
    }
    return String((10 - (sum % 10)) % 10);
  };
  const card = () => uniq(() => {
    const [prefix, len] = pick([['4', 16], [`5${int(1, 5)}`, 16], [pick(['34', '37']), 15], ['6011', 16]]);
    const body = prefix + digits(len - prefix.length - 1);
    const n = body + luhnDigit(body);
    const style = int(0, 2);
    if (style === 0) return n;
    const groups = len === 15 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)] : n.match(/.{4}/g);
    return groups.join(style === 1 ? ' ' : '-');
  });
  const mod97 = (s) => { let r = 0; for (const ch of s) r = (r * 10 + Number(ch)) % 97; return r; };
  const ibanRaw = () => {
    const [cc, bban] = pick([['DE', () => digits(18)], ['GB', () => upper(4) + digits(14)], ['FR', () => digits(23)], ['NL', () => upper(4) + digits(10)], ['ES', () => digits(20)], ['IT', () => upper(1) + digits(22)]]);
    const b = bban();
    const numeric = (b + cc + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    const check = String(98 - mod97(numeric)).padStart(2, '0');
    return `${cc}${check}${b}`;
  };
  const iban = () => uniq(() => { const r = ibanRaw(); return chance(0.5) ? r.match(/.{1,4}/g).join(' ') : r; });
  const dni = () => uniq(() => { const n = int(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`; });
  const bsn = () => uniq(() => {
    for (;;) {
      const d = digits(8); let s = 0;
      for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
      const last = s % 11;
      if (last < 10 && d[0] !== '0') return d + last;
    }
  });
  const personnummer = () => uniq(() => {
    const body = `${int(50, 99)}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}${digits(3)}`;
    return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`;
  });
  const ssn = () => uniq(() => `${int(101, 665)}-${String(int(1, 99)).padStart(2, '0')}-${String(int(1, 9999)).padStart(4, '0')}`);
  const nino = () => uniq(() => `${pick(['AB', 'CE', 'JG', 'KL', 'PR', 'SW', 'TM', 'WP'])}${digits(6)}${pick(['A', 'B', 'C', 'D'])}`);
  const nationalId = () => pick([['es_dni', dni], ['nl_bsn', bsn], ['se_personnummer', personnummer], ['us_ssn', ssn], ['uk_nino', nino]]).map((x) => (typeof x === 'function' ? x() : x));
  const address = () => uniq(() => pick([
    () => `${pick(['Lindenallee', 'Kastanienweg', 'Brunnenstraße', 'Am Mühlbach'])} ${int(1, 180)}, ${int(10115, 99998)} ${pick(['Leipzig', 'Kassel', 'Freiburg', 'Bremen'])}`,
    () => `${int(2, 4999)} ${pick(['Juniper', 'Alder', 'Sycamore', 'Birchwood'])} ${pick(['Avenue', 'Lane', 'Court', 'Drive'])}, ${pick(['Dayton, OH', 'Boise, ID', 'Tulsa, OK', 'Fresno, CA'])} ${int(10000, 99999)}`,
    () => `${int(1, 88)} ${pick(['rue des Capucins', 'avenue Jean Moulin', 'impasse des Tilleuls'])}, ${int(10, 95)}${int(100, 999)} ${pick(['Nantes', 'Rennes', 'Dijon'])}`,
    () => `Flat ${int(1, 40)}, ${int(1, 300)} ${pick(['Marlowe Road', 'Greenbank Crescent', 'Abbotsford Gardens'])}, ${pick(['Leeds LS6', 'Bristol BS7', 'Hull HU5'])} ${int(1, 9)}${upper(2)}`,
    () => `Calle de ${pick(['Zurbarán', 'Valverde', 'Almagro'])} ${int(1, 120)}, ${int(28001, 28080)} Madrid`,
  ])());
  const dob = () => uniq(() => {
    const y = int(1941, 2006); const m = String(int(1, 12)).padStart(2, '0'); const d = String(int(1, 28)).padStart(2, '0');
    return pick([`${y}-${m}-${d}`, `${d}/${m}/${y}`, `${d}.${m}.${y}`]);
  });
  const coord = (lo, hi) => uniq(() => `${(lo + rng() * (hi - lo)).toFixed(5)}${int(1, 9)}`);
  const geo = () => [coord(36, 59), coord(-9, 24)];

  // Secrets.
  const jwt = () => uniq(() => `eyJ${b64url(30)}.eyJ${b64url(int(60, 120))}.${b64url(43)}`);
  const token = () => pick([
    ['jwt', jwt], ['github_pat', () => uniq(() => `ghp_${alnum(36)}`)], ['gitlab_pat', () => uniq(() => `glpat-${b64url(20)}`)],
    ['slack_bot', () => uniq(() => `xoxb-${digits(11)}-${digits(13)}-${alnum(24)}`)], ['npm', () => uniq(() => `npm_${alnum(36)}`)],
    ['oauth_opaque', () => uniq(() => `ya29.${b64url(80)}`)],
  ]).map((x) => (typeof x === 'function' ? x() : x));
  const apiKey = () => pick([
    ['stripe_secret', () => uniq(() => `sk_live_${alnum(48)}`)], ['aws_access_key_id', () => uniq(() => `AKIA${from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`)],
    ['sendgrid', () => uniq(() => `SG.${b64url(22)}.${b64url(43)}`)], ['google', () => uniq(() => `AIza${b64url(35)}`)],
    ['openai', () => uniq(() => `sk-proj-${b64url(56)}`)], ['twilio', () => uniq(() => `SK${hex(32)}`)], ['hex_key', () => uniq(() => hex(40))],
  ]).map((x) => (typeof x === 'function' ? x() : x));
  const WORDS = ['quorvel', 'bantrik', 'molvane', 'zephrot', 'kindrel', 'travosh', 'plumbix', 'grendaw', 'sulvora', 'wexmire', 'dorvant', 'fliskor'];
  const password = () => uniq(() => pick([
    () => `${alnum(4)}!${alnum(6)}#${digits(2)}`, () => `${pick(WORDS)}-${pick(WORDS)}-${pick(WORDS)}-${digits(2)}`,
    () => `${upper(1)}${lower(6)}${digits(4)}$`, () => `${b64(18)}`, () => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`,
  ])());
  const pem = () => uniq(() => {
    const [label, n] = pick([['RSA PRIVATE KEY', 12], ['PRIVATE KEY', 10], ['OPENSSH PRIVATE KEY', 7], ['EC PRIVATE KEY', 3]]);
    const lines = Array.from({ length: n }, () => (label === 'OPENSSH PRIVATE KEY' ? `b3BlbnNzaC1rZXktdjEAAAAA${b64(46)}`.slice(0, 70) : b64(64)));
    lines.push(`${b64(int(20, 40))}${pick(['', '=', '=='])}`);
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
  });
  const otherSecret = () => pick([
    ['stripe_webhook_secret', () => uniq(() => `whsec_${alnum(32)}`)], ['aws_secret_access_key', () => uniq(() => b64(40).replace(/[+]/g, 'Q'))],
    ['totp_seed', () => uniq(() => base32(32))], ['client_secret', () => uniq(() => `${b64url(40)}`)], ['signing_secret', () => uniq(() => hex(64))],
  ]).map((x) => (typeof x === 'function' ? x() : x));
  const cookieVal = () => uniq(() => pick([() => `s%3A${b64url(32)}.${b64url(43)}`, () => hex(32), () => `${b64url(24)}${b64url(20)}`, () => `GA1.2.${digits(10)}.${digits(10)}`])());

  // Hard negatives.
  const uuid = () => uniq(() => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`);
  const sha = () => uniq(() => hex(40));
  const sha256 = () => uniq(() => hex(64));
  const version = () => uniq(() => `${int(1, 19)}.${int(0, 40)}.${int(0, 60)}`);
  const ts = () => uniq(() => `2026-${String(int(1, 11)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}T${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}.${digits(3)}Z`);
  const orderId = () => uniq(() => pick([() => `ord_${alnum(14)}`, () => `INV-2026-${digits(6)}`, () => `PO${digits(8)}`, () => `TKT-${int(10000, 99999)}`, () => `cus_${alnum(14)}`])());
  const host = () => uniq(() => `${pick(['api', 'edge', 'worker', 'billing', 'auth', 'search'])}-${int(1, 40)}.${pick(['eu-west-1', 'us-east-2', 'ap-south-1'])}.svc.${pick(['parcelwise', 'ledgerline', 'tallyhq', 'stackfold'])}.internal`);
  const pubKey = () => uniq(() => pick([() => `pk_live_${alnum(48)}`, () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(43)}`, () => `pk.eyJ${b64url(40)}`])());
  const trackNo = () => uniq(() => `1Z${upper(2)}${digits(14)}`);

  return { int, pick, hex, digits, upper, lower, alnum, b64, b64url, chance, first, last, name, email, username, phone, ipv4, ipv6, card, iban, nationalId, address, dob, geo, token, jwt, apiKey, password, pem, otherSecret, cookieVal, uuid, sha, sha256, version, ts, orderId, host, pubKey, trackNo, luhnDigit };
}
