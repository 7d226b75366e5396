/**
 * The HTTP answer to a refused password as plain data (RFC 9457 problem
 * details with a `problems` extension member), so every framework adapter
 * sends the same bytes.
 */
import type { PasswordCheckResult } from './check.js';
import type { PasswordProblem } from './problems.js';

/** An RFC 9457 problem document listing the password's problems. */
export interface PasswordProblemDocument {
  readonly type: 'about:blank';
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly problems: readonly PasswordProblem[];
}

/** A response the adapter sends as is. */
export interface PolicyResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: PasswordProblemDocument;
}

const HEADERS = { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' } as const;

/** 422 with every problem, for a password the policy refuses. */
export function refusedPasswordResponse(result: PasswordCheckResult): PolicyResponse {
  return {
    status: 422,
    headers: HEADERS,
    body: { type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'The password does not meet the password policy.', problems: result.problems },
  };
}

/** 400 when the request has no usable password field. */
export function missingPasswordResponse(field: string): PolicyResponse {
  return {
    status: 400,
    headers: HEADERS,
    body: { type: 'about:blank', title: 'Bad Request', status: 400, detail: `Expected a JSON body with a string "${field}".`, problems: [] },
  };
}
