// Type prefixes of generated object ids: Stripe's `cus_`, `acct_`, `sub_`, and the `usr_`, `u_`,
// `mbr_` of applications that follow it. A closed list: `mateo_jimenez` has a name where the type would be.
const ID_TYPES = new Set(['u', 'usr', 'user', 'uid', 'cus', 'cust', 'acct', 'acc', 'mbr', 'mem', 'prof', 'sub', 'org', 'emp', 'cli', 'pax', 'gst']);
const LETTER_ID = /^([a-z]{1,5})_([a-z]{10,40}|[A-Z]{10,40})$/;

/**
 * Whether `value` is a typed id whose random part has letters only (`usr_qzvkbtrwhnpx`): ids drawn
 * from an alphabet without digits carry none, so the type prefix and a run of letters no language
 * spells say it is generated. A word or a name behind the prefix (`user_janedoe`) has the vowels
 * of speech: about two letters in five, where random letters have one in four and long runs without.
 * Both are required, and twelve letters at least: surnames rich in consonants (`schwarzkopf`,
 * `hirschfeld`) pass one test or the other, rarely both at that length.
 */
export function letterTypedId(value: string): boolean {
  if (value.length > 46) return false;
  const m = LETTER_ID.exec(value);
  if (m === null || !ID_TYPES.has(m[1]!)) return false;
  const random = m[2]!.toLowerCase();
  const vowels = random.replace(/[^aeiouy]/g, '').length;
  return random.length >= 12 && vowels * 4 <= random.length && /[^aeiouy]{5}/.test(random);
}
