// The log file every benchmark stack writes to, configured the same for all:
// pino's asynchronous destination, batching lines into 4 KiB writes (what a
// throughput-minded pino deployment uses; one write(2) per line would make the
// syscall, not the middleware, the thing measured).
import pino from 'pino';
import { join } from 'node:path';

export const logDestination = (name) =>
  pino.destination({ dest: join(process.env.BENCH_TMP, `${name}-${process.pid}.log`), sync: false, minLength: 4096 });
