import { normaliseKeyName } from './key-names.js';

const COOKIE_HEADERS = new Set(['cookie', 'cookies', 'setcookie']);
const COOKIE_ATTRIBUTES = new Set(['path', 'domain', 'expires', 'max-age', 'samesite', 'priority', 'partitioned']);
// Cookies that hold a display preference, never a session: their values are settings.
const PREFERENCE_COOKIES = new Set([
  'lang', 'language', 'locale', 'hl', 'i18n', 'i18next', 'nextlocale', 'theme', 'colorscheme', 'colormode', 'darkmode',
  'tz', 'timezone', 'currency', 'country', 'region', 'fontsize', 'sidebar', 'layout', 'view', 'density',
]);
// What such a setting looks like: a word or a locale (`de-DE`, `pt_BR`), a time zone (`Europe/Berlin`).
// A random session id under one of these names would fail it.
const SETTING_VALUE = /^[A-Za-z]{1,12}(?:[-_/][A-Za-z]{2,16}){0,2}$/;

/** Whether a key or header name holds cookies (`Cookie`, `cookies`, `Set-Cookie`). */
export function isCookieHeader(key: string): boolean {
  return COOKIE_HEADERS.has(normaliseKeyName(key));
}

/**
 * A `Cookie:` (or `Set-Cookie:`) value with every cookie's value replaced, except display
 * preferences (`lang=de-DE`, `theme=dark`); names and `Set-Cookie` attributes stay.
 */
export function scrubCookieList(line: string, redacted: string): string {
  return line
    .split(';')
    .map((part) => {
      const eq = part.indexOf('=');
      // A bare value (a session token logged without its name) goes; flag attributes stay.
      if (eq === -1) return /^\s*(?:secure|httponly|partitioned)?\s*$/i.test(part) ? part : ' ' + redacted;
      const name = part.slice(0, eq).trim().toLowerCase();
      if (COOKIE_ATTRIBUTES.has(name)) return part;
      const value = part.slice(eq + 1).trim();
      if (PREFERENCE_COOKIES.has(normaliseKeyName(name)) && SETTING_VALUE.test(value)) return part;
      return part.slice(0, eq + 1) + redacted;
    })
    .join(';');
}

/**
 * A cookie header string in a record: removed whole, as every value under a credential name, unless
 * it carries a display preference; then names and preferences stay and every other value goes.
 */
export function scrubCookieField(value: string, redacted: string): string {
  if (!value.includes('=')) return redacted;
  const scrubbed = scrubCookieList(value, redacted);
  return scrubbed.split(';').some((part) => part.includes('=') && !part.endsWith(redacted)) ? scrubbed : redacted;
}
