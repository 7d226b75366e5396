import type { LineSpan } from './people-lines.js';
import { capitalsName } from './personal-keys.js';
import { dkCprValid, ibanValid, isCardNumber, noFnrValid, ssnValid } from './checksums.js';
import { NOT_A_SURNAME } from './given-names.js';
import { interchangeSpans } from './interchange-records.js';
import { checkedPersonId } from './national-ids.js';

/**
 * People in records whose layout, not a sentence, says what a value is:
 *
 * - Upper-case records of mainframes, payment terminals and ERP dumps: a label naming a person
 *   (`NAME(…)`, `NAME=SURNAME, GIVEN`, `HOLDER GIVEN SURNAME`, IDoc `NAME1 Given Surname`).
 * - DICOM header dumps (dcmdump, pydicom): every value of the PN value representation is a
 *   person's name; the patient's birth date, address and telephone have fixed tags.
 * - UN/EDIFACT passenger messages (PNRGOV, PAXLST): segments have fixed meanings (TIF and NAD hold
 *   the traveller, DOC and SSR DOCS the travel document, DTM 329 the birth date, CTC and COM
 *   the contact numbers).
 *
 * - Fixed-width billing and export lines: a Luhn-valid run of 13–19 digits set off by blanks is a
 *   card number when its line also carries money (an amount glued to an ISO currency code) or a
 *   card word; the upper-case name padded with blanks in that line is its holder.
 *
 * Each is gated by a literal its format cannot do without.
 */

const CAP = String.raw`A-Z\u00C0-\u00DE\u0100-\u017F`;
const LOW = String.raw`a-z\u00DF-\u00FF\u0100-\u017F`;

// --- labelled names in upper-case records ----------------------------------------------------------

// A label, then `(`, `=`, `: ` or one or two blanks. Labels in capitals only: lower-case `name=` is a
// key of the text scanner. IDoc segments number their name fields (NAME1…NAME4).
const CAPS_LABEL = /(?<![\w-])((?:CUSTOMER|PATIENT|CLIENT|GUEST|PASSENGER|EMPLOYEE|MEMBER|INSURED|PAYER|BENEFICIARY|CONTACT|TRAVELL?ER|FULL|FIRST|LAST|GIVEN|FAMILY)[ _-]?NAME|PATIENT|CUSTOMER|CLIENT|GUEST|PASSENGER|EMPLOYEE|INSURED|BENEFICIARY|TRAVELL?ER|PAX|NAME[1-4]?|HOLDER|CARDHOLDER|CARD HOLDER|CUSTNAME|CUST-NAME|EMP-NAME|EMPNAME|PATNAME|PAYEE|ACCTNAME|SURNAME|FORENAME)(\(|=|: ?| {1,2})/g;
const CAPS_WORD = String.raw`[${CAP}][${CAP}'-]{0,24}`;
// `SURNAME, GIVEN [MIDDLE]`, `SURNAME/GIVEN`, `GIVEN [M.] SURNAME`, or `Given Surname` in mixed case.
const CAPS_NAME = new RegExp(
  String.raw`${CAPS_WORD}(?:, ?|\/)${CAPS_WORD}(?: ${CAPS_WORD}\.?)?(?![\w=(])|${CAPS_WORD}(?: ${CAPS_WORD}\.?){1,3}(?![\w=(])|[${CAP}][${LOW}'-]{1,24}(?: [${CAP}][${LOW}'-]{1,24}){1,3}(?![\w=(])`,
  'y',
);

function capsNameSpans(text: string, spans: LineSpan[]): void {
  CAPS_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPS_LABEL.exec(text)) !== null) {
    const at = m.index + m[0].length;
    CAPS_NAME.lastIndex = at;
    let name = CAPS_NAME.exec(text)?.[0];
    if (name === undefined) continue;
    // A status word after the name (`HALVORSEN/INGRID OK`) is not part of it.
    while (!capitalsName(name.replace(/[,/] ?/g, ' ').toUpperCase()) && /[ ,/]\S+$/.test(name) && name.split(/[ ,/]+/).length > 2) name = name.replace(/[ ,/]+\S+$/, '');
    if (m[2] === '(' && text[at + name.length] !== ')') continue;
    // After `=` or `:` a run of capitals is as often a job or a status (`NAME=BATCH JOB`): only the
    // `SURNAME, GIVEN` and `SURNAME/GIVEN` forms and mixed case are names there.
    // A role word alone (`GUEST WIFI ENABLED`, `CLIENT: MOBILE APP`) is as often a feature or a
    // system: after it only the `SURNAME, GIVEN` form is a name.
    const role = ROLE_LABEL.test(m[1]!);
    const loose = role || ((m[2] === '=' || m[2]!.startsWith(':')) && !/[A-Z]{3}[ _-]?NAME$/.test(m[1]!));
    const mixed = /[a-z\u00DF-\u00FF]/.test(name);
    const ok = capitalsName(name.replace(/[,/] ?/g, ' ').toUpperCase()) && (mixed || !loose || /[,/]/.test(name));
    if (ok) spans.push([at, at + name.length, 'name']);
  }
}

// Street lines under an upper-case label (`STRAS` of SAP IDocs, `STREET`, `ADDRESS`) to the end of
// the line: a house number and a word are enough where the label says what the value is.
const CAPS_ADDRESS = /(?<![\w-]|(?:IP|MAC|EMAIL|E-MAIL|REMOTE|LOCAL|BIND|LISTEN|SERVER|HOST|PEER|GATEWAY)[ _-])(?:STRAS {1,2}|(?:STREET|ADDRESS[1-3]?|ADDR[1-3]?|ADRESSE)(?:=|: ?))([^\n\r|=]{4,120})/g;

// A house number standing as a word of its own (`387/29`, `12b`, `4-6`).
const HOUSE_NUMBER = /(?:^|\s)\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?(?:[,\s]|$)/;

function capsAddressSpans(text: string, spans: LineSpan[]): void {
  CAPS_ADDRESS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPS_ADDRESS.exec(text)) !== null) {
    // The value ends at the next field of the line (`  TELF1 …`, ` CITY=…`).
    const value = m[1]!.replace(/(?: {2,}| [A-Z][A-Z0-9_]{1,15}(?= |$)).*$/, '').trimEnd();
    if (!HOUSE_NUMBER.test(value) || !/[A-Za-z\u00C0-\u017F]{3}/.test(value) || !/^[\p{L}\d]/u.test(value)) continue;
    const at = m.index + m[0].length - m[1]!.length;
    spans.push([at, at + value.length, 'address']);
  }
}

const ROLE_LABEL = /^(?:PATIENT|CUSTOMER|CLIENT|GUEST|PASSENGER|EMPLOYEE|INSURED|BENEFICIARY|TRAVELL?ER)$/;

// HL7 XPN and DICOM PN components outside their messages (`Patient DOE^JANE^Q admitted`): capitals,
// a caret, capitals. Coded values have digits (`ORU^R01`) and inner components follow a caret.
const CARET_NAME = /(?<![\w^])[A-Z][A-Z'-]{1,30}\^[A-Z][A-Za-z'-]{1,30}(?:\^[A-Za-z'. -]{0,30}){0,4}(?![\w^])/g;

// Words before a person's name in clinical and billing text.
const CARET_CUE = /(?:patient|pt\.?|name|physician|doctor|dr\.?|provider|nurse|referring|attending|ordering|guarantor|insured|subscriber|member|kin|by)[\s:=[("']{1,3}$/i;

function caretNameSpans(text: string, spans: LineSpan[]): void {
  CARET_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CARET_NAME.exec(text)) !== null) {
    const name = m[0].replace(/[\^ ]+$/, '');
    if (CARET_CUE.test(text.slice(Math.max(0, m.index - 24), m.index)) && capitalsName(name.split('^').slice(0, 2).join(' ').toUpperCase())) spans.push([m.index, m.index + name.length, 'name']);
  }
}

// --- DICOM ------------------------------------------------------------------------------------------

// dcmdump `(0010,0010) PN [DOE^JOHN]` and pydicom `(0010, 0010) Patient's Name   PN: 'DOE^JOHN'`.
const DICOM_ELEMENT = /\((\w{4}), ?(\w{4})\)[ \t](?:[^\n]{0,64}?[ \t])?([A-Z]{2})(?:[ \t]\[|: ')([^\]'\n]{1,200})[\]']/g;
// Patient module tags (PS3.6): birth date, address, telephone numbers; the birth name and mother's
// name are PN and taken as every PN is.
const DICOM_TAGS: ReadonlyMap<string, LineSpan[2]> = new Map([
  ['0010,0030', 'dob'],
  ['0010,1040', 'address'],
  ['0010,2154', 'phone'],
]);

function dicomSpans(text: string, spans: LineSpan[]): void {
  DICOM_ELEMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DICOM_ELEMENT.exec(text)) !== null) {
    const type = m[3] === 'PN' ? 'name' : DICOM_TAGS.get(`${m[1]},${m[2]}`.toUpperCase());
    if (type === undefined || !/[^\s^=]/.test(m[4]!)) continue;
    const end = m.index + m[0].length - 1;
    spans.push([end - m[4]!.length, end, type]);
  }
}

// --- EDIFACT ----------------------------------------------------------------------------------------

// A segment: its tag after the start or the previous segment's terminator `'` (and a line break).
const EDIFACT_SEGMENT = /(?:^|')[\r\n]{0,2}(TIF|NAD|DOC|DTM|CTC|COM|SSR)\+([^'\n]{1,300})/g;

function edifactSpans(text: string, spans: LineSpan[]): void {
  EDIFACT_SEGMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EDIFACT_SEGMENT.exec(text)) !== null) {
    const body = m[2]!;
    const base = m.index + m[0].length - body.length;
    const elements = body.split('+');
    const element = (i: number): [number, string] | undefined => {
      if (i >= elements.length) return undefined;
      let at = base;
      for (let k = 0; k < i; k++) at += elements[k]!.length + 1;
      return [at, elements[i]!];
    };
    const first = (i: number, type: LineSpan[2]): void => {
      const e = element(i);
      if (e === undefined) return;
      const v = e[1].split(':')[0]!;
      if (v.length > 0) spans.push([e[0], e[0] + v.length, type]);
    };
    switch (m[1]) {
      case 'TIF': // surname, then the given names
        for (let i = 0; i < elements.length; i++) first(i, 'name');
        break;
      case 'NAD': { // party name: surname:given in the fourth element
        const e = element(3);
        if (e !== undefined && e[1].length > 0) spans.push([e[0], e[0] + e[1].length, 'name']);
        break;
      }
      case 'DOC':
        first(1, 'id');
        break;
      case 'DTM': { // 329: date of birth
        const e = element(0);
        if (e !== undefined && e[1].startsWith('329:')) spans.push([e[0] + 4, e[0] + e[1].split(':').slice(0, 2).join(':').length, 'dob']);
        break;
      }
      case 'CTC':
      case 'COM':
        for (let i = 0; i < elements.length; i++) {
          const e = element(i)!;
          const v = e[1].split(':')[0]!;
          if (/^\+?\d[\d ()-]{5,20}\d$/.test(v)) spans.push([e[0], e[0] + v.length, 'phone']);
        }
        break;
      case 'SSR': { // DOCS free text: /type/issuer/number/nationality/birth date/…
        const docs = /^DOCS[^/]{0,40}\/[A-Z]{1,2}\/[A-Z]{3}\/([A-Z0-9]{5,20})(?=\/|$)(?:\/[A-Z]{3}\/(\d{2}[A-Z]{3}\d{2,4})(?=\/|$))?/d.exec(body);
        if (docs === null) break;
        spans.push([base + docs.indices![1]![0], base + docs.indices![1]![1], 'id']);
        if (docs[2] !== undefined) spans.push([base + docs.indices![2]![0], base + docs.indices![2]![1], 'dob']);
        const names = /\/[MFXU]I?\/\d{2}[A-Z]{3}\d{2,4}\/([A-Z' -]{2,40})\/([A-Z' -]{2,40})$/.exec(body);
        if (names !== null) {
          const at = base + names.index + names[0].length - names[1]!.length - names[2]!.length - 1;
          spans.push([at, at + names[1]!.length, 'name'], [at + names[1]!.length + 1, at + names[1]!.length + 1 + names[2]!.length, 'name']);
        }
        break;
      }
    }
  }
}

/** Spans found by the record layouts above (unsorted; the caller sorts and drops overlaps). */
// The literals every layout above needs, in one expression: most strings fail it and run nothing else.
const LAYOUT_HINT = /\^[A-Z]|PAX|NAME|HOLDER|PAYEE|PATIENT|CUSTOMER|CLIENT|GUEST|PASSENGER|EMPLOYEE|INSURED|BENEFICIARY|TRAVEL|STRAS|STREET|ADDR|ADRESSE|\(00|UN[HBA][+:]|NM1\*|N1\*|N3\*|DMG\*|BEGIN:VCARD|\n:5/;
const CAPS_LABEL_HINT = /NAME|HOLDER|PAX|PAYEE|PATIENT|CUSTOMER|CLIENT|GUEST|PASSENGER|EMPLOYEE|INSURED|BENEFICIARY|TRAVEL/;

/** Spans found by the record layouts above (unsorted; the caller sorts and drops overlaps). */
export function recordLayoutSpans(text: string, spans: LineSpan[]): void {
  if (!mayHaveRecordLayout(text)) return;
  interchangeSpans(text, spans);
  if (CAPS_LABEL_HINT.test(text)) capsNameSpans(text, spans);
  if (text.includes('STR') || text.includes('ADDR') || text.includes('ADRESSE')) capsAddressSpans(text, spans);
  if ((text.includes('UNH+') || text.includes('UNB+') || text.includes('UNA:')) && text.includes("'")) edifactSpans(text, spans);
  if (text.includes('^') && !text.includes('MSH|')) caretNameSpans(text, spans);
  if (text.includes('(00') && (text.includes(' PN') || text.includes(' DA'))) dicomSpans(text, spans);
}

/** Cheap test for short strings: whether any layout above could apply. */
export function mayHaveRecordLayout(text: string): boolean {
  return LAYOUT_HINT.test(text) || text.startsWith(':5');
}

// --- fixed-width billing and payroll records ------------------------------------------------------

const CURRENCY = '(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF|JPY|CAD|AUD|NZD|INR|BRL|MXN|ZAR)';
// An amount with its currency, glued or after one blank (`12.50EUR`, `276087 EUR`, `EUR 40`).
const MONEY = new RegExp(String.raw`\d ?${CURRENCY}|${CURRENCY} ?\d|\bCARD\b|\bPAN\b`);
const PADDED_DIGITS = /(?<=[ \t])\d{13,19}(?= {2}|\t|$)/g;
// An IBAN padded to its column (the account a payroll or direct-debit row pays into or draws from).
const PADDED_IBAN = /(?<=[ \t])[A-Z]{2}\d{2}[A-Z0-9]{11,30}(?= {2}|\t|$)/g;
// An upper-case name glued to a record id or after a field gap, padded to its column with blanks.
const PADDED_NAME = new RegExp(String.raw`(?:(?<=\d)|(?<=^|  ))[${CAP}][${CAP}'-]{1,24}(?: [${CAP}][${CAP}'-]{1,24}){1,3}(?= {2})`, 'gm');
// Registry extracts (vaccination, population, payroll) open a row with the person's national number
// glued to the upper-case name padded to its column: `24038500089KARI NORDMANN      J07BX03`.
const GLUED_ID = new RegExp(String.raw`(?<![\w.-])(?:\d{11,12}|\d{8}[A-Z]\d{3})(?=[${CAP}]{2}[${CAP}'-]{0,24}(?: [${CAP}][${CAP}'-]{0,24}){0,3} {2})`, 'g');
// The same in mixed case ("Jane van Doe"), after a field gap: the gap is matched from the field before
// it (a lookbehind over a run of blanks would be tried again at every blank).
const PADDED_MIXED_NAME = new RegExp(
  String.raw`\S {2,}([${CAP}][a-z\u00DF-\u00FF\u0100-\u017F'-]{1,24}(?: (?:(?:van|von|de|der|den|da|di|du|del|la|le|bin|al|ter|ten) )*[${CAP}][a-z\u00DF-\u00FF\u0100-\u017F'-]{1,24}){1,3})(?= {2})`,
  'g',
);

// Benefit-carrier, payroll and bank flat files without a header: a surname and a given name, each
// upper case and padded to its column, then a date written CCYYMMDD (optionally followed by the
// nine digits of an SSN). The row must also carry money (the caller's MONEY test) and the date must
// be a birth date's: old enough that it cannot be the posting or due date such rows also carry.
const PADDED_PERSON = new RegExp(
  String.raw`(?:(?<=\d)|(?<=^|  ))([${CAP}][${CAP}'-]{1,24}(?: [${CAP}][${CAP}'-]{1,24}){0,2}) {2,}([${CAP}][${CAP}'-]{1,24}(?: [${CAP}][${CAP}'-]{1,24}){0,2}) {1,}((?:19|20)\d{6})(?: ?(\d{9}))?`,
  'dgm',
);

// Health and population registers (vaccination, screening, benefit rolls) write a person's number
// and the name in capitals glued into one fixed-width field: the checked number says whose row it is.
const GLUED_ID_NAME = new RegExp(String.raw`(?<![\dA-Za-z])(\d{10,11})([${CAP}][${CAP}'-]{1,24}(?: [${CAP}][${CAP}'-]{1,24}){1,3})(?= {2}|$)`, 'dg');

function gluedIdNameSpans(line: string, from: number, spans: LineSpan[]): void {
  for (const m of line.matchAll(GLUED_ID_NAME)) {
    const id = m[1]!;
    if (!(id.length === 11 ? noFnrValid(id) : dkCprValid(id)) || !capitalsName(m[2]!)) continue;
    spans.push([from + m.indices![2]![0], from + m.indices![2]![1], 'name']);
  }
}

function birthDate(ymd: string): boolean {
  const y = Number(ymd.slice(0, 4));
  const mo = Number(ymd.slice(4, 6));
  const d = Number(ymd.slice(6, 8));
  if (y < 1900 || y > new Date().getUTCFullYear() - 10 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function paddedPersonSpans(line: string, from: number, spans: LineSpan[]): void {
  for (const m of line.matchAll(PADDED_PERSON)) {
    if (!birthDate(m[3]!) || !capitalsName(`${m[1]!} ${m[2]!}`)) continue;
    const at = m.indices!;
    spans.push([from + at[1]![0], from + at[1]![1], 'name'], [from + at[2]![0], from + at[2]![1], 'name'], [from + at[3]![0], from + at[3]![1], 'dob']);
    if (m[4] !== undefined && ssnValid(m[4])) spans.push([from + at[4]![0], from + at[4]![1], 'ssn']);
  }
}

/**
 * Cards, bank accounts and their holders in fixed-width billing and payroll lines (gated by the
 * caller on a run of blanks). The row must carry an amount and a checked card number or IBAN: then
 * the capitalised words padded to a column of their own are the holder's name, a row about money
 * paid to or by a person.
 */
export function fixedWidthSpans(text: string, spans: LineSpan[]): void {
  let from = 0;
  while (from < text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const line = text.slice(from, end);
    if (line.includes('  ')) {
      if (line.includes('   ')) {
        for (const m of line.matchAll(GLUED_ID)) if (checkedPersonId(m[0])) spans.push([from + m.index, from + m.index + m[0].length, 'ssn']);
      }
      if (/\d[A-Z\u00C0-\u00DE]/.test(line)) gluedIdNameSpans(line, from, spans);
    }
    if (line.includes('   ') && MONEY.test(line)) {
      let card = false;
      for (const m of line.matchAll(PADDED_DIGITS)) {
        if (!isCardNumber(m[0])) continue;
        card = true;
        spans.push([from + m.index, from + m.index + m[0].length, 'card']);
      }
      let account = false;
      for (const m of line.matchAll(PADDED_IBAN)) {
        if (!ibanValid(m[0])) continue;
        account = true;
        spans.push([from + m.index, from + m.index + m[0].length, 'iban']);
      }
      if (card || account) {
        for (const m of line.matchAll(PADDED_NAME)) if (capitalsName(m[0])) spans.push([from + m.index, from + m.index + m[0].length, 'name']);
        for (const m of line.matchAll(PADDED_MIXED_NAME)) {
          const name = m[1]!;
          const at = from + m.index + m[0].length - name.length;
          if (name.split(' ').every((w) => !NOT_A_SURNAME.has(w))) spans.push([at, at + name.length, 'name']);
        }
      }
      paddedPersonSpans(line, from, spans);
    }
    from = end + 1;
  }
}
