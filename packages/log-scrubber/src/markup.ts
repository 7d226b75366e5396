/**
 * Credentials in XML, YAML and other markup, where the name and the value are not a `key=value` pair:
 *
 * - an element named like a credential: `<password>x</password>`, `<ns:ClientSecret>x</ns:ClientSecret>`,
 *   `<password><![CDATA[x]]></password>` (Maven `settings.xml`, SOAP bodies, Tomcat users);
 * - an element named by an attribute: `<entry key="password">x</entry>` (Java properties XML),
 *   `<string name="api_key">x</string>` (Android resources);
 * - a name/value attribute pair: `<add key="DbPassword" value="x"/>` (.NET appSettings),
 *   `<property name="password" value="x"/>` (Spring, Hibernate), `<Parameter Name="Password" Value="x"/>`;
 * - a form input picked by a CSS attribute selector, then its value: `input[name=password] value="x"`
 *   (UI breadcrumbs of Sentry and session-replay SDKs, test runners);
 * - a name/value list item: `- name: DB_PASSWORD` / `  value: x` (Kubernetes container env in YAML),
 *   `{"name": "DB_PASSWORD", "value": "x"}` inside text (ECS task definitions, env dumps), and
 *   `{"key": "db_password", "value": "x"}` (Ansible `dict2items` loop items);
 * - a quoted name and a quoted value in code and dumps: `define('DB_PASSWORD', 'x')`,
 *   `os.environ['DB_PASSWORD'] = 'x'`, `setProperty("db.password", "x")`, PHP `var_dump`
 *   (`["password"]=>` / `string(8) "x"`), XML-RPC (`<name>password</name><value><string>x…`);
 * - two-column key/value tables without a separator (Vault's `Key  Value` output): a row whose key
 *   is a credential name and whose value is one word;
 * - calls that take a password as a literal: `setPassword("x")`, `db.changeUserPassword('u', 'x')`,
 *   `CALL set_password('u', 'x')` (the last literal), SQL `crypt('x', gen_salt('bf'))`,
 *   `PASSWORD('x')` (the first); not getters and lookups (`getSecret('db-password')`).
 *
 * The name is judged by the same key-name rules as object keys (`isSecret`).
 */

import { isCredentialSetting, isSecretReference, keyWords } from './key-names.js';

type Span = readonly [number, number];

const NAME_ATTR = String.raw`(?:key|name|param|property|field)`;
const ELEMENT = /<((?:[A-Za-z_][\w.-]{0,31}:)?([A-Za-z_][\w.-]{0,63}))(?:[ \t]([^<>]{0,256}))?>(?:<!\[CDATA\[([^\]]{0,2048})\]\]>|([^<]{1,2048}))<\/\1>/g;
const NAME_IN_ATTRIBUTES = new RegExp(String.raw`(?:^|[ \t])${NAME_ATTR}[ \t]*=[ \t]*(["'])([^"'<>]{1,128})\1`, 'i');
const ATTRIBUTE_PAIR = new RegExp(
  String.raw`(?<![\w-])${NAME_ATTR}[ \t]*=[ \t]*(["'])([^"'<>]{1,128})\1[ \t\r\n]{1,16}(?:[\w:-]{1,32}[ \t]*=[ \t]*(["'])[^"'<>]{0,128}\3[ \t\r\n]{1,16}){0,2}value[ \t]*=[ \t]*(["'])([^"'<>]{0,2048})\4`,
  'gi',
);
// `input[name=password] value="x"`, `#login input[id='pin'] value=x`: a UI event names the field by
// a selector and records what was typed.
const SELECTOR_VALUE =
  /\[(?:name|id)[ \t]*=[ \t]*(["']?)([\w.-]{1,64})\1[ \t]*\][ \t]{1,8}value[ \t]*[=:][ \t]*(?:"((?:[^"\\\n]|\\.){0,512})"|'([^'\n]{0,512})'|([^\s"'][^\s]{0,511}))/g;
// `- name: X` then `value: V` on the next line (YAML), or `"name": "X", "value": "V"` (JSON text).
const LIST_PAIR =
  /(?:^|\n)[ \t]*-?[ \t]*name:[ \t]*(["']?)([\w.-]{1,128})\1[ \t]*\r?\n[ \t]*value:[ \t]*(?:"((?:[^"\\\n]|\\.){0,2048})"|'([^'\n]{0,2048})'|([^\r\n]{1,2048}))|"(?:[Nn]ame|[Kk]ey)"[ \t]*:[ \t]*"([\w.-]{1,128})"[ \t]*,[ \t]*"[Vv]alue"[ \t]*:[ \t]*"((?:[^"\\]|\\.){0,2048})"/g;

// `define('DB_PASSWORD', 'x')`, `environ['DB_PASSWORD'] = 'x'`, `setProperty("a.password", "x")`,
// var_dump's `["password"]=>\n  string(8) "x"`.
// Inside a JSON object (`"mode": "passwordless", "retry_limit": 5`) a string after `:` is a value and
// one before `:` a member name: neither is the name or the value of such a pair.
const QUOTED_PAIR =
  /(?<!:[ \t]{0,4})(["'])([A-Za-z_][\w.-]{0,127})\1[ \t]*(?:,|\][ \t]*=(?!>)|\]=>\s{0,16}string\(\d{1,6}\))[ \t]*(?:"((?:[^"\\\n]|\\.){1,2048})"|'((?:[^'\\\n]|\\.){1,2048})')(?![ \t]*:)/g;
const XMLRPC_MEMBER = /<name>([\w.-]{1,128})<\/name>\s{0,16}<value>(?:\s{0,16}<(?:string|base64)>)?([^<]{1,2048})</g;
// A row of a two-column table: key, two or more blanks, one word, end of line.
const TABLE_ROW = /(?:^|\n)[ \t]*([A-Za-z_][\w.-]{1,63})[ \t]{2,}(\S{1,2048})[ \t]*(?=\r?\n|$)/g;

const LITERAL = String.raw`[NnEe]?(?:'(?:[^'\\\n]|\\.|''){0,512}'|"(?:[^"\\\n]|\\.){0,512}")`;
const CALL = new RegExp(
  String.raw`(?<![\w$])((?:[A-Za-z_$][\w$]{0,63}\.){0,4}([A-Za-z_$][\w$]{0,63}))\([ \t]*((?:${LITERAL}[ \t]*,[ \t]*){0,4})(${LITERAL})[ \t]*[,)]`,
  'g',
);
// SQL functions whose first argument is the plaintext password.
const HASHING_CALLS = new Set(['crypt', 'password', 'old_password', 'hashpw', 'encrypt', 'pgp_sym_encrypt']);
// Calls that name, look up or act on a credential without passing it.
const NOT_PASSING = new Set([
  'get', 'fetch', 'load', 'read', 'find', 'lookup', 'has', 'is', 'delete', 'remove', 'describe', 'list', 'reset',
  'forgot', 'send', 'expire', 'revoke', 'rotate', 'generate', 'require', 'create', 'new', 'require', 'on', 'handle',
]);

/** Cheap test before {@link markupSpans}. */
export function mayHaveMarkup(text: string): boolean {
  return (
    text.includes('</') ||
    text.includes('alue') ||
    text.includes("',") ||
    text.includes('",') ||
    text.includes(']') ||
    text.includes('\n') ||
    text.includes("('") ||
    text.includes('("')
  );
}

/** Spans `[start, end)` of credential values in markup, sorted; undefined when none. */
export function markupSpans(text: string, isSecret: (name: string) => boolean): Span[] | undefined {
  let spans: Span[] | undefined;
  const push = (end: number, value: string): void => {
    if (value.trim().length > 0) (spans ??= []).push([end - value.length, end]);
  };
  let m: RegExpExecArray | null;
  if (text.includes('</')) {
    ELEMENT.lastIndex = 0;
    while ((m = ELEMENT.exec(text)) !== null) {
      const named = m[3] === undefined ? null : NAME_IN_ATTRIBUTES.exec(m[3]);
      if (!isSecret(m[2]!) && (named === null || !isSecret(named[2]!))) continue;
      const value = m[4] ?? m[5]!;
      push(m.index + m[0].length - m[1]!.length - 3 - (m[4] === undefined ? 0 : 3), value);
    }
  }
  if (text.includes('<name>')) {
    XMLRPC_MEMBER.lastIndex = 0;
    while ((m = XMLRPC_MEMBER.exec(text)) !== null) {
      if (isSecret(m[1]!)) push(m.index + m[0].length - 1, m[2]!);
    }
  }
  if (text.includes("',") || text.includes('",') || text.includes(']')) {
    QUOTED_PAIR.lastIndex = 0;
    while ((m = QUOTED_PAIR.exec(text)) !== null) {
      const value = (m[3] ?? m[4])!;
      // `field('password', 'Password')`: the label of the field, not its value.
      if (!isSecret(m[2]!) || value.toLowerCase() === m[2]!.toLowerCase() || isCredentialSetting(value)) continue;
      push(m.index + m[0].length - 1, value);
    }
  }
  if (text.includes('\n')) {
    TABLE_ROW.lastIndex = 0;
    while ((m = TABLE_ROW.exec(text)) !== null) {
      const value = m[2]!;
      if (isSecret(m[1]!) && !isCredentialSetting(value) && !isSecretReference(value) && !/^\d{1,9}[smhd]?$/.test(value)) {
        push(m.index + m[0].length, value);
      }
    }
  }
  if (text.includes("('") || text.includes('("') || text.includes("N'")) {
    CALL.lastIndex = 0;
    while ((m = CALL.exec(text)) !== null) {
      const name = m[2]!;
      const words = keyWords(name);
      const hashing = HASHING_CALLS.has(name.toLowerCase());
      if (!hashing && (NOT_PASSING.has(words[0] ?? '') || !isSecret(name))) {
        CALL.lastIndex = m.index + m[1]!.length + 1;
        continue;
      }
      // The plaintext: the first argument of a hashing function, else the last literal.
      const first = hashing && m[3]!.length > 0 ? /^[NnEe]?(['"])((?:[^'"\\\n]|\\.|''){0,512})\1/.exec(m[3]!) : null;
      const start = m.index + m[0].indexOf('(') + 1;
      if (first !== null) {
        const at = m.index + m[0].indexOf(first[0], start - m.index) + first[0].length - 1;
        push(at, first[2]!);
      } else {
        const literal = m[4]!;
        const at = m.index + m[0].lastIndexOf(literal) + literal.length - 1;
        push(at, literal.slice(literal.search(/['"]/) + 1, -1));
      }
    }
  }
  if (!text.includes('alue')) return spans?.sort((a, b) => a[0] - b[0]);
  ATTRIBUTE_PAIR.lastIndex = 0;
  while ((m = ATTRIBUTE_PAIR.exec(text)) !== null) {
    if (isSecret(m[2]!)) push(m.index + m[0].length - 1, m[5]!);
  }
  if (text.includes('[')) {
    SELECTOR_VALUE.lastIndex = 0;
    while ((m = SELECTOR_VALUE.exec(text)) !== null) {
      if (!isSecret(m[2]!)) continue;
      const value = (m[3] ?? m[4] ?? m[5])!;
      push(m.index + m[0].length - (m[5] === undefined ? 1 : 0), value);
    }
  }
  LIST_PAIR.lastIndex = 0;
  while ((m = LIST_PAIR.exec(text)) !== null) {
    const name = m[2] ?? m[6]!;
    if (!isSecret(name)) continue;
    const quoted = m[3] ?? m[4] ?? m[7];
    const value = quoted ?? m[5]!.trimEnd();
    const end = m[5] === undefined ? m.index + m[0].length - 1 : m.index + m[0].length - (m[5].length - value.length);
    push(end, value);
  }
  return spans?.sort((a, b) => a[0] - b[0]);
}
