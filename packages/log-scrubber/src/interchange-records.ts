import { NOT_A_SURNAME } from './given-names.js';
import type { LineSpan } from './people-lines.js';
import { NOT_IN_A_CAPS_NAME } from './personal-keys.js';

/**
 * People in interchange formats whose segments and tags fix the meaning of each value:
 *
 * - ASC X12 (834 enrolments, 837 claims, 270 eligibility): `NM1` with entity type 1 is a person
 *   (last, first, middle name, and an id after qualifier 34 = SSN or MI = member id); `N3`/`N4`
 *   the address, `DMG` the birth date, `PER` a contact's name and numbers, `REF*SY` an SSN.
 *   `N1` names the party an order ships or bills to, a person when its name reads as one.
 * - vCard (RFC 6350): `N`, `FN`, `NICKNAME`, `BDAY`, `ADR`.
 * - SWIFT MT payments: the ordering customer (`:50K:`, `:50F:`) and beneficiary (`:59:`, `:59F:`),
 *   a name line then address lines (or `1/` name, `2/` address, `3/` country and town).
 */

type Type = LineSpan[2];

// X12 separates segments with `~` (often with a line break) and elements with `*`.
const X12_SEGMENT = /(?:^|~)[\r\n]{0,2}(NM1|N1|N3|N4|DMG|PER|REF)\*([^~\r\n]{1,400})/g;
const X12_PHONE_QUALIFIERS = new Set(['TE', 'CP', 'HP', 'WP', 'FX', 'BN']);

// N1 entity identifiers (X12 element 98) of parties that are often one person: ship-to, bill-to,
// buyer, sold-to, insured, patient, subscriber, dependent, employee, claimant, payee, recipient.
const X12_PARTY_ENTITIES = new Set(['ST', 'BT', 'BY', 'SO', 'IL', 'QC', 'SJ', '1P', 'EY', 'QD', 'CA', 'PE', 'RC', 'OB', 'DN', 'EE', 'GW']);

/**
 * Whether an N1 name reads as a person's: two to four words of letters, none of them a word of a
 * firm, a site or a department (`ACME DISTRIBUTION CENTER`, `Nordic Health AB` stay).
 */
function partyName(value: string): boolean {
  if (value.length < 4 || value.length > 60 || !/^\p{L}[\p{L}'.-]*(?: \p{L}[\p{L}'.-]*){1,3}$/u.test(value)) return false;
  return value.split(' ').every((w) => {
    const bare = w.replace(/\.$/, '');
    const upper = bare.toUpperCase();
    return !NOT_IN_A_CAPS_NAME.has(upper) && !NOT_A_SURNAME.has(bare) && !NOT_A_SURNAME.has(upper.charAt(0) + upper.slice(1).toLowerCase()) && !ORG_WORDS.has(upper);
  });
}
// Words of firms and sites in shipping parties not on the shared lists above.
const ORG_WORDS = new Set(['AB', 'AS', 'ASA', 'OY', 'OYJ', 'APS', 'KG', 'SRL', 'SPA', 'SL', 'LTDA', 'PTY', 'KK', 'LIMITED', 'INCORPORATED', 'CORPORATION', 'HOLDINGS', 'INTERNATIONAL', 'DISTRIBUTION', 'WAREHOUSE', 'DC', 'LOGISTICS', 'DEPOT', 'STORES', 'RETAIL', 'WHOLESALE', 'SUPPLY', 'TRADING', 'INDUSTRIES', 'HEALTH', 'HEALTHCARE', 'MEDICAL', 'PHARMACY', 'INSURANCE', 'MUTUAL', 'ASSURANCE', 'HOSPITAL', 'CLINIC', 'LAB', 'LABS', 'DEPT', 'DEPARTMENT', 'OFFICE', 'UNIT', 'PLANT', 'FACTORY', 'OF', 'AND', '&', 'THE']);

function x12Spans(text: string, spans: LineSpan[]): void {
  X12_SEGMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = X12_SEGMENT.exec(text)) !== null) {
    const body = m[2]!;
    const elements = body.split('*');
    const offsets: number[] = [];
    let at = m.index + m[0].length - body.length;
    for (const e of elements) {
      offsets.push(at);
      at += e.length + 1;
    }
    const take = (i: number, type: Type): void => {
      const v = elements[i];
      if (v !== undefined && v.length > 0) spans.push([offsets[i]!, offsets[i]! + v.length, type]);
    };
    switch (m[1]) {
      case 'NM1': // entity id, entity type (1 person, 2 organisation), last, first, middle, prefix, suffix, id qualifier, id
        if (elements[1] !== '1') break;
        for (const i of [2, 3, 4]) take(i, 'name');
        if (elements[7] === '34') take(8, 'ssn');
        else if (elements[7] === 'MI' || elements[7] === 'II') take(8, 'id');
        break;
      case 'N1': // entity id, name, id qualifier, id: the party an order ships or bills to
        if (X12_PARTY_ENTITIES.has(elements[0]!) && partyName(elements[1] ?? '')) take(1, 'name');
        break;
      case 'N3':
        take(0, 'address');
        take(1, 'address');
        break;
      case 'N4': // city, state, postal code
        take(0, 'address');
        take(2, 'address');
        break;
      case 'DMG':
        if (elements[0] === 'D8') take(1, 'dob');
        break;
      case 'PER': // function, name, then qualifier and number pairs
        take(1, 'name');
        for (let i = 2; i + 1 < elements.length; i += 2) {
          if (X12_PHONE_QUALIFIERS.has(elements[i]!)) take(i + 1, 'phone');
          else if (elements[i] === 'EM') take(i + 1, 'email');
        }
        break;
      case 'REF':
        if (elements[0] === 'SY') take(1, 'ssn');
        break;
    }
  }
}

const VCARD_LINE = /(?:^|\n)(N|FN|NICKNAME|BDAY|ADR)(?:;[^:\n]{0,120})?:([^\r\n]{1,300})/g;
const VCARD_TYPES: Readonly<Record<string, Type>> = { N: 'name', FN: 'name', NICKNAME: 'name', BDAY: 'dob', ADR: 'address' };

function vcardSpans(text: string, spans: LineSpan[]): void {
  VCARD_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VCARD_LINE.exec(text)) !== null) {
    // Empty structured components lead the value (`;;18 Main St;…`).
    const value = m[2]!.replace(/^;+/, '').replace(/;+$/, '');
    if (value.length === 0) continue;
    const at = m.index + m[0].length - m[2]!.length + (m[2]!.length - m[2]!.replace(/^;+/, '').length);
    spans.push([at, at + value.length, VCARD_TYPES[m[1]!]!]);
  }
}

// A party field and its lines up to the next tag (`\n:71A:`) or the end of the block.
const MT_PARTY = /(?:^|\n):(50K|50F|59F?):([^\n]*(?:\n(?!:\d{2}[A-Z]?:|-\})[^\n]*){0,5})/g;

function mtSpans(text: string, spans: LineSpan[]): void {
  MT_PARTY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MT_PARTY.exec(text)) !== null) {
    let at = m.index + m[0].length - m[2]!.length;
    const structured = m[1]!.endsWith('F');
    let named = false;
    for (const [i, raw] of m[2]!.split('\n').entries()) {
      const line = raw.replace(/\r$/, '');
      // The account line (`/IBAN`) is the IBAN detector's.
      if (line.length > 0 && !(i === 0 && line.startsWith('/'))) {
        if (structured) {
          // `1/` name, `2/` address, `3/` country and town.
          const tag = /^([1-3])\//.exec(line)?.[1];
          if (tag !== undefined && line.length > 2) spans.push([at + 2, at + line.length, tag === '1' ? 'name' : 'address']);
        } else {
          // Free format: the first line is the name, the others the address.
          spans.push([at, at + line.length, named ? 'address' : 'name']);
          named = true;
        }
      }
      at += raw.length + 1;
    }
  }
}

/** Spans found in the interchange formats above (unsorted; the caller drops overlaps). */
export function interchangeSpans(text: string, spans: LineSpan[]): void {
  if (mayBeX12(text)) x12Spans(text, spans);
  if (text.includes('BEGIN:VCARD')) vcardSpans(text, spans);
  if (text.includes('\n:5') || text.startsWith(':5')) mtSpans(text, spans);
}

function mayBeX12(text: string): boolean {
  return text.includes('~') && text.includes('*') && (text.includes('NM1*') || text.includes('N1*') || text.includes('N3*') || text.includes('DMG*'));
}
