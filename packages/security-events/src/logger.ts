import type { SecurityEvent, SecurityEventHandler, SecurityEventOutcome } from './event.js';

/** The part of a pino (or any structured) logger {@link securityEventLogger} uses. */
export interface SecurityEventLogTarget {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Options of {@link securityEventLogger}. */
export interface SecurityEventLoggerOptions {
  /**
   * Log level per outcome.
   * @default { success: 'info', failure: 'warn', blocked: 'warn', error: 'error' }
   */
  levels?: Partial<Record<SecurityEventOutcome, 'info' | 'warn' | 'error'>>;
}

const DEFAULT_LEVELS: Readonly<Record<SecurityEventOutcome, 'info' | 'warn' | 'error'>> = { success: 'info', failure: 'warn', blocked: 'warn', error: 'error' };
const OUTCOMES = new Set(Object.keys(DEFAULT_LEVELS));
const LEVELS = new Set(['info', 'warn', 'error']);

/**
 * A {@link SecurityEventHandler} writing one line per event to `logger`
 * (use a scrubbed one, e.g. `scrubbedPino()`):
 * `{ securityEvent: name, outcome, reason, actor, attributes, reqId }`, so
 * request lines and security events join on `reqId`. The logger adds the time.
 */
export function securityEventLogger(logger: SecurityEventLogTarget, options: SecurityEventLoggerOptions = {}): SecurityEventHandler {
  if (logger === null || typeof logger !== 'object' || typeof logger.info !== 'function' || typeof logger.warn !== 'function' || typeof logger.error !== 'function') {
    throw new TypeError('securityEventLogger: "logger" must have info, warn and error methods (a pino logger)');
  }
  if (options === null || typeof options !== 'object') throw new TypeError('securityEventLogger: options must be an object');
  for (const key of Object.keys(options)) {
    if (key !== 'levels') throw new TypeError(`securityEventLogger: unknown option "${key}"`);
  }
  const levels = { ...DEFAULT_LEVELS };
  for (const [outcome, level] of Object.entries(options.levels ?? {})) {
    if (!OUTCOMES.has(outcome)) throw new TypeError(`securityEventLogger: "levels" has an unknown outcome "${outcome}"`);
    if (!LEVELS.has(level)) throw new TypeError(`securityEventLogger: "levels.${outcome}" must be "info", "warn" or "error"`);
    levels[outcome as SecurityEventOutcome] = level;
  }
  return (event: SecurityEvent) => {
    const { name, outcome, reason, actor, attributes, requestId } = event;
    logger[levels[outcome]]({ securityEvent: name, outcome, reason, actor, attributes, reqId: requestId }, `security event ${name}`);
  };
}
