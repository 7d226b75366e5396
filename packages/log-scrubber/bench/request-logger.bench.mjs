// Server CPU per request of a Koa app with a request logger, side by side in one run:
// bare Koa + router, + requestLogger() (scrubbed), + koa-pino-logger (unscrubbed, every header).
// Servers run one at a time pinned to core 0 (taskset), autocannon in its own process on core 1;
// scenarios interleave and rotate each round so background load hits them alike.
// Run: npm run bench:request-logger   (from packages/log-scrubber; builds first)
// Env: ROUNDS (default 5), DURATION seconds (default 3), AB_MODULE=<path to another build's
//      dist/index.js> adds that version of requestLogger as a fourth scenario.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const rounds = Number(process.env.ROUNDS ?? 5);
const duration = Number(process.env.DURATION ?? 3);
const tmp = mkdtempSync(join(tmpdir(), 'parapet-rl-bench-'));
const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0 && cpus().length >= 2;
const scenarios = [
  { id: 'bare', label: 'bare Koa + router', env: { LOGGER: 'none' } },
  { id: 'parapet', label: '+ requestLogger (scrubbed)', env: { LOGGER: 'parapet' } },
  { id: 'kpl', label: '+ koa-pino-logger (unscrubbed)', env: { LOGGER: 'koa-pino-logger' } },
];
if (process.env.AB_MODULE) {
  scenarios.push({ id: 'ab', label: `+ requestLogger from ${process.env.AB_MODULE}`, env: { LOGGER: 'parapet', LOGGER_MODULE: process.env.AB_MODULE } });
}
const withCore = (core, args) => (pinned ? ['taskset', ['-c', String(core), process.execPath, ...args]] : [process.execPath, args]);

function startServer(env, port) {
  const [cmd, args] = withCore(0, [join(here, 'request-logger.server.mjs')]);
  const child = spawn(cmd, args, { env: { ...process.env, ...env, PORT: String(port), BENCH_TMP: tmp }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => d.toString().includes('READY') && resolve(child));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}
const cpuOf = (child) => new Promise((resolve) => {
  child.once('message', (m) => resolve(m.cpu.user + m.cpu.system));
  child.send('cpu');
});
function load(port, seconds) {
  const script = `import autocannon from 'autocannon';
autocannon({ url: 'http://127.0.0.1:${port}/api/hello', connections: 32, duration: ${seconds} }, (err, r) => {
  if (err) throw err; process.stdout.write(JSON.stringify({ total: r.requests.total, non2xx: r.non2xx }));
});`;
  const [cmd, args] = withCore(1, ['--input-type=module', '-e', script]);
  const out = spawnSync(cmd, args, { cwd: here, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout);
}

const results = Object.fromEntries(scenarios.map((s) => [s.id, []]));
const ratios = Object.fromEntries(scenarios.map((s) => [s.id, []]));
let port = 47100;
for (let round = 0; round < rounds; round++) {
  const order = scenarios.map((_, i) => scenarios[(i + round) % scenarios.length]);
  const perRound = {};
  for (const s of order) {
    const child = await startServer(s.env, ++port);
    load(port, 1); // warm-up
    const before = await cpuOf(child);
    const r = load(port, duration);
    const cpu = (await cpuOf(child)) - before;
    child.kill('SIGTERM');
    await new Promise((res) => child.once('exit', res));
    if (r.non2xx > 0) throw new Error(`${s.id}: ${r.non2xx} non-2xx responses`);
    perRound[s.id] = cpu / r.total;
    results[s.id].push(perRound[s.id]);
    process.stderr.write(`round ${round + 1} ${s.id.padEnd(8)} ${(cpu / r.total).toFixed(1)} µs/req (${r.total} requests)\n`);
  }
  for (const s of scenarios) ratios[s.id].push(perRound.bare / perRound[s.id]);
}
rmSync(tmp, { recursive: true, force: true });
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(`\n${rounds} rounds × ${duration} s, 32 connections, server ${pinned ? 'pinned to core 0' : 'unpinned'}; Node ${process.version}\n`);
console.log('| server | CPU µs/request (median) | capacity vs bare Koa (same round, median) | logger cost µs/request |');
console.log('| --- | ---: | ---: | ---: |');
for (const s of scenarios) {
  const cost = s.id === 'bare' ? '—' : (median(results[s.id].map((v, i) => v - results.bare[i]))).toFixed(1);
  console.log(`| ${s.label} | ${median(results[s.id]).toFixed(1)} | ${median(ratios[s.id]).toFixed(2)}× | ${cost} |`);
}
