// Per-request cost of one benchmark scenario in a form that neighbour load cannot skew:
// instructions executed by the server process (valgrind callgrind), or a V8 CPU profile.
// Usage: node bench/profile.mjs <scenario> [callgrind|cpu-prof] [requests]
//   scenario: bare | amortised | jose-bound | request-bound
// The server runs bench/server.mjs; after a warm-up (JIT tiers, key import, connections) the
// callgrind counters are zeroed, `requests` requests are sent, and the counters dumped, so the
// figure is the server's instructions for exactly those requests.
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchKeys } from './keys.mjs';

const [scenario = 'request-bound', tool = 'callgrind', countArg = '1000'] = process.argv.slice(2);
const requests = Number(countArg);
const warmup = Number(process.env.PROFILE_WARMUP ?? 400);
const alg = process.env.BENCH_ALG ?? 'ES256';
const concurrency = 4;
const path = '/api/orders?limit=5';

const { keysForServer: keys, sign } = await benchKeys(alg);

const outDir = mkdtempSync(join(tmpdir(), 'mjwt-profile-'));
const serverPath = fileURLToPath(new URL('./server.mjs', import.meta.url));
const [command, args] =
  tool === 'callgrind'
    ? ['valgrind', ['--tool=callgrind', `--callgrind-out-file=${join(outDir, 'callgrind.out.%p')}`, process.execPath, serverPath, scenario]]
    : [process.execPath, ['--cpu-prof', `--cpu-prof-dir=${outDir}`, `--cpu-prof-interval=${process.env.PROFILE_INTERVAL ?? 1000}`, serverPath, scenario]];
const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
// A driver that fails must not leave a valgrind server running behind it.
process.on('exit', () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
child.send(keys);
const { port } = await new Promise((resolve) => child.once('message', resolve));

const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const reusable = scenario === 'amortised' || scenario === 'bare';
// An amortised token lives 60 s; under valgrind a run takes longer, so it is renewed every 30 s (one cache miss each time).
let amortised = { token: undefined, signedAt: 0 };
async function token() {
  if (!reusable) return sign({ htm: 'GET', htu: path }, 'mutual-v2+jwt', 300);
  if (Date.now() - amortised.signedAt > 30_000) amortised = { token: await sign({}, 'mutual-amortised-v2+jwt', 60), signedAt: Date.now() };
  return amortised.token;
}

function attempt(authorization) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { authorization } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`${scenario}: status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

async function once() {
  try {
    await attempt(`Bearer ${await token()}`);
  } catch (error) {
    // A kept-alive connection the slowed-down server timed out: retry on a new one (with a fresh token).
    if (error.code !== 'ECONNRESET') throw error;
    await attempt(`Bearer ${await token()}`);
  }
}

async function send(total) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) await once();
    }),
  );
}

await send(warmup);
if (tool === 'callgrind') execFileSync('callgrind_control', ['--zero', String(child.pid)], { stdio: 'ignore' });
const started = process.hrtime.bigint();
await send(requests);
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
if (tool === 'callgrind') execFileSync('callgrind_control', ['--dump=measured', String(child.pid)], { stdio: 'ignore' });
agent.destroy();
child.kill('SIGINT');
await new Promise((resolve) => child.once('exit', resolve));

if (tool === 'callgrind') {
  const dumps = readdirSync(outDir).filter((name) => name.startsWith('callgrind.out.'));
  // The dump taken on request has a sequence suffix (callgrind.out.<pid>.1); the exit dump has none.
  const measured = dumps.filter((name) => /\.\d+\.\d+$/.test(name)).sort().at(-1);
  const text = readFileSync(join(outDir, measured), 'utf8');
  const totals = /^(?:totals|summary):\s*(\d+)/m.exec(text);
  const instructions = Number(totals[1]);
  // Split by thread kind: the event loop, libuv's pool (where WebCrypto runs its jobs), and V8's
  // background threads (optimising compiler, GC helpers), whose share depends on JIT timing more than on the code.
  const annotated = execFileSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', join(outDir, measured)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const inclusive = (pattern) => {
    const line = annotated.split('\n').find((l) => pattern.test(l));
    return line === undefined ? 0 : Number(line.trim().split(/\s+/)[0].replaceAll(',', ''));
  };
  const perRequest = (n) => Math.round(n / requests).toLocaleString('en-US');
  const main = inclusive(/ \?\?\?:main \[/);
  const pool = inclusive(/threadpool\.c:worker \[/);
  const v8 = inclusive(/PlatformWorkerThread/);
  console.log(
    `${scenario}: ${requests} requests, instructions/request (callgrind, server process, ${alg}): main thread ${perRequest(main)}, libuv pool ${perRequest(pool)}, main+pool ${perRequest(main + pool)}, V8 background ${perRequest(v8)}, all ${perRequest(instructions)}`,
  );
  if (process.env.PROFILE_KEEP === undefined) rmSync(outDir, { recursive: true });
  else console.log(`callgrind output in ${outDir}`);
} else {
  console.log(`${scenario}: ${requests} requests in ${elapsedMs.toFixed(0)} ms; CPU profile in ${outDir}`);
}
