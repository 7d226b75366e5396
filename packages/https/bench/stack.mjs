// Per-request cost of @parapet/https (trustProxy + httpsRedirect + hsts +
// securityHeaders) against koa-sslify + koa-helmet, measured in one run.
//
//   npm run build && npm run bench          (from packages/https)
//
// Each iteration builds a real Koa context around real node:http
// IncomingMessage/ServerResponse objects (no sockets, no network) and runs
// the composed middleware stack plus a trivial handler, so the numbers are
// the middleware cost, not the kernel's.
import helmet from 'koa-helmet';
import sslify from 'koa-sslify';
import { Bench } from 'tinybench';
import {
  createRedirectPolicy,
  createTransportResolver,
  hsts,
  httpsRedirect,
  securityHeaders,
  trustProxy,
} from '../dist/index.js';
import { appWith, driver, makeRequest } from './in-process.mjs';

const { default: enforceHttps, xForwardedProtoResolver } = sslify;
const TIME = Number(process.env.BENCH_TIME_MS ?? 1500);


const parapet = appWith([
  trustProxy({ trustedProxies: ['loopback'] }),
  httpsRedirect({ canonicalHost: 'example.com' }),
  hsts(),
  securityHeaders({ hsts: false }),
]);
// The same protection with HSTS from securityHeaders() (one middleware fewer).
const parapetCompact = appWith([
  trustProxy({ trustedProxies: ['loopback'] }),
  httpsRedirect({ canonicalHost: 'example.com' }),
  securityHeaders(),
]);
// koa-sslify's documented setup behind a proxy, and koa-helmet's defaults.
const baseline = appWith([enforceHttps({ resolver: xForwardedProtoResolver }), helmet()]);
const bare = appWith([]);



const SECURE = { host: 'example.com', 'x-forwarded-proto': 'https' };
const PLAIN = { host: 'example.com' };

// Sanity check: both stacks do the same job before we time them.
for (const [name, app] of [['parapet', parapet], ['parapet compact', parapetCompact], ['koa-sslify+koa-helmet', baseline]]) {
  const secure = await driver(app, SECURE)();
  const plain = await driver(app, PLAIN)();
  if (secure !== 200 || plain !== 301) throw new Error(`${name}: unexpected statuses ${secure}/${plain}`);
}

const stack = new Bench({ name: 'middleware stack, per request', time: TIME, warmupTime: 300 });
stack
  .add('bare Koa (reference)', driver(bare, SECURE))
  .add('parapet: HTTPS request (all headers)', driver(parapet, SECURE))
  .add('parapet (HSTS via securityHeaders): HTTPS request', driver(parapetCompact, SECURE))
  .add('koa-sslify+koa-helmet: HTTPS request', driver(baseline, SECURE))
  .add('parapet: HTTP GET → 301', driver(parapet, PLAIN))
  .add('koa-sslify+koa-helmet: HTTP GET → 301', driver(baseline, PLAIN));
await stack.run();

const decide = createRedirectPolicy({ canonicalHost: 'example.com', allowedHosts: ['www.example.com', '*.apps.example.com'] });
const resolve = createTransportResolver({ trustedProxies: ['10.0.0.0/8', 'loopback'] });
const transport = resolve(makeRequest({ host: 'www.example.com' }));
const chainReq = makeRequest({ host: 'example.com', forwarded: 'for=198.51.100.7;proto=https, for=10.1.1.1;proto=http' });
const micro = new Bench({ name: 'core functions', time: TIME, warmupTime: 300 });
micro
  .add('redirect decision (GET, allowlisted host)', () => decide({ method: 'GET', url: '/a?b=1', transport }))
  .add('transport resolution (2-hop Forwarded, trusted peer)', () => resolve(chainReq));
await micro.run();

const hz = (bench, name) => bench.tasks.find((t) => t.name === name).result.throughput.mean;
console.log(`# ${stack.name}  (Node ${process.version}, ${TIME} ms per task)`);
console.table(stack.table());
console.log(`# ${micro.name}`);
console.table(micro.table());
const ratio = (a, b) => (hz(stack, a) / hz(stack, b)).toFixed(2);
console.log(`HTTPS request: parapet is ${ratio('parapet: HTTPS request (all headers)', 'koa-sslify+koa-helmet: HTTPS request')}x the throughput of koa-sslify+koa-helmet`);
console.log(`HTTPS request, HSTS via securityHeaders: ${ratio('parapet (HSTS via securityHeaders): HTTPS request', 'koa-sslify+koa-helmet: HTTPS request')}x`);
console.log(`HTTP redirect: parapet is ${ratio('parapet: HTTP GET → 301', 'koa-sslify+koa-helmet: HTTP GET → 301')}x the throughput of koa-sslify+koa-helmet`);
