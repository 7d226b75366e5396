// The floor under any stack that does what the Parapet stack does on
// GET /api/hello, with none of its checks: bare Koa that sets the same 12
// security headers (HSTS included) as constant strings and writes one plain
// pino line per request (same fields, nothing scrubbed, same destination).
// The gap between this and bare Koa is the cost of the policy itself
// (headers on the wire, a log line per request), not of any middleware.
import Koa from 'koa';
import Router from '@koa/router';
import pino from 'pino';
import { randomUUID } from 'node:crypto';
import { compileSecurityHeaders, hstsHeaderValue } from '@parapet/https';
import { listen } from './listen.mjs';
import { logDestination } from './log-destination.mjs';

// The exact header set the Parapet stack sends (taken once from the package
// at start-up), set here as constant strings with nothing else around them.
const HEADERS = [
  ...Object.entries(compileSecurityHeaders().headers.set),
  ['strict-transport-security', hstsHeaderValue()],
];
const logger = pino(logDestination('floor'));

const app = new Koa();
app.use(async (ctx, next) => {
  const started = performance.now();
  const reqId = randomUUID();
  for (const [name, value] of HEADERS) ctx.res.setHeader(name, value);
  ctx.res.setHeader('x-request-id', reqId);
  await next();
  logger.info(
    {
      reqId,
      req: { method: ctx.method, path: ctx.path, headers: { 'user-agent': ctx.req.headers['user-agent'] } },
      res: { status: ctx.status, size: ctx.length },
      durationMs: performance.now() - started,
      clientIp: ctx.req.socket.remoteAddress,
    },
    'request completed',
  );
});
const router = new Router();
router.get('/api/hello', (ctx) => {
  ctx.body = { hello: 'world' };
});
app.use(router.routes());
listen(app, { headers: { 'x-forwarded-proto': 'https' } });
