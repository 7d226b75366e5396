import type { KeyClass } from './key-names.js';
import type { LineSpan, LineSpanType } from './people-lines.js';
import { fieldValueType } from './csv-rows.js';
import { isNetworkCardNumber } from './checksums.js';

/**
 * Bind parameters that ORMs and database servers log apart from their statement: Hibernate's
 * `binding parameter [2] as [DATE] - [..]` / `(2:DATE) <- [..]`, PostgreSQL's
 * `DETAIL:  parameters: $1 = '..'`, Prisma's `-- params: [..]` and TypeORM's `-- PARAMETERS: [..]`.
 * The statement names the column of each placeholder (the insert's column list, or `col = ?` in
 * a SET or WHERE clause), and each value takes that column's meaning as a field takes its key's.
 */

// Identifiers quoted the ANSI way ("col"), or in SQL Server's brackets ([col]) as EF Core prints them.
const IDENT = String.raw`(?:[\["]?\w+[\]"]?\.)*[\["]?(\w+)[\]"]?`;
const INSERT = new RegExp(String.raw`\binsert\s+into\s+(?:[\["]?\w+[\]"]?\.)*[\["]?\w+[\]"]?\s*\(([^)]{1,2000})\)\s*values\s*\(([^)]{1,2000})\)`, 'gi');
// Placeholders: `?` (JDBC, knex, mysql2), `$n` (PostgreSQL), `@name` (ADO.NET, EF Core).
const COMPARED = new RegExp(IDENT + String.raw`\s*(?:=|<>|!=|<=|>=|<|>|\s(?:i?like|in\s*\())\s*(\?|\$\d{1,3}|@\w{1,64})`, 'gi');
const PLACEHOLDER = /\?|\$(\d{1,3})|@\w{1,64}/g;
const LONE_PLACEHOLDER = /^(?:\?|\$\d{1,3}|@\w{1,64})(?:::\w+)?$/;

/**
 * Column names by parameter: its number (1-based; `?` counted in order) or its `@name`, from every
 * statement in the text.
 */
export function columns(text: string): Map<string, string> {
  const byIndex = new Map<string, string>();
  let ordinal = 0;
  const place = (token: string, column: string): void => {
    const n = token === '?' ? String(++ordinal) : token.startsWith('@') ? token : token.slice(1);
    if (!byIndex.has(n)) byIndex.set(n, column);
  };
  for (const m of text.matchAll(INSERT)) {
    const names = m[1]!.split(',').map((c) => c.trim().replace(/^(?:["[]?\w+[\]"]?\.)*["[]?|[\]"]$/g, ''));
    const holders = [...m[2]!.matchAll(PLACEHOLDER)].map((p) => p[0]);
    if (names.length === holders.length) holders.forEach((h, i) => place(h, names[i]!));
    else {
      // `VALUES ($1, $2, DEFAULT, $3)`: columns filled by a keyword or a literal take no parameter,
      // so each placeholder is paired with the column in its own position.
      const items = m[2]!.split(',').map((v) => v.trim());
      if (items.length === names.length) {
        items.forEach((v, i) => {
          if (LONE_PLACEHOLDER.test(v)) place(v.replace(/::\w+$/, ''), names[i]!);
        });
      }
    }
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
  readonly n: string;
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
      out.push({ n: (m[1] ?? m[3])!, at: m.index + m[0].length - 1 - value.length, value, type: (m[2] ?? m[4])! });
    }
  }
  const detail = text.indexOf('parameters: $');
  if (detail >= 0) {
    PG_PARAM.lastIndex = detail;
    const eol = text.indexOf('\n', detail);
    const end = eol < 0 ? text.length : eol;
    for (let m = PG_PARAM.exec(text); m !== null && m.index < end; m = PG_PARAM.exec(text)) {
      out.push({ n: m[1]!, at: m.index + m[0].length - 1 - m[2]!.length, value: m[2]! });
    }
  }
  // TypeORM prints `-- PARAMETERS: [...]` after the query it logs, and a QueryFailedError dump a
  // `parameters: [...]` line of its own under the `query:` line; Prisma's query event and the
  // loggers built on it print the same JSON array as `params=[...]` or `Params: [...]`.
  const arr = /(?:-- (?:params|PARAMETERS): |(?<![\w.])params=|\bParams: |(?:^|\n)[ \t]*parameters: )\[/.exec(text);
  if (arr !== null) {
    let n = 0;
    let at = arr.index + arr[0].length;
    // Items one after another, each followed by a comma or the closing bracket.
    for (;;) {
      ARRAY_ITEM.lastIndex = at;
      const m = ARRAY_ITEM.exec(text);
      if (m === null || text.slice(at, m.index).trim() !== '') break;
      n++;
      if (m[1] !== undefined) out.push({ n: String(n), at: m.index + 1, value: m[1] });
      at = m.index + m[0].length;
      while (text[at] === ' ') at++;
      if (text[at] !== ',') break;
      at++;
    }
  }
  const ef = text.indexOf('[Parameters=[');
  if (ef >= 0) {
    // EF Core's `Executed DbCommand`: `@p0='value' (Size = 4000), @p1=NULL, …], CommandType=…`.
    const close = text.indexOf('], CommandType=', ef);
    const end = close < 0 ? Math.min(text.length, ef + 4000) : close;
    EF_PARAM.lastIndex = ef;
    for (let m = EF_PARAM.exec(text); m !== null && m.index < end; m = EF_PARAM.exec(text)) {
      out.push({ n: m[1]!, at: m.index + m[0].length - 1 - m[2]!.length, value: m[2]! });
    }
  }
  return out;
}

const EF_PARAM = /(@\w{1,64})='((?:[^'\n]|'')*)'/g;

const PARAMETERS_LINE = /(?:^|\n)[ \t]*parameters: \[/;

/** Cheap test: one of the parameter cues. */
export function mayHaveBindParameters(text: string): boolean {
  return text.includes('binding parameter') || text.includes('parameters: $') || text.includes('-- params: [') || text.includes('-- PARAMETERS: [') || text.includes('params=[') || text.includes('Params: [') || text.includes('[Parameters=[@') || (text.includes('parameters: [') && PARAMETERS_LINE.test(text));
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
    const type = columnValueType(column, classify(column), v.value);
    if (type !== undefined) spans.push([v.at, v.at + v.value.length, type]);
  }
}

// A coordinate column (`lat`, `lng`, `longitude`) holds one number of a place: a key of its own
// reads it whole, so the value bound to it goes too (a street needs words, a coordinate none).
const COORDINATE_COLUMN = /^(?:lat|lng|lon|long|latitude|longitude)$/i;
const COORDINATE = /^[-+]?\d{1,3}\.\d{2,12}$/;

/** The type a value bound to `column` takes. */
function columnValueType(column: string, cls: KeyClass, value: string): LineSpanType | undefined {
  if (cls === 'address' && COORDINATE_COLUMN.test(column) && COORDINATE.test(value) && Math.abs(Number(value)) <= 180) return 'address';
  return fieldValueType(cls, value);
}

// drizzle logs its failed statement under `query` beside `params`.
const SQL_KEYS = ['sql', 'query'] as const;
const VALUE_KEYS = ['bindings', 'values', 'params', 'parameters', 'bind', 'replacements'] as const;

/**
 * A query object logged whole — knex's `query` event (`{ sql, bindings }`), mysql2's query options
 * (`{ sql, values }`), Sequelize's (`bind`, `replacements`): the values sit in a
 * list beside the statement and each takes the meaning of the column its placeholder is set or
 * compared to; drizzle's failed query (`{ query, params }`) likewise. Returns the list's key and,
 * per item, the type it takes: `plain` when its column holds nothing personal (the statement, not
 * the list's key, says what it is), undefined when no column is known (read as the key says).
 */
export function objectBindings(
  keys: readonly string[],
  get: (key: string) => unknown,
  classify: (key: string) => KeyClass,
): [key: string, types: (LineSpanType | 'plain' | undefined)[]] | undefined {
  const sqlKey = SQL_KEYS.find((k) => keys.includes(k));
  const valuesKey = VALUE_KEYS.find((k) => keys.includes(k));
  if (sqlKey === undefined || valuesKey === undefined) return undefined;
  const sql = get(sqlKey);
  const values = get(valuesKey);
  if (typeof sql !== 'string' || !Array.isArray(values) || values.length === 0 || values.length > 200) return undefined;
  const cols = columns(sql);
  if (cols.size === 0) return undefined;
  const types = values.map((v, i): LineSpanType | 'plain' | undefined => {
    const column = cols.get(String(i + 1));
    if (column === undefined) return undefined;
    const value = typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
    if (value === undefined) return undefined;
    return columnValueType(column, classify(column), value) ?? (typeof v === 'string' ? 'plain' : undefined);
  });
  return types.some((t) => t !== undefined) ? [valuesKey, types] : undefined;
}

// PostgreSQL echoes the row a constraint refused: a unique or foreign key violation as
// `Key (col, col)=(value, value) already exists.` (or `is not present in table`), a check or
// not-null violation as `Failing row contains (value, …).` beside the `STATEMENT:` that inserted it.
// Values are printed bare and joined by `, `: read only when they pair one-to-one with the columns.
const KEY_TUPLE = /\bKey \(([^()\n]{1,500})\)=\(([^\n]{1,2000}?)\)(?= already exists| is not present| is still referenced| conflicts with)/g;
const FAILING_ROW = /\bFailing row contains \(([^\n]{1,4000})\)\.?$/m;
const INSERT_COLUMNS = /\binsert\s+into\s+(?:["[]?\w+["\]]?\.)*["[]?\w+["\]]?\s*\(([^)]{1,2000})\)/i;

/** Cheap test: a PostgreSQL constraint message that echoes a row. */
export function mayHaveRowEcho(text: string): boolean {
  return text.includes('Key (') || text.includes('Failing row contains (');
}

function columnList(list: string): string[] {
  return list.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
}

function tupleSpans(names: readonly string[], body: string, at: number, classify: (key: string) => KeyClass, spans: LineSpan[]): void {
  const values = body.split(', ');
  if (values.length !== names.length) return;
  let pos = at;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const type = value === 'null' ? undefined : columnValueType(names[i]!, classify(names[i]!), value);
    if (type !== undefined) spans.push([pos, pos + value.length, type]);
    pos += value.length + 2;
  }
}

/** Spans of personal values in the rows a constraint violation echoes, by their column names. */
export function rowEchoSpans(text: string, classify: (key: string) => KeyClass, spans: LineSpan[]): void {
  if (text.includes('Key (')) {
    for (const m of text.matchAll(KEY_TUPLE)) {
      tupleSpans(columnList(m[1]!), m[2]!, m.index + m[0].length - 1 - m[2]!.length, classify, spans);
    }
  }
  const row = text.includes('Failing row contains (') ? FAILING_ROW.exec(text) : null;
  const insert = row === null ? null : INSERT_COLUMNS.exec(text);
  if (row !== null && insert !== null) {
    tupleSpans(columnList(insert[1]!), row[1]!, row.index + row[0].indexOf('(') + 1, classify, spans);
  }
}
