import type { KeyClass } from './key-names.js';
import type { LineSpan } from './people-lines.js';
import { NOT_A_SURNAME } from './given-names.js';
import { NOT_IN_A_CAPS_NAME, phoneShaped } from './personal-keys.js';
import { fiHetuValid, ibanValid, noFnrValid, personnummerValid } from './checksums.js';
import { checkedPersonId, personRowId } from './national-ids.js';
import { isNetworkCardNumber } from './checksums.js';
import { STREET } from './personal-text.js';

/**
 * Delimited exports logged whole (CSV, semicolon and tab separated, pipe tables):
 *
 * - With a header row, each cell takes the meaning of its column's name, as a field of an object
 *   takes its key's (`birth_date`, `guardian`, `guardian_phone`). Only rows with as many cells as
 *   the header are read.
 *   A date written `June 4, 1972` or a street line with a comma spans two cells or more: the
 *   surplus cells of a row belong to its one date or address column.
 * - Without one, a quoted row is an audit or contact export when one of its cells is an e-mail
 *   address: a cell beside it that is written like a person's name is that person's name.
 * - A row an importer rejects is logged whole (`line="Given;Family;mail;phone;…;birth date"`): when
 *   one of its cells proves it a person's (an e-mail address, a valid IBAN, a phone number in
 *   international form, a checked national number), the name-shaped cells that open it, stand
 *   right before the e-mail address or right after the national number are the name, a phone-shaped cell is a phone number in national form (`06-12345678`,
 *   `020 7946 0321`), and a date old enough to be a birth date (ISO, `11/23/1969`, `09.02.1971`,
 *   `March 3, 1990`, `14 Feb 1988`) is the birth date.
 */

const DELIMITERS = [';', ',', '\t', '|'] as const;
// A column name: a word of code or a short label ("guardian_phone", "Date of birth").
const HEADER_CELL = /^[A-Za-z_][\w .()-]{0,40}$/;
const EMAIL_CELL = /^[^\s@"]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/;
// Every word capitalised (Latin), or letters of other scripts; no digits.
const NAME_CELL = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’-]+){1,3}|[^\p{Script=Latin}\p{N}\s\p{P}]{1,24}(?: [^\p{Script=Latin}\p{N}\s\p{P}]{1,24}){0,3})$/u;

interface Cell {
  readonly at: number;
  readonly value: string;
}

/** The cells of one line, quote-aware (`"a;b"` is one cell; a doubled quote escapes one). */
function cells(text: string, from: number, to: number, delimiter: string): Cell[] {
  const out: Cell[] = [];
  let at = from;
  while (at <= to) {
    if (text[at] === '"') {
      let end = at + 1;
      while (end < to && !(text[end] === '"' && text[end + 1] !== '"')) end += text[end] === '"' ? 2 : 1;
      out.push({ at: at + 1, value: text.slice(at + 1, end) });
      at = end + 1;
      if (at < to && !text.startsWith(delimiter, at)) return [];
      at += delimiter.length;
    } else {
      let end = text.indexOf(delimiter, at);
      if (end < 0 || end > to) end = to;
      out.push({ at, value: text.slice(at, end) });
      at = end + delimiter.length;
    }
  }
  return out;
}

function lineEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) ends.push(i > 0 && text[i - 1] === '\r' ? i - 1 : i);
  ends.push(text.length);
  return ends;
}

// A person's name as a cell or an element holds it: words of letters, capitalised or in capitals;
// lower-case particles only inside a family name ("Wietske van der Brandt", "Ana de la Cruz").
// Georgian letters count as capitals: the script writes names without case.
const NAME_WORDS =
  /^[\p{Lu}\p{Lo}\u10D0-\u10FF][\p{L}\p{M}'’.-]*(?:[ ,]{1,2}(?:(?:van|von|de|der|den|da|di|du|del|della|dos|das|do|la|le|ten|ter|zu|bin|al|y) ){0,3}[\p{Lu}\p{Lo}\u10D0-\u10FF][\p{L}\p{M}'’.-]*){0,4}$/u;

/**
 * The type a value takes under a field whose name has class `cls`. Generic person fields (`name`,
 * `guardian`) need a value of two words written like a name: a lone word there is as often a
 * queue, a pod or a product.
 */
export function fieldValueType(cls: KeyClass, value: string): LineSpan[2] | undefined {
  if (value.length === 0 || value.length > 200) return undefined;
  if (cls === 'person' || cls === 'namepart') return NAME_WORDS.test(value) && (/\S[ ,]+\S/.test(value) || /^[^\p{Script=Latin}\p{N}\p{P}\s]{2,}$/u.test(value)) && !thingWords(value) ? 'name' : undefined;
  if (cls === 'name') return /\p{L}/u.test(value) && !/[\d@]/.test(value) && !thingWords(value) ? 'name' : undefined;
  // `<address>10.0.0.5</address>`, `address: localhost:8080`: a machine's address; a street has a word and a blank.
  if (cls === 'address') return /\p{L}{3}/u.test(value) && /\s/.test(value) ? 'address' : undefined;
  if (cls === 'secret') return 'secret';
  return cls === 'email' || cls === 'phone' || cls === 'card' || cls === 'iban' || cls === 'ssn' || cls === 'dob' || cls === 'id' ? cls : undefined;
}

// Words of products, teams and jobs ("Order Service", "Platform Team", "Release Pipeline").
function thingWords(value: string): boolean {
  return value.split(/[ ,]+/).some((w) => NOT_A_SURNAME.has(w) || NOT_IN_A_CAPS_NAME.has(w.toUpperCase()));
}

/** Specific personal classes: beside one of them a generic `name` column is a person's (a contact row). */
export function specificClass(cls: KeyClass): boolean {
  return cls === 'email' || cls === 'phone' || cls === 'dob' || cls === 'ssn' || cls === 'address' || cls === 'iban' || cls === 'card' || cls === 'name';
}

/** A generic person column (`name`, `owner`) counts only in a row that also holds specific personal data. */
export function columnClasses(classes: KeyClass[]): KeyClass[] {
  return classes.some(specificClass) ? classes : classes.map((c) => (c === 'person' || c === 'namepart' ? 'plain' : c));
}

function lineStart(text: string, ends: number[], line: number): number {
  return line === 0 ? 0 : ends[line - 1]! + (text[ends[line - 1]!] === '\r' ? 2 : 1);
}

function headerSpans(text: string, ends: number[], at: number, delimiter: string, classify: (key: string) => KeyClass, spans: LineSpan[]): boolean {
  const header = cells(text, lineStart(text, ends, at), ends[at]!, delimiter).map((c) => c.value.trim());
  if (header.length < 3 || !header.every((h) => HEADER_CELL.test(h))) return false;
  const classes = columnClasses(header.map((h) => classify(h)));
  if (!classes.some((c) => fieldValueType(c, 'Ab Cd') !== undefined)) return false;
  // The one column whose values may hold the delimiter unquoted, when there is one.
  const wide = classes.filter((c) => c === 'dob' || c === 'address').length === 1 ? classes.findIndex((c) => c === 'dob' || c === 'address') : -1;
  for (let line = at + 1; line < ends.length; line++) {
    let row = cells(text, lineStart(text, ends, line), ends[line]!, delimiter);
    if (row.length > header.length && wide >= 0) row = merged(text, row, wide, row.length - header.length, classes[wide]!);
    if (row.length !== header.length) continue;
    for (let i = 0; i < row.length; i++) {
      const type = fieldValueType(classes[i]!, row[i]!.value);
      if (type !== undefined) spans.push([row[i]!.at, row[i]!.at + row[i]!.value.length, type]);
    }
  }
  return true;
}

// Dates written with a comma (`June 4, 1972`, `4 June, 1972`).
const COMMA_DATE = /^(?:\p{L}{3,12}\.? \d{1,2}|\d{1,2} \p{L}{3,12}\.?), (?:1[89]|20)\d{2}$/u;

/**
 * `row` with cells `i` to `i + extra` joined into one: a date or a street line written with the
 * delimiter in it. Unchanged when the joined value is not one.
 */
function merged(text: string, row: Cell[], i: number, extra: number, cls: KeyClass): Cell[] {
  const last = row[i + extra];
  if (last === undefined || extra > 3) return row;
  const value = text.slice(row[i]!.at, last.at + last.value.length);
  const ok = cls === 'dob' ? COMMA_DATE.test(value.trim()) : /\p{L}{3}/u.test(value) && /\d/.test(value) && !value.includes('"') && !value.includes('@');
  return ok ? [...row.slice(0, i), { at: row[i]!.at, value }, ...row.slice(i + extra + 1)] : row;
}

function beside(text: string, ends: number[], spans: LineSpan[]): void {
  let from = 0;
  for (const end of ends) {
    if (text[from] === '"') {
      const row = cells(text, from, end, ',');
      if (row.length >= 3) {
        for (let i = 0; i < row.length; i++) {
          if (!EMAIL_CELL.test(row[i]!.value)) continue;
          for (const j of [i - 1, i + 1]) {
            const cell = row[j];
            if (cell !== undefined && NAME_CELL.test(cell.value)) spans.push([cell.at, cell.at + cell.value.length, 'name']);
          }
        }
      }
    }
    from = end + (text[end] === '\r' ? 2 : 1);
  }
}

// --- rows without a header -------------------------------------------------------------------

// A row quoted inside a logfmt value or a JSON string was escaped with it: its tabs are the two
// characters `\t` and the rows of a batch are parted by `\n`.
const ESCAPED_TAB = '\\t';
const ESCAPED_BREAK = '\\n';
const ROW_DELIMITERS = [';', '|', '\t', ESCAPED_TAB, ','] as const;
const LONG_NUMBER = /\d{9}/;
// A pseudonym an earlier pass left in the cell (`<email:k1:…>`) proves as much as the value did.
const PROVING_TOKEN = /^<(?:email|iban|phone|ssn):[\w-]{1,16}:[0-9a-f]{8,64}>$/;
// A whole cell that is a street line (the text scanner reads one only after a blank or a quote, not
// after an escaped tab's `t`).
const STREET_CELL = new RegExp(String.raw`^(?:${STREET})`);
const INTERNATIONAL_PHONE = /^\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}$/;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?`;
// Birth dates as rows write them: ISO, day and month with `/`, `.` or `-` (either order), and the
// month in words before or after the day.
const DATE_CELL = new RegExp(String.raw`^(?:(\d{4})-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-](\d{4})|${MONTH} \d{1,2},? (\d{4})|\d{1,2} ${MONTH},? (\d{4}))$`);

function provesPerson(value: string): boolean {
  if (EMAIL_CELL.test(value) || PROVING_TOKEN.test(value) || INTERNATIONAL_PHONE.test(value) || checkedPersonId(value)) return true;
  const compact = value.replace(/ /g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact) && ibanValid(compact);
}

// A person's national number in a cell of its own, checked (Swedish personnummer, Norwegian
// fødselsnummer, Finnish henkilötunnus) or left as a token by an earlier pass: a payroll or
// timesheet row keyed by it is about that person, and the name cell after it is theirs.
function idCell(value: string): boolean {
  if (/^<ssn:[\w-]{1,16}:[0-9a-f]{8,64}>$/.test(value) || personRowId(value)) return true;
  if (/^\d{11}$/.test(value)) return noFnrValid(value);
  if (/^(?:\d{2})?\d{6}[-+]\d{4}$/.test(value)) return personnummerValid(value);
  return /^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/.test(value) && fiHetuValid(value);
}

// A name cell: a given name, a family name or both, in any script; not a word of products or
// plans, and not a code in capitals (`EUR`, `NL`).
export function nameCell(value: string): boolean {
  return value.length <= 60 && NAME_WORDS.test(value) && !/^[A-Z]{1,4}$/.test(value) && !thingWords(value);
}

// A birth date is old enough: a row's other dates (created, due, shipped) are recent.
function birthDateCell(value: string): boolean {
  const m = DATE_CELL.exec(value);
  if (m === null) return false;
  const year = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return year >= 1900 && year <= new Date().getUTCFullYear() - 10;
}

// A label ending in `:` or `=` before the name in a row's first cell (the name optionally quoted).
const LABELLED_LEAD = /^([^"]{0,60}?[:=] ?"?)([^":=]{2,60}?)"?$/;

function judgeRow(row: Cell[], spans: LineSpan[]): void {
  if (row.length < 3) return;
  const values = row.map((c) => c.value.trim());
  // Three cells are a row only when one of them proves a person (`first row: "Jane Doe","+44 …","…"`,
  // a directory export echoed by its script); fewer commas than that are as often prose.
  if (row.length === 3 && !values.some(provesPerson)) return;
  const mail = values.findIndex((v) => EMAIL_CELL.test(v) || v.startsWith('<email:'));
  const ids = values.flatMap((v, i) => (idCell(v) ? [i] : []));
  if (mail < 0 && ids.length === 0 && !values.some(provesPerson)) return;
  const push = (i: number, type: LineSpan[2]): void => {
    const cell = row[i]!;
    const at = cell.at + cell.value.indexOf(values[i]!);
    spans.push([at, at + values[i]!.length, type]);
  };
  // The name opens the row (after an id, a record-type letter such as a pipe file's `D` or an empty
  // cell at most) or stands right before the e-mail.
  const first = nameCell(values[0]!) ? 0 : (values[0] === '' || /^(?:[^"]{0,60}?[:=] ?)?[\w-]*\d[\w-]*$/.test(values[0]!) || /^[A-Z]{1,2}$/.test(values[0]!)) && nameCell(values[1]!) ? 1 : -1;
  // A row logged after a label (`import line 21: Jane Doe;…`, `first row: "Jane Doe";…`): the first
  // cell holds the label and the name, quoted or not.
  // The label may follow the log line's own text in the cell before (`fetched x.csv; first row: …`).
  for (let i = 0; first < 0 && i < 2 && i < values.length; i++) {
    const lead = LABELLED_LEAD.exec(values[i]!);
    if (lead !== null && nameCell(lead[2]!)) {
      const cell = row[i]!;
      const at = cell.at + cell.value.indexOf(values[i]!) + lead[1]!.length;
      spans.push([at, at + lead[2]!.length, 'name']);
      break;
    }
  }
  for (let i = first; i >= 0 && i < first + 3 && i < values.length && nameCell(values[i]!); i++) push(i, 'name');
  for (let i = mail - 1; i >= 0 && i >= mail - 3 && i !== first && nameCell(values[i]!); i--) push(i, 'name');
  for (const i of ids) if (i + 1 < values.length && i + 1 !== first && nameCell(values[i + 1]!)) push(i + 1, 'name');
  values.forEach((v, i) => {
    const compact = v.replace(/[ -]/g, '');
    if (personRowId(v)) push(i, 'ssn');
    // A grouped IBAN is read whole before its digit groups can pass for a card number.
    else if (/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact) && ibanValid(compact)) push(i, 'iban');
    // A card number in a person's row: a network's range and length besides Luhn (one random number
    // in ten passes Luhn alone).
    else if (/^\d{4}(?:[ -]?\d{2,6}){2,4}$/.test(v) && isNetworkCardNumber(compact)) push(i, 'card');
    else if (INTERNATIONAL_PHONE.test(v)) push(i, 'phone');
    else if (birthDateCell(v)) push(i, 'dob');
    // An amount or a timestamp with decimals (`39404.88`, an Asterisk `uniqueid` `1700000000.42`) is no
    // phone number.
    else if (!DATE_CELL.test(v) && !/^\d+[.,]\d{1,4}$/.test(v) && !ids.includes(i) && phoneShaped(v)) push(i, 'phone');
    else if (v.length <= 120) {
      const street = STREET_CELL.exec(v);
      if (street !== null) {
        const at = row[i]!.at + row[i]!.value.indexOf(v);
        spans.push([at, at + street[0].length, 'address']);
      }
    }
  });
}

// Comma rows are common in prose and in lists of codes: there only the national numbers of a row
// proven to be a person's (by an e-mail address, an IBAN, an international phone number or a
// national number with its own check digits) are taken; amounts, codes and dates stay.
function judgeCommaRow(row: Cell[], spans: LineSpan[]): void {
  if (row.length < 4) return;
  const values = row.map((c) => c.value.trim());
  if (!values.some(provesPerson)) return;
  values.forEach((v, i) => {
    if (!personRowId(v)) return;
    const at = row[i]!.at + row[i]!.value.indexOf(v);
    spans.push([at, at + v.length, 'ssn']);
  });
}

// The rows of an escaped batch, each judged on its own.
function judgeRows(text: string, from: number, to: number, d: string, spans: LineSpan[]): void {
  if (d !== ESCAPED_TAB) {
    judgeRow(cells(text, from, to, d), spans);
    return;
  }
  for (let at = from; at <= to; ) {
    let end = text.indexOf(ESCAPED_BREAK, at);
    if (end < 0 || end > to) end = to;
    judgeRow(cells(text, at, end, d), spans);
    at = end + ESCAPED_BREAK.length;
  }
}

/**
 * Person rows logged without their header (see the module comment): each line, or the quoted
 * rows inside it (`line="…"`), split on `;`, `|`, a tab or — in a line with a quoted cell — a comma.
 */
export function personRowSpans(text: string, spans: LineSpan[]): void {
  let from = 0;
  while (from <= text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    for (const d of ROW_DELIMITERS) {
      if (!text.slice(from, end).includes(d)) continue;
      // Commas split prose as well: a comma row is one with a quoted cell (`,"Jane Doe",`).
      if (d === ',' && !text.slice(from, end).includes(',"')) continue;
      let quoted = false;
      for (let q = text.indexOf('"', from); q >= 0 && q < end; ) {
        const close = text.indexOf('"', q + 1);
        if (close < 0 || close > end) break;
        // A quoted cell of a row quoted cell by cell (`"5521","12 Oak St, Apt 4, Reno, NV 89501",…`)
        // is no row of its own, however many commas it holds.
        const cell = text.startsWith(d, close + 1) || text.slice(0, q).endsWith(d);
        if (!cell && text.slice(q + 1, close).split(d).length >= 4) {
          quoted = true;
          judgeRows(text, q + 1, close, d, spans);
        }
        q = text.indexOf('"', close + 1);
      }
      if (!quoted) judgeRows(text, from, end, d, spans);
    }
    // A comma row without a quoted cell gives up only its checked national numbers (judgeCommaRow).
    const line = text.slice(from, end);
    if (line.includes(',') && !line.includes(',"') && LONG_NUMBER.test(line)) judgeCommaRow(cells(text, from, end, ','), spans);
    from = end + 1;
  }
}

// A header of a table aligned with blanks (mainframe reports, CLI listings): three or more words
// two or more blanks apart.
const ALIGNED_HEADER = /^[A-Za-z_][\w.-]{0,40}(?: {2,}[A-Za-z_][\w.-]{0,40}){2,} *$/;

function alignedSpans(text: string, ends: number[], classify: (key: string) => KeyClass, spans: LineSpan[]): void {
  const header = text.slice(0, ends[0]);
  const starts: number[] = [];
  const classes: KeyClass[] = [];
  for (const m of header.matchAll(/\S+/g)) {
    starts.push(m.index);
    classes.push(classify(m[0]));
  }
  classes.splice(0, classes.length, ...columnClasses(classes));
  if (!classes.some((c) => fieldValueType(c, 'Ab Cd') !== undefined)) return;
  for (let line = 1; line < ends.length; line++) {
    const from = ends[line - 1]! + (text[ends[line - 1]!] === '\r' ? 2 : 1);
    const row = text.slice(from, ends[line]);
    // Each column starts after a blank in every row, or the row is not part of the table.
    if (!starts.every((s, i) => i === 0 || (row[s - 1] === ' ' && s < row.length))) continue;
    for (let i = 0; i < starts.length; i++) {
      const raw = row.slice(starts[i], starts[i + 1] ?? row.length);
      const value = raw.trim();
      const type = fieldValueType(classes[i]!, value);
      if (type === undefined) continue;
      const at = from + starts[i]! + raw.indexOf(value);
      spans.push([at, at + value.length, type]);
    }
  }
}

/** Spans of personal data in a delimited export (unsorted; the caller drops overlaps). */
export function csvRowSpans(text: string, classify: (key: string) => KeyClass, spans: LineSpan[]): void {
  const ends = lineEnds(text);
  const first = text.slice(0, ends[0]);
  if (ends.length >= 2 && first.includes('  ') && ALIGNED_HEADER.test(first)) {
    alignedSpans(text, ends, classify, spans);
    return;
  }
  // The header is the first line, or follows a title or two (`export=staff.csv`, `# generated by …`).
  for (let at = 0; at < 3 && at < ends.length - 1; at++) {
    const line = at === 0 ? first : text.slice(lineStart(text, ends, at), ends[at]);
    for (const d of DELIMITERS) {
      if (line.includes(d) && headerSpans(text, ends, at, d, classify, spans)) return;
    }
  }
  if (text.includes('@') && text.includes('","')) beside(text, ends, spans);
  personRowSpans(text, spans);
}

/** Cheap test: a line break and a delimiter, or a quoted comma-separated row. */
export function mayBeCsv(text: string): boolean {
  return (text.includes('\n') && (text.includes(';') || text.includes(',') || text.includes('\t') || text.includes('|') || text.includes('   '))) || (text.includes('","') && text.includes('@'));
}
