import { once } from 'node:events';
import build from 'pino-abstract-transport';
import { pino } from 'pino';
import { keyFromHex, scrubLine } from './line.js';
import { rejectUnknownOptions, SCRUBBER_OPTION_KEYS, type PseudonymKey, type ScrubberOptions } from './options.js';
import { createScrubber } from './scrubber.js';

/** Options of the `@parapet/log-scrubber/transport` pino transport (must be structured-cloneable). */
export interface ScrubTransportOptions extends Omit<ScrubberOptions, 'keys'> {
  /** HMAC keys; `secret` as bytes or as a hex string (64+ hex characters). @default undefined (see ScrubberOptions.keys) */
  keys?: ReadonlyArray<{ readonly id: string; readonly secret: Uint8Array | string }>;
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
 * pino(pino.transport({ target: '@parapet/log-scrubber/transport', options: { keys: [{ id: 'k1', secret: hex }], destination: '/var/log/app.log' } }))
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
  const scrubber = createScrubber({
    ...rest,
    keys: keys?.map(
      (k, i): PseudonymKey => ({
        id: k.id,
        secret: typeof k.secret === 'string' ? keyFromHex(k.secret, `keys[${i}].secret`) : k.secret,
      }),
    ),
  });
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
