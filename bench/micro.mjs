#!/usr/bin/env node
// Micro-benchmarks of the hot functions, one tinybench suite (run with
// `npm run bench:micro`): the redirect decision, trusted-proxy resolution, the
// scrub of a typical request record, the login limiter's check (memory store),
// and a mutualAuth token verification served from the amortised cache.
// Each is shown with what it replaces where a like-for-like peer exists.
import { Bench } from 'tinybench';
import { randomBytes } from 'node:crypto';
import { createRedirectPolicy, createTransportResolver } from '@parapet/https';
import { createScrubber } from '@parapet/log-scrubber';
import { authLimitCheck, amortisedVerify } from './micro-targets.mjs';

const bench = new Bench({ time: Number(process.env.BENCH_TIME_MS ?? 1000), warmupTime: 200 });

// --- @parapet/https -------------------------------------------------------
const resolveTransport = createTransportResolver({ trustedProxies: ['10.0.0.0/8'] });
const socketReq = (headers, remoteAddress = '10.0.0.2') => ({ headers, socket: { remoteAddress, encrypted: false }, url: '/orders?id=7', method: 'GET' });
const viaProxy = socketReq({ host: 'api.example.com', forwarded: 'for=203.0.113.9;proto=https;host=api.example.com' });
const plain = socketReq({ host: 'api.example.com' }, '198.51.100.4');
const decide = createRedirectPolicy({ canonicalHost: 'api.example.com' });
const plainTransport = resolveTransport(plain);
bench.add('https: resolve transport (trusted proxy, Forwarded)', () => resolveTransport(viaProxy));
bench.add('https: redirect decision (plain HTTP GET)', () => decide({ method: 'GET', url: '/orders?id=7', transport: plainTransport }));

// --- @parapet/log-scrubber --------------------------------------------------
const scrubber = createScrubber({ keys: [{ id: 'k1', secret: randomBytes(32) }] });
const record = {
  level: 30,
  time: 1795300000000,
  reqId: 'f3b1c2d4-5e6f-4a8b-9c0d-1e2f3a4b5c6d',
  req: {
    method: 'POST',
    path: '/api/orders',
    query: 'limit=5&access_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
    headers: { 'user-agent': 'curl/8.5.0', authorization: 'Bearer abc.def.ghi', 'content-type': 'application/json' },
  },
  clientIp: '203.0.113.9',
  user: { email: 'alice@example.com' },
  res: { status: 201, size: 87 },
  durationMs: 3.25,
  msg: 'order created for alice@example.com',
};
bench.add('log-scrubber: scrub a typical request record', () => scrubber.scrub(record));

// --- @parapet/auth-limit and @parapet/mutual-jwt -----------------------------
bench.add('auth-limit: check + record one attempt (memory store)', await authLimitCheck());
bench.add('mutual-jwt: verify an amortised token (cache hit)', await amortisedVerify());

await bench.run();
console.table(
  bench.tasks.map((t) => ({
    task: t.name,
    'ops/s': Math.round(t.result.throughput.mean),
    'median ns': Math.round(t.result.latency.p50 * 1e6),
    'p99 ns': Math.round(t.result.latency.p99 * 1e6),
  })),
);
