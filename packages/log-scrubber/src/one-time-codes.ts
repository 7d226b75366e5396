/**
 * One-time codes in prose: SMS and e-mail bodies, auth-service messages ("Your verification code is
 * 552901", "OTP 918273 sent", "PIN 4821", "CVV 737"). A code is a live credential until it expires,
 * and a PIN or card security code for longer. Only digits right after a word naming such a code count,
 * so "error code 5023" and "exit code 137" stay.
 */

// A blank, or a blank as a form-encoded body writes it (`+`, `%20`): SMS gateways post the message
// text that way (`Body=your+login+code+is+…`), and request logs print the body as it came.
const SP = String.raw`(?:[ \t]|\+|%20)`;
// The same words in other languages SMS gateways send in: Indonesian and Malay (`kode verifikasi`),
// Polish (`kod weryfikacyjny`), Turkish (`doğrulama kodu`), Vietnamese (`mã xác minh`), Italian,
// Dutch, Scandinavian and Russian. A possessive may follow (`Kode verifikasi Anda`, `Mã xác minh
// của bạn`).
const FOREIGN_CODE_WORD = String.raw`(?:kode${SP}+(?:verifikasi|otp|keamanan|masuk|pengesahan)|kod${SP}+(?:weryfikacyjny|potwierdzaj[aą]cy|jednorazowy|sms)|(?:do[gğ]rulama|onay|g[uü]venlik)${SP}+kod(?:u|unuz|un)?|m[aã]${SP}+(?:x[aá]c${SP}+(?:minh|th[uự]c|nh[aậ]n)|otp)|codice${SP}+(?:di${SP}+)?(?:verifica|sicurezza|accesso|conferma)|verificatiecode|bevestigingscode|inlogcode|engangskode|bekr[aä]ftelsekod|verifieringskod|код${SP}+(?:подтверждения|проверки|доступа))(?:${SP}+(?:anda|kamu|của${SP}+bạn|sizin))?`;
const CODE_WORD = String.raw`(?:(?:verification|one[- ]time|security|authentication|authenticator|auth|login|log-in|sign[- ]?in|2fa|mfa|sms|access|otp|totp|reset|recovery|backup|confirmation|unlock|activation|pairing|enrollment|enrolment|pin|bestätigungs|verifizierungs|sicherheits)${SP}?code|(?:code|c[oó]digo)${SP}+(?:de${SP}+)?(?:v[ée]rification|verificaci[oó]n|verifica[cç][aã]o|s[ée]curit[ée]|seguridad|acceso|acesso)|pin|otp|totp|passcode|tan|mtan|cvv2?|cvc2?|one[- ]time${SP}+(?:password|passcode|pin)|暗証番号|인증번호|验证码|驗證碼|認証コード|${FOREIGN_CODE_WORD})`;
const ONE_TIME = new RegExp(
  String.raw`(?:(?<=%20)|(?<![\w-]))${CODE_WORD}(?:${SP}+(?:is|was|lautet|ist|es|est|é|era|to|là|adalah|ialah))?${SP}*[:=：]?${SP}*["'\[(【]?(\d{3,4}[ -]\d{3,4}|\d{3,8})(?![\w-]|[.,]\d)`,
  'giu',
);
// SMS wording puts the code first: "482913 is your Acme verification code", "G-482913 is your
// sign-in code", "Use 482913 as your one-time passcode". A qualified code word (up to three words,
// a brand, between) or a bare "code" right after "your"/"the": "404 is the status code" stays.
const CODE_FIRST = new RegExp(
  String.raw`(?<![\w-])(?:[A-Z]-)?(\d{4,8})${SP}+(?:is|as)${SP}+(?:your|the)${SP}+(?:code(?![\w-])|(?:[\p{L}\d'’-]{1,24}${SP}+){0,3}?${CODE_WORD}(?![\w-]))`,
  'giu',
);
// A code read out on a call or typed into chat: "the code I got is 637703", "my code was 40918".
// The code is the one just received ("the"/"my"/"your" before "code"), so "error code is 5023" stays.
const SPOKEN_CODE = new RegExp(
  String.raw`(?<![\w-])(?:the|my|your|that)${SP}+code${SP}+(?:(?:I|we|you|they|he|she)${SP}+(?:just${SP}+)?(?:got|received|have|had|see|was${SP}+sent|were${SP}+sent)${SP}+)?(?:is|was|:)${SP}*["']?(\d{4,8})(?![\w-]|[.,]\d)`,
  'gi',
);
// A one-time-code service logs the code it sends as a bare pair (`sms otp dispatched to=… code=417206
// provider=…`, `"code":"662031"`): the name alone says nothing (`code=` is as often an exit or a
// status code), so the line must name the flow: an OTP, a second factor, a passwordless or
// magic-link sign-in, a verification code.
const BARE_CODE = /(?<![\w.-])(?:code|Code|CODE)"?[ \t]*[=:][ \t]*["']?(\d{4,8})(?![\w-]|[.,]\d)/g;
const CODE_FLOW_LINE = /(?:^|[^a-z])(?:otp|totp|hotp|mfa|2fa|two[-_ ]?factor|second[-_ ]?factor|one[-_ ]?time|passwordless|magic[-_ ]?link|verification[-_ ]code|login[-_ ]code|sms[-_ ]code)(?:[^a-z]|$)/i;
// A word right before the name makes it another code (`exit code=1`, `error code=21608`), and a
// provider's error on the line (`error_code=30007 more_info=…/errors/30007`) means the digits
// beside it are that error's.
const OTHER_CODE_BEFORE = /(?:exit|error|err|status|http|response|return|returned|reason|result|failure|country|area|postal|zip|promo|discount|coupon|currency|tax|product|event)[ \t]*$/i;
const PROVIDER_ERROR_LINE = /(?:error|err)[_-]?(?:code|message|msg)\b|more_info=|\/errors?\/\d/i;
const LINE_WINDOW = 512;

function bareCodeSpans(text: string, spans: Array<readonly [number, number]>): void {
  BARE_CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_CODE.exec(text)) !== null) {
    const lineStart = Math.max(text.lastIndexOf('\n', m.index) + 1, m.index - LINE_WINDOW);
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd === -1 || lineEnd - m.index > LINE_WINDOW) lineEnd = Math.min(text.length, m.index + LINE_WINDOW);
    const line = text.slice(lineStart, lineEnd);
    if (!CODE_FLOW_LINE.test(line) || PROVIDER_ERROR_LINE.test(line) || OTHER_CODE_BEFORE.test(text.slice(Math.max(lineStart, m.index - 16), m.index))) continue;
    const end = m.index + m[0].length;
    spans.push([end - m[1]!.length, end]);
  }
}

/** Cheap test before {@link oneTimeCodeSpans}. */
export const ONE_TIME_HINT = /(?<![A-Za-z])(?:pin|otp|tan|cvv|cvc|passcode|kode?|kodu\w{0,3}|m[aã])(?![A-Za-z])|codes?(?![A-Za-z])|c[oó]digo|codice|код|暗証番号|인증번호|验证码|驗證碼|認証コード/i;

/** Spans `[start, end)` of one-time codes; undefined when none. */
export function oneTimeCodeSpans(text: string): Array<readonly [number, number]> | undefined {
  let spans: Array<readonly [number, number]> | undefined;
  ONE_TIME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ONE_TIME.exec(text)) !== null) {
    const code = m[1]!;
    const word = m[0].toLowerCase();
    // Three digits are a card security code only; a PIN or one-time code has at least four.
    if (code.length === 3 && !/^cv[vc]/.test(word)) continue;
    const end = m.index + m[0].length;
    (spans ??= []).push([end - code.length, end]);
  }
  SPOKEN_CODE.lastIndex = 0;
  while ((m = SPOKEN_CODE.exec(text)) !== null) {
    const end = m.index + m[0].length;
    (spans ??= []).push([end - m[1]!.length, end]);
  }
  if (/recovery|backup/i.test(text)) recoveryCodeSpans(text, (spans ??= []));
  if (/code"?[ \t]*[=:]/i.test(text)) bareCodeSpans(text, (spans ??= []));
  CODE_FIRST.lastIndex = 0;
  while ((m = CODE_FIRST.exec(text)) !== null) {
    const start = m.index + m[0].indexOf(m[1]!);
    (spans ??= []).push([start, start + m[1]!.length]);
  }
  return spans;
}

// Recovery (backup) codes of a second factor as services issue them: groups of random letters and
// digits joined by `-` (`4k2p9-x7m3q`), listed with blanks or commas. Each one signs in without the
// second factor. Labels such as `nightly-2026` or `in-progress` have the shape too, but no group
// of theirs mixes letters and digits, and they come one at a time.
const RECOVERY_CODE = /^[A-Za-z0-9]{4,8}(?:-[A-Za-z0-9]{4,8}){1,3}$/;
const MIXED_GROUP = /(?:^|-)(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]+(?=-|$)/;

/**
 * Whether a value (a string of codes, or a list of them) is two or more second-factor recovery codes.
 * `named` says the name or line calls them recovery codes: then codes of letters only count too,
 * when all of them share one shape (`hmzpw-qrtnx ykdsv-pqcwl`).
 */
export function isRecoveryCodeList(value: unknown, named = false): boolean {
  let items: unknown[];
  if (typeof value === 'string') {
    if (value.length > 1024) return false;
    items = value.split(/[\s,;]+/).filter((v) => v.length > 0);
  } else if (Array.isArray(value)) {
    items = value;
  } else {
    return false;
  }
  if (items.length < 2 || items.length > 64 || !items.every((v) => typeof v === 'string' && RECOVERY_CODE.test(v))) return false;
  if (items.some((v) => MIXED_GROUP.test(v as string))) return true;
  return named && items.every((v) => generatedCode(v as string) && groupShape(v as string) === groupShape(items[0] as string));
}

/**
 * Whether one value under a recovery or backup name is a recovery code: generated codes have groups
 * of one length in one case (`qtrmw-zkphv`, `7FK2Q-M9X4D`). Letters alone only under `recovery`
 * itself, with groups of five or more: a backup is named `weekly-monday`, a mode `auto-sync`.
 */
export function isRecoveryCode(value: unknown, name: string): boolean {
  const recovery = name === 'recovery' || name === 'Recovery';
  if (isRecoveryCodeList(value, recovery)) return true;
  if (typeof value !== 'string' || !RECOVERY_CODE.test(value) || !generatedCode(value)) return false;
  if (MIXED_GROUP.test(value)) return true;
  return recovery && /^[a-z]{5,8}(?:-[a-z]{5,8}){1,3}$|^[A-Z]{5,8}(?:-[A-Z]{5,8}){1,3}$/.test(value);
}

/** Groups of one length, one case, not all digits (a date or a phone number is not a code). */
function generatedCode(value: string): boolean {
  const groups = value.split('-');
  const length = groups[0]!.length;
  return (
    groups.every((g) => g.length === length) &&
    (value === value.toLowerCase() || value === value.toUpperCase()) &&
    !groups.every((g) => /^\d+$/.test(g))
  );
}

function groupShape(value: string): string {
  return value.split('-').map((g) => g.length).join('-');
}

const CODE_SHAPE = String.raw`[A-Za-z0-9]{4,8}(?:-[A-Za-z0-9]{4,8}){1,3}(?![\w=:-])`;
/** A run of recovery-code-shaped words at a position (sticky), to be confirmed by {@link isRecoveryCodeList}. */
export const RECOVERY_LIST_AT = new RegExp(`${CODE_SHAPE}(?:(?:[ \\t]*[,;][ \\t]*|[ \\t]+)${CODE_SHAPE}){1,63}`, 'y');
/** One recovery-code-shaped word at a position (sticky), to be confirmed by {@link isRecoveryCode}. */
export const RECOVERY_CODE_AT = new RegExp(CODE_SHAPE, 'y');

// "recovery codes: hmzpw-qrtnx ykdsv-pqcwl", "backup code was 7fk2q-m9x4d": the label names them,
// so codes of letters only count too (see isRecoveryCodeList).
const RECOVERY_LABEL = /(?<![\w-])(?:recovery|backup)[ _-]?codes?(?![\w-])(?:[ \t]+(?:are|is|was|were))?[ \t]*[:=]?[ \t]*\[?/gi;

function recoveryCodeSpans(text: string, spans: Array<readonly [number, number]>): void {
  RECOVERY_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RECOVERY_LABEL.exec(text)) !== null) {
    const at = m.index + m[0].length;
    RECOVERY_LIST_AT.lastIndex = at;
    const list = RECOVERY_LIST_AT.exec(text)?.[0];
    if (list !== undefined && isRecoveryCodeList(list, true)) {
      spans.push([at, at + list.length]);
      continue;
    }
    RECOVERY_CODE_AT.lastIndex = at;
    const one = RECOVERY_CODE_AT.exec(text)?.[0];
    if (one !== undefined && isRecoveryCode(one, 'recovery')) {
      spans.push([at, at + one.length]);
      continue;
    }
    UNSEPARATED_CODE_AT.lastIndex = at;
    const run = UNSEPARATED_CODE_AT.exec(text);
    if (run !== null && unseparatedCode(run[1]!)) spans.push([at + run[0].length - run[1]!.length, at + run[0].length]);
  }
}

// Some services issue one recovery code as a single run (`QWTZ5821MNBV0473HJKL6619`, Google's eight
// digits), quoted or not. After the label such a run is the code; a word (`REGENERATED`), a count
// (`2 of 10`) or an id with underscores (`dev_…`) is not of that shape.
const UNSEPARATED_CODE_AT = /["']?([A-Za-z0-9]{8,32})(?![\w-])/y;

/** Letters and digits mixed in one case, or exactly eight digits. */
function unseparatedCode(run: string): boolean {
  if (/^\d+$/.test(run)) return run.length === 8;
  return /\d/.test(run) && /[A-Za-z]/.test(run) && (run === run.toUpperCase() || run === run.toLowerCase());
}
