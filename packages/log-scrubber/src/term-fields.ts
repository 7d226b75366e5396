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
 * - PHP dumps: `print_r` (`[name] => …` to the end of the line) and `var_dump`
 *   (`["name"]=>` then `string(8) "…"`);
 * - Go values printed with `%+v` (`&{Name:… Email:… Phone:…}`), alone or quoted inside a logfmt
 *   value: field names are exported identifiers and values are not quoted, so a value runs to the
 *   next ` Field:` or the brace;
 * - Kotlin data classes and Lombok `toString()` (`Rider(id=7, name=…, phone=…)`) and C# records
 *   (`Member { Name = …, Email = … }`), as repositories and EF Core errors print entities;
 * - form-encoded bodies logged raw (`name=Jane+Doe&email=…`): `+` is a blank there
 *   (application/x-www-form-urlencoded) and escapes are decoded before the value is judged.
 *
 * Generic names (`<Name>`, `{name, …}`, `[name] =>`, `Name:`, `name=`) need a value written like a
 * person's name (see {@link fieldValueType}) and a specific personal field in the same text.
 */

const XML_TEXT_ELEMENT = /<((?:[A-Za-z_][\w.-]{0,31}:)?([A-Za-z_][\w.-]{0,63}))(?:[ \t][^<>]{0,256})?>([^<>]{1,200})<\/\1>/g;
const PAYMENT_PARTY = /<(?:[A-Za-z_][\w.-]{0,31}:)?(?:Ultmt)?(?:Dbtr|Cdtr)>\s*$/;
const ERLANG_FIELD = /(?:\{([a-z][A-Za-z0-9_]{0,40}),[ \t]?|(?<![\w@])([a-z][A-Za-z0-9_]{0,40})[ \t]?=>[ \t]?)(?:<<)?"((?:[^"\\\n]|\\.){1,200})"(?:>>)?/g;

const PRINT_R_FIELD = /^[ \t]*\[([A-Za-z_][\w-]{0,63})(?::[\w:\\]{1,64})?\] => ([^\r\n]{1,200})/gm;
const VAR_DUMP_FIELD = /\["([A-Za-z_][\w-]{0,63})"(?::"?[\w\\]{1,64}"?(?::\w{1,16})?)?\]=>\s{0,16}string\(\d{1,6}\) "([^"\n]{1,200})"/g;
// A field of a Go struct: after `{` or a blank, an exported name, `:`, a value up to the next field or brace.
const GO_FIELD = /(?<=[{ ])([A-Z][A-Za-z0-9]{0,40}):([^\s{}:][^{}\n]{0,199}?)(?= [A-Z][A-Za-z0-9]{0,40}:|\})/g;
const GO_HINT = /\{[A-Z][A-Za-z0-9]{0,40}:/;
// A property of a Kotlin data class or Lombok `toString()` (`Rider(id=7, name=…, phone=…)`): after
// `(` or `, `, a lower-case name, `=`, a value up to the next `, name=` or the closing parenthesis.
const DATA_CLASS_FIELD = /(?<=\(|, )([a-z][A-Za-z0-9_]{0,40})=([^\n=(),]{1,200}?)(?=, [a-z][A-Za-z0-9_]{0,40}=|\))/g;
const DATA_CLASS_HINT = /[A-Z][A-Za-z0-9]{0,40}\([a-z][A-Za-z0-9_]{0,40}=/;
// A property of a C# record's `ToString()` (`Member { Name = …, Email = … }`): PascalCase, ` = `, a
// value up to the next `, Name = ` or ` }`.
const RECORD_FIELD = /(?<=\{ |, )([A-Z][A-Za-z0-9]{0,40}) = ([^\n={},]{1,200}?)(?=, [A-Z][A-Za-z0-9]{0,40} = | \})/g;
const RECORD_HINT = /[A-Z][A-Za-z0-9]{0,40} \{ [A-Z][A-Za-z0-9]{0,40} = /;
// One `key=value` of a form body, joined to its neighbours by `&`.
const FORM_FIELD = /(?<=^|[\s?&:;"'=])([A-Za-z_][\w.[\]-]{0,63})=([^&\s"'<>]{1,200})(?=&|[\s"']|$)/g;

// `evidence`: a field of a dump or form body other than a name, left to the text scanner's own
// detectors (which know its encodings, `%40` in an address, and the values that stay under a
// credential name); it only makes a generic name beside it a person's.
type Found = [start: number, end: number, type: LineSpan[2], generic: boolean, evidence: boolean, decoded: string | undefined];

function push(found: Found[], classify: (key: string) => KeyClass, key: string, value: string, at: number, judged?: string): void {
  const cls = classify(key);
  const type = fieldValueType(cls, (judged ?? value).trim());
  if (type !== undefined) found.push([at, at + value.length, type, !specificClass(cls), judged !== undefined && type !== 'name', judged !== value ? judged : undefined]);
}

function formDecode(value: string): string {
  const blanks = value.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(blanks);
  } catch {
    return blanks;
  }
}

/** `[name] => …`, `["name"]=> string(n) "…"`, `{Name:… Email:…}`, `T(name=…)`, `T { Name = … }`, `name=…&email=…`. */
function dumpFieldSpans(text: string, classify: (key: string) => KeyClass, found: Found[]): void {
  let m: RegExpExecArray | null;
  if (text.includes('] => ')) {
    PRINT_R_FIELD.lastIndex = 0;
    while ((m = PRINT_R_FIELD.exec(text)) !== null) {
      const value = m[2]!.trimEnd();
      push(found, classify, m[1]!, value, m.index + m[0].length - m[2]!.length, value);
    }
  }
  if (text.includes(']=>')) {
    VAR_DUMP_FIELD.lastIndex = 0;
    while ((m = VAR_DUMP_FIELD.exec(text)) !== null) push(found, classify, m[1]!, m[2]!, m.index + m[0].length - 1 - m[2]!.length, m[2]);
  }
  if (text.includes('{') && GO_HINT.test(text)) {
    GO_FIELD.lastIndex = 0;
    while ((m = GO_FIELD.exec(text)) !== null) push(found, classify, m[1]!, m[2]!, m.index + m[1]!.length + 1, m[2]);
  }
  if (text.includes('=') && text.includes('(') && DATA_CLASS_HINT.test(text)) {
    DATA_CLASS_FIELD.lastIndex = 0;
    while ((m = DATA_CLASS_FIELD.exec(text)) !== null) push(found, classify, m[1]!, m[2]!, m.index + m[1]!.length + 1, m[2]);
  }
  if (text.includes(' { ') && RECORD_HINT.test(text)) {
    RECORD_FIELD.lastIndex = 0;
    while ((m = RECORD_FIELD.exec(text)) !== null) push(found, classify, m[1]!, m[2]!, m.index + m[1]!.length + 3, m[2]);
  }
  if (text.includes('&') && text.includes('=')) {
    FORM_FIELD.lastIndex = 0;
    while ((m = FORM_FIELD.exec(text)) !== null) {
      const end = m.index + m[0].length;
      // Only pairs of a form body: joined to another pair by `&`.
      if (text[m.index - 1] !== '&' && text[end] !== '&') continue;
      push(found, classify, m[1]!, m[2]!, end - m[2]!.length, formDecode(m[2]!));
    }
  }
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
  dumpFieldSpans(text, classify, found);
  // A generic `<Name>` or `{name, …}` is a person's only beside a specific personal field (a contact record).
  const contact = found.some((f) => !f[3]);
  for (const f of found) if ((contact || !f[3]) && !f[4]) spans.push(f[5] === undefined ? [f[0], f[1], f[2]] : [f[0], f[1], f[2], f[5].trim()]);
}
