#!/usr/bin/env node
// Root benchmark: every stack in its own server process on loopback, loaded by
// autocannon from another process, servers interleaved across rounds so slow
// drift (thermal, noisy neighbours) hits every stack alike. Each stack's ratio
// to bare Koa is computed within the same round, then the median is reported.
//
//   npm run bench                      # all scenarios, 3 rounds x 5 s
//   BENCH_ROUNDS=5 BENCH_DURATION=10 npm run bench
//   BENCH_ONLY=bare,parapet npm run bench
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
// BENCH_SCENARIOS=/abs/path.mjs swaps in another scenario list (for profiling work).
const { scenarios } = await import(process.env.BENCH_SCENARIOS ?? './scenarios.mjs');
import { renderChart } from './chart.mjs';

const here = import.meta.dirname;
// One scratch directory per run (logs, pre-signed tokens), so concurrent runs never collide.
mkdirSync(join(here, '.tmp'), { recursive: true });
const tmp = mkdtempSync(join(here, '.tmp', 'run-'));

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const duration = Number(process.env.BENCH_DURATION ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const selected = scenarios.filter((s) => !only || only.some((o) => s.id.startsWith(o)));

const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0 && cpus().length >= 2;
const pin = (core, cmd, args) => (hasTaskset ? ['taskset', ['-c', String(core), cmd, ...args]] : [cmd, args]);

function startServer(scenario) {
  const [cmd, args] = pin(0, process.execPath, [scenario.server.startsWith('/') ? scenario.server : join(here, 'servers', scenario.server)]);
  const child = spawn(cmd, args, {
    env: { ...process.env, PORT: '0', BENCH_TMP: tmp, ...scenario.env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${scenario.id}: server not ready in 60 s`)), 60_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /READY (\{.*\})/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve({ child, info: JSON.parse(m[1]) });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${scenario.id}: server exited with ${code} before ready`));
    });
  });
}

function cpuOf(child) {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m.cpu.user + m.cpu.system));
    child.send('cpu');
  });
}

function load(spec) {
  const [cmd, args] = pin(1, process.execPath, [join(here, 'load.mjs'), JSON.stringify(spec)]);
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`load generator failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// The machine's load around the run: on a shared machine the ratios are only as good as this.
const loadBefore = loadavg();
const results = new Map(selected.map((s) => [s.id, { scenario: s, rps: [], p99: [], ratio: [], non2xx: [], cpu: [], capacity: [] }]));
for (let round = 1; round <= rounds; round++) {
  // Rotate the order each round so no stack always runs first or last.
  const order = selected.map((_, i) => selected[(i + round - 1) % selected.length]);
  const bareRps = {};
  const bareCpu = {};
  for (const scenario of order) {
    const { child, info } = await startServer(scenario);
    try {
      const spec = { url: `http://127.0.0.1:${info.port}${scenario.path}`, duration, connections, ...scenario.request, ...info.request };
      // Short warm-up so JIT and caches are hot before the measured window.
      const warm = load({ ...spec, duration: 1 });
      const cpuBefore = await cpuOf(child);
      const r = load({ ...spec, headersOffset: warm.headersNext });
      const cpuPerRequest = (await cpuOf(child)) - cpuBefore;
      r.cpu = cpuPerRequest / r.total;
      const entry = results.get(scenario.id);
      entry.rps.push(r.rps);
      entry.p99.push(r.p99);
      entry.cpu.push(r.cpu);
      const expected = scenario.expect ?? 200;
      const unexpected = r.total - (r.statusCodes?.[expected]?.count ?? 0);
      entry.non2xx.push(unexpected);
      bareRps[scenario.group] ??= {};
      bareRps[scenario.group][scenario.id] = r.rps;
      bareCpu[scenario.group] ??= {};
      bareCpu[scenario.group][scenario.id] = r.cpu;
      process.stderr.write(`round ${round} ${scenario.id.padEnd(28)} ${r.rps.toFixed(0).padStart(7)} req/s  p99 ${r.p99} ms  server CPU ${r.cpu.toFixed(1)} µs/req  unexpected status ${unexpected}\n`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((res) => child.once('exit', res));
    }
  }
  for (const s of selected) {
    const base = bareRps[s.group]?.[s.baseline];
    if (base) results.get(s.id).ratio.push(bareRps[s.group][s.id] / base);
    // Capacity ratio: how many of this stack's requests one core serves per
    // baseline request, from server CPU time, immune to a saturated load generator.
    const baseCpu = bareCpu[s.group]?.[s.baseline];
    if (baseCpu) results.get(s.id).capacity.push(baseCpu / bareCpu[s.group][s.id]);
  }
}

const rows = [...results.values()].map((e) => ({
  id: e.scenario.id,
  label: e.scenario.label,
  group: e.scenario.group,
  baseline: e.scenario.baseline,
  rps: median(e.rps),
  p99: median(e.p99),
  ratio: e.ratio.length ? median(e.ratio) : undefined,
  cpu: median(e.cpu),
  capacity: e.capacity.length ? median(e.capacity) : undefined,
  non2xx: Math.max(...e.non2xx),
  rpsRounds: e.rps,
  cpuRounds: e.cpu,
}));
const fmtRatio = (x) => (x === undefined ? '—' : `${x.toFixed(2)}×`);
const byId = Object.fromEntries(rows.map((r) => [r.id, r]));

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Parapet benchmark results',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString()}.`,
  '',
  `- Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; server pinned to core 0, autocannon to core 1 (${hasTaskset ? 'taskset' : 'no taskset: unpinned'})`,
  `- Load average (1/5/15 min) ${loadBefore.map((x) => x.toFixed(2)).join(' / ')} at the start, ${loadavg().map((x) => x.toFixed(2)).join(' / ')} at the end (${cpus().length} cores)`,
  `- Node ${process.version}; ${rounds} rounds × ${duration} s per stack, ${connections} connections, 1 s warm-up; servers interleaved, order rotated each round`,
  '- Ratio: requests/s of the stack divided by its baseline **measured in the same round**, median over rounds. p99 in ms (autocannon reports whole milliseconds).',
  '- Server CPU: user+system CPU time of the server process during the measured window divided by the requests served; capacity ratio = baseline CPU/request ÷ stack CPU/request, same round, median. It measures the server alone, whatever the load generator can push; where it agrees with the req/s ratio, the load generator was not the bottleneck.',
  '- Every stack runs plain HTTP on loopback as if behind a TLS-terminating proxy: requests carry `X-Forwarded-Proto: https` and each stack trusts loopback the way its docs say (Parapet `trustProxy`, koa-sslify `xForwardedProtoResolver` with `app.proxy`, express-sslify `trustProtoHeader` with `trust proxy` loopback). Logging stacks write to a file through the same async pino destination. The Express stacks each carry a limiter nobody reaches (express-rate-limit; Parapet `authLimit` with a client-request limit of 10⁹ per minute) and are compared with bare Express.',
  '- What the load generator pays for mutual auth: request-bound tokens (single-use, bound to method and path) are signed with the real client before the measured window and sent one per request; the amortised token and the koa-jwt and express-jwt tokens are signed once and reused. Response signatures are not verified by the load generator.',
  '',
  '| stack | median req/s | req/s ratio | server CPU µs/req | capacity ratio | p99 ms | vs | unexpected statuses (max) |',
  '|---|---:|---:|---:|---:|---:|---|---:|',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.rps.toFixed(0)} | ${fmtRatio(r.ratio)} | ${r.cpu.toFixed(1)} | ${fmtRatio(r.capacity)} | ${r.p99} | ${r.baseline === r.id ? 'baseline' : byId[r.baseline]?.label ?? '—'} | ${r.non2xx} |`,
  ),
  '',
];
const targets = (await import('./targets.mjs')).evaluate(byId);
if (targets.length) {
  lines.push('## Targets', '', '| target | req/s ratio | met | CPU/request ratio | met |', '|---|---:|---|---:|---|');
  const yes = (m) => (m ? 'yes' : '**no**');
  for (const t of targets) lines.push(`| ${t.name} | ${t.rps} | ${yes(t.metRps)} | ${t.cpu} | ${yes(t.metCpu)} |`);
  lines.push('');
}
lines.push('![requests per second per stack](results.svg)', '');
// Only a full default run is the published result; partial runs just print.
if (!only && !process.env.BENCH_SCENARIOS) {
  writeFileSync(join(here, 'RESULTS.md'), lines.join('\n'));
  writeFileSync(join(here, 'results.svg'), renderChart(rows));
  const meta = { date: new Date().toISOString(), node: process.version, cpu, cores: cpus().length, rounds, duration, connections };
  writeFileSync(join(here, 'results.json'), JSON.stringify({ meta, rows, targets }, null, 2) + '\n');
}
rmSync(tmp, { recursive: true, force: true });
console.log(lines.join('\n'));
