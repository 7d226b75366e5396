// One benchmark server per process, so autocannon (in the parent) and the
// server under test do not share an event loop. Usage: node server.mjs <variant> <redisPort>
import { bodyParser } from '@koa/bodyparser';
import { getTransport } from '@parapet/https';
import { Redis } from 'ioredis';
import Koa from 'koa';
import compose from 'koa-compose';
import ratelimit from 'koa-ratelimit';
import { authLimit, MemoryStore, RedisStore } from '../dist/index.js';
import { fakeContext } from './fake-context.mjs';

const [variant, redisPort] = process.argv.slice(2);
const HUGE = 1_000_000_000; // never refuse: measure the full check-and-record path
// authLimit runs with its defaults otherwise: device cookies on (purpose 'login'), escalation on.
const secret = Buffer.from('bench-secret-0123456789abcdef0123456789');
const account = (ctx) => ctx.request.body?.user;
const limits = {
  accountClient: { limit: HUGE, window: 3600 },
  account: { limit: HUGE, window: 3600 },
  clientFailures: { limit: HUGE, window: 3600 },
  clientRequests: { limit: HUGE, window: 3600 },
};

async function redis() {
  const client = new Redis({ host: '127.0.0.1', port: Number(redisPort), enableOfflineQueue: false, lazyConnect: true });
  await client.connect();
  return client;
}

const app = new Koa();
app.use(bodyParser());
switch (variant) {
  case 'bare':
    break;
  case 'authLimit-memory':
    app.use(authLimit({ secret, purpose: 'login', account, limits, store: new MemoryStore() }));
    break;
  case 'authLimit-redis':
    app.use(authLimit({ secret, purpose: 'login', account, limits, store: new RedisStore({ client: await redis(), prefix: 'bench:auth-limit:' }) }));
    break;
  // The device-cookie path: every request carries a valid cookie for the account (minted at start-up).
  case 'authLimit-device-memory':
    app.use(authLimit({ secret, purpose: 'login', account, limits, deviceCookie: { limit: HUGE }, store: new MemoryStore() }));
    break;
  case 'authLimit-device-redis':
    app.use(
      authLimit({ secret, purpose: 'login', account, limits, deviceCookie: { limit: HUGE }, store: new RedisStore({ client: await redis(), prefix: 'bench:auth-limit:' }) }),
    );
    break;
  case 'koa-ratelimit-memory':
    // The memory driver needs an explicit Map (without `db` it limits nothing),
    // and `id` must be the client IP resolved through trusted proxies only.
    app.use(ratelimit({ driver: 'memory', db: new Map(), id: (ctx) => getTransport(ctx).clientIp, max: HUGE, duration: 3_600_000 }));
    break;
  case 'koa-ratelimit-redis':
    app.use(ratelimit({ driver: 'redis', db: await redis(), id: (ctx) => getTransport(ctx).clientIp, max: HUGE, duration: 3_600_000, namespace: 'bench:koa-ratelimit' }));
    break;
  default:
    throw new Error(`unknown variant ${variant}`);
}
app.use((ctx) => {
  // The one right password exists so the device variants can log in once at start-up.
  const ok = ctx.request.body?.password === 'bench-right-password';
  ctx.status = ok ? 200 : 401;
  ctx.body = ok ? { ok } : { error: 'invalid credentials' };
});

// The device variants log in once in process (no HTTP client in this process:
// undici's connection and module load would be measured too) and hand the cookie to the parent.
async function mintDeviceCookie() {
  const ctx = fakeContext(app, { ip: '127.0.0.1', body: { user: 'bench@example.com', password: 'bench-right-password' } });
  await compose(app.middleware.slice(1))(ctx); // after the body parser: the body is set above
  const cookie = String(ctx.response.get('Set-Cookie')).split(';')[0];
  if (!cookie.includes('=v2.')) throw new Error('no device cookie minted');
  return cookie;
}

const cookie = variant.startsWith('authLimit-device') ? await mintDeviceCookie() : undefined;
const server = app.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port, cookie }));
// CPU time is far less sensitive to a busy shared machine than req/s: the
// parent asks for it before and after each run.
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
// Exit cleanly (flushes --cpu-prof output when profiling a variant).
process.on('SIGTERM', () => process.exit(0));
