// Per-request cost of trustProxy + httpsRedirect + hsts + securityHeaders
// over bare Koa, for this build and for another build of the package (e.g.
// the previous release), measured side by side in one run.
//
//   npm run build
//   BASELINE_DIST=/path/to/other/build/dist node bench/compare-builds.mjs
//
// The other build must be able to resolve `helmet` (put it under a
// node_modules directory of this repository, e.g. node_modules/.baseline/dist).
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import * as current from '../dist/index.js';
import { appWith, driver } from './in-process.mjs';

const TIME = Number(process.env.BENCH_TIME_MS ?? 2000);
const baselineDir = process.env.BASELINE_DIST;
if (!baselineDir) throw new Error('set BASELINE_DIST to the dist directory of the build to compare with');
const baseline = await import(pathToFileURL(`${baselineDir}/index.js`).href);

const stack = (lib) =>
  appWith([
    lib.trustProxy({ trustedProxies: ['loopback'] }),
    lib.httpsRedirect({ canonicalHost: 'example.com' }),
    lib.hsts(),
    lib.securityHeaders({ hsts: false }),
  ]);
const SECURE = { host: 'example.com', 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https' };
const PLAIN = { host: 'example.com', 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'http' };
const bare = appWith([]);
const apps = { current: stack(current), baseline: stack(baseline) };
for (const [name, app] of Object.entries(apps)) {
  const secure = await driver(app, SECURE)();
  const plain = await driver(app, PLAIN)();
  if (secure !== 200 || plain !== 301) throw new Error(`${name}: unexpected statuses ${secure}/${plain}`);
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const tasks = {
  'bare Koa': driver(bare, SECURE),
  'baseline: HTTPS via proxy': driver(apps.baseline, SECURE),
  'current: HTTPS via proxy': driver(apps.current, SECURE),
  'baseline: HTTP → 301': driver(apps.baseline, PLAIN),
  'current: HTTP → 301': driver(apps.current, PLAIN),
};
// Several short rounds, each timing every task, so that drift on a shared
// machine hits both builds alike; per-round ratios use median throughput
// (robust to GC pauses), and the median round is reported.
const rounds = { 'HTTPS via proxy': [], 'HTTP → 301': [] };
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ name: `round ${round + 1}`, time: TIME, warmupTime: 300 });
  const order = round % 2 === 0 ? Object.keys(tasks) : Object.keys(tasks).reverse();
  for (const name of order) bench.add(name, tasks[name]);
  await bench.run();
  const hz = (name) => bench.tasks.find((t) => t.name === name).result.throughput.p50;
  const bareHz = hz('bare Koa');
  for (const kind of Object.keys(rounds)) {
    const before = hz(`baseline: ${kind}`) / bareHz;
    const after = hz(`current: ${kind}`) / bareHz;
    rounds[kind].push({ before, after, change: after / before });
  }
  if (round === 0) console.table(bench.table());
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [kind, list] of Object.entries(rounds)) {
  const fmt = (key) => list.map((r) => r[key].toFixed(3)).join(' ');
  console.log(`${kind}: throughput ÷ bare Koa per round — baseline [${fmt('before')}], current [${fmt('after')}]`);
  console.log(`${kind}: median current/baseline ${median(list.map((r) => r.change)).toFixed(3)} (rounds: ${fmt('change')})`);
}
