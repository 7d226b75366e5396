import { fieldValueType, specificClass } from './csv-rows.js';
import type { KeyClass } from './key-names.js';
import type { LineSpan } from './people-lines.js';

/**
 * Fields of structured terms printed into a log line, named by the same key rules as object keys:
 *
 * - XML elements with text only (`<GivenName>…</GivenName>`, `<ns:BirthDate>…</ns:BirthDate>`),
 *   as SOAP bodies, HL7 v3/CDA and ERP exports print them;
 * - Erlang and Elixir terms: tagged tuples (`{birth_date,<<"…">>}`), map associations
 *   (`#{surname => <<"…">>}`), binaries and char lists alike;
 * - Go structs printed with `%+v` (`{ID:7 Name:Jane Doe Email:j@x.io}`), alone or quoted inside a
 *   logfmt value: exported field names, each value running to the next ` Field:`.
 *
 * Generic names (`<Name>`, `{name, …}`) need a value written like a person's name (see
 * {@link fieldValueType}).
 */

const XML_TEXT_ELEMENT = /<((?:[A-Za-z_][\w.-]{0,31}:)?([A-Za-z_][\w.-]{0,63}))(?:[ \t][^<>]{0,256})?>([^<>]{1,200})<\/\1>/g;
const PAYMENT_PARTY = /<(?:[A-Za-z_][\w.-]{0,31}:)?(?:Ultmt)?(?:Dbtr|Cdtr)>\s*$/;
const ERLANG_FIELD = /(?:\{([a-z][A-Za-z0-9_]{0,40}),[ \t]?|(?<![\w@])([a-z][A-Za-z0-9_]{0,40})[ \t]?=>[ \t]?)(?:<<)?"((?:[^"\\\n]|\\.){1,200})"(?:>>)?/g;

type Found = [start: number, end: number, type: LineSpan[2], generic: boolean];

function push(found: Found[], classify: (key: string) => KeyClass, key: string, value: string, at: number): void {
  const cls = classify(key);
  const type = fieldValueType(cls, value.trim());
  if (type !== undefined) found.push([at, at + value.length, type, !specificClass(cls)]);
}

/** Spans of personal data in XML elements and Erlang terms (unsorted; the caller drops overlaps). */
export function termFieldSpans(text: string, classify: (key: string) => KeyClass, spans: LineSpan[]): void {
  const found: Found[] = [];
  if (text.includes('</')) {
    XML_TEXT_ELEMENT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = XML_TEXT_ELEMENT.exec(text)) !== null) {
      const value = m[3]!;
      if (value.trim().length === 0) continue;
      const at = m.index + m[0].length - value.length - m[1]!.length - 3;
      // ISO 20022 payments: the `Nm` of a debtor or creditor (ultimate or not) is the party's name,
      // a person's unless it reads like a firm's; agents and the initiating party are institutions.
      if (m[2] === 'Nm' && PAYMENT_PARTY.test(text.slice(Math.max(0, m.index - 24), m.index))) push(found, () => 'name', 'Nm', value, at);
      else push(found, classify, m[2]!, value, at);
    }
  }
  if (text.includes('"') && (text.includes('=>') || text.includes(',<<') || text.includes(', <<') || text.includes(',"'))) {
    ERLANG_FIELD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ERLANG_FIELD.exec(text)) !== null) {
      const value = m[3]!;
      const at = m.index + m[0].lastIndexOf(`"${value}"`) + 1;
      push(found, classify, m[1] ?? m[2]!, value, at);
    }
  }
  // A generic `<Name>` or `{name, …}` is a person's only beside a specific personal field (a contact record).
  const contact = found.some((f) => !f[3]);
  for (const f of found) if (contact || !f[3]) spans.push([f[0], f[1], f[2]]);
  if (text.includes('{') && GO_STRUCT_HINT.test(text)) goStructSpans(text, classify, spans);
}

const GO_STRUCT_HINT = /\{[A-Z][A-Za-z0-9_]{0,40}:/;
// A struct without nested braces: Go prints a nested struct as its own `{…}`, read on its own.
const GO_STRUCT = /\{([A-Z][A-Za-z0-9_]{0,40}:[^{}\n]{0,2000})\}/g;
const GO_FIELD = /(?:^| )([A-Z][A-Za-z0-9_]{0,40}):/g;

/**
 * Fields of Go `%+v` structs. As in a contact row, a generic `Name` is a person's only when the same
 * struct holds a specific personal field (`Email`, `Phone`): a product's or a job's struct has none.
 */
function goStructSpans(text: string, classify: (key: string) => KeyClass, spans: LineSpan[]): void {
  GO_STRUCT.lastIndex = 0;
  for (const m of text.matchAll(GO_STRUCT)) {
    const body = m[1]!;
    const base = m.index + 1;
    const keys = [...body.matchAll(GO_FIELD)];
    const found: Found[] = [];
    keys.forEach((k, i) => {
      const valueAt = k.index + k[0].length;
      const value = body.slice(valueAt, i + 1 < keys.length ? keys[i + 1]!.index : body.length);
      if (value.length > 0) push(found, classify, k[1]!, value, base + valueAt);
    });
    const contact = found.some((f) => !f[3] && f[2] !== 'secret');
    for (const f of found) if (contact || !f[3]) spans.push([f[0], f[1], f[2]]);
  }
}
