import { keyWords, secretByWords } from './key-names.js';

/**
 * Credentials printed beside where they came from, in places the key/value detector does not read:
 *
 * - Package managers' debug output names a setting, the file it was read from, then its value
 *   (yarn berry `npmAuthToken from /home/ci/.yarnrc.yml: "…"`, the same shape for poetry's
 *   `auth.toml` and cargo's `credentials.toml`). The setting's name decides, as for any key.
 * - A `user:secret` pair under a basic-auth name (`basic=svc:pw`, `basic_auth: u:pw`, `userpass=u:pw`):
 *   the part after the colon.
 * - A Twilio account SID joined to its auth token by a colon (`AC<32 hex>:<32 hex>`), the HTTP basic
 *   credentials of every Twilio API call, wherever the pair is printed.
 */
const SETTING_FROM =
  /(?<![\w.-])([A-Za-z_/][\w.:/-]{0,95}?) from (?:~|[A-Za-z]:)?[\\/][^\s:"'<>]{1,256}:[ \t]*(?:"([^"\n]{1,512})"|'([^'\n]{1,512})'|([^\s"',;]{1,512}))/g;
const BASIC_PAIR = /(?<![\w-])(?:basic|basic[_-]?auth|basicauth|userpass|user[_-]?pass(?:word)?|userinfo)["']?[ \t]*[=:][ \t]*["']?[\w.@+-]{1,64}:([^\s'"&,;<>]{3,256})/gi;
const SID_TOKEN = /(?<![\w-])AC[0-9a-f]{32}:([0-9a-f]{32})(?![\w-])/g;
// `basic=db.internal:5432`: a host and its port, not a login.
const PORT = /^\d{1,5}$/;
// Values a secret-named setting holds that are no secret: booleans, numbers, links.
const SETTING_VALUE = /^(?:true|false|yes|no|null|none|undefined|\d{1,10}|[a-z][a-z0-9+.-]*:\/\/\S*)$/i;

const PLAIN_WORD = /^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)[.,:!]?$/;

/** Cheap test before {@link settingSourceSpans}. */
export const SETTING_SOURCE_HINT = /\sfrom [~A-Za-z:]{0,2}[\\/]|basic|userpass|user[_-]?pass|userinfo|AC[0-9a-f]{32}:/i;

/** Spans `[start, end)` of the credentials above; undefined when none. */
export function settingSourceSpans(text: string): Array<readonly [number, number]> | undefined {
  let spans: Array<readonly [number, number]> | undefined;
  let m: RegExpExecArray | null;
  if (text.includes(' from ')) {
    SETTING_FROM.lastIndex = 0;
    while ((m = SETTING_FROM.exec(text)) !== null) {
      const value = m[2] ?? m[3] ?? m[4]!;
      const key = m[1]!.slice(m[1]!.lastIndexOf('/') + 1);
      if (SETTING_VALUE.test(value) || secretByWords(keyWords(key)) !== 'secret') continue;
      // Unquoted, a plain word is the error that followed (`password from /etc/pw: denied`).
      if (m[4] !== undefined && PLAIN_WORD.test(value)) continue;
      const end = m.index + m[0].length - (m[4] === undefined ? 1 : 0);
      (spans ??= []).push([end - value.length, end]);
    }
  }
  BASIC_PAIR.lastIndex = 0;
  while ((m = BASIC_PAIR.exec(text)) !== null) {
    const secret = m[1]!.replace(/[.!?)\]]+$/, '');
    if (PORT.test(secret) || secret.includes('//')) continue;
    const start = m.index + m[0].length - m[1]!.length;
    (spans ??= []).push([start, start + secret.length]);
  }
  if (text.includes('AC')) {
    SID_TOKEN.lastIndex = 0;
    while ((m = SID_TOKEN.exec(text)) !== null) {
      const end = m.index + m[0].length;
      (spans ??= []).push([end - 32, end]);
    }
  }
  return spans;
}
