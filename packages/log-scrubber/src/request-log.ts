import { format } from 'node:util';
import type { ChildLoggerOptions, Logger } from 'pino';
import type { Scrubber } from './scrubber.js';

/**
 * An error record as pino's standard `err` serializer reads it: a null prototype (so it takes
 * `type` from `name`, not the `Object` constructor) with the scrubbed fields. Response headers
 * (http-errors' `headers`, security headers re-applied after Koa's onerror) are dropped: they are
 * the same on every line and dwarf it. The stack is kept only for server errors: a 4xx is the
 * client's doing, and its stack says nothing the status and message do not.
 */
export function errorRecord(scrubbed: unknown, status: number, depth = 0): unknown {
  if (typeof scrubbed !== 'object' || scrubbed === null || Array.isArray(scrubbed)) return scrubbed;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(scrubbed)) {
    if (key === 'headers' || (key === 'stack' && status < 500)) continue;
    // Causes and aggregated errors (already bounded by the scrubber) follow the same rule.
    if (key === 'cause' && depth < 8) out[key] = errorRecord(value, status, depth + 1);
    else if (key === 'errors' && Array.isArray(value) && depth < 8) out[key] = value.map((e) => errorRecord(e, status, depth + 1));
    else out[key] = value;
  }
  const type = typeof out.type === 'string' ? out.type : 'Error';
  Object.defineProperty(out, 'name', { value: type, enumerable: false });
  return out;
}

/**
 * A child of `logger` with `bindings` whose records are scrubbed before pino sees them, so a plain
 * pino logger is safe too: the merge object structurally, the message after interpolation (a
 * secret split across template and argument is whole again there), errors into the compact shape.
 * A thin object over the real pino child: pino's own `level` setter would reinstall unscrubbed
 * methods on whatever object it is called on, so `level` is forwarded to the child underneath.
 */
export function scrubbingChild(
  logger: Logger,
  bindings: Record<string, unknown>,
  scrubber: Scrubber,
  options?: ChildLoggerOptions,
): Logger {
  const raw = (options === undefined ? logger.child(bindings) : logger.child(bindings, options)) as Logger;
  const wrapper = Object.create(raw) as Logger;
  const methods: PropertyDescriptorMap = {
    level: {
      get: () => raw.level,
      set: (value: string) => {
        raw.level = value;
      },
    },
    child: {
      value: (more: Record<string, unknown>, childOptions?: ChildLoggerOptions) =>
        scrubbingChild(raw, scrubbedBindings(more, scrubber), scrubber, childOptions),
    },
  };
  for (const level of Object.keys(raw.levels.values)) {
    methods[level] = {
      value: (...args: unknown[]) => {
        const method = (raw as unknown as Record<string, (...a: unknown[]) => void>)[level];
        method?.apply(raw, scrubArguments(args, scrubber));
      },
    };
  }
  return Object.defineProperties(wrapper, methods);
}

function scrubbedBindings(bindings: Record<string, unknown>, scrubber: Scrubber): Record<string, unknown> {
  const out = scrubber.scrub(bindings);
  return typeof out === 'object' && out !== null ? (out as Record<string, unknown>) : {};
}

function scrubArguments(args: unknown[], scrubber: Scrubber): unknown[] {
  const out: unknown[] = [];
  let rest = args;
  const first = args[0];
  if (typeof first === 'object' && first !== null) {
    if (first instanceof Error) {
      // pino would log the error under `err` and use its message when none is given.
      out.push({ err: errorRecord(scrubber.scrub(first), 500) });
      if (args.length < 2) out.push(scrubber.scrubText(first.message));
    } else {
      out.push(scrubber.scrub(first));
    }
    rest = args.slice(1);
  }
  if (rest.length > 0) {
    const [msg, ...values] = rest;
    const text = typeof msg === 'string' && values.length > 0 ? format(msg, ...values.map((v) => scrubber.scrub(v))) : msg;
    out.push(typeof text === 'string' ? scrubber.scrubText(text) : scrubber.scrub(text));
  }
  return out;
}
