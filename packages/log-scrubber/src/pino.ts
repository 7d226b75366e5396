import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { rejectUnknownOptions, type ScrubberOptions } from './options.js';
import { toScrubber, UNSCRUBBABLE_MESSAGE, type Scrubber } from './scrubber.js';

type LogMethod = (this: Logger, ...args: unknown[]) => void;
type Serializer = (value: unknown) => unknown;
type Bindings = Record<string, unknown>;

/** Options of {@link scrubberHooks}. */
export interface ScrubberHooksOptions {
  /** The logger's `messageKey`: the final, interpolated message is scrubbed under it. @default 'msg' */
  messageKey?: string;
}

/** The pino options {@link scrubberHooks} returns; spread them into `pino({...})`. */
export interface ScrubberPinoOptions {
  hooks: { logMethod: (this: Logger, args: Parameters<LogMethod>, method: LogMethod, level: number) => void };
  formatters: { log: (object: Bindings) => Bindings; bindings: (bindings: Bindings) => Bindings };
  serializers: Record<string, Serializer>;
  onChild: (child: Logger) => void;
}

const HOOK_OPTIONS = new Set(['messageKey']);

/** Rewrites a child logger's pre-serialised bindings (`logger.child({ user })`) with scrubbed ones. */
function scrubChildBindings(scrubber: Scrubber, child: Logger): void {
  const holder = child as unknown as Record<symbol, unknown>;
  const raw = holder[pino.symbols.chindingsSym];
  if (typeof raw !== 'string' || raw.length < 2) return;
  let rewritten: string;
  try {
    const scrubbed = JSON.stringify(scrubber.scrub(JSON.parse(`{${raw.slice(1)}}`)));
    rewritten = scrubbed.length > 2 ? ',' + scrubbed.slice(1, -1) : '';
  } catch {
    rewritten = `,"bindings":${JSON.stringify(UNSCRUBBABLE_MESSAGE)}`;
  }
  holder[pino.symbols.chindingsSym] = rewritten;
}

/**
 * pino options that scrub everything a logger writes; spread them into the options of an
 * existing logger. Hook points (pino 10):
 * - `formatters.log` — the merged object (incl. `err`, mixin output, `req`/`res` mapped by pino);
 * - `serializers[messageKey]` — the final message after `%s %d %o %j` interpolation, and the
 *   message pino takes from `err.message`;
 * - `hooks.logMethod` — object interpolation arguments, scrubbed structurally before formatting;
 * - `serializers.err` — errors under the error key;
 * - `formatters.bindings` and `onChild` — root bindings and every `child()` binding.
 * `logger.setBindings()` is not covered by pino hooks: use {@link scrubbedLogger} or pass scrubbed bindings.
 * @example
 * const scrubber = createScrubber({ keys });
 * const logger = pino({ level: 'info', ...scrubberHooks(scrubber) });
 */
export function scrubberHooks(scrubber: Scrubber, options: ScrubberHooksOptions = {}): ScrubberPinoOptions {
  rejectUnknownOptions('scrubberHooks', options, HOOK_OPTIONS);
  const messageKey = options.messageKey ?? 'msg';
  if (typeof messageKey !== 'string' || messageKey.length === 0) {
    throw new TypeError('scrubberHooks: "messageKey" must be a non-empty string');
  }
  const scrubRecord = (object: Bindings): Bindings => {
    const out = scrubber.scrub(object);
    return typeof out === 'object' && out !== null && !Array.isArray(out) ? (out as Bindings) : { value: out };
  };
  return {
    hooks: {
      logMethod(args, method) {
        // Arguments after the message are interpolation values; objects are scrubbed structurally
        // here (strings and numbers are caught in the interpolated message by the msg serializer).
        const firstIsObject = typeof args[0] === 'object' && args[0] !== null;
        // pino copies a merging array into an object keyed '0', '1', …, which hides that
        // `['password', 'x']` is a key/value pair: scrub it while it is still an array.
        if (Array.isArray(args[0])) args[0] = scrubber.scrub(args[0]);
        for (let i = firstIsObject ? 2 : 1; i < args.length; i++) {
          const arg = args[i];
          if (typeof arg === 'object' && arg !== null) args[i] = scrubber.scrub(arg);
        }
        method.apply(this, args);
      },
    },
    formatters: { log: scrubRecord, bindings: scrubRecord },
    serializers: {
      [messageKey]: (msg: unknown) => (typeof msg === 'string' ? scrubber.scrubText(msg) : scrubber.scrub(msg)),
      err: (err: unknown) => (err instanceof Error ? scrubber.scrub(err) : err),
    },
    onChild: (child) => scrubChildBindings(scrubber, child),
  };
}

function composeLog(
  ours: (o: Bindings) => Bindings,
  theirs: ((o: Bindings) => object) | undefined,
): (o: Bindings) => Bindings {
  return theirs === undefined ? ours : (o) => ours(theirs(o) as Bindings);
}

/**
 * A pino logger whose every record is scrubbed (merged object, message, interpolation
 * arguments, errors, child bindings, `setBindings`). Your own `formatters.log`/`bindings`
 * run first and their output is scrubbed; your serializers' output is scrubbed too.
 * @example
 * const logger = scrubbedLogger({ level: 'info' }, { keys: [{ id: 'k1', secret }] });
 * logger.info({ user: { email: 'ann@example.com' } }, 'login from %s', '203.0.113.9');
 */
export function scrubbedLogger(
  pinoOptions: LoggerOptions = {},
  scrub: ScrubberOptions | Scrubber = {},
  destination?: DestinationStream,
): Logger {
  const scrubber = toScrubber(scrub);
  const messageKey = pinoOptions.messageKey ?? 'msg';
  const ours = scrubberHooks(scrubber, { messageKey });
  const theirSerializers = pinoOptions.serializers ?? {};
  const serializers: Record<string, Serializer> = { ...ours.serializers };
  for (const [key, serializer] of Object.entries(theirSerializers)) {
    const inner = ours.serializers[key];
    serializers[key] = (value: unknown) => {
      const out: unknown = serializer(inner === undefined ? value : inner(value));
      return typeof out === 'string' ? scrubber.scrubText(out) : scrubber.scrub(out);
    };
  }
  const theirLogMethod = pinoOptions.hooks?.logMethod;
  const theirOnChild = pinoOptions.onChild;
  const options: LoggerOptions = {
    ...pinoOptions,
    hooks: {
      ...pinoOptions.hooks,
      logMethod(args, method, level) {
        ours.hooks.logMethod.call(
          this,
          args,
          theirLogMethod === undefined
            ? method
            : function (this: Logger, ...scrubbedArgs: unknown[]) {
                theirLogMethod.call(this, scrubbedArgs as Parameters<typeof method>, method, level);
              },
          level,
        );
      },
    },
    formatters: {
      ...pinoOptions.formatters,
      log: composeLog(ours.formatters.log, pinoOptions.formatters?.log),
      bindings: composeLog(ours.formatters.bindings, pinoOptions.formatters?.bindings),
    },
    serializers,
    onChild(child) {
      theirOnChild?.(child);
      ours.onChild(child);
    },
  };
  const logger = destination === undefined ? pino(options) : pino(options, destination);
  // pino's own setBindings, taken from the prototype and always called with the right `this`.
  const setBindings = Object.getPrototypeOf(logger) as { setBindings: (this: Logger, bindings: Bindings) => void };
  // Children inherit this through the prototype chain, so every level is covered.
  logger.setBindings = function (this: Logger, bindings: Bindings) {
    setBindings.setBindings.call(this, bindings);
    scrubChildBindings(scrubber, this);
  };
  return logger;
}
