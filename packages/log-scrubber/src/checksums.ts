/** Luhn (ISO/IEC 7812) check over a digits-only string: tells card numbers from other long numbers. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** A payment card number: 13–19 digits, a card-network first digit (2–6), Luhn-valid. */
export function isCardNumber(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  const first = digits.charCodeAt(0);
  return first >= 50 && first <= 54 + 2 && luhnValid(digits);
}

// Countries of the ISO 13616 IBAN registry, and those whose banks use IBANs outside it (several of
// francophone Africa, Algeria, Angola, Iran, Madagascar, Mozambique). Other letter pairs followed by
// two digits are ids that pass mod 97 by chance one time in 97 (a Twilio `AC…` account SID).
const IBAN_COUNTRIES = new Set(
  ('AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE GI GL GR GT HN HR HU IE IL IQ IS IT ' +
    'JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL ' +
    'TN TR UA VA VG XK YE AO BF BJ CF CG CI CM CV DZ GA GQ GW IR KM MA MG ML MZ NE SN TD TG ' +
    // Territories that use their parent country's IBAN format under their own code.
    'GF GP MQ RE PF TF YT NC PM WF BL MF AX').split(' '),
);

/**
 * A card number by its network's ranges and lengths (ISO/IEC 7812 IINs as the networks publish them:
 * Visa 4 with 13, 16 or 19 digits; Mastercard 51–55 and 2221–2720 with 16; American Express 34/37
 * with 15; Discover 6011, 644–649, 65; JCB 3528–3589; UnionPay 62; Diners 36, 38–39, 300–305) and
 * Luhn-valid. Stricter than {@link isCardNumber}: for a number with no word or field saying it is a card.
 */
export function isNetworkCardNumber(digits: string): boolean {
  const n = digits.length;
  if (n < 13 || n > 19 || !/^\d+$/.test(digits)) return false;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const fits =
    (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) ||
    (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) ||
    ((p2 === 34 || p2 === 37) && n === 15) ||
    ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p4 >= 3528 && p4 <= 3589) || p2 === 62) && n >= 16) ||
    ((p2 === 36 || p2 === 38 || p2 === 39 || (p3 >= 300 && p3 <= 305)) && n >= 14);
  return fits && luhnValid(digits);
}

// Each country of the ISO 13616 registry fixes the length of its IBANs (SWIFT's IBAN Registry).
// An id that starts with a country code and passes mod 97 by chance (a Twilio `SM…` message SID:
// San Marino, 34 characters where San Marino's IBANs have 27) is no IBAN. Countries outside the
// registry, and territories borrowing a parent's format, are not checked.
const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  ('AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 FI18 FO18 ' +
    'FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 ' +
    'LY25 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ' +
    'ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20').split(' ').map((e) => [e.slice(0, 2), Number(e.slice(2))] as const),
);

/** IBAN check digits (ISO 13616 mod-97 == 1) over an upper-case, space-free candidate. */
export function ibanValid(iban: string): boolean {
  if (iban.length < 15 || iban.length > 34 || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) || !IBAN_COUNTRIES.has(iban.slice(0, 2))) return false;
  const fixed = IBAN_LENGTHS.get(iban.slice(0, 2));
  if (fixed !== undefined && iban.length !== fixed) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** US SSN validity rules (SSA): area not 000, 666 or 900–999; group not 00; serial not 0000. */
export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  return area !== '000' && area !== '666' && area[0] !== '9' && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/** UK National Insurance number: prefix rules of HMRC (no D, F, I, Q, U, V; O not second; BG, GB, KN, NK, NT, TN, ZZ unused). */
export function ninoValid(value: string): boolean {
  const v = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(v)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(v.slice(0, 2));
}

/** Brazilian CPF: two mod-11 check digits; all-equal digit strings are invalid. */
export function cpfValid(value: string): boolean {
  const d = value.replace(/\D/g, '');
  if (d.length !== 11 || /^(\d)\1{10}$/.test(d)) return false;
  for (const len of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(d[i]) * (len + 1 - i);
    const check = ((sum * 10) % 11) % 10;
    if (check !== Number(d[len])) return false;
  }
  return true;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): the letter is the number mod 23. */
export function dniValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '').toUpperCase();
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(v);
  if (m === null) return false;
  const [, prefix, digits, letter] = m as unknown as [string, string, string, string];
  if (prefix === '' ? digits.length !== 8 : digits.length !== 7) return false;
  const n = Number(String('XYZ'.indexOf(prefix === '' ? 'X' : prefix) * (prefix === '' ? 0 : 1)) + digits);
  return DNI_LETTERS[n % 23] === letter;
}

/** Swedish personnummer / samordningsnummer: a valid date (day + 60 allowed) and Luhn over YYMMDDNNNC. */
export function personnummerValid(value: string): boolean {
  const m = /^(?:\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})$/.exec(value.replace(/\s/g, ''));
  if (m === null) return false;
  const [, yy, mm, dd, tail] = m as unknown as [string, string, string, string, string];
  const month = Number(mm);
  let day = Number(dd);
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return luhnValid(yy + mm + dd + tail);
}

// Verhoeff tables (dihedral group D5), as used by Aadhaar.
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Indian Aadhaar: 12 digits, first 2–9, Verhoeff check digit. */
export function aadhaarValid(value: string): boolean {
  const d = value.replace(/\s|-/g, '');
  if (!/^[2-9]\d{11}$/.test(d) || /^(\d)\1{11}$/.test(d)) return false;
  return verhoeffValid(d);
}

/** Verhoeff check over a run of digits (its last digit is the check). */
function verhoeffValid(d: string): boolean {
  let c = 0;
  for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![Number(d[d.length - 1 - i])]!]!;
  return c === 0;
}

/** Nigerian National Identification Number (NIMC): 11 digits, the last a Verhoeff check digit. */
export function ngNinValid(value: string): boolean {
  return /^\d{11}$/.test(value) && !/^(\d)\1{10}$/.test(value) && verhoeffValid(value);
}

/**
 * Thai national id (เลขประจำตัวประชาชน): 13 digits, the first a registration category 1–8, the last
 * (11 − Σ dᵢ·(13 − i) mod 11) mod 10.
 */
export function thTninValid(value: string): boolean {
  if (!/^[1-8]\d{12}$/.test(value)) return false;
  const d = digitsOf(value);
  return (11 - (weighted(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === d[12];
}

/** French NIR (INSEE number): 13 characters (Corsica 2A/2B) and a key of 97 − (number mod 97). */
export function inseeValid(value: string): boolean {
  const v = value.replace(/\s/g, '').toUpperCase();
  const m = /^([12]\d{4}(?:\d{2}|2A|2B)\d{6})(\d{2})$/.exec(v);
  if (m === null) return false;
  const month = Number(v.slice(3, 5));
  if (!((month >= 1 && month <= 12) || month === 20 || (month >= 30 && month <= 42) || (month >= 50 && month <= 99))) return false;
  const body = m[1]!.replace('2A', '19').replace('2B', '18');
  let remainder = 0;
  for (const ch of body) remainder = (remainder * 10 + Number(ch)) % 97;
  return 97 - remainder === Number(m[2]);
}

/** German tax id (Steuer-IdNr): 11 digits, no leading 0, one digit repeated in the first ten, ISO 7064 MOD 11,10. */
export function deTaxIdValid(value: string): boolean {
  const d = value.replace(/[\s/]/g, '');
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const counts = new Map<string, number>();
  for (const ch of d.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(d[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(d[10]);
}

function digitsOf(value: string): number[] {
  return [...value].map(Number);
}

function weighted(d: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += d[i]! * weights[i]!;
  return sum;
}

/** A calendar date (two-digit years allowed; February 29 accepted in any year). */
function validDate(month: number, day: number): boolean {
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1]!;
}

/** Dutch BSN: 9 digits (8 with a leading zero dropped), the "11-proof" with weights 9…2 and −1. */
export function bsnValid(value: string): boolean {
  let v = value.replace(/[\s.-]/g, '');
  if (v.length === 8) v = '0' + v;
  if (!/^\d{9}$/.test(v) || /^0{9}$/.test(v)) return false;
  const d = digitsOf(v);
  return (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - d[8]!) % 11 === 0;
}

/** Polish PESEL: birth date (century in the month) and a weighted check digit. */
export function peselValid(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const d = digitsOf(value);
  const month = (d[2]! * 10 + d[3]!) % 20;
  if (!validDate(month, d[4]! * 10 + d[5]!)) return false;
  return (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === d[10];
}

/** Norwegian fødselsnummer / D-number: date (day + 40, month + 40/+80 allowed) and two mod-11 check digits. */
export function noFnrValid(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const d = digitsOf(value);
  const day = (d[0]! * 10 + d[1]!) % 40;
  const month = (d[2]! * 10 + d[3]!) % 40;
  if (!validDate(month, day)) return false;
  const k1 = (11 - (weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
  const k2 = (11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return k1 !== 10 && k2 !== 10 && k1 === d[9] && k2 === d[10];
}

/** Belgian national number (rijksregisternummer): 97 − (first nine mod 97), with a 2 in front for births from 2000. */
export function beNrnValid(value: string): boolean {
  const v = value.replace(/[\s.-]/g, '');
  if (!/^\d{11}$/.test(v)) return false;
  const month = Number(v.slice(2, 4));
  if (month > 12 && !(month >= 20 && month <= 32) && !(month >= 40 && month <= 52)) return false;
  const body = Number(v.slice(0, 9));
  const check = Number(v.slice(9));
  return 97 - (body % 97) === check || 97 - ((2_000_000_000 + body) % 97) === check;
}

/** Danish CPR number: DDMMYY-SSSS with a real date (the mod-11 rule was dropped in 2007). */
export function dkCprValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(v)) return false;
  return validDate(Number(v.slice(2, 4)), Number(v.slice(0, 2)));
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Finnish henkilötunnus: DDMMYY, century sign, individual number and a mod-31 check character. */
export function fiHetuValid(value: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})[-+A-FU-Y](\d{3})([0-9A-Y])$/i.exec(value);
  if (m === null || !validDate(Number(m[2]), Number(m[1]))) return false;
  return HETU_CHECK[Number(m[1]! + m[2]! + m[3]! + m[4]!) % 31] === m[5]!.toUpperCase();
}

/** Canadian SIN: 9 digits, Luhn, not starting with 0 or 8. */
export function caSinValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '');
  return /^[1-79]\d{8}$/.test(v) && luhnValid(v);
}

/** Australian tax file number: 8 or 9 digits with a weighted sum divisible by 11. */
export function auTfnValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '');
  if (!/^\d{8,9}$/.test(v)) return false;
  const weights = v.length === 9 ? [1, 4, 3, 7, 5, 8, 6, 9, 10] : [10, 7, 8, 4, 6, 3, 5, 1];
  return weighted(digitsOf(v), weights) % 11 === 0;
}

/** Chinese resident identity number: region, YYYYMMDD, sequence and an ISO 7064 MOD 11-2 check (0–9 or X). */
export function cnRidValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[1-8]\d{16}[\dX]$/.test(v)) return false;
  const year = Number(v.slice(6, 10));
  if (year < 1900 || year > 2099 || !validDate(Number(v.slice(10, 12)), Number(v.slice(12, 14)))) return false;
  const sum = weighted(digitsOf(v.slice(0, 17)), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  return '10X98765432'[sum % 11] === v[17];
}

/** South Korean resident registration number: YYMMDD-GNNNNNC, a date and a weighted check digit. */
export function krRrnValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(v) || !validDate(Number(v.slice(2, 4)), Number(v.slice(4, 6)))) return false;
  const d = digitsOf(v);
  return (11 - (weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === d[12];
}

/** Whether a KR number has the shape and date of one (numbers issued since 2020 carry no check digit). */
export function krRrnShaped(value: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})-([1-8])\d{6}$/.exec(value);
  return m !== null && validDate(Number(m[2]), Number(m[3]));
}

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** Mexican CURP: 18 characters, a birth date, sex, state and a weighted check digit. */
export function mxCurpValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$/.test(v) || !validDate(Number(v.slice(6, 8)), Number(v.slice(8, 10)))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(v[i]!) * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(v[17]);
}

/** Brazilian CNPJ (company, but also sole traders): 14 digits and two weighted mod-11 check digits. */
export function cnpjValid(value: string): boolean {
  const v = value.replace(/[\s./-]/g, '');
  if (!/^\d{14}$/.test(v) || /^(\d)\1{13}$/.test(v)) return false;
  const d = digitsOf(v);
  const check = (n: number, weights: number[]): boolean => {
    const r = weighted(d, weights) % 11;
    return (r < 2 ? 0 : 11 - r) === d[n];
  };
  return check(12, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) && check(13, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
}

// Codice fiscale: values of characters in odd (1st, 3rd, …) positions; even positions count 0–25.
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Italian codice fiscale: 16 characters (digits may be replaced by letters, "omocodia") and a check letter. */
export function codiceFiscaleValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = v.charCodeAt(i);
    const n = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? CF_ODD[n]! : n;
  }
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}

/** Indian PAN: five letters (the fourth the holder type), four digits, a letter. No check digit. */
export function inPanShaped(value: string): boolean {
  return /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/.test(value);
}

/** US ITIN: 9XX-XX-XXXX with the group in 50–65, 70–88, 90–92 or 94–99. */
export function itinValid(digits: string): boolean {
  if (!/^9\d{8}$/.test(digits)) return false;
  const g = Number(digits.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

/** Swiss AHV/AVS number (social insurance): 756, nine digits and an EAN-13 check digit. */
export function ahvValid(value: string): boolean {
  const v = value.replace(/[\s.-]/g, '');
  if (!/^756\d{10}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (v.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === v.charCodeAt(12) - 48;
}

/** South African id number: YYMMDD, sequence, citizenship (0–2), a digit and a Luhn check. */
export function zaIdValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(v) || v[10]! > '2') return false;
  return validDate(Number(v.slice(2, 4)), Number(v.slice(4, 6))) && luhnValid(v);
}

/** Singapore NRIC/FIN: S, T, F or G, seven digits and a check letter from a weighted sum mod 11. */
export function nricValid(value: string): boolean {
  const m = /^([STFG])(\d{7})([A-Z])$/.exec(value);
  if (m === null) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = m[1] === 'T' || m[1] === 'G' ? 4 : 0;
  for (let i = 0; i < 7; i++) sum += (m[2]!.charCodeAt(i) - 48) * weights[i]!;
  const letters = m[1] === 'S' || m[1] === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  return letters[sum % 11] === m[3];
}

/** Japanese My Number (individual number): 11 digits and a weighted mod-11 check digit. */
export function jpMyNumberValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '');
  if (!/^\d{12}$/.test(v)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (v.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === v.charCodeAt(11) - 48;
}

// Values of the Taiwanese region letters (I, O, W–Z are out of alphabetical order).
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

/** Taiwanese national id: a region letter, 1 or 2, seven digits and a check digit. */
export function twIdValid(value: string): boolean {
  if (!/^[A-Z][12]\d{8}$/.test(value)) return false;
  const n = TW_LETTERS.indexOf(value[0]!) + 10;
  let sum = Math.floor(n / 10) + (n % 10) * 9;
  for (let i = 1; i <= 8; i++) sum += (value.charCodeAt(i) - 48) * (9 - i);
  return (sum + value.charCodeAt(9) - 48) % 10 === 0;
}

/** Hong Kong identity card: one or two letters, six digits and a check character (0–9 or A) in brackets. */
export function hkIdValid(value: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(?([0-9A])\)?$/.exec(value);
  if (m === null) return false;
  const values = [...(m[1]!.length === 1 ? [36] : []), ...[...m[1]!].map((c) => c.charCodeAt(0) - 55), ...[...m[2]!].map(Number)];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += values[i]! * (9 - i);
  const check = (11 - (sum % 11)) % 11;
  return (check === 10 ? 'A' : String(check)) === m[3];
}

/** Turkish identity number (T.C. Kimlik No): 11 digits, no leading 0, two check digits. */
export function trTcknValid(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) return false;
  const d = digitsOf(value);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d[9]) return false;
  return d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10];
}

/** Romanian personal numeric code (CNP): sex and century, YYMMDD, county, sequence, weighted check. */
export function roCnpValid(value: string): boolean {
  if (!/^[1-9]\d{12}$/.test(value) || !validDate(Number(value.slice(3, 5)), Number(value.slice(5, 7)))) return false;
  const r = weighted(digitsOf(value), [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (r === 10 ? 1 : r) === value.charCodeAt(12) - 48;
}

/** ICAO 9303 check digit of a machine-readable-zone field: weights 7, 3, 1; `<` is 0, A is 10. */
export function icaoCheckDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += v * weights[i % 3]!;
  }
  return sum % 10;
}

/**
 * German pension insurance number (Sozialversicherungsnummer / Rentenversicherungsnummer): area
 * number, birth date DDMMYY, the initial of the birth name, a serial and a check digit. The letter
 * counts as its two-digit place in the alphabet; the twelve digits are weighted 2 1 2 5 7 1 2 1 2 1 2 1
 * and the digit sums of the products, mod 10, give the check.
 */
export function deSvnrValid(value: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})\d{2}([A-Z])(\d{2})(\d)$/.exec(value);
  if (m === null || !validDate(Number(m[3]), Number(m[2]))) return false;
  const letter = m[4]!.charCodeAt(0) - 64;
  const d = [...digitsOf(value.slice(0, 8)), Math.floor(letter / 10), letter % 10, ...digitsOf(m[5]!)];
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = d[i]! * weights[i]!;
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === Number(m[6]);
}

/**
 * Chilean RUT/RUN (`12.345.678-5`, `12345678-K`): the body's digits weighted 2…7 from the right,
 * and 11 minus the sum mod 11 as the check (11 is `0`, 10 is `K`).
 */
export function clRutValid(value: string): boolean {
  const m = /^(\d{1,2}(?:\.?\d{3}){2})-([\dkK])$/.exec(value);
  if (m === null) return false;
  const body = m[1]!.replace(/\./g, '');
  if (body.length < 7 || /^0/.test(body)) return false;
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += (body.charCodeAt(i) - 48) * w;
  const r = 11 - (sum % 11);
  const check = r === 11 ? '0' : r === 10 ? 'K' : String(r);
  return m[2]!.toUpperCase() === check;
}
