import { describe, expect, it } from 'vitest';
import { scrubbedPino } from '../src/index.js';
import { scrubber, sink } from './helpers.js';

describe('allow-list mode (OpenTelemetry redaction-processor style)', () => {
  const s = scrubber({ allowList: { keys: ['msg', 'level', 'req_id', 'method', 'status'] } });
  const id = (v: string) => s.pseudonymise('id', v);

  it('keeps listed keys (scrubbed as usual), pseudonymises every other string, keeps numbers and booleans', () => {
    const out = s.scrub({
      level: 30,
      msg: 'login by ann@example.com',
      reqId: 'r-1',
      method: 'POST',
      customField: 'free text nobody classified',
      nested: { plan: 'pro', seats: 12, trial: false, list: ['a', 'b'] },
      password: 'hunter2',
    });
    expect(out).toEqual({
      level: 30,
      msg: `login by ${s.pseudonymise('email', 'ann@example.com')}`,
      reqId: 'r-1',
      method: 'POST',
      customField: id('free text nobody classified'),
      nested: { plan: id('pro'), seats: 12, trial: false, list: [id('a'), id('b')] },
      password: '[REDACTED]',
    });
  });

  it("removes unlisted strings with unlisted: 'remove'", () => {
    const strict = scrubber({ allowList: { keys: ['msg'], unlisted: 'remove' } });
    expect(strict.scrub({ msg: 'ok', city: 'Berlin', n: 3 })).toEqual({ msg: 'ok', city: '[REDACTED]', n: 3 });
    expect(strict.scrubText('a free-text line')).toBe('[REDACTED]');
  });

  it('honours the list for the pino message key', () => {
    const out = sink();
    const logger = scrubbedPino({ base: null, timestamp: false, scrubber: s }, out.stream);
    logger.info({ tenant: 'acme' }, 'started');
    expect(out.lines()).toEqual([{ level: 30, tenant: id('acme'), msg: 'started' }]);
  });

  it('rejects malformed allow lists at construction', () => {
    expect(() => scrubber({ allowList: { keys: [] } })).toThrow(new TypeError('log-scrubber: "allowList.keys" must name at least one key'));
    expect(() => scrubber({ allowList: { keys: ['msg'], unlisted: 'drop' as never } })).toThrow(
      new TypeError('log-scrubber: "allowList.unlisted" must be "pseudonymise" or "remove"'),
    );
    expect(() => scrubber({ allowList: { key: ['msg'] } as never })).toThrow(new TypeError('log-scrubber: allowList: unknown option "key"'));
  });
});
