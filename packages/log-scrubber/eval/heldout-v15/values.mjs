// Value factories with real check digits. Deterministic: every draw comes from one seeded PRNG.
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

export function makeValues(seed) {
  const rnd = mulberry32(seed);
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const chance = (p) => rnd() < p;
  const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
  const fromSet = (set, n) => Array.from({ length: n }, () => set[int(0, set.length - 1)]).join('');
  const HEX = '0123456789abcdef';
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64 = ALNUM + '+/';
  const B64U = ALNUM + '-_';
  const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const hex = (n) => fromSet(HEX, n);
  const alnum = (n) => fromSet(ALNUM, n);
  const b64 = (n) => fromSet(B64, n);
  const b64u = (n) => fromSet(B64U, n);
  const upper = (n) => fromSet(UPPER, n);
  const pad = (n, w) => String(n).padStart(w, '0');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  const iso = () => `2026-${pad(int(1, 11), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${pad(int(0, 999), 3)}Z`;
  const epochMs = () => 1767225600000 + int(0, 28000000) * 1000;
  const traceId = () => hex(32);
  const spanId = () => hex(16);

  // ---- people -------------------------------------------------------------------------------
  const NAMES = {
    de: [['Lukas', 'Jonas', 'Annika', 'Friederike', 'Jürgen', 'Sabine', 'Maximilian', 'Hannelore'], ['Schmidt', 'Müller', 'Weißenborn', 'Hoffmann', 'Köhler', 'Brandstätter', 'Schäfer', 'Vogelsang']],
    fr: [['Élodie', 'Mathieu', 'Camille', 'Benoît', 'Océane', 'François', 'Margaux', 'Thibault'], ['Lefèvre', 'Dubois', 'Moreau', 'Girard', 'Rousseau', 'Fontaine', 'Chevalier', 'Lemaître']],
    es: [['Lucía', 'Javier', 'Inmaculada', 'Álvaro', 'Nerea', 'Sergio', 'Rocío', 'Íñigo'], ['García Ruiz', 'Fernández', 'Martínez Ortega', 'Navarro', 'Iglesias', 'Domínguez', 'Castaño', 'Peña']],
    pt: [['João', 'Ana Beatriz', 'Thiago', 'Luíza', 'Gonçalo', 'Fernanda', 'Rodrigo', 'Conceição'], ['da Silva', 'Oliveira', 'Santos Pereira', 'Carvalho', 'Gonçalves', 'Rodrigues', 'Araújo', 'Magalhães']],
    it: [['Giulia', 'Alessandro', 'Chiara', 'Niccolò', 'Francesca', 'Matteo', 'Beatrice', 'Lorenzo'], ['Rossi', 'Bianchi', 'Esposito', 'Ferrari', 'Colombo', 'Ricci', 'Marino', 'Greco']],
    nl: [['Sanne', 'Daan', 'Femke', 'Joris', 'Lieke', 'Bram', 'Anouk', 'Thijs'], ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'van Dijk', 'Mulder']],
    sv: [['Astrid', 'Erik', 'Linnéa', 'Oskar', 'Ingrid', 'Nils', 'Saga', 'Björn'], ['Lindqvist', 'Johansson', 'Åberg', 'Nyström', 'Sjöberg', 'Karlsson', 'Öberg', 'Hedlund']],
    no: [['Ingvild', 'Håkon', 'Solveig', 'Eirik', 'Ragnhild', 'Sindre'], ['Haugen', 'Bakke', 'Solberg', 'Kristiansen', 'Strand', 'Løvås']],
    da: [['Mette', 'Søren', 'Freja', 'Mads', 'Ida', 'Rasmus'], ['Jørgensen', 'Nielsen', 'Kjærgaard', 'Rasmussen', 'Østergaard', 'Mikkelsen']],
    fi: [['Aino', 'Juha', 'Elina', 'Mikko', 'Sanni', 'Teemu'], ['Virtanen', 'Mäkinen', 'Korhonen', 'Hämäläinen', 'Nieminen', 'Järvinen']],
    pl: [['Małgorzata', 'Krzysztof', 'Agnieszka', 'Paweł', 'Zofia', 'Grzegorz', 'Katarzyna', 'Łukasz'], ['Kowalczyk', 'Wiśniewska', 'Nowak', 'Wójcik', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Lewandowska']],
    en: [['Olivia', 'Harry', 'Siobhan', 'Callum', 'Priya', 'Marcus', 'Eleanor', 'DeShawn'], ['Whitfield', 'Okafor', 'McAllister', 'Thornbury', 'Patel-Hughes', "O'Sullivan", 'Brennan', 'Ashworth']],
    in: [['Aarav', 'Priyanka', 'Rohit', 'Sneha', 'Vikram', 'Ananya', 'Karthik', 'Deepika'], ['Sharma', 'Iyer', 'Reddy', 'Banerjee', 'Kulkarni', 'Chaudhary', 'Menon', 'Nair']],
  };
  const NONLATIN = ['山田 太郎', '佐藤 花子', '鈴木 一郎', '高橋 美咲', '渡辺 健太', 'राहुल शर्मा', 'प्रिया वर्मा', 'अनिल कुमार', 'Ирина Петрова', 'Алексей Смирнов', 'Ольга Кузнецова', 'Γιώργος Παπαδόπουλος', 'Ελένη Κωνσταντίνου', 'محمد العلي', 'فاطمة الزهراء', 'سارة حداد', 'キム ミンジュン', '田中 さくら'];
  const JP = [['山田 太郎', 'ヤマダ タロウ'], ['佐藤 花子', 'サトウ ハナコ'], ['鈴木 一郎', 'スズキ イチロウ'], ['高橋 美咲', 'タカハシ ミサキ'], ['渡辺 健太', 'ワタナベ ケンタ'], ['田中 さくら', 'タナカ サクラ'], ['伊藤 翔', 'イトウ ショウ'], ['中村 由美', 'ナカムラ ユミ']];
  const name = (loc) => {
    if (loc === 'jp') return pick(JP)[0];
    if (loc === 'nonlatin') return pick(NONLATIN);
    const [f, l] = NAMES[loc ?? pick(Object.keys(NAMES))];
    return `${pick(f)} ${pick(l)}`;
  };
  const jpPair = () => pick(JP);
  const anyName = () => (chance(0.2) ? pick(NONLATIN) : name());
  const translit = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/['\s]+/g, '.').toLowerCase();
  const DOMAINS = ['gmail.com', 'web.de', 'gmx.de', 'orange.fr', 'free.fr', 'outlook.com', 'hotmail.co.uk', 'yahoo.com.br', 'uol.com.br', 'rediffmail.com', 'yahoo.co.jp', 'telia.com', 'online.no', 'wp.pl', 'libero.it', 'ziggo.nl', 'icloud.com', 'proton.me'];
  const email = (n) => {
    const base = n && /^[\p{Script=Latin}\s'.-]+$/u.test(n) ? translit(n) : `${pick(['kunde', 'user', 'cliente', 'taro', 'priya', 'ola'])}${int(10, 9999)}`;
    return `${base}${chance(0.3) ? int(1, 99) : ''}@${pick(DOMAINS)}`;
  };
  const USERS = ['mkowalczyk', 'jschaefer', 'elefevre', 'anavarro', 'tsilva', 'gbianchi', 'svisser', 'alindqvist', 'hhaugen', 'mjorgensen', 'avirtanen', 'owhitfield', 'rsharma', 'tyamada', 'dokafor', 'pbrennan', 'kreddy', 'lmagalhaes'];
  const username = () => pick(USERS) + (chance(0.3) ? int(1, 9) : '');

  // ---- dates ----------------------------------------------------------------------------------
  const birth = () => ({ y: int(1941, 2005), m: int(1, 12), d: int(1, 28) });
  const dobFmt = (b, style) => {
    const { y, m, d } = b;
    switch (style) {
      case 'de': return `${pad(d, 2)}.${pad(m, 2)}.${y}`;
      case 'us': return `${pad(m, 2)}/${pad(d, 2)}/${y}`;
      case 'eu': return `${pad(d, 2)}/${pad(m, 2)}/${y}`;
      case 'jp': return `${y}年${m}月${d}日`;
      case 'dash': return `${pad(d, 2)}-${pad(m, 2)}-${y}`;
      case 'hl7': return `${y}${pad(m, 2)}${pad(d, 2)}`;
      default: return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    }
  };

  // ---- national ids -----------------------------------------------------------------------------
  const deTaxId = () => {
    for (;;) {
      const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].sort(() => rnd() - 0.5);
      const ds = pool.slice(0, 9);
      ds.push(ds[int(0, 8)]);
      for (let i = ds.length - 1; i > 0; i--) { const j = int(0, i); [ds[i], ds[j]] = [ds[j], ds[i]]; }
      if (ds[0] === 0) continue;
      let product = 10;
      for (const d of ds) { let s = (d + product) % 10; if (s === 0) s = 10; product = (s * 2) % 11; }
      let c = 11 - product; if (c === 10) c = 0;
      return ds.join('') + c;
    }
  };
  const deSvnr = (b, surname) => {
    const area = pick(['12', '13', '15', '24', '28', '38', '53', '65']);
    const dob = `${pad(b.d, 2)}${pad(b.m, 2)}${pad(b.y % 100, 2)}`;
    const letter = translit(surname).replace(/[^a-z]/g, '')[0].toUpperCase();
    const serial = pad(int(0, 49), 2);
    const nums = (area + dob + pad(letter.charCodeAt(0) - 64, 2) + serial).split('').map(Number);
    const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
    const sum = nums.reduce((a, d, i) => a + String(d * w[i]).split('').reduce((x, y) => x + +y, 0), 0);
    return `${area}${dob}${letter}${serial}${sum % 10}`;
  };
  const frNir = (b) => {
    const sex = int(1, 2);
    const body = `${sex}${pad(b.y % 100, 2)}${pad(b.m, 2)}${pick(['75', '69', '13', '33', '59', '31', '44', '67'])}${pad(int(1, 400), 3)}${pad(int(1, 999), 3)}`;
    const key = 97 - Number(BigInt(body) % 97n);
    return { compact: body + pad(key, 2), spaced: `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${pad(key, 2)}` };
  };
  const DNI_L = 'TRWAGMYFPDXBNJZSQVHLCKE';
  const esDni = () => { const n = int(10000000, 79999999); return `${n}${DNI_L[n % 23]}`; };
  const esNie = () => { const p = int(0, 2); const n = pad(int(0, 9999999), 7); return `${'XYZ'[p]}${n}${DNI_L[Number(`${p}${n}`) % 23]}`; };
  const itCf = (first, last, b, female) => {
    const cons = (s) => translit(s).replace(/[^a-z]/g, '').toUpperCase().replace(/[AEIOU]/g, '');
    const vow = (s) => translit(s).replace(/[^a-z]/g, '').toUpperCase().replace(/[^AEIOU]/g, '');
    const part = (s, isFirst) => { let c = cons(s); if (isFirst && c.length >= 4) c = c[0] + c[2] + c[3]; return (c + vow(s) + 'XXX').slice(0, 3); };
    const body = `${part(last)}${part(first, true)}${pad(b.y % 100, 2)}${'ABCDEHLMPRST'[b.m - 1]}${pad(b.d + (female ? 40 : 0), 2)}${pick(['H501', 'F205', 'L219', 'G273', 'A944', 'D612', 'F839', 'C351'])}`;
    const ODD = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };
    let s = 0;
    for (let i = 0; i < 15; i++) { const ch = body[i]; s += i % 2 === 0 ? ODD[ch] : (/\d/.test(ch) ? +ch : ch.charCodeAt(0) - 65); }
    return body + String.fromCharCode(65 + (s % 26));
  };
  const nlBsn = () => {
    for (;;) {
      const d = [int(1, 9), ...Array.from({ length: 7 }, () => int(0, 9))];
      const s = d.reduce((a, x, i) => a + x * (9 - i), 0);
      const last = s % 11;
      if (last > 9) continue;
      return d.join('') + last;
    }
  };
  const luhnDigit = (s) => { let sum = 0; for (let i = 0; i < s.length; i++) { let d = +s[s.length - 1 - i]; if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; } sum += d; } return (10 - (sum % 10)) % 10; };
  const sePnr = (b) => { const base = `${pad(b.y % 100, 2)}${pad(b.m, 2)}${pad(b.d, 2)}${pad(int(0, 999), 3)}`; return `${base.slice(0, 6)}${b.y >= 2000 ? '+' : '-'}${base.slice(6)}${luhnDigit(base)}`.replace('+', '-'); };
  const sePnr12 = (b) => { const base = `${pad(b.y % 100, 2)}${pad(b.m, 2)}${pad(b.d, 2)}${pad(int(0, 999), 3)}`; return `${b.y}${base.slice(2, 6)}-${base.slice(6)}${luhnDigit(base)}`; };
  const dkCpr = (b) => {
    for (;;) {
      const s = `${pad(b.d, 2)}${pad(b.m, 2)}${pad(b.y % 100, 2)}${pad(int(0, 999), 3)}`;
      const w = [4, 3, 2, 7, 6, 5, 4, 3, 2];
      const r = s.split('').reduce((a, x, i) => a + +x * w[i], 0) % 11;
      const c = r === 0 ? 0 : 11 - r;
      if (c === 10) continue;
      return `${s.slice(0, 6)}-${s.slice(6)}${c}`;
    }
  };
  const fiHetu = (b) => { const n = pad(int(2, 899), 3); const s = `${pad(b.d, 2)}${pad(b.m, 2)}${pad(b.y % 100, 2)}`; return `${s}${b.y >= 2000 ? 'A' : '-'}${n}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(s + n) % 31]}`; };
  const noFnr = (b) => {
    for (;;) {
      const s = `${pad(b.d, 2)}${pad(b.m, 2)}${pad(b.y % 100, 2)}${pad(b.y >= 2000 ? int(500, 999) : int(0, 499), 3)}`.split('').map(Number);
      const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]; const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
      let k1 = 11 - (s.reduce((a, x, i) => a + x * w1[i], 0) % 11); if (k1 === 11) k1 = 0; if (k1 === 10) continue;
      const s2 = [...s, k1];
      let k2 = 11 - (s2.reduce((a, x, i) => a + x * w2[i], 0) % 11); if (k2 === 11) k2 = 0; if (k2 === 10) continue;
      return s2.join('') + k2;
    }
  };
  const plPesel = (b) => {
    const mm = b.m + (b.y >= 2000 ? 20 : 0);
    const s = `${pad(b.y % 100, 2)}${pad(mm, 2)}${pad(b.d, 2)}${pad(int(0, 9999), 4)}`;
    const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    return s + ((10 - (s.split('').reduce((a, x, i) => a + +x * w[i], 0) % 10)) % 10);
  };
  const ukNino = () => {
    const A = 'ABCEGHJKLMNPRSTWXYZ'; const B = 'ABCEGHJKLMNPRSTWXYZ';
    for (;;) { const p = pick(A.split('')) + pick(B.split('')); if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p)) continue; const d = digits(6); return { compact: `${p}${d}${pick(['A', 'B', 'C', 'D'])}`, get spaced() { return `${this.compact.slice(0, 2)} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${this.compact[8]}`; } }; }
  };
  const nhs = () => {
    for (;;) { const d = Array.from({ length: 9 }, () => int(0, 9)); d[0] = int(4, 7); const r = d.reduce((a, x, i) => a + x * (10 - i), 0) % 11; let c = 11 - r; if (c === 11) c = 0; if (c === 10) continue; const s = d.join('') + c; return { compact: s, spaced: `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}` }; }
  };
  const usSsn = () => { let a; do { a = int(1, 899); } while (a === 666); return `${pad(a, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`; };
  const brCpf = () => {
    const d = Array.from({ length: 9 }, () => int(0, 9));
    if (new Set(d).size === 1) d[0] = (d[0] + 1) % 10;
    const c = (arr) => { const n = arr.length + 1; const r = (arr.reduce((a, x, i) => a + x * (n - i), 0) * 10) % 11; return r === 10 ? 0 : r; };
    d.push(c(d)); d.push(c(d));
    const s = d.join('');
    return { compact: s, formatted: `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` };
  };
  const VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
  const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 0, 7, 6, 8], [4, 2, 8, 9, 5, 7, 6, 3, 1, 0], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
  const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
  const aadhaar = () => {
    const s = `${int(2, 9)}${digits(10)}`;
    let c = 0; const r = s.split('').reverse().map(Number);
    for (let i = 0; i < r.length; i++) c = VD[c][VP[(i + 1) % 8][r[i]]];
    const full = s + VINV[c];
    return { compact: full, spaced: `${full.slice(0, 4)} ${full.slice(4, 8)} ${full.slice(8)}` };
  };
  const pan = (surname) => `${upper(3)}P${translit(surname).replace(/[^a-z]/g, '')[0].toUpperCase()}${digits(4)}${upper(1)}`;
  const myNumber = () => {
    const s = digits(11);
    const p = s.split('').reverse().map(Number);
    const r = p.reduce((a, x, i) => a + x * (i + 1 <= 6 ? i + 2 : i - 4), 0) % 11;
    const full = s + (r <= 1 ? 0 : 11 - r);
    return { compact: full, spaced: `${full.slice(0, 4)} ${full.slice(4, 8)} ${full.slice(8)}` };
  };

  // ---- banking ----------------------------------------------------------------------------------
  const IBAN_SPEC = {
    DE: () => digits(18), FR: () => { const b = digits(5), g = digits(5), a = digits(11); const key = 97 - Number((89n * BigInt(b) + 15n * BigInt(g) + 3n * BigInt(a)) % 97n); return b + g + a + pad(key, 2); },
    ES: () => { const bank = digits(4), br = digits(4), acct = digits(10); const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; const dc = (s) => { let r = 11 - (s.split('').reduce((a, x, i) => a + +x * w[i], 0) % 11); if (r === 11) r = 0; if (r === 10) r = 1; return r; }; return bank + br + dc(`00${bank}${br}`) + dc(acct) + acct; },
    IT: () => upper(1) + digits(10) + digits(12), NL: () => pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'KNAB']) + digits(10),
    GB: () => pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MONZ', 'SRLG']) + digits(14), SE: () => digits(20), DK: () => digits(14), FI: () => digits(14), NO: () => digits(11),
    PL: () => digits(24), BR: () => digits(23) + pick(['C', 'P']) + '1', BE: () => digits(12), AT: () => digits(16), PT: () => digits(21), IE: () => pick(['AIBK', 'BOFI']) + digits(14), CH: () => digits(17),
  };
  const ibanCheck = (cc, bban) => { const s = (bban + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55)); return pad(98 - Number(BigInt(s) % 97n), 2); };
  const iban = (cc) => { cc ??= pick(Object.keys(IBAN_SPEC)); const bban = IBAN_SPEC[cc](); const c = `${cc}${ibanCheck(cc, bban)}${bban}`; return { compact: c, spaced: c.replace(/(.{4})/g, '$1 ').trim() }; };
  const card = (brand) => {
    brand ??= pick(['visa', 'mc', 'amex', 'jcb', 'elo', 'rupay', 'mc2']);
    const pre = { visa: '4' + digits(5), mc: `5${int(1, 5)}${digits(4)}`, mc2: `22${int(21, 70)}${digits(2)}`, amex: pick(['34', '37']) + digits(4), jcb: `35${int(28, 89)}${digits(2)}`, elo: pick(['636368', '504175', '438935', '451416']), rupay: pick(['608001', '652150', '607384']) }[brand];
    const len = brand === 'amex' ? 15 : 16;
    const body = pre + digits(len - 1 - pre.length);
    const n = body + luhnDigit(body);
    const grouped = brand === 'amex' ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n.replace(/(.{4})/g, '$1 ').trim();
    return { compact: n, grouped, dashed: grouped.replace(/ /g, '-'), brand };
  };

  // ---- phones / addresses / geo / ip ----------------------------------------------------------
  const phone = (cc) => {
    cc ??= pick(['de', 'fr', 'uk', 'us', 'br', 'in', 'jp', 'se', 'pl', 'nl', 'it', 'es', 'no', 'dk', 'fi']);
    const f = {
      de: () => pick([`+49 1${pick(['51', '60', '70', '76'])} ${digits(8)}`, `01${pick(['52', '62', '72', '77'])} ${digits(7)}`, `+49 (0)30 ${digits(3)} ${digits(4)}`, `089/${digits(7)}`]),
      fr: () => { const d = () => pad(int(10, 99), 2); return pick([`+33 6 ${d()} ${d()} ${d()} ${d()}`, `07 ${d()} ${d()} ${d()} ${d()}`, `+33 (0)1 ${d()} ${d()} ${d()} ${d()}`, `06.${d()}.${d()}.${d()}.${d()}`]); },
      uk: () => pick([`+44 7${int(400, 999)} ${digits(6)}`, `07${int(400, 999)} ${digits(6)}`, `020 7${digits(3)} ${digits(4)}`, `+44 (0)161 ${digits(3)} ${digits(4)}`]),
      us: () => pick([`(${int(201, 989)}) ${int(200, 989)}-${digits(4)}`, `+1 ${int(201, 989)}-${int(200, 989)}-${digits(4)}`, `${int(201, 989)}.${int(200, 989)}.${digits(4)}`]),
      br: () => pick([`+55 11 9${digits(4)}-${digits(4)}`, `(21) 9${digits(4)}-${digits(4)}`, `+55 (31) 9${digits(4)}-${digits(4)}`]),
      in: () => pick([`+91 ${int(70, 99)}${digits(3)} ${digits(5)}`, `+91-${int(7, 9)}${digits(9)}`, `0${int(70, 99)}${digits(8)}`]),
      jp: () => pick([`090-${digits(4)}-${digits(4)}`, `+81 80-${digits(4)}-${digits(4)}`, `03-${digits(4)}-${digits(4)}`, `+81 (0)70 ${digits(4)} ${digits(4)}`]),
      se: () => pick([`070-${digits(3)} ${digits(2)} ${digits(2)}`, `+46 73 ${digits(3)} ${digits(2)} ${digits(2)}`, `08-${digits(3)} ${digits(3)} ${digits(2)}`]),
      pl: () => pick([`+48 ${int(500, 799)} ${digits(3)} ${digits(3)}`, `${int(500, 799)}-${digits(3)}-${digits(3)}`]),
      nl: () => pick([`06-${digits(8)}`, `+31 6 ${digits(4)} ${digits(4)}`, `020-${digits(3)} ${digits(4)}`]),
      it: () => pick([`+39 3${int(20, 49)} ${digits(7)}`, `3${int(20, 49)} ${digits(3)} ${digits(4)}`]),
      es: () => pick([`+34 6${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `6${digits(2)} ${digits(3)} ${digits(3)}`]),
      no: () => pick([`+47 4${digits(2)} ${digits(2)} ${digits(3)}`, `9${digits(2)} ${digits(2)} ${digits(3)}`]),
      dk: () => pick([`+45 ${int(20, 60)} ${digits(2)} ${digits(2)} ${digits(2)}`, `${int(20, 60)} ${digits(2)} ${digits(2)} ${digits(2)}`]),
      fi: () => pick([`+358 40 ${digits(7)}`, `050 ${digits(3)} ${digits(4)}`]),
    }[cc];
    return f();
  };
  const e164 = (p) => (p.startsWith('+') ? '+' + p.replace(/\D/g, '') : p.replace(/\D/g, ''));
  const address = (cc) => {
    cc ??= pick(['de', 'fr', 'uk', 'us', 'br', 'in', 'jp', 'se', 'it', 'es', 'nl', 'pl', 'no', 'dk', 'fi']);
    const n = int(1, 180);
    return {
      de: () => `${pick(['Lindenstraße', 'Am Kirchberg', 'Schillerweg', 'Hauptstr.', 'Goethestraße', 'Rosenheimer Str.'])} ${n}${pick(['', 'a', 'b'])}, ${pad(int(10115, 99998), 5)} ${pick(['Leipzig', 'Köln', 'München', 'Hamburg', 'Bielefeld', 'Freiburg im Breisgau'])}`,
      fr: () => `${n} ${pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse du Moulin', 'rue de la République'])}, ${pad(int(1000, 95999), 5)} ${pick(['Lyon', 'Nantes', 'Toulouse', 'Montreuil', 'Lille'])}`,
      uk: () => `${n} ${pick(['Acacia Avenue', 'Station Road', 'Victoria Crescent', 'Mill Lane', 'Church Street'])}, ${pick(['Leeds LS6 2AB', 'Bristol BS8 4QY', 'Manchester M14 5RT', 'Glasgow G12 8QQ', 'Cardiff CF24 3AA'])}`,
      us: () => `${int(100, 9999)} ${pick(['Maple Ave', 'W 34th St', 'Oak Ridge Dr', 'Elm Street', 'Sunset Blvd'])}${pick(['', ' Apt 4B', ' Unit 12', ' #305'])}, ${pick(['Austin, TX 78704', 'Columbus, OH 43215', 'Portland, OR 97205', 'Newark, NJ 07102', 'Tampa, FL 33602'])}`,
      br: () => `${pick(['Rua Augusta', 'Av. Paulista', 'Rua das Laranjeiras', 'Av. Afonso Pena', 'Rua XV de Novembro'])}, ${n}${pick(['', ', apto 42', ', bloco B ap 103'])} - ${pick(['Consolação, São Paulo - SP, 01305-000', 'Laranjeiras, Rio de Janeiro - RJ, 22240-003', 'Centro, Curitiba - PR, 80020-310', 'Funcionários, Belo Horizonte - MG, 30130-009'])}`,
      in: () => `${pick(['Flat', 'House No.', 'Plot'])} ${n}, ${pick(['Sai Residency', 'Green Park Apartments', 'Shanti Nagar', 'Lotus Enclave'])}, ${pick(['MG Road, Bengaluru 560001', 'Andheri East, Mumbai 400069', 'Banjara Hills, Hyderabad 500034', 'Salt Lake Sector V, Kolkata 700091', 'Anna Nagar, Chennai 600040'])}`,
      jp: () => `〒${int(100, 999)}-${pad(int(1, 9999), 4)} ${pick(['東京都渋谷区神宮前', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '京都府京都市左京区', '福岡県福岡市中央区天神'])}${int(1, 6)}-${int(1, 30)}-${int(1, 20)}`,
      se: () => `${pick(['Storgatan', 'Drottninggatan', 'Västra Hamngatan', 'Kungsvägen', 'Ringvägen'])} ${n}, ${int(100, 989)} ${pad(int(10, 99), 2)} ${pick(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Umeå'])}`,
      it: () => `${pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Piazza Cavour', 'Via dei Mille', 'Viale Monza'])} ${n}, ${pad(int(10100, 98100), 5)} ${pick(['Torino TO', 'Napoli NA', 'Bologna BO', 'Firenze FI', 'Milano MI'])}`,
      es: () => `${pick(['Calle de Alcalá', 'Carrer de Mallorca', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de Gracia'])} ${n}, ${int(1, 8)}º ${pick(['A', 'B', 'Izda', 'Dcha'])}, ${pad(int(1001, 50999), 5)} ${pick(['Madrid', 'Barcelona', 'Sevilla', 'Valencia', 'Zaragoza'])}`,
      nl: () => `${pick(['Prinsengracht', 'Oudegracht', 'Kerkstraat', 'Stationsweg', 'Lange Voorhout'])} ${n}${pick(['', '-II', 'A'])}, ${int(1011, 9999)} ${pick(['AB', 'KL', 'RT', 'ZX'])} ${pick(['Utrecht', 'Rotterdam', 'Den Haag', 'Groningen', 'Eindhoven'])}`,
      pl: () => `ul. ${pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Grunwaldzka', 'Świętokrzyska'])} ${n}/${int(1, 60)}, ${pad(int(0, 99), 2)}-${pad(int(1, 999), 3)} ${pick(['Warszawa', 'Łódź', 'Kraków', 'Gdańsk', 'Wrocław'])}`,
      no: () => `${pick(['Storgata', 'Bogstadveien', 'Kirkegata', 'Thorvald Meyers gate'])} ${n}, ${pad(int(150, 9990), 4)} ${pick(['Oslo', 'Bergen', 'Trondheim', 'Stavanger'])}`,
      dk: () => `${pick(['Nørrebrogade', 'Vesterbrogade', 'Strøget', 'Østerbrogade'])} ${n}, ${int(1, 4)}. ${pick(['th', 'tv', 'mf'])}, ${int(1000, 9990)} ${pick(['København N', 'Aarhus C', 'Odense C', 'Aalborg'])}`,
      fi: () => `${pick(['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Kauppakatu'])} ${n} ${pick(['A', 'B', 'C'])} ${int(1, 40)}, ${pad(int(100, 99990), 5)} ${pick(['Helsinki', 'Tampere', 'Turku', 'Oulu'])}`,
    }[cc]();
  };
  const geo = () => {
    const [la, lo] = pick([[52.52, 13.405], [48.8566, 2.3522], [51.5072, -0.1276], [40.7128, -74.006], [-23.5505, -46.6333], [19.076, 72.8777], [35.6762, 139.6503], [59.3293, 18.0686], [60.1699, 24.9384], [59.9139, 10.7522], [55.6761, 12.5683], [52.2297, 21.0122], [41.9028, 12.4964], [40.4168, -3.7038], [52.3676, 4.9041], [12.9716, 77.5946], [-22.9068, -43.1729]]);
    // a trailing zero would vanish once the number is written as a JSON number
    const f = (x) => { for (;;) { const s = (x + (rnd() - 0.5) * 0.2).toFixed(6); if (!s.endsWith('0')) return s; } };
    return { lat: f(la), lng: f(lo) };
  };
  const ipv4 = () => pick([() => `${int(31, 223)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, () => `203.0.113.${int(1, 254)}`, () => `198.51.100.${int(1, 254)}`, () => `${pick(['81', '84', '89', '91', '177', '189', '49', '106', '126', '153', '78', '83'])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`])();
  const ipv6 = () => {
    const g = () => hex(int(1, 4)).replace(/^0+(?=.)/, '');
    if (chance(0.5)) return `2${hex(3)}:${Array.from({ length: 7 }, g).join(':')}`;
    const head = Array.from({ length: int(2, 4) }, g); const tail = Array.from({ length: int(1, 3) }, g);
    return `2a0${int(0, 9)}:${head.slice(1).join(':')}${head.length > 1 ? ':' : ''}:${tail.join(':')}`;
  };
  const ip = () => (chance(0.7) ? ipv4() : ipv6());

  // ---- secrets ------------------------------------------------------------------------------------
  const password = () => pick([
    () => `${pick(['Sommer', 'Winter', 'Herbst', 'Primavera', 'Soleil', 'Sakura', 'Fjord', 'Lato', 'Verano'])}${pick(['!', '#', '$', '_'])}${int(2019, 2027)}${pick(['', '?', '!!'])}`,
    () => `${alnum(6)}${pick(['!', '%', '&', '*', '@'])}${alnum(6)}`,
    () => `${pick(['Tr0ub4dor', 'Kennwort', 'Senha', 'Mot2Passe', 'Lösen0rd', 'Hasło'])}&${digits(3)}${pick(['x', 'Q', 'z'])}`,
    () => `${b64u(20)}`,
  ])();
  const passphrase = () => Array.from({ length: 4 }, () => pick(['lantern', 'quokka', 'marmelade', 'fjordhest', 'cerisier', 'abacaxi', 'tornado', 'sakurambo', 'kiwifruit', 'pinguino', 'velocipede', 'gardenhose', 'moonrise', 'tuliptree', 'zebrafish', 'harbourlight'])).join(' ');
  const jwt = () => { const h = Buffer.from(JSON.stringify({ alg: pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: hex(8) })).toString('base64url'); const p = Buffer.from(JSON.stringify({ sub: uuid(), iss: pick(['https://login.example-idp.eu', 'https://auth.neobank.app']), exp: 1767225600 + int(0, 9999999), scope: 'openid profile' })).toString('base64url'); return `${h}.${p}.${b64u(43)}`; };
  const token = () => pick([jwt, () => `ghp_${alnum(36)}`, () => `xoxb-${digits(12)}-${digits(13)}-${alnum(24)}`, () => `npm_${alnum(36)}`, () => `ya29.${b64u(60)}`, () => `glpat-${b64u(20)}`, () => `${b64u(43)}`, () => `EAAG${alnum(60)}`])();
  const apiKey = () => pick([() => `sk_live_${alnum(24)}`, () => `rk_live_${alnum(24)}`, () => `AKIA${upper(16).replace(/[^A-Z2-7]/g, 'Q')}`, () => `AIza${b64u(35)}`, () => `SG.${b64u(22)}.${b64u(43)}`, () => `SK${hex(32)}`, () => `sk-proj-${b64u(48)}`, () => `pk_${hex(32)}`, () => `key-${hex(32)}`])();
  const pem = (kind) => {
    const label = kind ?? pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
    const lines = Array.from({ length: int(4, 9) }, () => b64(64));
    lines.push(b64(int(20, 60)) + pick(['', '=', '==']));
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
  };
  const webhookSecret = () => pick([() => `whsec_${b64(32)}`, () => hex(64), () => `${b64(43)}=`]);
  const otherSecret = () => pick([() => `whsec_${b64(32)}`, () => fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32), () => `${b64(43)}=`, () => hex(64), () => `${alnum(5)}-${alnum(5)}`.toLowerCase()])();
  const totpSeed = () => fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
  const cookieVal = () => pick([() => b64u(32), () => `s%3A${b64u(24)}.${b64u(43)}`, () => `GA1.2.${int(100000000, 999999999)}.${int(1700000000, 1767000000)}`, () => hex(32), () => `${uuid()}`, () => `fb.1.${epochMs()}.${int(100000000, 999999999)}`])();

  // ---- keeps (business identifiers and codes) ------------------------------------------------------
  const keepers = {
    claim: () => pick([`CLM-${int(2023, 2026)}-${pad(int(1, 999999), 6)}`, `SIN${int(2024, 2026)}${pad(int(1, 99999), 5)}`, `C-${upper(2)}-${pad(int(1, 9999999), 7)}`]),
    policy: () => pick([`POL-${pick(['DE', 'FR', 'UK', 'BR', 'IN', 'SE'])}-${pad(int(1, 9999999), 7)}`, `AP${pad(int(1, 99999999), 8)}/${int(1, 9)}`, `HLTH-${int(2025, 2026)}-${upper(3)}${int(100, 999)}`]),
    order: () => pick([`ORD-${hex(8).toUpperCase()}`, `${int(100, 999)}-${pad(int(1, 9999999), 7)}-${pad(int(1, 9999999), 7)}`, `MP${int(2026, 2026)}${pad(int(1, 99999999), 8)}`]),
    invoice: () => pick([`INV-${int(2025, 2026)}-${pad(int(1, 99999), 5)}`, `RE-${int(2026, 2026)}/${pad(int(1, 9999), 4)}`, `FAC-${upper(2)}-${pad(int(1, 999999), 6)}`]),
    payrun: () => `PR-${int(2025, 2026)}-${pad(int(1, 12), 2)}-${pick(['A', 'B', 'M', 'W'])}${int(1, 4)}`,
    ticket: () => pick([`SUP-${int(10000, 99999)}`, `ZD#${int(100000, 999999)}`, `INC${pad(int(1, 9999999), 7)}`]),
    caseNo: () => pick([`CASE-${pad(int(1, 999999), 6)}`, `AML-${int(2025, 2026)}-${pad(int(1, 9999), 4)}`, `DSAR-${int(2026, 2026)}-${pad(int(1, 9999), 4)}`]),
    batch: () => pick([`BATCH-2026${pad(int(1, 11), 2)}${pad(int(1, 28), 2)}-${pad(int(1, 20), 2)}`, `MSG${hex(10).toUpperCase()}`]),
    icd10: () => pick(['E11.9', 'J45.909', 'I10', 'M54.5', 'F32.1', 'K21.0', 'Z00.00', 'J06.9', 'N39.0', 'E78.5', 'G43.909', 'R51']),
    atc: () => pick(['C09AA05', 'A10BA02', 'N02BE01', 'J01CA04', 'C10AA05', 'R03AC02', 'N06AB06', 'H03AA01']),
    snomed: () => pick(['44054006', '38341003', '195967001', '22298006', '73211009', '233604007', '386661006']),
    bic: () => pick(['DEUTDEFFXXX', 'COBADEFFXXX', 'BNPAFRPPXXX', 'NWBKGB2L', 'ITAUBRSP', 'HDFCINBB', 'MHCBJPJT', 'ESSESESS', 'NDEAFIHH', 'DNBANOKK', 'DABADKKK', 'INGBNL2A', 'BPKOPLPW', 'UNCRITMM', 'CAIXESBB', 'REVOGB21']),
    ifsc: () => pick(['HDFC0001234', 'SBIN0000456', 'ICIC0000789', 'UTIB0002231']),
    currency: () => pick(['EUR', 'GBP', 'USD', 'BRL', 'INR', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'CHF']),
    hl7type: () => pick(['ADT^A04', 'ADT^A08', 'ORM^O01', 'ORU^R01', 'SIU^S12', 'RDE^O11', 'MDM^T02']),
    semver: () => `${int(1, 9)}.${int(0, 30)}.${int(0, 20)}`,
    amount: () => `${int(1, 48000)}.${pad(int(0, 99), 2)}`,
    hospital: () => pick(['Charité – Universitätsmedizin Berlin', 'Hôpital Européen Georges-Pompidou', "Guy's and St Thomas' NHS Foundation Trust", 'Hospital Israelita Albert Einstein', 'Apollo Hospitals Chennai', 'Karolinska Universitetssjukhuset', 'Rigshospitalet', 'Oslo universitetssykehus', 'HUS Helsingin yliopistollinen sairaala', 'Ospedale San Raffaele', 'Hospital Clínic de Barcelona', 'Erasmus MC', 'Szpital Bielański', '聖路加国際病院']),
    bank: () => pick(['Deutsche Bank', 'Commerzbank', 'BNP Paribas', 'NatWest', 'Itaú Unibanco', 'HDFC Bank', 'MUFG Bank', 'SEB', 'Nordea', 'DNB', 'Danske Bank', 'ING', 'PKO Bank Polski', 'UniCredit', 'CaixaBank', 'Revolut']),
    company: () => pick(['Allianz Versicherungs-AG', 'AXA France IARD', 'Aviva plc', 'Porto Seguro S.A.', 'ICICI Lombard', 'Tokio Marine', 'Folksam', 'Tryg Forsikring', 'If P&C Insurance', 'PZU SA', 'Generali Italia', 'Mapfre', 'DHL Paket', 'Chronopost', 'Correios', 'Delhivery', 'Yamato Transport', 'PostNord']),
  };
  return { rnd, int, pick, chance, digits, hex, alnum, b64, b64u, upper, pad, uuid, iso, epochMs, traceId, spanId, name, jpPair, anyName, translit, email, username, birth, dobFmt, deTaxId, deSvnr, frNir, esDni, esNie, itCf, nlBsn, luhnDigit, sePnr, sePnr12, dkCpr, fiHetu, noFnr, plPesel, ukNino, nhs, usSsn, brCpf, aadhaar, pan, myNumber, iban, ibanCheck, card, phone, e164, address, geo, ipv4, ipv6, ip, password, passphrase, jwt, token, apiKey, pem, webhookSecret, otherSecret, totpSeed, cookieVal, k: keepers, NAMES };
}
