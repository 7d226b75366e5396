export { createScrubber, UNSCRUBBABLE_MESSAGE, type Scrubber } from './scrubber.js';
export type { SecurityEvent, SecurityEventHandler } from '@parapet/security-events';
export { REDACTED } from './text-scanner.js';
export { PSEUDONYM_HEX_LENGTH, normaliseValue } from './pseudonym.js';
export { PERSONAL_DATA_TYPES, type PersonalDataType, type PseudonymKey, type ScrubberOptions, type AllowListOptions } from './options.js';
export {
  scrubbedLogger,
  scrubbedPino,
  scrubberHooks,
  type PinoFactory,
  type PinoFormatter,
  type PinoLevelFormatter,
  type PinoLogMethodHook,
  type PinoSerializer,
  type ScrubbedPinoOptions,
  type ScrubberHooksOptions,
  type ScrubberPinoOptions,
} from './pino.js';
export { defaultRequestLevel, requestLogger, type RequestLevel, type RequestLoggerCoreOptions, type RequestLoggerOptions } from './request-logger.js';
export { createReidentifier, parsePseudonym, type ParsedPseudonym, type Reidentifier } from './reidentify.js';
export { scrubLine } from './line.js';
