import { credentialShaped } from './context.js';
import { keyWords, secretByWords } from './key-names.js';

/**
 * Credentials in fixed places of authentication logs and operator notes, outside `name=value` form:
 *
 * - FreeRADIUS with `auth_badpass`/`auth_goodpass`: `Login incorrect (…): [user/password] (from client …)`
 * - second-factor material: `TOTP seed …: JBSWY3DPEHPK3PXP` (RFC 4648 base32, RFC 6238), lists of
 *   backup codes (`backup codes: hn9c2-pw1z6 pcnd2-ova7f`)
 * - a quoted value offered for a credential: `try "…" for the vault unseal share`, `use '…' as the admin password`
 * - configuration directives written `name value` (Redis `requirepass x`, Rails
 *   `secret_key_base <hex>`): a credential name in snake or camel case, a blank, the value.
 */

// `[user/password]`: the password runs to the `]` before `(from client`, the line end or the next blank-free `]`.
const RADIUS = /\bLogin (?:incorrect|OK|failed)(?:[ \t]*\([^()\n]{0,120}\))?:[ \t]*\[[^/\]\n]{0,128}\/([^\n]{1,256}?)\](?=[ \t]*\(|[ \t]*$|\r?\n)/g;
const SEED = /\b(?:TOTP|HOTP|OTP|2FA|MFA|[Tt]otp|[Mm]fa|[Aa]uthenticator)[ \t]+(?:[Ss]eed|[Ss]ecret|[Kk]ey|[Ss]hared [Ss]ecret)\b[^\n:=]{0,60}?(?:[:=]|[ \t]is)[ \t]*["']?([A-Z2-7]{16,128}={0,6})(?![A-Za-z0-9])/g;
const CODE_LIST = /\b(?:[Bb]ackup|[Rr]ecovery|[Ss]cratch|2FA|MFA)[ \t]+codes?\b[^\n:]{0,40}:[ \t]*/g;
// Codes follow on the same line or one per line (`\n  4821-9930`).
const LISTED_CODE = /[ \t,;]*(?:\r?\n[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*)?([A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{4,10})?)(?![\w-])/y;
const DIRECTIVE = /(?<![\w.-])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+|requirepass|masterauth)[ \t]+(?!is\b|was\b)([^\s'"`,;]{8,512})/g;

// "try \"Copper meadow juniper 53\" for the vault unseal share", "use 'x' as the admin password": a
// quoted value offered for a credential named after it (up to three words between).
const OFFERED =
  /\b(?:[Tt]ry|[Uu]se|[Uu]sing|[Ee]nter|[Tt]ype)[ \t]+(?:'([^'\n]{4,128})'|\\"((?:[^"\\\n]){4,128})\\"|"([^"\n]{4,128})")[ \t]+(?:for|as)[ \t]+(?:(?:the|your|my|our|a|an)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:password|passphrase|passcode|pin|unseal[ \t]+(?:key|share)|psk|pre-shared[ \t]+key|credentials?)\b/g;

/** Cheap test before {@link authLineSpans}. */
export const AUTH_LINE_HINT =
  /Login (?:incorrect|OK|failed)|[Ss]eed\b|(?:[Bb]ackup|[Rr]ecovery|[Ss]cratch|2FA|MFA)[ \t]+codes?\b|[a-z0-9]_\w*(?:pass|secret|token|key|base|auth|pw|pwd)[ \t]|[A-Z0-9]_\w*(?:PASS|SECRET|TOKEN|KEY|BASE|AUTH|PW|PWD)[ \t]|[a-z0-9](?:Pass|Secret|Token|Key|Auth|Pw)\w*[ \t]|requirepass|masterauth|(?:[Tt]ry|[Uu]se|[Uu]sing|[Ee]nter|[Tt]ype)[ \t]+\\?["']/;

/** Spans `[start, end)` of credentials in the places above; undefined when none. */
export function authLineSpans(text: string): Array<readonly [number, number]> | undefined {
  let spans: Array<readonly [number, number]> | undefined;
  let m: RegExpExecArray | null;
  if (text.includes('Login ')) {
    RADIUS.lastIndex = 0;
    while ((m = RADIUS.exec(text)) !== null) {
      const password = m[1]!;
      // `<via Auth-Type = eap>`, `<no User-Password attribute>`: FreeRADIUS says it has none to log.
      if (password.startsWith('<')) continue;
      const end = m.index + m[0].length - 1;
      (spans ??= []).push([end - password.length, end]);
    }
  }
  SEED.lastIndex = 0;
  while ((m = SEED.exec(text)) !== null) {
    const end = m.index + m[0].length;
    (spans ??= []).push([end - m[1]!.length, end]);
  }
  CODE_LIST.lastIndex = 0;
  while ((m = CODE_LIST.exec(text)) !== null) {
    let at = m.index + m[0].length;
    for (let i = 0; i < 32; i++) {
      LISTED_CODE.lastIndex = at;
      const c = LISTED_CODE.exec(text);
      // Codes mix letters and digits or are digits: a word ("codes: none left") ends the list.
      if (c === null || !/\d/.test(c[1]!)) break;
      const end = at + c[0].length;
      (spans ??= []).push([end - c[1]!.length, end]);
      at = end;
    }
    CODE_LIST.lastIndex = Math.max(CODE_LIST.lastIndex, at);
  }
  OFFERED.lastIndex = 0;
  while ((m = OFFERED.exec(text)) !== null) {
    const value = m[1] ?? m[2] ?? m[3]!;
    const start = text.indexOf(value, m.index);
    (spans ??= []).push([start, start + value.length]);
  }
  DIRECTIVE.lastIndex = 0;
  while ((m = DIRECTIVE.exec(text)) !== null) {
    const name = m[1]!;
    const value = m[2]!.replace(/[.:!?]+$/, '');
    const named = name === 'requirepass' || name === 'masterauth' || secretByWords(keyWords(name)) === 'secret';
    if (!named || !credentialShaped(value)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    (spans ??= []).push([start, start + value.length]);
  }
  return spans;
}
