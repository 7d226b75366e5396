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

const bench = new Bench({ name: 'trustProxy + httpsRedirect + hsts + securityHeaders vs bare Koa', time: TIME, warmupTime: 500 });
// Interleaved so that drift on a shared machine hits both builds alike.
bench
  .add('bare Koa', driver(bare, SECURE))
  .add('baseline: HTTPS via proxy', driver(apps.baseline, SECURE))
  .add('current: HTTPS via proxy', driver(apps.current, SECURE))
  .add('baseline: HTTP → 301', driver(apps.baseline, PLAIN))
  .add('current: HTTP → 301', driver(apps.current, PLAIN));
await bench.run();
console.table(bench.table());
const hz = (name) => bench.tasks.find((t) => t.name === name).result.throughput.mean;
const bareHz = hz('bare Koa');
for (const kind of ['HTTPS via proxy', 'HTTP → 301']) {
  const before = hz(`baseline: ${kind}`) / bareHz;
  const after = hz(`current: ${kind}`) / bareHz;
  console.log(`${kind}: throughput vs bare Koa — baseline ${before.toFixed(3)}, current ${after.toFixed(3)} (current/baseline ${(after / before).toFixed(3)})`);
}
