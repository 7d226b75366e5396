// Benchmarks @parapet/mutual-jwt against bare Koa, koa-jwt and the raw crypto bound, in one run.
// Usage: npm run bench
//   env: BENCH_SECONDS=4 BENCH_CONNECTIONS=16 BENCH_ALG=ES256 BENCH_ROUNDS=3 BENCH_TOKENS=50000
// Each round runs every scenario once, each HTTP server in its own process; ratios are computed
// within a round (against that round's bare Koa) and the median over rounds is reported, so a
// noisy neighbour on a shared machine skews one round, not the result.
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { exportJWK, jwtVerify, SignJWT } from 'jose';
import { exportPublicJwks, generateCallerKey } from '../dist/index.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const alg = process.env.BENCH_ALG ?? 'ES256';
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const requestTokenCount = Number(process.env.BENCH_TOKENS ?? 50_000);
const path = '/api/orders?limit=5';

const caller = await generateCallerKey({ alg, kid: 'billing-1' });
const server = await generateCallerKey({ alg, kid: 'orders-1', extractable: true });
const keysForServer = { callerJwks: exportPublicJwks([caller]), serverPrivateJwk: await exportJWK(server.privateKey), serverKid: server.kid, alg };

function sign(claims, typ, lifetime) {
  const iat = Math.floor(Date.now() / 1000);
  return new SignJWT(claims).setProtectedHeader({ alg, typ, kid: caller.kid }).setIssuer('billing').setAudience('orders').setIssuedAt(iat).setExpirationTime(iat + lifetime).setJti(randomUUID()).sign(caller.privateKey);
}

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

async function load(scenario, authorizationOrFactory) {
  const { child, url } = await startServer(scenario);
  try {
    // Single-use tokens are signed once the server runs: an in-memory replay store refuses tokens
    // issued before it started (the restart rule), and signing stays outside the measured window.
    const authorization = typeof authorizationOrFactory === 'function' ? await authorizationOrFactory() : authorizationOrFactory;
    // Warm-up (JIT, key import, connections), then the measured run.
    await autocannon({ url, connections, duration: 1.5, ...authorization });
    const result = await autocannon({ url, connections, duration: seconds, ...authorization });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${scenario}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return result.requests.average;
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
    await new SignJWT({ irt: 'x', sts: 200, bh: 'x' }).setProtectedHeader({ alg, typ: 'mutual-response-v2+jwt', kid: server.kid }).setIssuedAt().setExpirationTime('60s').sign(server.privateKey);
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

const runs = [];
for (let round = 0; round < rounds; round++) {
  // Tokens are signed per scenario once its server runs, outside the measured path: request tokens must be
  // <= 60 s old when used, amortised tokens live <= 60 s.
  const koaJwtToken = await sign({}, 'JWT', 300);
  const run = {};
  // Each mode runs right next to what it is compared with, so neighbour load drifts less between the two.
  // Bare Koa receives the same request (with the Authorization header); it just ignores it.
  const amortisedToken = () => sign({}, 'mutual-amortised-v2+jwt', 60).then(fixedToken);
  run.bare = await load('bare', amortisedToken);
  run.amortised = await load('amortised', amortisedToken);
  // Side by side with its floor: fresh single-use tokens against bare Koa + jose verify/sign.
  run.joseBound = await load('jose-bound', async () => tokenStream(await presignRequestTokens(requestTokenCount)));
  let requestTokens = [];
  run.requestBound = await load('request-bound', async () => tokenStream((requestTokens = await presignRequestTokens(requestTokenCount))));
  run.koaJwt = await load('koa-jwt', fixedToken(koaJwtToken));
  run.rawCrypto = await rawCryptoBound(requestTokens.slice(-20_000));
  runs.push(run);
  console.log(`round ${round + 1}/${rounds}: ${Object.entries(run).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
}

const med = (key) => median(runs.map((r) => r[key]));
const ratio = (a, b) => median(runs.map((r) => r[a] / r[b])).toFixed(2);
const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`\n${alg}, ${connections} connections, ${seconds} s per scenario after 1.5 s warm-up, ${rounds} rounds (medians), Node ${process.version}`);
console.table({
  'bare Koa': { 'req/s': fmt(med('bare')), 'vs bare': '1.00' },
  'raw jose bound on bare Koa (jose verify + sign, HTTP)': { 'req/s': fmt(med('joseBound')), 'vs bare': ratio('joseBound', 'bare') },
  'mutualAuth request-bound (verify + replay + body + signed response with header binding)': { 'req/s': fmt(med('requestBound')), 'vs bare': ratio('requestBound', 'bare') },
  'mutualAuth amortised (cached verification)': { 'req/s': fmt(med('amortised')), 'vs bare': ratio('amortised', 'bare') },
  [`koa-jwt (${alg}, caller auth only)`]: { 'req/s': fmt(med('koaJwt')), 'vs bare': ratio('koaJwt', 'bare') },
  'raw crypto bound (jose verify + sign loop, 1 core)': { 'req/s': fmt(med('rawCrypto')), 'vs bare': '-' },
});
console.log(`request-bound / jose bound (HTTP) = ${ratio('requestBound', 'joseBound')}`);
console.log(`request-bound / raw crypto bound = ${ratio('requestBound', 'rawCrypto')}`);
console.log(`amortised / bare Koa             = ${ratio('amortised', 'bare')}`);
console.log(`request-bound / koa-jwt          = ${ratio('requestBound', 'koaJwt')}`);
console.log(`amortised / koa-jwt              = ${ratio('amortised', 'koaJwt')}`);
