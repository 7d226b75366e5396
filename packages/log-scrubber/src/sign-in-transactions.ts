/**
 * Values that stand for a sign-in in progress, each a bearer secret for as long as the
 * transaction lives:
 *
 * - the `state` (and OIDC `nonce`, `session_state`) in the URL of a sign-in flow: a hosted login
 *   page (`/u/login?state=…`) resumes the login transaction from its state alone, and an authorize
 *   redirect's state and nonce bind the answer to the browser that asked (RFC 6749 §10.12, OIDC
 *   Core §3.1.2.1);
 * - the `challenge` of a WebAuthn ceremony (W3C WebAuthn §13.4.3): the relying party's one-use
 *   nonce, which a replayed or phished assertion must answer;
 * - the ticket of a password-change, verification or second-factor enrolment link (Auth0's
 *   `/lo/reset?ticket=…`, an `enrolmentTicket`): whoever holds it finishes the flow.
 *
 * The same names carry readable values elsewhere (`state=shipped`, `challenge: "managed_challenge"`,
 * a help-desk `ticket: "INC0012345"`): only a long random run is taken.
 */

import { queryPathBefore } from './carried-secrets.js';
import { credentialShaped } from './context.js';

// Query parameters of a sign-in transaction.
const STATE_PARAMS = new Set(['state', 'nonce', 'session_state', 'sessionState']);
// A path of a sign-in flow: a hosted login page (`/u/…`), the authorize endpoint, a callback, or
// a step named by a sign-in word. Only the path counts: `login.` hosts serve any page.
const SIGN_IN_PATH =
  /^\/u\/|(?:^|[/_.-])(?:log-?in|sign-?in|sign-?up|authori[sz]e|authori[sz]ation|auth|oauth2?|oidc|openid|connect|callback|sso|saml|consent|continue|mfa|logout|end_session)(?=$|[/_.?-])/i;
// A run of base64 or base64url characters (an opaque value may be padded). A value printed cut
// short for display (`state=Hq7dKp...`) ends in dots; the run before them is judged as the value,
// since a sentence's ellipsis after a whole state (`Redirecting to …?state=<state>...`) looks the
// same, and a short display prefix is below the length anyway.
const TRAILING_ELLIPSIS = /(?:\.{2,}|\u2026)$/;
const NONCE_RUN = /^[A-Za-z0-9_-]+={0,2}$|^[A-Za-z0-9+/]+={0,2}$/;
const STATE_MIN = 20;
// Sixteen bytes, the least WebAuthn asks of a challenge, in unpadded base64.
const CHALLENGE_MIN = 22;
const TICKET_MIN = 20;
const URL_WINDOW = 2048;

/** Whether `value` is a random base64 or base64url run of at least `min` characters. */
function randomRun(value: string, min: number): boolean {
  if (value.endsWith('.') || value.endsWith('\u2026')) value = value.replace(TRAILING_ELLIPSIS, '');
  return value.length >= min && value.length <= 1024 && NONCE_RUN.test(value) && credentialShaped(value);
}

/** Whether a query parameter's name is one of a sign-in transaction's (`state`, `nonce`, `session_state`). */
export function isStateParameter(key: string): boolean {
  return STATE_PARAMS.has(key);
}

/**
 * Whether the query parameter at `start` sits in the query of a sign-in flow's URL: the path
 * before the `?` (back to a blank, a quote, `=` or the text's start) names a sign-in step.
 */
export function inSignInQuery(text: string, start: number): boolean {
  const path = queryPathBefore(text, start, URL_WINDOW);
  return path !== undefined && SIGN_IN_PATH.test(path);
}

/** Whether a sign-in transaction's `state` or `nonce` value is random enough to be one. */
export function isTransactionState(value: string): boolean {
  return randomRun(value, STATE_MIN);
}

/** Whether a value under `challenge` is a WebAuthn challenge (sixteen random bytes or more, base64). */
export function isCeremonyChallenge(value: string): boolean {
  return randomRun(value, CHALLENGE_MIN);
}

// Members beside `challenge` in WebAuthn's objects: CollectedClientData (`type`, `origin`,
// `crossOrigin`) and the creation and request options (`rp`, `rpId`, `user`, `pubKeyCredParams`,
// `allowCredentials`, `userVerification`, `attestation`, `authenticatorSelection`).
const CEREMONY_SIBLINGS = [
  'origin', 'crossOrigin', 'rp', 'rpId', 'rpID', 'user', 'pubKeyCredParams', 'allowCredentials', 'excludeCredentials',
  'userVerification', 'attestation', 'authenticatorSelection', 'extensions',
];
const CEREMONY_TYPE = /^(?:webauthn|passkey|fido2?)\.?/i;

/** Whether an object holding `challenge` is a WebAuthn client data or options object. */
export function webAuthnCeremony(keys: readonly string[], get: (k: string) => unknown): boolean {
  if (keys.length > 24) return false;
  const type = keys.includes('type') ? get('type') : undefined;
  if (typeof type === 'string' && CEREMONY_TYPE.test(type)) return true;
  return CEREMONY_SIBLINGS.some((k) => keys.includes(k));
}

/**
 * Whether a value under `ticket` is a flow's ticket: a long random run mixing cases and digits.
 * Help-desk numbers (`INC0012345`, `SUP-277104`, `#882031`) and hex object ids do not mix cases.
 */
export function isFlowTicket(value: string): boolean {
  return randomRun(value, TICKET_MIN) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value);
}
