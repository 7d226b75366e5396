// Deterministic generators of realistic planted values for the labelled corpus.

/** Small seeded PRNG (mulberry32) so the corpus is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Luhn sum of `digits`, doubling every second digit from the right (offset 0: the last digit is doubled). */
function luhnSum(digits: string, offset: 0 | 1): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === offset) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

export class Values {
  readonly #rnd: () => number;
  constructor(seed: number) {
    this.#rnd = prng(seed);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.#rnd() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(0, list.length - 1)]!;
  }

  chars(n: number, alphabet: string): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)];
    return s;
  }

  hex(n: number): string {
    return this.chars(n, '0123456789abcdef');
  }

  b64url(n: number): string {
    return this.chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
  }

  alnum(n: number): string {
    return this.chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
  }

  firstName(): string {
    return this.pick(['Annabel', 'Bartholomew', 'Chiamaka', 'Dmitri', 'Eleonora', 'Fumiko', 'Gwendolyn', 'Horatio', 'Ingeborg', 'Jaroslav', 'Kalinda', 'Leopold']);
  }

  lastName(): string {
    return this.pick(['Okafor', 'Lindqvist', 'Castellanos', 'Wojciechowski', 'Nakamura', 'Abernathy', 'Fitzgerald', 'Hernández', 'Van der Berg', 'Mbeki']);
  }

  fullName(): string {
    return `${this.firstName()} ${this.lastName()}`;
  }

  email(i: number): string {
    const local = `${this.firstName().toLowerCase()}.${this.lastName().toLowerCase().replace(/[^a-z]/g, '')}${i}`;
    return `${local}@${this.pick(['example.com', 'mail.example.org', 'corp.example.net', 'example.co.uk'])}`;
  }

  ipv4(): string {
    return `${this.pick([203, 198, 192, 81, 94, 145])}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }

  ipv6(): string {
    return `2001:db8:${this.hex(4).replace(/^0+/, '') || '1'}:${this.hex(3)}1::${this.hex(3)}2`;
  }

  phoneIntl(): string {
    return this.pick([
      () => `+44 20 ${this.int(7000, 7999)} ${this.int(1000, 9999)}`,
      () => `+49 151 ${this.int(1000000, 9999999)}`,
      () => `+1 (415) ${this.int(200, 999)}-${this.int(1000, 9999)}`,
      () => `+33 6 ${this.int(10, 99)} ${this.int(10, 99)} ${this.int(10, 99)} ${this.int(10, 99)}`,
    ])();
  }

  phoneNanp(): string {
    return `(${this.int(201, 989)}) ${this.int(200, 999)}-${this.int(1000, 9999)}`;
  }

  /** A Luhn-valid card number, grouped with spaces, dashes or not at all. */
  card(): string {
    const prefix = this.pick(['4', '51', '52', '55', '2221', '37', '6011']);
    const length = prefix === '37' ? 15 : 16;
    let body = prefix;
    while (body.length < length - 1) body += String(this.int(0, 9));
    const sum = luhnSum(body, 0);
    const digits = body + String((10 - (sum % 10)) % 10);
    const sep = this.pick(['', ' ', '-']);
    return sep === '' ? digits : digits.match(/.{1,4}/g)!.join(sep);
  }

  /** A 16-digit number that fails Luhn (order numbers, tracking ids): must be kept. */
  nonLuhn16(): string {
    for (;;) {
      const n = '4' + String(this.int(100000000, 999999999)) + String(this.int(100000, 999999));
      if (luhnSum(n, 1) % 10 !== 0) return n;
    }
  }

  /** A mod-97-valid German or British IBAN, grouped in fours. */
  iban(): string {
    const country = this.pick(['DE', 'GB']);
    const bban =
      country === 'DE'
        ? String(this.int(10000000, 99999999)) + String(this.int(1000000000, 9999999999))
        : 'NWBK' + String(this.int(100000, 999999)) + String(this.int(10000000, 99999999));
    const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    let rem = 0;
    for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
    const check = String(98 - rem).padStart(2, '0');
    return (country + check + bban).match(/.{1,4}/g)!.join(' ');
  }

  ssn(): string {
    return `${this.int(1, 665).toString().padStart(3, '0')}-${this.int(1, 99).toString().padStart(2, '0')}-${this.int(1, 9999).toString().padStart(4, '0')}`;
  }

  jwt(): string {
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', kid: this.hex(8) })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: this.hex(12), iat: 1763700000 + this.int(0, 99999) })).toString('base64url');
    return `${header}.${payload}.${this.b64url(86)}`;
  }

  password(): string {
    return `${this.pick(['Tr0ub4dor', 'Sunset', 'Kangaroo', 'Quantum'])}-${this.alnum(6)}!${this.int(10, 99)}`;
  }

  cloudKey(): string {
    return this.pick([
      () => `AKIA${this.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
      () => `ghp_${this.alnum(36)}`,
      () => `sk_live_${this.alnum(24)}`,
      () => `xoxb-${this.int(100000000, 999999999)}-${this.alnum(24)}`,
      () => `AIza${this.b64url(35)}`,
      () => `glpat-${this.alnum(20)}`,
    ])();
  }

  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-a${this.hex(3)}-${this.hex(12)}`;
  }

  isoTime(): string {
    return `2026-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}T${String(this.int(0, 23)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')}.${this.int(100, 999)}Z`;
  }

  semver(): string {
    return `${this.int(0, 12)}.${this.int(0, 40)}.${this.int(0, 30)}`;
  }

  price(): string {
    return this.pick(['$', '€', '£']) + `${this.int(1, 2999)}.${String(this.int(0, 99)).padStart(2, '0')}`;
  }

  dob(): string {
    return `${this.int(1940, 2005)}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
  }

  street(): string {
    return `${this.int(1, 999)} ${this.pick(['Harbour', 'Linden', 'Quarry', 'Beacon', 'Orchard'])} ${this.pick(['Road', 'Lane', 'Avenue', 'Close'])}`;
  }

  userAgent(): string {
    return this.pick([
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${this.int(110, 131)}.0.0.0 Safari/537.36`,
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${this.int(0, 6)} Safari/605.1.15`,
      `okhttp/4.${this.int(9, 12)}.${this.int(0, 3)}`,
      `curl/8.${this.int(0, 11)}.${this.int(0, 1)}`,
    ]);
  }
}
