// Load generator process: runs autocannon against one server and prints a JSON
// summary on stdout. Kept in its own process (pinned to another core by run.mjs)
// so the load generator never competes with the server it measures.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const spec = JSON.parse(process.argv[2]);
// Per-request headers (e.g. pre-signed single-use tokens) come from a file so
// that signing happens before the measured window, not inside it.
const perRequest = spec.headersFile ? JSON.parse(readFileSync(spec.headersFile, 'utf8')) : undefined;
// Single-use tokens: start after the ones an earlier run (the warm-up) consumed.
let next = spec.headersOffset ?? 0;

const instance = autocannon({
  url: spec.url,
  method: spec.method ?? 'GET',
  connections: spec.connections ?? 32,
  pipelining: 1,
  duration: spec.duration ?? 5,
  headers: spec.headers ?? {},
  body: spec.body,
  requests: perRequest
    ? [
        {
          setupRequest(req) {
            // Past the end tokens repeat and are (correctly) refused as replays;
            // run.mjs reports them as non-2xx, so raise BENCH_TOKENS if it happens.
            const h = perRequest[next++ % perRequest.length];
            return { ...req, headers: { ...req.headers, ...h } };
          },
        },
      ]
    : undefined,
});

instance.on('done', (result) => {
  process.stdout.write(
    JSON.stringify({
      rps: result.requests.average,
      p99: result.latency.p99,
      p50: result.latency.p50,
      total: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      statusCodes: result.statusCodeStats,
      headersNext: perRequest ? next : undefined,
    }) + '\n',
  );
});
