// Per-record cost of logging a typical Koa request record through pino, side by side in one run:
// plain pino, pino `redact` (4 static paths), pino `redact` (4 wildcard paths), and pino with the
// full Parapet scrubber (key rules + value patterns + keyed HMAC pseudonyms).
// Run: npm run bench   (from packages/log-scrubber; builds first)
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { scrubbedPino } from '../dist/index.js';

const BATCH = 100; // records per timed sample
const DISTINCT = 1000;
const nullSink = { write() {} };
const keys = [{ id: 'k1', secret: Buffer.alloc(32, 7) }];

// 1000 distinct records (ids, paths, users and client IPs vary; user agents repeat as in real traffic).
const agents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'okhttp/4.12.0',
];
const makeRecord = (i) => ({
  reqId: randomUUID(),
  req: {
    method: i % 5 === 0 ? 'POST' : 'GET',
    url: `/api/v2/orders/${10000 + i}?page=${i % 7}&sort=desc`,
    headers: {
      host: 'api.example.com',
      'user-agent': agents[i % agents.length],
      accept: 'application/json',
      authorization: `Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1${i}In0.c2lnbmF0dXJl${i}`,
      cookie: `koa.sess=${i.toString(36)}abcdef; theme=dark`,
    },
    remoteAddress: `203.0.${(i >> 8) & 255}.${i & 255}`,
  },
  res: { statusCode: 200, contentLength: 512 + i },
  user: { id: `u_${i % 200}`, email: `user${i % 200}@example.com` },
  responseTime: (i % 97) + 0.5,
});
// Request ids are unique per request in real traffic: every logged record gets a fresh one from
// this pool (200k, far beyond any cache), in every scenario and for every logger alike.
const ids = Array.from({ length: 200_000 }, () => randomUUID());
let nextId = 0;
// Typical traffic: 1000 distinct records, replayed (clients, users, agents and paths recur).
const typical = Array.from({ length: DISTINCT }, (_, i) => makeRecord(i));
// Worst case: 50,000 records with every id, path, client IP and user distinct (caches miss).
const UNIQUE = 50_000;
const unique = Array.from({ length: UNIQUE }, (_, i) => {
  const r = makeRecord(i);
  r.user = { id: `u_${i}`, email: `user${i}@example.com` };
  r.req.remoteAddress = `198.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  return r;
});

const staticPaths = ['req.headers.authorization', 'req.headers.cookie', 'user.email', 'req.remoteAddress'];
const wildcardPaths = ['*.headers.authorization', '*.headers.cookie', '*.email', '*.remoteAddress'];

const loggers = {
  'pino (no redaction)': pino({}, nullSink),
  'pino redact, 4 static paths': pino({ redact: staticPaths }, nullSink),
  'pino redact, 4 wildcard paths': pino({ redact: wildcardPaths }, nullSink),
  'pino + @parapet/log-scrubber (full, scrubbedPino)': scrubbedPino({ scrubber: { keys } }, nullSink),
};

// Interleaved rounds: every round times one short batch per logger, in rotating order, so load
// from other processes on a shared machine hits all loggers alike. Reported per logger: the 10th
// percentile of the samples (least disturbed by other processes), the median, and the mean: a
// batch is short, so the percentiles mostly leave out the garbage-collection pauses that the
// copies a logger allocates cause; the mean counts them.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2000);
const entries = Object.entries(loggers);
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

function measure(title, batchFor) {
  const samples = new Map(entries.map(([name]) => [name, []]));
  const runBatch = (logger, records) => {
    for (let i = 0; i < BATCH; i++) {
      const record = records[i];
      record.reqId = ids[nextId++ % ids.length];
      logger.info(record, 'request completed');
    }
  };
  for (const [, logger] of entries) for (let w = 0; w < 200; w++) runBatch(logger, batchFor(w)); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    const records = batchFor(round);
    for (let k = 0; k < entries.length; k++) {
      const [name, logger] = entries[(round + k) % entries.length];
      const start = process.hrtime.bigint();
      runBatch(logger, records);
      samples.get(name).push(Number(process.hrtime.bigint() - start) / BATCH);
    }
  }
  const base = samples.get(entries[0][0]);
  const p10 = percentile(base, 0.1);
  const p50 = percentile(base, 0.5);
  const avg = mean(base);
  console.log(`\n${title}`);
  console.log('| logger | ns / record (p10) | vs plain pino (p10) | ns / record (median) | vs plain pino (median) | ns / record (mean) | vs plain pino (mean) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name] of entries) {
    const a = percentile(samples.get(name), 0.1);
    const b = percentile(samples.get(name), 0.5);
    const c = mean(samples.get(name));
    console.log(
      `| ${name} | ${a.toFixed(0)} | ${(a / p10).toFixed(2)}x | ${b.toFixed(0)} | ${(b / p50).toFixed(2)}x | ${c.toFixed(0)} | ${(c / avg).toFixed(2)}x |`,
    );
  }
}

console.log(`node ${process.version}; ${BATCH} records per sample; ${ROUNDS} interleaved rounds`);
measure(`Typical traffic (${DISTINCT} distinct request records replayed, request ids always fresh)`, (round) => {
  const start = (round * BATCH) % DISTINCT;
  return typical.slice(start, start + BATCH);
});
measure('Worst case (every id, path, client IP and user distinct: caches miss)', (round) => {
  const start = (round * BATCH) % UNIQUE;
  return unique.slice(start, start + BATCH);
});
