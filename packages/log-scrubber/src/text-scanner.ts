import { parseIp } from '@parapet/https';
import { ibanValid, isCardNumber, ssnValid } from './checksums.js';
import { isScannedClass, normaliseKeyName, SECRET_QUERY_PARAMS, type KeyClassifier } from './key-names.js';
import type { PersonalDataType } from './options.js';
import { TOKEN_SOURCE } from './pseudonym.js';

export const REDACTED = '[REDACTED]';

// Features of a string, found in one cheap pass; a detector runs only if its feature is present.
const F_TOKEN = 1;
const F_USERINFO = 2;
const F_EMAIL = 4;
const F_IBAN = 8;
const F_IPV6 = 16;
const F_IPV4 = 32;
const F_CARD = 64;
const F_SSN = 128;
const F_PHONE = 256;
const F_NANP = 512;
const F_KV = 1024;
// Percent-escapes: the text is scanned once more, decoded (`pass%77ord%3Dx`).
const F_ENCODED = 2048;

// Literal prefixes of the F_TOKEN detectors (a superset: only a hint), split by a character
// each needs, so most strings skip the hint entirely.
const UPPER_TOKEN_HINT = /eyJ|-----BEGIN|A[KSGIRNB][A-Z]A|ACCA|AIza|BEARER|BASIC|Bearer|Basic/;
const UNDERSCORE_TOKEN_HINT = /gh[pousr]_|github_pat_|[spr]k_(?:live|test)_|whsec_|npm_/;

// Per-character flags for `features`: one table lookup per character.
const C_DIGIT = 1;
const C_KEEPS_RUN = 2;
const C_SPACE = 4;
const C_DASH = 8;
const C_DOT = 16;
const C_COLON = 32;
const C_AT = 64;
const C_EQ = 128;
const C_PLUS = 256;
const C_PERCENT = 512;
const C_UNDERSCORE = 1024;
const C_UPPER = 2048;
const C_OTHER = 4096;
const CHAR_FLAGS = new Uint16Array(128);
for (let c = 48; c <= 57; c++) CHAR_FLAGS[c] = C_DIGIT;
for (let c = 65; c <= 90; c++) CHAR_FLAGS[c] = C_UPPER;
CHAR_FLAGS[32] = C_KEEPS_RUN | C_SPACE;
CHAR_FLAGS[9] = C_SPACE;
CHAR_FLAGS[45] = C_KEEPS_RUN | C_DASH;
CHAR_FLAGS[46] = C_KEEPS_RUN | C_DOT;
CHAR_FLAGS[40] = C_KEEPS_RUN | C_OTHER;
CHAR_FLAGS[41] = C_KEEPS_RUN | C_OTHER;
CHAR_FLAGS[58] = C_COLON;
CHAR_FLAGS[64] = C_AT;
CHAR_FLAGS[61] = C_EQ;
CHAR_FLAGS[43] = C_PLUS;
CHAR_FLAGS[37] = C_PERCENT;
CHAR_FLAGS[95] = C_UNDERSCORE;

function tokenHint(text: string, upper: boolean, underscore: boolean, dash: boolean, space: boolean): boolean {
  return (
    (upper && UPPER_TOKEN_HINT.test(text)) ||
    (underscore && UNDERSCORE_TOKEN_HINT.test(text)) ||
    (dash && (text.includes('glpat-') || text.includes('xox'))) ||
    (space && (text.includes('bearer') || text.includes('basic')))
  );
}

/**
 * One pass over the string: which detectors could possibly match. Most log strings (ids,
 * paths, user agents, messages) rule out most detectors, and a string that rules out all of
 * them is returned without running any regex.
 */
function features(text: string): number {
  let seen = 0;
  let digits = 0;
  let runDigits = 0;
  let maxRunDigits = 0;
  let dots = 0;
  let colons = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CHAR_FLAGS[c]! : 0;
    if (k === 0) {
      // Lower-case letters and most punctuation: the common case, one table lookup.
      runDigits = 0;
      continue;
    }
    if (k === C_DIGIT) {
      digits++;
      if (++runDigits > maxRunDigits) maxRunDigits = runDigits;
      continue;
    }
    // Separators inside card, phone, SSN and IPv4 numbers keep the digit run going.
    if ((k & C_KEEPS_RUN) === 0) runDigits = 0;
    seen |= k;
    if (k & C_DOT) dots++;
    else if (k & C_COLON) colons++;
  }
  const upper = (seen & C_UPPER) !== 0;
  const at = (seen & C_AT) !== 0;
  const eq = (seen & C_EQ) !== 0;
  const plus = (seen & C_PLUS) !== 0;
  const percent = (seen & C_PERCENT) !== 0;
  const underscore = (seen & C_UNDERSCORE) !== 0;
  const dash = (seen & C_DASH) !== 0;
  const space = (seen & C_SPACE) !== 0;
  let f = 0;
  if (text.length >= 8 && tokenHint(text, upper, underscore, dash, space)) f |= F_TOKEN;
  const email = at || (percent && text.includes('%40'));
  if (email) f |= F_EMAIL;
  if (percent) f |= F_ENCODED;
  if (at && colons > 0) f |= F_USERINFO;
  if (colons >= 2) f |= F_IPV6;
  if (colons > 0 || eq) f |= F_KV;
  if (dots >= 3 && maxRunDigits >= 4) f |= F_IPV4;
  if (upper && digits >= 8) f |= F_IBAN;
  if (maxRunDigits >= 13) f |= F_CARD;
  if (maxRunDigits >= 9) f |= F_SSN;
  if (maxRunDigits >= 10) f |= F_NANP;
  if (plus && maxRunDigits >= 7) f |= F_PHONE;
  return f;
}

/**
 * The detectors, as alternatives of one pattern per string: the regex engine walks each string
 * once and every alternative is anchored by a cheap lookbehind ("start of a run"), with bounded
 * quantifiers, so no input makes the scan super-linear (a megabyte of `a@a@a@…` or `eyJeyJ…`
 * stays linear). Named groups tell which alternative matched. Each entry names the cheap
 * feature of the string (see {@link features}) without which it cannot match.
 */
const DETECTORS: ReadonlyArray<readonly [feature: number, source: string]> = [
  // PEM private key header; the handler removes everything up to the END line (or the end).
  [F_TOKEN, String.raw`(?<pem>-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY-----)`],
  // JWT / JWS / JWE: base64url of '{"' is "eyJ". Even a cut-off header.payload is removed.
  [F_TOKEN, String.raw`(?<![\w-])(?<jwt>eyJ[\w-]{8,8192}(?:\.[\w-]{0,8192}){0,4})`],
  // Well-known credential formats (AWS key ids, GitHub, GitLab, Slack, Stripe, Google, npm).
  [F_TOKEN, String.raw`(?<![A-Za-z0-9])(?<cloud>(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255}|glpat-[A-Za-z0-9_-]{20,64}|xox[abposre]-[A-Za-z0-9-]{10,250}|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,247}|whsec_[A-Za-z0-9+/=]{24,128}|AIza[0-9A-Za-z_-]{35}|npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])`],
  // "Bearer <token>" / "Basic <base64>" (Authorization header values in prose or dumps).
  [F_TOKEN, String.raw`(?<![\w-])(?<auth>(?:[Bb]earer|BEARER|[Bb]asic|BASIC)[ \t]+)(?<authv>[A-Za-z0-9._~+/=-]{6,4096})`],
  // URL userinfo: scheme://user:password@host (or scheme://token@host).
  [F_USERINFO, String.raw`(?<![\w+.-])(?<scheme>[A-Za-z][A-Za-z0-9+.-]{0,20}:\/\/)(?<userinfo>[^\s/?#@"'<>\\]{1,512})@`],
  // Also internationalised (`jörg@bücher.de`, `xn--` labels) and quoted local parts (`"j doe"@x.io`).
  [F_EMAIL, String.raw`(?<![\w.+\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF-])(?<email>(?:"[^"\\\r\n]{1,64}"|[\w.+\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF-]{1,64})(?:@|%40)[A-Za-z0-9\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF](?:[A-Za-z0-9\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF-]{0,62}\.){1,8}(?:xn--[A-Za-z0-9-]{1,59}|[A-Za-z\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF]{2,24}))(?![\w\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF-])`],
  [F_IBAN, String.raw`(?<!\w)(?<iban>[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)(?!\w)`],
  [F_IPV6, String.raw`(?<![\w:.])(?<ipv6>(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?)(?![\w:.])`],
  // IPv4, except right after a product token ("Chrome/120.0.0.0" in user agents).
  [F_IPV4, String.raw`(?<![\w.-]|[A-Z][A-Za-z]{1,30}\/)(?<ipv4>(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))(?![\w-]|\.\d)`],
  // Groups split by spaces and/or dashes ("4111 - 1111-1111 1111"), or four dotted groups of four.
  [F_CARD, String.raw`(?<![\w.+-])(?<card>[2-6](?:[ -]{0,3}\d){12,18}|[2-6]\d{3}(?:\.\d{4}){3})(?![\w-]|[.,]\d)`],
  [F_SSN, String.raw`(?<![\w-])(?<ssn>\d{3}(?<ssnsep>[ -])\d{2}\k<ssnsep>\d{4})(?![\w-]|[ -]\d)`],
  [F_PHONE, String.raw`(?<![\w+])(?<phone>\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,6})(?!\w)`],
  [F_NANP, String.raw`(?<![\w+.-])(?<nanp>\(\d{3}\) ?\d{3}[-. ]\d{4}|\d{3}[-.]\d{3}[-.]\d{4})(?![\w-]|\.\d)`],
  // key=value / key: value / "key":"value" (also JSON escaped inside a string).
  [F_KV, String.raw`(?<![\w.-])(?<key>[A-Za-z_][\w.-]{0,63})(?<sep>\\?["']?[ \t]{0,3}[:=][ \t]{0,3}(?:\\?["'])?)(?=\S)`],
];

const AUTH_SCHEMES = 'Bearer|Basic|Digest|Negotiate|NTLM|Token|AWS4-HMAC-SHA256|bearer|basic|token';
const AUTH_SCHEME = String.raw`(?:(?:${AUTH_SCHEMES})[ \t]+)?`;
// The scheme a secret value starts with, kept in front of `[REDACTED]`.
const AUTH_SCHEME_PREFIX = new RegExp(String.raw`^(?:${AUTH_SCHEMES})[ \t]+`);
// Value readers (sticky), chosen by the quote that opened the value.
const VALUE_BARE = new RegExp(AUTH_SCHEME + String.raw`[^\s"'&,;<>\\]{1,4096}`, 'y');
// A JSON string body: escapes (`\"` too) stay inside the value.
const VALUE_DQ = new RegExp(AUTH_SCHEME + String.raw`(?:[^"\\]|\\.){0,4096}`, 'y');
// The same, JSON-encoded once more (`\"key\":\"value\"`): three backslashes and a quote are an
// escaped quote inside the value, two backslashes an escaped backslash, and a lone `\"` ends it.
const VALUE_ESCAPED_DQ = new RegExp(String.raw`(?:[^"\\]|\\\\\\"|\\\\|\\[^"\\]){0,4096}`, 'y');
const VALUE_SQ = new RegExp(AUTH_SCHEME + String.raw`[^'\\]{0,4096}`, 'y');
const VALUE_PHONE = /\+?[\d(][\d\s().-]{0,30}\d/y;
const PARAM_LIST = /[^\r\n]{0,4096}/y;
const PEM_END = /-----END[A-Z0-9 ]{0,40} PRIVATE KEY-----/g;
const SEPARATOR_BEFORE_QUERY = new Set(['?', '&', ';']);

export interface TextScannerHooks {
  readonly classifier: KeyClassifier;
  readonly pseudonymise: (type: PersonalDataType, value: string) => string;
  readonly extraPatterns: readonly RegExp[];
}

function readValue(text: string, at: number, sep: string): string {
  const reader = sep.endsWith('\\"')
    ? VALUE_ESCAPED_DQ
    : sep.endsWith('"')
      ? VALUE_DQ
      : sep.endsWith("'")
        ? VALUE_SQ
        : VALUE_BARE;
  reader.lastIndex = at;
  const m = reader.exec(text);
  return m === null ? '' : m[0];
}

function safeDecode(value: string): string {
  if (!value.includes('%') && !value.includes('+')) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Whether a Bearer/Basic value is a credential rather than prose ("Basic information"). */
function isAuthCredential(scheme: string, value: string): boolean {
  if (scheme.toLowerCase().startsWith('basic')) {
    if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+=*$/.test(value)) return false;
    return Buffer.from(value, 'base64').toString('latin1').includes(':');
  }
  return value.length >= 8 && /[\d._~+/=-]/.test(value);
}

/** Finds secrets and personal data in free text (messages, stacks, URLs, headers, dumps). */
export class TextScanner {
  readonly #patterns = new Map<number, RegExp>();
  readonly #hooks: TextScannerHooks;

  constructor(hooks: TextScannerHooks) {
    this.#hooks = hooks;
  }

  /** Whether `scan` could change the string at all (false for most ids, paths and words). */
  mayMatch(text: string): boolean {
    return this.#hooks.extraPatterns.length > 0 || features(text) !== 0;
  }

  scan(input: string): string {
    const text = this.#redactExtra(input);
    const mask = features(text);
    const out = (mask & ~F_ENCODED) === 0 ? text : this.#scanWith(text, mask & ~F_ENCODED);
    return (mask & F_ENCODED) === 0 ? out : this.#scanDecoded(text, out);
  }

  /**
   * Percent-encoded text (a form body logged raw, `password%3Dx`, `pass%77ord=x`, encoded twice)
   * hides keys and separators from the detectors: decode and scan again. The decoded, scrubbed
   * form replaces the original only when decoding revealed more; otherwise the text keeps its encoding.
   */
  #scanDecoded(text: string, out: string): string {
    // Only escapes of separators, quotes, '%' or alphanumerics can hide a key or a value boundary;
    // `%20`, `%2F`, `%40` (found by the email detector) and the like cannot.
    HIDING_ESCAPE.lastIndex = 0;
    if (!HIDING_ESCAPE.test(text)) return out;
    let decoded = text;
    for (let round = 0; round < 3; round++) {
      const next = percentDecode(decoded);
      if (next === decoded) break;
      decoded = next;
    }
    if (decoded === text) return out;
    decoded = this.#redactExtra(decoded);
    const mask = features(decoded) & ~F_ENCODED;
    if (mask === 0) return out;
    const again = this.#scanWith(decoded, mask);
    return findings(again) > findings(out) ? again : out;
  }

  /** The user's `secretPatterns`, applied before the detectors. */
  #redactExtra(text: string): string {
    let out = text;
    for (const pattern of this.#hooks.extraPatterns) {
      pattern.lastIndex = 0;
      out = out.replace(pattern, REDACTED);
    }
    return out;
  }

  #scanWith(text: string, mask: number): string {
    const re = this.#pattern(mask);
    re.lastIndex = 0;
    let out = '';
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const [replacement, end] = this.#replace(text, m);
      out += text.slice(last, start) + replacement;
      last = end;
      re.lastIndex = end;
    }
    return last === 0 ? text : out + text.slice(last);
  }

  /** The combined pattern of the detectors a feature mask allows, compiled once per mask. */
  #pattern(mask: number): RegExp {
    let re = this.#patterns.get(mask);
    if (re === undefined) {
      const sources = DETECTORS.filter(([feature]) => (mask & feature) !== 0).map(([, source]) => source);
      re = new RegExp(sources.join('|'), 'g');
      this.#patterns.set(mask, re);
    }
    return re;
  }

  /** Returns the replacement text and the index where scanning resumes. */
  #replace(text: string, m: RegExpExecArray): [string, number] {
    const g = m.groups ?? {};
    const start = m.index;
    const matched = m[0];
    const end = start + matched.length;
    const p = this.#hooks.pseudonymise;
    if (g.pem !== undefined) {
      PEM_END.lastIndex = end;
      const close = PEM_END.exec(text);
      return ['[REDACTED PRIVATE KEY]', close === null ? text.length : close.index + close[0].length];
    }
    if (g.jwt !== undefined || g.cloud !== undefined) return [REDACTED, end];
    if (g.auth !== undefined && g.authv !== undefined) {
      return isAuthCredential(g.auth, g.authv) ? [g.auth + REDACTED, end] : [g.auth, start + g.auth.length];
    }
    if (g.scheme !== undefined) return [g.scheme + REDACTED + '@', end];
    if (g.email !== undefined) return [p('email', g.email.replace(/%40/i, '@')), end];
    if (g.iban !== undefined) {
      // Not an IBAN: resume after its first group, so a card number inside is still found.
      return ibanValid(g.iban.replace(/ /g, '')) ? [p('iban', g.iban), end] : [matched.slice(0, 4), start + 4];
    }
    if (g.ipv6 !== undefined) {
      if (looksLikeIpv6(matched) && parseIp(matched) !== undefined) return [p('ip', matched), end];
      // Not an address ("12:30:45", a MAC): skip only its first group so an embedded IPv4 is still found.
      const resume = matched.indexOf(':') + 1;
      return [matched.slice(0, resume), start + resume];
    }
    if (g.ipv4 !== undefined) return [p('ip', matched), end];
    if (g.card !== undefined) return this.#card(matched, start);
    if (g.ssn !== undefined) {
      return ssnValid(matched.replace(/\D/g, '')) ? [p('ssn', matched), end] : [matched, end];
    }
    if (g.phone !== undefined) {
      const digits = countDigits(matched);
      return digits >= 8 && digits <= 15 ? [p('phone', matched), end] : [matched, end];
    }
    if (g.nanp !== undefined) return [p('phone', matched), end];
    if (g.key !== undefined && g.sep !== undefined) return this.#keyValue(text, start, g.key, g.sep);
    return [matched, end];
  }

  /**
   * The longest Luhn-valid card number at the start of a digit run ending at a group boundary
   * ("4111 1111 1111 1111 22" holds a card followed by other digits); else resume after the first
   * group so a card later in the run is still found.
   */
  #card(matched: string, start: number): [string, number] {
    for (let end = matched.length; end > 0; end--) {
      const boundary = end === matched.length || matched[end] === ' ' || matched[end] === '-' || matched[end] === '.';
      if (!boundary) continue;
      const candidate = matched.slice(0, end);
      const digits = candidate.replace(/\D/g, '');
      if (digits.length < 13) break;
      if (isCardNumber(digits)) return [this.#hooks.pseudonymise('card', candidate), start + end];
    }
    const firstGroup = /^\d+[ .-]{0,3}/.exec(matched);
    const resume = firstGroup === null ? matched.length : firstGroup[0].length;
    return [matched.slice(0, resume), start + resume];
  }

  #keyValue(text: string, start: number, key: string, sep: string): [string, number] {
    // A pseudonym written by an earlier pass (`<email:k1:…>`: text scrubbed twice, a scrubbed record
    // piped through parapet-scrub) reads like `email: …`: keep it as it is.
    if (start > 0 && text.charCodeAt(start - 1) === 60) {
      TOKEN_AT.lastIndex = start - 1;
      const token = TOKEN_AT.exec(text);
      if (token !== null) return [token[0].slice(1), start - 1 + token[0].length];
    }
    const valueAt = start + key.length + sep.length;
    let cls = this.#hooks.classifier.classify(key);
    const isQuery = sep === '=' && (start === 0 || SEPARATOR_BEFORE_QUERY.has(text[start - 1] ?? ''));
    if (cls === 'plain' && isQuery && SECRET_QUERY_PARAMS.has(normaliseKeyName(key))) {
      cls = 'secret';
    }
    // Plain keys, and IPs (found by their own pattern, also in "a, b" lists): keep the key and go on scanning the value.
    // Resume right after the key: the separator and value are scanned like any other text.
    if (cls === 'ip' || isScannedClass(cls)) return [key, start + key.length];
    const value = cls === 'phone' && !/["']$/.test(sep) ? readPhone(text, valueAt) : readValue(text, valueAt, sep);
    if (value.length === 0) return [key + sep, valueAt];
    if (cls === 'secret') {
      const scheme = AUTH_SCHEME_PREFIX.exec(value);
      // Digest and AWS SigV4 credentials are comma-separated parameter lists (`response="…"`,
      // `Signature=…`): outside quotes the whole rest of the line is the credential.
      if (scheme !== null && /^(?:Digest|AWS4)/.test(scheme[0]) && !/["']$/.test(sep)) {
        PARAM_LIST.lastIndex = valueAt;
        const rest = PARAM_LIST.exec(text);
        const end = rest === null ? valueAt + value.length : valueAt + rest[0].length;
        return [key + sep + scheme[0] + REDACTED, end];
      }
      return [key + sep + (scheme === null ? '' : scheme[0]) + REDACTED, valueAt + value.length];
    }
    return [key + sep + this.#hooks.pseudonymise(cls, safeDecode(value)), valueAt + value.length];
  }
}

const TOKEN_AT = new RegExp(TOKEN_SOURCE, 'y');
const HIDING_ESCAPE = /%(?:3[0-9A-Ba-b]|3[Dd]|2[2567]|[46][1-9A-Fa-f]|[57][0-9Aa])/;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const FINDING = new RegExp(String.raw`\[REDACTED|${TOKEN_SOURCE}`, 'g');

/** Decodes every valid run of percent-escapes (invalid UTF-8 runs stay as they are); `+` is kept. */
function percentDecode(text: string): string {
  return text.replace(PERCENT_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Removed or pseudonymised values in scanned text. */
function findings(text: string): number {
  let n = 0;
  FINDING.lastIndex = 0;
  while (FINDING.exec(text) !== null) n++;
  return n;
}

/** Rejects address-shaped identifiers ("a::b", "::") that are almost never IPs in logs; "::1" stays an IP. */
function looksLikeIpv6(candidate: string): boolean {
  return candidate === '::1' || candidate.includes('.') || /[0-9A-Fa-f]{2}/.test(candidate);
}

function readPhone(text: string, at: number): string {
  VALUE_PHONE.lastIndex = at;
  const m = VALUE_PHONE.exec(text);
  return m === null ? readValue(text, at, '') : m[0];
}
