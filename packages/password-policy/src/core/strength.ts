/**
 * Strength feedback from zxcvbn-ts (an optional peer): a guess-count
 * estimate with a 0–4 score and its own warning and suggestions. It is
 * feedback, not a rule, unless `minScore` is set: NIST SP 800-63B rev. 4
 * asks for length and a blocklist, and an estimator's score is a heuristic.
 * The estimator is synchronous and costs ~10–60 ms of event-loop CPU per
 * call, so it runs only when enabled, and only on passwords within maxLength.
 */
import { createRequire } from 'node:module';

/** Options of the strength estimator. */
export interface StrengthOptions {
  /** Refuse with `weak` below this zxcvbn score (0–4). @default undefined (feedback only) */
  readonly minScore?: 0 | 1 | 2 | 3 | 4;
}

/** The estimator's verdict, returned as `strength` when enabled. */
export interface PasswordStrength {
  /** 0 (too guessable) to 4 (very unguessable). */
  readonly score: 0 | 1 | 2 | 3 | 4;
  /** log10 of the estimated number of guesses. */
  readonly guessesLog10: number;
  /** The estimator's warning, in English, or null. */
  readonly warning: string | null;
  /** The estimator's suggestions, in English. */
  readonly suggestions: readonly string[];
}

interface ZxcvbnResultShape {
  score: 0 | 1 | 2 | 3 | 4;
  guessesLog10: number;
  feedback: { warning: string | null; suggestions: string[] };
}
interface ZxcvbnCore {
  ZxcvbnFactory: new (options: unknown) => { check(password: string, userInputs?: string[]): ZxcvbnResultShape };
}
interface ZxcvbnLanguage {
  dictionary: Record<string, unknown>;
  adjacencyGraphs?: unknown;
  translations?: unknown;
}

/** Estimates strength with zxcvbn-ts and its common + English dictionaries. */
export type StrengthEstimator = (password: string, userInputs: readonly string[]) => PasswordStrength;

let shared: StrengthEstimator | undefined;

/** Load zxcvbn-ts once (synchronously, so a missing peer fails at construction, naming the option). */
export function loadStrengthEstimator(): StrengthEstimator {
  if (shared !== undefined) return shared;
  const require = createRequire(import.meta.url);
  let core: ZxcvbnCore;
  let common: ZxcvbnLanguage;
  let en: ZxcvbnLanguage;
  try {
    core = require('@zxcvbn-ts/core') as ZxcvbnCore;
    common = require('@zxcvbn-ts/language-common') as ZxcvbnLanguage;
    en = require('@zxcvbn-ts/language-en') as ZxcvbnLanguage;
  } catch (err) {
    throw new TypeError('passwordPolicy: "strength" needs the optional peers @zxcvbn-ts/core, @zxcvbn-ts/language-common and @zxcvbn-ts/language-en (npm install them)', { cause: err });
  }
  const factory = new core.ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    // The default (100) costs ~135 ms CPU on average and ~430 ms at worst for a random 30-character
    // string (bench/bench.mjs); 10 keeps the common substitutions at ~20 ms, ~60 ms at worst.
    l33tMaxSubstitutions: 10,
  });
  shared = (password, userInputs) => {
    const result = factory.check(password, [...userInputs]);
    return { score: result.score, guessesLog10: result.guessesLog10, warning: result.feedback.warning, suggestions: result.feedback.suggestions };
  };
  return shared;
}
