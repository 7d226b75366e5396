/**
 * One normalisation for every check and for hashing: NIST SP 800-63B §3.1.1.2
 * asks verifiers to apply NFKC or NFKD before hashing, so that the same
 * password typed on two keyboards (composed "é" vs "e" + combining accent,
 * full-width digits) is the same secret.
 */

/** NFKC form of `password` (what is checked, hashed and sent to the breach API). */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Length in Unicode code points: NIST counts each code point as one character. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The form blocklists and context words are compared in: NFKC, then lower case. */
export function foldForComparison(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
