// The Parapet stack on GET /api/hello, behind a (simulated) TLS-terminating
// proxy on loopback: trustProxy + httpsRedirect + hsts + securityHeaders +
// requestLogger (scrubbed, to a file) + mutualAuth.
//   MUTUAL=none       no mutualAuth (compare with the peer stack without koa-jwt)
//   MUTUAL=amortised  one reusable caller token, verification cached
//   MUTUAL=bound      a fresh single-use, request-bound token per request and a
//                     signed response (EdDSA); tokens are signed before the
//                     measured window and handed to the load generator in a file
import Koa from 'koa';
import Router from '@koa/router';
import pino from 'pino';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hsts, httpsRedirect, securityHeaders, trustProxy } from '@parapet/https';
import { createScrubber, requestLogger } from '@parapet/log-scrubber';
import { allowCallers, createMutualClient, exportPublicJwks, generateCallerKey, mutualAuth } from '@parapet/mutual-jwt';
import { listen } from './listen.mjs';
import { logDestination } from './log-destination.mjs';
import { mutualSetup, signedHeaders } from './tokens.mjs';

const mode = process.env.MUTUAL ?? 'none';
const tmp = process.env.BENCH_TMP;
// requestLogger scrubs each record itself, so the pino logger under it is a plain one.
const scrubber = createScrubber({ keys: [{ id: 'k1', secret: randomBytes(32) }] });
const logger = pino(logDestination('parapet'));

const app = new Koa();
// STACK=mutual-only: bare Koa + mutualAuth, the like-for-like comparison with
// the raw crypto bound server (which has no other middleware either).
if (process.env.STACK !== 'mutual-only') {
  app.use(trustProxy({ trustedProxies: ['loopback'] }));
  app.use(httpsRedirect({ canonicalHost: '127.0.0.1' }));
  app.use(hsts());
  app.use(securityHeaders({ hsts: false }));
  app.use(requestLogger({ logger, scrubber }));
}

const request = { headers: { 'x-forwarded-proto': 'https' } };
const router = new Router();
if (mode === 'none') {
  router.get('/api/hello', (ctx) => {
    ctx.body = { hello: 'world' };
  });
} else {
  const { options, client } = await mutualSetup({ generateCallerKey, exportPublicJwks }, mode === 'bound' ? 'request-bound' : 'amortised');
  app.use(mutualAuth(options));
  router.get('/api/hello', allowCallers('billing'), (ctx) => {
    ctx.body = { hello: 'world' };
  });
  if (mode === 'bound') {
    const file = join(tmp, `tokens-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(await signedHeaders(createMutualClient, client, '/api/hello', Number(process.env.BENCH_TOKENS ?? 60_000))));
    request.headersFile = file;
  } else {
    const [headers] = await signedHeaders(createMutualClient, { ...client, mode: 'amortised' }, '/api/hello', 1);
    Object.assign(request.headers, headers);
  }
}
app.use(router.routes());
listen(app, request);
