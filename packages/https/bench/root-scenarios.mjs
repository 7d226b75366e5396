// Scenario list for the root harness (bench/run.mjs) isolating @parapet/https:
//   cd /work/main && BENCH_SCENARIOS=$PWD/packages/https/bench/root-scenarios.mjs node bench/run.mjs
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarios as root } from '../../../bench/scenarios.mjs';

const pick = (id) => root.find((s) => s.id === id);
// A private log directory: run.mjs empties the shared bench/.tmp when any
// concurrent run starts or ends, which kills the logging server mid-run.
const logs = join(tmpdir(), `parapet-https-bench-${process.pid}`);
mkdirSync(logs, { recursive: true });
export const scenarios = [
  pick('bare'),
  { id: 'https-stack', label: '@parapet/https stack (trustProxy+httpsRedirect+hsts+securityHeaders)', server: join(import.meta.dirname, 'root-server.mjs'), path: '/api/hello', group: 'api', baseline: 'bare' },
  ...(process.env.HTTPS_DIST_BEFORE
    ? [{ id: 'https-before', label: '@parapet/https stack, previous build', server: join(import.meta.dirname, 'root-server.mjs'), env: { HTTPS_DIST: process.env.HTTPS_DIST_BEFORE }, path: '/api/hello', group: 'api', baseline: 'bare' }]
    : []),
  { ...pick('parapet-noauth'), env: { ...pick('parapet-noauth').env, BENCH_TMP: logs } },
];
