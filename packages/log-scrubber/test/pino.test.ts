import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { scrubbedLogger, scrubberHooks } from '../src/index.js';
import { KEYS, scrubber, sink } from './helpers.js';

const s = scrubber();
const email = (v: string) => s.pseudonymise('email', v);
const ip = (v: string) => s.pseudonymise('ip', v);

function make() {
  const out = sink();
  const logger = scrubbedLogger({ base: null, timestamp: false }, s, out.stream);
  return { logger, out };
}

describe('scrubbedLogger covers every path a pino record can carry data on', () => {
  it('the merged object', () => {
    const { logger, out } = make();
    logger.info({ user: { email: 'ann@example.com' }, password: 'x' });
    expect(out.lines()).toEqual([{ level: 30, user: { email: email('ann@example.com') }, password: '[REDACTED]' }]);
  });

  it('a merging array of key/value pairs (pino turns it into an object keyed 0, 1, …)', () => {
    const { logger, out } = make();
    logger.info(['password', 'arrsecret1']);
    logger.info([['authorization', 'Token arrsecret2'], ['page', '2']], 'pairs');
    expect(out.lines()).toEqual([
      { level: 30, value: ['password', '[REDACTED]'] },
      { level: 30, value: [['authorization', '[REDACTED]'], ['page', '2']], msg: 'pairs' },
    ]);
    // With a mixin pino merges the array into an object keyed '0', '1' before formatters.log runs.
    const mixed = sink();
    const withMixin = scrubbedLogger({ base: null, timestamp: false, mixin: () => ({ svc: 'api' }) }, s, mixed.stream);
    withMixin.info(['password', 'arrsecret3']);
    expect(mixed.lines()).toEqual([{ level: 30, svc: 'api', 0: 'password', 1: '[REDACTED]' }]);
    expect(out.raw() + mixed.raw()).not.toMatch(/arrsecret/);
  });

  it('the message and %s %d %o %O %j arguments, after interpolation', () => {
    const { logger, out } = make();
    logger.info('login %s from %s', 'ann@example.com', '203.0.113.9');
    logger.info('password=%s', 'hunter2');
    logger.info('o=%o O=%O j=%j', { token: 'a' }, { email: 'b@c.de' }, { apiKey: 'k' });
    logger.info({ a: 1 }, 'with object then %s', 'ann@example.com');
    logger.info('card %d', 4111111111111111);
    const msgs = out.lines().map((l) => l.msg);
    expect(msgs).toEqual([
      `login ${email('ann@example.com')} from ${ip('203.0.113.9')}`,
      'password=[REDACTED]',
      `o={"token":"[REDACTED]"} O={"email":"${email('b@c.de')}"} j={"apiKey":"[REDACTED]"}`,
      `with object then ${email('ann@example.com')}`,
      `card ${s.pseudonymise('card', '4111111111111111')}`,
    ]);
  });

  it('errors: as the only argument (message taken from err), under err, and nested', () => {
    const { logger, out } = make();
    logger.error(new Error('no user ann@example.com'));
    logger.error({ err: new Error('token=abc') }, 'failed');
    logger.error({ err: new Error('from 203.0.113.9') });
    const [a, b, c] = out.lines() as Array<{ msg: string; err: { message: string; stack: string; type: string } }>;
    expect(a!.msg).toBe(`no user ${email('ann@example.com')}`);
    expect(a!.err.type).toBe('Error');
    expect(a!.err.message).toBe(`no user ${email('ann@example.com')}`);
    expect(a!.err.stack.startsWith(`Error: no user ${email('ann@example.com')}\n`)).toBe(true);
    expect(b!.err.message).toBe('token=[REDACTED]');
    expect(c!.msg).toBe(`from ${ip('203.0.113.9')}`);
    expect(out.raw()).not.toMatch(/ann@example\.com|203\.0\.113\.9|token=abc/);
  });

  it('child bindings at every level, setBindings, and mixins', () => {
    const out = sink();
    const logger = scrubbedLogger(
      { base: null, timestamp: false, mixin: () => ({ tenantContact: 'ops@example.com' }) },
      s,
      out.stream,
    );
    const child = logger.child({ user: { email: 'ann@example.com' } });
    const grandchild = child.child({ clientIp: '203.0.113.9' }, { level: 'debug' });
    grandchild.info('hi');
    grandchild.setBindings({ phone: '+44 20 7946 0958' });
    grandchild.info('again');
    const [first, second] = out.lines();
    expect(first).toEqual({
      level: 30,
      user: { email: email('ann@example.com') },
      clientIp: ip('203.0.113.9'),
      tenantContact: email('ops@example.com'),
      msg: 'hi',
    });
    expect(second!.phone).toBe(s.pseudonymise('phone', '+44 20 7946 0958'));
    expect(second!.user).toEqual({ email: email('ann@example.com') });
  });

  it('runs the user formatters and serializers, and scrubs what they return', () => {
    const out = sink();
    const logger = scrubbedLogger(
      {
        base: null,
        timestamp: false,
        formatters: { log: (o) => ({ ...o, added: 'carol@example.com' }) },
        serializers: { user: (u: { id: string }) => ({ id: u.id, contact: 'dan@example.com' }) },
      },
      s,
      out.stream,
    );
    logger.info({ user: { id: 'u1' } });
    expect(out.lines()).toEqual([
      { level: 30, user: { id: 'u1', contact: email('dan@example.com') }, added: email('carol@example.com') },
    ]);
  });

  it('never mutates the objects passed to it (pino redact was seen overwriting req.headers.cookie)', () => {
    const { logger, out } = make();
    const req = { method: 'GET', headers: { cookie: 'sid=live-session', authorization: 'Bearer abcdef123456' } };
    const err = Object.assign(new Error('ann@example.com'), { token: 'abc' });
    logger.info({ req, err }, 'request');
    logger.info('%o', req);
    expect(req.headers.cookie).toBe('sid=live-session');
    expect(req.headers.authorization).toBe('Bearer abcdef123456');
    expect(err.message).toBe('ann@example.com');
    expect(err.token).toBe('abc');
    expect(out.raw()).not.toContain('live-session');
    expect(out.lines()[0]!.req).toEqual({ method: 'GET', headers: { cookie: '[REDACTED]', authorization: '[REDACTED]' } });
  });

  it('composes with a user logMethod hook: the scrubber runs after it, on what it passes on', () => {
    const out = sink();
    const seen: unknown[][] = [];
    const logger = scrubbedLogger(
      {
        base: null,
        timestamp: false,
        hooks: {
          logMethod(args, method) {
            seen.push([...args]);
            // A hook that adds data of its own: that is scrubbed too.
            method.apply(this, [...args, { password: 'hookadded1' }] as never);
          },
        },
      },
      s,
      out.stream,
    );
    const info: (...args: unknown[]) => void = logger.info.bind(logger);
    info('x %o %o', { password: 'p' });
    expect(seen).toEqual([['x %o %o', { password: 'p' }]]);
    expect(out.lines()[0]!.msg).toBe('x {"password":"[REDACTED]"} {"password":"[REDACTED]"}');
  });
});

describe('scrubberHooks on an existing pino logger', () => {
  it('covers merged object, message, err and child bindings', () => {
    const out = sink();
    const logger = pino({ base: null, timestamp: false, ...scrubberHooks(s) }, out.stream);
    logger.child({ email: 'ann@example.com' }).error({ err: new Error('203.0.113.9') }, 'card %s', '4111 1111 1111 1111');
    const [line] = out.lines();
    expect(line!.email).toBe(email('ann@example.com'));
    expect(line!.msg).toBe(`card ${s.pseudonymise('card', '4111 1111 1111 1111')}`);
    expect((line!.err as { message: string }).message).toBe(ip('203.0.113.9'));
  });

  it('honours a custom messageKey and rejects unknown options', () => {
    const out = sink();
    const logger = pino({ base: null, timestamp: false, messageKey: 'message', ...scrubberHooks(s, { messageKey: 'message' }) }, out.stream);
    logger.info('ann@example.com');
    expect(out.lines()[0]!.message).toBe(email('ann@example.com'));
    expect(() => scrubberHooks(s, { msgKey: 'x' } as never)).toThrow(new TypeError('scrubberHooks: unknown option "msgKey"'));
  });

  it('makes its own scrubber from options', () => {
    const out = sink();
    const logger = scrubbedLogger({ base: null, timestamp: false }, { keys: KEYS, ipMode: 'truncate' }, out.stream);
    logger.info('from 203.0.113.9');
    expect(out.lines()[0]!.msg).toBe('from 203.0.113.0/24');
  });
});
