// The @parapet/https part of the root "Parapet stack without mutualAuth"
// (trustProxy + httpsRedirect + hsts + securityHeaders, no requestLogger), as a
// server for the root harness: BENCH_SCENARIOS=$PWD/bench/root-scenarios.mjs node ../../bench/run.mjs
import Koa from 'koa';
import Router from '@koa/router';
// HTTPS_DIST=/abs/path/to/index.js runs another build (e.g. a saved copy of the previous dist) for before/after runs.
const { hsts, httpsRedirect, securityHeaders, trustProxy } = await import(process.env.HTTPS_DIST ?? '@parapet/https');
import { listen } from '../../../bench/servers/listen.mjs';

const app = new Koa();
app.use(trustProxy({ trustedProxies: ['loopback'] }));
app.use(httpsRedirect({ canonicalHost: '127.0.0.1' }));
app.use(hsts());
app.use(securityHeaders({ hsts: false }));
const router = new Router();
router.get('/api/hello', (ctx) => {
  ctx.body = { hello: 'world' };
});
app.use(router.routes());
listen(app, { headers: { 'x-forwarded-proto': 'https' } });
