/**
 * One scrubber, one JSON-lines destination, three writers:
 * - the request logger of the example's framework — one line per request
 *   (it scrubs its own records), writing through `requestLog`;
 * - `securityEvents` — the one `onSecurityEvent` hook every Parapet
 *   middleware (and the scrubber itself) is given, and `security` for the
 *   app's own events in the same shape: one line each, `securityEvent` field;
 * - `log` — everything else the app says, through a scrubbed pino logger.
 * The request logger scrubs its records itself, so it writes through a plain
 * pino logger: every record is scrubbed exactly once.
 */
import { createScrubber, scrubbedLogger, type Scrubber } from '@parapet/log-scrubber';
import { securityEventLogger, type SecurityEvent, type SecurityEventHandler, type SecurityEventValue } from '@parapet/security-events';
import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * The app's own security events, in the shape of the middlewares' ones:
 * `security('auth.login_failed', { reqId, … })`. `info` is a success, `warn` a
 * failure, `error` an error; `reqId` becomes the request id and
 * `accountId`/`clientId` the actor, the other details the attributes.
 */
export type SecurityLog = (event: `${string}.${string}`, details?: Record<string, unknown>, level?: 'info' | 'warn' | 'error') => void;

/** The app's logging handles. */
export interface AppLogging {
  readonly scrubber: Scrubber;
  /** Scrubbed logger for the app's own messages. */
  readonly log: Logger;
  /** The `onSecurityEvent` hook given to every middleware: one scrubbed line per event. */
  readonly securityEvents: SecurityEventHandler;
  /** The app's own security events, through the same hook. */
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
  // The scrubber reports its own fallbacks to the same hook (bound below, once the logger exists).
  let securityEvents: SecurityEventHandler = () => undefined;
  const scrubber = createScrubber({ keys: [{ id: 'k1', secret: pseudonymKey }], onSecurityEvent: (event) => securityEvents(event) });
  // Synchronous stdout writes: no line is lost when the process exits after SIGTERM.
  const dest = destination ?? pino.destination({ dest: 1, sync: true });
  const base = { base: { service }, timestamp: pino.stdTimeFunctions.isoTime };
  const raw = pino(base, dest);
  const log = scrubbedLogger(base, scrubber, dest);
  securityEvents = securityEventLogger(log);
  return {
    scrubber,
    log,
    securityEvents,
    security: (name, details = {}, level = 'warn') => securityEvents(appEvent(name, details, level)),
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

const OUTCOMES = { info: 'success', warn: 'failure', error: 'error' } as const;

function appEvent(name: `${string}.${string}`, details: Record<string, unknown>, level: 'info' | 'warn' | 'error'): SecurityEvent {
  const { reqId, accountId, clientId, reason, ...rest } = details;
  const actor = { ...(typeof accountId === 'string' ? { account: accountId } : {}), ...(typeof clientId === 'string' ? { client: clientId } : {}) };
  return {
    name,
    outcome: OUTCOMES[level],
    reason: typeof reason === 'string' ? reason : name.slice(name.indexOf('.') + 1),
    actor,
    requestId: typeof reqId === 'string' ? reqId : undefined,
    time: Date.now(),
    // Whatever the app passes (errors too): the scrubbed logger makes it safe to write.
    attributes: rest as Record<string, SecurityEventValue>,
  };
}
