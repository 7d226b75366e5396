// The login route under attack: every attempt is a wrong password (401), the
// hot path a limiter must be cheap on. Limits are set out of reach so every
// request runs the full check-and-record path instead of the short 429 path.
//   LIMITER=authlimit|koaratelimit  STORE=memory|redis (Redis at $REDIS_URL)
import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import ratelimit from 'koa-ratelimit';
import { getTransport } from '@parapet/https';
import { authLimit, MemoryStore, RedisStore } from '@parapet/auth-limit';
import { listen } from './listen.mjs';

const limiter = process.env.LIMITER;
const store = process.env.STORE;
const HUGE = 1_000_000_000;
const prefix = `bench:${process.pid}:`;
let redis;
if (store === 'redis') {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { enableOfflineQueue: false, lazyConnect: true });
  await redis.connect();
}

const app = new Koa();
const router = new Router();
const middleware =
  limiter === 'authlimit'
    ? authLimit({
        secret: randomBytes(32),
        purpose: 'login', // device cookies on (the default)
        account: (ctx) => ctx.request.body?.username,
        limits: Object.fromEntries(['accountClient', 'account', 'clientFailures', 'clientRequests'].map((k) => [k, { limit: HUGE, window: 3600 }])),
        store: store === 'redis' ? new RedisStore({ client: redis, prefix }) : new MemoryStore(),
      })
    : ratelimit({
        // The correct koa-ratelimit setup: an explicit Map (without `db` the
        // memory driver limits nothing) and the client IP from trusted proxies only.
        driver: store,
        db: store === 'redis' ? redis : new Map(),
        id: (ctx) => getTransport(ctx).clientIp,
        max: HUGE,
        duration: 3_600_000,
        namespace: `${prefix}koa-ratelimit`,
      });
router.post('/login', bodyParser(), middleware, (ctx) => {
  ctx.status = 401;
  ctx.body = { error: 'invalid credentials' };
});
app.use(router.routes());
// Registered before listen() so it replaces listen's default SIGTERM handler.
process.on('SIGTERM', async () => {
  if (redis) {
    // SCAN, never KEYS: the Redis may be shared.
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 1000 })) if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
  process.exit(0);
});
listen(app, {});
