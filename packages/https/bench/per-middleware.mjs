// Where the per-request time of the @parapet/https stack goes: the stack is
// built up one middleware at a time, each step timed in the same run
// (real IncomingMessage/ServerResponse and Koa context, no sockets).
//
//   npm run build && node bench/per-middleware.mjs     (BENCH_TIME_MS=3000 for steadier numbers)
//   HTTPS_DIST_BEFORE=/abs/path/to/saved/dist/index.js node bench/per-middleware.mjs
//     adds the full stack from a saved earlier build, timed in the same run.
import { Bench } from 'tinybench';
import { hsts, httpsRedirect, securityHeaders, trustProxy } from '../dist/index.js';
import { appWith, driver } from './in-process.mjs';

const TIME = Number(process.env.BENCH_TIME_MS ?? 1500);
const steps = [
  ['bare Koa', []],
  ['+ trustProxy', [trustProxy({ trustedProxies: ['loopback'] })]],
  ['+ httpsRedirect', [trustProxy({ trustedProxies: ['loopback'] }), httpsRedirect({ canonicalHost: 'example.com' })]],
  ['+ hsts', [trustProxy({ trustedProxies: ['loopback'] }), httpsRedirect({ canonicalHost: 'example.com' }), hsts()]],
  [
    '+ securityHeaders({ hsts: false })',
    [trustProxy({ trustedProxies: ['loopback'] }), httpsRedirect({ canonicalHost: 'example.com' }), hsts(), securityHeaders({ hsts: false })],
  ],
];

const driverFor = (middlewares) =>
  driver(appWith(middlewares, { hello: 'world' }), { host: 'example.com', 'x-forwarded-proto': 'https' }, '/api/hello');

if (process.env.HTTPS_DIST_BEFORE) {
  const before = await import(process.env.HTTPS_DIST_BEFORE);
  steps.push([
    'full stack, previous build',
    [
      before.trustProxy({ trustedProxies: ['loopback'] }),
      before.httpsRedirect({ canonicalHost: 'example.com' }),
      before.hsts(),
      before.securityHeaders({ hsts: false }),
    ],
  ]);
}

const bench = new Bench({ name: 'stack built up one middleware at a time', time: TIME, warmupTime: 500 });
for (const [name, middlewares] of steps) {
  const run = driverFor(middlewares);
  if ((await run()) !== 200) throw new Error(`${name}: not 200`);
  bench.add(name, run);
}
await bench.run();
let previous;
for (const task of bench.tasks) {
  const ns = 1e9 / task.result.throughput.mean; // throughput is in operations per second
  const delta = previous === undefined || task.name.startsWith('full stack') ? '' : `  (+${(ns - previous).toFixed(0)} ns)`;
  console.log(`${task.name.padEnd(40)} ${ns.toFixed(0).padStart(6)} ns/request${delta}`);
  previous = ns;
}
