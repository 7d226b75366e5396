// Benchmarks @parapet/mutual-jwt against bare Koa, koa-jwt and the raw crypto bound, in one run.
// Usage: npm run bench
//   env: BENCH_SECONDS=4 BENCH_CONNECTIONS=16 BENCH_ALG=ES256 BENCH_ROUNDS=3 BENCH_TOKENS=50000
// Each round runs every scenario once, each HTTP server in its own process; ratios are computed
// within a round (against that round's bare Koa) and the median over rounds is reported, so a
// noisy neighbour on a shared machine skews one round, not the result.
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { jwtVerify, SignJWT } from 'jose';
import { benchKeys } from './keys.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const alg = process.env.BENCH_ALG ?? 'ES256';
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const requestTokenCount = Number(process.env.BENCH_TOKENS ?? 50_000);
const path = '/api/orders?limit=5';

const { caller, server, keysForServer, sign } = await benchKeys(alg);

async function presignRequestTokens(count) {
  const tokens = [];
  for (let i = 0; i < count; i++) tokens.push(await sign({ htm: 'GET', htu: path }, 'mutual-v2+jwt', 300));
  return tokens;
}

async function startServer(scenario) {
  const child = fork(fileURLToPath(new URL('./server.mjs', import.meta.url)), [scenario], { stdio: 'inherit' });
  child.send(keysForServer);
  const { port } = await new Promise((resolve) => child.once('message', resolve));
  return { child, url: `http://127.0.0.1:${port}${path}` };
}

function serverCpu(child) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send('cpu');
  });
}

async function load(scenario, authorizationOrFactory) {
  const { child, url } = await startServer(scenario);
  try {
    // Single-use tokens are signed once the server runs: an in-memory replay store refuses tokens
    // issued before it started (the restart rule), and signing stays outside the measured window.
    const authorization = typeof authorizationOrFactory === 'function' ? await authorizationOrFactory() : authorizationOrFactory;
    // Warm-up (JIT, key import, connections), then the measured run.
    await autocannon({ url, connections, duration: 1.5, ...authorization });
    const cpuBefore = await serverCpu(child);
    const result = await autocannon({ url, connections, duration: seconds, ...authorization });
    const cpuAfter = await serverCpu(child);
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${scenario}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    // Server CPU per request resists neighbour load better than req/s on a shared machine.
    const cpuMicros = cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system;
    return { rps: result.requests.average, cpuPerRequest: cpuMicros / result.requests.total };
  } finally {
    child.kill();
  }
}

/** The same Authorization header on every request (autocannon's static headers: no per-request work in the load generator). */
function fixedToken(token) {
  return { headers: { authorization: `Bearer ${token}` } };
}

/** A fresh pre-signed single-use token per request. */
function tokenStream(tokens) {
  let next = 0;
  const setupRequest = (r) => {
    if (next >= tokens.length) throw new Error('ran out of pre-signed tokens: raise BENCH_TOKENS');
    return { ...r, headers: { ...r.headers, authorization: `Bearer ${tokens[next++]}` } };
  };
  return { requests: [{ setupRequest }] };
}

/** The cost floor of request-bound mode on one core: jose verify of the caller token + jose sign of a response token, in a loop. */
async function rawCryptoBound(tokens) {
  const started = performance.now();
  let n = 0;
  for (const token of tokens) {
    await jwtVerify(token, caller.publicKey, { algorithms: [alg], audience: 'orders', issuer: 'billing' });
    await new SignJWT({ irt: 'x', sts: 200, bh: 'x', hdr: ['location', 'content-type', 'content-encoding', 'content-location', 'set-cookie', 'cache-control', 'www-authenticate', 'retry-after'], hh: 'x' }).setProtectedHeader({ alg, typ: 'mutual-response-v2+jwt', kid: server.kid }).setIssuedAt().setExpirationTime('60s').sign(server.privateKey);
    n++;
    if (performance.now() - started > seconds * 1000) break;
  }
  return (n * 1000) / (performance.now() - started);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// BENCH_ONLY=bare,amortised runs a subset (the ratios of absent scenarios print as NaN).
const only = process.env.BENCH_ONLY === undefined ? undefined : new Set(process.env.BENCH_ONLY.split(','));
const wanted = (name) => only === undefined || only.has(name);
const skipped = { rps: NaN, cpuPerRequest: NaN };

const runs = [];
for (let round = 0; round < rounds; round++) {
  // Tokens are signed per scenario once its server runs, outside the measured path: request tokens must be
  // <= 60 s old when used, amortised tokens live <= 60 s.
  const koaJwtToken = await sign({}, 'JWT', 300);
  const run = {};
  // Each mode runs right next to what it is compared with, so neighbour load drifts less between the two.
  // Bare Koa receives the same request (with the Authorization header); it just ignores it.
  const amortisedToken = () => sign({}, 'mutual-amortised-v2+jwt', 60).then(fixedToken);
  // Within each pair the order alternates between rounds, so a load trend favours neither side.
  const swap = round % 2 === 1;
  const bare = async () => (run.bare = !wanted('bare') ? skipped : await load('bare', amortisedToken));
  const amortised = async () => (run.amortised = !wanted('amortised') ? skipped : await load('amortised', amortisedToken));
  for (const step of swap ? [amortised, bare] : [bare, amortised]) await step();
  // Side by side with its floor: fresh single-use tokens against bare Koa + jose verify/sign.
  let requestTokens = [];
  const joseBound = async () => (run.joseBound = !wanted('jose-bound') ? skipped : await load('jose-bound', async () => tokenStream(await presignRequestTokens(requestTokenCount))));
  const requestBound = async () =>
    (run.requestBound = !wanted('request-bound') ? skipped : await load('request-bound', async () => tokenStream((requestTokens = await presignRequestTokens(requestTokenCount)))));
  for (const step of swap ? [requestBound, joseBound] : [joseBound, requestBound]) await step();
  run.koaJwt = !wanted('koa-jwt') ? skipped : await load('koa-jwt', fixedToken(koaJwtToken));
  run.rawCrypto = requestTokens.length === 0 ? NaN : await rawCryptoBound(requestTokens.slice(-20_000));
  runs.push(run);
  console.log(`round ${round + 1}/${rounds}: ${Object.entries(run).map(([k, v]) => (typeof v === 'number' ? `${k} ${Math.round(v)}` : `${k} ${Math.round(v.rps)} req/s ${v.cpuPerRequest.toFixed(1)} µs`)).join(', ')}`);
}

const med = (key) => median(runs.map((r) => r[key].rps ?? r[key]));
const rps = (r, key) => r[key].rps ?? r[key];
const ratio = (a, b) => median(runs.map((r) => rps(r, a) / rps(r, b))).toFixed(2);
// Throughput-equivalent ratio from CPU time: (CPU/request of b) / (CPU/request of a).
const cpuRatio = (a, b) => median(runs.map((r) => r[b].cpuPerRequest / r[a].cpuPerRequest)).toFixed(2);
const cpu = (key) => median(runs.map((r) => r[key].cpuPerRequest)).toFixed(1);
const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`\n${alg}, ${connections} connections, ${seconds} s per scenario after 1.5 s warm-up, ${rounds} rounds (medians), Node ${process.version}`);
console.table({
  'bare Koa': { 'req/s': fmt(med('bare')), 'server CPU µs/req': cpu('bare'), 'vs bare (req/s)': '1.00' },
  'raw jose bound on bare Koa (jose verify + sign, HTTP)': { 'req/s': fmt(med('joseBound')), 'server CPU µs/req': cpu('joseBound'), 'vs bare (req/s)': ratio('joseBound', 'bare') },
  'mutualAuth request-bound (verify + replay + body + signed response with header binding)': { 'req/s': fmt(med('requestBound')), 'server CPU µs/req': cpu('requestBound'), 'vs bare (req/s)': ratio('requestBound', 'bare') },
  'mutualAuth amortised (cached verification)': { 'req/s': fmt(med('amortised')), 'server CPU µs/req': cpu('amortised'), 'vs bare (req/s)': ratio('amortised', 'bare') },
  [`koa-jwt (${alg}, caller auth only)`]: { 'req/s': fmt(med('koaJwt')), 'server CPU µs/req': cpu('koaJwt'), 'vs bare (req/s)': ratio('koaJwt', 'bare') },
  'raw crypto bound (jose verify + sign loop, 1 core)': { 'req/s': fmt(med('rawCrypto')), 'server CPU µs/req': '-', 'vs bare (req/s)': '-' },
});
console.log(`request-bound / jose bound (HTTP): req/s ${ratio('requestBound', 'joseBound')}, CPU ${cpuRatio('requestBound', 'joseBound')}`);
console.log(`amortised / bare Koa:              req/s ${ratio('amortised', 'bare')}, CPU ${cpuRatio('amortised', 'bare')}`);
console.log(`request-bound / raw crypto bound:  req/s ${ratio('requestBound', 'rawCrypto')}`);
console.log(`request-bound / koa-jwt:           req/s ${ratio('requestBound', 'koaJwt')}, CPU ${cpuRatio('requestBound', 'koaJwt')}`);
console.log(`amortised / koa-jwt:               req/s ${ratio('amortised', 'koaJwt')}, CPU ${cpuRatio('amortised', 'koaJwt')}`);
