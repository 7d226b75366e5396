import type { SecurityEvent, SecurityEventHandler } from './event.js';

/**
 * Validates an `onSecurityEvent` option at construction. `where` names the
 * middleware in the TypeError (`authLimit`, `mutualAuth`…).
 */
export function securityEventHandlerOption(where: string, value: unknown): SecurityEventHandler | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') throw new TypeError(`${where}: "onSecurityEvent" must be a function`);
  return value as SecurityEventHandler;
}

/**
 * Hands `event` (stamped with the current time) to `handler`. A throwing
 * handler is ignored: a broken log pipeline must not turn a refusal into a
 * 500, nor a login into a failure.
 */
export function emitSecurityEvent(handler: SecurityEventHandler | undefined, event: Omit<SecurityEvent, 'time'>): void {
  if (handler === undefined) return;
  try {
    handler({ ...event, time: Date.now() });
  } catch {
    // See above: the hook's failure is the hook's to report.
  }
}
