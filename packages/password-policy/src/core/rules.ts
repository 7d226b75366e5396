/**
 * The local rules of NIST SP 800-63B rev. 4 §3.1.1.2 (and the opt-in
 * composition rules some policies still demand). Each takes the NFKC form
 * and answers a problem or nothing; none allocates per character beyond
 * the folded copy.
 */
import { codePointLength } from './normalize.js';
import type { PasswordProblem } from './problems.js';

/** Character classes an opt-in composition policy can require. */
export type CharacterClass = 'lowercase' | 'uppercase' | 'digit' | 'symbol';

/** Opt-in composition rules (NIST SP 800-63B rev. 4 says verifiers SHALL NOT impose them; some policies still do). */
export interface CompositionRules {
  /** Classes that must each appear at least once. @default [] */
  readonly require?: readonly CharacterClass[];
  /** How many distinct classes must appear. @default 0 */
  readonly minClasses?: number;
}

/** Who the password belongs to: their own details must not make up the password. */
export interface PasswordContext {
  /** The account name (an e-mail address is split into its local part and domain as well). */
  readonly username?: string | undefined;
  /** The user's e-mail address. */
  readonly email?: string | undefined;
  /** Other words specific to this user or service (names, the service's name). */
  readonly words?: readonly string[] | undefined;
}

const CLASS_TESTS: Record<CharacterClass, RegExp> = {
  lowercase: /\p{Ll}/u,
  uppercase: /\p{Lu}/u,
  digit: /\p{Nd}/u,
  symbol: /[^\p{L}\p{N}]/u,
};
const CLASS_NAMES: Record<CharacterClass, string> = {
  lowercase: 'a lower-case letter',
  uppercase: 'an upper-case letter',
  digit: 'a digit',
  symbol: 'a symbol or space',
};

export function lengthProblem(length: number, min: number, max: number): PasswordProblem | undefined {
  if (length < min) {
    return { code: 'too_short', message: `Use at least ${min} characters (you have ${length}). Several unrelated words make a long password that is easy to remember.` };
  }
  if (length > max) return { code: 'too_long', message: `Use at most ${max} characters (you have ${length}).` };
  return undefined;
}

export function compositionProblem(password: string, rules: CompositionRules): PasswordProblem | undefined {
  const present = (Object.keys(CLASS_TESTS) as CharacterClass[]).filter((c) => CLASS_TESTS[c].test(password));
  const missing = (rules.require ?? []).filter((c) => !present.includes(c));
  const needed = rules.minClasses ?? 0;
  if (missing.length === 0 && present.length >= needed) return undefined;
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`Add ${missing.map((c) => CLASS_NAMES[c]).join(', ')}.`);
  if (present.length < needed) parts.push(`Use at least ${needed} of: lower-case letters, upper-case letters, digits, symbols.`);
  return { code: 'composition', message: parts.join(' ') };
}

/** Context words of at least 3 characters, folded, with e-mail addresses split into local part and domain label. */
export function contextWords(context: PasswordContext | undefined, serviceWords: readonly string[]): string[] {
  const raw: string[] = [...serviceWords];
  if (context?.username !== undefined) raw.push(context.username);
  if (context?.email !== undefined) raw.push(context.email);
  if (context?.words !== undefined) raw.push(...context.words);
  const words = new Set<string>();
  for (const value of raw) {
    if (typeof value !== 'string') continue;
    const folded = value.normalize('NFKC').toLowerCase();
    const at = folded.lastIndexOf('@');
    const pieces = [folded];
    if (at > 0) pieces.push(folded.slice(0, at), folded.slice(at + 1).split('.')[0] ?? '');
    // "alice.smith" also guards "smith": a derivative NIST names explicitly.
    for (const piece of [...pieces]) pieces.push(...piece.split(/[\s._+\-@]+/));
    for (const piece of pieces) if (codePointLength(piece) >= 3) words.add(piece);
  }
  // Longest first, so "alice.smith" is removed before "alice".
  return [...words].sort((a, b) => b.length - a.length);
}

/**
 * A password is refused as `context` when what is left after taking out
 * every context word (forwards or reversed) is shorter than 8 characters:
 * "alice2024!" is the user name plus a guessable suffix, while a long
 * passphrase that happens to contain the name still has enough of its own.
 */
export function contextProblem(folded: string, words: readonly string[]): PasswordProblem | undefined {
  let rest = folded;
  let hit = false;
  for (const word of words) {
    for (const form of [word, [...word].reverse().join('')]) {
      if (rest.includes(form)) {
        rest = rest.split(form).join('');
        hit = true;
      }
    }
  }
  if (!hit || codePointLength(rest) >= 8) return undefined;
  return { code: 'context', message: 'Do not build your password from your user name, e-mail address or the name of this service; add words of your own.' };
}

const KEYBOARD_ROWS = ['`1234567890-=', 'qwertyuiop[]\\', "asdfghjkl;'", 'zxcvbnm,./', 'qwertzuiopü', 'asdfghjklöä', 'yxcvbnm', 'azertyuiop', 'qsdfghjklm', 'wxcvbn'];
const PAIR = 0x110000; // one past the last code point: a * PAIR + b is a unique key below 2^53
/** Neighbouring keys on a keyboard row: +1 forwards, -1 backwards. */
const KEY_STEPS = new Map<number, number>();
for (const row of KEYBOARD_ROWS) {
  const keys = [...row].map((c) => c.codePointAt(0)!);
  for (let i = 0; i + 1 < keys.length; i++) {
    KEY_STEPS.set(keys[i]! * PAIR + keys[i + 1]!, 1);
    KEY_STEPS.set(keys[i + 1]! * PAIR + keys[i]!, -1);
  }
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** Step between two code points along the alphabet/digits or a keyboard row: +1, -1, or 0 for none. */
function step(a: number, b: number): number {
  const d = b - a;
  if ((d === 1 || d === -1) && isLetterOrDigit(a) && isLetterOrDigit(b)) return d;
  return KEY_STEPS.get(a * PAIR + b) ?? 0;
}

/**
 * Repetitive or sequential: the whole password repeats one short unit
 * ("abcabcabc", "passpass"), or at least half of it is runs of one
 * character (3+) and ascending/descending sequences (4+) along the
 * alphabet, the digits or a keyboard row ("aaaa", "1234abcd", "qwerty").
 */
export function repetitiveProblem(folded: string): PasswordProblem | undefined {
  const chars: number[] = [];
  for (const c of folded) chars.push(c.codePointAt(0)!);
  const n = chars.length;
  if (n === 0) return undefined;
  const problem: PasswordProblem = {
    code: 'repetitive',
    message: 'Avoid repeated characters and sequences such as "aaaa", "abcabc", "1234" or "qwerty"; use unrelated words instead.',
  };
  for (let unit = 1; unit <= n / 2; unit++) {
    if (n % unit !== 0) continue;
    let periodic = true;
    for (let i = unit; i < n && periodic; i++) periodic = chars[i] === chars[i - unit];
    if (periodic) return problem;
  }
  const covered = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && chars[j] === chars[i]) j++;
    if (j - i >= 3) covered.fill(1, i, j);
    i = j;
  }
  for (let i = 0; i < n - 1; ) {
    const dir = step(chars[i]!, chars[i + 1]!);
    let j = i + 1;
    if (dir !== 0) while (j < n - 1 && step(chars[j]!, chars[j + 1]!) === dir) j++;
    // chars[i..j] is a sequence of j - i + 1 characters.
    if (dir !== 0 && j - i + 1 >= 4) covered.fill(1, i, j + 1);
    i = j;
  }
  let total = 0;
  for (const c of covered) total += c;
  return total * 2 >= n ? problem : undefined;
}
