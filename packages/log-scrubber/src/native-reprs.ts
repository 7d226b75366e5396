/**
 * Values in the reprs that Python and Ruby print for form data and validation errors.
 *
 * Django's `QueryDict` and Rack's params inspect keep every form field in a one-element list
 * (`'password': ['x']`, `"password"=>["x"]`): the list bracket sits between the key and the
 * quoted value. Pydantic reports the offending input of a validation error beside its location
 * (`'loc': ('body', 'password'), …, 'input': 'x'`, or in v2's text form the field on its own line
 * above `input_value='x'`): the location's last part names the field the input belongs to.
 */

// The key was quoted (`'password': `, `"password"=>`) and the value is a list opened by the same quote.
const QUOTED_KEY_SEP = /["'][ \t]*(?::|=>)[ \t]*$/;

/** The length of a list opening (`['` or `["`) in front of a quoted-key value, else 0. */
export function listOpening(text: string, valueAt: number, sep: string): number {
  if (text.charCodeAt(valueAt) !== 91) return 0;
  const q = text.charCodeAt(valueAt + 1);
  if (q !== 39 && q !== 34) return 0;
  return QUOTED_KEY_SEP.test(sep) ? 2 : 0;
}

// How far back the location of a validation error is looked for: one error entry.
const LOOKBACK = 600;
// `'loc': ('body', 'user', 'password')` or `"loc": ["body", "password"]`: the last part.
const LOC_TUPLE = /["']loc["'][ \t]*:[ \t]*[([]([^()[\]\n]{0,300})[)\]]/g;
const LAST_PART = /\\?["']?([\w.-]{1,64})\\?["']?[ \t,]*$/;
// `path: ['user', 'password']`, `"path":["password"]`, `path: 'user.password'` (quoted key or not).
// class-validator's `property: 'password'`; Ajv's `"instancePath":"/account/password"` (a JSON pointer:
// only there does a `/` separate members; a `path: '/account/password'` is a URL).
const PATH_LIST =
  /(?<![\w$])\\?["']?(?:path|property)\\?["']?[ \t]*:[ \t]*(?:\[([^()[\]\n]{0,300})\]|\\?["']([\w.[\]-]{1,128})\\?["'])|\\?["']?(?:instancePath|dataPath)\\?["']?[ \t]*:[ \t]*\\?["']([\w./[\]-]{1,128})\\?["']/g;
// Pydantic v2's text form: the field (dotted for nested models) alone on the line above the message.
const FIELD_LINE = /(?:^|\n)([A-Za-z_][\w.]{0,127})\n[ \t]+[^\n]*$/;

// A logfmt validation line names the field in the pair right before the value (`field=tax_id value=…`).
const FIELD_PAIR_BEFORE = /(?:^|[\s,;])(?:field|param|parameter|attribute|property)=["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]+$/;

/** The field a validation error's `input`/`input_value`/`received`/`value` at `start` belongs to, if its location is readable. */
export function validationField(text: string, start: number, key: string): string | undefined {
  const from = Math.max(0, start - LOOKBACK);
  const before = text.slice(from, start);
  if (key === 'value' || key === 'input') {
    const pair = FIELD_PAIR_BEFORE.exec(before);
    if (pair !== null) return pair[1]!.slice(pair[1]!.lastIndexOf('.') + 1);
  }
  if (key === 'input_value') {
    const m = FIELD_LINE.exec(before);
    if (m !== null) return m[1]!.slice(m[1]!.lastIndexOf('.') + 1);
  }
  // Pydantic names the field by `loc`; zod, Joi, yup and superstruct by `path`, as a list
  // (`path: [ 'password' ]` when util.inspect prints it) or a dotted string.
  let last = before.includes('loc') ? lastLocation(LOC_TUPLE, before) : undefined;
  if (last === undefined && (before.includes('ath') || before.includes('property'))) last = lastLocation(PATH_LIST, before);
  if (last === undefined) return undefined;
  // An error entry closed in between (`}, {`) has its own input: the location must be this entry's.
  const tail = before.slice(before.lastIndexOf(last));
  if (tail.includes('}')) return undefined;
  return LAST_PART.exec(last)?.[1];
}

function lastLocation(re: RegExp, before: string): string | undefined {
  let last: string | undefined;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(before)) !== null) last = m[1] ?? m[2] ?? m[3];
  return last;
}

const OPENER: Readonly<Record<string, string>> = { ')': '(', '}': '{', ']': '[' };

/**
 * How many closing brackets at the end of a bare value close the dump around it instead
 * (`Account(id=7, password=x)`, Lombok and Kotlin `toString()`, `Credentials{secret=x}`): closers
 * the value does not open itself, when the dump was opened before the key on the same line.
 */
export function closingTail(text: string, start: number, value: string): number {
  let end = value.length;
  let last = value[end - 1];
  if (last !== ')' && last !== '}' && last !== ']') return 0;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 2000), start);
  while (last !== undefined && OPENER[last] !== undefined) {
    const open = OPENER[last]!;
    const body = value.slice(0, end);
    if (count(body, open) >= count(body, last) || !before.includes(open)) break;
    end--;
    last = value[end - 1];
  }
  return value.length - end;
}

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + 1)) n++;
  return n;
}
