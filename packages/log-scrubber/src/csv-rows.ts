import type { KeyClass } from './key-names.js';
import type { LineSpan } from './people-lines.js';
import { NOT_A_SURNAME } from './given-names.js';
import { NOT_IN_A_CAPS_NAME } from './personal-keys.js';

/**
 * Delimited exports logged whole (CSV, semicolon and tab separated, pipe tables):
 *
 * - With a header row, each cell takes the meaning of its column's name, as a field of an object
 *   takes its key's (`birth_date`, `guardian`, `guardian_phone`). Only rows with as many cells as
 *   the header are read.
 * - Without one, a quoted row is an audit or contact export when one of its cells is an e-mail
 *   address: a cell beside it that is written like a person's name is that person's name.
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
      if (at < to && text[at] !== delimiter) return [];
      at++;
    } else {
      let end = text.indexOf(delimiter, at);
      if (end < 0 || end > to) end = to;
      out.push({ at, value: text.slice(at, end) });
      at = end + 1;
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
const NAME_WORDS =
  /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*(?:[ ,]{1,2}(?:(?:van|von|de|der|den|da|di|du|del|della|dos|das|do|la|le|ten|ter|zu|bin|al|y) ){0,3}[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*){0,4}$/u;

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
function columnClasses(classes: KeyClass[]): KeyClass[] {
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
  for (let line = at + 1; line < ends.length; line++) {
    const row = cells(text, lineStart(text, ends, line), ends[line]!, delimiter);
    if (row.length !== header.length) continue;
    for (let i = 0; i < row.length; i++) {
      const type = fieldValueType(classes[i]!, row[i]!.value);
      if (type !== undefined) spans.push([row[i]!.at, row[i]!.at + row[i]!.value.length, type]);
    }
  }
  return true;
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
}

/** Cheap test: a line break and a delimiter, or a quoted comma-separated row. */
export function mayBeCsv(text: string): boolean {
  return (text.includes('\n') && (text.includes(';') || text.includes(',') || text.includes('\t') || text.includes('|') || text.includes('   '))) || (text.includes('","') && text.includes('@'));
}
