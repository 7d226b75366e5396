/**
 * Passwords checked against a list of breached passwords (Have I Been Pwned's range API, a
 * password policy's breach check): the service logs the refused password as the `candidate`
 * (`breached-pw: signup blocked candidate=… hibp_prefix=C0FFE matches=120`). The name alone is
 * ordinary (`leader election candidate=node-3`), so only a line about such a check counts. The
 * five-hex hash prefix sent to the range API and the breach count stay: neither gives the password.
 */

/** Cheap test before {@link breachedPasswordSpans}. */
export const BREACH_CHECK_HINT = /breach|pwned|hibp|password[-_ ]?polic/i;

// The pair names under which such a check logs the password it refused.
const CANDIDATE = /(?<![\w.-])(?:candidate|attempted|password[_-]?candidate|candidate[_-]?password)=(?:'([^'\n]{1,128})'|"([^"\n]{1,128})"|([^\s'"][^\s]{0,127}))/gi;
// Another filter's mask or a pseudonym: nothing left to remove.
const MASKED = /^(?:\[[A-Z_ ]{1,32}\]|<[^>]{1,64}>|\*+)$/;

/** Spans `[start, end)` of refused passwords on a breach-check line; undefined when none. */
export function breachedPasswordSpans(text: string): Array<readonly [number, number]> | undefined {
  if (!text.includes('=')) return undefined;
  let spans: Array<readonly [number, number]> | undefined;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const value = m[1] ?? m[2] ?? m[3]!;
    if (MASKED.test(value)) continue;
    const end = m.index + m[0].length - (m[3] === undefined ? 1 : 0);
    (spans ??= []).push([end - value.length, end]);
  }
  return spans;
}
