/**
 * What the plain-HTTP listener serves besides redirects: GET /healthz for
 * load balancers and ACME HTTP-01 challenges (RFC 8555 §8.3) from a
 * certbot-style webroot. httpsRedirect() exempts exactly these paths.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Router from '@koa/router';

export const HEALTH_PATH = '/healthz';
const ACME_PREFIX = '/.well-known/acme-challenge/';
// RFC 8555 §8.1: a token is base64url; this also rules out any path traversal.
const ACME_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** GET /healthz: 200 while the process serves requests. */
export function healthRouter(): Router {
  const router = new Router();
  router.get(HEALTH_PATH, (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { status: 'ok' };
  });
  return router;
}

/** ACME challenges from `<webroot>/.well-known/acme-challenge/<token>`; 404 when no webroot is configured. */
export function acmeRouter(webroot: string | undefined): Router {
  const router = new Router();
  router.get(`${ACME_PREFIX}:token`, async (ctx) => {
    const token = ctx.params.token ?? '';
    if (webroot === undefined || !ACME_TOKEN.test(token)) return; // 404
    try {
      ctx.body = await readFile(join(webroot, ACME_PREFIX, token), 'utf8');
      ctx.type = 'text/plain';
    } catch {
      // Unknown token: 404.
    }
  });
  return router;
}
