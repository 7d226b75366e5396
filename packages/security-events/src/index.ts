export { SECURITY_EVENTS } from './event.js';
export type { SecurityEvent, SecurityEventActor, SecurityEventHandler, SecurityEventName, SecurityEventOutcome, SecurityEventValue } from './event.js';
export { emitSecurityEvent, securityEventHandlerOption } from './emit.js';
export { securityEventLogger } from './logger.js';
export type { SecurityEventLoggerOptions, SecurityEventLogTarget } from './logger.js';
