/**
 * What the plain-HTTP listener serves besides redirects: GET /healthz for
 * load balancers and ACME HTTP-01 challenges (RFC 8555 §8.3) from a
 * certbot-style webroot. httpsRedirect() exempts exactly these paths.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const HEALTH_PATH = '/healthz';
/** The body of GET /healthz (sent with `Cache-Control: no-store`). */
export const HEALTH_BODY = { status: 'ok' } as const;
export const ACME_PREFIX = '/.well-known/acme-challenge/';
// RFC 8555 §8.1: a token is base64url; this also rules out any path traversal.
const ACME_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** The key authorization stored for `token` in `webroot`; undefined (404) for anything else. */
export async function acmeChallenge(webroot: string | undefined, token: string | undefined): Promise<string | undefined> {
  if (webroot === undefined || token === undefined || !ACME_TOKEN.test(token)) return undefined;
  try {
    return await readFile(join(webroot, ACME_PREFIX, token), 'utf8');
  } catch {
    return undefined; // Unknown token.
  }
}
