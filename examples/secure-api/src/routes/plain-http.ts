/** Koa routes of the plain-HTTP listener besides redirects: GET /healthz and ACME challenges (see `acmeChallenge`). */
import Router from '@koa/router';
import { ACME_PREFIX, acmeChallenge, HEALTH_BODY, HEALTH_PATH } from '@parapet/example-shared';

export { HEALTH_PATH };

/** GET /healthz: 200 while the process serves requests. */
export function healthRouter(): Router {
  const router = new Router();
  router.get(HEALTH_PATH, (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = HEALTH_BODY;
  });
  return router;
}

/** ACME challenges from `<webroot>/.well-known/acme-challenge/<token>`; 404 when no webroot is configured. */
export function acmeRouter(webroot: string | undefined): Router {
  const router = new Router();
  router.get(`${ACME_PREFIX}:token`, async (ctx) => {
    const challenge = await acmeChallenge(webroot, ctx.params.token);
    if (challenge === undefined) return; // 404
    ctx.body = challenge;
    ctx.type = 'text/plain';
  });
  return router;
}
