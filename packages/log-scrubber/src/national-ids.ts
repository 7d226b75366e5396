import {
  ahvValid,
  auTfnValid,
  deSvnrValid,
  beNrnValid,
  bsnValid,
  caSinValid,
  cnpjValid,
  cnRidValid,
  clRutValid,
  codiceFiscaleValid,
  cpfValid,
  deTaxIdValid,
  dniValid,
  dkCprValid,
  fiHetuValid,
  hkIdValid,
  inseeValid,
  inPanShaped,
  itinValid,
  jpMyNumberValid,
  krRrnShaped,
  krRrnValid,
  ngNinValid,
  mxCurpValid,
  nricValid,
  noFnrValid,
  peselValid,
  personnummerValid,
  roCnpValid,
  zaIdValid,
  ssnValid,
  thTninValid,
  trTcknValid,
  twIdValid,
} from './checksums.js';

/**
 * National identifiers beyond the US SSN, UK NINO, BR CPF, ES DNI/NIE, SE personnummer, IN Aadhaar,
 * FR INSEE and DE Steuer-ID (read in `text-scanner.ts`). Shapes that carry letters, a check
 * character and a date (IT codice fiscale, MX CURP, FI HETU, CN resident id) or a format of their own
 * (BE `YY.MM.DD-SSS.CC`, BR CNPJ `XX.XXX.XXX/XXXX-XX`, KR `YYMMDD-NNNNNNN`) count on their check
 * alone; bare digit runs pass one random number in ten or eleven, so they count only next to a word
 * naming that country's identifier, in its own languages.
 */

/** Alternatives of the national-id pattern for these shapes (the longest first). */
export const NATIONAL_ID_SHAPES = [
  // IT codice fiscale (digits may be letters: "omocodia").
  String.raw`[A-Za-z]{6}[\dLMNPQRSTUV]{2}[A-Za-z][\dLMNPQRSTUV]{2}[A-Za-z][\dLMNPQRSTUV]{3}[A-Za-z]`,
  // MX CURP.
  String.raw`[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d`,
  // CN resident id ending in X (all-digit ones are read as digit runs).
  String.raw`[1-8]\d{16}[Xx]`,
  // BR CNPJ, BE national number, KR RRN, FI HETU.
  String.raw`\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}`,
  String.raw`\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}`,
  String.raw`\d{6}-\d{7}`,
  String.raw`\d{6}[-+A-FU-Y]\d{3}[0-9A-Ya-y]`,
  // IN PAN.
  String.raw`[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]`,
  // CH AHV/AVS (756.XXXX.XXXX.XX), NL BSN as printed on documents (XXXX.XX.XXX), NO fødselsnummer
  // as date and personal number (DDMMYY NNNNN).
  String.raw`756\.\d{4}\.\d{4}\.\d{2}`,
  String.raw`\d{4}\.\d{2}\.\d{3}`,
  String.raw`\d{6} \d{5}`,
  // SG NRIC/FIN, TW national id, HK identity card with its bracketed check.
  String.raw`[STFG]\d{7}[A-Z]`,
  String.raw`[A-Z][12]\d{8}`,
  String.raw`[A-Z]{1,2}\d{6}\([0-9A]\)`,
  // CA SIN, AU TFN written in threes.
  String.raw`\d{3}[ -]\d{3}[ -]\d{3}`,
  // DE Sozialversicherungsnummer: area, birth date, the birth name's initial, serial and check.
  String.raw`\d{8}[A-Z]\d{3}`,
  // CL RUT/RUN with its check digit or `K` (`12.345.678-5`, `12345678-K`).
  String.raw`\d{1,2}\.\d{3}\.\d{3}-[\dkK]|\d{7,8}-[\dkK]`,
  // JP My Number written in groups of four (not the first twelve digits of a card in fours).
  String.raw`\d{4} \d{4} \d{4}(?! ?\d)`,
].join('|');

/** Hint (with the scanner's own) that a string may hold one of these shapes. */
export const NATIONAL_ID_HINT_SOURCE = String.raw`\d\/\d{4}-\d{2}|[A-Za-z]{6}[\dLMNPQRSTUV]{2}[A-Za-z]|[A-Z]{4}\d{6}|\d{6}[-+A-Y]\d{3}|[A-Z]{5}\d{4}[A-Z]|\d{3}[ -]\d{3}[ -]\d{3}|756\.\d{4}\.|\d{4}\.\d{2}\.\d{3}|\d{6} \d{5}|[STFG]\d{7}[A-Z]|[A-Z]\d{6}\(|\d{8}[A-Z]\d{3}|\d{3}\.\d{3}-[\dkK]|\d{7,8}-[\dkK]`;

// Words naming one country's identifier, in the languages it is written about.
const CTX_BSN = /\bbsn\b|burgerservice|\bsofi\b/i;
const CTX_SIN = /\bsin\b|\bnas\b|social insurance|assurance sociale/i;
const CTX_TFN = /\btfn\b|tax file/i;
const CTX_SSN = /\bssn\b|social security/i;
const CTX_ITIN = /\bitin\b|taxpayer/i;
const CTX_CPR = /\bcpr\b|cpr-n/i;
const CTX_PESEL = /pesel/i;
const CTX_NO = /f[øo]e?dselsnummer|personnummer|\bf\.?nr\b|d-nummer/i;
const CTX_BE = /rijksregister|registre national|national(?:e)? (?:number|nummer)|num[ée]ro national|\bniss\b|\binsz\b|\brrn\b/i;
// Foreign residents get a number of the same shape (the seventh digit 5–8): the FRN, 외국인등록번호.
const CTX_KR = /주민|\brrn\b|resident registration|\bfrn\b|foreign(?:er)? registration|외국인/i;
const CTX_CNPJ = /cnpj/i;
// A South African driving licence and work permit carry the holder's identity number, and
// fleet and HR tools log it as `licence=…`.
const CTX_ZA = /\bza\b|south africa|\brsa\b|identity number|\b(?:licen[cs]e|permit)(?:[ _-]?(?:no|nr|number))?[ \t]{0,2}[=:][ \t]{0,2}\d/i;
const CTX_AHV = /\bahv\b|\bavs\b|sozialversicherung|ahv-?n/i;
const CTX_TW = /身分證|身份證|統一編號|taiwan|\btw\b/i;
const CTX_JP = /マイナンバー|個人番号|my ?number|kojin bang/i;
const CTX_TR = /kimlik|\btckn\b|\bt\.?c\.? ?(?:no|kimlik)|vatanda[sş]|turkish id/i;
const CTX_NG = /\bnin\b|\bnimc\b|nigeria/i;
const CTX_TH = /\bthai\b|\btnin\b|thailand|ประชาชน/i;
const CTX_RO = /\bcnp\b|cod numeric personal/i;
// Chile's RUT (tax roll) and RUN (civil registry) are one number; a cédula carries it. `RUN` only in
// capitals: the lower-case word is a job's run.
const CTX_CL = /\bRU[NT]\b|\b[Rr]ut\b|[Cc][ée]dula|\bChile/;
const CTX_PAN = /\bpan\b|income tax|permanent account/i;
// Words naming a national identifier without a country; identity documents by their names in
// French, Italian and Dutch (`pièce d'identité`, `carta d'identità`, `identiteitsbewijs`), whose
// number is often the holder's national one. HR and payroll lines shorten the national id to a
// `nid=` field; the value must still pass a scheme's checksum, so a CMS node id under it stays.
const CTX_ANY =
  /national[ _-]?(?:id|identity|identification|number)|\bid(?:entity|entification)?[ _-]?(?:number|no\b|nr\b|num\b)|personal (?:id|number|code)|citizen id|identity card|\bid card|n[uú]mero de identifica|num[ée]ro d['’]identi|(?:pi[èe]ce|carte|carta) d['’]identit|identiteits(?:bewijs|kaart)|legitimatiebewijs|ausweis|documento|identidad|身份证|公民身份|주민등록|\bnid[ \t]{0,2}[=:]/i;

// A know-your-customer check names the identity document it read without saying which country's
// number it holds ("KYC submitted …, document 123456782", "applicant …, id 123456782"): a word about
// checking a person's identity and one naming the document or its id together name an identity
// number. The number must still pass a scheme's checksum, so an order number beside them stays.
const CTX_KYC = /\bkyc\b|\bapplicant\b|identity (?:check|verification)|identit(?:ätsprüfung|eitscontrole)/i;
const CTX_DOCUMENT = /\bdoc(?:ument)?(?:[ _-]?(?:no|nr|number|id))?\b|(?<![\w.-])id(?=[ \t]{1,2}\d|[:=#][ \t]{0,2}\d)/i;
// An automated caller check (IVR) asks for the date of birth and a spoken or keyed id
// (`dtmf_dob=… asr_id="…"`): a date-of-birth field beside a field named as an id is the same check.
const CTX_DOB_FIELD = /(?:^|[^a-z])(?:dob|birth_?date|date_of_birth|birthday)["']?[ \t]{0,2}[=:]/i;
const CTX_ID_FIELD = /[a-z]_id["']?[ \t]{0,2}[=:][ \t]{0,2}["']?\d/i;
// A support agent's note of the same check in words: the caller verified, the date of birth named
// as a word (`verified caller … DOB … ID …`), then the document's number after a bare `ID`.
const CTX_DOB_WORD = /\b(?:dob|d\.o\.b|date of birth)\b|<dob:/i;
const CTX_VERIFIED = /\bverified (?:caller|customer|user|member|identity|holder)\b|\b(?:caller|identity) verified\b/i;

/** Whether the text is an identity check that quotes a document's number. */
export function identityCheckContext(text: string): boolean {
  if (contextIn(CTX_KYC, text) && contextIn(CTX_DOCUMENT, text)) return true;
  if ((contextIn(CTX_DOB_WORD, text) || contextIn(CTX_VERIFIED, text)) && contextIn(CTX_DOCUMENT, text)) return true;
  return contextIn(CTX_DOB_FIELD, text) && (contextIn(CTX_DOCUMENT, text) || contextIn(CTX_ID_FIELD, text));
}

// Context words are looked for once per text: a long text with many id-shaped candidates (or
// card-shaped digit runs) would otherwise be searched again for each of them, quadratic in its length.
let memoText = '';
const memo = new Map<RegExp, boolean>();
/** Whether `context` occurs in `text`, remembered for the text being scanned. */
export function contextIn(context: RegExp, text: string): boolean {
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  let found = memo.get(context);
  if (found === undefined) {
    found = context.test(text);
    memo.set(context, found);
  }
  return found;
}

/** Whether a candidate of the shapes above (or a bare digit run) is a national id here. */
export function nationalIdValid(text: string, value: string): boolean {
  const any = (): boolean => contextIn(CTX_ANY, text) || identityCheckContext(text);
  if (value.length === 16 && /^[A-Za-z]{6}/.test(value)) return codiceFiscaleValid(value);
  if (value.length === 18 && /^[A-Z]{4}/.test(value)) return mxCurpValid(value);
  if (/^\d{17}[\dXx]$/.test(value)) return cnRidValid(value);
  if (/^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/.test(value)) return cnpjValid(value);
  if (/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(value)) return beNrnValid(value);
  if (/^\d{6}-\d{7}$/.test(value)) return krRrnValid(value) || (krRrnShaped(value) && (contextIn(CTX_KR, text) || any()));
  if (/^\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y]$/.test(value)) {
    return fiHetuValid(value) || (/^\d{6}-\d{4}$/.test(value) && dkCprValid(value) && (contextIn(CTX_CPR, text) || any()));
  }
  if (/^\d{8}[A-Z]\d{3}$/.test(value)) return deSvnrValid(value);
  if (/^[STFG]\d{7}[A-Z]$/.test(value)) return nricValid(value);
  // A letter and nine digits is also a common shape of business ids: only with its word.
  if (/^[A-Z][12]\d{8}$/.test(value)) return twIdValid(value) && (contextIn(CTX_TW, text) || any());
  if (/^[A-Z]{1,2}\d{6}\([0-9A]\)$/.test(value)) return hkIdValid(value);
  if (/^756\.\d{4}\.\d{4}\.\d{2}$/.test(value)) return ahvValid(value);
  if (/^\d{4}\.\d{2}\.\d{3}$/.test(value)) return bsnValid(value) && (contextIn(CTX_BSN, text) || any());
  if (/^\d{1,2}(?:\.?\d{3}){2}-[\dkK]$/.test(value)) return clRutValid(value) && (contextIn(CTX_CL, text) || any());
  if (/^\d{6} \d{5}$/.test(value)) return noFnrValid(value.replace(' ', '')) && (contextIn(CTX_NO, text) || any());
  if (/^[A-Z]{5}\d{4}[A-Z]$/.test(value)) return inPanShaped(value) && (contextIn(CTX_PAN, text) || any());
  const digits = value.replace(/[ -]/g, '');
  if (!/^\d{8,14}$/.test(digits)) return false;
  switch (digits.length) {
    case 8:
    case 9:
      return (
        (bsnValid(digits) && (contextIn(CTX_BSN, text) || any())) ||
        (digits.length === 9 && caSinValid(digits) && (contextIn(CTX_SIN, text) || any())) ||
        (auTfnValid(digits) && (contextIn(CTX_TFN, text) || any())) ||
        (itinValid(digits) && contextIn(CTX_ITIN, text)) ||
        (digits.length === 9 && ssnValid(digits) && contextIn(CTX_SSN, text))
      );
    case 10:
      return dkCprValid(digits) && contextIn(CTX_CPR, text);
    case 11:
      return (
        (peselValid(digits) && (contextIn(CTX_PESEL, text) || any())) ||
        (noFnrValid(digits) && (contextIn(CTX_NO, text) || any())) ||
        (beNrnValid(digits) && (contextIn(CTX_BE, text) || any())) ||
        (trTcknValid(digits) && contextIn(CTX_TR, text)) ||
        (ngNinValid(digits) && contextIn(CTX_NG, text))
      );
    case 12:
      return jpMyNumberValid(digits) && contextIn(CTX_JP, text);
    case 13:
      if (ahvValid(digits) && (contextIn(CTX_AHV, text) || any())) return true;
      if (zaIdValid(digits) && (contextIn(CTX_ZA, text) || any())) return true;
      if (roCnpValid(digits) && contextIn(CTX_RO, text)) return true;
      if (thTninValid(digits) && contextIn(CTX_TH, text)) return true;
      return (krRrnValid(digits) || krRrnShaped(`${digits.slice(0, 6)}-${digits.slice(6)}`)) && (contextIn(CTX_KR, text) || any());
    case 14:
      return cnpjValid(digits) && (contextIn(CTX_CNPJ, text) || any());
    default:
      return false;
  }
}

/**
 * A bare number whose own check digits (two of them, or one with a birth date or the digit rule of
 * its scheme) make it a person's national id in a record that says nothing about it: NO
 * fødselsnummer, PL PESEL, BR CPF, DE Steuer-ID (11 digits), SE personnummer with its century (12),
 * DE Sozialversicherungsnummer. Used where a row's layout already says it is about someone.
 */
export function checkedPersonId(value: string): boolean {
  if (value.length < 9 || value.length > 21) return false;
  if (/^\d{11}$/.test(value)) return noFnrValid(value) || peselValid(value) || cpfValid(value) || deTaxIdValid(value);
  // A twelve-digit personnummer is also how timestamps are written to the minute (`202607132129`, HL7
  // `MSH-7`): one whose last four digits read as a time of day is left to its word.
  if (/^\d+$/.test(value)) return (/^(?:19|20)\d{10}$/.test(value) && !/(?:[01]\d|2[0-3])[0-5]\d$/.test(value) && personnummerValid(value)) || (/^[12]\d{14}$/.test(value) && inseeValid(value));
  // ES DNI/NIE (check letter), and the shapes above that count on their check alone (IT codice
  // fiscale, MX CURP, CN resident id, BE, FI, CH, SG, HK, DE SVNR, formatted CNPJ).
  if (/^[XYZ]?\d{7,8}[A-Z]$/.test(value)) return dniValid(value);
  return nationalIdValid('', value);
}

/** A number that is a national id when its row is known to be about a person: the above, or a Dutch BSN. */
export function personRowId(value: string): boolean {
  return checkedPersonId(value) || (/^\d{9}$/.test(value) && bsnValid(value)) || (/^\d{1,2}(?:\.\d{3}){2}-[\dkK]$/.test(value) && clRutValid(value));
}

// Health and insurance records file a patient or policy member under their national number: the
// Dutch zorgverzekering and the Polish NFZ take the BSN and the PESEL as the insured's number, and
// clinic booking widgets echo it as `insuranceId`. Words that say whose number it is, then an id word.
const INSURED_WORDS = new Set(['insurance', 'insured', 'insuree', 'patient', 'member', 'policy', 'policyholder', 'holder', 'health', 'beneficiary', 'subscriber', 'versicherten', 'versicherung', 'verzekerde', 'zorgverzekering', 'ubezpieczenia']);
const ID_WORDS = new Set(['id', 'no', 'nr', 'num', 'number', 'nummer', 'numer']);

/** Whether a key (its words, see keyWords) names the number a person is insured or registered as a patient under. */
export function insuredIdKey(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 4 && ID_WORDS.has(words[words.length - 1]!) && words.slice(0, -1).some((w) => INSURED_WORDS.has(w));
}

/** A value under such a key that is a national id by its own check digits. */
export function insuredNationalId(value: string): boolean {
  const v = value.trim();
  return v.length >= 9 && v.length <= 21 && /^[\dA-Z][\d A-Z.-]+[\dA-Z]$/.test(v) && personRowId(v.replace(/[ .]/g, ''));
}

// Front desks, visitor kiosks and HR systems record the identity document a person showed by its
// number (`id_doc=…`, `document: …`, `ausweis=…`); in much of Europe that number is the national
// one (a Polish PESEL, a Dutch BSN). Under such a key a number with its scheme's check digits is it.
const DOCUMENT_WORDS = new Set(['doc', 'document', 'dokument', 'documento', 'ausweis', 'personalausweis', 'idnr', 'idno', 'iddoc', 'docid', 'dowod']);
const DOCUMENT_KEY_WORDS = new Set([...DOCUMENT_WORDS, 'id', 'no', 'nr', 'num', 'number', 'nummer', 'numer', 'identity', 'card']);

/** Whether a key (its words, see keyWords) names the number of an identity document a person showed. */
export function documentIdKey(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 3 || !words.every((w) => DOCUMENT_KEY_WORDS.has(w))) return false;
  return words.some((w) => DOCUMENT_WORDS.has(w)) || (words.length === 2 && words[0] === 'id' && ID_WORDS.has(words[1]!) && words[1] !== 'id');
}
