/**
 * One-time codes in prose: SMS and e-mail bodies, auth-service messages ("Your verification code is
 * 552901", "OTP 918273 sent", "PIN 4821", "CVV 737"). A code is a live credential until it expires,
 * and a PIN or card security code for longer. Only digits right after a word naming such a code count,
 * so "error code 5023" and "exit code 137" stay.
 */

const CODE_WORD = String.raw`(?:(?:verification|one[- ]time|security|authentication|authenticator|auth|login|log-in|sign[- ]?in|2fa|mfa|sms|access|otp|totp|reset|recovery|backup|confirmation|unlock|activation|pairing|enrollment|enrolment|pin|bestätigungs|verifizierungs|sicherheits)[ \t]?code|(?:code|c[oó]digo)[ \t]+(?:de[ \t]+)?(?:v[ée]rification|verificaci[oó]n|verifica[cç][aã]o|s[ée]curit[ée]|seguridad|acceso|acesso)|pin|otp|totp|passcode|tan|mtan|cvv2?|cvc2?|one[- ]time[ \t]+(?:password|passcode|pin)|暗証番号|인증번호|验证码|驗證碼|認証コード)`;
const ONE_TIME = new RegExp(
  String.raw`(?<![\w-])${CODE_WORD}(?:[ \t]+(?:is|was|lautet|ist|es|est|é|era))?[ \t]*[:=：]?[ \t]*["']?(\d{3,4}[ -]\d{3,4}|\d{3,8})(?![\w-]|[.,]\d)`,
  'giu',
);
/** Cheap test before {@link oneTimeCodeSpans}. */
export const ONE_TIME_HINT = /(?<![A-Za-z])(?:pin|otp|tan|cvv|cvc|passcode)(?![A-Za-z])|code(?![A-Za-z])|暗証番号|인증번호|验证码|驗證碼|認証コード/i;

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
  return spans;
}
