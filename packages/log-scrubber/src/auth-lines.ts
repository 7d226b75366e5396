import { credentialShaped, passphraseEnd } from './context.js';
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
 * - positional members of a term or tuple after an authentication-failure atom, as crash reports
 *   and exception reprs print the arguments they failed with: `{auth_failed,<<"user">>,<<"pw">>}`,
 *   `('login_failed', 'user', 'pw')`: the second string is the password.
 * - `user/password` after a logon word: the TSO `LOGON userid/password` syntax, and prose such as
 *   `login: admin/changeme`, `default credentials are svc/x`. * - `.pgpass` lines (`host:port:database:user:password`, libpq), the password last;
 * - answers to security questions and wallet recovery phrases after their label.
 */

// `[user/password]`: the password runs to the `]` before `(from client`, the line end or the next blank-free `]`.
const RADIUS = /\bLogin (?:incorrect|OK|failed)(?:[ \t]*\([^()\n]{0,120}\))?:[ \t]*\[[^/\]\n]{0,128}\/([^\n]{1,256}?)\](?=[ \t]*\(|[ \t]*$|\r?\n)/g;
// RADIUS attributes that carry a password (RFC 2865 `User-Password`, RFC 2868 `Tunnel-Password`,
// FreeRADIUS `Cleartext-Password`, and the `NT-Password` hash, which logs on as well as the password):
// attribute lists as `radiusd -X`, `radclient` and `radtest` print them (`Name = value`, the unlang
// operators `:=`, `==`, `+=`), and the `pap` module quoting the typed value after the bare name.
// Without an operator only a quoted value counts: `<no User-Password attribute>` is a sentence.
const RADIUS_ATTRIBUTE =
  /(?<![\w-])(?:[A-Z][A-Za-z0-9]{0,15}-){1,3}Password(?:-With-Header)?(?:[ \t]*(?:==|[:+!<>]?=)[ \t]*(?:"((?:[^"\\\n]|\\.){1,256})"|'([^'\n]{1,256})'|([^\s"'<,;=][^\s"'<,;]{0,255}))|[ \t]+"((?:[^"\\\n]|\\.){1,256})")/g;
const SEED = /\b(?:TOTP|HOTP|OTP|2FA|MFA|[Tt]otp|[Mm]fa|[Aa]uthenticator)[ \t]+(?:[Ss]eed|[Ss]ecret|[Kk]ey|[Ss]hared [Ss]ecret)\b[^\n:=]{0,60}?(?:[:=]|[ \t]is)[ \t]*["']?([A-Z2-7]{16,128}={0,6})(?![A-Za-z0-9])/g;
// "backup codes issued for <account>:": the account may be a long address, so the words up to its
// `@` and its domain are skipped besides the few words around them.
const CODE_LIST = /\b(?:[Bb]ackup|[Rr]ecovery|[Ss]cratch|2FA|MFA)[ \t]+codes?\b(?:[^\n:@]{0,100}@[^\s:]{1,253}(?=[\s:]))?[^\n:]{0,40}:[ \t]*/g;
// Codes follow on the same line or one per line (`\n  4821-9930`).
const LISTED_CODE = /[ \t,;]*(?:\r?\n[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*)?([A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{4,10})?)(?![\w-])/y;
const DIRECTIVE = /(?<![\w.-])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+|requirepass|masterauth)[ \t]+(?!is\b|was\b)([^\s'"`,;]{8,512})/g;

// "try \"Copper meadow juniper 53\" for the vault unseal share", "use 'x' as the admin password": a
// quoted value offered for a credential named after it (up to three words between).
const OFFERED =
  /\b(?:[Tt]ry|[Uu]se|[Uu]sing|[Ee]nter|[Tt]ype)[ \t]+(?:'([^'\n]{4,128})'|\\"((?:[^"\\\n]){4,128})\\"|"([^"\n]{4,128})")[ \t]+(?:for|as)[ \t]+(?:(?:the|your|my|our|a|an)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:password|passphrase|passcode|pin|unseal[ \t]+(?:key|share)|psk|pre-shared[ \t]+key|credentials?)\b/g;

// A string literal: Erlang binaries (`<<"x">>`, `<<"x"/utf8>>`) and strings, Elixir, Python or JS quotes.
function literal(capture: boolean): string {
  const g = capture ? '(' : '(?:';
  return String.raw`(?:<<"${g}(?:[^"\
]|\.){1,256})"(?:\/utf8)?>>|"${g}(?:[^"\
]|\.){1,256})"|'${g}(?:[^'\
]|\.){1,256})')`;
}
// Atoms (or strings) that say authentication failed: what comes after them is what was tried.
const FAILURE_ATOM = String.raw`(?:auth(?:entication)?|login|logon|sign_?in|password|credentials?)_(?:failed|failure|error|denied|rejected)|(?:invalid|bad|wrong|incorrect)_(?:password|passwd|credentials?|login)`;
const FAILED_TERM = new RegExp(String.raw`(?<![\w])[:'"]?(?:${FAILURE_ATOM})['"]?[ \t]*,[ \t]*${literal(false)}[ \t]*,[ \t]*${literal(true)}`, 'gid');
const FAILED_TERM_HINT = /_(?:failed|failure|error|denied|rejected)|(?:invalid|bad|wrong|incorrect)_/i;

// `LOGON JDOE/pw` (TSO), `login: admin/pw`, `credentials are svc/pw`, `username/password: u/pw`. The
// user starts with a letter (dates and ratios do not), the password runs to a blank and is not
// followed by `/` (a path is not a pair).
const LOGON_PAIR =
  /(?<![\w-])(?:(LOGON|LOGIN)|[Ll]og(?:on|in)|LOG(?:ON|IN)|[Ss]ign[- ]?[Oo]n|[Cc]redentials|CREDENTIALS|[Cc]reds|CREDS|(?:[Uu]ser(?:name)?|USER(?:NAME)?|[Ll]ogin|LOGIN)\/(?:[Pp]ass(?:word)?|PASS(?:WORD)?))((?:[ \t]+[A-Za-z]{2,12}){0,2}?)(?:[ \t]*([:=])[ \t]*|[ \t]+(is|are|was|were)[ \t]+|[ \t]+)[A-Za-z][\w.$#@-]{0,63}([ \t]+\/[ \t]+|\/)([^\s/'"]{1,128})(?=[\s,;)\]]|$)/gd;
const LOGON_HINT = /log[oi]n|cred|sign[- ]?on/i;

// libpq's password file: five `:`-separated fields, the port a number or `*`, on a line of its own.
const PGPASS = /(?:^|\n)[ \t]*(?:[\w.-]{1,253}|\*):(?:\d{3,5}|\*):(?:[\w.-]{1,63}|\*):(?:[\w.@-]{1,63}|\*):((?:[^\s:\\]|\\[:\\]){1,256})[ \t]*(?=\r?\n|$)/g;
// "security answer: …", "security question answer = …": the rest of the line (a quoted answer ends at its quote).
const SECURITY_ANSWER = /\b[Ss]ecurity[ \t]+(?:[Qq]uestion[ \t]+)?[Aa]nswers?[ \t]*[:=][ \t]*(?:"([^"\n]{1,128})"|'([^'\n]{1,128})'|([^\s"'][^\n]{0,127}?))[ \t]*(?=\r?\n|$|[,;])/g;
// BIP39 mnemonics after "seed phrase", "recovery phrase", "mnemonic": 12 to 24 lower-case words.
const SEED_PHRASE = /\b(?:[Ss]eed|[Rr]ecovery|[Mm]nemonic|[Bb]ackup|[Ss]ecret)[ \t]+(?:[Pp]hrase|[Ww]ords)[ \t]*(?:is[ \t]+)?[:=]?[ \t]*["']?([a-z]{3,8}(?:[ \t]+[a-z]{3,8}){11,23})/g;

/** Cheap test before {@link authLineSpans}. */
export const AUTH_LINE_HINT =
  /Login (?:incorrect|OK|failed)|-Password|[Ss]eed\b|(?:[Bb]ackup|[Rr]ecovery|[Ss]cratch|2FA|MFA)[ \t]+codes?\b|[a-z0-9]_\w*(?:pass|secret|token|key|base|auth|pw|pwd)[ \t]|[A-Z0-9]_\w*(?:PASS|SECRET|TOKEN|KEY|BASE|AUTH|PW|PWD)[ \t]|[a-z0-9](?:Pass|Secret|Token|Key|Auth|Pw)\w*[ \t]|requirepass|masterauth|(?:[Tt]ry|[Uu]se|[Uu]sing|[Ee]nter|[Tt]ype)[ \t]+\\?["']|[Ll]og[oi]n|LOG[OI]N|[Cc]red|CRED|[Ss]ign[- ]?[Oo]n|[Aa]nswer|[Pp]hrase|:(?:\d{3,5}|\*):|_(?:failed|failure|error|denied|rejected)\b|(?:invalid|bad|wrong|incorrect)_/;

// Words that open a name of an outcome rather than of a setting (`invalidCredentials`, `bad_password`).
const OUTCOME_WORDS = new Set(['invalid', 'bad', 'wrong', 'incorrect', 'missing', 'expired', 'unknown', 'no']);
const NEXT_PAIR = /^[A-Za-z_][\w.-]{0,63}=/;

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
  if (text.includes('-Password')) {
    RADIUS_ATTRIBUTE.lastIndex = 0;
    while ((m = RADIUS_ATTRIBUTE.exec(text)) !== null) {
      const value = m[1] ?? m[2] ?? m[3] ?? m[4]!;
      const end = m.index + m[0].length - (m[3] === undefined ? 1 : 0);
      (spans ??= []).push([end - value.length, end]);
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
  if (FAILED_TERM_HINT.test(text)) {
    FAILED_TERM.lastIndex = 0;
    while ((m = FAILED_TERM.exec(text)) !== null) {
      const at = m.indices!.slice(1).find((range) => range !== undefined)!;
      (spans ??= []).push([at[0], at[1]]);
    }
  }
  if (LOGON_HINT.test(text)) {
    LOGON_PAIR.lastIndex = 0;
    while ((m = LOGON_PAIR.exec(text)) !== null) {
      const password = m[6]!;
      // Without `:`, `=` or `is`, only a pair right after the logon word, and a password that is not
      // a plain word unless the word is the TSO command ("Login via sso/saml" names two methods).
      const bare = m[3] === undefined && m[4] === undefined;
      const at = m.indices![6]!;
      if (m[5] !== '/') {
        // Chat writes the pair spaced (`creds are admin / x`); so are alternatives ("Sign on:
        // enabled / disabled"): spaced, it needs a connector and a password that is no plain word,
        // unless that word starts a written-out passphrase that runs to the end of the clause.
        if (bare) continue;
        const phraseEnd = /^[A-Za-z]+$/.test(password) ? passphraseEnd(text, password, at[1]) : undefined;
        if (phraseEnd === undefined && /^[A-Za-z]+$/.test(password)) continue;
        (spans ??= []).push([at[0], phraseEnd ?? at[1]]);
        continue;
      }
      if (bare && (m[2] !== '' || (m[1] === undefined && /^[A-Za-z]+$/.test(password)))) continue;
      (spans ??= []).push([at[0], at[1]]);
    }
  }
  if (text.includes(':*:') || /:\d{3,5}:/.test(text)) {
    PGPASS.lastIndex = 0;
    while ((m = PGPASS.exec(text)) !== null) {
      const end = m.index + m[0].length;
      (spans ??= []).push([end - m[1]!.length, end]);
    }
  }
  if (/[Aa]nswer|[Pp]hrase|[Ww]ords/.test(text)) {
    SECURITY_ANSWER.lastIndex = 0;
    while ((m = SECURITY_ANSWER.exec(text)) !== null) {
      const answer = m[1] ?? m[2] ?? m[3]!;
      const start = text.indexOf(answer, m.index + m[0].length - answer.length - 1);
      (spans ??= []).push([start, start + answer.length]);
    }
    SEED_PHRASE.lastIndex = 0;
    while ((m = SEED_PHRASE.exec(text)) !== null) {
      const end = m.index + m[0].length;
      (spans ??= []).push([end - m[1]!.length, end]);
    }
  }
  DIRECTIVE.lastIndex = 0;
  while ((m = DIRECTIVE.exec(text)) !== null) {
    const name = m[1]!;
    const value = m[2]!.replace(/[.:!?]+$/, '');
    const words = keyWords(name);
    const named = name === 'requirepass' || name === 'masterauth' || secretByWords(words) === 'secret';
    // `result=49 invalidCredentials agent_version=7.3.12`: a result name (LDAP's, RFC 4511) says the
    // credential failed, and a `name=value` pair after it is a field of its own, not the value.
    if (!named || OUTCOME_WORDS.has(words[0]!) || NEXT_PAIR.test(value) || !credentialShaped(value)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    (spans ??= []).push([start, start + value.length]);
  }
  return spans;
}
