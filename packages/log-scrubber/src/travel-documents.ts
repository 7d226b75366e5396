import { icaoCheckDigit } from './checksums.js';
import type { LineSpan } from './people-lines.js';

/**
 * Travellers in the encodings of airline and border systems:
 *
 * - Passport machine-readable zone (ICAO 9303 TD3): `P<` + issuer + `SURNAME<<GIVEN<NAMES`, then a
 *   second line with the document number and the `YYMMDD` birth date, each followed by its check
 *   digit; the check digits decide, so a line of fillers and capitals alone takes nothing.
 * - Boarding-pass barcodes (IATA BCBP): `M1` and a 20-character `SURNAME/GIVEN` field, the
 *   e-ticket flag, a booking reference and the city pair.
 * - PNR elements: `SSR DOCS` (document type / issuer / number / nationality / birth date / gender /
 *   expiry / surname / given names; the type follows the status code after `/` or a space), the
 *   e-mail of `CTCE` and of the `APE` contact element, written in the reservation systems' alphabet
 *   (`//` for `@`, `..` for `_`, `./` for `-`), the phone of `CTCM` and the identity document of
 *   `FOID` (`PP` passport, `NI` national id, `DL` driving licence, `ID` identity card + number).
 */

const MRZ_NAME = /(?<![A-Za-z0-9])P[A-Z<]([A-Z]{3})([A-Z]{1,39}(?:<[A-Z]{1,39}){0,4}<<[A-Z]{1,39}(?:<[A-Z]{1,39}){0,6})/g;
// Document number, check, nationality, birth date, check, sex, expiry, check.
const MRZ_LINE2 = /([A-Z0-9<]{9})(\d)[A-Z<]{3}(\d{6})(\d)[MFX<]\d{6}\d/g;
const BCBP = /(?:^|[^A-Za-z0-9])M[1-4]([A-Z][A-Z/ .'-]{19})[E ][A-Z0-9 ]{7}[A-Z]{6}/g;
// Birth date and expiry are `DDMMMYY`; the gender may carry `I` for an infant. Surname and given
// names are optional (a DOCS element may stop after the expiry).
const DOCS = /\bSSR DOCS\b[^\n/]{0,24}?[ /][A-Z]{1,2}\/[A-Z]{3}\/([A-Z0-9]{5,20})(?=\/)(?:\/[A-Z]{3}\/\d{1,2}[A-Z]{3}\d{2,4}\/[MFXU]I?\/(?:\d{1,2}[A-Z]{3}\d{2,4})?(?:\/([A-Z][A-Z' -]{0,39}(?:\/[A-Z][A-Z' -]{0,39}){0,3}))?)?/dg;
// Reservation-system e-mail: `..` and `./` stand for `_` and `-`, so `/` occurs inside the parts.
const PNR_MAIL_PART = String.raw`(?:[A-Z0-9_+-]|\.[./]?)`;
const PNR_MAIL = String.raw`(${PNR_MAIL_PART}{1,64}\/\/(?:[A-Z0-9-]|\.\/){1,63}(?:\.(?:[A-Z0-9-]|\.\/){1,63})*\.[A-Z]{2,})`;
const CTCE = new RegExp(String.raw`\b(?:CTCE (?:[A-Z0-9]{2} HK\d\/)?|AP ?E[ -])${PNR_MAIL}`, 'g');
const CTCM = /\bCTCM [A-Z0-9]{2} HK\d\/(\+?\d{6,16})\b/g;
const FOID = /\bSSR FOID [A-Z0-9]{2} HK\d[/-](?:PP|NI|DL|ID)([A-Z0-9]{5,20})\b/g;

/** Cheap test: the literal every one of the encodings above carries. */
export function mayHaveTravelDocument(text: string): boolean {
  return text.includes('<<') || text.includes('M1') || text.includes('M2') || text.includes('CTC') || text.includes('SSR ') || text.includes('APE') || text.includes('AP E');
}

// The second line starts at most this far after the name (the rest of line one, a line break or
// an escaped one, quotes) and is 44 characters long: searching further would rescan the rest of
// the text for every name, quadratic on a long run of MRZ-like fillers.
const LINE2_WINDOW = 60 + 44;

function mrzSpans(text: string, spans: LineSpan[]): void {
  for (const m of text.matchAll(MRZ_NAME)) {
    const start = m.index + 5;
    const nameEnd = start + m[2]!.length;
    spans.push([start, nameEnd, 'name']);
    MRZ_LINE2.lastIndex = 0;
    const l2 = MRZ_LINE2.exec(text.slice(nameEnd, nameEnd + LINE2_WINDOW));
    if (l2 === null || l2.index > 60) continue;
    const [doc, docCheck, dob, dobCheck] = [l2[1]!, l2[2]!, l2[3]!, l2[4]!];
    if (icaoCheckDigit(doc) !== Number(docCheck) || icaoCheckDigit(dob) !== Number(dobCheck)) continue;
    const at = nameEnd + l2.index;
    const number = doc.replace(/<+$/, '');
    if (number.length > 0) spans.push([at, at + number.length, 'ssn']);
    spans.push([at + 13, at + 19, 'dob']);
  }
}

/** Spans of travellers' data in MRZ lines, boarding-pass barcodes and PNR elements. */
export function travelDocumentSpans(text: string, spans: LineSpan[]): void {
  if (text.includes('<<')) mrzSpans(text, spans);
  if (text.includes('M1') || text.includes('M2')) {
    for (const m of text.matchAll(BCBP)) {
      const name = m[1]!.trimEnd();
      if (!name.includes('/')) continue;
      const at = m.index + m[0].indexOf(m[1]!);
      spans.push([at, at + name.length, 'name']);
    }
  }
  if (text.includes('SSR DOCS')) {
    for (const m of text.matchAll(DOCS)) {
      const [at, end] = m.indices![1]!;
      spans.push([at, end, 'ssn']);
      const names = m.indices![2];
      // Each name field is its own span: the `/` between surname and given names is the format's.
      if (names !== undefined) {
        let from = names[0];
        for (const part of m[2]!.split('/')) {
          spans.push([from, from + part.length, 'name']);
          from += part.length + 1;
        }
      }
    }
  }
  if (text.includes('CTCE') || text.includes('APE') || text.includes('AP E')) {
    for (const m of text.matchAll(CTCE)) {
      const at = m.index + m[0].length - m[1]!.length;
      spans.push([at, at + m[1]!.length, 'email']);
    }
  }
  if (text.includes('CTCM')) {
    for (const m of text.matchAll(CTCM)) {
      const at = m.index + m[0].length - m[1]!.length;
      spans.push([at, at + m[1]!.length, 'phone']);
    }
  }
  if (text.includes('SSR FOID')) {
    for (const m of text.matchAll(FOID)) {
      const at = m.index + m[0].length - m[1]!.length;
      spans.push([at, at + m[1]!.length, 'ssn']);
    }
  }
}
