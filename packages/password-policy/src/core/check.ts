/**
 * The password checker: NIST SP 800-63B rev. 4 §3.1.1.2 rules on the NFKC
 * form, every problem reported at once (so the user fixes them in one go),
 * each with a message saying what to do.
 */
import type { BloomFilter } from './bloom.js';
import { BLOCKLIST_MIN_LENGTH, loadBlocklist } from './blocklist.js';
import { createBreachChecker, type BreachCheckOptions, type BreachChecker } from './breach.js';
import { codePointLength, normalizePassword } from './normalize.js';
import type { PasswordProblem } from './problems.js';
import { compositionProblem, contextProblem, contextWords, lengthProblem, repetitiveProblem, type CharacterClass, type CompositionRules, type PasswordContext } from './rules.js';
import { loadStrengthEstimator, type PasswordStrength, type StrengthEstimator, type StrengthOptions } from './strength.js';

/** Options of {@link PasswordChecker} (and of `checkPassword` / the Koa `passwordPolicy`). */
export interface PasswordPolicyOptions {
  /**
   * Minimum length in code points, at least 8 (NIST's floor). NIST SP 800-63B
   * rev. 4 asks for 15 when the password is the only factor.
   * @default 8
   */
  readonly minLength?: number;
  /** Maximum length in code points, at least 64 (NIST); longer passwords are refused, never truncated. @default 256 */
  readonly maxLength?: number;
  /** More passwords to refuse as `common` (compared after NFKC + lower case), on top of the built-in list. @default [] */
  readonly extraBlocklist?: Iterable<string>;
  /** Names of the service (and its domain), refused as `context` for every user. @default [] */
  readonly serviceWords?: readonly string[];
  /** Opt-in composition rules; none by default, as NIST SP 800-63B rev. 4 requires. @default undefined */
  readonly composition?: CompositionRules;
  /** Strength feedback from zxcvbn-ts (optional peers); `true` for feedback only. @default false */
  readonly strength?: boolean | StrengthOptions;
  /** Breached-password check against an HIBP-compatible range API. @default undefined (off) */
  readonly breachCheck?: BreachCheckOptions;
}

/** What a check answers. */
export interface PasswordCheckResult {
  /** True when there are no problems. */
  readonly ok: boolean;
  /** Every rule the password breaks, in a stable order. */
  readonly problems: readonly PasswordProblem[];
  /** zxcvbn-ts verdict when `strength` is enabled, else undefined. */
  readonly strength: PasswordStrength | undefined;
  /** Breach check outcome: `skipped` when it is off or a local rule already refused the password. */
  readonly breach: 'breached' | 'clean' | 'unavailable' | 'skipped';
}

/** Per-check input. */
export interface CheckOptions {
  /** The user's details, refused as building blocks of their password. */
  readonly context?: PasswordContext | undefined;
}

const OPTION_KEYS = new Set(['minLength', 'maxLength', 'extraBlocklist', 'serviceWords', 'composition', 'strength', 'breachCheck']);
const CLASSES = new Set(['lowercase', 'uppercase', 'digit', 'symbol']);
// What is stripped to find the "core" of "football2024!" or "!!password1".
const AFFIX = /^[\p{N}\p{P}\p{S}\s]{1,4}|[\p{N}\p{P}\p{S}\s]{1,4}$/gu;

function validateComposition(rules: CompositionRules): CompositionRules {
  if (typeof rules !== 'object' || rules === null) throw new TypeError('passwordPolicy: "composition" must be an object');
  for (const key of Object.keys(rules)) if (key !== 'require' && key !== 'minClasses') throw new TypeError(`passwordPolicy: unknown option "composition.${key}"`);
  const required: unknown = rules.require ?? [];
  if (!Array.isArray(required) || !required.every((c: unknown) => typeof c === 'string' && CLASSES.has(c))) {
    throw new TypeError('passwordPolicy: "composition.require" must list lowercase, uppercase, digit or symbol');
  }
  if (rules.minClasses !== undefined && (!Number.isInteger(rules.minClasses) || rules.minClasses < 0 || rules.minClasses > 4)) {
    throw new TypeError('passwordPolicy: "composition.minClasses" must be an integer from 0 to 4');
  }
  return { require: [...(required as CharacterClass[])], minClasses: rules.minClasses ?? 0 };
}

/**
 * Checks passwords against one policy. Build it once (options are validated
 * and precomputed here); `check` is safe to call concurrently.
 *
 * @example
 * const checker = new PasswordChecker({ minLength: 15 });
 * const result = await checker.check('correct horse battery staple', { context: { username: 'alice@example.com' } });
 * if (!result.ok) console.log(result.problems.map((p) => p.message));
 */
export class PasswordChecker {
  readonly minLength: number;
  readonly maxLength: number;
  readonly #extra: ReadonlySet<string>;
  readonly #serviceWords: readonly string[];
  readonly #composition: CompositionRules | undefined;
  readonly #strength: { estimate: StrengthEstimator; minScore: number | undefined } | undefined;
  readonly #breach: BreachChecker | undefined;
  #blocklist: BloomFilter | undefined;

  constructor(options: PasswordPolicyOptions = {}) {
    if (typeof options !== 'object' || options === null) throw new TypeError('passwordPolicy: options must be an object');
    for (const key of Object.keys(options)) {
      if (!OPTION_KEYS.has(key)) throw new TypeError(`passwordPolicy: unknown option "${key}"${key === 'context' ? ' (context is given per check)' : ''}`);
    }
    const min = options.minLength ?? 8;
    const max = options.maxLength ?? 256;
    if (!Number.isInteger(min) || min < 8) throw new TypeError('passwordPolicy: "minLength" must be an integer >= 8 (NIST SP 800-63B floor)');
    if (!Number.isInteger(max) || max < 64 || max > 4096) throw new TypeError('passwordPolicy: "maxLength" must be an integer from 64 to 4096');
    if (min > max) throw new TypeError('passwordPolicy: "minLength" must not exceed "maxLength"');
    this.minLength = min;
    this.maxLength = max;
    const extra = new Set<string>();
    for (const entry of options.extraBlocklist ?? []) {
      if (typeof entry !== 'string') throw new TypeError('passwordPolicy: "extraBlocklist" must contain strings');
      extra.add(entry.normalize('NFKC').toLowerCase());
    }
    this.#extra = extra;
    const service = options.serviceWords ?? [];
    if (!Array.isArray(service) || !service.every((w) => typeof w === 'string')) throw new TypeError('passwordPolicy: "serviceWords" must be an array of strings');
    this.#serviceWords = [...service];
    this.#composition = options.composition === undefined ? undefined : validateComposition(options.composition);
    if (options.strength !== undefined && options.strength !== false) {
      const strength = options.strength === true ? {} : options.strength;
      if (typeof strength !== 'object' || strength === null) throw new TypeError('passwordPolicy: "strength" must be a boolean or { minScore }');
      for (const key of Object.keys(strength)) if (key !== 'minScore') throw new TypeError(`passwordPolicy: unknown option "strength.${key}"`);
      const minScore = strength.minScore;
      if (minScore !== undefined && (!Number.isInteger(minScore) || minScore < 0 || minScore > 4)) throw new TypeError('passwordPolicy: "strength.minScore" must be 0 to 4');
      this.#strength = { estimate: loadStrengthEstimator(), minScore };
    }
    this.#breach = options.breachCheck === undefined ? undefined : createBreachChecker(options.breachCheck);
  }

  /** Check `password` (any Unicode; NFKC-normalised first). Only the breach check, when on, does I/O. */
  async check(password: string, options: CheckOptions = {}): Promise<PasswordCheckResult> {
    const local = this.checkLocal(password, options);
    if (!local.ok || this.#breach === undefined) return local;
    const breach = await this.#breach.lookup(normalizePassword(password));
    if (breach.status === 'clean') return { ...local, breach: 'clean' };
    if (breach.status === 'breached') {
      if (breach.count < this.#breach.minCount) return { ...local, breach: 'clean' };
      const problem: PasswordProblem = { code: 'breached', message: 'This password has appeared in a data breach, so attackers try it first; choose a different one.' };
      return { ok: false, problems: [problem], strength: local.strength, breach: 'breached' };
    }
    if (this.#breach.onUnavailable === 'allow') return { ...local, breach: 'unavailable' };
    const problem: PasswordProblem = { code: 'breach_check_unavailable', message: 'We could not check this password against known breaches just now; please try again in a moment.' };
    return { ok: false, problems: [problem], strength: local.strength, breach: 'unavailable' };
  }

  /** Every rule except the breach check, synchronously. */
  checkLocal(password: string, options: CheckOptions = {}): PasswordCheckResult {
    if (typeof password !== 'string') throw new TypeError('checkPassword: password must be a string');
    // NFKC can expand a string a few times; a raw length far past the limit is refused before normalising it.
    if (password.length > this.maxLength * 4) {
      return { ok: false, problems: [lengthProblem(this.maxLength + 1, this.minLength, this.maxLength)!], strength: undefined, breach: 'skipped' };
    }
    const normalized = normalizePassword(password);
    const folded = normalized.toLowerCase();
    const length = codePointLength(normalized);
    const problems: PasswordProblem[] = [];
    const tooLong = length > this.maxLength;
    const lengthIssue = lengthProblem(length, this.minLength, this.maxLength);
    if (lengthIssue !== undefined) problems.push(lengthIssue);
    if (!tooLong) {
      if (this.#isCommon(folded)) {
        problems.push({ code: 'common', message: 'This is one of the most common passwords, so attackers try it first; choose something that is not a well-known password.' });
      }
      const words = contextWords(options.context, this.#serviceWords);
      const context = contextProblem(folded, words);
      if (context !== undefined) problems.push(context);
      const repetitive = repetitiveProblem(folded);
      if (repetitive !== undefined) problems.push(repetitive);
      if (this.#composition !== undefined) {
        const composition = compositionProblem(normalized, this.#composition);
        if (composition !== undefined) problems.push(composition);
      }
    }
    let strength: PasswordStrength | undefined;
    if (this.#strength !== undefined && !tooLong) {
      strength = this.#strength.estimate(normalized, contextWords(options.context, this.#serviceWords));
      if (this.#strength.minScore !== undefined && strength.score < this.#strength.minScore) {
        const advice = [strength.warning, ...strength.suggestions].filter((s): s is string => typeof s === 'string' && s !== '').join(' ');
        problems.push({ code: 'weak', message: `This password is too easy to guess.${advice === '' ? ' Add another word or two.' : ` ${advice}`}` });
      }
    }
    return { ok: problems.length === 0, problems, strength, breach: 'skipped' };
  }

  #isCommon(folded: string): boolean {
    this.#blocklist ??= loadBlocklist();
    if (this.#blocklist.has(folded) || this.#extra.has(folded)) return true;
    // "password1!" and "2024football" are the listed password with a guessable affix.
    const core = folded.replace(AFFIX, '');
    if (core === folded || core.length === 0) return false;
    return this.#extra.has(core) || (codePointLength(core) >= BLOCKLIST_MIN_LENGTH && this.#blocklist.has(core));
  }
}

let defaultChecker: PasswordChecker | undefined;

/**
 * Check a password against the default policy (or `policy`, validated on
 * each call: build a {@link PasswordChecker} once when calling often).
 *
 * @example
 * const { ok, problems } = await checkPassword('qwertyuiop', { context: { username: 'alice' } });
 * // ok === false; problems[0].code === 'common'
 */
export function checkPassword(password: string, options: CheckOptions & { readonly policy?: PasswordPolicyOptions } = {}): Promise<PasswordCheckResult> {
  const checker = options.policy === undefined ? (defaultChecker ??= new PasswordChecker()) : new PasswordChecker(options.policy);
  return checker.check(password, { context: options.context });
}
