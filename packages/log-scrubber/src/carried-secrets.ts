/**
 * Credentials that a log format carries in a place whose name says nothing:
 *
 * - HAProxy's captured headers (`capture request header Cookie len 128`, `capture response header
 *   Set-Cookie …`): `option httplog` writes them as `{value|value}` blocks after the queue counters
 *   (`0/0 {host|cookies} {set-cookie} "GET / HTTP/1.1"`), without the header names. A field shaped
 *   as a cookie list is a Cookie or Set-Cookie header, whatever its cookies are called (the sticky
 *   cookie of `cookie SERVERID insert` too).
 * - the link a user is mailed to sign in, reset a password or confirm an address: the path says what
 *   the link does, and the token rides under a one- or two-letter parameter (`/auth/verify?t=…`).
 */

import { scrubCookieList } from './cookies.js';
import { AUTH_LINK_PATH } from './flow-words.js';
import { keyWords } from './key-names.js';

// Queue counters (`%sq/%bq`) or the request-header block end right before a capture block.
const BEFORE_CAPTURE = /(?:\d\/\d+|\}) $/;
// RFC 6265 §4.1.1: `name=value` pairs joined by `; `; a name is a token (no `|`, the capture
// separator), a value holds no blank, `;` or `,` (Set-Cookie attributes such as `path=/` and flags
// such as `HttpOnly` follow the first pair; `Expires=` holds a blank and a comma). The two readings
// of a segment exclude each other: a segment that could be either would make a failing match
// backtrack through every combination (2^n for n segments).
const COOKIE_LIST = /^[!#$%&'*+.^_`~\w-]{1,64}=[^\s;,]{0,4096}(?:; ?(?:[Ee]xpires=[^;]{1,64}|(?![Ee]xpires=)[!#$%&'*+.^_`~\w-]{1,64}(?:=[^\s;,]{0,4096})?))*$/;
const CAPTURE_LIMIT = 4096;

/**
 * If the `name=` at `start` opens a field of an HAProxy capture block and that field is a cookie
 * list, the end of the field (before the next `|` or the closing `}`); else undefined.
 */
export function capturedCookiesEnd(text: string, start: number): number | undefined {
  const before = text.charCodeAt(start - 1);
  if (before !== 123 && before !== 124) return undefined;
  // Every search stays within one block's length: a long line of `|k=v` pairs must not make each
  // pair scan the whole line (quadratic).
  const from = Math.max(0, start - CAPTURE_LIMIT);
  const open = before === 123 ? start - 1 : from + text.slice(from, start).lastIndexOf('{');
  if (open < from + 2) return undefined;
  const fields = text.slice(open + 1, start);
  if (fields.includes('}') || fields.includes('\n')) return undefined;
  if (!BEFORE_CAPTURE.test(text.slice(Math.max(0, open - 12), open))) return undefined;
  const window = text.slice(start, start + CAPTURE_LIMIT);
  const closeAt = window.indexOf('}');
  if (closeAt === -1) return undefined;
  const close = start + closeAt;
  // The block is followed by the response-header block or the quoted request line.
  const next = text.charCodeAt(close + 2);
  if (text.charCodeAt(close + 1) !== 32 || (next !== 123 && next !== 34)) return undefined;
  const bar = window.indexOf('|');
  const end = bar !== -1 && bar < closeAt ? start + bar : close;
  return COOKIE_LIST.test(text.slice(start, end)) ? end : undefined;
}

// A short parameter name: an abbreviation (`t`, `tk`, `k`) says nothing; `id` names a record.
const SHORT_PARAM = /^[A-Za-z]{1,2}$/;

/**
 * The path of the URL whose query holds the parameter at `start`, looking back at most `window`
 * characters: back from the `?` to a blank, a quote or `=` (the URL's own start), without its scheme
 * and host; undefined when no `?` of the same URL comes before `start`.
 */
export function queryPathBefore(text: string, start: number, window: number): string | undefined {
  const from = Math.max(0, start - window);
  const found = text.slice(from, start).lastIndexOf('?');
  if (found === -1) return undefined;
  const q = from + found;
  if (/[\s"']/.test(text.slice(q, start))) return undefined;
  let p = q;
  while (p > from) {
    const c = text.charCodeAt(p - 1);
    if (c === 32 || c === 9 || c === 10 || c === 34 || c === 39 || c === 61) break;
    p--;
  }
  // Only the path counts: a host named `auth.` or `login.` serves its static files too.
  const path = text.slice(p, q);
  const scheme = path.indexOf('://');
  if (scheme === -1) return path;
  const slash = path.indexOf('/', scheme + 3);
  return slash === -1 ? '' : path.slice(slash);
}

/** Whether the query parameter `key` at `start` is a short name in the query of an auth link. */
export function authLinkParameter(text: string, start: number, key: string): boolean {
  if (!SHORT_PARAM.test(key) || key.toLowerCase() === 'id') return false;
  const path = queryPathBefore(text, start, 300);
  return path !== undefined && AUTH_LINK_PATH.test(path);
}

// CloudFront standard access log (tab-separated, fixed order): date, time, edge location, bytes,
// client ip, method, host, uri-stem, status, referer, user agent, uri-query, cookie, … . The edge
// location is an airport code, a number and a suffix (`FRA56-C1`, `IAD89-P2`).
const CLOUDFRONT_START = /\d{4}-\d{2}-\d{2}\t\d{2}:\d{2}:\d{2}\t[A-Z]{3}\d{1,3}(?:-[A-Z0-9]{1,4})?\t/y;
const CLOUDFRONT_COOKIE_FIELD = 12;
// CloudFront URL-encodes the fields it logs: a cookie list joins its pairs with `;%20`. A query
// string has no `;%20name=` (its pairs are joined by `&`), so this shape names a Cookie header in
// any tab-separated edge record (real-time logs let the operator pick the field order).
const ENCODED_COOKIE_LIST = /^[!#$&'*+.^_`~\w-]{1,64}=[^\s;,]{0,4096}(?:;%20[!#$&'*+.^_`~\w-]{1,64}=[^\s;,]{0,4096})+$/;
const FIELD_LIMIT = 8192;

/**
 * If the `name=` at `start` opens a tab-separated field that holds a cookie list (the cookie
 * field of a CloudFront access log, or a URL-encoded cookie list in any tab-separated record),
 * the end of that field; else undefined.
 */
export function edgeCookieFieldEnd(text: string, start: number): number | undefined {
  if (text.charCodeAt(start - 1) !== 9) return undefined;
  let end = start;
  const limit = Math.min(text.length, start + FIELD_LIMIT);
  while (end < limit) {
    const c = text.charCodeAt(end);
    if (c === 9 || c === 10 || c === 13) break;
    end++;
  }
  const field = text.slice(start, end);
  if (field.includes(';%20') && ENCODED_COOKIE_LIST.test(field)) return end;
  // Walk back over at most the fields before the cookie field (never the whole line: a long
  // line of tab-separated pairs must not make each pair rescan it).
  let at = start - 1;
  let tabs = 0;
  const from = Math.max(0, start - FIELD_LIMIT);
  while (at > from) {
    const c = text.charCodeAt(at - 1);
    if (c === 10) break;
    if (c === 9 && ++tabs === CLOUDFRONT_COOKIE_FIELD) return undefined;
    at--;
  }
  if (tabs !== CLOUDFRONT_COOKIE_FIELD - 1 || (at > 0 && text.charCodeAt(at - 1) !== 10)) return undefined;
  CLOUDFRONT_START.lastIndex = at;
  return CLOUDFRONT_START.test(text) && COOKIE_LIST.test(field) ? end : undefined;
}

/** A URL-encoded cookie field with every value replaced (see `scrubCookieList`), still encoded. */
export function scrubEncodedCookies(field: string, redacted: string): string {
  return scrubCookieList(field.replace(/;%20/g, '; '), redacted).replace(/; /g, ';%20');
}

// Terraform resources whose attributes are the secret they generate, and those attributes: the
// random provider marks `random_password`'s `result` and `bcrypt_hash` and `random_bytes`'
// encodings sensitive, but a plan printed from state, `terraform show -json` flattened into text
// or a provider that does not honour the flag shows them in clear. (`random_string` is the same
// generator with its result declared non-sensitive: it names buckets and stacks, so it stays.)
const GENERATED_SECRET_ATTRS = new Set(['result', 'bcrypt_hash', 'base64', 'hex']);
const GENERATED_SECRET_RESOURCE = /^resource "random_(?:password|bytes)" "/;
// Resources that issue a credential (`cloudflare_api_token`, `datadog_api_key`,
// `vault_generic_secret`): the provider returns it as `value`, `token`, `secret` or `result`.
// Other attributes of theirs (`name`, `policy`) and the same names on other resources stay.
const ISSUED_SECRET_ATTRS = new Set(['value', 'token', 'result', 'secret']);
const ISSUED_SECRET_TYPE = /^resource "[a-z0-9]+(?:_[a-z0-9]+)*_(?:token|key|secret|password)(?:_[a-z0-9]+)?" "/;
// A block in a plan is a few dozen attribute lines; looking back further would reach unrelated blocks.
const RESOURCE_WINDOW = 4096;

/**
 * Whether the attribute `key` at `start` sits inside the block of a resource that generates a
 * secret (`resource "random_password" "db" { … result = "…" }`) or issues one
 * (`resource "cloudflare_api_token" "ci" { … value = "…" }`).
 */
export function generatedSecretAttribute(text: string, start: number, key: string): boolean {
  const generated = GENERATED_SECRET_ATTRS.has(key);
  const issued = ISSUED_SECRET_ATTRS.has(key);
  if (!generated && !issued) return false;
  const from = Math.max(0, start - RESOURCE_WINDOW);
  // Search only the window: a long text of many `result=` pairs must not scan back to its start each time.
  const found = text.slice(from, start).lastIndexOf('resource "');
  if (found === -1) return false;
  const at = from + found;
  const head = text.slice(at, at + 120);
  if (!((generated && GENERATED_SECRET_RESOURCE.test(head)) || (issued && ISSUED_SECRET_TYPE.test(head)))) return false;
  // The block must still be open at the attribute: more `{` than `}` since the resource line.
  let depth = 0;
  for (let i = at; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return false;
  }
  return depth > 0;
}

// Parents whose `key` member is key material: a cipher's or MAC's key, a JWT signing key. A
// config printed with util.inspect or as a JS literal (`encryption: { key: 'R+E…=' }`) shows the
// nesting only by braces; the same object as a record already loses the value under `key`.
const CRYPTO_PARENT_WORDS = new Set(['encryption', 'encrypt', 'crypto', 'cipher', 'aes', 'jwt', 'jws', 'jwe', 'signing', 'hmac', 'kms', 'mac']);
const PARENT_WINDOW = 400;
const PARENT_NAME_BEFORE = /["']?([A-Za-z_$][\w$-]{0,40})["']?[ \t]*[:=][ \t]*$/;

/** Whether a name is about a cipher or signature (`hmac`, `jwtSigning`): its object's `key` is key material. */
export function cryptoParentName(name: string): boolean {
  return keyWords(name).some((w) => CRYPTO_PARENT_WORDS.has(w));
}

/**
 * Whether the `key` member at `start` sits directly inside an object literal whose own name is
 * about a cipher or signature (`encryption: {`, `"jwt": {`, `hmac = {`).
 */
export function cryptoParentMember(text: string, start: number): boolean {
  const from = Math.max(0, start - PARENT_WINDOW);
  let depth = 0;
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 125) depth++;
    else if (c === 123) {
      if (depth > 0) {
        depth--;
        continue;
      }
      const name = PARENT_NAME_BEFORE.exec(text.slice(Math.max(0, i - 48), i))?.[1];
      return name !== undefined && cryptoParentName(name);
    }
  }
  return false;
}

// Abbreviations of "token" as a query parameter: an order-tracking, download or unsubscribe link
// mailed to a customer carries its bearer token there (`/track/INV-…?t=…`), whatever the path.
// The same names carry timestamps (`?t=1767225600`), offsets (`&t=95s`) and cache busters of
// static files: the caller asks for a long random value, and a file's path does not count.
const TOKEN_ABBREVIATIONS = new Set(['t', 'tk', 'tok']);
const STATIC_FILE = /\.(?:js|mjs|css|map|png|jpe?g|gif|svg|webp|avif|ico|woff2?|ttf|otf|eot|mp4|webm|mp3|json|wasm)$/i;

/** Whether the query parameter `key` at `start` is a token abbreviation outside a static file's link. */
export function tokenAbbreviationParameter(text: string, start: number, key: string): boolean {
  if (!TOKEN_ABBREVIATIONS.has(key.toLowerCase())) return false;
  const from = Math.max(0, start - 300);
  const qAt = text.slice(from, start).lastIndexOf('?');
  if (qAt === -1) return false;
  const q = from + qAt;
  if (/[\s"']/.test(text.slice(q, start))) return false;
  let p = q;
  while (p > from && !/[\s"'=]/.test(text[p - 1]!)) p--;
  return !STATIC_FILE.test(text.slice(p, q));
}
