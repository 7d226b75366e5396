import { icaoCheckDigit } from './checksums.js';
import type { LineSpan } from './people-lines.js';
import { mayHavePnrDocument, pnrDocumentSpans } from './pnr-documents.js';

/**
 * Travellers in the encodings of airline and border systems:
 *
 * - Machine-readable zones (ICAO 9303): the second line of a passport (TD3), a TD2 card or a visa
 *   (document number, nationality, `YYMMDD` birth date, sex, expiry, optional personal number, each
 *   date and the number followed by a check digit), alone or after its names line (`P<` + issuer +
 *   `SURNAME<<GIVEN<NAMES`), and the three 30-character lines of a TD1 identity card. The check
 *   digits decide, so a line of fillers and capitals alone takes nothing.
 * - Boarding-pass barcodes (IATA BCBP): `M1` and a 20-character `SURNAME/GIVEN` field, the
 *   e-ticket flag, a booking reference and the city pair.
 * - PNR elements: `SSR DOCS`/`DOCO`/`DOCA` (pnr-documents.ts), the
 *   e-mail of `CTCE` and of the `APE` contact element, written in the reservation systems' alphabet
 *   (`//` for `@`, `..` for `_`, `./` for `-`), the phone of `CTCM` and the identity document of
 *   `FOID` (`PP` passport, `NI` national id, `DL` driving licence, `ID` identity card + number).
 */

const MRZ_NAME = /(?<![A-Za-z0-9])([PVIAC])[A-Z<]([A-Z]{3})([A-Z]{1,39}(?:<[A-Z]{1,39}){0,4}<<[A-Z]{1,39}(?:<[A-Z]{1,39}){0,6})/g;
// The second line of a passport (TD3), a TD2 card and a visa (MRV-A/B) starts alike: document
// number, check, nationality, birth date, check, sex, expiry, check, then optional data (a
// personal number on many passports). The document and birth-date check digits must agree, so a
// line of capitals and fillers that only has the shape takes nothing.
const MRZ_LINE2 = /([A-Z0-9<]{9})(\d)[A-Z<]{3}(\d{6})(\d)[MFX<](\d{6})(\d)([A-Z0-9<]{7,14})?/g;
// A TD1 identity card: line one is type, issuer, document number, check and optional data (30);
// line two birth date, check, sex, expiry, check, nationality, optional data, composite check;
// line three the names. The lines follow each other directly, or after a (possibly escaped) break.
const MRZ_BREAK = String.raw`(?:\r?\n|\\n| )?`;
const TD1 = new RegExp(
  String.raw`(?<![A-Z0-9<])[IAC][A-Z<][A-Z<]{3}([A-Z0-9<]{9})(\d)([A-Z0-9<]{15})${MRZ_BREAK}(\d{6})(\d)[MFX<](\d{6})(\d)[A-Z<]{3}([A-Z0-9<]{11})\d` +
    String.raw`(?:${MRZ_BREAK}([A-Z]{1,39}(?:<[A-Z]{1,39}){0,4}<<[A-Z]{1,39}(?:<[A-Z]{1,39}){0,6}))?`,
  'dg',
);
const BCBP = /(?:^|[^A-Za-z0-9])M[1-4]([A-Z][A-Z/ .'-]{19})[E ][A-Z0-9 ]{7}[A-Z]{6}/g;
// Reservation-system e-mail: `..` and `./` stand for `_` and `-`, so `/` occurs inside the parts.
const PNR_MAIL_PART = String.raw`(?:[A-Z0-9_+-]|\.[./]?)`;
const PNR_MAIL = String.raw`(${PNR_MAIL_PART}{1,64}\/\/(?:[A-Z0-9-]|\.\/){1,63}(?:\.(?:[A-Z0-9-]|\.\/){1,63})*\.[A-Z]{2,})`;
const CTCE = new RegExp(String.raw`\b(?:CTCE (?:[A-Z0-9]{2} HK\d\/)?|AP ?E[ -])${PNR_MAIL}`, 'g');
const CTCM = /\bCTCM [A-Z0-9]{2} HK\d\/(\+?\d{6,16})\b/g;
const FOID = /\bSSR FOID [A-Z0-9]{2} HK\d[/-](?:PP|NI|DL|ID)([A-Z0-9]{5,20})\b/g;

/** Cheap test: the literal every one of the encodings above carries. */
export function mayHaveTravelDocument(text: string): boolean {
  return text.includes('<<') || text.includes('M1') || text.includes('M2') || text.includes('CTC') || text.includes('SSR ') || text.includes('SRDOC') || text.includes('APE') || text.includes('AP E');
}

// The second line starts at most this far after the name (the rest of line one, a line break or
// an escaped one, quotes).
const LINE2_GAP = 60;

/** The trimmed (`<`-free) part of an MRZ field at `at`, as a span, when it holds anything. */
function mrzField(spans: LineSpan[], at: number, field: string, type: LineSpan[2]): void {
  const value = field.replace(/<+$/, '');
  if (value.length > 0 && !value.startsWith('<')) spans.push([at, at + value.length, type]);
}

function mrzSpans(text: string, spans: LineSpan[]): void {
  // Second lines first: a names line of a card or a visa counts only ahead of a valid one.
  const line2At: number[] = [];
  MRZ_LINE2.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MRZ_LINE2.exec(text)) !== null) {
    const [doc, docCheck, dob, dobCheck, exp, expCheck] = [m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, m[6]!];
    if (icaoCheckDigit(doc) !== Number(docCheck) || icaoCheckDigit(dob) !== Number(dobCheck)) {
      // Overlapping candidates: the leftmost shape may be misaligned with the real line.
      MRZ_LINE2.lastIndex = m.index + 1;
      continue;
    }
    const at = m.index;
    line2At.push(at);
    mrzField(spans, at, doc, 'ssn');
    spans.push([at + 13, at + 19, 'dob']);
    // Badly encoded zones exist whose expiry check fails: the two checks above still decide.
    if (icaoCheckDigit(exp) === Number(expCheck)) spans.push([at + 21, at + 27, 'id']);
    if (m[7] !== undefined) mrzField(spans, at + 28, m[7], 'ssn');
  }
  for (const n of text.matchAll(MRZ_NAME)) {
    const start = n.index + 5;
    const nameEnd = start + n[3]!.length;
    if (n[1] !== 'P' && !line2At.some((at) => at >= nameEnd && at - nameEnd <= LINE2_GAP)) continue;
    spans.push([start, nameEnd, 'name']);
  }
  if (!text.includes('<<<')) return;
  for (const t of text.matchAll(TD1)) {
    const [doc, docCheck, dob, dobCheck, exp, expCheck] = [t[1]!, t[2]!, t[4]!, t[5]!, t[6]!, t[7]!];
    if (icaoCheckDigit(doc) !== Number(docCheck) || icaoCheckDigit(dob) !== Number(dobCheck)) continue;
    const ix = t.indices!;
    mrzField(spans, ix[1]![0], doc, 'ssn');
    mrzField(spans, ix[3]![0], t[3]!, 'ssn');
    spans.push([ix[4]![0], ix[4]![1], 'dob']);
    if (icaoCheckDigit(exp) === Number(expCheck)) spans.push([ix[6]![0], ix[6]![1], 'id']);
    mrzField(spans, ix[8]![0], t[8]!, 'ssn');
    if (ix[9] !== undefined) spans.push([ix[9][0], ix[9][1], 'name']);
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
  if (mayHavePnrDocument(text)) pnrDocumentSpans(text, spans);
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
