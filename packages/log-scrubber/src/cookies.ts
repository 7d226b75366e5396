import { normaliseKeyName } from './key-names.js';

const COOKIE_HEADERS = new Set(['cookie', 'cookies', 'setcookie']);
const COOKIE_ATTRIBUTES = new Set(['path', 'domain', 'expires', 'max-age', 'samesite', 'priority', 'partitioned']);
// Cookies that hold a display preference, never a session: their values are settings.
const PREFERENCE_COOKIES = new Set([
  'lang', 'language', 'locale', 'hl', 'i18n', 'i18next', 'nextlocale', 'theme', 'colorscheme', 'colormode', 'darkmode',
  'tz', 'timezone', 'currency', 'country', 'region', 'fontsize', 'sidebar', 'layout', 'view', 'density',
  // Consent banners record the visitor's choice (`cookie_consent=necessary`), not who they are.
  'cookieconsent', 'cookie_consent', 'cookie-consent', 'consent', 'cookiesaccepted', 'cookies_accepted', 'cookiepolicy',
  'cookie_policy', 'cookienotice',
]);
// Cookies that remember which cart or order the visitor has open: their value is the shop's order
// or cart number (`#480213`, `SO-32623-6V`), an id printed on receipts. A random value under the
// same names is a guest cart's bearer key and goes.
const ORDER_COOKIES = new Set(['cart', 'basket', 'order', 'lastorder', 'last_order', 'last-order', 'cartid', 'cart_id', 'orderid', 'order_id']);
const ORDER_NUMBER = /^#?\d{3,12}$|^[A-Z]{1,6}-\d{3,12}(?:-[A-Z0-9]{1,6})?$/;
// What such a setting looks like: a word or a locale (`de-DE`, `pt_BR`), a time zone (`Europe/Berlin`).
// A random session id under one of these names would fail it.
const SETTING_VALUE = /^[A-Za-z]{1,12}(?:[-_/][A-Za-z]{2,16}){0,2}$/;

const PREFERENCE_PAIR = new RegExp(
  String.raw`(?:^|;)[ \t]*(?:${[...PREFERENCE_COOKIES].join('|')})=[A-Za-z]{1,12}(?:[-_/][A-Za-z]{2,16}){0,2}[ \t]*(?:;|$)`,
  'i',
);

/** Whether a key or header name holds cookies (`Cookie`, `cookies`, `Set-Cookie`). */
export function isCookieHeader(key: string): boolean {
  return COOKIE_HEADERS.has(normaliseKeyName(key));
}

/**
 * A `Cookie:` (or `Set-Cookie:`) value with every cookie's value replaced, except display
 * preferences (`lang=de-DE`, `theme=dark`); names and `Set-Cookie` attributes stay.
 */
export function scrubCookieList(line: string, redacted: string): string {
  return scrub(line, redacted).out;
}

/**
 * A cookie header string in a record: removed whole, as every value under a credential name, unless
 * it carries a display preference; then names and preferences stay and every other value goes.
 */
export function scrubCookieField(value: string, redacted: string): string {
  // A `Set-Cookie` value keeps its attributes (`Max-Age`, `SameSite`): how the session is
  // scoped and how long it lives is what such a log line is read for (RFC 6265 §4.1).
  if (SET_COOKIE_ATTRIBUTE.test(value)) return scrub(value, redacted).out;
  // Most cookie headers carry no preference: one test, then the whole value goes.
  if (!PREFERENCE_PAIR.test(value)) return redacted;
  const { out, kept } = scrub(value, redacted);
  return kept ? out : redacted;
}

const SET_COOKIE_ATTRIBUTE = /;[ \t]*(?:path|domain|expires|max-age|samesite)=|;[ \t]*(?:httponly|secure)[ \t]*(?:;|$)/i;

/** One pass over `;`-separated cookies (no split, no callbacks: it runs on every request record). */
function scrub(line: string, redacted: string): { out: string; kept: boolean } {
  let out = '';
  let kept = false;
  let at = 0;
  let semi = -1;
  for (;;) {
    if (semi < at) {
      semi = line.indexOf(';', at);
      if (semi === -1) semi = line.length;
    }
    // Node's `res.getHeader('set-cookie')` joined and HTTP clients fold several `Set-Cookie`
    // headers into one value with `, ` (RFC 9110 §5.3): `a=1; Path=/, b=2; HttpOnly`. A comma
    // followed by `name=` starts the next cookie; `Expires=Wed, 21 Oct …` has no `=` after its comma.
    JOINED_COOKIE.lastIndex = at;
    const joined = JOINED_COOKIE.exec(line);
    const end = joined !== null && joined.index < semi ? joined.index : semi;
    const part = line.slice(at, end);
    const eq = part.indexOf('=');
    if (eq === -1) {
      // A bare value (a session token logged without its name) goes; flag attributes stay.
      out += FLAG_OR_BLANK.test(part) ? part : ' ' + redacted;
    } else {
      const name = part.slice(0, eq).trim().toLowerCase();
      if (COOKIE_ATTRIBUTES.has(name)) {
        out += part;
      } else if ((isPreference(name) && SETTING_VALUE.test(part.slice(eq + 1).trim())) || (ORDER_COOKIES.has(name) && ORDER_NUMBER.test(part.slice(eq + 1).trim()))) {
        out += part;
        kept = true;
      } else {
        out += part.slice(0, eq + 1) + redacted;
      }
    }
    if (end >= line.length) return { out, kept };
    out += line[end];
    at = end + 1;
  }
}

const JOINED_COOKIE = /,(?=[ \t]*[!#$%&'*+\-.^_`|~0-9A-Za-z]+=)/g;

/**
 * How much of a line is the cookie list. A cookie value holds no blank (RFC 6265 §4.1.1), so a
 * blank after the last `;` ends the list: `…; theme=dark from 203.0.113.7 took=3ms` is a log line
 * that goes on. `Expires=Wed, 21 Oct …` holds blanks, and a blank before a later `;` stays inside
 * the list (a sloppy value must still go whole).
 */
export function cookieListLength(line: string): number {
  const lastSemi = line.lastIndexOf(';');
  let at = lastSemi + 1;
  while (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9) at++;
  const eq = line.indexOf('=', at);
  if (eq === -1) return line.length;
  if (line.slice(at, eq).trim().toLowerCase() === 'expires') return line.length;
  const blank = line.slice(eq).search(/[ \t]/);
  if (blank === -1) return line.length;
  // `…; Path=/, remember=…`: a blank after a comma that joins the next cookie is inside the list.
  const next = eq + blank;
  if (line.charCodeAt(next - 1) === 44 && /^[ \t]+[!#$%&'*+\-.^_`|~0-9A-Za-z]+=/.test(line.slice(next))) {
    const rest = line.slice(next).replace(/^[ \t]+/, '');
    return line.length - rest.length + cookieListLength(rest);
  }
  return next;
}

const FLAG_OR_BLANK = /^\s*(?:secure|httponly|partitioned)?\s*$/i;

function isPreference(name: string): boolean {
  return PREFERENCE_COOKIES.has(name) || ((name.includes('_') || name.includes('-') || name.includes('.')) && PREFERENCE_COOKIES.has(normaliseKeyName(name)));
}
