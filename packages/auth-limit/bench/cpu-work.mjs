// CPU work per login attempt, counted in user-space instructions by `perf stat`
// (Linux), which other jobs on a shared machine do not disturb the way they
// disturb time. Each variant runs [limiter, 401 handler] in process on real
// Koa contexts (IncomingMessage/ServerResponse, no socket I/O): once with N
// attempts and once with 2N; the difference / N removes start-up and JIT
// warm-up. Redis variants keep 32 attempts in flight on one ioredis client.
//   node bench/cpu-work.mjs             (needs `perf`, Redis at 127.0.0.1:6379, `npm run build`)
//   CPU_WORK_N=100000 CPU_WORK_REPEAT=3 node bench/cpu-work.mjs
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { getTransport } from '@parapet/https';
import { Redis } from 'ioredis';
import Koa from 'koa';
import compose from 'koa-compose';
import ratelimit from 'koa-ratelimit';
import { authLimit, MemoryStore, RedisStore } from '../dist/index.js';
import { fakeContext } from './fake-context.mjs';

const VARIANTS = ['bare memory', 'authLimit memory', 'koa-ratelimit memory', 'authLimit redis', 'koa-ratelimit redis'];

async function worker(variant, n) {
  const [limiter, store] = variant.split(' ');
  const HUGE = 1_000_000_000; // never refuse: measure the full check-and-record path
  const prefix = `bench:cpu-work:${process.pid}:`;
  const redis = store === 'redis' ? new Redis({ enableOfflineQueue: false, lazyConnect: true }) : undefined;
  await redis?.connect();
  const handler = (ctx) => {
    ctx.status = 401;
    ctx.body = { error: 'invalid credentials' };
  };
  const limits = Object.fromEntries(['accountClient', 'account', 'clientFailures', 'clientRequests'].map((k) => [k, { limit: HUGE, window: 3600 }]));
  const middleware = {
    bare: () => [],
    // storeTimeout raised so a stalled shared machine never swaps Redis for the memory fallback mid-count.
    authLimit: () => [
      authLimit({
        secret: randomBytes(32),
        purpose: 'login', // device cookies on (the default)
        account: (ctx) => ctx.request.body?.username,
        limits,
        storeTimeout: 10_000,
        store: redis ? new RedisStore({ client: redis, prefix }) : new MemoryStore(),
      }),
    ],
    'koa-ratelimit': () => [
      ratelimit({ driver: store, db: redis ?? new Map(), id: (ctx) => getTransport(ctx).clientIp, max: HUGE, duration: 3_600_000, namespace: `${prefix}krl` }),
    ],
  }[limiter]();
  const run = compose([...middleware, handler]);
  const app = new Koa();
  const contexts = Array.from({ length: 2000 }, () =>
    fakeContext(app, { ip: '203.0.113.7', body: { username: 'alice@example.com', password: 'wrong' } }),
  );
  for (let done = 0; done < n; done += contexts.length) {
    if (!redis) {
      for (const ctx of contexts) await run(ctx);
    } else {
      let next = 0;
      await Promise.all(Array.from({ length: 32 }, async () => { while (next < contexts.length) await run(contexts[next++]); }));
    }
  }
  if (contexts[0].status !== 401) throw new Error(`unexpected status ${contexts[0].status}`);
  if (redis) {
    // SCAN, never KEYS: this Redis is shared.
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 1000 })) if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  }
}

function instructions(variant, n) {
  const result = spawnSync('perf', ['stat', '-x,', '-e', 'instructions:u', process.execPath, fileURLToPath(import.meta.url)], {
    env: { ...process.env, CPU_WORK_VARIANT: variant, CPU_WORK_COUNT: String(n) },
    encoding: 'utf8',
  });
  const line = result.stderr.split('\n').find((l) => l.includes('instructions'));
  if (result.status !== 0 || line === undefined) throw new Error(`perf stat failed for ${variant}: ${result.stderr}`);
  return Number(line.split(',')[0]);
}

if (process.env.CPU_WORK_VARIANT) {
  await worker(process.env.CPU_WORK_VARIANT, Number(process.env.CPU_WORK_COUNT));
} else {
  const n = Number(process.env.CPU_WORK_N ?? 100_000);
  const repeat = Number(process.env.CPU_WORK_REPEAT ?? 3);
  const samples = new Map(VARIANTS.map((v) => [v, []]));
  for (let r = 0; r < repeat; r++) {
    for (const variant of VARIANTS) {
      const perAttempt = (instructions(variant, 2 * n) - instructions(variant, n)) / n;
      samples.get(variant).push(perAttempt);
      process.stderr.write(`round ${r + 1} ${variant.padEnd(22)} ${(perAttempt / 1000).toFixed(1)} k instructions / attempt\n`);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const m = Object.fromEntries([...samples].map(([v, xs]) => [v, median(xs)]));
  console.log('| variant | k instructions / attempt (median) | added vs bare |');
  console.log('|---|---:|---:|');
  for (const v of VARIANTS) console.log(`| ${v} | ${(m[v] / 1000).toFixed(1)} | ${((m[v] - m['bare memory']) / 1000).toFixed(1)} |`);
  for (const store of ['memory', 'redis']) {
    const ratio = m[`authLimit ${store}`] / m[`koa-ratelimit ${store}`];
    console.log(`authLimit / koa-ratelimit (${store}): ${ratio.toFixed(2)} (lower = authLimit does less work)`);
  }
}
