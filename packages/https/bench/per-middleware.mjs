// Where the per-request time of the @parapet/https stack goes: the stack is
// built up one middleware at a time, each step timed in the same run
// (real IncomingMessage/ServerResponse and Koa context, no sockets).
//
//   npm run build && node bench/per-middleware.mjs     (BENCH_TIME_MS=3000 for steadier numbers)
//   HTTPS_DIST_BEFORE=/abs/path/to/saved/dist/index.js node bench/per-middleware.mjs
//     adds the full stack from a saved earlier build, timed in the same run.
import { IncomingMessage, ServerResponse } from 'node:http';
import Koa from 'koa';
import { Bench } from 'tinybench';
import { hsts, httpsRedirect, securityHeaders, trustProxy } from '../dist/index.js';

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

function driver(middlewares) {
  const app = new Koa();
  app.silent = true;
  for (const mw of middlewares) app.use(mw);
  app.use((ctx) => {
    ctx.body = { hello: 'world' };
  });
  const fn = app.callback();
  const socket = { remoteAddress: '127.0.0.1', encrypted: false, readableHighWaterMark: 16384 };
  const rawHeaders = ['Host', 'example.com', 'X-Forwarded-Proto', 'https'];
  return () => {
    const req = new IncomingMessage(socket);
    req.method = 'GET';
    req.url = '/api/hello';
    req.httpVersion = '1.1';
    req.headers = { host: 'example.com', 'x-forwarded-proto': 'https' };
    req.rawHeaders = rawHeaders;
    const res = new ServerResponse(req);
    return new Promise((resolve) => {
      res.end = function end() {
        resolve(this.statusCode);
        return this;
      };
      fn(req, res);
    });
  };
}

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
  const run = driver(middlewares);
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
