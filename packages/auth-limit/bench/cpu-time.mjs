// CPU time per login attempt, in process, for machines without hardware
// performance counters (where `bench/cpu-work.mjs` cannot use perf):
// [limiter, 401 handler] on real Koa contexts (no socket I/O), variants
// interleaved over rounds, median of process.cpuUsage() per attempt.
//   node bench/cpu-time.mjs      CPU_TIME_N=50000 CPU_TIME_ROUNDS=7; Redis at 127.0.0.1:6379 (own key prefix, SCAN cleanup)
import { randomBytes, randomUUID } from 'node:crypto';
import { getTransport } from '@parapet/https';
import { Redis } from 'ioredis';
import Koa from 'koa';
import compose from 'koa-compose';
import ratelimit from 'koa-ratelimit';
import { authLimit, MemoryStore, RedisStore } from '../dist/index.js';
import { fakeContext } from './fake-context.mjs';

const N = Number(process.env.CPU_TIME_N ?? 50_000);
const ROUNDS = Number(process.env.CPU_TIME_ROUNDS ?? 7);
const HUGE = 1_000_000_000;
const limits = Object.fromEntries(['accountClient', 'account', 'clientFailures', 'clientRequests'].map((k) => [k, { limit: HUGE, window: 3600 }]));
const prefix = `bench:cpu-time:${randomUUID()}:`;
const redis = new Redis({ host: '127.0.0.1', port: 6379, enableOfflineQueue: false, lazyConnect: true });
await redis.connect();

function limiter(kind, store) {
  if (kind === 'koa-ratelimit') {
    return ratelimit({ driver: store, db: store === 'redis' ? redis : new Map(), id: (ctx) => getTransport(ctx).clientIp, max: HUGE, duration: 3_600_000, namespace: `${prefix}krl` });
  }
  return authLimit({
    secret: randomBytes(32),
    purpose: 'login',
    account: (ctx) => ctx.request.body?.username,
    limits,
    deviceCookie: { limit: HUGE },
    storeTimeout: 10_000, // a stalled shared machine must not swap Redis for the fallback mid-count
    store: store === 'redis' ? new RedisStore({ client: redis, prefix }) : new MemoryStore(),
  });
}

const handler = (ctx) => {
  const ok = ctx.request.body?.password === 'right';
  ctx.status = ok ? 200 : 401;
  ctx.body = ok ? { ok } : { error: 'invalid credentials' };
};

function context(app, cookie, password = 'wrong') {
  return fakeContext(app, { ip: '203.0.113.7', headers: cookie ? { cookie } : {}, body: { username: 'alice@example.com', password } });
}

async function variant(name) {
  const [kind, store, withCookie] = name.split(' ');
  const app = new Koa();
  const run = compose([limiter(kind, store), handler]);
  let cookie;
  if (withCookie === 'device') {
    const login = context(app, undefined, 'right');
    await run(login);
    cookie = String(login.response.get('Set-Cookie')).split(';')[0];
  }
  const contexts = Array.from({ length: 1000 }, () => context(app, cookie));
  return async (n) => {
    for (let done = 0; done < n; done += contexts.length) {
      let next = 0;
      const lanes = store === 'redis' ? 32 : 1;
      await Promise.all(Array.from({ length: lanes }, async () => { while (next < contexts.length) await run(contexts[next++]); }));
    }
    if (contexts[0].status !== 401) throw new Error(`${name}: unexpected status ${contexts[0].status}`);
  };
}

const NAMES = ['authLimit memory', 'authLimit memory device', 'koa-ratelimit memory', 'authLimit redis', 'authLimit redis device', 'koa-ratelimit redis'];
const runs = new Map();
for (const name of NAMES) {
  const run = await variant(name);
  await run(5000); // JIT warm-up
  runs.set(name, run);
}
const samples = new Map(NAMES.map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const name of NAMES) {
    const before = process.cpuUsage();
    await runs.get(name)(N);
    const used = process.cpuUsage(before);
    samples.get(name).push((used.user + used.system) / N);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const m = Object.fromEntries([...samples].map(([name, xs]) => [name, median(xs)]));
console.log(`node ${process.version}, ${ROUNDS} rounds × ${N} attempts, app-process CPU µs per attempt (median); Redis CPU not included`);
console.log('| variant | CPU µs / attempt |\n|---|---:|');
for (const name of NAMES) console.log(`| ${name} | ${m[name].toFixed(2)} |`);
for (const store of ['memory', 'redis']) {
  for (const suffix of ['', ' device']) {
    console.log(`koa-ratelimit / authLimit ${store}${suffix}: ${(m[`koa-ratelimit ${store}`] / m[`authLimit ${store}${suffix}`]).toFixed(2)} (higher = authLimit cheaper)`);
  }
}
for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 1000 })) if (keys.length > 0) await redis.del(...keys);
redis.disconnect();
