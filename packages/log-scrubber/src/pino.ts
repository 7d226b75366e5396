import { pino as bundledPino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { scrubLine } from './line.js';
import { rejectUnknownOptions, type ScrubberOptions } from './options.js';
import { toScrubber, UNSCRUBBABLE_MESSAGE, type Scrubber } from './scrubber.js';

type LogMethod = (this: Logger, ...args: unknown[]) => void;
/** A pino serializer. */
export type PinoSerializer = (value: unknown) => unknown;
type Bindings = Record<string, unknown>;
/** A pino `log` or `bindings` formatter. */
export type PinoFormatter = (object: Record<string, unknown>) => Record<string, unknown>;
/** A pino `level` formatter. */
export type PinoLevelFormatter = (label: string, number: number) => object;
/** A pino `hooks.logMethod` hook. */
export type PinoLogMethodHook = (this: Logger, args: unknown[], method: (this: Logger, ...args: unknown[]) => void, level: number) => void;
type StreamWrite = (line: string) => string;

/** A pino factory (the default export of pino 9 or 10). */
export type PinoFactory = (options: LoggerOptions, stream?: DestinationStream) => Logger;

/** Options of {@link scrubberHooks}. */
export interface ScrubberHooksOptions {
  /** The logger's `messageKey`: the final, interpolated message is scrubbed under it. @default 'msg' */
  messageKey?: string;
  /** The logger's `errorKey`. @default 'err' */
  errorKey?: string;
}

/** The pino options {@link scrubberHooks} returns. */
export interface ScrubberPinoOptions {
  hooks: { logMethod: PinoLogMethodHook };
  formatters: { log: PinoFormatter; bindings: PinoFormatter };
  serializers: Record<string, PinoSerializer>;
  onChild: (child: Logger) => void;
}

/** Options of {@link scrubbedPino}: pino's own options plus the scrubber. */
export interface ScrubbedPinoOptions extends LoggerOptions {
  /**
   * The scrubber, or options to make one with {@link createScrubber}.
   * @default {} (a scrubber with default options)
   */
  scrubber?: Scrubber | ScrubberOptions;
  /**
   * The pino factory to build the logger with: pass your application's own copy when it differs
   * from the one this package resolves (pino 9 and 10 are supported).
   * @default the `pino` peer dependency
   */
  pino?: PinoFactory;
}

// pino exports these with Symbol.for: shared by every copy of pino.
const FORMATTERS = Symbol.for('pino.formatters');
const SERIALIZERS = Symbol.for('pino.serializers');
const HOOKS = Symbol.for('pino.hooks');
// Private to each copy of pino (`Symbol('pino.chindings')`): found on the logger by description,
// so the pino copy the application uses is the one rewritten, whichever copy this package resolves.
const CHINDINGS_DESCRIPTION = 'pino.chindings';

const HOOK_OPTIONS = new Set(['messageKey', 'errorKey']);
const FORMATTER_NAMES = new Set(['log', 'bindings', 'level']);
const HOOK_NAMES = new Set(['logMethod', 'streamWrite']);
// Misspellings pino ignores silently: a formatter passed under one of these would never run.
const OPTION_TYPOS: Readonly<Record<string, string>> = {
  formatter: 'formatters',
  serializer: 'serializers',
  serialisers: 'serializers',
  hook: 'hooks',
  onchild: 'onChild',
  scrubbers: 'scrubber',
  scrub: 'scrubber',
};

function findSymbol(holder: object, description: string): symbol | undefined {
  for (let o: object | null = holder; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    for (const sym of Object.getOwnPropertySymbols(o)) {
      if (sym.description === description) return sym;
    }
  }
  return undefined;
}

interface UserParts {
  readonly messageKey: string;
  readonly errorKey: string;
  readonly log?: PinoFormatter | undefined;
  readonly bindings?: PinoFormatter | undefined;
  readonly level?: PinoLevelFormatter | undefined;
  readonly serializers: Readonly<Record<string, PinoSerializer>>;
  readonly logMethod?: PinoLogMethodHook | undefined;
  readonly streamWrite?: StreamWrite | undefined;
  readonly onChild?: ((child: Logger) => void) | undefined;
}

/**
 * The scrubbing side of a pino logger. User formatters, serializers and hooks are composed
 * under it (their output is scrubbed); the guard in `logMethod` and `formatters.log` makes a
 * configuration that would bypass it throw instead of logging in clear.
 */
class Composition {
  readonly #scrubber: Scrubber;
  readonly #user: UserParts;
  /** Every function this composition installed: anything else found on a logger was put there later. */
  readonly #ours = new WeakSet<object>();
  /** Log calls in progress through our logMethod (a counter: a serializer may log re-entrantly). */
  #inFlight = 0;
  #chindings: symbol | undefined;
  /** Loggers already checked (scrubbedPino only; undefined for spread hooks, checked on every call). */
  readonly #verified: WeakSet<object> | undefined;
  /** The scrubbed chindings string last written to each logger, to notice `setBindings()`. */
  readonly #written = new WeakMap<object, string>();
  readonly log: PinoFormatter;
  readonly bindings: PinoFormatter;
  readonly level: PinoLevelFormatter | undefined;
  readonly serializers: Record<string, PinoSerializer>;
  readonly logMethod: PinoLogMethodHook;
  readonly streamWrite: StreamWrite | undefined;
  readonly onChild: (child: Logger) => void;

  constructor(scrubber: Scrubber, user: UserParts, checkOnce = false) {
    this.#verified = checkOnce ? new WeakSet() : undefined;
    this.#scrubber = scrubber;
    this.#user = user;
    this.log = this.#own(this.#composeLog(user.log, true));
    this.bindings = this.#own(this.#composeLog(user.bindings, false));
    this.level = user.level === undefined ? undefined : this.#own(this.#composeLevel(user.level));
    const serializers: Record<string, PinoSerializer> = {
      [user.messageKey]: (msg: unknown) => (typeof msg === 'string' ? this.#message(msg) : scrubber.scrub(msg)),
      [user.errorKey]: (err: unknown) => (err instanceof Error ? scrubber.scrub(err) : err),
    };
    for (const [key, theirs] of Object.entries(user.serializers)) {
      serializers[key] = this.#composeSerializer(key, theirs, serializers[key]);
    }
    for (const fn of Object.values(serializers)) this.#own(fn);
    this.serializers = serializers;
    this.logMethod = this.#own(this.#composeLogMethod(user.logMethod));
    this.streamWrite = user.streamWrite === undefined ? undefined : this.#own(this.#composeStreamWrite(user.streamWrite));
    this.onChild = (child: Logger) => {
      user.onChild?.(child);
      this.#adoptChild(child);
    };
  }

  #own<T extends object>(fn: T): T {
    this.#ours.add(fn);
    return fn;
  }

  #scrubObject(object: unknown): Bindings {
    const out = this.#scrubber.scrub(object);
    return typeof out === 'object' && out !== null && !Array.isArray(out) ? (out as Bindings) : { value: out };
  }

  #message(msg: string): string {
    if (this.#inFlight === 0) throw bypassed('hooks.logMethod');
    // As the value of its key: allow-list mode decides by the message key like any other field.
    return this.#scrubber.scrubField(this.#user.messageKey, msg) as string;
  }

  #composeLog(theirs: PinoFormatter | undefined, guarded: boolean): PinoFormatter {
    return (object: Bindings) => {
      if (guarded && this.#inFlight === 0) throw bypassed('hooks.logMethod');
      return this.#scrubObject(theirs === undefined ? object : theirs(object));
    };
  }

  #composeLevel(theirs: PinoLevelFormatter): PinoLevelFormatter {
    return (label, number) => this.#scrubObject(theirs(label, number));
  }

  /** Their serializer sees the scrubbed value; what it returns is scrubbed again under its key. */
  #composeSerializer(key: string, theirs: PinoSerializer, ours: PinoSerializer | undefined): PinoSerializer {
    if (key === this.#user.messageKey) {
      return (msg: unknown) => {
        const out = theirs(ours === undefined ? msg : ours(msg));
        return typeof out === 'string' ? this.#scrubber.scrubText(out) : this.#scrubber.scrub(out);
      };
    }
    return (value: unknown) => {
      const out = theirs(ours === undefined ? value : ours(value));
      // Under its key, so a serializer of `password` or `email` keeps the key's meaning.
      return this.#scrubObject({ [key]: out })[key];
    };
  }

  #composeLogMethod(theirs: PinoLogMethodHook | undefined): PinoLogMethodHook {
    // What finally calls pino: the arguments are scrubbed last, after any user hook changed them.
    const scrubAndCall = (logger: Logger, args: unknown[], method: LogMethod): void => {
      this.#scrubArguments(args);
      this.#inFlight++;
      try {
        method.apply(logger, args);
      } finally {
        this.#inFlight--;
      }
    };
    const prepare = (logger: Logger): void => {
      // With scrubbedPino every logger is checked once (its options cannot change afterwards, child
      // options are composed in onChild, setBindings is wrapped); spread hooks are checked on every call.
      if (this.#verified?.has(logger) === true) return;
      this.#check(logger);
      this.#refreshBindings(logger);
      this.#verified?.add(logger);
    };
    return function logMethod(this: Logger, args, method, level) {
      prepare(this);
      if (theirs === undefined) {
        scrubAndCall(this, args, method);
        return;
      }
      theirs.call(
        this,
        args,
        function (this: Logger, ...passed: unknown[]) {
          scrubAndCall(this, passed, method);
        },
        level,
      );
    };
  }

  #composeStreamWrite(theirs: StreamWrite): StreamWrite {
    // Runs after pino serialised the (scrubbed) line: whatever it adds is scrubbed as a line again.
    return (line: string) => {
      const out = theirs(line);
      if (out === line) return line;
      const newline = out.endsWith('\n') ? '\n' : '';
      return scrubLine(this.#scrubber, out) + newline;
    };
  }

  /**
   * Arguments after the message are interpolation values; objects are scrubbed structurally
   * here (strings and numbers are caught in the interpolated message by the msg serializer).
   */
  #scrubArguments(args: unknown[]): void {
    const firstIsObject = typeof args[0] === 'object' && args[0] !== null;
    // pino copies a merging array into an object keyed '0', '1', …, which hides that
    // `['password', 'x']` is a key/value pair: scrub it while it is still an array.
    if (Array.isArray(args[0])) args[0] = this.#scrubber.scrub(args[0]);
    for (let i = firstIsObject ? 2 : 1; i < args.length; i++) {
      const arg = args[i];
      if (typeof arg === 'object' && arg !== null) args[i] = this.#scrubber.scrub(arg);
    }
  }

  /** Throws when the logger's formatters, serializers or stream hook are no longer ours. */
  #check(logger: Logger): void {
    const holder = logger as unknown as Record<symbol, Record<string, unknown> | undefined>;
    const formatters = holder[FORMATTERS];
    if (formatters === undefined || !this.#ours.has(formatters.log as object)) throw bypassed('formatters.log');
    const serializers = holder[SERIALIZERS];
    if (serializers === undefined || !this.#ours.has(serializers[this.#user.messageKey] as object)) {
      throw bypassed(`serializers.${this.#user.messageKey}`);
    }
    const streamWrite = holder[HOOKS]?.streamWrite;
    if (streamWrite !== undefined && !this.#ours.has(streamWrite as object)) throw bypassed('hooks.streamWrite');
  }

  /**
   * pino writes child bindings with an identity formatter (and `setBindings()` through it too):
   * the pre-serialised string is rewritten, scrubbed, whenever it differs from what we last wrote.
   */
  #refreshBindings(logger: Logger): void {
    const holder = logger as unknown as Record<symbol, unknown>;
    let sym = this.#chindings;
    if (sym === undefined || !Object.prototype.hasOwnProperty.call(holder, sym)) {
      sym = findSymbol(holder, CHINDINGS_DESCRIPTION);
      if (sym === undefined) throw new TypeError('scrubbedPino: not a pino logger (no chindings found)');
      this.#chindings = sym;
    }
    const raw = holder[sym];
    if (typeof raw !== 'string' || raw === this.#written.get(holder)) return;
    let rewritten = '';
    if (raw.length >= 2) {
      try {
        const scrubbed = JSON.stringify(this.#scrubber.scrub(JSON.parse(`{${raw.slice(1)}}`)));
        rewritten = scrubbed.length > 2 ? ',' + scrubbed.slice(1, -1) : '';
      } catch {
        rewritten = `,"bindings":${JSON.stringify(UNSCRUBBABLE_MESSAGE)}`;
      }
    }
    holder[sym] = rewritten;
    this.#written.set(holder, rewritten);
  }

  /** `setBindings()` on a scrubbedPino logger: pino's own, then the bindings rewritten scrubbed. */
  rescrubBindings(logger: Logger): void {
    this.#refreshBindings(logger);
  }

  /**
   * A child made with its own `formatters` or `serializers` option: compose them under the
   * scrubber exactly like the root's, and scrub its bindings now.
   */
  #adoptChild(child: Logger): void {
    const holder = child as unknown as Record<symbol, Record<string, unknown>>;
    const formatters = holder[FORMATTERS];
    if (formatters !== undefined) {
      const log = formatters.log as PinoFormatter | undefined;
      const level = formatters.level as PinoLevelFormatter | undefined;
      const replaceLog = log !== undefined && !this.#ours.has(log);
      // A child's own level formatter (the parent's is inherited as is).
      const parent = (Object.getPrototypeOf(child) as Record<symbol, Record<string, unknown> | undefined>)[FORMATTERS];
      const replaceLevel = level !== undefined && level !== parent?.level && !this.#ours.has(level);
      if (replaceLog || replaceLevel) {
        holder[FORMATTERS] = {
          ...formatters,
          ...(replaceLog ? { log: this.#own(this.#composeLog(log, true)) } : {}),
          ...(replaceLevel ? { level: this.#own(this.#composeLevel(level)) } : {}),
        };
      }
    }
    const serializers = holder[SERIALIZERS];
    if (serializers !== undefined) {
      for (const key of Object.keys(serializers)) {
        const fn = serializers[key];
        if (typeof fn === 'function' && !this.#ours.has(fn)) {
          const base = key === this.#user.messageKey || key === this.#user.errorKey ? this.serializers[key] : undefined;
          serializers[key] = this.#own(this.#composeSerializer(key, fn as PinoSerializer, base));
        }
      }
    }
    this.#refreshBindings(child);
  }
}

function bypassed(option: string): TypeError {
  return new TypeError(
    `log-scrubber: "${option}" was replaced after the scrubber was installed, so records would be written unscrubbed; pass your ${option} to scrubbedPino() instead`,
  );
}

function functionOption(scope: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') {
    throw new TypeError(`${scope}: "${name}" must be a function`);
  }
}

/** Validates and extracts the parts of pino options the scrubber composes with. */
function userParts(options: LoggerOptions): UserParts {
  const scope = 'scrubbedPino';
  for (const key of Object.keys(options)) {
    const meant = OPTION_TYPOS[key.toLowerCase()];
    if (meant !== undefined && meant !== key) {
      throw new TypeError(`${scope}: unknown option "${key}" (did you mean "${meant}"?)`);
    }
  }
  const messageKey = options.messageKey ?? 'msg';
  const errorKey = options.errorKey ?? 'err';
  for (const [name, value] of [['messageKey', messageKey], ['errorKey', errorKey]] as const) {
    if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${scope}: "${name}" must be a non-empty string`);
  }
  const formatters = (options.formatters ?? {}) as Record<string, unknown>;
  if (typeof formatters !== 'object' || formatters === null) throw new TypeError(`${scope}: "formatters" must be an object`);
  rejectUnknownOptions(`${scope}: formatters`, formatters, FORMATTER_NAMES);
  for (const name of FORMATTER_NAMES) functionOption(scope, `formatters.${name}`, formatters[name]);
  const hooks = (options.hooks ?? {}) as Record<string, unknown>;
  if (typeof hooks !== 'object' || hooks === null) throw new TypeError(`${scope}: "hooks" must be an object`);
  rejectUnknownOptions(`${scope}: hooks`, hooks, HOOK_NAMES);
  for (const name of HOOK_NAMES) functionOption(scope, `hooks.${name}`, hooks[name]);
  const serializers = (options.serializers ?? {}) as Record<string, unknown>;
  if (typeof serializers !== 'object' || serializers === null) {
    throw new TypeError(`${scope}: "serializers" must be an object`);
  }
  for (const [key, fn] of Object.entries(serializers)) functionOption(scope, `serializers.${key}`, fn);
  functionOption(scope, 'onChild', options.onChild);
  return {
    messageKey,
    errorKey,
    log: formatters.log as PinoFormatter | undefined,
    bindings: formatters.bindings as PinoFormatter | undefined,
    level: formatters.level as PinoLevelFormatter | undefined,
    serializers: serializers as Record<string, PinoSerializer>,
    logMethod: hooks.logMethod as PinoLogMethodHook | undefined,
    streamWrite: hooks.streamWrite as StreamWrite | undefined,
    onChild: options.onChild,
  };
}

/**
 * The pieces of pino options that scrub a logger's records. Prefer {@link scrubbedPino}: spreading
 * these into `pino({...})` and then setting `formatters`, `serializers` or `hooks` would replace
 * them, so every log call checks they are still installed and throws a `TypeError` if not.
 * @example
 * const logger = pino({ level: 'info', ...scrubberHooks(createScrubber({ keys })) });
 */
export function scrubberHooks(scrubber: Scrubber, options: ScrubberHooksOptions = {}): ScrubberPinoOptions {
  rejectUnknownOptions('scrubberHooks', options, HOOK_OPTIONS);
  const messageKey = options.messageKey ?? 'msg';
  const errorKey = options.errorKey ?? 'err';
  if (typeof messageKey !== 'string' || messageKey.length === 0) {
    throw new TypeError('scrubberHooks: "messageKey" must be a non-empty string');
  }
  if (typeof errorKey !== 'string' || errorKey.length === 0) {
    throw new TypeError('scrubberHooks: "errorKey" must be a non-empty string');
  }
  const c = new Composition(scrubber, { messageKey, errorKey, serializers: {} });
  return {
    hooks: { logMethod: c.logMethod },
    formatters: { log: c.log, bindings: c.bindings },
    serializers: c.serializers,
    onChild: c.onChild,
  };
}

/**
 * A pino logger whose every record is scrubbed: merged object, message after interpolation,
 * interpolation arguments, errors, mixins, root and child bindings, `setBindings()`.
 * Your own `formatters`, `serializers` and `hooks` (also those given to `child()`) are composed
 * under the scrubber, which always runs last on what they produce.
 * @example
 * const logger = scrubbedPino({ level: 'info', scrubber: { keys: [{ id: 'k1', secret }] } });
 * logger.info({ user: { email: 'ann@example.com' } }, 'login from %s', '203.0.113.9');
 */
export function scrubbedPino(options: ScrubbedPinoOptions = {}, destination?: DestinationStream): Logger {
  if (typeof options !== 'object' || options === null) throw new TypeError('scrubbedPino: options must be an object');
  const { scrubber: scrubOption, pino: factory = bundledPino as unknown as PinoFactory, ...pinoOptions } = options;
  if (typeof factory !== 'function') throw new TypeError('scrubbedPino: "pino" must be the pino factory function');
  const scrubber = toScrubber(scrubOption);
  const user = userParts(pinoOptions);
  const c = new Composition(scrubber, user, true);
  const composed: LoggerOptions = {
    ...pinoOptions,
    hooks: { logMethod: c.logMethod, ...(c.streamWrite === undefined ? {} : { streamWrite: c.streamWrite }) },
    formatters: { log: c.log, bindings: c.bindings, ...(c.level === undefined ? {} : { level: c.level }) },
    serializers: c.serializers,
    onChild: c.onChild,
  };
  const logger = destination === undefined ? factory(composed) : factory(composed, destination);
  // pino's own setBindings, from the prototype; children inherit the wrapper through the chain.
  const proto = Object.getPrototypeOf(logger) as { setBindings: (this: Logger, bindings: Bindings) => void };
  logger.setBindings = function (this: Logger, bindings: Bindings) {
    proto.setBindings.call(this, bindings);
    c.rescrubBindings(this);
  };
  return logger;
}

/**
 * {@link scrubbedPino} with the scrubber as a separate argument.
 * @example
 * const logger = scrubbedLogger({ level: 'info' }, { keys: [{ id: 'k1', secret }] });
 */
export function scrubbedLogger(
  pinoOptions: LoggerOptions = {},
  scrub: ScrubberOptions | Scrubber = {},
  destination?: DestinationStream,
): Logger {
  return scrubbedPino({ ...pinoOptions, scrubber: scrub }, destination);
}
