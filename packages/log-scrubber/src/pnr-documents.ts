import type { LineSpan } from './people-lines.js';

/**
 * The passenger-data service elements of a reservation (IATA SSR, as Amadeus, Sabre and the
 * PADIS/APIS feeds write them), in the display (`SSR DOCS YY HK1/…`) and the entry (`SRDOCSYYHK1-…`)
 * form; the fields are separated by `/` or, in entries, by `-`:
 *
 * - `DOCS`: document type / issuer / number / nationality / birth date / gender / expiry / surname /
 *   given names (the Secure Flight form leaves the document fields empty: `/////10JAN70/M//…`).
 * - `DOCO`: birthplace / `V` visa, `K` known traveller or `R` redress / number / place and date of issue.
 * - `DOCA`: `R` residence or `D` destination / country / street / city / state / postal code.
 *
 * The document number, birth date, expiry, names, birthplace and address go; the element header,
 * airline and status code, document type and the countries stay.
 */

// Dates: `13DEC73`, `11 Sep 1985`, ISO `1973-12-13`, `13.12.1973`, `13/12/1973`.
const DATE = String.raw`\d{1,2} ?[A-Za-z]{3} ?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{2}[./]\d{2}[./]\d{4}`;
// Element header with the optional airline and status code (`SSR DOCS YY HK1`, `SRDOCSYYHK1`).
const header = (element: string): string => String.raw`(?<![A-Za-z0-9])S?SR ?${element}(?: ?[A-Z0-9]{2})?(?: ?[A-Z]{2}\d{1,3})?`;
// A later element or a ticketing word on the same line ends a name or a place.
const NOT_ELEMENT = String.raw`(?!(?:SSR|SR|OSI|RM|TKT|CTC[EMH]|FOID|APE?|OPW|OPC|FP|FA|FE|TK)\b)`;

type Separator = '/' | '-';

function words(sep: Separator, first: string, more: string): string {
  const inner = sep === '/' ? `${more}-` : more;
  return String.raw`${first}[${inner}]{0,39}(?: ${NOT_ELEMENT}${first}[${inner}]{0,39}){0,4}`;
}

function docs(sep: Separator): RegExp {
  const s = sep === '/' ? String.raw`\/` : '-';
  const name = `(${words(sep, '[A-Z]', "A-Z'")})`;
  return new RegExp(
    header('DOCS') +
      String.raw`(?: ?${s}| )(?:[A-Z]{1,2})?${s}(?:[A-Z]{3})?${s}(?:([A-Z0-9]{3,20})?${s}(?:[A-Z]{3})?${s})?(${DATE})${s}[MFXU]I?` +
      String.raw`(?:${s}(${DATE})?(?:${s}${name}(?:${s}${name})?(?:${s}${name})?)?)?`,
    'dg',
  );
}

function doco(sep: Separator): RegExp {
  const s = sep === '/' ? String.raw`\/` : '-';
  return new RegExp(header('DOCO') + String.raw`(?: ?${s}| )(${words(sep, '[A-Z]', 'A-Z')})?${s}[VKR]${s}([A-Z0-9]{4,25})(?:${s}[A-Z ]{0,35}${s}(${DATE}))?`, 'dg');
}

function doca(sep: Separator): RegExp {
  const s = sep === '/' ? String.raw`\/` : '-';
  const street = `(${words(sep, '[A-Z0-9]', "A-Z0-9.,'#")})`;
  const city = `(${words(sep, '[A-Z]', "A-Z.'")})`;
  return new RegExp(header('DOCA') + String.raw`(?: ?${s}| )[RD]${s}(?:[A-Z]{3})?${s}${street}?(?:${s}${city}?(?:${s}[A-Z0-9]{0,3}(?:${s}([A-Z0-9]{2,10}(?: [A-Z0-9]{2,4})?))?)?)?`, 'dg');
}

const ELEMENTS: readonly (readonly [literal: string, patterns: readonly RegExp[], types: readonly LineSpan[2][]])[] = [
  ['DOCS', [docs('/'), docs('-')], ['ssn', 'dob', 'id', 'name', 'name', 'name']],
  ['DOCO', [doco('/'), doco('-')], ['address', 'ssn', 'id']],
  ['DOCA', [doca('/'), doca('-')], ['address', 'address', 'address']],
];

/** Cheap test: the element names. */
export function mayHavePnrDocument(text: string): boolean {
  return text.includes('SSR ') || text.includes('SRDOC') || text.includes('SR DOC');
}

/** Spans of the personal fields of `DOCS`, `DOCO` and `DOCA` elements. */
export function pnrDocumentSpans(text: string, spans: LineSpan[]): void {
  for (const [literal, patterns, types] of ELEMENTS) {
    if (!text.includes(literal)) continue;
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        types.forEach((type, i) => {
          const range = m.indices![i + 1];
          if (range !== undefined && range[1] > range[0]) spans.push([range[0], range[1], type]);
        });
      }
    }
  }
}
