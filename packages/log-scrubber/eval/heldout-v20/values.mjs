// Value factories for heldout-v20 (back-office and corporate IT). Deterministic: every value comes from one seeded PRNG.
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

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = B62 + '+/';
const B64U = B62 + '-_';
const HEX = '0123456789abcdef';
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const UPN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export class R {
  constructor(seed) { this.next = mulberry32(seed); }
  int(a, b) { return a + Math.floor(this.next() * (b - a + 1)); }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  chance(p) { return this.next() < p; }
  from(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(this.next() * alpha.length)]; return s; }
  hex(n) { return this.from(HEX, n); }
  b62(n) { return this.from(B62, n); }
  b64(n) { return this.from(B64, n); }
  b64u(n) { return this.from(B64U, n); }
  digits(n) { return this.from('0123456789', n); }
  upper(n) { return this.from(UP, n); }
  uuid() { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; }
  sha() { return this.hex(40); }
  ver() { return `${this.int(0, 9)}.${this.int(0, 40)}.${this.int(0, 30)}`; }
  ts() {
    const d = new Date(Date.UTC(2026, 10, 1) + this.int(0, 33 * 86400) * 1000 + this.int(0, 999));
    return d.toISOString();
  }
  epoch() { return Date.UTC(2026, 10, 1) + this.int(0, 33 * 86400 * 1000); }
}

// ---------- people ----------
const P = (full, ascii, script, order = 'fl') => ({ full, ascii, script, order });
export const PEOPLE = [
  P('Anna Kowalska', 'anna.kowalska', 'latin'), P('Jürgen Meißner', 'juergen.meissner', 'latin'),
  P("Siobhán O'Connor", 'siobhan.oconnor', 'latin'), P('Mehmet Yılmaz', 'mehmet.yilmaz', 'latin'),
  P('Nguyễn Thị Lan', 'lan.nguyen', 'latin'), P('François Lefèvre', 'francois.lefevre', 'latin'),
  P('Lucía Fernández Ortega', 'lucia.fernandez', 'latin'), P('Oluwaseun Adeyemi', 'oluwaseun.adeyemi', 'latin'),
  P('Sanna Virtanen', 'sanna.virtanen', 'latin'), P('João Carvalho', 'joao.carvalho', 'latin'),
  P('Priya Raman', 'priya.raman', 'latin'), P('Lars Øberg', 'lars.oberg', 'latin'),
  P('Ewa Nowak-Zielińska', 'ewa.nowak', 'latin'), P('Marco Bianchi', 'marco.bianchi', 'latin'),
  P('Emily Carter', 'emily.carter', 'latin'), P('David Okafor', 'david.okafor', 'latin'),
  P('Zsófia Kovács', 'zsofia.kovacs', 'latin'), P('Tomáš Dvořák', 'tomas.dvorak', 'latin'),
  P('Ingrid Halvorsen', 'ingrid.halvorsen', 'latin'), P('Kwame Mensah', 'kwame.mensah', 'latin'),
  P('Sophie van der Berg', 'sophie.vandenberg', 'latin'), P('Rahul Deshpande', 'rahul.deshpande', 'latin'),
  P('Дмитрий Соколов', 'dmitry.sokolov', 'cyrillic'), P('Ольга Иванова', 'olga.ivanova', 'cyrillic'),
  P('Андрій Шевченко', 'andriy.shevchenko', 'cyrillic'), P('Наталья Петрова', 'natalia.petrova', 'cyrillic'),
  P('Γιώργος Παπαδόπουλος', 'giorgos.papadopoulos', 'greek'), P('Ελένη Κωνσταντίνου', 'eleni.konstantinou', 'greek'),
  P('محمد العتيبي', 'mohammed.alotaibi', 'arabic'), P('فاطمة الزهراء بنعلي', 'fatima.benali', 'arabic'),
  P('يوسف حداد', 'youssef.haddad', 'arabic'), P('נועה כהן', 'noa.cohen', 'hebrew'), P('איתי לוי', 'itai.levi', 'hebrew'),
  P('王伟', 'wei.wang', 'han', 'lf'), P('李娜', 'na.li', 'han', 'lf'), P('陈静怡', 'jingyi.chen', 'han', 'lf'),
  P('佐藤 健', 'ken.sato', 'han', 'lf'), P('鈴木 美咲', 'misaki.suzuki', 'han', 'lf'),
  P('김민준', 'minjun.kim', 'hangul', 'lf'), P('이서연', 'seoyeon.lee', 'hangul', 'lf'),
  P('राहुल शर्मा', 'rahul.sharma', 'devanagari'), P('प्रिया पटेल', 'priya.patel', 'devanagari'),
  P('สมชาย ใจดี', 'somchai.jaidee', 'thai'), P('Ayşe Demir', 'ayse.demir', 'latin'),
];
export function person(r) {
  const p = r.pick(PEOPLE);
  const [a, b] = p.ascii.split('.');
  return { ...p, first: a, last: b, user: `${a[0]}${b}`.slice(0, 12) };
}

// ---------- free text in many languages ----------
export const TEXTS = {
  en: ['My laptop will not connect to the VPN since this morning', 'Please reset my MFA, I got a new phone', 'Expense rejected but the receipt is attached'],
  de: ['Mein Laptop verbindet sich seit heute früh nicht mehr mit dem VPN', 'Bitte MFA zurücksetzen, ich habe ein neues Handy', 'Gehaltsabrechnung für Oktober fehlt im Portal'],
  fr: ['Je n’arrive plus à imprimer depuis la mise à jour', 'Merci de réinitialiser mon mot de passe, compte verrouillé', 'Ma note de frais a été refusée sans explication'],
  es: ['No puedo acceder al portal de nómina desde ayer', 'Por favor desbloqueen mi cuenta, olvidé la contraseña', 'La tarjeta corporativa fue rechazada en el hotel'],
  it: ['Il badge non apre più la porta del terzo piano', 'Non ricevo le email dal fornitore da lunedì', 'Richiesta rimborso spese trasferta Milano'],
  pt: ['O meu portátil não liga depois da atualização', 'Preciso de acesso ao SAP para fechar o mês', 'Reembolso ainda não caiu na conta'],
  nl: ['Mijn salarisstrook klopt niet, overuren ontbreken', 'Kan niet inloggen op Okta na wachtwoordwijziging'],
  pl: ['Nie mogę zalogować się do poczty po zmianie hasła', 'Proszę o zwrot kosztów podróży służbowej'],
  ja: ['VPNに接続できません。至急対応お願いします', '経費精算の領収書がアップロードできません'],
  zh: ['无法登录报销系统，请帮忙重置密码', '打印机一直显示卡纸'],
  ru: ['Не могу войти в корпоративную почту после смены пароля', 'Пропуск не работает на входе в офис'],
  ar: ['لا أستطيع الدخول إلى بوابة الرواتب', 'أرجو إعادة تعيين كلمة المرور'],
  tr: ['Şifremi unuttum, hesabım kilitlendi', 'Masraf raporum hâlâ onay bekliyor'],
  ko: ['회사 메일에 로그인할 수 없습니다', '출입카드가 작동하지 않습니다'],
  sv: ['Min lönespecifikation saknas i portalen', 'Kan inte skriva ut på tredje våningen'],
};
export function text(r) { const lang = r.pick(Object.keys(TEXTS)); return { lang, text: r.pick(TEXTS[lang]) }; }

// ---------- phones ----------
export function phone(r) {
  const c = r.int(0, 8);
  switch (c) {
    case 0: return { v: `+49 ${r.pick(['30', '89', '40', '69'])} ${r.digits(8)}`, sub: 'de' };
    case 1: return { v: `+44 7${r.digits(3)} ${r.digits(6)}`, sub: 'uk_mobile' };
    case 2: return { v: `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, sub: 'fr' };
    case 3: return { v: `(${r.int(201, 989)}) ${r.int(200, 989)}-${r.digits(4)}`, sub: 'us' };
    case 4: return { v: `090-${r.digits(4)}-${r.digits(4)}`, sub: 'jp' };
    case 5: return { v: `+91 9${r.digits(4)} ${r.digits(5)}`, sub: 'in' };
    case 6: return { v: `+55 11 9${r.digits(4)}-${r.digits(4)}`, sub: 'br' };
    case 7: return { v: `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, sub: 'es' };
    default: return { v: `+48${r.digits(9)}`, sub: 'pl_e164' };
  }
}

// ---------- IPs ----------
export function ip(r) {
  const c = r.int(0, 5);
  if (c === 0) return { v: `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`, sub: 'v4_private' };
  if (c === 1) return { v: `192.168.${r.int(0, 255)}.${r.int(2, 254)}`, sub: 'v4_private' };
  if (c === 2) return { v: `2a02:${r.hex(4).replace(/^0+/, '') || '1'}:${r.hex(4).replace(/^0+/, '') || '2'}:${r.int(1, 0xfff).toString(16)}::${r.hex(3)}`, sub: 'v6' };
  return { v: `${r.pick([31, 46, 77, 81, 89, 94, 109, 176, 185, 212, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`, sub: 'v4_public' };
}

// ---------- checksummed identifiers ----------
export function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export function card(r) {
  const t = r.int(0, 3);
  let body; let sub;
  if (t === 0) { body = '4' + r.digits(14); sub = 'visa'; }
  else if (t === 1) { body = '5' + r.int(1, 5) + r.digits(13); sub = 'mastercard'; }
  else if (t === 2) { body = r.pick(['34', '37']) + r.digits(12); sub = 'amex'; }
  else { body = '6011' + r.digits(11); sub = 'discover'; }
  const num = body + luhnDigit(body);
  const style = r.int(0, 2);
  let v = num;
  if (style === 1) v = sub === 'amex' ? `${num.slice(0, 4)} ${num.slice(4, 10)} ${num.slice(10)}` : num.match(/.{4}/g).join(' ');
  if (style === 2 && sub !== 'amex') v = num.match(/.{4}/g).join('-');
  return { v, sub, last4: num.slice(-4) };
}

export const IBAN_LEN = { DE: 22, FR: 27, GB: 22, NL: 18, ES: 24, IT: 27, BE: 16, CH: 21, AT: 20, PL: 28, SE: 24, IE: 22, PT: 25, NO: 15, DK: 18, FI: 18 };
export function mod97(s) { let m = 0; for (const ch of s) m = (m * 10 + Number(ch)) % 97; return m; }
export function ibanNumeric(s) { return [...s].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join(''); }
export function iban(r) {
  const cc = r.pick(Object.keys(IBAN_LEN));
  const n = IBAN_LEN[cc] - 4;
  let bban;
  if (cc === 'GB' || cc === 'IE') bban = r.upper(4) + r.digits(n - 4);
  else if (cc === 'NL') bban = r.upper(4) + r.digits(n - 4);
  else if (cc === 'IT') bban = r.upper(1) + r.digits(n - 1);
  else bban = r.digits(n);
  const chk = 98 - mod97(ibanNumeric(bban + cc + '00'));
  const compact = cc + String(chk).padStart(2, '0') + bban;
  const v = r.chance(0.5) ? compact.match(/.{1,4}/g).join(' ') : compact;
  return { v, sub: cc.toLowerCase() };
}

const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
const HETU = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const pad = (n, w) => String(n).padStart(w, '0');
export function nationalId(r, which) {
  const c = which ?? r.pick(['nl_bsn', 'es_dni', 'fr_nir', 'be_nn', 'se_pnr', 'fi_hetu', 'pl_pesel', 'br_cpf', 'cn_ric', 'us_ssn', 'uk_nino']);
  const y = r.int(1960, 1999); const m = r.int(1, 12); const d = r.int(1, 28);
  switch (c) {
    case 'nl_bsn': {
      for (;;) {
        const b = r.digits(8); if (b[0] === '0') continue;
        let s = 0; for (let i = 0; i < 8; i++) s += Number(b[i]) * (9 - i);
        const last = s % 11; if (last > 9) continue;
        return { v: b + last, sub: c };
      }
    }
    case 'es_dni': { const n = r.int(10000000, 99999999); return { v: `${n}${DNI[n % 23]}`, sub: c }; }
    case 'fr_nir': {
      const body = `${r.int(1, 2)}${pad(y % 100, 2)}${pad(m, 2)}${pad(r.int(1, 95), 2)}${r.digits(3)}${r.digits(3)}`;
      const key = 97 - Number(BigInt(body) % 97n);
      return { v: `${body}${pad(key, 2)}`, sub: c };
    }
    case 'be_nn': {
      const body = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${r.digits(3)}`;
      const key = 97 - (Number(body) % 97);
      return { v: `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6)}.${pad(key, 2)}`, sub: c };
    }
    case 'se_pnr': {
      const body = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${r.digits(3)}`;
      return { v: `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`, sub: c };
    }
    case 'fi_hetu': {
      const ind = pad(r.int(2, 899), 3);
      const dm = `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}`;
      return { v: `${dm}-${ind}${HETU[Number(dm + ind) % 31]}`, sub: c };
    }
    case 'pl_pesel': {
      const body = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${r.digits(4)}`;
      const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
      let s = 0; for (let i = 0; i < 10; i++) s += Number(body[i]) * w[i];
      return { v: body + ((10 - (s % 10)) % 10), sub: c };
    }
    case 'br_cpf': {
      const b = r.digits(9).split('').map(Number);
      const dv = (arr) => { let s = 0; for (let i = 0; i < arr.length; i++) s += arr[i] * (arr.length + 1 - i); const x = (s * 10) % 11; return x === 10 ? 0 : x; };
      const d1 = dv(b); const d2 = dv([...b, d1]);
      const s = b.join('');
      return { v: `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6)}-${d1}${d2}`, sub: c };
    }
    case 'cn_ric': {
      const body = `${r.pick(['110101', '310104', '440305', '510107'])}${y}${pad(m, 2)}${pad(d, 2)}${r.digits(3)}`;
      const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      let s = 0; for (let i = 0; i < 17; i++) s += Number(body[i]) * w[i];
      return { v: body + '10X98765432'[s % 11], sub: c };
    }
    case 'us_ssn': return { v: `${pad(r.int(101, 665), 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`, sub: c };
    default: return { v: `${r.pick(['AB', 'CE', 'JK', 'NZ', 'PR', 'SH'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}`, sub: 'uk_nino' };
  }
}

// ---------- addresses, dob, geo, home paths ----------
export function address(r) {
  const c = r.int(0, 7);
  switch (c) {
    case 0: return { v: `${r.pick(['Schönhauser Allee', 'Hauptstraße', 'Lindenweg', 'Bergmannstraße'])} ${r.int(1, 180)}, ${r.digits(5)} ${r.pick(['Berlin', 'Köln', 'Leipzig'])}`, sub: 'de', city: null };
    case 1: return { v: `${r.int(1, 220)} ${r.pick(['Maple Avenue', 'Elm Street', 'Sunset Blvd', 'Oak Ridge Drive'])}, Apt ${r.int(1, 40)}, ${r.pick(['Austin, TX 787', 'Denver, CO 802', 'Portland, OR 972'])}${r.digits(2)}`, sub: 'us' };
    case 2: return { v: `${r.int(1, 90)} ${r.pick(['rue de la Roquette', 'avenue Jean Jaurès', 'rue des Lilas'])}, ${r.pick(['75011 Paris', '69003 Lyon', '31000 Toulouse'])}`, sub: 'fr' };
    case 3: return { v: `Flat ${r.int(1, 30)}, ${r.int(2, 99)} ${r.pick(['Kingsland Road', 'Mill Lane', 'Victoria Street'])}, ${r.pick(['London E8 4AA', 'Leeds LS6 2QT', 'Bristol BS3 1RN'])}`, sub: 'uk' };
    case 4: return { v: `ul. ${r.pick(['Marszałkowska', 'Długa', 'Piotrkowska'])} ${r.int(1, 150)}/${r.int(1, 60)}, ${r.pick(['00-624 Warszawa', '90-001 Łódź'])}`, sub: 'pl' };
    case 5: return { v: `東京都${r.pick(['渋谷区神南', '世田谷区三軒茶屋', '港区芝浦'])}${r.int(1, 4)}-${r.int(1, 20)}-${r.int(1, 15)}`, sub: 'jp' };
    case 6: return { v: `Calle ${r.pick(['de Alcalá', 'Mayor', 'del Sol'])} ${r.int(1, 200)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C'])}, ${r.pick(['28014 Madrid', '08001 Barcelona'])}`, sub: 'es' };
    default: return { v: `${r.pick(['Keizersgracht', 'Prinsengracht', 'Damrak'])} ${r.int(1, 400)}-${r.pick(['I', 'II', 'hs'])}, ${r.digits(4)} ${r.upper(2)} Amsterdam`, sub: 'nl' };
  }
}
export function dob(r) {
  const y = r.int(1958, 2004); const m = r.int(1, 12); const d = r.int(1, 28);
  const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const c = r.int(0, 3);
  if (c === 0) return { v: `${y}-${pad(m, 2)}-${pad(d, 2)}`, sub: 'iso' };
  if (c === 1) return { v: `${pad(d, 2)}.${pad(m, 2)}.${y}`, sub: 'dotted' };
  if (c === 2) return { v: `${pad(m, 2)}/${pad(d, 2)}/${y}`, sub: 'us' };
  return { v: `${d} ${MON[m - 1]} ${y}`, sub: 'long' };
}
export function geo(r) {
  const [la, lo] = r.pick([[52.52, 13.405], [48.8566, 2.3522], [51.5072, -0.1276], [40.4168, -3.7038], [35.6762, 139.6503], [-23.5505, -46.6333], [59.3293, 18.0686]]);
  const f = (x) => String(Number((x + (r.next() - 0.5) * 0.2).toFixed(6)));
  let lat = f(la); let lng = f(lo);
  while (lat.split('.')[1]?.length < 4) lat = f(la);
  while (lng.split('.')[1]?.length < 4) lng = f(lo);
  return { lat, lng };
}
export function homePath(r, user, os) {
  const c = os === undefined ? r.int(0, 2) : ['linux', 'macos', 'windows'].indexOf(os);
  if (c === 0) return { prefix: `/home/${user}`, sub: 'linux', sep: '/' };
  if (c === 1) return { prefix: `/Users/${user}`, sub: 'macos', sep: '/' };
  return { prefix: `C:\\Users\\${user}`, sub: 'windows', sep: '\\' };
}

// ---------- secrets ----------
export function password(r) {
  const c = r.int(0, 7);
  const words = ['correct', 'horse', 'battery', 'staple', 'lantern', 'orbit', 'maple', 'cobalt', 'thunder', 'violet', 'harbor', 'pickle', 'granite', 'velvet', 'sunrise'];
  switch (c) {
    case 0: return { v: `${r.pick(words)} ${r.pick(words)} ${r.pick(words)} ${r.pick(words)}`, sub: 'passphrase' };
    case 1: return { v: `${r.pick(['Summer', 'Winter', 'Welcome', 'Spring', 'Autumn'])}${r.int(2019, 2026)}!`, sub: 'seasonal' };
    case 2: return { v: r.from('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%^&*-_=+?', r.int(14, 24)), sub: 'generated' };
    case 3: return { v: `${r.pick(words)}${r.int(10, 99)}`, sub: 'short' };
    case 4: return { v: `${r.pick(words)}-${r.pick(words)}-${r.pick(words)}-${r.int(1, 9)}`, sub: 'dashed' };
    case 5: return { v: `P@ss${r.from('!#%&*', 1)}${r.digits(4)}`, sub: 'symbols' };
    case 6: return { v: `${r.b62(6)}#${r.b62(5)}$${r.digits(2)}`, sub: 'symbols' };
    default: return { v: `Tmp-${r.upper(3)}${r.digits(4)}`, sub: 'temporary' };
  }
}

/** Vendor credentials: kind + realistic prefix/length. */
export const VENDORS = {
  github_pat: ['token', (r) => `ghp_${r.b62(36)}`],
  github_fine: ['token', (r) => `github_pat_11${r.upper(1)}${r.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 19)}_${r.b62(59)}`],
  github_oauth: ['token', (r) => `gho_${r.b62(36)}`],
  gitlab_pat: ['token', (r) => `glpat-${r.from(B62 + '-_', 20)}`],
  slack_bot: ['token', (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`],
  slack_user: ['token', (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`],
  npm: ['token', (r) => `npm_${r.b62(36)}`],
  pypi: ['token', (r) => `pypi-AgEIcHlwaS5vcmc${r.b64u(70)}`],
  dockerhub: ['token', (r) => `dckr_pat_${r.from(B62 + '-_', 27)}`],
  okta_ssws: ['api_key', (r) => `00${r.from(B62 + '-_', 40)}`],
  stripe_live: ['api_key', (r) => `sk_live_51${r.b62(97)}`],
  stripe_restricted: ['api_key', (r) => `rk_live_51${r.b62(97)}`],
  aws_access_key: ['api_key', (r) => `AKIA${r.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`],
  gcp_api_key: ['api_key', (r) => `AIza${r.from(B62 + '-_', 35)}`],
  openai: ['api_key', (r) => `sk-proj-${r.from(B62 + '-_', 74)}T3BlbkFJ${r.from(B62 + '-_', 74)}`],
  anthropic: ['api_key', (r) => `sk-ant-api03-${r.from(B62 + '-_', 93)}AA`],
  twilio: ['api_key', (r) => `SK${r.hex(32)}`],
  sendgrid: ['api_key', (r) => `SG.${r.from(B62 + '-_', 22)}.${r.from(B62 + '-_', 43)}`],
  shopify: ['api_key', (r) => `shpat_${r.hex(32)}`],
  datadog: ['api_key', (r) => r.hex(32)],
  hubspot: ['api_key', (r) => `pat-eu1-${r.uuid()}`],
  aws_secret: ['other_secret', (r) => r.b64(40).replace(/\+/g, 'x')],
  stripe_webhook: ['other_secret', (r) => `whsec_${r.b64(32)}`],
  azure_client_secret: ['other_secret', (r) => `${r.b62(3)}8Q~${r.from(B62 + '~._-', 34)}`],
  totp_seed: ['other_secret', (r) => r.from(UPN, 32)],
  oauth_client_secret: ['other_secret', (r) => `GOCSPX-${r.from(B62 + '-_', 28)}`],
  recovery_code: ['other_secret', (r) => `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`],
  encryption_key: ['other_secret', (r) => r.b64(43) + '='],
  slack_webhook: ['other_secret', (r) => `https://hooks.slack.com/services/T${r.upper(8)}/B${r.upper(10)}/${r.b62(24)}`],
  twilio_auth: ['other_secret', (r) => r.hex(32)],
};
export function vendor(r, name) { const [kind, f] = VENDORS[name]; return { v: f(r), kind, sub: name }; }

const b64url = (s) => Buffer.from(s).toString('base64url');
export function jwt(r, claims) {
  const h = b64url(JSON.stringify({ alg: r.pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: r.hex(8) }));
  const p = b64url(JSON.stringify(claims));
  return `${h}.${p}.${r.b64u(r.pick([43, 86, 342]))}`;
}
const PEM_HEAD = { 'RSA PRIVATE KEY': 'MIIEowIBAAKCAQEA', 'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 'EC PRIVATE KEY': 'MHcCAQEEI', 'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 'PGP PRIVATE KEY BLOCK': 'lQdGBGV' };
export function pem(r, type) {
  const t = type ?? r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'PGP PRIVATE KEY BLOCK']);
  const lines = [];
  const n = r.int(5, 9);
  for (let i = 0; i < n; i++) lines.push(r.b64(64));
  lines[0] = PEM_HEAD[t] + lines[0].slice(PEM_HEAD[t].length);
  lines.push(r.b64(r.int(12, 40)) + '==');
  if (t.startsWith('PGP')) {
    return { v: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${lines.join('\n')}\n=${r.b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`, sub: 'pgp' };
  }
  return { v: `-----BEGIN ${t}-----\n${lines.join('\n')}\n-----END ${t}-----`, sub: t.toLowerCase().replace(/ /g, '_') };
}

// ---------- corporate context (keeps) ----------
export const HOSTS = ['api.hubspot.com', 'login.microsoftonline.com', 'acme.okta.com', 'graph.microsoft.com', 'api.bamboohr.com', 'rest.netsuite.com', 'acme.my.salesforce.com', 'oauth2.googleapis.com', 'admin.googleapis.com', 'api.personio.de', 'wd5-impl-services1.workday.com', 'acme.jamfcloud.com', 'sap-s4.corp.acme.internal', 'ldap01.corp.acme.internal', 'vpn-gw-fra1.acme.net', 'smtp.sendgrid.net', 'api.docusign.net', 'print01.corp.acme.internal'];
export const CITIES = ['Frankfurt', 'Dublin', 'Lisbon', 'Warsaw', 'Singapore', 'São Paulo', 'Toronto', 'Stockholm', 'Osaka', 'Barcelona'];
export const DOMAINS = ['gmail.com', 'gmx.de', 'icloud.com', 'hotmail.fr', 'outlook.com', 'yahoo.co.jp', 'web.de', 'proton.me'];

/** One record under construction: every planted value is registered where it is written. */
export class Rec {
  constructor(r) { this.r = r; this.sensitive = []; this.keep = []; this.maps = []; }
  /** label a sensitive value; returns it */
  s(value, kind, sub) {
    const v = String(value);
    if (!this.sensitive.some((x) => x.value === v)) this.sensitive.push({ value: v, kind, sub });
    return v;
  }
  /** keep a value verbatim; returns it */
  k(value) { const v = String(value); if (!this.keep.includes(v)) this.keep.push(v); return v; }
  /** keep a number/setting under its key, written as a JSON fragment */
  kn(key, value) { this.k(`${JSON.stringify(key)}:${JSON.stringify(value)}`); return value; }
  // --- labelled factories ---
  person() { return person(this.r); }
  name(p, style = 'full') {
    const v = style === 'last_first' && p.order === 'fl' ? `${p.full.split(' ').slice(-1)[0]}, ${p.full.split(' ').slice(0, -1).join(' ')}` : p.full;
    return this.s(v, 'person_name', p.script);
  }
  email(p, domain) { const d = domain ?? this.r.pick(DOMAINS); return this.s(`${p.ascii}@${d}`, 'email', d.startsWith('acme') ? 'corporate' : 'personal'); }
  phone() { const x = phone(this.r); return this.s(x.v, 'phone', x.sub); }
  ip() { const x = ip(this.r); return this.s(x.v, 'ip', x.sub); }
  ipHost() { const a = [this.r.int(10, 10), this.r.int(0, 255), this.r.int(0, 255), this.r.int(2, 254)].join('-'); this.s(a, 'ip', 'hostname'); return `ip-${a}.eu-central-1.compute.internal`; }
  card() { const x = card(this.r); this.s(x.v, 'card', x.sub); return x; }
  iban() { const x = iban(this.r); return this.s(x.v, 'iban', x.sub); }
  nid(which) { const x = nationalId(this.r, which); return this.s(x.v, 'national_id', x.sub); }
  addr() { const x = address(this.r); return this.s(x.v, 'address', x.sub); }
  dob() { const x = dob(this.r); return this.s(x.v, 'dob', x.sub); }
  geo() { const g = geo(this.r); this.s(g.lat, 'geo', 'lat'); this.s(g.lng, 'geo', 'lng'); return { lat: Number(g.lat), lng: Number(g.lng), slat: g.lat, slng: g.lng }; }
  home(user, os) { const h = homePath(this.r, user, os); this.s(h.prefix, 'home_path', h.sub); return h; }
  pw(sub) { const x = password(this.r); return this.s(x.v, 'password', sub ?? x.sub); }
  vendor(name) { const x = vendor(this.r, name); return this.s(x.v, x.kind, x.sub); }
  jwt(claims, sub = 'jwt') { return this.s(jwt(this.r, claims), 'token', sub); }
  bearer(sub = 'opaque_bearer') { return this.s(this.r.b64u(this.r.pick([32, 40, 64])), 'token', sub); }
  pem(type) { const x = pem(this.r, type); return this.s(x.v, 'private_key', x.sub); }
  conn(scheme, host, db, user = 'svc_app') {
    const pw = this.r.b62(this.r.int(12, 24));
    this.s(pw, 'connection_string', scheme);
    if (scheme === 'mssql') return `Server=tcp:${host},1433;Initial Catalog=${db};User ID=${user};Password=${pw};Encrypt=True;`;
    if (scheme === 'redis') return `rediss://:${pw}@${host}:6380/0`;
    if (scheme === 'mongodb') return `mongodb+srv://${user}:${pw}@${host}/${db}?retryWrites=true&w=majority`;
    const port = { postgres: 5432, mysql: 3306, amqp: 5672 }[scheme] ?? 5432;
    return `${scheme}://${user}:${pw}@${host}:${port}/${db}`;
  }
  cookie(name, sub, len = 32) { return this.s(this.r.b64u(len), 'cookie', sub ?? name); }
  // --- keeps ---
  uuid() { return this.k(this.r.uuid()); }
  sha() { return this.k(this.r.sha()); }
  ver() { return this.k(`v${this.r.ver()}`); }
  ts() { return this.k(this.r.ts()); }
  id(prefix, n = 6) { return this.k(`${prefix}${this.r.digits(n)}`); }
  host() { return this.k(this.r.pick(HOSTS)); }
  city() { return this.k(this.r.pick(CITIES)); }
}

/** pino-style envelope */
export function pino(rec, name, msg, extra = {}) {
  const r = rec.r;
  return { level: r.pick([30, 30, 30, 40, 50]), time: r.epoch(), pid: r.int(100, 65000), hostname: `${name}-${r.hex(9)}-${r.b62(5).toLowerCase()}`, name, msg, ...extra };
}
