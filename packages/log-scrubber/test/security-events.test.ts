/**
 * A record the scrubber cannot walk is replaced by a placeholder and
 * reported once to the shared `onSecurityEvent` hook, as
 * `log-scrubber.fallback` — without the value.
 */
import { Writable } from 'node:stream';
import { securityEventLogger, type SecurityEvent } from '@parapet/security-events';
import { describe, expect, it } from 'vitest';
import { createScrubber, scrubbedPino, UNSCRUBBABLE_MESSAGE } from '../src/index.js';

const KEY = { id: 'k1', secret: Buffer.alloc(32, 7) };

function evil(): object {
  return new Proxy(
    { password: 'hunter2' },
    {
      getPrototypeOf: () => {
        throw new RangeError('trap');
      },
    },
  );
}

describe('log-scrubber onSecurityEvent', () => {
  it('an unscrubbable record: placeholder out, one fallback event with the error class only', () => {
    const events: SecurityEvent[] = [];
    const s = createScrubber({ keys: [KEY], onSecurityEvent: (e) => events.push(e) });
    expect(s.scrub({ evil: evil() })).toEqual({ msg: UNSCRUBBABLE_MESSAGE, scrubError: 'RangeError' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ name: 'log-scrubber.fallback', outcome: 'error', reason: 'unscrubbable', attributes: { error: 'RangeError' } });
    expect(JSON.stringify(events)).not.toContain('hunter2');
    // Ordinary records report nothing.
    s.scrub({ password: 'hunter2', msg: 'ok' });
    expect(events).toHaveLength(1);
  });

  it('a hook that logs through the same scrubbed logger neither loops nor loses the line', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    let hook: (e: SecurityEvent) => void = () => undefined;
    const logger = scrubbedPino({ scrubber: { keys: [KEY], onSecurityEvent: (e) => hook(e) } }, sink);
    hook = securityEventLogger(logger);
    logger.info({ evil: evil() }, 'request');
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.some((r) => r.msg === UNSCRUBBABLE_MESSAGE || r.msg === 'request')).toBe(true);
    const reported = records.filter((r) => r.securityEvent === 'log-scrubber.fallback');
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ outcome: 'error', reason: 'unscrubbable', attributes: { error: 'RangeError' } });
    expect(lines.join('\n')).not.toContain('hunter2');
  });

  it('a bad hook is a TypeError naming the option', () => {
    expect(() => createScrubber({ keys: [KEY], onSecurityEvent: {} as never })).toThrow(/"onSecurityEvent" must be a function/);
  });
});
