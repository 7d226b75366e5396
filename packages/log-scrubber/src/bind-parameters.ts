import type { KeyClass } from './key-names.js';
import type { LineSpan } from './people-lines.js';
import { fieldValueType } from './csv-rows.js';
import { isNetworkCardNumber } from './checksums.js';

/**
 * Bind parameters that ORMs and database servers log apart from their statement: Hibernate's
 * `binding parameter [2] as [DATE] - [..]` / `(2:DATE) <- [..]`, PostgreSQL's
 * `DETAIL:  parameters: $1 = '..'`, Prisma's `-- params: [..]` and TypeORM's `-- PARAMETERS: [..]`.
 * The statement names the column of each placeholder (the insert's column list, or `col = ?` in
 * a SET or WHERE clause), and each value takes that column's meaning as a field takes its key's.
 */

const IDENT = String.raw`(?:"?\w+"?\.)*"?(\w+)"?`;
const INSERT = new RegExp(String.raw`\binsert\s+into\s+(?:"?\w+"?\.)*"?\w+"?\s*\(([^)]{1,2000})\)\s*values\s*\(([^)]{1,2000})\)`, 'gi');
const COMPARED = new RegExp(IDENT + String.raw`\s*(?:=|<>|!=|<=|>=|<|>|\s(?:i?like|in\s*\())\s*(\?|\$\d{1,3})`, 'gi');
const PLACEHOLDER = /\?|\$(\d{1,3})/g;

/** Column names by parameter number (1-based), from every statement in the text. */
function columns(text: string): Map<number, string> {
  const byIndex = new Map<number, string>();
  let ordinal = 0;
  const place = (token: string, column: string): void => {
    const n = token === '?' ? ++ordinal : Number(token.slice(1));
    if (!byIndex.has(n)) byIndex.set(n, column);
  };
  for (const m of text.matchAll(INSERT)) {
    const names = m[1]!.split(',').map((c) => c.trim().replace(/^(?:"?\w+"?\.)*"?|"$/g, ''));
    const holders = [...m[2]!.matchAll(PLACEHOLDER)].map((p) => p[0]);
    if (names.length === holders.length) holders.forEach((h, i) => place(h, names[i]!));
  }
  if (byIndex.size === 0) for (const m of text.matchAll(COMPARED)) place(m[2]!, m[1]!);
  return byIndex;
}

const HIBERNATE = /binding parameter (?:\[(\d{1,3})\] as \[(\w+)\] - |\((\d{1,3}):(\w+)\) <- )\[([^\]\n]{1,200})\]/g;
// JDBC types of character data: a number bound as one is stored as text, as card numbers are.
const STRING_TYPES = new Set(['VARCHAR', 'NVARCHAR', 'CHAR', 'NCHAR', 'LONGVARCHAR', 'LONGNVARCHAR', 'CLOB', 'STRING']);
const GROUPED_DIGITS = /^\d{4}(?:[ -]?\d{2,7}){1,4}$/;
const PG_PARAM = /\$(\d{1,3}) = '((?:[^'\n]|'')*)'/g;
const ARRAY_ITEM = /"((?:[^"\\\n]|\\.)*)"|(-?\d[\d.eE+-]*|null|true|false)/g;

interface Bound {
  readonly n: number;
  readonly at: number;
  readonly value: string;
  /** The JDBC type Hibernate names, when it does. */
  readonly type?: string;
}

function bound(text: string): Bound[] {
  const out: Bound[] = [];
  if (text.includes('binding parameter')) {
    for (const m of text.matchAll(HIBERNATE)) {
      const value = m[5]!;
      out.push({ n: Number(m[1] ?? m[3]), at: m.index + m[0].length - 1 - value.length, value, type: (m[2] ?? m[4])! });
    }
  }
  const detail = text.indexOf('parameters: $');
  if (detail >= 0) {
    PG_PARAM.lastIndex = detail;
    const eol = text.indexOf('\n', detail);
    const end = eol < 0 ? text.length : eol;
    for (let m = PG_PARAM.exec(text); m !== null && m.index < end; m = PG_PARAM.exec(text)) {
      out.push({ n: Number(m[1]), at: m.index + m[0].length - 1 - m[2]!.length, value: m[2]! });
    }
  }
  const arr = /-- (?:params|PARAMETERS): \[/.exec(text);
  if (arr !== null) {
    let n = 0;
    let at = arr.index + arr[0].length;
    // Items one after another, each followed by a comma or the closing bracket.
    for (;;) {
      ARRAY_ITEM.lastIndex = at;
      const m = ARRAY_ITEM.exec(text);
      if (m === null || text.slice(at, m.index).trim() !== '') break;
      n++;
      if (m[1] !== undefined) out.push({ n, at: m.index + 1, value: m[1] });
      at = m.index + m[0].length;
      while (text[at] === ' ') at++;
      if (text[at] !== ',') break;
      at++;
    }
  }
  return out;
}

/** Cheap test: one of the four parameter cues. */
export function mayHaveBindParameters(text: string): boolean {
  return text.includes('binding parameter') || text.includes('parameters: $') || text.includes('-- params: [') || text.includes('-- PARAMETERS: [');
}

/** Spans of personal values among the bind parameters of the statements in `text`. */
export function bindParameterSpans(text: string, classify: (key: string) => KeyClass, spans: LineSpan[]): void {
  const values = bound(text);
  if (values.length === 0) return;
  const cols = columns(text);
  for (const v of values) {
    const column = cols.get(v.n);
    if (column === undefined) {
      // No statement to name the column: a card number still goes when it is bound as text and has
      // the digits, network range and length of one (an id is bound as a number, or fails the check).
      if (v.type !== undefined && STRING_TYPES.has(v.type) && GROUPED_DIGITS.test(v.value) && isNetworkCardNumber(v.value.replace(/[ -]/g, ''))) {
        spans.push([v.at, v.at + v.value.length, 'card']);
      }
      continue;
    }
    const type = fieldValueType(classify(column), v.value);
    if (type !== undefined) spans.push([v.at, v.at + v.value.length, type]);
  }
}
