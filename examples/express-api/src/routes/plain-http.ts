/** Express routes of the plain-HTTP listener besides redirects: GET /healthz and ACME challenges (see `acmeChallenge`). */
import { ACME_PREFIX, acmeChallenge, HEALTH_BODY, HEALTH_PATH } from '@parapet/example-shared';
import { Router } from 'express';

/** GET /healthz: 200 while the process serves requests. */
export function healthRouter(): Router {
  return Router().get(HEALTH_PATH, (_req, res) => {
    res.set('Cache-Control', 'no-store').json(HEALTH_BODY);
  });
}

/** ACME challenges from `<webroot>/.well-known/acme-challenge/<token>`; 404 when no webroot is configured. */
export function acmeRouter(webroot: string | undefined): Router {
  return Router().get(`${ACME_PREFIX}:token`, async (req, res, next) => {
    const challenge = await acmeChallenge(webroot, req.params.token);
    if (challenge === undefined) return next(); // 404
    res.type('text/plain').send(challenge);
  });
}
