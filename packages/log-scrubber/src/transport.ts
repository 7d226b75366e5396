import { once } from 'node:events';
import build from 'pino-abstract-transport';
import { pino } from 'pino';
import { scrubLine } from './line.js';
import { rejectUnknownOptions, SCRUBBER_OPTION_KEYS, type ScrubberOptions } from './options.js';
import { createScrubber } from './scrubber.js';

/**
 * Options of the `@parapet/log-scrubber/transport` pino transport: every
 * {@link ScrubberOptions} (key secrets as Buffer/Uint8Array, which cross to
 * pino's worker thread by structured clone), plus where lines go.
 */
export interface ScrubTransportOptions extends ScrubberOptions {
  /** Where scrubbed lines go: a file descriptor or a file path. @default 1 (stdout) */
  destination?: number | string;
  /** Create the destination's directory when it is a path. @default false */
  mkdir?: boolean;
}

const TRANSPORT_OPTIONS = new Set([...SCRUBBER_OPTION_KEYS, 'destination', 'mkdir']);

/**
 * pino transport (runs in pino's worker thread): scrubs each line, then writes it to
 * `destination`.
 * @example
 * pino(pino.transport({ target: '@parapet/log-scrubber/transport', options: { keys: [{ id: 'k1', secret: Buffer.from(hex, 'hex') }], destination: '/var/log/app.log' } }))
 */
export default async function scrubTransport(options: ScrubTransportOptions = {}) {
  // pino adds its own `$context` and `pinoWillSendConfig` entries to every transport's options.
  const {
    $context: _context,
    pinoWillSendConfig: _willSend,
    ...own
  } = options as ScrubTransportOptions & { $context?: unknown; pinoWillSendConfig?: unknown };
  rejectUnknownOptions('log-scrubber/transport', own, TRANSPORT_OPTIONS);
  const { destination = 1, mkdir = false, keys, ...rest } = own;
  const scrubber = createScrubber(keys === undefined ? rest : { ...rest, keys });
  if (typeof destination !== 'number' && typeof destination !== 'string') {
    throw new TypeError('log-scrubber/transport: "destination" must be a file descriptor or a path');
  }
  const out = pino.destination({ dest: destination, sync: false, mkdir });
  await once(out, 'ready');
  return build(
    async (source: AsyncIterable<string>) => {
      for await (const line of source) {
        if (!out.write(scrubLine(scrubber, line) + '\n')) await once(out, 'drain');
      }
    },
    {
      parse: 'lines',
      // Keep non-JSON lines too (the default parser drops them): they are scrubbed as text.
      parseLine: (line: string) => line,
      async close() {
        out.end();
        await once(out, 'close');
      },
    },
  );
}
