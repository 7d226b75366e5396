/** Stable codes of the problems {@link PasswordChecker.check} reports. */
export type PasswordProblemCode =
  | 'too_short'
  | 'too_long'
  | 'common'
  | 'context'
  | 'repetitive'
  | 'breached'
  | 'composition'
  /** Only with `strength.minScore`: the estimator rates the password below it. */
  | 'weak'
  /** Only with `breachCheck.onUnavailable: 'deny'`: the breach service could not be asked. */
  | 'breach_check_unavailable';

/** One reason a password is refused, with a message that tells the user what to do. */
export interface PasswordProblem {
  readonly code: PasswordProblemCode;
  readonly message: string;
}
