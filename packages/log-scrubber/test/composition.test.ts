import { pino as pino10 } from 'pino';
import pino9 from 'pino9';
import { describe, expect, it } from 'vitest';
import { scrubbedPino, scrubberHooks, type PinoFactory } from '../src/index.js';
import { scrubber, sink } from './helpers.js';

const s = scrubber();
const email = (v: string) => s.pseudonymise('email', v);

const MAJORS: ReadonlyArray<readonly [string, PinoFactory]> = [
  ['pino 10', pino10 as unknown as PinoFactory],
  ['pino 9', pino9 as unknown as PinoFactory],
];

describe.each(MAJORS)('scrubbedPino with %s', (_name, factory) => {
  function make(options: Parameters<typeof scrubbedPino>[0] = {}) {
    const out = sink();
    const logger = scrubbedPino({ base: null, timestamp: false, scrubber: s, pino: factory, ...options }, out.stream);
    return { logger, out };
  }

  it('scrubs child bindings at every level and after setBindings (found by symbol description)', () => {
    const { logger, out } = make();
    const child = logger.child({ user: { email: 'ann@example.com' }, password: 'childsecret1' });
    const grandchild = child.child({ token: 'childsecret2' }, { level: 'debug' });
    grandchild.info('hi');
    grandchild.setBindings({ apiKey: 'childsecret3' });
    grandchild.info('again');
    expect(out.raw()).not.toMatch(/childsecret|ann@example\.com/);
    const [first, second] = out.lines();
    expect(first).toMatchObject({ user: { email: email('ann@example.com') }, password: '[REDACTED]', token: '[REDACTED]' });
    expect(second).toMatchObject({ apiKey: '[REDACTED]' });
  });

  it('runs user formatters, serializers, level formatter and streamWrite under the scrubber', () => {
    const { logger, out } = make({
      formatters: {
        log: (o) => ({ ...o, added: 'carol@example.com', password: 'fmtsecret1' }),
        level: (label) => ({ level: label, oncall: 'ops@example.com' }),
      },
      serializers: { user: (u: { id: string }) => ({ id: u.id, contact: 'dan@example.com' }), password: () => 'sersecret2' },
      hooks: { streamWrite: (line: string) => line.replace('}\n', ',"apiKey":"streamsecret3"}\n') },
    });
    logger.info({ user: { id: 'u1' } });
    expect(out.raw()).not.toMatch(/fmtsecret|sersecret|streamsecret|@example\.com/);
    expect(out.lines()).toEqual([
      {
        level: 'info',
        oncall: email('ops@example.com'),
        user: { id: 'u1', contact: email('dan@example.com') },
        added: email('carol@example.com'),
        password: '[REDACTED]',
        apiKey: '[REDACTED]',
      },
    ]);
  });

  it('composes formatters and serializers given to child() under the scrubber too', () => {
    const { logger, out } = make();
    const child = logger.child(
      {},
      {
        formatters: { log: (o: object) => ({ ...o, leaked: 'carol@example.com' }) },
        serializers: { msg: (m: unknown) => `${String(m)} password=childser1`, req: () => ({ cookie: 'sid=childser2' }) },
      },
    );
    child.info({ req: {} }, 'hello');
    expect(out.raw()).not.toMatch(/childser|carol@example/);
    expect(out.lines()[0]).toMatchObject({ msg: 'hello password=[REDACTED]', req: { cookie: '[REDACTED]' } });
  });

  it('throws a TypeError at construction for misspelt or malformed hook options', () => {
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ formatter: { log: (o: unknown) => o } }, 'scrubbedPino: unknown option "formatter" (did you mean "formatters"?)'],
      [{ serializer: {} }, 'scrubbedPino: unknown option "serializer" (did you mean "serializers"?)'],
      [{ hook: {} }, 'scrubbedPino: unknown option "hook" (did you mean "hooks"?)'],
      [{ formatters: { message: () => ({}) } }, 'scrubbedPino: formatters: unknown option "message"'],
      [{ hooks: { logmethod: () => undefined } }, 'scrubbedPino: hooks: unknown option "logmethod"'],
      [{ formatters: { log: 'x' } }, 'scrubbedPino: "formatters.log" must be a function'],
      [{ serializers: { req: 1 } }, 'scrubbedPino: "serializers.req" must be a function'],
      [{ pino: {} }, 'scrubbedPino: "pino" must be the pino factory function'],
    ];
    for (const [options, message] of bad) {
      expect(() => scrubbedPino({ scrubber: s, pino: factory, ...options })).toThrow(new TypeError(message));
    }
    expect(() => scrubbedPino({ scrubber: { keyz: [] } as never })).toThrow(TypeError);
  });
});

describe.each(MAJORS)('scrubberHooks spread into %s: overriding them is loud, never silent', (_name, factory) => {
  const base = { base: null, timestamp: false };

  it('formatters overridden after the spread: the log call throws and nothing is written', () => {
    const out = sink();
    const logger = factory({ ...base, ...scrubberHooks(s), formatters: { level: (label: string) => ({ level: label }) } }, out.stream);
    expect(() => logger.info({ password: 'hunter2' })).toThrow(
      new TypeError(
        'log-scrubber: "formatters.log" was replaced after the scrubber was installed, so records would be written unscrubbed; pass your formatters.log to scrubbedPino() instead',
      ),
    );
    expect(out.raw()).toBe('');
  });

  it('serializers overridden after the spread: throws', () => {
    const out = sink();
    const logger = factory({ ...base, ...scrubberHooks(s), serializers: { user: (u: unknown) => u } }, out.stream);
    expect(() => logger.info('password=hunter2')).toThrow(/"serializers\.msg" was replaced/);
    expect(out.raw()).toBe('');
  });

  it('hooks overridden after the spread: throws', () => {
    const out = sink();
    const logger = factory(
      { ...base, ...scrubberHooks(s), hooks: { logMethod(this: never, args: never, method: (...a: unknown[]) => void) { method.apply(this, args); } } } as never,
      out.stream,
    );
    expect(() => logger.info({ password: 'hunter2' })).toThrow(/"hooks\.logMethod" was replaced/);
    expect(out.raw()).toBe('');
  });

  it('left alone, child bindings never leak', () => {
    const out = sink();
    const logger = factory({ ...base, ...scrubberHooks(s) }, out.stream);
    logger.child({ password: 'bindsecret1', email: 'ann@example.com' }).info('x');
    expect(out.raw()).not.toMatch(/bindsecret|ann@example/);
    expect(out.lines()[0]).toMatchObject({ password: '[REDACTED]', email: email('ann@example.com') });
  });
});
