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

/** IBAN check digits (ISO 13616 mod-97 == 1) over an upper-case, space-free candidate. */
export function ibanValid(iban: string): boolean {
  if (iban.length < 15 || iban.length > 34 || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
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
  let c = 0;
  for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![Number(d[d.length - 1 - i])]!]!;
  return c === 0;
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
