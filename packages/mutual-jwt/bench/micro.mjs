// In-process cost of amortised mutualAuth over bare Koa: a Koa context and the composed
// middleware per iteration, no socket, no HTTP parser, no load generator. The difference is
// what the middleware itself adds per request (an HTTP run adds noise, not cost).
// Usage: node bench/micro.mjs [iterations per round]   (after a build)
import Koa from 'koa';
import compose from 'koa-compose';
import { IncomingMessage, ServerResponse } from 'node:http';
import { allowCallers, mutualAuth } from '../dist/index.js';
import { benchKeys } from './keys.mjs';

const iterations = Number(process.argv[2] ?? 50_000);
const rounds = 7;
const path = '/api/orders?limit=5';
const { keysForServer: keys, sign } = await benchKeys('ES256');
const token = await sign({}, 'mutual-amortised-v2+jwt', 60);

function stack(scenario) {
  const middleware = [];
  if (scenario === 'amortised') {
    middleware.push(mutualAuth({ audience: 'orders', callers: { billing: { jwks: keys.callerJwks } }, mode: 'amortised' }));
    middleware.push(allowCallers('billing'));
  }
  middleware.push((ctx) => {
    ctx.body = { orders: [1, 2, 3] };
  });
  return { app: new Koa(), handle: compose(middleware) };
}

function incoming() {
  const req = new IncomingMessage(null);
  req.method = 'GET';
  req.url = path;
  req.rawHeaders = ['Host', '127.0.0.1:3000', 'Authorization', `Bearer ${token}`, 'Connection', 'keep-alive'];
  return { req, res: new ServerResponse(req) };
}

async function round(scenario) {
  const { app, handle } = stack(scenario);
  const once = async () => {
    const { req, res } = incoming();
    const ctx = app.createContext(req, res);
    await handle(ctx);
    if (ctx.status !== 200) throw new Error(`${scenario}: ${ctx.status} ${ctx.body}`);
  };
  for (let i = 0; i < 20_000; i++) await once();
  // Process CPU time rather than wall time: a busy neighbour delays the loop but does not add to this.
  const before = process.cpuUsage();
  for (let i = 0; i < iterations; i++) await once();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / iterations;
}

const results = { bare: [], amortised: [] };
for (let r = 0; r < rounds; r++) for (const scenario of ['bare', 'amortised']) results[scenario].push(await round(scenario));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const bare = median(results.bare);
const amortised = median(results.amortised);
console.log(`${iterations} iterations × ${rounds} rounds (medians), CPU µs/request: bare Koa ${bare.toFixed(3)}, amortised ${amortised.toFixed(3)}, added ${(amortised - bare).toFixed(3)}`);
