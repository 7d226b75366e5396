/**
 * One scrubber, one JSON-lines destination, three writers:
 * - the request logger of the example's framework — one line per request
 *   (it scrubs its own records), writing through `requestLog`;
 * - `security` — security events as their own lines (`securityEvent` field);
 * - `log` — everything else the app says, through a scrubbed pino logger.
 * The request logger and the security-event writer scrub their records
 * themselves, so they write through a plain pino logger: every record is
 * scrubbed exactly once. Scrubbing is idempotent, so a second pass would be
 * harmless, but it would double the cost of every line.
 */
import { createScrubber, scrubbedLogger, securityEvent, type Scrubber } from '@parapet/log-scrubber';
import { pino, type DestinationStream, type Logger } from 'pino';

/** Writes one security event line: `security('auth.blocked', { … })`. */
export type SecurityLog = (event: string, details?: Record<string, unknown>, level?: 'info' | 'warn' | 'error') => void;

/** The app's logging handles. */
export interface AppLogging {
  readonly scrubber: Scrubber;
  /** Scrubbed logger for the app's own messages. */
  readonly log: Logger;
  /** Security events. */
  readonly security: SecurityLog;
  /** Unscrubbing logger for `requestLogger({ logger, scrubber })`, which scrubs its lines itself. */
  readonly requestLog: Logger;
  /** Flush buffered lines (shutdown). */
  flush(): void;
}

/**
 * @param service the `service` field of every line
 * @param pseudonymKey 32-byte HMAC key for pseudonyms (LOG_PSEUDONYM_KEY)
 * @param destination where JSON lines go. @default stdout
 */
export function createLogging(service: string, pseudonymKey: Buffer, destination?: DestinationStream): AppLogging {
  const scrubber = createScrubber({ keys: [{ id: 'k1', secret: pseudonymKey }] });
  // Synchronous stdout writes: no line is lost when the process exits after SIGTERM.
  const dest = destination ?? pino.destination({ dest: 1, sync: true });
  const base = { base: { service }, timestamp: pino.stdTimeFunctions.isoTime };
  const raw = pino(base, dest);
  return {
    scrubber,
    log: scrubbedLogger(base, scrubber, dest),
    security: securityEvent(raw, scrubber),
    requestLog: raw,
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
