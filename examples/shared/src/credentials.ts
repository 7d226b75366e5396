/**
 * What the credential routes read from a JSON body, checked the same way on
 * every framework: a value that is not well-formed names no account, so it
 * is answered 400 and limited per client only.
 */
import { normalizeAccount } from '@parapet/auth-limit';
import type { PasswordChecker } from '@parapet/password-policy';
import type { SecurityLog } from './logging.js';
import type { UserTokens } from './user-tokens.js';
import type { UserDirectory } from './users.js';

const MAX_USERNAME = 254; // RFC 5321 path limit
const MAX_PASSWORD = 1024; // bounds the scrypt input an attacker controls

/** A field of a JSON object body; undefined for any other body. */
export function bodyField(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)[name] : undefined;
}

/** `{ username, password }` of POST /login, when both are well-formed. */
export function loginCredentials(body: unknown): { username: string; password: string } | undefined {
  const username = bodyField(body, 'username');
  const password = bodyField(body, 'password');
  if (typeof username !== 'string' || typeof password !== 'string') return undefined;
  if (username.length === 0 || username.length > MAX_USERNAME || password.length === 0 || password.length > MAX_PASSWORD) return undefined;
  return { username, password };
}

/** `username` of POST /password-reset, as typed. */
export function resetUsername(body: unknown): string | undefined {
  const value = bodyField(body, 'username');
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_USERNAME ? value : undefined;
}

/** `username` of POST /signup, normalised; 3 to 254 characters. */
export function signupUsername(body: unknown): string | undefined {
  const value = bodyField(body, 'username');
  if (typeof value !== 'string') return undefined;
  const name = normalizeAccount(value);
  return name.length >= 3 && name.length <= MAX_USERNAME ? name : undefined;
}

/** The 400 details of the credential routes. */
export const CREDENTIAL_PROBLEMS = {
  login: 'Expected JSON { "username": string, "password": string }.',
  reset: 'Expected JSON { "username": string }.',
  signup: 'Expected JSON { "username": string of 3 to 254 characters, "password": string }.',
  passwordChange: 'Expected JSON { "currentPassword": string, "newPassword": string }.',
} as const;

/** What the credential routes of either framework are built from. */
export interface CredentialRouteDeps<Limits> {
  readonly users: UserDirectory;
  readonly tokens: UserTokens;
  /** authLimit options of the framework's adapter, without `account` and `purpose` (the route supplies them). */
  readonly limits: Limits;
  readonly security: SecurityLog;
}

/** What the password routes (POST /signup, POST /password) need. */
export interface PasswordRouteOptions {
  readonly users: UserDirectory;
  readonly tokens: UserTokens;
  readonly checker: PasswordChecker;
  /**
   * Invalidates the account's login device cookies: a changed password must
   * not leave a thief's browser with its own guessing budget (ASVS 5.0 V6).
   */
  readonly revokeDeviceCookies: (account: string) => Promise<void>;
  readonly security: SecurityLog;
}

/**
 * POST /password after its checks: replace the password when `current` is
 * right, log the outcome and revoke the account's device cookies.
 * `false` when the current password is wrong (403).
 */
export async function changePassword(options: PasswordRouteOptions, userId: string, current: string, next: string, reqId: unknown): Promise<boolean> {
  const { users, security } = options;
  if (!(await users.changePassword(userId, current, next))) {
    security('auth.password_change_failed', { userId, reqId });
    return false;
  }
  security('auth.password_changed', { userId, reqId }, 'info');
  const account = users.byId(userId)?.username;
  if (account !== undefined) {
    // The password is changed either way; a store outage leaves old device
    // cookies valid until they expire, which the operator must hear about.
    await options.revokeDeviceCookies(account).catch((error: unknown) => security('auth.device_revocation_failed', { userId, reqId, err: error }, 'error'));
  }
  return true;
}

/** The answer to a successful login (RFC 6749 §5.1 shape), and whom it is for. */
export interface LoginSuccess {
  readonly userId: string;
  readonly body: { readonly access_token: string; readonly token_type: 'Bearer'; readonly expires_in: number };
}

/**
 * POST /login after authLimit let the attempt through: verify the password
 * (the same work for unknown users), log the outcome, issue the user token.
 * undefined when the credentials are wrong (401).
 */
export async function attemptLogin(
  options: Pick<CredentialRouteDeps<unknown>, 'users' | 'tokens' | 'security'>,
  given: { readonly username: string; readonly password: string },
  attempt: { readonly accountId: string | undefined; readonly reqId: unknown },
): Promise<LoginSuccess | undefined> {
  const user = await options.users.verify(given.username, given.password);
  if (user === undefined) {
    options.security('auth.login_failed', attempt);
    return undefined;
  }
  options.security('auth.login_succeeded', { ...attempt, userId: user.id }, 'info');
  return { userId: user.id, body: { access_token: await options.tokens.issue(user.id), token_type: 'Bearer', expires_in: options.tokens.lifetime } };
}
