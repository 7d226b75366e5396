// Value generators for the held-out v2 corpus. Written from public format descriptions (national
// id check-digit rules, IBAN ISO 13616, card BIN ranges, vendor token prefixes), not from the
// scrubber's detectors: nothing here imports or mirrors packages/log-scrubber/src.

/** Deterministic PRNG (mulberry32) so the corpus is byte-identical for a given seed. */
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return next;
}

export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LO = 'abcdefghijklmnopqrstuvwxyz';
export const DIG = '0123456789';
export const ALNUM = UP + LO + DIG;
export const HEX = '0123456789abcdef';
export const B64 = ALNUM + '+/';
export const B64URL = ALNUM + '-_';

export function tools(rnd) {
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const chance = (p) => rnd() < p;
  const str = (alpha, n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)];
    return s;
  };
  const shuffle = (arr) => {
    const a = [...arr];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const bytes = (n) => Buffer.from(Array.from({ length: n }, () => int(0, 255)));
  return { int, pick, chance, str, shuffle, bytes };
}

export const pad = (n, w) => String(n).padStart(w, '0');

// ---- check digits (generating direction) -------------------------------------------------------

export function luhnDigit(payload) {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let x = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return (10 - (sum % 10)) % 10;
}

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeffDigit(num) {
  let c = 0;
  const r = [...num].reverse();
  for (let i = 0; i < r.length; i++) c = VD[c][VP[(i + 1) % 8][Number(r[i])]];
  return VINV[c];
}

function ean13Digit(twelve) {
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (s % 10)) % 10;
}

export function makeValues(rnd) {
  const { int, pick, chance, str, shuffle } = tools(rnd);
  const digits = (n) => str(DIG, n);

  const dob = (from = 1938, to = 2007) => {
    const y = int(from, to);
    const m = int(1, 12);
    const d = int(1, 28);
    return { y, m, d };
  };

  // ---- national identifiers ----
  const ids = {
    us_ssn() {
      let a;
      do a = int(1, 899); while (a === 666);
      return `${pad(a, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`;
    },
    uk_nino() {
      const first = 'ABCEGHJKLMNOPRSTWXYZ';
      const second = 'ABCEGHJKLMNPRSTWXYZ';
      let p;
      do p = pick(first) + pick(second); while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p));
      const d = digits(6);
      return chance(0.5) ? `${p}${d}${pick('ABCD')}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${pick('ABCD')}`;
    },
    br_cpf() {
      let d;
      do d = Array.from({ length: 9 }, () => int(0, 9)); while (d.every((x) => x === d[0]));
      for (const n of [9, 10]) {
        let s = 0;
        for (let i = 0; i < n; i++) s += d[i] * (n + 1 - i);
        d.push(((s * 10) % 11) % 10);
      }
      const x = d.join('');
      return chance(0.7) ? `${x.slice(0, 3)}.${x.slice(3, 6)}.${x.slice(6, 9)}-${x.slice(9)}` : x;
    },
    es_dni() {
      const n = int(1000000, 99999999);
      return `${pad(n, 8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
    },
    es_nie() {
      const i = int(0, 2);
      const d = digits(7);
      return `${'XYZ'[i]}${d}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(`${i}${d}`) % 23]}`;
    },
    se_personnummer() {
      const b = dob(1940, 2005);
      const yy = pad(b.y % 100, 2);
      const body = `${yy}${pad(b.m, 2)}${pad(b.d, 2)}${digits(3)}`;
      const c = luhnDigit(body);
      const f = int(0, 2);
      if (f === 0) return `${body.slice(0, 6)}-${body.slice(6)}${c}`;
      if (f === 1) return `${b.y}${body.slice(2, 6)}-${body.slice(6)}${c}`;
      return `${b.y}${body.slice(2)}${c}`;
    },
    in_aadhaar() {
      const p = `${int(2, 9)}${digits(10)}`;
      const n = `${p}${verhoeffDigit(p)}`;
      return chance(0.7) ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : n;
    },
    fr_insee() {
      let dept;
      do dept = int(1, 95); while (dept === 20);
      const b = dob(1945, 2004);
      const body = `${int(1, 2)}${pad(b.y % 100, 2)}${pad(b.m, 2)}${pad(dept, 2)}${pad(int(1, 990), 3)}${pad(int(1, 999), 3)}`;
      const key = pad(97 - Number(BigInt(body) % 97n), 2);
      return chance(0.5) ? `${body}${key}` : `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`;
    },
    de_steuer_id() {
      for (;;) {
        const rep = int(0, 9);
        const others = shuffle([...DIG].map(Number).filter((x) => x !== rep)).slice(0, 8);
        const d = shuffle([rep, rep, ...others]);
        if (d[0] === 0) continue;
        let product = 10;
        for (const x of d) {
          let sum = (x + product) % 10;
          if (sum === 0) sum = 10;
          product = (sum * 2) % 11;
        }
        const n = `${d.join('')}${(11 - product) % 10}`;
        return chance(0.6) ? n : `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 8)} ${n.slice(8)}`;
      }
    },
    nl_bsn() {
      for (;;) {
        const d = `${int(1, 9)}${digits(7)}`;
        let s = 0;
        for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
        const c = s % 11;
        if (c === 10) continue;
        const n = `${d}${c}`;
        return chance(0.7) ? n : `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`;
      }
    },
    pl_pesel() {
      const b = dob(1950, 2008);
      const m = b.y >= 2000 ? b.m + 20 : b.m;
      const p = `${pad(b.y % 100, 2)}${pad(m, 2)}${pad(b.d, 2)}${digits(4)}`;
      const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
      const s = w.reduce((a, x, i) => a + x * Number(p[i]), 0);
      return `${p}${(10 - (s % 10)) % 10}`;
    },
    it_codice_fiscale() {
      const CONS = 'BCDFGHJKLMNPQRSTVZ';
      const b = dob(1945, 2004);
      const female = chance(0.5);
      const belfiore = pick(['H501', 'F205', 'L219', 'A944', 'G273', 'F839', 'D612', 'L736', 'C351', 'B157']);
      const body = `${str(CONS, 3)}${str(CONS, 2)}${pick('AEIOU')}${pad(b.y % 100, 2)}${'ABCDEHLMPRST'[b.m - 1]}${pad(b.d + (female ? 40 : 0), 2)}${belfiore}`;
      const ODD = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };
      let s = 0;
      for (let i = 0; i < 15; i++) {
        const ch = body[i];
        if (i % 2 === 0) s += ODD[ch];
        else s += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
      }
      return `${body}${UP[s % 26]}`;
    },
    dk_cpr() {
      for (;;) {
        const b = dob(1940, 2005);
        const nine = `${pad(b.d, 2)}${pad(b.m, 2)}${pad(b.y % 100, 2)}${digits(3)}`;
        const w = [4, 3, 2, 7, 6, 5, 4, 3, 2];
        const s = w.reduce((a, x, i) => a + x * Number(nine[i]), 0);
        const last = (11 - (s % 11)) % 11;
        if (last === 10) continue;
        const n = `${nine}${last}`;
        return chance(0.7) ? `${n.slice(0, 6)}-${n.slice(6)}` : n;
      }
    },
    fi_hetu() {
      const b = dob(1940, 2006);
      const sep = b.y >= 2000 ? 'A' : '-';
      const nnn = pad(int(2, 899), 3);
      const ddmmyy = `${pad(b.d, 2)}${pad(b.m, 2)}${pad(b.y % 100, 2)}`;
      return `${ddmmyy}${sep}${nnn}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(ddmmyy + nnn) % 31]}`;
    },
    no_fodselsnummer() {
      for (;;) {
        const b = dob(1940, 1999);
        const nine = `${pad(b.d, 2)}${pad(b.m, 2)}${pad(b.y % 100, 2)}${pad(int(0, 499), 3)}`;
        const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
        let k1 = 11 - (w1.reduce((a, x, i) => a + x * Number(nine[i]), 0) % 11);
        if (k1 === 11) k1 = 0;
        if (k1 === 10) continue;
        const ten = `${nine}${k1}`;
        const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        let k2 = 11 - (w2.reduce((a, x, i) => a + x * Number(ten[i]), 0) % 11);
        if (k2 === 11) k2 = 0;
        if (k2 === 10) continue;
        const n = `${ten}${k2}`;
        return chance(0.6) ? n : `${n.slice(0, 6)} ${n.slice(6)}`;
      }
    },
    be_national_number() {
      const b = dob(1945, 2006);
      const nine = `${pad(b.y % 100, 2)}${pad(b.m, 2)}${pad(b.d, 2)}${pad(int(1, 997), 3)}`;
      const base = b.y >= 2000 ? BigInt(`2${nine}`) : BigInt(nine);
      const cc = pad(97 - Number(base % 97n), 2);
      return chance(0.7) ? `${nine.slice(0, 2)}.${nine.slice(2, 4)}.${nine.slice(4, 6)}-${nine.slice(6)}.${cc}` : `${nine}${cc}`;
    },
    ca_sin() {
      const p = `${int(1, 7)}${digits(7)}`;
      const n = `${p}${luhnDigit(p)}`;
      const f = int(0, 2);
      return f === 0 ? n : f === 1 ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;
    },
    au_tfn() {
      for (;;) {
        const p = `${int(1, 9)}${digits(7)}`;
        const w = [1, 4, 3, 7, 5, 8, 6, 9];
        const s = w.reduce((a, x, i) => a + x * Number(p[i]), 0);
        const d9 = s % 11;
        if (d9 === 10) continue;
        const n = `${p}${d9}`;
        return chance(0.6) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n;
      }
    },
    cn_resident_id() {
      const b = dob(1950, 2005);
      const body = `${pick(['110101', '310104', '440305', '510107', '330106', '420111', '210102', '500103'])}${b.y}${pad(b.m, 2)}${pad(b.d, 2)}${digits(3)}`;
      const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const s = w.reduce((a, x, i) => a + x * Number(body[i]), 0);
      return `${body}${'10X98765432'[s % 11]}`;
    },
    kr_rrn() {
      const b = dob(1950, 2008);
      const g = b.y >= 2000 ? int(3, 4) : int(1, 2);
      const twelve = `${pad(b.y % 100, 2)}${pad(b.m, 2)}${pad(b.d, 2)}${g}${digits(5)}`;
      const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
      const s = w.reduce((a, x, i) => a + x * Number(twelve[i]), 0);
      return `${twelve.slice(0, 6)}-${twelve.slice(6)}${(11 - (s % 11)) % 10}`;
    },
    mx_curp() {
      const CONS = 'BCDFGHJKLMNPQRSTVWXYZ';
      const b = dob(1950, 2006);
      const body = `${pick(UP.replace(/[ÑQ]/g, ''))}${pick('AEIOU')}${pick(UP)}${pick(UP)}${pad(b.y % 100, 2)}${pad(b.m, 2)}${pad(b.d, 2)}${pick('HM')}${pick(['DF', 'JC', 'NL', 'PL', 'VZ', 'GT', 'MC', 'YN', 'OC', 'CH'])}${str(CONS, 3)}${b.y >= 2000 ? pick(UP) : pick(DIG)}`;
      const DICT = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
      let s = 0;
      for (let i = 0; i < 17; i++) s += DICT.indexOf(body[i]) * (18 - i);
      return `${body}${(10 - (s % 10)) % 10}`;
    },
    za_id() {
      const b = dob(1950, 2005);
      const p = `${pad(b.y % 100, 2)}${pad(b.m, 2)}${pad(b.d, 2)}${pad(int(0, 9999), 4)}${int(0, 1)}8`;
      return `${p}${luhnDigit(p)}`;
    },
    ch_ahv() {
      const twelve = `756${digits(9)}`;
      const n = `${twelve}${ean13Digit(twelve)}`;
      return `${n.slice(0, 3)}.${n.slice(3, 7)}.${n.slice(7, 11)}.${n.slice(11)}`;
    },
  };

  // ---- IBAN / cards ----
  const IBAN = { DE: 'n18', FR: 'n10c11n2', GB: 'a4n14', NL: 'a4n10', ES: 'n20', IT: 'a1n10c12', BE: 'n12', CH: 'n5c12', AT: 'n16', PL: 'n24', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', IE: 'a4n14', PT: 'n21', LU: 'n3c13', CZ: 'n20', RO: 'a4c16', SA: 'n2c18', AE: 'n19', GR: 'n7c16', HU: 'n24', HR: 'n17', LT: 'n16' };
  const iban = (country = pick(Object.keys(IBAN))) => {
    let bban = '';
    for (const [, t, n] of IBAN[country].matchAll(/([anc])(\d+)/g)) bban += str(t === 'n' ? DIG : t === 'a' ? UP : UP + DIG, Number(n));
    const re = `${bban}${country}00`;
    let m = 0;
    for (const ch of re) {
      const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
      for (const d of v) m = (m * 10 + Number(d)) % 97;
    }
    const full = `${country}${pad(98 - m, 2)}${bban}`;
    const f = int(0, 5);
    const grouped = (sep) => full.match(/.{1,4}/g).join(sep);
    if (f === 0) return full;
    if (f === 1) return grouped(' ');
    if (f === 2) return full.toLowerCase();
    if (f === 3) return grouped('-');
    if (f === 4) return grouped(' ').toLowerCase();
    return grouped(' ');
  };
  const CARDS = [
    ['visa', () => `4${digits(14)}`, 16], ['mastercard', () => `5${int(1, 5)}${digits(13)}`, 16],
    ['mastercard2', () => `2${int(221, 720)}${digits(11)}`, 16], ['amex', () => `3${pick('47')}${digits(12)}`, 15],
    ['discover', () => `6011${digits(11)}`, 16], ['jcb', () => `35${int(28, 89)}${digits(11)}`, 16],
    ['diners', () => `36${digits(11)}`, 14], ['unionpay', () => `62${digits(13)}`, 16], ['maestro', () => `6759${digits(14)}`, 19],
  ];
  const card = () => {
    const [brand, gen] = pick(CARDS);
    const p = gen();
    const n = `${p}${luhnDigit(p)}`;
    const f = int(0, 2);
    let v = n;
    if (f > 0) {
      const sep = f === 1 ? ' ' : '-';
      if (n.length === 15) v = [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
      else if (n.length === 14) v = [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
      else v = n.match(/.{1,4}/g).join(sep);
    }
    return { brand, value: v, last4: n.slice(-4) };
  };
  /** A Luhn-valid 16-digit number used as a non-card business id (hard negative). */
  const luhn16 = () => {
    const p = `${int(1, 9)}${digits(14)}`;
    return `${p}${luhnDigit(p)}`;
  };
  const ean13 = () => {
    const twelve = `${pick(['400', '590', '871', '978', '301', '540', '800', '761'])}${digits(9)}`;
    return `${twelve}${ean13Digit(twelve)}`;
  };

  // ---- people ----
  const LATIN_FIRST = ['Anneliese', 'Bogdan', 'Chiara', 'Dagny', 'Eero', 'Fatou', 'Giorgos', 'Hamza', 'Ingrid', 'Joaquín', 'Kaito', 'Lindiwe', 'Mateus', 'Nkechi', 'Oksana', 'Priya', 'Quentin', 'Radek', 'Saoirse', 'Tomasz', 'Uchenna', 'Valentina', 'Wiebke', 'Ximena', 'Yusuf', 'Zofia', 'Aurélie', 'Björn', 'Søren', 'Łukasz', 'Ştefan', 'Niamh', 'Thandiwe', 'Rangi', 'Ayşe', 'Dũng', 'Marisol', 'Henrike', 'Kwame', 'Leilani', 'Mirela', 'Oluwaseun', 'Pilar', 'Rosalind', 'Sigrún', 'Teodora', 'Vikram', 'Wanjiru', 'Yolanda', 'Zdeněk', 'Agnieszka', 'Bernadette', 'Cosimo', 'Dorota', 'Emeka', 'Fredrik', 'Gulnara', 'Hiroshi', 'Imogen', 'Jovana', 'Katarzyna', 'Lorenzo', 'Magdalena', 'Nadia', 'Orla', 'Paulo', 'Rhiannon', 'Solveig', 'Tancredi', 'Ulrike', 'Vesna', 'Wojciech', 'Yasmin', 'Zainab', 'Amaru', 'Beatriz', 'Călin', 'Dervla', 'Esperanza', 'Florin'];
  const LATIN_LAST = ['Okonkwo', 'Brennan', 'Kowalczyk', 'Haugland', 'Virtanen', 'Rasmussen', 'Delacroix', 'Moreira', 'Castellanos', 'Nakamura', 'Patel', 'Abubakar', 'Fitzgerald', 'Schäfer', 'van der Berg', 'Øvergaard', 'Núñez', 'Yılmaz', 'Nguyễn', 'Papadakis', 'Lindqvist', 'Mbeki', 'Grünewald', 'Ferreira', 'Kuznetsova', 'Dąbrowski', 'Ó Súilleabháin', 'Mäkinen', 'Andersson', 'De Luca', 'Hernández', 'Takahashi', 'Ramaswamy', 'Adeyemi', 'MacLeod', 'Vasquez', 'Horvat', 'Novák', 'Eriksen', 'Bianchi', 'Zielińska', 'Achterberg', 'Oyelaran', 'Quispe', 'Tshabalala', 'Gallagher', 'Sørensen', 'Petrović', 'Costa', 'Wójcik', 'Leclerc', 'Kimura', 'Iyer', 'Mwangi', 'Halvorsen', 'Dimitriou', 'Esposito', 'Bauer', 'Laine', 'Rahman'];
  const SCRIPT_NAMES = [
    ['Анастасия', 'Волкова'], ['Дмитрий', 'Соколов'], ['Олена', 'Шевченко'], ['Богдан', 'Коваленко'], ['Ελένη', 'Παπαδοπούλου'], ['Νίκος', 'Κωνσταντίνου'],
    ['ليلى', 'حداد'], ['عمر', 'الفاروق'], ['يوسف', 'المنصوري'], ['נועה', 'לוי'], ['אביגיל', 'כהן'], ['陈', '美玲'], ['刘', '建国'], ['王', '晓燕'],
    ['佐藤', '美咲'], ['高橋', '健太'], ['山本', '陽菜'], ['김', '민준'], ['이', '서연'], ['박', '지훈'], ['अनन्या', 'शर्मा'], ['राहुल', 'वर्मा'],
    ['สมชาย', 'ใจดี'], ['ნინო', 'ბერიძე'], ['Արամ', 'Պետրոսյան'], ['Σοφία', 'Γεωργίου'], ['Мария', 'Иванова'], ['ফাতেমা', 'খাতুন'],
  ];
  const CJK_NOSPACE = new Set(['陈', '刘', '王', '김', '이', '박']);
  const latinName = () => ({ first: pick(LATIN_FIRST), last: pick(LATIN_LAST) });
  const person = () => {
    if (chance(0.25)) {
      const [first, last] = pick(SCRIPT_NAMES);
      const full = CJK_NOSPACE.has(first) ? `${first}${last}` : `${first} ${last}`;
      return { first, last, full, ascii: null };
    }
    const n = latinName();
    const full = `${n.first} ${n.last}`;
    return { ...n, full, ascii: fold(n.first), asciiLast: fold(n.last) };
  };
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/gi, 'o').replace(/ł/gi, 'l').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();
  const MAIL_DOMAINS = ['gmail.com', 'posteo.de', 'outlook.com', 'yahoo.co.jp', 'web.de', 'icloud.com', 'proton.me', 'hotmail.fr', 'libero.it', 'seznam.cz', 'naver.com', 'uol.com.br', 'mail.ru', 'gmx.at', 'orange.fr', 'telia.se', 'wp.pl', 'fastmail.com', 'northwind-logistics.com', 'acme-health.org', 'kestrel.io', 'birchpay.eu'];
  const email = (p = person()) => {
    const a = p.ascii ?? pick(['mei', 'anya', 'omar', 'noa', 'minjun', 'kenta', 'rahul', 'lena', 'sora', 'yuki']);
    const l = p.asciiLast ?? str(LO, int(4, 7));
    const local = pick([`${a}.${l}`, `${a[0]}${l}`, `${a}_${l}${int(1, 99)}`, `${a}${int(70, 99)}`, `${l}.${a}`, `${a}+orders`]);
    return `${local}@${pick(MAIL_DOMAINS)}`;
  };
  const username = (p = person()) => {
    const a = p.ascii ?? pick(['mei', 'anya', 'omar', 'noa', 'minjun', 'kenta', 'rahul']);
    const l = p.asciiLast ?? str(LO, 5);
    return pick([`${a}.${l}`, `${a[0]}${l}`, `${a}${l[0]}`, `${a}_${l}`]);
  };

  const PHONES = {
    de: () => pick([`+49 1${pick(['51', '52', '57', '60', '62', '70', '72', '76', '79'])} ${digits(4)} ${digits(4)}`, `01${pick(['51', '60', '76', '77'])} ${digits(8)}`, `0049 ${pick(['30', '40', '89', '221'])} ${digits(7)}`]),
    gb: () => pick([`+44 7${int(400, 999)} ${digits(6)}`, `07${int(400, 999)} ${digits(3)} ${digits(3)}`, `+44 (0)20 ${int(7, 8)}${digits(3)} ${digits(4)}`]),
    us: () => { const a = pick(['212', '312', '415', '503', '617', '646', '702', '713', '808', '917']); const x = int(201, 989); return pick([`(${a}) ${x}-${digits(4)}`, `+1 ${a}-${x}-${digits(4)}`, `${a}.${x}.${digits(4)}`, `1-${a}-${x}-${digits(4)}`]); },
    fr: () => pick([`+33 ${int(6, 7)} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `0${int(6, 7)} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `0${int(6, 7)}.${digits(2)}.${digits(2)}.${digits(2)}.${digits(2)}`]),
    es: () => `+34 6${digits(2)} ${digits(3)} ${digits(3)}`,
    it: () => pick([`+39 3${int(20, 49)} ${digits(3)} ${digits(4)}`, `3${int(20, 49)} ${digits(7)}`]),
    nl: () => pick([`+31 6 ${digits(8)}`, `06-${digits(8)}`]),
    br: () => `+55 ${pick(['11', '21', '31', '41', '51', '61', '71', '81'])} 9${digits(4)}-${digits(4)}`,
    in: () => pick([`+91 ${int(7, 9)}${digits(4)} ${digits(5)}`, `0${int(7, 9)}${digits(9)}`]),
    jp: () => pick([`0${pick(['70', '80', '90'])}-${digits(4)}-${digits(4)}`, `+81 ${pick(['70', '80', '90'])}-${digits(4)}-${digits(4)}`]),
    kr: () => pick([`010-${digits(4)}-${digits(4)}`, `+82 10-${digits(4)}-${digits(4)}`]),
    cn: () => `+86 1${pick(['38', '39', '58', '86', '88'])} ${digits(4)} ${digits(4)}`,
    au: () => pick([`+61 4${digits(2)} ${digits(3)} ${digits(3)}`, `04${digits(2)} ${digits(3)} ${digits(3)}`]),
    mx: () => `+52 ${pick(['55', '33', '81'])} ${digits(4)} ${digits(4)}`,
    pl: () => `+48 ${pick(['5', '6', '7', '8'])}${digits(2)} ${digits(3)} ${digits(3)}`,
    se: () => pick([`07${int(0, 9)}-${digits(3)} ${digits(2)} ${digits(2)}`, `+46 7${int(0, 9)} ${digits(3)} ${digits(2)} ${digits(2)}`]),
    ng: () => `+234 ${pick(['803', '806', '813', '905'])} ${digits(3)} ${digits(4)}`,
    za: () => `+27 ${pick(['72', '82', '83', '84'])} ${digits(3)} ${digits(4)}`,
    tr: () => `+90 5${digits(2)} ${digits(3)} ${digits(2)} ${digits(2)}`,
    ru: () => `+7 9${digits(2)} ${digits(3)}-${digits(2)}-${digits(2)}`,
    eg: () => `+20 1${int(0, 2)} ${digits(4)} ${digits(4)}`,
    ph: () => `+63 9${digits(2)} ${digits(3)} ${digits(4)}`,
    id: () => `+62 8${digits(2)}-${digits(4)}-${digits(4)}`,
    ar: () => `+54 9 11 ${digits(4)}-${digits(4)}`,
    ch: () => `+41 7${int(6, 9)} ${digits(3)} ${digits(2)} ${digits(2)}`,
    us_tollfree: () => `1-8${pick(['00', '88', '77', '66'])}-${int(201, 989)}-${digits(4)}`,
  };
  const phone = (country = pick(Object.keys(PHONES))) => ({ country, value: PHONES[country]() });

  const STREETS = [
    () => `${pick(['Lindenstraße', 'Am Kirschgarten', 'Bergmannstr.', 'Gartenweg'])} ${int(1, 140)}${pick(['', 'a', 'b'])}`,
    () => `${int(1, 120)} ${pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue du Moulin'])}`,
    () => `${pick(['Calle de Alcalá', 'Avenida de la Constitución', 'Carrer de Mallorca'])} ${int(1, 300)}, ${int(1, 9)}º ${pick('ABCD')}`,
    () => `${int(2, 980)} ${pick(['Elm Grove Road', 'Maple Crescent', 'Harbour View Drive', 'Kingfisher Lane', 'W 34th St Apt 5C'])}`,
    () => `ul. ${pick(['Długa', 'Kwiatowa', 'Marszałkowska'])} ${int(1, 90)}/${int(1, 40)}`,
    () => `Via ${pick(['Garibaldi', 'dei Mille', 'Roma', 'San Vitale'])} ${int(1, 150)}`,
    () => `${pick(['Vesterbrogade', 'Storgata', 'Mannerheimintie', 'Drottninggatan'])} ${int(1, 120)}, ${int(1, 6)}. ${pick(['th', 'tv', 'A', 'B'])}`,
    () => `Rua ${pick(['Augusta', 'das Flores', 'Oscar Freire'])}, ${int(10, 2400)} - apto ${int(11, 180)}`,
    () => `${pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '京都府京都市左京区'])}${int(1, 5)}-${int(1, 30)}-${int(1, 20)}`,
    () => `서울특별시 ${pick(['강남구 테헤란로', '마포구 월드컵북로', '종로구 세종대로'])} ${int(1, 400)}`,
    () => `${int(1, 99)} ${pick(['Kerkstraat', 'Prinsengracht', 'Laan van Meerdervoort'])}`,
    () => `Flat ${int(1, 30)}, ${int(1, 200)} ${pick(['Leith Walk', 'Sauchiehall Street', 'Ormeau Road'])}`,
  ];
  const street = () => pick(STREETS)();

  const dobText = () => {
    const b = dob();
    const f = int(0, 4);
    if (f === 0) return `${b.y}-${pad(b.m, 2)}-${pad(b.d, 2)}`;
    if (f === 1) return `${pad(b.d, 2)}/${pad(b.m, 2)}/${b.y}`;
    if (f === 2) return `${pad(b.d, 2)}.${pad(b.m, 2)}.${b.y}`;
    if (f === 3) return `${pad(b.m, 2)}/${pad(b.d, 2)}/${b.y}`;
    return `${b.d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][b.m - 1]} ${b.y}`;
  };

  const ipv4 = () => {
    for (;;) {
      const a = int(1, 223);
      const b = int(0, 255);
      if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue;
      return `${a}.${b}.${int(0, 255)}.${int(1, 254)}`;
    }
  };
  const ipv6 = () => `${pick(['2a02:8109', '2001:16b8', '2600:1700', '2a01:e0a', '2409:8a1e', '2804:14c'])}:${Array.from({ length: 6 }, () => str(HEX, 4).replace(/^0+(?=.)/, '')).join(':')}`;

  const latlng = () => {
    const places = [[52.52, 13.40], [48.85, 2.35], [40.41, -3.70], [51.50, -0.12], [35.68, 139.69], [-23.55, -46.63], [19.43, -99.13], [-33.86, 151.20], [59.33, 18.06], [41.90, 12.49], [37.56, 126.97], [28.61, 77.20], [-1.29, 36.82], [6.52, 3.37], [45.50, -73.56]];
    const [la, ln] = pick(places);
    const dec = int(5, 6);
    const lat = (la + (rnd() - 0.5) * 0.2).toFixed(dec);
    const lng = (ln + (rnd() - 0.5) * 0.2).toFixed(dec);
    return { lat, lng };
  };

  return { ids, iban, card, luhn16, ean13, person, email, username, phone, street, dobText, dob, ipv4, ipv6, latlng, fold, PHONE_COUNTRIES: Object.keys(PHONES) };
}
