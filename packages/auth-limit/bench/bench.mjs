// Side-by-side benchmark: bare Koa, authLimit (memory, Redis; requests
// without a cookie, and with a valid device cookie) and koa-ratelimit
// (memory with a Map, Redis), each a POST /login with a wrong password
// answered 401. Also counts Redis commands per attempt on a
// dedicated redis-server (INFO commandstats). Run: npm run bench
import { spawn, fork } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';

const DURATION = Number(process.env.BENCH_SECONDS ?? 3);
// Variants are interleaved over several rounds and the median kept: the
// machine is shared, and a neighbour's burst should not decide a ratio.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
// BENCH_VARIANTS=a,b,... runs a subset (bare and both stores' pairs are needed for the ratios).
const VARIANTS = process.env.BENCH_VARIANTS?.split(',') ?? [
  'bare',
  'authLimit-memory',
  'authLimit-device-memory',
  'koa-ratelimit-memory',
  'authLimit-redis',
  'authLimit-device-redis',
  'koa-ratelimit-redis',
];
const SERVER = new URL('./server.mjs', import.meta.url);

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

async function startRedis(port) {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const admin = new Redis({ port, host: '127.0.0.1', lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
  admin.on('error', () => {});
  for (let i = 0; i < 100; i++) {
    try {
      await admin.connect();
      return { child, admin };
    } catch {
      await sleep(50);
    }
  }
  throw new Error('redis-server did not start');
}

async function commandStats(admin) {
  const stats = {};
  for (const [, name, calls] of (await admin.info('commandstats')).matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) stats[name] = Number(calls);
  return stats;
}

async function serverCpu(child) {
  child.send('cpu');
  const [{ cpu }] = await once(child, 'message');
  return cpu.user + cpu.system; // µs
}

async function redisCpu(admin) {
  const info = await admin.info('cpu');
  const read = (name) => Number(info.match(new RegExp(`^${name}:([\\d.]+)`, 'm'))[1]);
  return (read('used_cpu_user') + read('used_cpu_sys')) * 1e6; // µs
}

async function run(variant, redisPort, admin) {
  const child = fork(SERVER, [variant, String(redisPort)], { stdio: 'inherit' });
  const [{ port, cookie }] = await once(child, 'message');
  const opts = {
    url: `http://127.0.0.1:${port}/login`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie === undefined ? {} : { cookie }) },
    body: JSON.stringify({ user: 'bench@example.com', password: 'wrong' }),
    connections: CONNECTIONS,
  };
  // Same start for every run: koa-ratelimit's Redis sliding log keeps one
  // sorted-set member per request for the whole window.
  await admin.flushall();
  await autocannon({ ...opts, duration: 1 }); // warm-up (JIT, script load)
  await admin.config('RESETSTAT');
  const cpuBefore = await serverCpu(child);
  const redisBefore = await redisCpu(admin);
  const result = await autocannon({ ...opts, duration: DURATION });
  const cpuAfter = await serverCpu(child);
  const redisAfter = await redisCpu(admin);
  const stats = await commandStats(admin);
  child.kill();
  await once(child, 'exit');
  const requests = result.requests.total;
  const scripts = (stats.evalsha ?? 0) + (stats.eval ?? 0);
  return {
    variant,
    rps: result.requests.average,
    cpuPerRequest: (cpuAfter - cpuBefore) / requests,
    redisCpuPerRequest: variant.includes('redis') ? (redisAfter - redisBefore) / requests : undefined,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    roundTrips: variant.includes('redis') ? scripts / requests : undefined,
  };
}

const redisPort = await freePort();
const { child: redis, admin } = await startRedis(redisPort);
const samples = new Map(VARIANTS.map((variant) => [variant, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const variant of VARIANTS) samples.get(variant).push(await run(variant, redisPort, admin));
  }
} finally {
  admin.disconnect();
  redis.kill('SIGKILL');
}

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = VARIANTS.map((variant) => {
  const runs = samples.get(variant);
  return {
    variant,
    rps: median(runs.map((r) => r.rps)),
    p99: median(runs.map((r) => r.p99)),
    cpu: median(runs.map((r) => r.cpuPerRequest)),
    redisCpu: runs[0].redisCpuPerRequest === undefined ? undefined : median(runs.map((r) => r.redisCpuPerRequest)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    roundTrips: runs[0].roundTrips === undefined ? undefined : median(runs.map((r) => r.roundTrips)),
  };
});
const by = Object.fromEntries(rows.map((row) => [row.variant, row]));
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(`\nnode ${process.version}, ${ROUNDS} rounds × ${DURATION} s per variant (median), ${CONNECTIONS} connections, POST /login → 401\n`);
console.log('| variant | req/s | p99 ms | req/s vs bare | app CPU µs/request | added app CPU µs vs bare | Redis CPU µs/request | Redis round trips / attempt |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.variant} | ${fmt(row.rps)} | ${row.p99} | ${by.bare ? fmt(row.rps / by.bare.rps, 2) : '—'} | ${fmt(row.cpu, 1)} | ${by.bare ? fmt(row.cpu - by.bare.cpu, 1) : '—'} | ${row.redisCpu === undefined ? '—' : fmt(row.redisCpu, 1)} | ${row.roundTrips === undefined ? '—' : fmt(row.roundTrips, 3)} |`,
  );
}
const total = (row) => row.cpu + (row.redisCpu ?? 0);
console.log(`\nauthLimit / koa-ratelimit (higher = authLimit faster):`);
for (const kind of ['', 'device-']) {
  for (const store of ['memory', 'redis']) {
    const ours = by[`authLimit-${kind}${store}`];
    const theirs = by[`koa-ratelimit-${store}`];
    if (ours === undefined || theirs === undefined) continue;
    const label = `${kind === '' ? 'no cookie' : 'device cookie'}, ${store}`;
    console.log(`  ${label}: req/s ${fmt(ours.rps / theirs.rps, 2)}, CPU per request${store === 'redis' ? ' (app + Redis)' : ''} ${fmt(total(theirs) / total(ours), 2)}`);
  }
}
const bad = rows.filter((row) => row.errors > 0);
if (bad.length > 0) console.log(`errors/timeouts: ${bad.map((row) => `${row.variant}=${row.errors}`).join(', ')}`);
