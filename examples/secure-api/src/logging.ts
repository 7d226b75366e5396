/**
 * One scrubber, one JSON-lines destination, three writers:
 * - `requestLogger` — one line per request (it scrubs its own records);
 * - `security` — security events as their own lines (`securityEvent` field);
 * - `log` — everything else the app says, through a scrubbed pino logger.
 * The request logger and the security-event writer scrub their records
 * themselves, so they write through a plain pino logger: every record is
 * scrubbed exactly once. Scrubbing is idempotent, so a second pass would be
 * harmless, but it would double the cost of every line.
 */
import { createScrubber, requestLogger, scrubbedLogger, securityEvent, type Scrubber } from '@parapet/log-scrubber';
import type Koa from 'koa';
import { pino, type DestinationStream, type Logger } from 'pino';

/** The app's logging handles. */
export interface AppLogging {
  readonly scrubber: Scrubber;
  /** Scrubbed logger for the app's own messages. */
  readonly log: Logger;
  /** Security events: `security('auth.blocked', { … })`. */
  readonly security: (event: string, details?: Record<string, unknown>, level?: 'info' | 'warn' | 'error') => void;
  /** `requestLogger` middleware writing to the same destination. */
  readonly requests: () => Koa.Middleware;
  /** Flush buffered lines (shutdown). */
  flush(): void;
}

/**
 * @param pseudonymKey 32-byte HMAC key for pseudonyms (LOG_PSEUDONYM_KEY)
 * @param destination where JSON lines go. @default stdout
 */
export function createLogging(pseudonymKey: Buffer, destination?: DestinationStream): AppLogging {
  const scrubber = createScrubber({ keys: [{ id: 'k1', secret: pseudonymKey }] });
  // Synchronous stdout writes: no line is lost when the process exits after SIGTERM.
  const dest = destination ?? pino.destination({ dest: 1, sync: true });
  const base = { base: { service: 'secure-api' }, timestamp: pino.stdTimeFunctions.isoTime };
  const raw = pino(base, dest);
  return {
    scrubber,
    log: scrubbedLogger(base, scrubber, dest),
    security: securityEvent(raw, scrubber),
    requests: () => requestLogger({ logger: raw, scrubber }),
    flush: () => {
      const flushable = dest as { flushSync?: () => void };
      try {
        flushable.flushSync?.();
      } catch {
        // Nothing buffered (synchronous destination) or already closed.
      }
    },
  };
}
