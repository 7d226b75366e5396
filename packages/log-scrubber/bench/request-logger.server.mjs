// One benchmark server (spawned by request-logger.bench.mjs): Koa + router on GET /api/hello with
// the request logger chosen by LOGGER, writing to a file through the same pino destination.
//   LOGGER=none            bare Koa + router (baseline)
//   LOGGER=parapet         requestLogger() of this package (scrubbed)
//   LOGGER=koa-pino-logger koa-pino-logger (pino-http: every header, nothing scrubbed)
//   LOGGER_MODULE=<path>   optional: another build of this package (A/B of two versions)
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Koa from 'koa';
import Router from '@koa/router';
import { pino } from 'pino';

const kind = process.env.LOGGER ?? 'none';
const destination = () => pino.destination({ dest: join(process.env.BENCH_TMP, `${kind}-${process.pid}.log`), sync: false });
const app = new Koa();
if (kind === 'parapet') {
  const mod = await import(process.env.LOGGER_MODULE ?? '../dist/index.js');
  const scrubber = mod.createScrubber({ keys: [{ id: 'k1', secret: randomBytes(32) }] });
  app.use(mod.requestLogger({ logger: pino(destination()), scrubber }));
} else if (kind === 'koa-pino-logger') {
  const { default: koaPinoLogger } = await import('koa-pino-logger');
  app.use(koaPinoLogger({}, destination()));
}
const router = new Router();
router.get('/api/hello', (ctx) => {
  ctx.body = { hello: 'world' };
});
app.use(router.routes());
const server = createServer(app.callback());
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('READY\n'));
process.on('message', (m) => {
  if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
